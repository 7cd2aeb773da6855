"""The window's layout: where the docks go, and the geometry and layout remembered.

Window geometry, dock and splitter state and zoom are saved in QSettings
(versioned: :data:`briefing_app.ui.window.settings.STATE_VERSION`), restored
before the docks are added, and corrected when the saved geometry no longer
fits a screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore  # QtCore.Qt where used: see briefing_app.ui.qt_ints
from PySide6.QtWidgets import QDockWidget

from briefing_app.ui.window import settings as saved

if TYPE_CHECKING:
    from briefing_app.ui.window.main_window import MainWindow


def restore_layout(win: MainWindow) -> None:
    """Restore geometry, dock layout, splitter and zoom saved by an earlier run, if that
    state is current."""
    settings = saved.open_settings()
    if not saved.state_is_current(settings):
        return
    geometry = saved.read_bytes(settings, "window/geometry")
    if geometry is not None:
        win.restoreGeometry(geometry)
        saved.fit_on_screen(win)
    state = saved.read_bytes(settings, "window/state")
    if state is not None:
        win.restoreState(state, saved.STATE_VERSION)
    splitter = saved.read_bytes(settings, "window/splitter")
    if splitter is not None:
        win.splitter.restoreState(splitter)
    win.zoom(saved.read_int(settings, "reader/zoom", 0, saved.MIN_ZOOM, saved.MAX_ZOOM))


def place_docks(win: MainWindow) -> None:
    """Put each dock the restored layout did not place where it goes by default.

    ``restoreState()`` looks the saved docks up by object name among the
    window's children, so it also places docks not yet added (Qt 6's
    ``QDockAreaLayout::restoreState``; ``test_main_window.py`` checks
    it).  A window with saved state thus needs no ``Qt.DockWidgetArea``
    enum before its first frame (see :mod:`briefing_app.ui.qt_ints`).  A
    dock is placed once the window's layout holds it.
    """
    docks = (win.glossary, win.problems, win.prep.notes, win.prep.bookmarks_dock)
    layout = win.layout()
    assert layout is not None  # a QMainWindow always has its own layout
    unplaced = [dock for dock in docks if layout.indexOf(dock) < 0]
    if not unplaced:
        return
    area = QtCore.Qt.DockWidgetArea
    default = {
        win.glossary: (area.RightDockWidgetArea, True),
        win.problems: (area.BottomDockWidgetArea, False),
        win.prep.notes: (area.RightDockWidgetArea, True),  # below the glossary
        win.prep.bookmarks_dock: (area.LeftDockWidgetArea, False),
    }
    for dock in unplaced:
        where, shown = default[dock]
        win.addDockWidget(where, dock)
        if not shown:
            dock.hide()


def remap_floating_docks(win: MainWindow) -> None:
    """Show the floating docks again, now that the window is on screen.

    A dock restored floating is mapped together with the window, and some
    window managers (Openbox) then do not keep it above the window: the
    first click on the window buries it, where it looks lost.  Mapped
    again once the window is up, it stays above, as a dock floated later
    does.
    """
    for dock in win.findChildren(QDockWidget):
        if dock.isFloating() and dock.isVisible():
            dock.hide()
            dock.show()
