"""Help → User Guide: shipped inside the package, opened by F1, rendered as the reader renders."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication

from briefing_app.core.resources import read_resource
from briefing_app.ui.window.help import GUIDE_PAGES, UserGuide, guide_source, page_title
from briefing_app.ui.window.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[3]


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
