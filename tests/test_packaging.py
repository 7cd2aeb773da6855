"""Smoke tests of the frozen one-folder build (marked ``packaging``).

A plain ``pytest`` skips them; ``pytest -m packaging`` runs them (``.ci/run``
does).  See tests/packaging_support.py for how the build is made or reused and
how the binary is run: clean environment, another folder, no network.
"""

from __future__ import annotations

import json
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging_support import (
    PACKAGE,
    REQUIRED_DEPENDS,
    ROOT,
    differing_pixels,
    ensure_build,
    run_as_user,
    screenshot_stats,
)

sys.path.insert(0, str(ROOT / "packaging"))
import deb
from build import deb_arch, project_version

pytestmark = pytest.mark.packaging


@pytest.fixture
def build_info() -> dict:
    """What packaging/build.py recorded for the (possibly reused) build."""
    return ensure_build()


@pytest.fixture
def frozen(build_info: dict) -> Path:
    """The frozen executable ``dist/briefing-app/briefing-app``."""
    return ROOT / build_info["outputs"]["executable"]


@pytest.fixture
def deb_file(build_info: dict) -> Path:
    """The built ``.deb`` (skips where this system cannot make one)."""
    if "deb" not in build_info["outputs"]:
        pytest.skip("no dpkg-deb on this system: no .deb was built")
    return ROOT / build_info["outputs"]["deb"]


def test_build_is_named_and_versioned_from_pyproject(build_info):
    version = project_version()
    assert build_info["version"] == version
    assert (ROOT / build_info["outputs"]["executable"]).is_file()
    if "deb" in build_info["outputs"]:
        assert build_info["outputs"]["deb"] == f"dist/{PACKAGE}_{version}_{deb_arch()}.deb"


