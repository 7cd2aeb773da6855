"""Do work once a widget has painted: what the first page does not need waits for it.

The window paints its first page before it builds the search panes or loads
the search index (issue #7: first paint near a bare Qt window).  A widget's
first paint is its first ``QEvent.Paint`` (Qt docs, "QWidget::paintEvent").
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _PaintWatch(QObject):
    """Event filter on one widget: at its first Paint, queue ``slot`` and remove itself."""

    def __init__(self, widget: QWidget, receiver: QObject, slot: Callable[[], None]) -> None:
        super().__init__(receiver)
        self._receiver = receiver
        self._widget = widget
        self._slot = slot
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Qt API: on the watched widget's first paint, queue the slot; never consumes."""
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._receiver, self._slot)
            self.deleteLater()
        return False


def when_painted(widget: QWidget, receiver: QObject, slot: Callable[[], None]) -> None:
    """Call ``slot`` from the event loop once ``widget`` has painted.

    If ``widget`` is already on screen (visible, its window exposed) the call
    is queued at once.  The call runs after the paint event has been handled,
    never inside it, and is dropped if ``receiver`` is deleted first (it
    follows ``QTimer.singleShot(0, receiver, slot)``'s rules).
    """
    handle = widget.window().windowHandle()
    if widget.isVisible() and handle is not None and handle.isExposed():
        QTimer.singleShot(0, receiver, slot)
        return
    _PaintWatch(widget, receiver, slot)
