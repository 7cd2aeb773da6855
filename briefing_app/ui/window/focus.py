"""Moving between the window's panes by keyboard, and seeing where the focus is.

F6 moves the keyboard focus to the next pane, Shift+F6 to the previous one,
in the order they are seen: the docks on the left, the topic tree, the
reader, the docks on the right, the docks at the bottom, then floating
docks (the convention of Windows, GNOME and KDE applications, and of web
browsers, for "cycle through the panes").  Hidden panes, and docks behind
another dock's tab, are skipped.

The panes are listed by :func:`window_panes`, the one place to change when
the window's layout changes; each is a :class:`Pane`: the widget that holds
it, and the widget that takes the focus when F6 arrives (the glossary's
filter box, say).

Qt's Fusion style draws no focus indication around a text browser or an
item view's frame (only the current row of a view changes colour), so a
:class:`FocusRing` draws a thin frame in the palette's highlight colour
around a pane that has the focus (WCAG 2.1 success criterion 2.4.7, "Focus
Visible"; the highlight is at least 3:1 against the base colour in every
theme, criterion 1.4.11).  Rings are added after the first paint: making
one sets a widget attribute, a ``Qt`` enum (see
:mod:`briefing_app.ui.qt_ints`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget

from briefing_app.ui.window.actions import in_front

if TYPE_CHECKING:
    from briefing_app.ui.window.main_window import MainWindow

#: Width of the focus ring, in device-independent pixels.
RING_WIDTH = 2


@dataclass(frozen=True)
class Pane:
    """One stop of F6: ``area`` holds the pane (a dock, the tree, the reader's column);
    ``entry`` is the widget given the focus when the pane is reached."""

    area: QWidget
    entry: QWidget


def window_panes(win: MainWindow) -> list[Pane]:
    """Return every pane of ``win`` that F6 may visit, shown or not, in no particular order.

    The order is worked out from where the panes are (:func:`visual_order`);
    a pane with nothing to focus (the bookmarks dock while it lists no
    bookmarks) is dropped by :func:`focusable_panes`.
    """
    prep = win.prep
    notes_entry = prep.notes.stack.currentWidget() or prep.notes.editor
    panes = [
        Pane(win.contents, win.tree),
        Pane(win.reader, win.reader),
        Pane(win.glossary, win.glossary.filter_box),
        Pane(prep.bookmarks_dock, prep.bookmarks_dock.bookmark_list),
        Pane(prep.notes, notes_entry),
        Pane(win.problems, win.problems.problem_list),
    ]
    search = built_search_dock(win)
    if search is not None:
        panes.append(Pane(search, getattr(search, "results", search)))
    return panes


def built_search_dock(win: QWidget) -> QDockWidget | None:
    """Return the search results dock if search is built yet (it is made after the first
    paint, see :mod:`briefing_app.ui.window.main_window`), else None."""
    return win.findChild(QDockWidget, "search-dock")


def _area_rank(win: MainWindow, area: QWidget) -> int:
    """Where ``area`` sits: 0 top, 1 left, 2 centre, 3 right, 4 bottom, 5 floating."""
    if not isinstance(area, QDockWidget):
        return 2
    if area.isFloating():
        return 5
    from PySide6 import QtCore

    where = QtCore.Qt.DockWidgetArea
    return {
        where.TopDockWidgetArea: 0,
        where.LeftDockWidgetArea: 1,
        where.RightDockWidgetArea: 3,
        where.BottomDockWidgetArea: 4,
    }.get(win.dockWidgetArea(area), 2)


def visual_order(win: MainWindow, panes: list[Pane]) -> list[Pane]:
    """Return ``panes`` in the order they are seen: by dock area (top, left, centre, right,
    bottom, floating), then left to right, then top to bottom."""

    def key(pane: Pane) -> tuple[int, int, int]:
        corner = pane.area.mapTo(win, pane.area.rect().topLeft())
        if isinstance(pane.area, QDockWidget) and pane.area.isFloating():
            corner = pane.area.mapToGlobal(pane.area.rect().topLeft())
        rank = _area_rank(win, pane.area)
        if rank in (1, 2, 3):  # side by side: left to right first
            return rank, corner.x(), corner.y()
        return rank, corner.y(), corner.x()

    return sorted(panes, key=key)


def focusable_panes(win: MainWindow) -> list[Pane]:
    """Return the panes F6 visits now, in visual order: shown, with a shown entry that
    accepts the focus."""
    shown = [
        pane
        for pane in window_panes(win)
        if in_front(pane.area) and in_front(pane.entry) and pane.entry.isEnabled()
    ]
    return visual_order(win, shown)


def current_pane(panes: list[Pane], focus: QWidget | None) -> int:
    """Return the index in ``panes`` of the pane holding ``focus``, or -1."""
    if focus is None:
        return -1
    for index, pane in enumerate(panes):
        if focus is pane.area or pane.area.isAncestorOf(focus):
            return index
    return -1


def cycle_focus(win: MainWindow, step: int) -> QWidget | None:
    """Give the focus to the next (``step=1``, F6) or previous (``-1``, Shift+F6) pane.

    From outside every pane (the search box, say) F6 goes to the first pane
    and Shift+F6 to the last.  Returns the widget focused, or None if no pane
    is shown.
    """
    from PySide6 import QtCore

    add_focus_rings(ring_targets(win))  # panes built since the first paint get theirs
    panes = focusable_panes(win)
    if not panes:
        return None
    here = current_pane(panes, QApplication.focusWidget())
    if here < 0:  # from outside the panes: the first one forwards, the last one backwards
        here = -1 if step > 0 else 0
    target = panes[(here + step) % len(panes)]
    if isinstance(target.area, QDockWidget) and target.area.isFloating():
        target.area.activateWindow()
    reasons = QtCore.Qt.FocusReason
    target.entry.setFocus(reasons.TabFocusReason if step > 0 else reasons.BacktabFocusReason)
    return target.entry


def set_tab_orders(win: MainWindow) -> None:
    """Make Tab go through each dock from top to bottom (Qt docs, ``QWidget::setTabOrder``):
    the glossary's filter, term list and card; the notes' Preview button and note."""
    glossary = win.glossary
    QWidget.setTabOrder(glossary.filter_box, glossary.term_list)
    QWidget.setTabOrder(glossary.term_list, glossary.definition)
    notes = win.prep.notes
    QWidget.setTabOrder(notes.preview_button, notes.editor)


class FocusRing(QWidget):
    """A frame in the palette's highlight colour around ``target`` while it has the focus.

    The ring is a child of ``target`` laid over it, transparent to the mouse,
    drawing only its border; it follows the target's size and focus through
    an event filter.
    """

    def __init__(self, target: QWidget) -> None:
        super().__init__(target)
        from PySide6 import QtCore

        self.setObjectName("focus-ring")
        self.setAttribute(QtCore.Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
        self._target = target
        target.installEventFilter(self)
        self.setGeometry(target.rect())
        self.setVisible(target.hasFocus())
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Qt API: show on the target's FocusIn, hide on FocusOut, follow its Resize."""
        kind = event.type()
        if watched is self._target:
            if kind == QEvent.Type.FocusIn:
                self.setGeometry(self._target.rect())
                self.raise_()
                self.show()
            elif kind == QEvent.Type.FocusOut:
                self.hide()
            elif kind == QEvent.Type.Resize:
                self.setGeometry(self._target.rect())
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        """Qt API: draw the ring just inside the target's edge."""
        painter = QPainter(self)
        pen = QPen(self.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight))
        pen.setWidth(RING_WIDTH)
        painter.setPen(pen)
        half = RING_WIDTH // 2
        painter.drawRect(QRect(self.rect()).adjusted(half, half, -half, -half))
        painter.end()


def add_focus_rings(widgets: list[QWidget]) -> list[FocusRing]:
    """Put a :class:`FocusRing` on each of ``widgets`` that has none yet; return the new rings."""
    rings = []
    for widget in widgets:
        if widget.findChild(FocusRing, "focus-ring") is None:
            rings.append(FocusRing(widget))
    return rings


def ring_targets(win: MainWindow) -> list[QWidget]:
    """Return the panes' scrolling widgets that get a focus ring (Fusion shows none on them)."""
    prep = win.prep
    targets: list[QWidget] = [
        win.tree,
        win.reader,
        win.glossary.term_list,
        win.glossary.definition,
        prep.bookmarks_dock.bookmark_list,
        prep.notes.editor,
        win.problems.problem_list,
    ]
    search = built_search_dock(win)
    results = getattr(search, "results", None)
    if isinstance(results, QWidget):
        targets.append(results)
    return targets
