"""A window that cannot open says why (missing libraries by name and package, no display) and
exits with code 1, never Qt's abort; ``self-test`` reports the session's platform plugin.

Missing system libraries are simulated by replacing the resolver
(``system_libs.missing_libraries``), so the tests pass whatever is installed."""

from __future__ import annotations

import json
import os
import signal
import sys
from pathlib import Path

import pytest

from briefing_app.cli import main
from briefing_app.core import system_libs
from briefing_app.ui.window import platform_check
from tests.conftest import run_python

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="X11 and Wayland plugins are Linux's"
)

#: Starts the window with the resolver replaced: argv[1] is a JSON list of missing libraries.
START = """
import json, sys
from briefing_app.core import system_libs
system_libs.missing_libraries = lambda *args, **kwargs: json.loads(sys.argv[1])
from briefing_app.cli import main
sys.exit(main([]))
"""


def start_window(tmp_path: Path, missing: list[str], **environ: str):
    base = {
        name: value
        for name, value in os.environ.items()
        if name not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE")
    }
    return run_python(["-c", START, json.dumps(missing)], cwd=tmp_path, env={**base, **environ})


def test_missing_libraries_are_named_with_their_packages_instead_of_an_abort(tmp_path: Path):
    # No X server listens on display :97, so Qt's xcb plugin fails even with every library.
    done = start_window(
        tmp_path, ["libxcb-cursor.so.0", "libxcb-icccm.so.4"], QT_QPA_PLATFORM="xcb", DISPLAY=":97"
    )
    assert done.returncode == 1, (done.returncode, done.stderr)
    assert done.returncode != -signal.SIGABRT
    assert done.stderr.strip() == (
        "briefing-app: cannot open a window: Qt's xcb platform plugin needs libraries that are "
        "missing: libxcb-cursor.so.0 (package libxcb-cursor0), libxcb-icccm.so.4 (package "
        "libxcb-icccm4). Install them with: sudo apt install libxcb-cursor0 libxcb-icccm4"
    )


def test_no_display_is_said_plainly_with_the_headless_way(tmp_path: Path):
    done = start_window(tmp_path, [])
    assert done.returncode == 1, (done.returncode, done.stderr)
    assert done.stderr.strip() == (
        "briefing-app: cannot open a window: there is no display (neither DISPLAY nor "
        "WAYLAND_DISPLAY is set). Start it from a desktop session; for headless use "
        "(subcommands, --screenshot) set QT_QPA_PLATFORM=offscreen."
    )


def test_an_unreachable_display_is_told_apart_from_missing_libraries(monkeypatch):
    monkeypatch.setattr(system_libs, "missing_libraries", lambda *args, **kwargs: [])
    qt_said = (
        "qt.qpa.xcb: could not connect to display :97\n"
        "qt.qpa.plugin: From 6.5.0, xcb-cursor0 or libxcb-cursor0 is needed to load the Qt xcb "
        'platform plugin.\nqt.qpa.plugin: Could not load the Qt platform plugin "xcb" in ""'
    )
    text = platform_check.diagnose(["xcb"], qt_said, {"DISPLAY": ":97"})
    assert text.startswith("briefing-app: cannot open a window: cannot connect to the X display ':97'")
    assert "libxcb-cursor0" not in text, "Qt's misleading hint is not repeated"


def test_the_plugin_file_is_the_one_in_qts_plugin_folder():
    plugin = platform_check.plugin_file("xcb")
    assert plugin.name == "libqxcb.so" and plugin.parent.name == "platforms"
    assert plugin.is_file()
    assert platform_check.plugin_file("wayland-egl").name == "libqwayland.so"


def test_self_test_fails_naming_the_missing_libraries_of_the_session(qapp, monkeypatch, capsys):
    monkeypatch.setenv("DISPLAY", ":97")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(
        system_libs, "missing_libraries", lambda *args, **kwargs: ["libxcb-keysyms.so.1"]
    )
    assert main(["self-test"]) == 1
    out = capsys.readouterr().out
    assert out.splitlines()[0] == (
        "FAIL  desktop platform: Qt's xcb platform plugin needs libraries that are missing: "
        "libxcb-keysyms.so.1 (package libxcb-keysyms1). Install them with: "
        "sudo apt install libxcb-keysyms1"
    )
    assert "ok    collation:" in out, "the other checks still ran"


def test_self_test_reports_the_session_plugin_when_it_loads(qapp, monkeypatch, capsys):
    monkeypatch.setenv("DISPLAY", ":97")
    monkeypatch.setattr(system_libs, "missing_libraries", lambda *args, **kwargs: [])
    assert main(["self-test", "--json"]) == 0
    checks = json.loads(capsys.readouterr().out)["checks"]
    assert checks[0] == {
        "name": "desktop platform",
        "ok": True,
        "detail": "xcb (:97): its libraries load",
    }


def test_self_test_without_a_display_says_so_and_passes(qapp, monkeypatch, capsys):
    for name in ("DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    assert main(["self-test"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith("ok    desktop platform: none: there is no display")
