"""File → Library…: the bundled pack and the added ones listed; Open switches the window's pack
and records it; Remove takes one off (never the bundled pack); packs opened otherwise are added."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from briefing_app.core.library import shelf
from briefing_app.ui.library.shelf_dialog import ShelfDialog
from briefing_app.ui.library.shelf_model import ENTRY_ROLE, ShelfModel
from briefing_app.ui.window.main_window import MainWindow
from tests.core.library.test_shelf import small_pack


def open_dialog(window: MainWindow, qtbot) -> ShelfDialog:
    """Open File → Library… and return the dialog."""
    window.library.shelf_action.trigger()
    dialog = window.findChild(ShelfDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def titles(dialog: ShelfDialog) -> list[str]:
    return [dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())]


def select(dialog: ShelfDialog, entry_id: str) -> None:
    row = dialog.model.row_of(entry_id)
    assert row >= 0, entry_id
    dialog.table.setCurrentIndex(dialog.model.index(row, 0))


def test_the_menu_entry_has_its_shortcut_and_the_model_is_sound(window: MainWindow, qtmodeltester):
    assert window.library.shelf_action.shortcuts()[0].toString() == "Ctrl+Shift+L"
    file_menu = window.menuBar().actions()[0].menu()
    assert window.library.shelf_action in file_menu.actions()
    model = ShelfModel()
    model.set_entries(shelf.entries())
    qtmodeltester.check(model)


def test_sizes_are_in_decimal_units_as_the_command_line_gives_them():
    import dataclasses

    big = dataclasses.replace(shelf.entries()[0], size=158_400_000)
    model = ShelfModel()
    model.set_entries([big])
    assert model.index(0, 4).data() == "158.4 MB"


def test_the_list_shows_the_bundled_pack_and_an_added_one(
    window: MainWindow, qtbot, tmp_path: Path, monkeypatch
):
    dialog = open_dialog(window, qtbot)
    assert titles(dialog) == ["Kazakhstan and the Belt and Road Initiative"]
    assert not dialog.remove_button.isEnabled(), "the bundled pack stays"
    folder = small_pack(tmp_path / "second")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(folder))
    dialog.add_folder_action.trigger()
    qtbot.waitUntil(lambda: "Second pack" in titles(dialog), timeout=10_000)
    row = dialog.model.row_of("second")
    assert dialog.table.currentIndex().row() == row, "the new pack is selected"
    cells = [dialog.model.index(row, c).data() for c in range(dialog.model.columnCount())]
    assert cells[:4] == ["Second pack", "3 (2026-01-15)", "Trade delegations", "10 January 2026"]
    assert cells[4] and cells[5] == str(folder) and cells[6] == ""
    assert dialog.remove_button.isEnabled()
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog.reveal_button.click()
    assert opened == [QUrl.fromLocalFile(str(folder))]


def test_a_bad_folder_is_refused_with_a_message(
    window: MainWindow, qtbot, tmp_path: Path, _no_modal_dialogs: list[str]
):
    dialog = open_dialog(window, qtbot)
    (tmp_path / "empty").mkdir()
    dialog.add_path(str(tmp_path / "empty"))
    qtbot.waitUntil(lambda: bool(_no_modal_dialogs), timeout=10_000)
    assert _no_modal_dialogs[0].startswith("warning: Cannot add the pack: ")
    assert str(tmp_path / "empty") in _no_modal_dialogs[0]
    assert len(titles(dialog)) == 1


def test_open_switches_the_windows_pack_and_records_it(window: MainWindow, qtbot, tmp_path: Path):
    folder = small_pack(tmp_path / "second")
    shelf.add(folder)
    dialog = open_dialog(window, qtbot)
    assert titles(dialog)[0] == "Second pack", "recently added first"
    select(dialog, "second")
    dialog.open_button.click()
    assert window.pack.info.id == "second" and window.pack.root == folder
    assert window.reader.page == ("glance", ""), "a pack new to the reader opens at a glance"
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: shelf.find("second").opened != "", timeout=10_000)
    dialog = open_dialog(window, qtbot)
    select(dialog, "kazakhstan-bri")
    dialog.table.doubleClicked.emit(dialog.table.currentIndex())
    assert window.pack.info.id == "kazakhstan-bri"
    qtbot.waitUntil(lambda: shelf.entries()[0].bundled, timeout=10_000)


def test_remove_takes_the_pack_off_the_list(window: MainWindow, qtbot, tmp_path: Path):
    shelf.add(small_pack(tmp_path / "second"))
    dialog = open_dialog(window, qtbot)
    select(dialog, "second")
    dialog.remove_button.click()
    assert titles(dialog) == ["Kazakhstan and the Belt and Road Initiative"]
    assert shelf.find("second") is None
    assert (tmp_path / "second" / "briefing.yaml").is_file()


@pytest.mark.parametrize("how", ["File → Open", "a pack file"])
def test_a_pack_opened_otherwise_is_added_to_the_library(
    window: MainWindow, qtbot, tmp_path: Path, how: str
):
    folder = small_pack(tmp_path / "second")
    path = folder
    if how == "a pack file":
        from briefing_app.core.library.writer import write_packfile

        path = write_packfile(folder, tmp_path / "second.briefing").output
    window.open_pack_folder(str(path))
    qtbot.waitUntil(lambda: shelf.find_path(path) is not None, timeout=10_000)
    entry = shelf.entries()[0]
    assert entry.path == str(path) and entry.opened
    assert entry.format == ("packfile" if how == "a pack file" else "briefing")
    dialog = open_dialog(window, qtbot)
    assert dialog.model.index(0, 0).data(ENTRY_ROLE).path == str(path)
    if how == "a pack file":
        assert dialog.model.index(0, 6).data() == "Unsigned"


def test_a_pack_given_with_content_is_added_as_opened(qtbot, tmp_path: Path):
    from briefing_app.core import load_pack

    folder = small_pack(tmp_path / "second")
    win = MainWindow(load_pack(folder))  # as ``briefing-app --content FOLDER`` builds it
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: shelf.find_path(folder) is not None, timeout=10_000)
    assert shelf.entries()[0].id == "second" and shelf.entries()[0].opened


def test_the_signature_column_says_which_files_were_altered(qapp):
    from briefing_app.core.library.shelf import Entry

    altered = Entry(
        "k",
        "/p/k.briefing",
        format="packfile",
        signature="signed by Policy Unit (trusted)",
        signature_state="trusted",
        integrity="ALTERED: topics/khorgos.md",
        integrity_state="altered",
        failed_files=["topics/khorgos.md"],
    )
    refused = Entry("r", "/p/r.briefing", format="packfile", integrity_state="refused")
    good = Entry(
        "g",
        "/p/g.briefing",
        format="packfile",
        signature_state="unsigned",
        integrity="verified",
        integrity_state="verified",
    )
    model = ShelfModel()
    model.set_entries([altered, refused, good])
    assert model.index(0, 6).data() == "ALTERED: topics/khorgos.md · Signed by Policy Unit"
    assert "ALTERED: topics/khorgos.md" in model.index(0, 6).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, 6).data().startswith("Refused")
    assert model.index(2, 6).data() == "Unsigned"
