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


def restore_layout(win: MainWindow) -> bool:
    """Restore geometry, dock layout and zoom saved by an earlier run, if that state is current;
    return True if it was (False: nothing saved, or saved by an older layout)."""
    settings = saved.open_settings()
    if not saved.state_is_current(settings):
        return False
    geometry = saved.read_bytes(settings, "window/geometry")
    if geometry is not None:
        win.restoreGeometry(geometry)
        saved.fit_on_screen(win)
    state = saved.read_bytes(settings, "window/state")
    if state is not None:
        win.restoreState(state, saved.STATE_VERSION)
    win.zoom(saved.read_int(settings, "reader/zoom", 0, saved.MIN_ZOOM, saved.MAX_ZOOM))
    return state is not None


def apply_reading_settings(win: MainWindow) -> None:
    """Give the reader the measure and, if one was chosen, the font saved in Preferences."""
    settings = saved.open_settings()
    win.reader.set_measure(saved.reading_measure(settings))
    if settings.contains(saved.FONT_FAMILY_KEY) or settings.contains(saved.FONT_SIZE_KEY):
        win.set_reading_font(saved.reading_font(settings))


def place_docks(win: MainWindow) -> None:
    """Put each dock the restored layout did not place where it goes by default.

    The default layout is one calm window: the reader alone in the middle; on
    the left one sidebar whose docks are tabs (Contents first, then Glossary and
    Bookmarks; Search joins when it is built, :func:`place_search`); notes and
    problems below the reader, hidden until wanted.  The left area owns the
    bottom-left corner, so a panel below the reader never runs under the sidebar
    (``QMainWindow.setCorner``, which ``saveState()`` keeps).

    ``restoreState()`` looks the saved docks up by object name among the
    window's children, so it also places docks not yet added (Qt 6's
    ``QDockAreaLayout::restoreState``; ``test_main_window.py`` checks
    it).  A window with saved state thus needs no ``Qt.DockWidgetArea``
    enum before its first frame (see :mod:`briefing_app.ui.qt_ints`).  A
    dock is placed once the window's layout holds it.
    """
    sidebar = (win.contents, win.glossary, win.prep.bookmarks_dock)
    below = (win.prep.notes, win.problems)
    layout = win.layout()
    assert layout is not None  # a QMainWindow always has its own layout
    unplaced = [dock for dock in (*sidebar, *below) if layout.indexOf(dock) < 0]
    if not unplaced:
        return
    qt = QtCore.Qt
    win.setCorner(qt.Corner.BottomLeftCorner, qt.DockWidgetArea.LeftDockWidgetArea)
    win.setCorner(qt.Corner.TopLeftCorner, qt.DockWidgetArea.LeftDockWidgetArea)
    for dock in unplaced:
        if dock in sidebar:
            add_to_sidebar(win, dock)
        else:
            win.addDockWidget(qt.DockWidgetArea.BottomDockWidgetArea, dock)
            dock.hide()
    win.contents.raise_()
    win.resizeDocks([win.contents], [SIDEBAR_WIDTH], qt.Orientation.Horizontal)


#: The sidebar's width on a first start (device-independent pixels): its four tabs unelided
#: in each interface language (Russian's need 343).
SIDEBAR_WIDTH = 360


def add_to_sidebar(win: MainWindow, dock: QDockWidget) -> None:
    """Add ``dock`` to the left area as one more tab of the sidebar, after the others."""
    qt = QtCore.Qt
    tabs = [
        other
        for other in (
            win.contents,
            win.glossary,
            win.prep.bookmarks_dock,
            win.findChild(QDockWidget, "search-dock"),
        )
        if other is not None
        and other is not dock
        and win.dockWidgetArea(other) == qt.DockWidgetArea.LeftDockWidgetArea
    ]
    win.addDockWidget(qt.DockWidgetArea.LeftDockWidgetArea, dock)
    if tabs:
        win.tabifyDockWidget(tabs[-1], dock)


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
