"""Packaging budgets: size of the frozen folder and the .deb, frozen start-up beside source.

    python bench/package_bench.py [--runs 11]

Builds with ``packaging/build.py --reuse`` (a build of the same sources is
kept), then measures:

* the one-folder build's size on disk (allocated blocks, as ``du`` counts them;
  MB = 10^6 bytes), budget 110 MB, and its ten largest files;
* the ``.deb``'s size, budget 40 MB;
* start-up to first paint of the frozen app beside the same start from source
  (``briefing-app --quit-after-first-paint``: the process exits once the reader
  has painted), budget 1.2x source.  Frozen and source runs alternate, and which
  goes first alternates too; the median of ``--runs`` runs of each is reported.
  ``cold``: fresh app caches and, where this process may write
  ``/proc/sys/vm/drop_caches``, the OS page cache dropped before every run;
  ``warm``: the same start again at once, with the caches the cold run left
  (before the other kind's cold run drops the OS page cache again);
* the build's own time (from ``dist/build-info.json``), for the CI budget.

:func:`run` returns the rows for ``bench/run_all.py``; :func:`largest_files`
the size breakdown.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import common
from bench.common import compile_app_bytecode, drop_os_caches, timed_run

ROOT = Path(__file__).resolve().parent.parent
#: The folder's budget was 90 MB until pack signatures (0.5) brought ``cryptography``, whose
#: Rust bindings alone are 11.6 MB; the .deb's, which users download, is unchanged.
FOLDER_BUDGET_MB, DEB_BUDGET_MB, START_BUDGET = 110.0, 40.0, 1.2


def ensure_build() -> dict[str, object]:
    """Build or reuse the app; return ``dist/build-info.json``.

    Raises:
        RuntimeError: if ``packaging/build.py`` fails (its error output is included).
    """
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "--reuse"],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise RuntimeError(f"packaging/build.py failed:\n{result.stderr[-3000:]}")
    return dict(json.loads((ROOT / "dist" / "build-info.json").read_text(encoding="utf-8")))


def disk_usage(folder: Path) -> int:
    """Return the bytes allocated on disk to the files under ``folder`` (symlinks not followed)."""
    total = 0
    for path in [folder, *folder.rglob("*")]:
        if not path.is_symlink():
            stat = path.stat()
            total += getattr(stat, "st_blocks", 0) * 512 or stat.st_size
    return total


def largest_files(folder: Path, count: int = 10) -> list[tuple[int, str]]:
    """Return the ``count`` largest files under ``folder`` as (bytes, relative path), largest first."""
    sizes = [
        (p.stat().st_size, p.relative_to(folder).as_posix())
        for p in folder.rglob("*")
        if p.is_file() and not p.is_symlink()
    ]
    return sorted(sizes, reverse=True)[:count]


def start_times(executable: Path, runs: int, scratch: Path) -> dict[str, object]:
    """Return median start-up seconds, frozen and source, cold and warm (see module doc)."""
    compile_app_bytecode()
    commands = {
        "frozen": [str(executable), "--quit-after-first-paint"],
        "source": [sys.executable, "-m", "briefing_app", "--quit-after-first-paint"],
    }
    times: dict[str, list[float]] = {f"{k}_{p}": [] for k in commands for p in ("cold", "warm")}
    dropped = True
    for run in range(runs):
        order = list(commands) if run % 2 == 0 else list(reversed(commands))
        for kind in order:
            home = scratch / f"{kind}-{run}"
            env = {
                "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
                "HOME": str(home),
                "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                **{f"BRIEFING_{n}_DIR": str(home / n.lower()) for n in ("CACHE", "CONFIG", "DATA")},
            }
            dropped = drop_os_caches() and dropped
            times[f"{kind}_cold"].append(timed_run(commands[kind], env))
            # At once, before the other kind's cold run drops the OS page cache again: the
            # frozen app and the source start read different copies of Qt.
            times[f"{kind}_warm"].append(timed_run(commands[kind], env))
    result: dict[str, object] = {key: statistics.median(v) for key, v in times.items()}
    result["os_cache_dropped"] = dropped
    return result


def _row(
    benchmark: str, figure: str, floor: str, ratio: str, target: str, ok: bool, note: str = ""
) -> dict[str, object]:
    return {
        "benchmark": benchmark,
        "figure": figure,
        "floor": floor,
        "ratio": ratio,
        "target": target,
        "result": "pass" if ok else "miss",
        "note": note,
    }


def run(runs: int = 11) -> list[dict[str, object]]:
    """Build or reuse the app, measure it, and return one row per budget (see module doc)."""
    info = ensure_build()
    outputs = dict(info["outputs"])  # type: ignore[call-overload]
    folder = ROOT / str(outputs["folder"])
    rows = []
    size_mb = disk_usage(folder) / 1e6
    top = largest_files(folder, 3)
    note = "largest: " + ", ".join(f"{Path(p).name} {s / 1e6:.1f} MB" for s, p in top)
    rows.append(
        _row(
            "one-folder build on disk",
            f"{size_mb:.1f} MB",
            "",
            "",
            f"<= {FOLDER_BUDGET_MB:.0f} MB",
            size_mb <= FOLDER_BUDGET_MB,
            note,
        )
    )
    if "deb" in outputs:
        deb_mb = (ROOT / str(outputs["deb"])).stat().st_size / 1e6
        rows.append(
            _row(
                ".deb package",
                f"{deb_mb:.1f} MB",
                "",
                "",
                f"<= {DEB_BUDGET_MB:.0f} MB",
                deb_mb <= DEB_BUDGET_MB,
                "xz level 3",
            )
        )
    with tempfile.TemporaryDirectory() as scratch:
        times = start_times(ROOT / str(outputs["executable"]), runs, Path(scratch))
    for phase in ("cold", "warm"):
        frozen, source = float(times[f"frozen_{phase}"]), float(times[f"source_{phase}"])  # type: ignore[arg-type]
        note = f"median of {runs}" + (
            "" if times["os_cache_dropped"] else ", OS page cache not dropped"
        )
        rows.append(
            _row(
                f"first paint, frozen, {phase}",
                f"{frozen:.3f} s",
                f"{source:.3f} s (same start from source)",
                f"{frozen / source:.2f}x",
                f"<= {START_BUDGET}x source",
                frozen <= START_BUDGET * source,
                note,
            )
        )
    seconds = dict(info.get("seconds", {}))  # type: ignore[call-overload]
    total = sum(float(v) for v in seconds.values())
    detail = ", ".join(f"{k} {float(v):.0f} s" for k, v in seconds.items())
    reused = " (figures of the reused build)" if info.get("reused") else ""
    rows.append(
        _row(
            "build time",
            f"{total:.0f} s",
            "",
            "",
            "CI well under 20 min",
            total < 600,
            detail + reused,
        )
    )
    return rows


def format_table(rows: list[dict[str, object]]) -> str:
    """Return rows as a Markdown table."""
    return common.format_table(rows, [*common.KEYS, "note"])


def main(argv: list[str] | None = None) -> int:
    """Command line: print the budget table and the ten largest files of the build."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11, help="start-up runs of each kind (>= 5)")
    args = parser.parse_args(argv)
    print(format_table(run(max(5, args.runs))))
    folder = ROOT / "dist" / "briefing-app"
    print("\nTen largest files of the one-folder build:\n")
    for size, path in largest_files(folder):
        print(f"  {size / 1e6:6.2f} MB  {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