def test_frozen_reports_the_real_version(frozen, tmp_path):
    result = run_as_user([str(frozen), "--version"], tmp_path, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{PACKAGE} {project_version()}"


def test_frozen_self_test_passes_with_its_own_data(frozen, tmp_path):
    result = run_as_user([str(frozen), "self-test", "--json"], tmp_path, tmp_path)
    report = json.loads(result.stdout)
    failed = [c for c in report["checks"] if not c["ok"]]
    assert result.returncode == 0 and not failed, failed or result.stderr
    details = {c["name"]: c["detail"] for c in report["checks"]}
    # The data is the frozen copy, not a source checkout found by accident.
    assert f"content {frozen.parent}" in details["data folders"]
    assert "_internal/briefing_app/_content" in details["data folders"]
    assert "17 topics, 65 terms, 0 errors" in details["bundled pack"]
    assert "阿拉木图 < 哈萨克斯坦 < 中国" in details["collation"], (
        "Chinese collation data is missing"
    )
    assert details["child environment"] == "no library paths set"


def test_programs_the_frozen_app_starts_get_the_users_library_path(frozen, tmp_path):
    command = ["env", "LD_LIBRARY_PATH=/usr/local/lib/mine", str(frozen), "self-test", "--json"]
    report = json.loads(run_as_user(command, tmp_path, tmp_path).stdout)
    check = next(c for c in report["checks"] if c["name"] == "child environment")
    assert check["ok"] and check["detail"] == "LD_LIBRARY_PATH=/usr/local/lib/mine"


def test_frozen_screenshot_shows_the_pack_as_from_source(frozen, tmp_path):
    shot, source_shot = tmp_path / "frozen.png", tmp_path / "source.png"
    result = run_as_user(
        [str(frozen), "--screenshot", str(shot), "--topic", "khorgos"], tmp_path, tmp_path
    )
    assert result.returncode == 0, result.stderr
    width, height, colours = screenshot_stats(shot)
    assert (width, height) >= (800, 500)
    assert colours > 200, "the window came out blank or nearly so"
    pages = [path for path in tmp_path.rglob("*.pages") if "packs" in path.parts]
    assert len(pages) == 1, "the first start cached the bundled pack's pages"
    with pages[0].open("rb") as handle:
        pickle.load(handle)  # the header
        cached = pickle.load(handle)
    assert len(cached) >= 17, "the first start took every page prepared with the app"
    home = tmp_path / "source-home"
    home.mkdir()
    source = run_as_user(
        [
            sys.executable,
            "-m",
            "briefing_app",
            "--screenshot",
            str(source_shot),
            "--topic",
            "khorgos",
        ],
        ROOT,
        home,
    )
    assert source.returncode == 0, source.stderr
    assert differing_pixels(shot, source_shot) < 0.01, (
        "the frozen app draws differently from source"
    )


def test_frozen_check_passes_on_the_bundled_pack(frozen, tmp_path, bundled_pack):
    result = run_as_user([str(frozen), "check"], tmp_path, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    as_json = run_as_user([str(frozen), "check", "--json"], tmp_path, tmp_path)
    report = json.loads(as_json.stdout)
    assert report["pack"]["topics"] == len(bundled_pack.topics)
    assert report["problems"] == []


def test_frozen_search_finds_khorgos(frozen, tmp_path):
    result = run_as_user([str(frozen), "search", "Khorgos", "--json"], tmp_path, tmp_path)
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)["hits"]
    assert any((hit["kind"], hit["id"]) == ("topic", "khorgos") for hit in hits), hits


def test_frozen_exports_a_pdf_brief(frozen, tmp_path):
    out = tmp_path / "brief.pdf"
    result = run_as_user(
        [str(frozen), "export", "--output", str(out), "--author", "CI"], tmp_path, tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:5] == b"%PDF-"
    assert out.stat().st_size > 100_000, "a brief of the whole pack, with its fonts"


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run is not installed")
def test_frozen_draws_on_an_x_server(frozen, tmp_path):
    """The X11 platform plugin (xcb) and the system libraries it needs load, under Xvfb."""
    shot = tmp_path / "x11.png"
    xvfb = [
        "xvfb-run",
        "-a",
        "-s",
        "-screen 0 1400x900x24",
        "env",
        "PATH=/usr/bin:/bin",
        "QT_QPA_PLATFORM=xcb",
    ]
    result = run_as_user(
        [
            "env",
            "PATH=/usr/bin:/bin",
            *xvfb,
            str(frozen),
            "--screenshot",
            str(shot),
            "--topic",
            "khorgos",
        ],
        tmp_path,
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert screenshot_stats(shot)[2] > 200
    report = run_as_user(
        ["env", "PATH=/usr/bin:/bin", *xvfb, str(frozen), "self-test", "--json"], tmp_path, tmp_path
    )
    checks = {c["name"]: c for c in json.loads(report.stdout)["checks"]}
    assert checks["platform plugin"]["detail"] == "xcb"


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")
def test_frozen_app_opens_no_network_socket(frozen, tmp_path):
    trace = tmp_path / "trace.txt"
    command = ["strace", "-f", "-qq", "-e", "trace=socket,connect", "-o", str(trace), str(frozen)]
    result = run_as_user(
        [*command, "--screenshot", str(tmp_path / "s.png"), "--topic", "khorgos"],
        tmp_path,
        tmp_path,
        offline=False,
    )
    assert result.returncode == 0, result.stderr
    calls = trace.read_text(encoding="utf-8")
    assert "AF_INET" not in calls, calls


def test_frozen_folder_holds_only_the_qt_it_needs(frozen):
    internal = frozen.parent / "_internal"
    names = {p.relative_to(internal).as_posix() for p in internal.rglob("*")}
    unwanted = [
        n
        for n in names
        if any(q in n for q in ("Qml", "Quick", "WebEngine", "Qt63D", "Multimedia", "Network"))
    ]
    assert not unwanted
    qm = sorted(Path(n).name for n in names if n.endswith(".qm"))
    assert qm == sorted(
        [f"{kind}_{lang}.qm" for kind in ("briefing", "qtbase") for lang in ("kk", "ru", "zh_CN")]
    ), "the interface languages' translations, and Qt's own for them, only"
    assert not [n for n in names if n.endswith(".ts")], "translation sources do not ship"
    plugins = "PySide6/Qt/plugins/"
    for needed in (
        "platforms/libqxcb.so", "platforms/libqwayland.so", "platforms/libqoffscreen.so",
        "imageformats/libqsvg.so", "imageformats/libqjpeg.so", "iconengines/libqsvgicon.so",
        "printsupport/libcupsprintersupport.so",
    ):  # fmt: skip
        assert plugins + needed in names, needed
    assert "PySide6/QtPrintSupport.abi3.so" in names


def test_every_library_is_shipped_or_declared(frozen, deb_file):
    resolved, missing = deb.system_libraries(frozen.parent)
    assert set(missing) <= set(deb.SONAME_PACKAGES), "needed, not installed here, and not declared"
    fields = subprocess.run(
        ["dpkg-deb", "--field", str(deb_file), "Depends"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    declared = {part.strip().split()[0] for part in fields.split(",")}
    assert declared >= REQUIRED_DEPENDS
    for name, path in resolved.items():
        package = deb.owning_package(path)
        assert package in declared, f"{name} ({path}, from {package}) is not in Depends"
