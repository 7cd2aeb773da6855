"""Help → User Guide: shipped inside the package, opened by F1, rendered as the reader renders,
in the interface language where the guide is translated."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication

from briefing_app.core.render.markdown import markdown_to_html
from briefing_app.core.resources import read_resource
from briefing_app.ui.window.help import (
    GUIDE_PAGES,
    UserGuide,
    guide_file,
    guide_source,
    page_title,
)
from briefing_app.ui.window.main_window import MainWindow
from briefing_app.ui.window.shortcuts import plain_text
from tests.ui import test_i18n
from tests.ui.test_i18n import TRANSLATED, messages, ts_file, window_in

ROOT = Path(__file__).resolve().parents[3]

#: tests/ui/test_i18n.py's fixtures: the checkout's .ts files compiled, and ``in_language``
#: installing one language's translators (English again after the test).
compiled = test_i18n.compiled
in_language = test_i18n.in_language


def test_the_shipped_format_guide_is_docs_content_format():
    """The package ships a copy of docs/content-format.md (docs/ is not package data)."""
    docs = (ROOT / "docs" / "content-format.md").read_text(encoding="utf-8")
    assert read_resource("guide/content-format.md") == docs, "copy docs/content-format.md again"


def test_the_guide_covers_what_a_reader_does():
    guide = guide_source("user-guide")
    headings = [line[3:] for line in guide.splitlines() if line.startswith("## ")]
    assert headings == [
        "Reading",
        "At a glance, timeline, rehearsal",
        "Search",
        "Glossary",
        "Notes and bookmarks",
        "Briefs and printing",
        "Themes",
        "Keyboard",
        "Writing a pack",
    ]
    for words in (
        "View → Theme",
        "Ctrl+T",
        "Ctrl+R",
        "F6",
        "Ctrl+K",
        "Ctrl+D",
        "Ctrl+M",
        "Build Brief",
        "content-format.md",
    ):
        assert words in guide


def test_f1_opens_the_guide_at_its_title(window: MainWindow, qtbot):
    window.activateWindow()
    window.reader.setFocus()
    qtbot.waitUntil(lambda: window.reader.hasFocus())
    qtbot.keyClick(window.reader, Qt.Key.Key_F1)
    guide = window.findChild(UserGuide)
    assert guide is not None and guide.isVisible()
    browser = guide.browser
    assert browser.title() == "Briefing User Guide" == page_title(guide_source(GUIDE_PAGES[0]))
    assert browser.toPlainText().startswith("Briefing User Guide")
    assert "Keyboard" in browser.toPlainText()
    assert browser.document().defaultStyleSheet(), "in the reader's stylesheet"
    window.guide_action.trigger()
    assert window.findChildren(UserGuide) == [guide], "one guide window"


def test_the_guide_links_to_its_sections_the_format_guide_and_back(window: MainWindow, qtbot):
    window.guide_action.trigger()
    browser = window.findChild(UserGuide).browser
    browser.resize(500, 300)
    browser.anchorClicked.emit(QUrl("#writing-a-pack"))
    assert browser.verticalScrollBar().value() > 0, "scrolled to the section"
    browser.anchorClicked.emit(QUrl("topic:content-format"))
    assert browser.page == "content-format"
    assert browser.title() == "The content pack format"
    assert "briefing.yaml" in browser.toPlainText()
    browser.anchorClicked.emit(QUrl("topic:user-guide"))
    assert browser.page == "user-guide"


def test_a_web_link_in_the_guide_asks_first_and_anything_else_is_ignored(
    window: MainWindow, _no_modal_dialogs
):
    window.guide_action.trigger()
    browser = window.findChild(UserGuide).browser
    browser.anchorClicked.emit(QUrl("https://example.org/"))
    assert any("https://example.org/" in shown for shown in _no_modal_dialogs)
    browser.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert browser.page == "user-guide"
    assert QApplication.activeModalWidget() is None


# -- the guide in the interface language ------------------------------------------------------


def test_with_the_russian_interface_f1_shows_the_russian_guide(qtbot, in_language):
    window = window_in(qtbot, in_language, "ru")
    window.activateWindow()
    window.reader.setFocus()
    qtbot.waitUntil(lambda: window.reader.hasFocus())
    qtbot.keyClick(window.reader, Qt.Key.Key_F1)
    guide = window.findChild(UserGuide)
    assert guide is not None and guide.isVisible()
    assert guide.windowTitle() == "Руководство пользователя Briefing"
    browser = guide.browser
    assert browser.title() == "Руководство пользователя Briefing"
    text = browser.toPlainText()
    assert text.startswith("Руководство пользователя Briefing")
    assert "Клавиатура" in text and "Файл → Составить справочную записку…" in text
    browser.resize(500, 300)
    browser.anchorClicked.emit(QUrl("#writing-a-pack"))
    assert browser.verticalScrollBar().value() > 0, "the English anchors are kept"
    browser.anchorClicked.emit(QUrl("topic:content-format"))
    assert browser.title() == "The content pack format", "the format guide stays English"
    assert browser.toPlainText().startswith("« Руководство пользователя Briefing")
    browser.anchorClicked.emit(QUrl("topic:user-guide"))
    assert browser.page == "user-guide" and browser.title().startswith("Руководство")


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_guide_is_chosen_by_the_interface_language(in_language, language: str):
    """The guide's title is the one the window's title bar shows (Guide context)."""
    from briefing_app.ui.window.help import Guide

    assert guide_file("user-guide") == "guide/user-guide.md"
    in_language(language)
    assert guide_file("user-guide") == f"guide/user-guide.{language}.md"
    assert page_title(guide_source("user-guide")) == Guide.tr("Briefing User Guide")
    assert guide_file("content-format") == "guide/content-format.md", "no translation: English"
    assert guide_file("user-guide", "en") == "guide/user-guide.md"


def test_a_language_without_a_translated_guide_reads_the_english_one():
    assert guide_file("user-guide", "xx") == "guide/user-guide.md"
    with pytest.raises(KeyError):
        guide_file("no-such-page", "ru")


HEADING = re.compile(r"^(#+) ", re.MULTILINE)
LINK = re.compile(r"\]\(([^)\s]+)\)")
CODE = re.compile(r"`([^`]+)`")
HEADING_ID = re.compile(r'<h\d id="([^"]+)"')


def structure(text: str) -> dict[str, object]:
    """What a translation must keep of the English guide: the headings' levels and (but for
    the title) anchors, the link targets in order, and the code spans."""
    ids = HEADING_ID.findall(markdown_to_html(text, "topics/user-guide.md"))
    return {
        "heading levels": [len(h) for h in HEADING.findall(text)],
        "anchors": ids[1:],
        "links": LINK.findall(text),
        "code": Counter(" ".join(code.split()) for code in CODE.findall(text)),
    }


@pytest.mark.parametrize("language", TRANSLATED)
def test_each_translation_keeps_the_english_guide_s_structure(language: str):
    """Edit the English guide's headings, links or commands and this fails until every
    translation follows (docs/translating.md)."""
    english = guide_source("user-guide", "en")
    translated = guide_source("user-guide", language)
    assert guide_file("user-guide", language) == f"guide/user-guide.{language}.md"
    assert structure(translated) == structure(english)
    anchors = HEADING_ID.findall(markdown_to_html(translated, "topics/user-guide.md"))
    assert {link[1:] for link in LINK.findall(translated) if link.startswith("#")} <= set(anchors)
    assert "content-format.md" in translated


#: The menu bar's titles (as the .ts files' sources write them).
MENU_BAR = ("&File", "&View", "&Go", "&Bookmarks", "&Help")
#: A menu path as the translated guides write it: bold, "Menu → Entry".
MENU_PATH = re.compile(r"\*\*([^*]*→[^*]*)\*\*")


def menu_paths(language: str) -> list[list[str]]:
    """Return the menu paths the guide in ``language`` writes, each as its parts; every "→"
    of the guide is in one (a menu path is written in bold)."""
    guide = guide_source("user-guide", language)
    paths = [" ".join(path.split()) for path in MENU_PATH.findall(guide)]
    assert sum(path.count("→") for path in paths) == guide.count("→"), "a path not in bold"
    return [[part.strip() for part in path.split("→")] for path in paths]


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_menu_path_in_a_translated_guide_is_the_interface_s_own(language: str):
    """A menu path "X → Y" names X as a translated menu title and Y as translated text of the
    interface, & and Chinese "(&X)" marks taken off: the guide names no menu the interface
    lacks (the next test finds each path in the window's menus)."""
    titles, texts = set(), set()
    for (_context, source, _comment, numerus), translation in messages(ts_file(language)):
        if not numerus:
            shown = plain_text(translation.text or "")
            (titles if source in MENU_BAR else texts).add(shown)
    assert len(titles) == len(MENU_BAR)
    paths = menu_paths(language)
    assert len(paths) >= 15
    wrong = [
        " → ".join(path)
        for path in paths
        if len(path) < 2 or path[0] not in titles or not set(path[1:]) <= texts
    ]
    assert wrong == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_menu_path_in_a_translated_guide_is_in_the_window_s_menus(
    qtbot, in_language, language: str
):
    window = window_in(qtbot, in_language, language)
    window.search_panel  # noqa: B018 - builds search, which adds View → Search Results
    found = set()

    def walk(menu, path: tuple[str, ...]) -> None:
        for action in menu.actions():
            if action.isSeparator():
                continue
            here = (*path, plain_text(action.text()))
            found.add(here)
            if action.menu() is not None:
                walk(action.menu(), here)

    for top in window.menuBar().actions():
        walk(top.menu(), (plain_text(top.text()),))
    assert [path for path in menu_paths(language) if tuple(path) not in found] == []
