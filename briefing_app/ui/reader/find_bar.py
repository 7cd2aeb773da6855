"""The find-in-page bar (Ctrl+F): a small box over the reader's top right corner.

It finds what is typed in the page the reader shows, as a browser's find
does, with the search's folding (case, accents, Kazakh letters, Cyrillic to
Latin; :func:`~briefing_app.core.search.pagefind.find_all`), marks every match
through the pane's :class:`~briefing_app.ui.reader.occurrences.OccurrenceMarks`,
and says "3 of 12".  Enter or the down arrow goes to the next match,
Shift+Enter or the up arrow to the previous one, Esc (in the bar or the
page) closes the bar and returns to the page.  When the page changes while the bar is open, the new
page is searched too.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QTextEdit, QToolButton

from briefing_app.ui.i18n import Context
from briefing_app.ui.reader.occurrences import OccurrenceMarks

Find = Context("Find")

#: Pages longer than this (characters) are searched after a pause in typing, not on every key.
LONG_PAGE = 200_000
#: The pause, in milliseconds.
LONG_PAGE_DELAY_MS = 150


class FindBar(QFrame):
    """Find in the page shown by ``view`` (see module doc).

    Args:
        view: the reading pane; the bar is its child, drawn over its top right.
        marks: the pane's occurrence marks (shared with search highlighting).

    Signals:
        closed(): the bar was closed (Esc or its close button).
    """

    closed = Signal()

    def __init__(self, view: QTextEdit, marks: OccurrenceMarks) -> None:
        super().__init__(view)
        self.setObjectName("find-bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self._view = view
        self.marks = marks
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 4, 4)
        layout.setSpacing(4)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(Find.tr("Find in page"))
        self.edit.setAccessibleName(Find.tr("Find in page"))
        self.edit.setAccessibleDescription(
            Find.tr(
                "Marks the text in the page; Enter and Shift+Enter go to the next and previous match"
            )
        )
        self.edit.setClearButtonEnabled(True)
        self.edit.setMinimumWidth(180)
        self.count_label = QLabel(self)
        self.count_label.setMinimumWidth(72)
        self.count_label.setAccessibleName(Find.tr("Matches"))
        self.previous_button = self._button(
            Qt.ArrowType.UpArrow, Find.tr("Previous match"), Find.tr("Previous match (Shift+F3)")
        )
        self.next_button = self._button(
            Qt.ArrowType.DownArrow, Find.tr("Next match"), Find.tr("Next match (F3)")
        )
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(Find.tr("Close (Esc)"))
        self.close_button.setAccessibleName(Find.tr("Close find bar"))
        for widget in (self.edit, self.count_label, self.previous_button, self.next_button):
            layout.addWidget(widget)
        layout.addWidget(self.close_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.find_text)
        self.edit.textChanged.connect(self._on_text)
        self.edit.installEventFilter(self)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.close_button.clicked.connect(self.close_bar)
        marks.marks_changed.connect(self._show_count)
        view.textChanged.connect(self._on_page_changed)
        view.installEventFilter(self)
        self.hide()

    def _button(self, arrow: Qt.ArrowType, name: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setArrowType(arrow)
        button.setAutoRaise(True)
        button.setToolTip(tip)
        button.setAccessibleName(name)
        return button

    # -- opening and closing ----------------------------------------------------

    def open_bar(self, text: str = "") -> None:
        """Show the bar with ``text`` (or the last text) selected, focus it and find."""
        if text:
            self.edit.setText(text)
        self.show()
        self.raise_()
        self._place()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()
        self.find_text()

    def close_bar(self) -> None:
        """Hide the bar, remove its marks and give the focus back to the page."""
        if self.isVisible():
            # Focus first: hiding the focused box would pass the focus on as Tab does,
            # and a text browser given the focus by Tab selects its first link.
            self._view.setFocus(Qt.FocusReason.OtherFocusReason)
            self.hide()
            self.marks.clear()
            self.closed.emit()

    # -- finding ----------------------------------------------------------------

    def find_text(self, scroll: bool = True) -> int:
        """Mark the bar's text in the page, the first match current; return the number found."""
        self._timer.stop()
        text = self.edit.text()
        from briefing_app.core.search.pagefind import find_all  # on first use, not at start-up

        spans = find_all(self._view.toPlainText(), text) if text.strip() else []
        count = self.marks.set_spans(spans, scroll=scroll)
        self._show_count(self.marks.current, count)
        return count

    def step(self, delta: int) -> bool:
        """Go to the next (``delta=1``) or previous (``-1``) match; False if there is none."""
        if self.marks.count == 0 and self.edit.text().strip():
            self.find_text()
            return self.marks.count > 0
        return self.marks.step(delta)

    def _on_text(self, _text: str) -> None:
        if len(self._view.toPlainText()) > LONG_PAGE:
            self._timer.start(LONG_PAGE_DELAY_MS)
        else:
            self.find_text()

    def _on_page_changed(self) -> None:
        if self.isVisible() and self.edit.text().strip():
            QTimer.singleShot(0, self, lambda: self.find_text(scroll=False))

    def _show_count(self, current: int, count: int) -> None:
        if not self.edit.text().strip():
            self.count_label.setText("")
        elif count == 0:
            self.count_label.setText(Find.tr("No matches"))
        else:
            self.count_label.setText(
                Find.tr("%1 of %2").replace("%1", str(current + 1)).replace("%2", str(count))
            )

    # -- placement and keys -------------------------------------------------------

    def _place(self) -> None:
        self.adjustSize()
        viewport = self._view.viewport().geometry()
        x = max(0, viewport.right() - self.width() - 12)
        self.move(x, viewport.top() + 6)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Qt API: follow the pane's size; Esc in the pane; Enter, Shift+Enter, arrows, Esc in the box."""
        if watched is self._view and self.isVisible():
            if event.type() == QEvent.Type.Resize:
                self._place()
            elif (
                event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Escape
            ):
                self.close_bar()
                return True
        elif watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.step(-1 if shift else 1)
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self.step(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)
