"""Full-screen reading (F11): the page alone on the screen; F11 or Esc returns.

Entering hides the menu bar, the toolbar, the status bar, the breadcrumb and
every dock, and shows the window full screen (Qt docs,
``QWidget::showFullScreen``); leaving puts back exactly what was there, the
docks as ``saveState()`` recorded them, and the window as it was (normal or
maximised).  The reading keys keep working meanwhile: the actions they belong
to are also the window's own (``QWidget.addAction``), as a hidden menu bar's
shortcuts would not fire.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from briefing_app.ui.window.main_window import MainWindow


class FullScreenReading(QObject):
    """Switches ``window`` in and out of full-screen reading.

    Signals:
        toggled(on): full-screen reading started (True) or ended (False).
    """

    toggled = Signal(bool)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._state: QByteArray | None = None  # the docks before; None: not full screen
        self._was_maximized = False
        self._bars: list[tuple[QWidget, bool]] = []

    @property
    def active(self) -> bool:
        """True while the window is in full-screen reading."""
        return self._state is not None

    def set_active(self, on: bool) -> None:
        """Enter (``on``) or leave full-screen reading; doing what is already done does nothing."""
        if on == self.active:
            return
        win = self._window
        if on:
            self._state = win.saveState()
            self._was_maximized = win.isMaximized()
            bars = (win.menuBar(), win.main_toolbar, win.statusBar(), win.prep.breadcrumb)
            self._bars = [(bar, bar.isVisible()) for bar in bars]
            for bar, _shown in self._bars:
                bar.hide()
            for dock in win.docks():
                dock.hide()
            win.showFullScreen()
            win.reader.setFocus()
        else:
            state, self._state = self._state, None
            for bar, shown in self._bars:
                bar.setVisible(shown)
            if state is not None:
                win.restoreState(state)
            if self._was_maximized:
                win.showMaximized()
            else:
                win.showNormal()
        self.toggled.emit(on)

    def toggle(self) -> None:
        """F11: enter full-screen reading, or leave it."""
        self.set_active(not self.active)

    def leave(self) -> None:
        """Esc: leave full-screen reading (nothing happens outside it)."""
        self.set_active(False)
