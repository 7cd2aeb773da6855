"""The glossary list: terms grouped under letter headings, and its filter.

:class:`GlossaryTreeModel` is a two-level ``QAbstractItemModel``: the top
rows are letter groups ("0–9", "A", "B", ...; see
:func:`~briefing_app.core.headwords.group_by_letter`), their children
the terms, sorted by headword.  An index's ``internalId`` says which level
it is on: 0 for a letter, ``1 + letter row`` for a term, so ``parent()`` is
O(1) and no Python object is held in an index (Qt's "Model Subclassing
Reference").  :class:`GlossaryFilterModel` keeps the terms whose headword,
aliases or translations contain the filter text, and a letter while any of
its terms is kept (``recursiveFilteringEnabled``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from briefing_app.core.headwords import fold, group_by_letter
from briefing_app.core.model import Term

TERM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


class GlossaryTreeModel(QAbstractItemModel):
    """Read-only letter-grouped model of glossary terms; one column.

    Roles on term rows: DisplayRole (headword), ToolTipRole (aliases),
    ``TERM_ID_ROLE`` (the term id).  Letter rows: DisplayRole (the letter),
    FontRole (bold), ``TERM_ID_ROLE`` None; they are enabled but not selectable.
    """

    def __init__(self, terms: list[Term], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups = group_by_letter(terms)
        self._keys = [[fold(" ".join(t.names())) for t in group] for _letter, group in self._groups]
        self._bold = QFont()
        self._bold.setBold(True)

    def _term(self, index: AnyIndex) -> Term | None:
        """Return the term of a term row, or None for a letter row or an invalid index."""
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._groups[index.internalId() - 1][1][index.row()]

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        """Return the index of child ``row`` of ``parent`` (Qt API)."""
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != 0 or row >= len(self._groups[parent.row()][1]):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        """Return the letter row of a term, or an invalid index for a letter (Qt API)."""
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Letters at the top, a letter's terms below it, nothing below a term (Qt API)."""
        if not parent.isValid():
            return len(self._groups)
        if parent.column() != 0 or parent.internalId() != 0:
            return 0
        return len(self._groups[parent.row()][1])

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """One column (Qt API)."""
        return 1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return the headword or letter, tooltip, font or term id of ``index`` (Qt API)."""
        if not index.isValid():
            return None
        term = self._term(index)
        if term is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._groups[index.row()][0]
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return f"Letter {self._groups[index.row()][0]}"
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return term.term
        if role == Qt.ItemDataRole.ToolTipRole:
            return ", ".join(term.aliases) or None
        if role == TERM_ID_ROLE:
            return term.id
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Terms are enabled and selectable; letters only enabled (Qt API)."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            return Qt.ItemFlag.ItemIsEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def matches(self, letter_row: int, row: int, needle: str) -> bool:
        """True if any name of the term at ``row`` under letter ``letter_row`` contains the
        folded ``needle`` (headword, aliases and translations; see :func:`fold`)."""
        return needle in self._keys[letter_row][row]


class GlossaryFilterModel(QSortFilterProxyModel):
    """Keeps the terms any of whose names contains the filter text, under their letters."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self._needle = ""

    def set_text(self, text: str) -> None:
        """Filter by ``text`` (case-, ё/е- and dash-insensitive substring); empty shows all."""
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.10 replaces invalidateFilter()
            self.beginFilterChange()
            self._needle = fold(text.strip())
            self.endFilterChange()
        else:
            self._needle = fold(text.strip())
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        """Qt API: with a filter, accept a term that matches it; letters follow their terms."""
        if not self._needle:
            return True
        model = self.sourceModel()
        if not source_parent.isValid() or not isinstance(model, GlossaryTreeModel):
            return False
        return model.matches(source_parent.row(), source_row, self._needle)
