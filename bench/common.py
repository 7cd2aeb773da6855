"""Helpers the benchmarks share: timing a whole process, dropping OS caches, the table."""

from __future__ import annotations

import compileall
import os
import subprocess
import time
from collections.abc import Sequence
from pathlib import Path

DROP_CACHES = Path("/proc/sys/vm/drop_caches")
#: The columns of every benchmark table (bench/run_all.py prints them together).
KEYS = ("benchmark", "figure", "floor", "ratio", "target", "result")


def drop_os_caches() -> bool:
    """Drop the OS page cache if permitted (Linux, root); True if it was dropped."""
    try:
        os.sync()
        DROP_CACHES.write_text("3\n")
    except OSError:
        return False
    return True


def compile_app_bytecode() -> None:
    """Write the ``.pyc`` files of the app's modules, as installing it does.

    ``pip install`` compiles a package's modules and the frozen app carries
    them compiled, so users never pay for compiling.  An editable checkout
    (with ``PYTHONDONTWRITEBYTECODE`` set, as on some CI machines) would
    otherwise compile every changed module in every timed run, which a bare
    PySide6 script, importing only compiled site-packages, never does.
    """
    import briefing_app

    compileall.compile_dir(Path(briefing_app.__file__).parent, quiet=1)


#: What a process started with ``--quit-after-first-paint`` prints at its first paint.
PAINTED = "first-paint-monotonic "


def timed_run(command: list[str], env: dict[str, str]) -> float:
    """Run ``command`` and return the seconds from its start to its first paint.

    The process prints ``first-paint-monotonic SECONDS`` (``time.monotonic()``,
    one clock for every process on the machine) when it has painted; the time
    it then takes to shut down is not counted.  A process that prints no such
    line is timed from start to exit.

    Raises:
        subprocess.CalledProcessError: if the command fails.
    """
    started = time.monotonic()
    done = subprocess.run(command, env=env, check=True, capture_output=True, text=True, timeout=300)
    ended = time.monotonic()
    for line in done.stdout.splitlines():
        if line.startswith(PAINTED):
            return float(line[len(PAINTED) :]) - started
    return ended - started


def format_table(rows: Sequence[dict[str, object]], keys: Sequence[str] = KEYS) -> str:
    """Return rows as a Markdown table with ``keys`` as columns (missing cells empty)."""
    lines = ["| " + " | ".join(keys) + " |", "|" + "---|" * len(keys)]
    lines += ["| " + " | ".join(str(row.get(key, "")) for key in keys) + " |" for row in rows]
    return "\n".join(lines)
