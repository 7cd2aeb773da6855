"""The table model of the library: one row per pack, recently opened first.

Columns: title, edition, audience, facts as of, size, source (the path) and
signature.  Rows are :class:`~briefing_app.core.library.shelf.Entry` objects;
:data:`ENTRY_ROLE` gives a row's entry.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from briefing_app.core.library.shelf import Entry
from briefing_app.ui.i18n import QT_TRANSLATE_NOOP, Context, fill

Library = Context("Library")

#: The row's :class:`Entry`.
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1

#: Column headers (English; shown as ``Library.tr(text)``).
HEADERS = (
    QT_TRANSLATE_NOOP("Library", "Title"),
    QT_TRANSLATE_NOOP("Library", "Edition"),
    QT_TRANSLATE_NOOP("Library", "Audience"),
    QT_TRANSLATE_NOOP("Library", "Facts as of"),
    QT_TRANSLATE_NOOP("Library", "Size"),
    QT_TRANSLATE_NOOP("Library", "Source"),
    QT_TRANSLATE_NOOP("Library", "Signature"),
)
#: What each kind of pack is called (English; shown as ``Library.tr(text)``).
FORMAT_NAMES = {
    "briefing": QT_TRANSLATE_NOOP("Library", "Briefing pack folder"),
    "packfile": QT_TRANSLATE_NOOP("Library", "Briefing pack file"),
    "mkdocs": QT_TRANSLATE_NOOP("Library", "MkDocs project"),
    "obsidian": QT_TRANSLATE_NOOP("Library", "Obsidian vault"),
    "markdown": QT_TRANSLATE_NOOP("Library", "Markdown folder"),
}
#: Signature states in words (English; shown as ``Library.tr(text)``).
SIGNATURE_NAMES = {
    "trusted": QT_TRANSLATE_NOOP("Library", "Signed by %1"),
    "unknown": QT_TRANSLATE_NOOP("Library", "Signed by an unknown key"),
    "bad": QT_TRANSLATE_NOOP("Library", "Bad signature"),
    "unsigned": QT_TRANSLATE_NOOP("Library", "Unsigned"),
}
#: A pack file whose files did not all match its manifest, in words (English; shown as
#: ``Library.tr(text)``; %1 the files, %2 the signature's words).
INTEGRITY_NAMES = {
    "altered": QT_TRANSLATE_NOOP("Library", "ALTERED: %1 · %2"),
    "refused": QT_TRANSLATE_NOOP("Library", "Refused: the pack file could not be opened"),
}

ModelIndex = QModelIndex | QPersistentModelIndex


def signature_text(entry: Entry) -> str:
    """Return the signature column's text for ``entry`` ("" for a folder): who signed it,
    after the files that failed verification or the refusal when it did not verify."""
    if entry.integrity_state == "refused":
        return Library.tr(INTEGRITY_NAMES["refused"])
    state = entry.signature_state
    text = Library.tr(SIGNATURE_NAMES[state]) if state in SIGNATURE_NAMES else ""
    if state == "trusted":
        signer = entry.signature.removeprefix("signed by ").split(" (trusted")[0]
        text = fill(text, signer)
    if entry.integrity_state == "altered":
        return fill(Library.tr(INTEGRITY_NAMES["altered"]), ", ".join(entry.failed_files), text)
    return text


def source_text(entry: Entry) -> str:
    """Return the source column's text: "Bundled with Briefing", or the pack's path."""
    return Library.tr("Bundled with Briefing") if entry.bundled else entry.path


class ShelfModel(QAbstractTableModel):
    """The packs of the library (read-only; see module doc)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[Entry] = []

    def set_entries(self, entries: list[Entry]) -> None:
        """Show ``entries`` in this order in place of the current rows."""
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> Entry | None:
        """Return the entry at ``row``, or None."""
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of(self, entry_id: str) -> int:
        """Return the row of the entry with id ``entry_id``, or -1."""
        return next((r for r, e in enumerate(self._entries) if e.id == entry_id), -1)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Qt API: the number of packs (none under a valid parent: the table is flat)."""
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Qt API: the number of columns (:data:`HEADERS`)."""
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Qt API: the column titles."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HEADERS)
        ):
            return Library.tr(HEADERS[section])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt API: each column's text, the path and kind as tooltip, and :data:`ENTRY_ROLE`."""
        if not index.isValid() or index.parent().isValid():
            return None
        entry = self.entry(index.row())
        if entry is None:
            return None
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            kind = FORMAT_NAMES.get(entry.format)
            kind_text = Library.tr(kind) if kind else entry.format
            if index.column() == 6 and entry.integrity_state in INTEGRITY_NAMES:
                return f"{entry.integrity}\n{entry.signature}".strip()
            if index.column() == 6 and entry.signature:
                return entry.signature
            return f"{entry.title}\n{entry.path}\n{kind_text}"
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, entry: Entry, column: int) -> str:
        if column == 0:
            return entry.title
        if column == 1:
            return entry.edition
        if column == 2:
            return entry.audience
        if column == 3:  # a pack date (YYYY[-MM[-DD]]) in the interface language's words
            from briefing_app.ui.views.words import date_words

            return date_words(entry.facts_as_of) if entry.facts_as_of else ""
        if column == 4:  # in decimal units, as `briefing-app library list` gives it
            return QLocale().formattedDataSize(
                entry.size, 1, QLocale.DataSizeFormat.DataSizeSIFormat
            )
        if column == 5:
            return source_text(entry)
        return signature_text(entry)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        """Qt API: rows are enabled and selectable, never editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
