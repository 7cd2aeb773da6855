"""Build hook: compile the interface translations when the package is built.

Everything else about the package is declared in ``pyproject.toml``; this file
only adds a ``build_py`` step that runs Qt's ``lrelease`` (``pyside6-lrelease``,
from PySide6-Essentials, a build requirement) on each
``resources/i18n/briefing_<lang>.ts`` and writes ``briefing_<lang>.qm`` into
the built package's ``briefing_app/_resources/i18n/``.  An editable install
(``pip install -e .``) reads the resources from the source tree, so there the
``.qm`` files are written beside the ``.ts`` files (git ignores them).
``packaging/build.py`` calls :func:`compile_translations` before freezing.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
#: The translation sources, and where their compiled files go inside the resources.
TS_DIR = ROOT / "resources" / "i18n"
QM_SUBDIR = Path("briefing_app") / "_resources" / "i18n"

#: Runs PySide6's lrelease wrapper (the ``pyside6-lrelease`` script) with this interpreter,
#: so it is found in an isolated build environment whose scripts are not on PATH.
LRELEASE = (
    "import sys; from PySide6.scripts.pyside_tool import lrelease; "
    "sys.argv[0] = 'pyside6-lrelease'; sys.exit(lrelease())"
)


def compile_translations(ts_dir: Path = TS_DIR, out_dir: Path = TS_DIR) -> list[Path]:
    """Compile every ``*.ts`` of ``ts_dir`` to a ``.qm`` of the same name in ``out_dir``;
    return the ``.qm`` files written.

    Raises:
        RuntimeError: lrelease could not be run or failed (the message says why).
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for source in sorted(ts_dir.glob("*.ts")):
        target = out_dir / source.with_suffix(".qm").name
        command = [sys.executable, "-c", LRELEASE, "-silent", str(source), "-qm", str(target)]
        try:
            result = subprocess.run(command, capture_output=True, text=True, check=False)
        except OSError as exc:
            raise RuntimeError(f"cannot run pyside6-lrelease: {exc}") from exc
        if result.returncode != 0 or not target.is_file():
            raise RuntimeError(
                f"pyside6-lrelease failed on {source.name} (is PySide6-Essentials installed?): "
                f"{(result.stderr or result.stdout).strip()}"
            )
        written.append(target)
    return written


class BuildPyWithTranslations(build_py):
    """``build_py`` that also compiles the translations (see module doc)."""

    def run(self) -> None:
        """Copy the package as usual, then write the ``.qm`` files."""
        super().run()
        if getattr(self, "editable_mode", False):
            compile_translations(TS_DIR, TS_DIR)  # the installed package reads resources/
        else:
            compile_translations(TS_DIR, Path(self.build_lib) / QM_SUBDIR)


if __name__ == "__main__":
    setup(cmdclass={"build_py": BuildPyWithTranslations})
