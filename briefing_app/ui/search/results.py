"""The list model of search hits: one row per hit, its title, kind icon and marked snippet.

A hit is any object with ``id``, ``kind`` (``"topic"`` or ``"term"``),
``title`` and ``snippet`` (HTML-escaped text with the matches in
``<b>...</b>``): :class:`briefing_app.core.search.index.Hit` or the fallback's
:class:`briefing_app.core.search.quickfind.Hit`.  The delegate
(:mod:`briefing_app.ui.search.delegate`) draws :data:`HTML_ROLE`.
"""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from briefing_app.ui.i18n import QT_TRANSLATE_NOOP, Context
from briefing_app.ui.icons import icon

#: The hit's kind, ``"topic"`` or ``"term"`` (str).
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
#: The topic or term id (str).
ID_ROLE = Qt.ItemDataRole.UserRole + 2
#: The snippet as HTML, matches in ``<b>`` (str).
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 3
#: The whole row as HTML for the delegate: title, then snippet (str).
HTML_ROLE = Qt.ItemDataRole.UserRole + 4
#: The title of the pack the hit is from, in an all-packs search; "" otherwise (str).
PACK_ROLE = Qt.ItemDataRole.UserRole + 5

Search = Context("Search")

#: A hit's kind as the list reads it out (English; read as ``Search.tr(name)``).
KIND_NAMES = {
    "topic": QT_TRANSLATE_NOOP("Search", "Topic"),
    "term": QT_TRANSLATE_NOOP("Search", "Glossary term"),
}
_TAG = re.compile(r"<[^>]+>")

ModelIndex = QModelIndex | QPersistentModelIndex


def strip_tags(snippet: str) -> str:
    """Return the plain text of an HTML snippet (tags dropped, entities decoded)."""
    return html.unescape(_TAG.sub("", snippet))


def row_html(title: str, snippet: str, pack: str = "") -> str:
    """Return the HTML of one row: the escaped ``title``, the pack it is from (``pack``, when
    not "": an all-packs search), then ``snippet`` (already HTML).

    The delegate's style sheet gives the classes ``title`` and ``snippet``
    their colours; ``<b>`` in the snippet marks the matches.
    """
    head = f'<div class="title">{html.escape(title, quote=False)}</div>'
    if pack:
        where = html.escape(Search.tr("in %1").replace("%1", pack), quote=False)
        head += f'<div class="snippet"><i>{where}</i></div>'
    if not snippet:
        return head
    return head + f'<div class="snippet">{snippet}</div>'


class SearchResultsModel(QAbstractListModel):
    """The hits of the last answered query, in rank order (read-only, flat)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[Any] = []

    def set_hits(self, hits: list[Any]) -> None:
        """Show ``hits`` (see module doc) in place of the current ones."""
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def clear(self) -> None:
        """Remove every row."""
        self.set_hits([])

    def hit(self, row: int) -> Any | None:
        """Return the hit at ``row``, or None if there is none."""
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def row_of(self, kind: str, item_id: str) -> int:
        """Return the row of hit ``(kind, item_id)``, or -1 if it is not listed."""
        return next(
            (row for row, hit in enumerate(self._hits) if (hit.kind, hit.id) == (kind, item_id)),
            -1,
        )

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Qt API: the number of hits (0 under any valid parent: the list is flat)."""
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt API: title (display), kind icon (decoration), snippet text (tooltip) and our roles."""
        if not index.isValid() or index.parent().isValid():
            return None
        hit = self.hit(index.row())
        if hit is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title
        if role == Qt.ItemDataRole.DecorationRole:
            return icon("topic" if hit.kind == "topic" else "term")
        if role == Qt.ItemDataRole.ToolTipRole:
            return strip_tags(hit.snippet) or hit.title
        pack = str(getattr(hit, "pack_title", ""))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            kind = Search.tr(KIND_NAMES[hit.kind]) if hit.kind in KIND_NAMES else hit.kind
            where = f", {Search.tr('in %1').replace('%1', pack)}" if pack else ""
            return f"{hit.title} ({kind}{where}): {strip_tags(hit.snippet)}"
        if role == KIND_ROLE:
            return hit.kind
        if role == ID_ROLE:
            return hit.id
        if role == SNIPPET_ROLE:
            return hit.snippet
        if role == HTML_ROLE:
            return row_html(hit.title, hit.snippet, pack)
        if role == PACK_ROLE:
            return pack
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        """Qt API: rows are enabled and selectable, never editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
