"""The sidebar topic tree: a QAbstractItemModel over the pack's plain tree, and its view.

The model follows Qt's "Model Subclassing Reference" for tree models: an
index's internal pointer is the :class:`~briefing_app.core.pack.model.TreeNode`,
and each node's row is precomputed so ``parent()`` stays O(1) for packs of
thousands of topics.  No per-item widgets are made.  Roles are the ints of
:mod:`briefing_app.ui.qt_ints`, and ``flags()`` is the base class's
(enabled, selectable), so drawing the tree creates no ``Qt`` enums.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6 import QtCore  # QtCore.Qt where used: see briefing_app.ui.qt_ints
from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from briefing_app.core.pack.model import Pack, TreeNode
from briefing_app.ui.icons import icon
from briefing_app.ui.qt_ints import DECORATION_ROLE, DISPLAY_ROLE, TOOL_TIP_ROLE, USER_ROLE

TOPIC_ID_ROLE = USER_ROLE + 1
#: True for topics the user has notes on (see :meth:`TopicTreeModel.set_noted`).
NOTED_ROLE = USER_ROLE + 2

AnyIndex = QModelIndex | QPersistentModelIndex


class TopicTreeModel(QAbstractItemModel):
    """Read-only tree model of a pack's topics; one column, the topic title.

    Roles: DisplayRole (title), ToolTipRole (summary), DecorationRole (icon,
    with a pencil for topics with notes), ``TOPIC_ID_ROLE`` (the topic id,
    str), ``NOTED_ROLE`` (bool: the user has notes on the topic).
    """

    def __init__(self, pack: Pack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pack = pack
        self._rows: dict[int, int] = {}
        self._first_node: dict[str, TreeNode] = {}
        self._noted: frozenset[str] = frozenset()
        self._index_rows(pack.tree)

    def _index_rows(self, nodes: list[TreeNode]) -> None:
        for row, node in enumerate(nodes):
            self._rows[id(node)] = row
            self._first_node.setdefault(node.topic_id, node)
            self._index_rows(node.children)

    def _node(self, index: AnyIndex) -> TreeNode | None:
        if not index.isValid():
            return None
        node = index.internalPointer()
        return node if isinstance(node, TreeNode) else None

    def _children(self, node: TreeNode | None) -> list[TreeNode]:
        return self._pack.tree if node is None else node.children

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        """Return the index of child ``row`` of ``parent`` (Qt API)."""
        children = self._children(self._node(parent))
        if column != 0 or not 0 <= row < len(children):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        """Return the parent of ``index`` (Qt API); invalid for top-level topics."""
        node = self._node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(self._rows[id(node.parent)], 0, node.parent)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Return the number of children of ``parent`` (Qt API)."""
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(self._node(parent)))

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """One column: the topic title."""
        return 1

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        """True if ``parent`` has child topics (avoids counting them)."""
        return (
            bool(self._children(self._node(parent)))
            if not parent.isValid() or parent.column() == 0
            else False
        )

    def data(self, index: AnyIndex, role: int = DISPLAY_ROLE) -> Any:
        """Return the title, summary tooltip, icon or topic id of ``index`` (Qt API)."""
        node = self._node(index)
        if node is None:
            return None
        topic = self._pack.topics.get(node.topic_id)
        if role == DISPLAY_ROLE:
            return topic.title if topic else node.topic_id
        noted = node.topic_id in self._noted
        if role == TOOL_TIP_ROLE:
            tip = topic.summary if topic and topic.summary else ""
            return (tip + "\n(You have notes on this topic.)").strip() if noted else tip or None
        if role == DECORATION_ROLE:
            return icon(("group" if node.children else "topic") + ("-noted" if noted else ""))
        if role == TOPIC_ID_ROLE:
            return node.topic_id
        if role == NOTED_ROLE:
            return noted
        return None

    def set_noted(self, topic_ids: Iterable[str]) -> None:
        """Mark ``topic_ids`` as the topics with notes; rows that change are repainted."""
        noted = frozenset(topic_ids)
        changed, self._noted = noted ^ self._noted, noted
        roles = [DECORATION_ROLE, TOOL_TIP_ROLE, NOTED_ROLE]
        for topic_id in changed:
            index = self.index_for_topic(topic_id)
            if index.isValid():
                self.dataChanged.emit(index, index, roles)

    def index_for_topic(self, topic_id: str) -> QModelIndex:
        """Return the index of the first node showing ``topic_id``, or an invalid index."""
        node = self._first_node.get(topic_id)
        if node is None:
            return QModelIndex()
        return self.createIndex(self._rows[id(node)], 0, node)


class TopicTreeView(QTreeView):
    """The sidebar view; emits ``topic_selected(topic_id)`` when the current item changes."""

    topic_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAccessibleName("Topics")
        self._following = False
        self._placeholder = ""

    @property
    def placeholder(self) -> str:
        """The note shown below the topics ("" for none); see :meth:`set_placeholder`."""
        return self._placeholder

    def set_placeholder(self, text: str) -> None:
        """Show ``text`` in the placeholder colour below the last topic ("" hides it).

        The window says here that the rest of a big pack is still loading.
        """
        if text != self._placeholder:
            self._placeholder = text
            self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Qt API: paint the rows, then the placeholder note under the last visible row."""
        super().paintEvent(event)
        if not self._placeholder:
            return
        model, top = self.model(), 0
        if model is not None and model.rowCount() > 0:
            last = model.index(model.rowCount() - 1, 0)
            while (below := self.indexBelow(last)).isValid():
                last = below
            top = self.visualRect(last).bottom() + 1
        area = self.viewport().rect().adjusted(8, top + 6, -8, 0)
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            area,
            QtCore.Qt.AlignmentFlag.AlignLeft | QtCore.Qt.TextFlag.TextWordWrap,
            self._placeholder,
        )
        painter.end()

    def set_pack(self, pack: Pack) -> None:
        """Show ``pack``'s tree, all groups expanded."""
        old = self.model()
        self.setModel(TopicTreeModel(pack, self))
        if old is not None:
            old.deleteLater()
        self.selectionModel().currentChanged.connect(self._on_current_changed)
        self.expandAll()

    def topic_model(self) -> TopicTreeModel:
        """Return the current model (after :meth:`set_pack`)."""
        model = self.model()
        assert isinstance(model, TopicTreeModel)
        return model

    def select_topic(self, topic_id: str) -> bool:
        """Make ``topic_id`` current without emitting ``topic_selected``; False if not in the tree."""
        index = self.topic_model().index_for_topic(topic_id)
        if not index.isValid():
            return False
        self._following = True
        try:
            self.setCurrentIndex(index)
            self.scrollTo(index)
        finally:
            self._following = False
        return True

    def clear_topic(self) -> None:
        """Select no topic (the reader shows a page outside the tree); emits nothing."""
        self.setCurrentIndex(QModelIndex())
        self.clearSelection()

    def current_topic(self) -> str | None:
        """Return the id of the current topic, or None."""
        index = self.currentIndex()
        return index.data(TOPIC_ID_ROLE) if index.isValid() else None

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._following:
            self.topic_selected.emit(current.data(TOPIC_ID_ROLE))
