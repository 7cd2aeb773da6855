"""Bookmarks (Ctrl+D, menu, dock, restart) and private notes (typing, saving, preview,
quoting a passage, tree marks, export, read-only data), driven as a user would."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QContextMenuEvent, QGuiApplication, QTextCursor
from PySide6.QtWidgets import QApplication, QFileDialog

from briefing_app.core import load_pack
from briefing_app.core.user.store import SCHEMA_VERSION, UserStore, default_path
from briefing_app.ui.tree.model import NOTED_ROLE
from briefing_app.ui.window.actions import in_front
from briefing_app.ui.window.main_window import MainWindow
from tests.ui.conftest import type_text


def press(qtbot, win: MainWindow, widget, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    win.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)
    qtbot.keyClick(widget, key, modifiers)


def stored_note(topic_id: str) -> str:
    store = UserStore.open()
    try:
        return store.note("kazakhstan-bri", topic_id)
    finally:
        store.close()


def test_ctrl_d_stars_and_bookmarks_survive_a_restart(qtbot):
    first = MainWindow(load_pack())
    qtbot.addWidget(first)
    first.show()
    dock = first.prep.bookmarks_dock
    first.prep.bookmarks.dock_action.trigger()
    assert dock.empty_hint.isVisible() and not dock.bookmark_list.isVisible()
    assert "Ctrl+D" in dock.empty_hint.text()
    first.open_topic("icbc")
    press(qtbot, first, first.reader, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert dock.bookmark_list.isVisible() and not dock.empty_hint.isVisible()
    first.open_topic("khorgos")
    first.prep.bookmarks.toggle_action.trigger()
    assert first.prep.bookmarks.toggle_action.isChecked()
    assert first.statusBar().currentMessage() == "Bookmarked “The case of Khorgos”"
    first.close()

    second = MainWindow(load_pack())
    qtbot.addWidget(second)
    second.show()
    pack = second.pack
    expected = [pack.topics["icbc"].title, pack.topics["khorgos"].title]
    assert second.prep.bookmarks_dock.titles() == expected
    menu = second.prep.bookmarks.menu
    menu.aboutToShow.emit()
    assert [a.text() for a in menu.actions() if a.data()] == expected
    next(a for a in menu.actions() if a.data() == "icbc").trigger()
    assert second.reader.page == ("topic", "icbc")
    assert second.prep.bookmarks.toggle_action.isChecked(), "the star shows the topic is starred"

    second.prep.bookmarks.dock_action.trigger()
    dock_list = second.prep.bookmarks_dock.bookmark_list
    assert in_front(second.prep.bookmarks_dock)
    assert dock_list.currentItem().text() == pack.topics["icbc"].title, "follows the open topic"
    second.open_topic("overview")
    assert dock_list.currentItem() is None
    dock_list.setCurrentRow(1)
    qtbot.keyClick(dock_list, Qt.Key.Key_Return)
    assert second.reader.page == ("topic", "khorgos")
    second.prep.bookmarks.toggle_action.trigger()  # unstar
    assert second.prep.bookmarks_dock.titles() == [pack.topics["icbc"].title]


def test_typing_a_note_saves_it_and_marks_the_tree(window: MainWindow, qtbot):
    window.open_topic("khorgos")
    notes = window.prep.notes
    assert not notes.isVisible(), "an empty notes panel takes no room until asked for"
    window.prep.notes_toggle.trigger()
    assert notes.isVisible() and notes.windowTitle() == "Notes — The case of Khorgos"
    notes.editor.setFocus()
    type_text(notes.editor, "Ask about freight — Хоргос")
    assert stored_note("khorgos") == "", "not saved on every keystroke"
    qtbot.waitUntil(lambda: stored_note("khorgos") == "Ask about freight — Хоргос", timeout=3000)
    assert notes.status.text() == "Saved"
    model = window.tree.topic_model()
    index = model.index_for_topic("khorgos")
    assert index.data(NOTED_ROLE) is True
    assert "You have notes" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index_for_topic("icbc").data(NOTED_ROLE) is False


def test_switching_topic_saves_at_once(window: MainWindow, qtbot):
    window.open_topic("icbc")
    type_text(window.prep.notes.editor, "Typed just before leaving")
    window.open_topic("dry-port")
    assert stored_note("icbc") == "Typed just before leaving"
    assert window.prep.notes.editor.toPlainText() == ""
    window.open_topic("icbc")
    assert window.prep.notes.editor.toPlainText() == "Typed just before leaving"


def test_preview_renders_markdown_and_routes_links(window: MainWindow, qtbot):
    window.open_topic("khorgos")
    notes = window.prep.notes
    window.prep.notes_toggle.trigger()
    notes.editor.setPlainText("## Questions\n\nSee [the ICBC](icbc.md) and **press** it.")
    notes.preview_button.click()
    assert notes.stack.currentWidget() is notes.preview
    text = notes.preview.toPlainText()
    assert "Questions" in text and "**" not in text
    cursor = notes.preview.document().find("the ICBC")
    probe = QTextCursor(cursor)
    probe.setPosition(cursor.selectionStart() + 1)
    rect = notes.preview.cursorRect(probe)
    qtbot.mouseClick(
        notes.preview.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(rect.center().x() + 2, rect.center().y()),
    )
    qtbot.waitUntil(lambda: window.reader.page == ("topic", "icbc"))
    notes.preview_button.click()
    assert notes.stack.currentWidget() is notes.editor


def right_click_menu(qtbot, reader, cursor: QTextCursor) -> list[str]:
    """Right-click ``reader`` on the text of ``cursor``; return the texts of the menu shown."""
    shown: list[str] = []

    def read_and_close() -> None:
        menu = QApplication.activePopupWidget()
        if menu is not None:
            shown.extend(action.text() for action in menu.actions())
            menu.close()

    QTimer.singleShot(200, read_and_close)
    pos = reader.cursorRect(cursor).center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, pos, reader.viewport().mapToGlobal(pos)
    )
    QApplication.sendEvent(reader.viewport(), event)  # returns once the menu has closed
    qtbot.waitUntil(lambda: bool(shown))
    return shown


def test_the_context_menu_copies_the_link_under_the_pointer_on_a_scrolled_page(window, qtbot):
    window.resize(900, 420)
    window.open_topic("khorgos")
    reader = window.reader
    cursor = QTextCursor(reader.document())
    last_link = None
    while not cursor.atEnd():  # the last link of the page
        cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
        if cursor.charFormat().isAnchor():
            last_link = QTextCursor(cursor)
    assert last_link is not None
    reader.setTextCursor(last_link)
    reader.ensureCursorVisible()
    assert reader.verticalScrollBar().value() > 0, "the link is below the first screen"
    href = last_link.charFormat().anchorHref()
    inside = QTextCursor(last_link)
    inside.setPosition(last_link.position() - 1)  # inside the link, not past its end
    menu = reader.context_menu(reader.cursorRect(inside).center())
    copy = next(a for a in menu.actions() if a.text().startswith("Copy &Link Location"))
    copy.trigger()
    assert QApplication.clipboard().text() == href, "the link under the pointer, not one above"


def test_add_selection_to_notes_quotes_with_a_link_back(window: MainWindow, qtbot):
    window.open_topic("khorgos")
    reader = window.reader
    assert not window.prep.add_to_notes_action.isEnabled()
    found = reader.document().find("separate entities with different legal regimes")
    reader.setTextCursor(found)
    assert window.prep.add_to_notes_action.isEnabled()
    entries = right_click_menu(qtbot, reader, found)
    assert any(entry.startswith("&Copy") for entry in entries), "Qt's own entries stay"
    assert entries[-1] == window.prep.add_to_notes_action.text()
    press(qtbot, window, reader, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    note = window.prep.notes.editor.toPlainText()
    assert note == (
        "> separate entities with different legal regimes\n\n"
        "— [The case of Khorgos](khorgos.md#components)\n"
    )
    assert stored_note("khorgos") == note, "a quote is saved at once"
    window.open_topic("overview")
    window.open_topic("khorgos")
    notes = window.prep.notes
    notes.set_preview(True)
    assert "separate entities" in notes.preview.toPlainText()
    link = notes.preview.document().find("The case of Khorgos")
    href = QTextCursor(link).charFormat().anchorHref() or link.charFormat().anchorHref()
    assert href == "topic:khorgos#components"
    reader.verticalScrollBar().setValue(0)
    notes.preview.anchorClicked.emit(QUrl(href))
    assert window.reader.page == ("topic", "khorgos")
    assert reader.verticalScrollBar().value() > 0, "the link back scrolls to the heading"


def test_export_notes_writes_one_markdown_file(
    window: MainWindow, qtbot, monkeypatch, tmp_path: Path
):
    for topic, text in (("icbc", "Second note"), ("khorgos", "First note")):
        window.open_topic(topic)
        window.prep.notes.editor.setPlainText(text)
    target = tmp_path / "notes.md"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.prep.export_notes_action.trigger()
    text = target.read_text(encoding="utf-8")
    assert text.index("## The case of Khorgos") < text.index("## International Centre")
    assert "First note" in text and "Second note" in text
    assert window.statusBar().currentMessage() == f"Notes exported to {target}"


def test_notes_written_by_a_newer_version_open_read_only(qtbot):
    store = UserStore.open()
    store.save_note("kazakhstan-bri", "khorgos", "From the future")
    store.close()
    raw = sqlite3.connect(default_path())
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 3}")
    raw.commit()
    raw.close()
    win = MainWindow(load_pack())
    qtbot.addWidget(win)
    win.show()
    win.open_topic("khorgos")
    notes = win.prep.notes
    assert notes.editor.toPlainText() == "From the future"
    assert notes.editor.isReadOnly()
    assert "newer version of Briefing" in notes.status.text()
    assert not win.prep.bookmarks.toggle_action.isEnabled()


@pytest.mark.parametrize("broken", [b"not a database at all" * 40])
def test_a_damaged_notes_file_is_kept_aside_and_the_window_opens(qtbot, broken: bytes):
    path = default_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(broken)
    win = MainWindow(load_pack())
    qtbot.addWidget(win)
    win.show()
    win.open_topic("icbc")
    moved = list(path.parent.glob(f"{path.name}.damaged-*"))
    assert len(moved) == 1 and moved[0].read_bytes() == broken, "the old file is kept"
    assert str(moved[0]) in win.prep.notes.status.text(), "the user is told where it is"
    win.prep.notes.editor.setPlainText("a new note")
    assert win.prep.notes.save_now()


def test_an_ampersand_in_a_title_shows_in_menus_and_the_notes_title(qtbot, make_pack, monkeypatch):
    title = "R&D <b>plans</b>"
    root = make_pack(topics={"alpha": f"---\ntitle: {title}\n---\nText.\n"})
    win = MainWindow(load_pack(root))
    qtbot.addWidget(win)
    win.show()
    win.open_topic("alpha")
    win.prep.bookmarks.toggle_action.trigger()
    menu = win.prep.bookmarks.menu
    menu.aboutToShow.emit()
    entry = next(a for a in menu.actions() if a.data() == "alpha")
    assert entry.text() == "R&&D <b>plans</b>", "a single & would mark a mnemonic and vanish"
    assert win.prep.navigation.recent_titles() == [title]
    notes = win.prep.notes
    assert notes.windowTitle() == "Notes — R&&D <b>plans</b>"
    assert notes.toggleViewAction().text() == notes.windowTitle()
    notes.setFloating(True)  # here the window manager draws a floating dock's title as it is
    assert notes.windowTitle() == f"Notes — {title}"
    notes.setFloating(False)
    assert notes.windowTitle() == "Notes — R&&D <b>plans</b>"
    monkeypatch.setattr(QGuiApplication, "platformName", lambda: "xcb")
    notes.setFloating(True)  # under X11 Qt draws a floating dock's title bar itself
    assert notes.windowTitle() == "Notes — R&&D <b>plans</b>"


def test_the_notes_panel_follows_the_page_and_shows_only_where_there_is_a_note(
    window: MainWindow, qtbot
):
    notes = window.prep.notes
    window.open_topic("icbc")
    assert not notes.isVisible()
    window.prep.notes_toggle.trigger()  # the user opens it to write
    type_text(notes.editor, "Ask about the visa-free stay")
    window.open_topic("dry-port")
    assert notes.isVisible(), "kept open while the user keeps it open"
    window.prep.notes_toggle.trigger()  # and closes it
    assert not notes.isVisible()
    window.open_topic("icbc")
    assert notes.isVisible() and notes.editor.toPlainText() == "Ask about the visa-free stay"
    window.open_topic("overview")
    assert not notes.isVisible(), "no note here"
    window.open_topic("icbc")
    window.show_glossary_page()
    qtbot.waitUntil(lambda: not notes.isVisible())  # the glossary page has no note
