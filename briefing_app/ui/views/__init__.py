"""Views of the pack besides its pages: the glance page, the timeline, the map, rehearsal.

:data:`VIEWS` maps each view's name to the function that opens it on a main
window and returns the widget showing it; Go menu entries and
``briefing-app --screenshot FILE --view NAME`` both go through
:func:`show_view`.  Add a view by adding an entry.  Nothing here imports
Qt or a view's module until the view is opened: the window's start never
pays for them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from briefing_app.ui.window.main_window import MainWindow


def _glance(window: MainWindow) -> QWidget:
    window.show_glance()
    return window


def _timeline(window: MainWindow) -> QWidget:
    from briefing_app.ui.views.timeline_window import open_timeline

    return open_timeline(window)


def _map(window: MainWindow) -> QWidget:
    from briefing_app.ui.views.map import show_map

    return show_map(window)


def _rehearse(window: MainWindow) -> QWidget:
    from briefing_app.ui.views.rehearse import open_rehearsal

    return open_rehearsal(window)


#: View name -> the function that shows it on the main window and returns the widget it is in.
VIEWS: dict[str, Callable[[MainWindow], QWidget]] = {
    "glance": _glance,
    "timeline": _timeline,
    "map": _map,
    "rehearse": _rehearse,
}


def show_view(window: MainWindow, name: str) -> QWidget:
    """Show view ``name`` (a key of :data:`VIEWS`) on ``window``; return the widget showing it.

    Raises:
        KeyError: no view of that name.
    """
    return VIEWS[name](window)
