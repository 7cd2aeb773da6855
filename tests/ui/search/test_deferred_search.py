"""Search is built after the first paint; nothing a user does before that is lost, and the
results dock comes back as it was left (docked, floating or beside a collapsed reader)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from briefing_app.core import load_pack
from briefing_app.ui.search.panel import SearchPanel
from briefing_app.ui.window.actions import in_front
from briefing_app.ui.window.main_window import MainWindow


def menu(win: MainWindow, title: str):
    return next(a.menu() for a in win.menuBar().actions() if a.text() == title)


def test_search_is_built_once_the_first_page_has_painted(qtbot):
    win = MainWindow(load_pack())
    qtbot.addWidget(win)
    assert win.findChild(SearchPanel) is None, "nothing of search before the first paint"
    win.show()
    qtbot.waitUntil(lambda: win.findChild(SearchPanel) is not None)
    view = [a.text() for a in menu(win, "&View").actions()]
    assert win.search_toggle.text() in view
    qtbot.waitUntil(lambda: bool(win.tabifiedDockWidgets(win.search_panel)))  # a sidebar tab
    assert not in_front(win.search_panel), "the results tab waits for a search"
    assert in_front(win.contents)


def test_typing_before_search_is_built_still_searches(qtbot):
    win = MainWindow(load_pack())
    qtbot.addWidget(win)
    qtbot.keyClicks(win.search_box, "Khorgos")
    assert win.findChild(SearchPanel) is not None
    qtbot.waitUntil(
        lambda: (
            win.search_panel.outcome is not None and win.search_panel.outcome.query == "Khorgos"
        ),
        timeout=10000,
    )
    assert win.search_panel.outcome.hits
    qtbot.keyClick(win.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.reader.page is not None and win.search.reader_marks.count > 0)


def test_find_in_page_works_before_search_is_built(qtbot):
    win = MainWindow(load_pack())
    qtbot.addWidget(win)
    win.open_topic("khorgos")
    win.find_in_page_action.trigger()
    assert win.search.find_bar.isVisibleTo(win)


def with_results_dock_open(qtbot) -> MainWindow:
    """A shown window whose results dock the user opened."""
    win = MainWindow(load_pack())
    qtbot.addWidget(win)
    win.show()
    win.search_panel.show()
    return win


def restarted(qtbot) -> MainWindow:
    """The next session's window: state restored, shown, search built without any typing."""
    win = MainWindow(load_pack(), restore=True)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.findChild(SearchPanel) is not None, timeout=3000)
    return win


def test_an_open_results_dock_comes_back_where_it_was(qtbot):
    first = with_results_dock_open(qtbot)
    first.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, first.search_panel)
    first.close()
    second = restarted(qtbot)
    assert in_front(second.search_panel)
    assert second.dockWidgetArea(second.search_panel) == Qt.DockWidgetArea.RightDockWidgetArea
    assert "search box (Ctrl+K)" in second.search_panel.status.text(), "not a blank panel"


def test_an_open_results_dock_comes_back_when_the_reader_never_paints(qtbot):
    first = with_results_dock_open(qtbot)
    first.close()
    second = MainWindow(load_pack(), restore=True)
    qtbot.addWidget(second)
    second.centralWidget().hide()  # the reader never paints: search is built all the same
    second.show()
    qtbot.waitUntil(lambda: second.findChild(SearchPanel) is not None, timeout=3000)
    qtbot.waitUntil(lambda: bool(second.tabifiedDockWidgets(second.search_panel)))
    assert not second.search_panel.isHidden(), "back in the sidebar as it was left"


def test_a_floating_results_dock_is_floating_and_open_after_a_restart(qtbot):
    first = with_results_dock_open(qtbot)
    first.search_panel.setFloating(True)
    first.close()
    # On X11 closing the window also hides its floating docks (not on the offscreen platform);
    # then the application's aboutToQuit comes.
    first.search_panel.hide()
    first.save_state_at_quit()
    second = restarted(qtbot)
    assert second.search_panel.isFloating() and second.search_panel.isVisible()
