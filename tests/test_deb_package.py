"""Tests of the Debian package: its metadata, its files, and a real install, run and removal.

Marked ``packaging`` (run with ``pytest -m packaging``).  The install test
needs root and apt; it installs ``dist/briefing-app_<version>_<arch>.deb`` with
``apt-get install ./…`` (which fetches missing dependencies), runs
``/usr/bin/briefing-app`` as a user would, removes the package and checks that
every file it installed is gone.
"""

from __future__ import annotations

import configparser
import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.packaging_support import (
    PACKAGE,
    REQUIRED_DEPENDS,
    ROOT,
    ensure_build,
    run_as_user,
    screenshot_stats,
)

sys.path.insert(0, str(ROOT / "packaging"))
from build import deb_arch, project_version
from icons import HICOLOR_SIZES

pytestmark = pytest.mark.packaging
METAINFO = "usr/share/metainfo/org.briefing.BriefingApp.metainfo.xml"


@pytest.fixture
def deb_file() -> Path:
    """The built ``.deb`` (skips where this system cannot make one)."""
    info = ensure_build()
    if "deb" not in info["outputs"]:
        pytest.skip("no dpkg-deb on this system: no .deb was built")
    return ROOT / info["outputs"]["deb"]


def field(deb: Path, name: str) -> str:
    """Return control field ``name`` of package file ``deb``."""
    return subprocess.run(
        ["dpkg-deb", "--field", str(deb), name], capture_output=True, text=True, check=True
    ).stdout.strip()


def test_control_fields_name_version_arch_and_depends(deb_file):
    assert field(deb_file, "Package") == PACKAGE
    assert field(deb_file, "Version") == project_version()
    assert field(deb_file, "Architecture") == deb_arch()
    declared = {part.strip().split()[0] for part in field(deb_file, "Depends").split(",")}
    assert declared >= REQUIRED_DEPENDS
    files = [p for p in (ROOT / "dist" / PACKAGE).rglob("*") if p.is_file() and not p.is_symlink()]
    frozen_kib = sum(p.stat().st_size for p in files) / 1024
    assert int(field(deb_file, "Installed-Size")) >= frozen_kib


def test_files_are_laid_out_for_a_desktop(deb_file):
    listing = subprocess.run(
        ["dpkg-deb", "--contents", str(deb_file)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    entries = {line.split()[5].removeprefix("./"): line for line in listing}
    assert all(" root/root " in line for line in listing)
    assert entries[f"opt/{PACKAGE}/{PACKAGE}"].startswith("-rwxr-xr-x")
    assert f"usr/bin/{PACKAGE}" in entries
    assert f"-> /opt/{PACKAGE}/{PACKAGE}" in entries[f"usr/bin/{PACKAGE}"]
    assert f"usr/share/applications/{PACKAGE}.desktop" in entries
    assert f"usr/share/icons/hicolor/scalable/apps/{PACKAGE}.svg" in entries
    for size in HICOLOR_SIZES:
        assert f"usr/share/icons/hicolor/{size}x{size}/apps/{PACKAGE}.png" in entries
    assert METAINFO in entries
    assert f"usr/share/doc/{PACKAGE}/copyright" in entries
    outside = [p for p in entries if p and not p.startswith(("opt/", "usr/"))]
    assert outside == [], "the package writes only to /opt and /usr"


def test_desktop_entry_icons_and_metainfo_are_valid(deb_file, tmp_path):
    subprocess.run(["dpkg-deb", "--extract", str(deb_file), str(tmp_path)], check=True)
    desktop = tmp_path / f"usr/share/applications/{PACKAGE}.desktop"
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(desktop, encoding="utf-8")
    assert entry["Desktop Entry"]["Exec"] == PACKAGE
    assert entry["Desktop Entry"]["Icon"] == PACKAGE
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(
            ["desktop-file-validate", str(desktop)], capture_output=True, text=True
        )
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout
    for size in HICOLOR_SIZES:
        width, height, colours = screenshot_stats(
            tmp_path / f"usr/share/icons/hicolor/{size}x{size}/apps/{PACKAGE}.png"
        )
        assert (width, height) == (size, size) and colours > 10
    root = ET.parse(tmp_path / METAINFO).getroot()
    assert root.findtext("launchable") == f"{PACKAGE}.desktop"
    assert [r.get("version") for r in root.iter("release")] == [project_version()]
    if shutil.which("appstreamcli"):
        result = subprocess.run(
            ["appstreamcli", "validate-tree", "--no-net", str(tmp_path)],
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stdout + result.stderr


def _installed() -> bool:
    status = subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}", PACKAGE], capture_output=True, text=True
    )
    return status.returncode == 0 and "installed" in status.stdout.split()


def _apt(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    return subprocess.run(
        ["apt-get", "-y", "-q", *args], capture_output=True, text=True, env=env, timeout=900
    )


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("apt-get") is None,
    reason="installing a package needs root and apt-get",
)
def test_installs_runs_offline_and_removes_every_file(deb_file, tmp_path):
    if _installed():
        pytest.skip(f"{PACKAGE} is already installed here; not touching a user's install")
    installed = _apt("install", "--no-install-recommends", str(deb_file.resolve()))
    assert installed.returncode == 0, installed.stdout[-3000:] + installed.stderr[-3000:]
    try:
        files = subprocess.run(
            ["dpkg", "-L", PACKAGE], capture_output=True, text=True, check=True
        ).stdout.split()
        assert f"/opt/{PACKAGE}/{PACKAGE}" in files and f"/usr/bin/{PACKAGE}" in files
        version = run_as_user([f"/usr/bin/{PACKAGE}", "--version"], tmp_path, tmp_path)
        assert version.stdout.strip() == f"{PACKAGE} {project_version()}", version.stderr
        self_test = run_as_user([f"/usr/bin/{PACKAGE}", "self-test", "--json"], tmp_path, tmp_path)
        assert json.loads(self_test.stdout)["ok"], self_test.stdout
        assert f"/opt/{PACKAGE}/_internal/briefing_app/_content" in self_test.stdout
        shot = tmp_path / "installed.png"
        result = run_as_user(
            [f"/usr/bin/{PACKAGE}", "--screenshot", str(shot), "--topic", "khorgos"],
            tmp_path,
            tmp_path,
        )
        assert result.returncode == 0, result.stderr
        assert screenshot_stats(shot)[2] > 200
    finally:
        removed = _apt("remove", PACKAGE)
    assert removed.returncode == 0, removed.stderr
    assert not _installed()
    left = [f for f in files if os.path.lexists(f) and not os.path.isdir(f)]
    assert left == [], "files left behind after removal"
    assert not os.path.exists(f"/opt/{PACKAGE}")
