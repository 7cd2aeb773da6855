"""A full disk or read-only folder: the note stays on screen and in memory, and nothing is lost on quit."""

from __future__ import annotations

import pytest

from briefing_app.core import load_pack
from briefing_app.core.user.store import StoreError, UserStore
from briefing_app.ui.window.main_window import MainWindow


@pytest.fixture
def full_disk(monkeypatch):
    """Make every note save fail as SQLite does on a full disk; returns a switch to end it."""
    real = UserStore.save_note
    state = {"full": True}

    def save_note(self, *args, **kwargs):
        if state["full"]:
            raise StoreError(
                "Could not save (database or disk is full). Your text is still on screen."
            )
        return real(self, *args, **kwargs)

    monkeypatch.setattr(UserStore, "save_note", save_note)
    return state


def test_unsaved_note_survives_topic_switches_and_is_saved_later(qtbot, full_disk):
    win = MainWindow(load_pack())
    qtbot.addWidget(win)
    win.show()
    win.open_topic("khorgos")
    notes = win.prep.notes
    qtbot.keyClicks(notes.editor, "Ask about the dry port")
    assert not notes.save_now()
    assert "disk is full" in notes.status.text()
    win.open_topic("icbc")
    assert notes.editor.toPlainText() == ""
    win.open_topic("khorgos")
    assert notes.editor.toPlainText() == "Ask about the dry port", "kept in memory, back on screen"
    full_disk["full"] = False
    assert notes.save_now()
    assert notes.unsaved_count() == 0


def test_quitting_with_unsaved_notes_asks_first(qtbot, full_disk, _no_modal_dialogs):
    win = MainWindow(load_pack())
    qtbot.addWidget(win)
    win.show()
    win.open_topic("khorgos")
    qtbot.keyClicks(win.prep.notes.editor, "Precious words")
    assert not win.close(), "the patched dialog answers No: the window stays open"
    assert any("could not be saved" in shown for shown in _no_modal_dialogs)
    assert win.prep.notes.editor.toPlainText() == "Precious words"
    full_disk["full"] = False
    assert win.close()
