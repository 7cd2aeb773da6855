"""Colour themes: View → Theme switches the window and the page live, and is remembered."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication, QImage, QPalette, QTextCursor

from briefing_app import cli
from briefing_app.core.render.stylesheet import PALETTES
from briefing_app.ui import theme
from briefing_app.ui.window import settings as saved
from briefing_app.ui.window.main_window import MainWindow
from tests.conftest import run_python


@pytest.fixture(autouse=True)
def _back_to_system():
    yield
    theme.apply_theme("system")


def title_colour(window: MainWindow) -> str:
    """The colour the reader draws the page title's first character in."""
    cursor = QTextCursor(window.reader.document())
    cursor.movePosition(QTextCursor.MoveOperation.NextCharacter, QTextCursor.MoveMode.KeepAnchor)
    return cursor.charFormat().foreground().color().name()


def first_link_format(window: MainWindow, term: bool):
    """The character format of the first link in the page (a glossary term link or not)."""
    block = window.reader.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            href = fragment.charFormat().anchorHref()
            if href and href.startswith("glossary:") == term:
                return fragment.charFormat()
            it += 1
        block = block.next()
    raise AssertionError("no link on the page")


def test_view_theme_switches_the_window_and_the_page_live(window: MainWindow, qtbot):
    window.open_topic("khorgos")
    assert title_colour(window) == PALETTES["light"]["text"]
    window.theme_actions["dark"].trigger()
    base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
    assert base.name() == PALETTES["dark"]["page"]
    qtbot.waitUntil(
        lambda: title_colour(window) == PALETTES["dark"]["text"]
    )  # palette events are posted
    assert window.reader.page == ("topic", "khorgos")
    window.theme_actions["high-contrast"].trigger()
    qtbot.waitUntil(lambda: title_colour(window) == "#ffffff")
    link = first_link_format(window, term=False)
    assert link.foreground().color().name() == PALETTES["high-contrast"]["accent"]
    assert link.fontUnderline(), "links must differ from text by more than colour"
    window.theme_actions["system"].trigger()
    assert QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() > 128
    qtbot.waitUntil(lambda: title_colour(window) == PALETTES["light"]["text"])


def test_the_theme_is_remembered_and_the_menu_shows_it(window: MainWindow, qtbot):
    window.theme_actions["dark"].trigger()
    assert saved.saved_theme(theme.THEMES) == "dark"
    again = MainWindow(window.pack)
    qtbot.addWidget(again)
    assert again.theme_actions["dark"].isChecked()
    assert not again.theme_actions["light"].isChecked()


def test_an_unknown_saved_theme_falls_back_to_system():
    settings = saved.open_settings()
    settings.setValue(saved.THEME_KEY, "sepia")
    assert saved.saved_theme(theme.THEMES) == "system"
    with pytest.raises(ValueError, match="unknown theme 'sepia'"):
        theme.apply_theme("sepia")


def test_search_marks_follow_the_theme(window: MainWindow, qtbot):
    window.theme_actions["high-contrast"].trigger()
    window.open_topic("khorgos")
    qtbot.waitUntil(lambda: title_colour(window) == "#ffffff")
    marks = window.search.reader_marks
    marks.set_spans([(0, 4), (10, 14)])
    backgrounds = {s.format.background().color().name() for s in window.reader.extraSelections()}
    assert backgrounds == {"#1aebff", "#ffff00"}  # the current match, the others


def test_the_command_line_knows_every_theme():
    assert cli.THEMES == theme.THEMES


def test_a_screenshot_in_the_dark_theme_is_dark(tmp_path: Path):
    out = tmp_path / "dark.png"
    done = run_python(
        ["-m", "briefing_app", "--screenshot", str(out), "--topic", "khorgos", "--theme", "dark"],
        tmp_path,
    )
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    middle = image.pixelColor(image.width() * 2 // 3, image.height() - 60)
    assert middle.lightness() < 80, middle.name()


def test_follow_system_turns_dark_when_the_platform_says_dark_but_gives_a_light_palette(
    window: MainWindow, qtbot, monkeypatch
):
    from PySide6.QtCore import Qt

    real = QGuiApplication.styleHints()

    class DarkHints:
        def colorScheme(self):
            return Qt.ColorScheme.Dark

        def __getattr__(self, name):
            return getattr(real, name)

    assert theme.palette_for("system") is None  # offscreen: no scheme, a light palette
    monkeypatch.setattr(theme.QGuiApplication, "styleHints", staticmethod(DarkHints))
    theme.apply_theme("system")
    assert (
        QGuiApplication.palette().color(QPalette.ColorRole.Base).name() == PALETTES["dark"]["page"]
    )
    window.open_topic("khorgos")
    qtbot.waitUntil(lambda: title_colour(window) == PALETTES["dark"]["text"])
