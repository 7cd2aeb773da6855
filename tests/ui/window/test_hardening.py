"""Robustness of the window: crashes, corrupt settings, lost screens, icon fonts, resources."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QTextDocument

from briefing_app.core import load_pack
from briefing_app.ui import icons
from briefing_app.ui.reader.browser import PLACEHOLDER_KEY
from briefing_app.ui.window import crash
from briefing_app.ui.window import settings as saved
from briefing_app.ui.window.main_window import MainWindow

IMAGE = QTextDocument.ResourceType.ImageResource.value


def test_exception_in_a_slot_is_logged_and_shown_and_the_app_goes_on(
    window, qtbot, monkeypatch, tmp_path, _no_modal_dialogs
):
    monkeypatch.setenv("BRIEFING_LOG_DIR", str(tmp_path))
    monkeypatch.setattr(sys, "excepthook", crash.handle_exception)

    def broken_slot() -> None:
        raise RuntimeError("a bug in a slot")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: any("a bug in a slot" in shown for shown in _no_modal_dialogs))
    log = (tmp_path / crash.LOG_NAME).read_text(encoding="utf-8")
    assert "RuntimeError: a bug in a slot" in log and "broken_slot" in log
    assert str(tmp_path / crash.LOG_NAME) in _no_modal_dialogs[-1]
    assert window.open_topic("khorgos"), "the window still works"


def test_corrupt_and_foreign_settings_are_ignored(qtbot):
    path = saved.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(
        b"\x00\xff[[[garbage\n[General]\nstate_version=1\n[window]\ngeometry=not bytes\n"
        b"state=@ByteArray(\x01\x02)\nsplitter=42\n[reader]\nzoom=lots\n"
    )
    win = MainWindow(load_pack(), restore=True)
    qtbot.addWidget(win)
    win.show()
    assert win._zoom == 0 and win.reader.page is not None


def test_old_state_version_is_not_trusted(qtbot):
    settings = saved.open_settings()
    settings.setValue("state_version", saved.STATE_VERSION - 1)
    settings.setValue("reader/zoom", 5)
    settings.sync()
    win = MainWindow(load_pack(), restore=True)
    qtbot.addWidget(win)
    assert win._zoom == 0


def test_window_off_every_screen_comes_back(window):
    window.move(-20000, -20000)
    saved.fit_on_screen(window)
    screen = window.screen().availableGeometry()
    assert screen.intersects(window.frameGeometry())


def test_icon_font_failure_falls_back_to_bundled_svgs(monkeypatch):
    import qtawesome

    def broken(*_args, **_kwargs):
        raise OSError("icon font could not be loaded")

    monkeypatch.setattr(qtawesome, "icon", broken)
    monkeypatch.setattr(icons, "rendered_icon", lambda _role: icons.QIcon())
    icons.icon.cache_clear()
    try:
        for role in icons.ICONS:
            assert not icons.icon(role).isNull(), role
    finally:
        icons.icon.cache_clear()


@pytest.mark.parametrize(
    "url",
    [
        "https://tracker.example/pixel.png",
        "http://127.0.0.1/x.png",
        "file:///etc/passwd",
        "pack:../../../../etc/passwd",
        "pack:/etc/hostname",
        "data:image/png;base64,iVBORw0KGgo=",
        "assets/corridors.svg",
    ],
)
def test_reader_never_loads_a_resource_from_outside_the_pack(window, url):
    image = window.reader.loadResource(IMAGE, QUrl(url))
    # Nothing is read: the reader draws a box that names the refused URL (never Qt's
    # broken-image icon); the key is set only on boxes it draws itself.
    assert image.text(PLACEHOLDER_KEY).startswith("Image refused: ")
    assert url.removeprefix("pack:") in image.text(PLACEHOLDER_KEY)


def test_reader_serves_pack_images(window):
    image = window.reader.loadResource(IMAGE, QUrl("pack:assets/corridors.svg"))
    assert image is not None and not image.isNull()


def test_every_icon_role_has_rendered_pngs_and_qtawesome_still_renders(qapp):
    for theme in icons.THEME_COLOURS:
        for role in icons.ICONS:
            path = icons.resources_dir() / "icons" / "qta" / theme / f"{role}.png"
            assert path.is_file(), f"run packaging/render_ui_icons.py: {path.name} missing"
    live = icons.live_icon("search", icons.ICONS["search"])
    assert not live.isNull() and not live.pixmap(24, 24).toImage().isNull()


def test_unwatched_runs_log_errors_without_a_dialog(monkeypatch, tmp_path, _no_modal_dialogs, qapp):
    monkeypatch.setenv("BRIEFING_LOG_DIR", str(tmp_path))
    monkeypatch.setattr(crash, "interactive", False)
    try:
        raise ValueError("during a screenshot run")
    except ValueError as exc:
        crash.handle_exception(ValueError, exc, exc.__traceback__)
    assert "during a screenshot run" in (tmp_path / crash.LOG_NAME).read_text(encoding="utf-8")
    assert _no_modal_dialogs == [], "a dialog would wait forever for a click nobody makes"
