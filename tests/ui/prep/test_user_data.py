"""Nothing a user wrote is at risk: after closing the window the one file ``briefing.sqlite3``
holds every note and bookmark, and File → Back Up Notes… copies them to a file of their choice."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog

from briefing_app.core import load_pack
from briefing_app.core.user.store import UserStore, default_path
from briefing_app.ui.window.main_window import MainWindow
from tests.ui.conftest import type_text

NOTES = {"khorgos": "Freight volumes at Altynkol? — Хоргос 霍尔果斯", "icbc": "Ask about the ICBC"}


def open_window(qtbot) -> MainWindow:
    win = MainWindow(load_pack())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def write_notes_and_a_bookmark(qtbot, win: MainWindow) -> None:
    """Type the notes of :data:`NOTES` and star Khorgos, as a user does."""
    for topic, text in NOTES.items():
        win.open_topic(topic)
        win.prep.notes.editor.setFocus()
        type_text(win.prep.notes.editor, text)
    win.open_topic("khorgos")
    win.prep.bookmarks.toggle_action.trigger()
    assert win.statusBar().currentMessage().startswith("Bookmarked")
    win.open_topic("icbc")  # its note is saved on the way: the last one waits for the close


def file_menu_action(win: MainWindow, text: str):
    menu = win.menuBar().actions()[0].menu()
    assert menu.title() == "&File"
    return next(action for action in menu.actions() if action.text() == text)


def test_the_main_file_alone_holds_every_note_after_closing_the_window(
    qtbot, tmp_path: Path, monkeypatch
):
    win = open_window(qtbot)
    write_notes_and_a_bookmark(qtbot, win)
    win.open_topic("overview")
    type_text(win.prep.notes.editor, "Typed just before quitting")
    assert win.close(), "closing saves and quits"

    live = default_path()
    elsewhere = tmp_path / "copied-data"
    elsewhere.mkdir()
    shutil.copy2(live, elsewhere / live.name)  # only the main file: no -wal, no -shm
    monkeypatch.setenv("BRIEFING_DATA_DIR", str(elsewhere))

    again = open_window(qtbot)
    assert again.prep.store.path == elsewhere / live.name
    for topic, text in {**NOTES, "overview": "Typed just before quitting"}.items():
        again.open_topic(topic)
        assert again.prep.notes.editor.toPlainText() == text, topic
    pack = again.pack
    assert again.prep.bookmarks_dock.titles() == [pack.topics["khorgos"].title]
    assert again.prep.notes.noted_topics() == {"khorgos", "icbc", "overview"}


def test_back_up_notes_writes_a_file_with_every_note_and_bookmark(
    qtbot, tmp_path: Path, monkeypatch
):
    win = open_window(qtbot)
    write_notes_and_a_bookmark(qtbot, win)
    asked: list[str] = []
    target = tmp_path / "my backup.sqlite3"

    def choose(_parent, _title, default, _filter):
        asked.append(default)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    file_menu_action(win, "Back &Up Notes…").trigger()

    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert asked == [str(Path(documents) / f"briefing-notes-{date.today().isoformat()}.sqlite3")]
    message = win.statusBar().currentMessage()
    assert message == f"Backed up 2 notes and 1 bookmark to {target}"
    copy = UserStore.open(target)
    assert copy.notes("kazakhstan-bri") == NOTES, "the note typed last was saved first"
    assert copy.bookmarks("kazakhstan-bri") == ["khorgos"]
    copy.close()
    assert not Path(f"{target}-wal").exists()


@pytest.mark.parametrize("where", ["missing folder", "live file"])
def test_a_backup_that_cannot_be_made_says_why(
    qtbot, tmp_path: Path, monkeypatch, _no_modal_dialogs, where
):
    win = open_window(qtbot)
    write_notes_and_a_bookmark(qtbot, win)
    target = tmp_path / "gone" / "b.sqlite3" if where == "missing folder" else default_path()
    before = default_path().read_bytes()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    win.prep.backup_action.trigger()
    expected = "does not exist" if where == "missing folder" else "the notes file Briefing is using"
    assert len(_no_modal_dialogs) == 1
    assert _no_modal_dialogs[0].startswith("warning: Notes not backed up: ")
    assert expected in _no_modal_dialogs[0]
    assert not win.statusBar().currentMessage().startswith("Backed up")
    assert default_path().read_bytes() == before
    assert win.prep.store.note("kazakhstan-bri", "khorgos") == NOTES["khorgos"]


def test_a_cancelled_backup_writes_nothing(qtbot, tmp_path: Path, monkeypatch, _no_modal_dialogs):
    win = open_window(qtbot)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    win.prep.backup_action.trigger()
    assert _no_modal_dialogs == [] and list(tmp_path.iterdir()) == []
