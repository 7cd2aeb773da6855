"""Build the installable app: ``python packaging/build.py [--reuse] [--no-deb]``.

Steps, from the repository root whatever the working folder:

1. render the app icon into PNG/ICO/ICNS files (``build/icons``, see icons.py);
2. freeze the app with PyInstaller from ``packaging/briefing-app.spec`` into the
   one-folder build ``dist/briefing-app/`` (executable ``dist/briefing-app/briefing-app``);
3. on Linux with ``dpkg-deb``, wrap it as ``dist/briefing-app_<version>_<arch>.deb``
   (version from pyproject.toml, arch from ``dpkg --print-architecture``; see deb.py);
   on Windows with Inno Setup's ``iscc``, ``dist/briefing-app-<version>-setup.exe``;
   on macOS, ``dist/Briefing.app`` and with ``hdiutil`` ``dist/briefing-app-<version>.dmg``
   (these two untested here: docs/packaging.md);
4. write ``dist/build-info.json``: the source hash, version, outputs and step times (s).

``--reuse`` skips all of it when ``dist/build-info.json`` records a build of the
same sources (the hash covers briefing_app/, content/, resources/, packaging/,
pyproject.toml and the Python, PyInstaller and PySide6 versions).  Exit codes:
0 built or reused, 1 a step failed, 2 the environment cannot build (message says why).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))

from icons import write_icons  # noqa: E402 - packaging/ is not a package

NAME = "briefing-app"
HASHED = ("briefing_app", "content", "resources", "packaging", "pyproject.toml")


def project_version(root: Path = ROOT) -> str:
    """Return ``[project] version`` from ``root/pyproject.toml`` (``briefing_app.__version__`` matches).

    Raises:
        ValueError: if pyproject.toml has no version line in its ``[project]`` table.
    """
    text = (root / "pyproject.toml").read_text(encoding="utf-8")
    project = re.search(r"^\[project\]\s*$(.*?)(?=^\[|\Z)", text, re.M | re.S)
    found = re.search(r'^version\s*=\s*"([^"]+)"', project.group(1), re.M) if project else None
    if found is None:
        raise ValueError(f'{root / "pyproject.toml"}: no version = "..." line under [project]')
    return found.group(1)


def source_hash(root: Path = ROOT) -> str:
    """Return a SHA-256 hex digest of everything the build is made from (see module doc)."""
    digest = hashlib.sha256()
    for name in HASHED:
        path = root / name
        files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
        for file in files:
            if "__pycache__" in file.parts or file.suffix in (".pyc", ".qm"):
                continue
            digest.update(file.relative_to(root).as_posix().encode() + b"\0")
            digest.update(file.read_bytes() + b"\0")
    for dist in ("pyinstaller", "PySide6-Essentials"):
        digest.update(f"{dist}={_dist_version(dist)}\0".encode())
    digest.update(sys.version.encode())
    return digest.hexdigest()


def _dist_version(dist: str) -> str:
    """Return the installed version of distribution ``dist``, or ``"missing"``."""
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "missing"


def deb_arch() -> str | None:
    """Return ``dpkg --print-architecture`` (e.g. ``amd64``), or None where dpkg is absent."""
    if shutil.which("dpkg") is None or shutil.which("dpkg-deb") is None:
        return None
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


def outputs(dist: Path, version: str) -> dict[str, Path]:
    """Return the paths this platform's build produces under ``dist``, by kind."""
    exe = NAME + (".exe" if sys.platform == "win32" else "")
    found = {"folder": dist / NAME, "executable": dist / NAME / exe}
    arch = deb_arch() if sys.platform == "linux" else None
    if arch:
        found["deb"] = dist / f"{NAME}_{version}_{arch}.deb"
    if sys.platform == "win32" and shutil.which("iscc"):
        found["installer"] = dist / f"{NAME}-{version}-setup.exe"
    if sys.platform == "darwin":
        found["app"] = dist / "Briefing.app"
        if shutil.which("hdiutil"):
            found["dmg"] = dist / f"{NAME}-{version}.dmg"
    return found


def other_installers(root: Path, wanted: dict[str, Path], version: str) -> None:
    """Make the Windows installer (Inno Setup's ``iscc``) or the macOS disk image (``hdiutil``).

    Only where those tools are installed (see :func:`outputs`); untested by this
    project's Linux CI (docs/packaging.md).

    Raises:
        subprocess.CalledProcessError: if the tool fails.
    """
    if "installer" in wanted:
        script = root / "packaging" / "windows" / f"{NAME}.iss"
        subprocess.run(["iscc", f"/DAppVersion={version}", str(script)], check=True)
    if "dmg" in wanted:
        wanted["dmg"].unlink(missing_ok=True)
        subprocess.run(
            ["hdiutil", "create", "-volname", "Briefing", "-srcfolder", str(wanted["app"]),
             "-ov", "-format", "UDZO", str(wanted["dmg"])],
            check=True,
        )  # fmt: skip


def check_environment() -> str | None:
    """Return why this Python cannot build the app, or None if it can."""
    if _dist_version("pyinstaller") == "missing":
        return "PyInstaller is not installed: run  python -m pip install '.[build]'"
    return None


