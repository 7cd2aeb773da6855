"""Occurrences marked in a text pane: every match highlighted, one of them current.

:class:`OccurrenceMarks` draws spans of a ``QTextEdit``'s plain text
(``toPlainText()``, code-point offsets, as :meth:`SearchIndex.find_spans`
and :func:`~briefing_app.core.search.pagefind.find_all` return them) as
``QTextEdit.ExtraSelection`` s; the current one in a stronger colour.  F3
and Shift+F3 step through them (:meth:`OccurrenceMarks.step`), scrolling the
current one into view.  The marks go when the pane shows another page
(``textChanged``).

``QTextDocument`` positions count UTF-16 units and ``toPlainText()`` has one
character per document position (paragraph and frame separators become
``\\n``; Qt ``QTextDocument::toPlainText``), so offsets carry over once
characters outside the Basic Multilingual Plane are counted twice.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from briefing_app.ui.theme import reader_scheme

Span = tuple[int, int]

#: Background and text colours of the marks: (all, current), for each reader scheme.
#: Dark text on a yellow or orange ground reads in all; the dark theme's are toned down, and
#: high contrast marks the current match in cyan, apart from its yellow links.
COLOURS = {
    "light": (("#ffe86b", "#1a1a1a"), ("#ff9a3c", "#000000")),
    "dark": (("#b39a1e", "#000000"), ("#ff9a3c", "#000000")),
    "high-contrast": (("#ffff00", "#000000"), ("#1aebff", "#000000")),
}


def utf16_positions(text: str, spans: Sequence[Span]) -> list[Span]:
    """Return ``spans`` (code-point offsets into ``text``) as UTF-16 offsets (document positions)."""
    if text.isascii() or max(text) <= "\uffff":
        return list(spans)
    extra = [0] * (len(text) + 1)
    count = 0
    for position, char in enumerate(text):
        extra[position] = count
        if char > "\uffff":
            count += 1
    extra[len(text)] = count
    return [(start + extra[start], end + extra[end]) for start, end in spans]


class OccurrenceMarks(QObject):
    """The marked occurrences in one text pane (see module doc).

    Signals:
        marks_changed(current, count): the marks or the current one changed;
            ``current`` is 0-based (-1 with no marks).
    """

    marks_changed = Signal(int, int)

    def __init__(self, view: QTextEdit) -> None:
        super().__init__(view)
        self.view = view
        self._cursors: list[QTextCursor] = []
        self._current = -1
        view.textChanged.connect(self.clear)

    @property
    def count(self) -> int:
        """The number of marks."""
        return len(self._cursors)

    @property
    def current(self) -> int:
        """The index of the current mark, -1 if there is none."""
        return self._current

    def current_span(self) -> Span | None:
        """Return the document positions ``(start, end)`` of the current mark, or None."""
        if self._current < 0:
            return None
        cursor = self._cursors[self._current]
        return cursor.selectionStart(), cursor.selectionEnd()

    def set_spans(self, spans: Sequence[Span], scroll: bool = True) -> int:
        """Mark ``spans`` of the pane's plain text; the first becomes current.

        Args:
            spans: ``(start, end)`` code-point offsets into ``view.toPlainText()``.
            scroll: bring the first mark into view.

        Returns:
            The number of marks.
        """
        text = self.view.toPlainText()
        size = self.view.document().characterCount()
        self._cursors = []
        for start, end in utf16_positions(text, spans):
            if 0 <= start < end <= size:
                cursor = QTextCursor(self.view.document())
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                self._cursors.append(cursor)
        self._current = 0 if self._cursors else -1
        self._apply()
        if scroll:
            self.reveal()
        return len(self._cursors)

    def clear(self) -> None:
        """Remove every mark."""
        if self._cursors or self.view.extraSelections():
            self._cursors = []
            self._current = -1
            self._apply()

    def step(self, delta: int) -> bool:
        """Make the mark ``delta`` places on (wrapping around) current and show it; False if none."""
        if not self._cursors:
            return False
        self._current = (self._current + delta) % len(self._cursors)
        self._apply()
        self.reveal()
        return True

    def reveal(self) -> None:
        """Scroll the pane so that the current mark shows, a third down if it was out of view."""
        if self._current < 0:
            return
        cursor = QTextCursor(self._cursors[self._current])
        cursor.setPosition(cursor.selectionStart())
        rect = self.view.cursorRect(cursor)
        viewport = self.view.viewport().rect()
        if viewport.contains(rect):
            return
        bar = self.view.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - viewport.height() // 3)

    def _apply(self) -> None:
        (back, fore), (current_back, current_fore) = COLOURS[reader_scheme(self.view.palette())]
        plain = QTextCharFormat()
        plain.setBackground(QColor(back))
        plain.setForeground(QColor(fore))
        strong = QTextCharFormat()
        strong.setBackground(QColor(current_back))
        strong.setForeground(QColor(current_fore))
        selections = []
        for number, cursor in enumerate(self._cursors):
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = strong if number == self._current else plain
            selections.append(selection)
        self.view.setExtraSelections(selections)
        self.marks_changed.emit(self._current, len(self._cursors))
