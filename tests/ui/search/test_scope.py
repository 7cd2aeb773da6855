"""The Search tab's scope: "This pack" or "All packs" (the library), remembered; in All packs
each hit names its pack, and opening a hit of another pack opens that pack at that topic."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from briefing_app.core import load_pack
from briefing_app.core.library import shelf
from briefing_app.ui.search.controller import SCOPE_KEY
from briefing_app.ui.search.results import HTML_ROLE, PACK_ROLE
from briefing_app.ui.window import settings as saved
from briefing_app.ui.window.main_window import MainWindow
from tests.core.library.test_shelf import small_pack
from tests.ui.search.test_search_ui import listed, select_hit, type_query, wait_for_answer


def choose_scope(window: MainWindow, scope: str) -> None:
    """Choose ``scope`` in the panel's combo box, as a user would."""
    combo = window.search_panel.scope
    combo.setCurrentIndex(combo.findData(scope))


def test_this_pack_is_the_default_and_finds_nothing_of_other_packs(
    window: MainWindow, qtbot, tmp_path: Path
):
    shelf.add(small_pack(tmp_path / "second"))
    assert window.search_panel.current_scope() == "pack"
    type_query(window, qtbot, "caravanserai")
    wait_for_answer(window, qtbot, "caravanserai")
    assert ("topic", "caravan") not in listed(window)


def test_all_packs_labels_hits_with_their_pack_and_opens_the_other_pack_at_the_topic(
    window: MainWindow, qtbot, tmp_path: Path
):
    folder = small_pack(tmp_path / "second")
    shelf.add(folder)
    choose_scope(window, "all")
    assert saved.read_str(saved.open_settings(), SCOPE_KEY) == "all"
    type_query(window, qtbot, "caravanserai")
    wait_for_answer(window, qtbot, "caravanserai")
    assert listed(window) == [("topic", "caravan")]
    first = window.search_panel.model.index(0, 0)
    assert first.data(PACK_ROLE) == "Second pack"
    assert "in Second pack" in first.data(HTML_ROLE)
    select_hit(window, qtbot, ("topic", "caravan"))
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.pack.root == folder and window.pack.info.id == "second"
    assert window.reader.page == ("topic", "caravan")
    assert "caravanserai" in window.reader.toPlainText()
    qtbot.waitUntil(lambda: window.search.reader_marks.count > 0, timeout=10_000)
    qtbot.waitUntil(lambda: shelf.entries()[0].id == "second", timeout=10_000)


def test_all_packs_from_another_pack_finds_the_bundled_pack_and_goes_back(qtbot, tmp_path: Path):
    folder = small_pack(tmp_path / "second")
    win = MainWindow(load_pack(folder))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    choose_scope(win, "all")
    type_query(win, qtbot, "Khorgos")
    wait_for_answer(win, qtbot, "Khorgos")
    hits = listed(win)
    assert ("topic", "khorgos") in hits
    row = hits.index(("topic", "khorgos"))
    assert win.search_panel.model.index(row, 0).data(PACK_ROLE).startswith("Kazakhstan")
    win.search.open_hit("topic", "khorgos")
    assert win.pack.info.id == "kazakhstan-bri"
    assert win.reader.page == ("topic", "khorgos")


def test_the_scope_is_remembered_for_the_next_window(qtbot):
    settings = saved.open_settings()
    settings.setValue(SCOPE_KEY, "all")
    settings.sync()
    win = MainWindow(load_pack())
    qtbot.addWidget(win)
    assert win.search_panel.current_scope() == "all"
    assert win.search.service.everywhere


def test_an_answer_across_packs_that_takes_a_while_says_it_is_coming(
    window: MainWindow, qtbot, tmp_path: Path, monkeypatch
):
    """A pack of the library may be indexed before it answers: the status line says the
    search is under way instead of showing nothing for seconds."""
    import time

    from briefing_app.core.library.search_all import LibrarySearch

    real_search = LibrarySearch.search

    def slow_search(self, *args, **kwargs):
        time.sleep(1.0)  # a pack being indexed
        return real_search(self, *args, **kwargs)

    monkeypatch.setattr(LibrarySearch, "search", slow_search)
    shelf.add(small_pack(tmp_path / "second"))
    choose_scope(window, "all")
    type_query(window, qtbot, "caravanserai")
    status = window.search_panel.status
    qtbot.waitUntil(lambda: status.text() == "Searching every pack for “caravanserai”…")
    wait_for_answer(window, qtbot, "caravanserai")
    assert status.text() == "1 result for “caravanserai”"
