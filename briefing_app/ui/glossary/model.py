"""The glossary list: terms grouped under letter headings, and its filter.

:class:`GlossaryTreeModel` is a two-level ``QStandardItemModel``: the top
rows are letter groups ("0–9", "A", "B", ...; see
:func:`~briefing_app.core.glossary.headwords.group_by_letter`), their children the
terms, sorted by headword.  Letters are headings: their items are disabled,
so the arrow keys pass over them and a click on one does nothing (Qt's views
skip disabled rows), and they are drawn in the text colour given to
:meth:`GlossaryTreeModel.set_heading_brush` rather than greyed.  The flags
live in the C++ items (``QStandardItem.setEnabled``), because a Python
``flags()`` would create the ``Qt`` namespace's enums in the first frame (see
:mod:`briefing_app.ui.qt_ints`).  :class:`GlossaryFilterModel`
keeps the terms whose headword, aliases or translations contain the filter
text, and a letter while any of its terms is kept
(``recursiveFilteringEnabled``).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel
from PySide6.QtGui import QBrush, QFont, QStandardItem, QStandardItemModel

from briefing_app.core.glossary.headwords import fold, group_by_letter
from briefing_app.core.pack.model import Term
from briefing_app.ui.i18n import Context
from briefing_app.ui.qt_ints import ACCESSIBLE_TEXT_ROLE, FOREGROUND_ROLE, USER_ROLE

TERM_ID_ROLE = USER_ROLE + 1

Letters = Context("Letters")
AnyIndex = QModelIndex | QPersistentModelIndex


#: How alike (per cent) a mistyped filter and a term's name must be for the term to show.
TYPO_CUTOFF = 80.0


class GlossaryTreeModel(QStandardItemModel):
    """Read-only letter-grouped model of glossary terms; one column.

    Roles on term rows: DisplayRole (headword), ToolTipRole (aliases, if
    any), ``TERM_ID_ROLE`` (the term id).  Letter rows: DisplayRole (the
    letter), FontRole (bold), ForegroundRole (see :meth:`set_heading_brush`),
    AccessibleTextRole ("Letter K"), ``TERM_ID_ROLE`` None; they are
    disabled.  No item is editable.
    """

    def __init__(self, terms: list[Term], parent: QObject | None = None) -> None:
        super().__init__(parent)
        groups = group_by_letter(terms)
        #: Each term's names (headword, aliases, translations), folded, by letter row and row.
        self._names = [[{fold(n) for n in t.names()} for t in group] for _letter, group in groups]
        bold = QFont()
        bold.setBold(True)
        root = self.invisibleRootItem()
        for letter, group in groups:
            heading = QStandardItem(letter)
            heading.setEditable(False)
            heading.setEnabled(False)
            heading.setFont(bold)
            heading.setData(Letters.tr("Letter %1").replace("%1", letter), ACCESSIBLE_TEXT_ROLE)
            heading.appendRows([_term_item(term) for term in group])
            root.appendRow(heading)

    def set_heading_brush(self, brush: QBrush) -> None:
        """Draw the letter headings with ``brush`` (a disabled row would be greyed)."""
        root = self.invisibleRootItem()
        for row in range(root.rowCount()):
            heading = root.child(row)
            if heading is not None:
                heading.setData(brush, FOREGROUND_ROLE)

    def any_matches(self, needle: str) -> bool:
        """True if some term has a name containing the folded ``needle``."""
        return any(needle in name for group in self._names for names in group for name in names)

    def matches(self, letter_row: int, row: int, needle: str) -> bool:
        """True if any name of the term at ``row`` under letter ``letter_row`` contains the
        folded ``needle`` (headword, aliases and translations; see :func:`fold`)."""
        return any(needle in name for name in self._names[letter_row][row])

    def near_misses(self, needle: str, cutoff: float = TYPO_CUTOFF) -> set[tuple[int, int]]:
        """Return (letter row, row) of the terms a name of which is ``needle`` mistyped.

        A name is close when the folded ``needle`` and the name (or, for a
        longer name, its best-matching part) are at least ``cutoff`` per cent
        alike (``rapidfuzz.fuzz.partial_ratio``, Indel distance); the search
        forgives typos the same way (:mod:`briefing_app.core.search.typos`).
        Needles under three letters forgive nothing.
        """
        if len(needle) < 3:
            return set()
        from rapidfuzz import fuzz

        return {
            (letter_row, row)
            for letter_row, group in enumerate(self._names)
            for row, names in enumerate(group)
            if any(fuzz.partial_ratio(needle, name) >= cutoff for name in names if len(name) >= 3)
        }

    def closeness(self, letter_row: int, row: int, needle: str) -> int:
        """How well the term at ``row`` under letter ``letter_row`` answers the folded
        ``needle``: 0 if one of its names is the needle, 1 if one starts with it, else 2."""
        names = self._names[letter_row][row]
        if needle in names:
            return 0
        return 1 if any(name.startswith(needle) for name in names) else 2


def _term_item(term: Term) -> QStandardItem:
    """Return the read-only item of ``term``: headword, aliases as tooltip, id."""
    item = QStandardItem(term.term)
    item.setEditable(False)
    if term.aliases:
        item.setToolTip(", ".join(term.aliases))
    item.setData(term.id, TERM_ID_ROLE)
    return item


class GlossaryFilterModel(QSortFilterProxyModel):
    """Keeps the terms any of whose names contains the filter text, under their letters; when
    none does, the terms with a name the text is a typo of (:attr:`forgiving` is then True)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self._needle = ""
        self._near: set[tuple[int, int]] | None = None  # None: exact matching

    def set_text(self, text: str) -> None:
        """Filter by ``text`` (case-, ё/е- and dash-insensitive substring); empty shows all."""
        needle = fold(text.strip())
        model = self.sourceModel()
        near: set[tuple[int, int]] | None = None
        if needle and isinstance(model, GlossaryTreeModel) and not model.any_matches(needle):
            near = model.near_misses(needle)
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.10 replaces invalidateFilter()
            self.beginFilterChange()
            self._needle, self._near = needle, near
            self.endFilterChange()
        else:
            self._needle, self._near = needle, near
            self.invalidateFilter()

    @property
    def forgiving(self) -> bool:
        """True while no name contains the text and the terms shown are its near misses."""
        return self._near is not None

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        """Qt API: with a filter, accept a term that matches it; letters follow their terms."""
        if not self._needle:
            return True
        model = self.sourceModel()
        if not source_parent.isValid() or not isinstance(model, GlossaryTreeModel):
            return False
        if self._near is not None:
            return (source_parent.row(), source_row) in self._near
        return model.matches(source_parent.row(), source_row, self._needle)