def freeze(root: Path, dist: Path, icon_dir: Path) -> None:
    """Run PyInstaller on the spec, writing ``dist/briefing-app/``.

    Raises:
        subprocess.CalledProcessError: if PyInstaller fails (its log is on stderr).
    """
    env = {**os.environ, "BRIEFING_ICON_DIR": str(icon_dir), "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level=WARN"]
    command += ["--distpath", str(dist), "--workpath", str(root / "build" / "pyinstaller")]
    subprocess.run([*command, str(root / "packaging" / f"{NAME}.spec")], check=True, env=env)


def trim_icu(folder: Path) -> list[int] | None:
    """On Linux, trim Qt's ICU data library in ``folder`` (see icudata.py); sizes before/after.

    Returns None where there is nothing to trim; without a C compiler the
    library is kept whole and a warning says so (the size budget then fails).
    """
    if sys.platform != "linux":
        return None
    from icudata import trim_bundle

    try:
        sizes = trim_bundle(folder)
    except RuntimeError as error:
        print(f"build.py: warning: ICU data not trimmed: {error}", file=sys.stderr)
        return None
    return list(sizes) if sizes else None


def compile_translations(root: Path) -> list[Path]:
    """Compile ``resources/i18n/*.ts`` to ``.qm`` beside them (setup.py's step, which the
    spec then ships with the resources); return the files written."""
    import runpy

    setup = runpy.run_path(str(root / "setup.py"), run_name="briefing_setup")
    folder = root / "resources" / "i18n"
    return list(setup["compile_translations"](folder, folder))


def build(root: Path, reuse: bool, make_deb: bool) -> dict[str, object]:
    """Build (or reuse) the app; return what ``dist/build-info.json`` records.

    Raises:
        RuntimeError: if the environment cannot build (see :func:`check_environment`).
        subprocess.CalledProcessError: if PyInstaller or dpkg-deb fails.
    """
    version = project_version(root)
    dist = root / "dist"
    info_file = dist / "build-info.json"
    wanted = outputs(dist, version)
    if not make_deb:
        wanted.pop("deb", None)
    digest = source_hash(root)
    if reuse and info_file.is_file():
        info = json.loads(info_file.read_text(encoding="utf-8"))
        if info.get("source_hash") == digest and all(p.exists() for p in wanted.values()):
            info["reused"] = True
            return dict(info)
    problem = check_environment()
    if problem:
        raise RuntimeError(problem)
    seconds: dict[str, float] = {}
    start = time.perf_counter()
    icon_dir = root / "build" / "icons"
    icons = write_icons(root / "resources" / "icons" / f"{NAME}.svg", icon_dir)
    seconds["icons"] = round(time.perf_counter() - start, 2)
    start = time.perf_counter()
    compile_translations(root)
    seconds["translations"] = round(time.perf_counter() - start, 2)
    start = time.perf_counter()
    freeze(root, dist, icon_dir)
    seconds["freeze"] = round(time.perf_counter() - start, 2)
    icu = trim_icu(wanted["folder"])
    if "deb" in wanted:
        from deb import build_deb

        start = time.perf_counter()
        build_deb(root, wanted["folder"], icons, dist, version, str(deb_arch()))
        seconds["deb"] = round(time.perf_counter() - start, 2)
    other_installers(root, wanted, version)
    info = {
        "source_hash": digest,
        "version": version,
        "platform": f"{sys.platform}-{platform.machine()}",
        "python": platform.python_version(),
        "pyinstaller": _dist_version("pyinstaller"),
        "outputs": {kind: str(path.relative_to(root)) for kind, path in wanted.items()},
        "seconds": seconds,
        "icu_data_bytes": icu,
        "reused": False,
    }
    info_file.write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    return info


@contextlib.contextmanager
def build_lock(folder: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``folder/.build-lock`` so two builds never share dist/ at once.

    Waits for a build already running (e.g. a test run beside a manual build).
    Without ``fcntl`` (Windows) no lock is taken.
    """
    folder.mkdir(parents=True, exist_ok=True)
    try:
        import fcntl
    except ImportError:
        yield
        return
    with (folder / ".build-lock").open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def main(argv: list[str] | None = None) -> int:
    """Parse ``argv``, build, print where the outputs are; return the exit code (see module doc)."""
    parser = argparse.ArgumentParser(prog="packaging/build.py", description=__doc__.split("\n")[0])
    parser.add_argument("--reuse", action="store_true", help="keep a build of the same sources")
    parser.add_argument("--no-deb", action="store_true", help="do not make the .deb on Linux")
    args = parser.parse_args(argv)
    try:
        with build_lock(ROOT / "build"):
            info = build(ROOT, reuse=args.reuse, make_deb=not args.no_deb)
    except RuntimeError as error:
        print(f"build.py: {error}", file=sys.stderr)
        return 2
    except subprocess.CalledProcessError as error:
        print(
            f"build.py: {' '.join(map(str, error.cmd))} failed with exit code {error.returncode}",
            file=sys.stderr,
        )
        return 1
    state = "reused" if info["reused"] else f"built in {sum(info['seconds'].values()):.0f} s"  # type: ignore[attr-defined]
    print(f"briefing-app {info['version']} {state}:")
    for kind, path in info["outputs"].items():  # type: ignore[attr-defined]
        print(f"  {kind}: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
