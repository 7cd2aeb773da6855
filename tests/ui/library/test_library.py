"""The window and pack files: File → Open Pack File…, the verification and signer in the status
bar, About and the problems; What Changed… and the changed topics marked until read."""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QWidget

from briefing_app.core.library.signing import generate_key_pair, system_keys_dir
from briefing_app.core.library.writer import write_packfile
from briefing_app.core.resources import bundled_pack_path
from briefing_app.ui.library.changes_dialog import ChangesDialog
from briefing_app.ui.tree.model import CHANGED_ROLE
from briefing_app.ui.window.about import AboutDialog
from briefing_app.ui.window.main_window import MainWindow
from tests.core.library.test_changes import new_edition
from tests.core.library.zips import rewrite


@pytest.fixture
def signed_file(tmp_path: Path) -> Path:
    """The bundled pack signed by "Policy Unit", whose key is installed as trusted."""
    private, public = generate_key_pair(tmp_path / "unit", "Policy Unit")
    system_keys_dir().mkdir(parents=True)
    shutil.copy(public, system_keys_dir())
    return write_packfile(bundled_pack_path(), tmp_path / "kz.briefing", key=private).output


def open_file(window: MainWindow, qtbot, path: Path, monkeypatch) -> list[str]:
    """Open ``path`` through File → Open Pack File…; return the filters the dialog offered."""
    offered: list[str] = []

    def choose(_parent, _title, _start, filters, *args, **kwargs):
        offered.append(filters)
        return str(path), filters

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    window.library.open_file_action.trigger()
    qtbot.waitUntil(lambda: window.library.status_label.isVisible(), timeout=5000)
    return offered


def test_a_signed_pack_file_opens_from_the_file_menu_and_says_who_signed_it(
    window: MainWindow, qtbot, signed_file: Path, monkeypatch
):
    assert window.library.open_file_action.shortcuts()[0].toString() == "Ctrl+Shift+O"
    offered = open_file(window, qtbot, signed_file, monkeypatch)
    assert "*.briefing" in offered[0]
    assert window.pack.topics and window.pack.problems == []
    label = window.library.status_label.text()
    assert label == "Verified · signed by Policy Unit (trusted)"
    window.about_action.trigger()
    text = window.findChild(AboutDialog).text.toPlainText()
    assert "Pack file" in text and "signed by Policy Unit (trusted)" in text


def test_an_altered_pack_file_warns_in_the_status_bar_and_the_problems(
    window: MainWindow, qtbot, signed_file: Path, tmp_path: Path, monkeypatch
):
    altered = rewrite(signed_file, tmp_path / "altered.briefing", {"topics/khorgos.md": b"x"})
    open_file(window, qtbot, altered, monkeypatch)
    assert window.library.status_label.text().startswith("⚠ NOT verified")
    assert "topics/khorgos.md" in window.library.status_label.toolTip()
    assert any(line.startswith("topics/khorgos.md: error:") for line in window.problems.lines())
    assert window.problems.isVisible()


def test_a_new_edition_offers_what_changed_and_marks_changed_topics_until_read(
    window: MainWindow, qtbot, pack_copy: Path
):
    qtbot.waitUntil(lambda: window.library.record is not None, timeout=5000)  # edition noted
    assert not window.library.changes_action.isEnabled()
    new_edition(pack_copy)
    window.open_pack_folder(str(pack_copy))
    qtbot.waitUntil(lambda: window.library.changes_button.isVisible(), timeout=5000)
    assert window.library.changes_action.isEnabled()
    assert "1 topic changed, 1 added, 1 removed since" in window.library.changes_button.toolTip()
    model = window.tree.topic_model()

    def changed(topic_id: str) -> bool:
        return bool(model.index_for_topic(topic_id).data(CHANGED_ROLE))

    assert changed("khorgos") and changed("new-corridor")
    assert not changed("bri-at-a-glance")
    assert model.index_for_topic("khorgos").data(6).bold()  # FontRole
    window.library.changes_action.trigger()
    dialog = window.findChild(ChangesDialog)
    assert dialog is not None and dialog.isVisible()
    page = dialog.text.toHtml()
    text = dialog.text.toPlainText()
    assert "A new corridor" in text and "Removed" in text and "(not opened yet)" in text
    assert "dry" in text and "inland" in text
    assert "line-through" in page and "underline" in page
    window.open_topic("khorgos")
    assert not changed("khorgos") and changed("new-corridor")
    window.open_topic("new-corridor")
    assert not window.library.changes_button.isVisible(), "every change read"
    assert window.library.changes_action.isEnabled(), "still there to look back"


def test_the_marks_survive_a_restart_until_read(qtbot, pack_copy: Path, bundled_pack):
    from briefing_app.core import load_pack
    from briefing_app.core.library.editions import note_edition

    note_edition(bundled_pack)
    new_edition(pack_copy)
    for _ in range(2):  # the second window opens the same edition: still unread
        win = MainWindow(load_pack(pack_copy))
        qtbot.addWidget(win)
        win.show()
        qtbot.waitUntil(lambda w=win: w.library.changes_button.isVisible(), timeout=5000)
        win.close()


def test_long_status_texts_are_cut_to_fit_and_never_overlap(
    window: MainWindow, qtbot, tmp_path: Path, monkeypatch
):
    private, _public = generate_key_pair(tmp_path / "k", "A signer whose name is rather long")
    unknown = write_packfile(bundled_pack_path(), tmp_path / "u.briefing", key=private).output
    window.resize(900, 600)
    bar = window.statusBar()
    shown: list[str] = []
    bar.messageChanged.connect(shown.append)
    open_file(window, qtbot, unknown, monkeypatch)
    label = window.library.status_label
    assert label.text().startswith("⚠ Verified · signed by an unknown key")  # the whole text
    assert label.is_elided() and label.shown_text().endswith("…")
    assert label.toolTip().startswith(label.text() + "\n")
    assert any(text.startswith("Warning: this pack file") for text in shown)
    qtbot.waitUntil(lambda: not window.search.progress.isVisible(), timeout=5000)
    # The search says its index is ready in the status bar: let it, so that it does not
    # replace the message shown next.
    qtbot.waitUntil(lambda: any(t.startswith("Search index") for t in shown), timeout=5000)
    window.library.messages().show("Warning: this pack file is " + "very " * 60, 15000)
    window.load_progress.show()  # a permanent widget comes: the message is cut anew

    def shown_widgets() -> list[QWidget]:
        found = [w for w in bar.findChildren(QWidget) if w.parent() is bar and w.isVisible()]
        return sorted(found, key=lambda w: w.x())

    def message_fits() -> bool:
        first = shown_widgets()[0].x()
        return 6 + bar.fontMetrics().horizontalAdvance(bar.currentMessage()) <= first - 2

    qtbot.waitUntil(message_fits, timeout=5000)
    warning = bar.currentMessage()
    assert warning.startswith("Warning: this pack") and warning.endswith("…")
    assert bar.toolTip().endswith("very ")
    for left, right in itertools.pairwise(shown_widgets()):
        assert left.geometry().right() < right.x(), (left, right)  # side by side
    bar.showMessage("Another message")
    assert bar.toolTip() == ""
