"""The glossary dock: a filter box, the list of terms and the selected term's page.

The list is a QAbstractListModel over the pack's terms behind a
QSortFilterProxyModel whose filter matches the headword, aliases and
translations, so typing "Хоргос" or "NUR" finds the term.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QDockWidget, QLineEdit, QListView, QSplitter, QVBoxLayout, QWidget

from briefing_app.core.model import Pack, Term
from briefing_app.ui.reader import Reader

TERM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


def fold(text: str) -> str:
    """Case-fold ``text`` for filtering (Unicode casefold; ё matches е)."""
    return text.casefold().replace("ё", "е")


class TermListModel(QAbstractListModel):
    """One row per glossary term: DisplayRole the headword, ToolTipRole the aliases,
    ``TERM_ID_ROLE`` the id."""

    def __init__(self, terms: list[Term], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._terms = sorted(terms, key=lambda term: term.term.casefold())
        self._keys = [fold(" ".join(term.names())) for term in self._terms]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of terms (Qt API)."""
        return 0 if parent.isValid() else len(self._terms)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Headword, aliases tooltip or term id of row ``index`` (Qt API)."""
        if not index.isValid() or not 0 <= index.row() < len(self._terms):
            return None
        term = self._terms[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return term.term
        if role == Qt.ItemDataRole.ToolTipRole:
            return ", ".join(term.aliases) or None
        if role == TERM_ID_ROLE:
            return term.id
        return None

    def matches(self, row: int, needle: str) -> bool:
        """True if any name of the term in ``row`` contains folded ``needle``."""
        return needle in self._keys[row]


class TermFilterModel(QSortFilterProxyModel):
    """Keeps the terms whose headword, aliases or translations contain the filter text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._needle = ""

    def set_text(self, text: str) -> None:
        """Filter by ``text`` (case- and ё/е-insensitive substring); empty shows all."""
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.10 replaces invalidateFilter()
            self.beginFilterChange()
            self._needle = fold(text.strip())
            self.endFilterChange()
        else:
            self._needle = fold(text.strip())
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        """Qt API: accept the row if it matches the filter text."""
        model = self.sourceModel()
        return not self._needle or (
            isinstance(model, TermListModel) and model.matches(source_row, self._needle)
        )


class GlossaryDock(QDockWidget):
    """Dock with the pack's glossary.

    Signals:
        topic_requested(topic_id, anchor): a topic link in a definition was clicked.
    """

    topic_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Glossary", parent)
        self.setObjectName("glossary-dock")
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.filter_box = QLineEdit(body)
        self.filter_box.setPlaceholderText("Filter terms (any language)")
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setAccessibleName("Filter glossary terms")
        self.term_list = QListView(body)
        self.term_list.setUniformItemSizes(True)
        self.term_list.setAccessibleName("Glossary terms")
        self.definition = Reader(body)
        self.definition.setAccessibleName("Term definition")
        splitter = QSplitter(Qt.Orientation.Vertical, body)
        splitter.addWidget(self.term_list)
        splitter.addWidget(self.definition)
        splitter.setSizes([220, 260])
        layout.addWidget(self.filter_box)
        layout.addWidget(splitter)
        self.setWidget(body)
        self._proxy = TermFilterModel(self)
        self.term_list.setModel(self._proxy)
        self.filter_box.textChanged.connect(self._on_filter)
        self.term_list.selectionModel().currentChanged.connect(self._on_current)
        self.definition.topic_requested.connect(self.topic_requested)
        self.definition.term_requested.connect(self.show_term)

    def set_pack(self, pack: Pack) -> None:
        """List ``pack``'s terms (the filter is kept)."""
        old = self._proxy.sourceModel()
        self._proxy.setSourceModel(TermListModel(pack.terms, self))
        if old is not None:
            old.deleteLater()
        self.definition.set_pack(pack)

    def visible_terms(self) -> list[str]:
        """Return the headwords the list shows now, in order."""
        return [self._proxy.index(row, 0).data() for row in range(self._proxy.rowCount())]

    def show_term(self, term_id: str) -> bool:
        """Show and select term ``term_id`` (clearing a filter that hides it); False if unknown."""
        for attempt in range(2):
            for row in range(self._proxy.rowCount()):
                index = self._proxy.index(row, 0)
                if index.data(TERM_ID_ROLE) == term_id:
                    self.setVisible(True)
                    self.raise_()
                    self.term_list.setCurrentIndex(index)
                    self.term_list.scrollTo(index)
                    return self.definition.show_term(term_id)
            if attempt == 0 and self.filter_box.text():
                self.filter_box.clear()
        return False

    def _on_filter(self, text: str) -> None:
        self._proxy.set_text(text)
        if self._proxy.rowCount() and not self.term_list.currentIndex().isValid():
            self.term_list.setCurrentIndex(self._proxy.index(0, 0))

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.definition.show_term(current.data(TERM_ID_ROLE))
