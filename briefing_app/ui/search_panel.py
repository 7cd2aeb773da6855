"""The search results dock, fed by the toolbar search box.

The searcher is any object with ``search(query, limit) -> results`` where
``results.hits`` carry id, kind, title and an HTML snippet (see
:mod:`briefing_app.core.quickfind`).
"""

from __future__ import annotations

import re
from typing import Any, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing_app.ui.icons import icon

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
_TAG = re.compile(r"<[^>]+>")


class Searcher(Protocol):
    """Anything that answers queries with ranked hits."""

    def search(self, query: str, limit: int = 20) -> Any:
        """Return results with ``.hits`` and ``.did_you_mean``."""


def strip_tags(snippet: str) -> str:
    """Return the text of an HTML snippet (tags dropped, entities decoded)."""
    import html

    return html.unescape(_TAG.sub("", snippet))


class SearchPanel(QDockWidget):
    """Dock listing the hits of the last query.

    Signals:
        topic_requested(topic_id, anchor) and term_requested(term_id): a hit
            was activated (Enter or double-click).
    """

    topic_requested = Signal(str, str)
    term_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Search", parent)
        self.setObjectName("search-dock")
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.status = QLabel(body)
        self.status.setWordWrap(True)
        self.results = QListWidget(body)
        self.results.setAccessibleName("Search results")
        self.results.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addWidget(self.results)
        self.setWidget(body)
        self._searcher: Searcher | None = None
        self.results.itemActivated.connect(self._on_activated)

    def set_searcher(self, searcher: Searcher | None) -> None:
        """Answer queries with ``searcher`` from now on."""
        self._searcher = searcher
        self.results.clear()
        self.status.clear()

    def run_query(self, query: str, limit: int = 50) -> int:
        """Search for ``query`` and list the hits; returns their number."""
        self.results.clear()
        if not query.strip() or self._searcher is None:
            self.status.clear()
            return 0
        found = self._searcher.search(query, limit=limit)
        for hit in found.hits:
            item = QListWidgetItem(icon("topic" if hit.kind == "topic" else "term"), hit.title)
            item.setToolTip(strip_tags(hit.snippet))
            item.setData(HIT_ROLE, (hit.kind, hit.id))
            self.results.addItem(item)
        if found.hits:
            self.status.setText(f"{len(found.hits)} result(s) for “{query.strip()}”")
            self.results.setCurrentRow(0)
        else:
            self.status.setText(f"No results for “{query.strip()}”")
        return len(found.hits)

    def open_current(self) -> None:
        """Open the selected hit, as Enter does."""
        item = self.results.currentItem()
        if item is not None:
            self._on_activated(item)

    def _on_activated(self, item: QListWidgetItem) -> None:
        kind, item_id = item.data(HIT_ROLE)
        if kind == "topic":
            self.topic_requested.emit(item_id, "")
        else:
            self.term_requested.emit(item_id)
