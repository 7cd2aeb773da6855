"""The search results dock: what was found for the toolbar box's query, and what to try instead.

From top to bottom: the scope ("This pack" or "All packs", the packs of the
library), a status line ("12 results for “khor”", "No results for
“qxz”.", "No results for “khrogos”. Showing results for “khorgos”.", or the
indexing note), a row of suggestion buttons (the typo fallback's correction,
or the pack's closest names when nothing was found) that run their text as
the query, and the list of hits drawn by
:class:`~briefing_app.ui.search.delegate.HitDelegate` over
:class:`~briefing_app.ui.search.results.SearchResultsModel`.

The dock only shows; the search controller
(:mod:`briefing_app.ui.search.controller`) feeds it and opens what it reports.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.ui.i18n import QT_TRANSLATE_NOOP, Context
from briefing_app.ui.search.delegate import HitDelegate
from briefing_app.ui.search.results import ID_ROLE, KIND_ROLE, SearchResultsModel
from briefing_app.ui.search.worker import SearchOutcome

__all__ = ["SearchPanel"]

Search = Context("Search")

#: The status line before anything is searched (a panel restored open at start, say);
#: English, shown as ``Search.tr(HINT)``.
HINT = QT_TRANSLATE_NOOP(
    "Search", "Type in the search box (Ctrl+K) to search every topic and glossary term."
)
#: The scopes of a search: the pack shown, or every pack of the library (English; shown as
#: ``Search.tr(text)``).
SCOPES = {
    "pack": QT_TRANSLATE_NOOP("Search", "This pack"),
    "all": QT_TRANSLATE_NOOP("Search", "All packs"),
}
#: Rows laid out per pass of the event loop.
ROW_BATCH = 8
#: Suggestions longer than this are shown cut, with "…" (the button's tooltip has them whole).
SUGGESTION_CHARS = 36
#: Suggestion buttons look like links, in the palette's link colour.
_LINK_STYLE = (
    "QPushButton { color: palette(link); border: none; padding: 1px 8px; text-align: left; }"
)


def quoted(text: str, limit: int = 60) -> str:
    """Return ``text`` trimmed, cut to ``limit`` characters, in typographic quotes."""
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return Search.tr("“%1”").replace("%1", text)


class SearchPanel(QDockWidget):
    """Dock listing the hits of the last answered query (see module doc).

    Signals:
        hit_activated(kind, id): a hit was activated in the list (double click or
            Enter, as the platform does it) (``kind`` is ``"topic"`` or ``"term"``).
        suggestion_chosen(text): a suggestion button was clicked.
        scope_changed(scope): the user chose another scope, a key of :data:`SCOPES`.
    """

    hit_activated = Signal(str, str)
    suggestion_chosen = Signal(str)
    scope_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Search.tr("Search"), parent)
        self.setObjectName("search-dock")
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        scope_row = QHBoxLayout()
        scope_label = QLabel(Search.tr("Search &in:"), body)
        self.scope = QComboBox(body)
        self.scope.setObjectName("search-scope")
        self.scope.setAccessibleName(Search.tr("Search in"))
        self.scope.setAccessibleDescription(
            Search.tr("Search the pack shown, or every pack of your library (File → Library)")
        )
        for key, text in SCOPES.items():
            self.scope.addItem(Search.tr(text), key)
        scope_label.setBuddy(self.scope)
        scope_row.addWidget(scope_label)
        scope_row.addWidget(self.scope, 1)
        self.scope.currentIndexChanged.connect(
            lambda _row: self.scope_changed.emit(self.current_scope())
        )
        self.status = QLabel(body)
        self.status.setObjectName("search-status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.suggestion_row = QWidget(body)
        self._suggestion_layout = QVBoxLayout(self.suggestion_row)
        self._suggestion_layout.setContentsMargins(0, 0, 0, 0)
        self._suggestion_layout.setSpacing(0)
        self.suggestion_label = QLabel(Search.tr("Did you mean:"), self.suggestion_row)
        self._suggestion_layout.addWidget(self.suggestion_label)
        self.suggestion_row.hide()
        self.suggestion_buttons: list[QPushButton] = []

        self.model = SearchResultsModel(self)
        self.results = QListView(body)
        self.setFocusProxy(self.results)
        self.results.setObjectName("search-results")
        self.results.setAccessibleName(Search.tr("Search results"))
        self.results.setAccessibleDescription(
            Search.tr("Topics and glossary terms found; Enter opens one with the matches marked")
        )
        self.results.setModel(self.model)
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.setUniformItemSizes(False)
        self.results.setWordWrap(True)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        # Lay rows out a batch at a time between events: a long list never blocks typing.
        self.results.setLayoutMode(QListView.LayoutMode.Batched)
        self.results.setBatchSize(ROW_BATCH)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addLayout(scope_row)
        layout.addWidget(self.status)
        layout.addWidget(self.suggestion_row)
        layout.addWidget(self.results, 1)
        self.setWidget(body)
        self.results.activated.connect(self._on_activated)
        self.outcome: SearchOutcome | None = None
        self._note = ""
        #: The hit the user moved to or opened for the listed query (kind, id), if any.
        self._picked: tuple[str, str] | None = None
        self._show_status()

    # -- scope ----------------------------------------------------------------

    def current_scope(self) -> str:
        """Return the scope chosen: "pack" (the pack shown) or "all" (every pack of the library)."""
        return str(self.scope.currentData() or "pack")

    def set_scope(self, scope: str) -> None:
        """Show ``scope`` (a key of :data:`SCOPES`; anything else is "pack") as chosen, without
        emitting :attr:`scope_changed`."""
        row = max(0, self.scope.findData(scope if scope in SCOPES else "pack"))
        blocked = self.scope.blockSignals(True)
        self.scope.setCurrentIndex(row)
        self.scope.blockSignals(blocked)

    # -- showing --------------------------------------------------------------

    def show_outcome(self, outcome: SearchOutcome) -> None:
        """List ``outcome``'s hits and say what was found or what to try.

        The first hit is selected, unless the same query was answered before
        (quick matches, then the ranked hits once the index is ready) and the
        user had moved to or opened a hit that is listed again: that one stays
        selected, so the list does not move under someone who has chosen.
        """
        same_query = self.outcome is not None and self.outcome.query == outcome.query
        if not same_query:
            self._picked = None
        self.outcome = outcome
        self.model.set_hits(outcome.hits)
        if outcome.hits:
            row = self.model.row_of(*self._picked) if self._picked else -1
            index = self.model.index(max(row, 0), 0)
            self.results.setCurrentIndex(index)
            if row > 0:
                self.results.scrollTo(index)
            else:
                self.results.scrollToTop()
        if outcome.did_you_mean:
            self._set_suggestions([outcome.did_you_mean], Search.tr("Search for:"))
        elif outcome.hits:
            self._set_suggestions([], "")
        else:
            self._set_suggestions(list(outcome.suggestions), Search.tr("Did you mean:"))
        self._show_status()

    def _show_status(self) -> None:
        """Say what the last outcome found (with no outcome, the note, or how to search)."""
        outcome = self.outcome
        if outcome is None:
            hint = Search.tr(HINT)
            self.status.setText(f"{hint} ({self._note})" if self._note else hint)
            return
        query = quoted(outcome.query)
        count = len(outcome.hits)
        if outcome.did_you_mean:
            text = (
                Search.tr("No results for %1. Showing results for %2.")
                .replace("%2", quoted(outcome.did_you_mean))
                .replace("%1", query)
            )
        elif count:
            text = Search.tr("%Ln result(s) for %1", None, count).replace("%1", query)
        else:
            text = Search.tr("No results for %1.").replace("%1", query)
            if not outcome.suggestions:
                text += " " + Search.tr("Check the spelling, or try fewer or shorter words.")
        if not outcome.indexed and self._note:
            text += f" ({self._note})"
        self.status.setText(text)

    def show_searching(self, query: str, everywhere: bool) -> None:
        """Say that ``query`` is being searched for (every pack of the library if
        ``everywhere``); the next outcome replaces the words."""
        every = Search.tr("Searching every pack for %1…")
        text = every if everywhere else Search.tr("Searching for %1…")
        self.status.setText(text.replace("%1", quoted(query)))

    def clear_results(self) -> None:
        """Empty the list, the status line and the suggestions."""
        self.outcome = None
        self._picked = None
        self.model.clear()
        self._set_suggestions([], "")
        self._show_status()

    def set_note(self, note: str) -> None:
        """Show ``note`` (e.g. "Indexing… 40%: quick matches for now") after the status; "" clears it."""
        if note != self._note:
            self._note = note
            self._show_status()

    def _set_suggestions(self, texts: list[str], label: str) -> None:
        for button in self.suggestion_buttons:
            self._suggestion_layout.removeWidget(button)
            button.deleteLater()
        self.suggestion_buttons = []
        self.suggestion_label.setText(label)
        for position, text in enumerate(texts, start=1):
            shown = text if len(text) <= SUGGESTION_CHARS else text[: SUGGESTION_CHARS - 1] + "…"
            button = QPushButton(shown, self.suggestion_row)
            button.setFlat(True)
            button.setStyleSheet(_LINK_STYLE)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setToolTip(Search.tr("Search for %1").replace("%1", quoted(text, 200)))
            button.setAccessibleName(Search.tr("Search for %1").replace("%1", text))
            font = button.font()
            font.setUnderline(True)
            button.setFont(font)
            button.clicked.connect(lambda _checked=False, t=text: self.suggestion_chosen.emit(t))
            self._suggestion_layout.insertWidget(position, button, 0, Qt.AlignmentFlag.AlignLeft)
            self.suggestion_buttons.append(button)
        chain = [*self.suggestion_buttons, self.results]  # Tab as seen: suggestions, then hits
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.suggestion_row.setVisible(bool(texts))

    # -- selection ------------------------------------------------------------

    def pick(self, kind: str, item_id: str) -> None:
        """Note that the user opened hit ``(kind, item_id)`` (see :meth:`show_outcome`)."""
        self._picked = (kind, item_id)

    def current_object(self) -> object | None:
        """Return the selected hit itself (with its pack, in an all-packs search), or None."""
        index = self.results.currentIndex()
        return self.model.hit(index.row()) if index.isValid() else None

    def current_hit(self) -> tuple[str, str] | None:
        """Return ``(kind, id)`` of the selected hit, or None."""
        index = self.results.currentIndex()
        if not index.isValid():
            return None
        return index.data(KIND_ROLE), index.data(ID_ROLE)

    def move_selection(self, step: int) -> None:
        """Select the hit ``step`` rows down (negative: up), stopping at either end."""
        rows = self.model.rowCount()
        if rows == 0:
            return
        current = self.results.currentIndex()
        row = current.row() + step if current.isValid() else (0 if step > 0 else rows - 1)
        index = self.model.index(max(0, min(rows - 1, row)), 0)
        self.results.setCurrentIndex(index)
        self.results.scrollTo(index)
        self._picked = self.current_hit()

    def page_step(self) -> int:
        """Return about how many rows fit in the list (for Page Up / Page Down), at least 1."""
        first = self.results.sizeHintForRow(0) if self.model.rowCount() else 0
        return max(1, self.results.viewport().height() // first) if first > 0 else 1

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.hit_activated.emit(index.data(KIND_ROLE), index.data(ID_ROLE))
