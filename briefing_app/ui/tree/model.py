"""The topic tree's model: a QAbstractItemModel over the pack's plain tree.

The model follows Qt's "Model Subclassing Reference" for tree models: an
index's internal pointer is the :class:`~briefing_app.core.pack.model.TreeNode`,
and each node's row is precomputed so ``parent()`` stays O(1) for packs of
thousands of topics.  No per-item widgets are made.  Roles are the ints of
:mod:`briefing_app.ui.qt_ints`, and ``flags()`` is the base class's
(enabled, selectable), so drawing the tree creates no ``Qt`` enums.  The view
is :mod:`briefing_app.ui.tree.view`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from briefing_app.core.pack.model import Pack, TreeNode
from briefing_app.ui.i18n import Context
from briefing_app.ui.icons import icon
from briefing_app.ui.qt_ints import (
    DECORATION_ROLE,
    DISPLAY_ROLE,
    FONT_ROLE,
    TOOL_TIP_ROLE,
    USER_ROLE,
)

TOPIC_ID_ROLE = USER_ROLE + 1

Topics = Context("Topics")
#: True for topics the user has notes on (see :meth:`TopicTreeModel.set_noted`).
NOTED_ROLE = USER_ROLE + 2
#: True for topics a new edition changed or added that the user has not opened since
#: (see :meth:`TopicTreeModel.set_changed`); shown in bold.
CHANGED_ROLE = USER_ROLE + 3

AnyIndex = QModelIndex | QPersistentModelIndex


class TopicTreeModel(QAbstractItemModel):
    """Read-only tree model of a pack's topics; one column, the topic title.

    Roles: DisplayRole (title), ToolTipRole (summary), DecorationRole (icon,
    with a pencil for topics with notes), ``TOPIC_ID_ROLE`` (the topic id,
    str), ``NOTED_ROLE`` (bool: the user has notes on the topic), ``CHANGED_ROLE``
    (bool: changed in a new edition and not opened since; FontRole makes it bold).
    """

    def __init__(self, pack: Pack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pack = pack
        self._rows: dict[int, int] = {}
        self._first_node: dict[str, TreeNode] = {}
        self._noted: frozenset[str] = frozenset()
        self._changed: frozenset[str] = frozenset()
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
            tip = (tip + "\n" + Topics.tr("(You have notes on this topic.)")).strip() if noted else tip
            if node.topic_id in self._changed:
                tip = (tip + "\n" + Topics.tr("(Changed in this edition; not opened since.)")).strip()
            return tip or None
        if role == FONT_ROLE:
            return self._bold() if node.topic_id in self._changed else None
        if role == CHANGED_ROLE:
            return node.topic_id in self._changed
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

    def set_changed(self, topic_ids: Iterable[str]) -> None:
        """Mark ``topic_ids`` as changed and not opened since; rows that change are repainted."""
        changed = frozenset(topic_ids)
        flipped, self._changed = changed ^ self._changed, changed
        for topic_id in flipped:
            index = self.index_for_topic(topic_id)
            if index.isValid():
                self.dataChanged.emit(index, index, [FONT_ROLE, TOOL_TIP_ROLE, CHANGED_ROLE])

    def titles_changed(self, parents: Iterable[QModelIndex]) -> None:
        """Say that the titles of the rows under each of ``parents`` changed (an outline's
        topics shown by id have their titles now): one ``dataChanged`` per parent.  Rows under
        parents not given are fetched afresh when a view unfolds them."""
        for parent in parents:
            if rows := self.rowCount(parent):
                first, last = self.index(0, 0, parent), self.index(rows - 1, 0, parent)
                self.dataChanged.emit(first, last, [DISPLAY_ROLE])

    def _bold(self) -> QFont:
        parent = self.parent()
        font = QFont(parent.font()) if isinstance(parent, QWidget) else QFont()
        font.setBold(True)
        return font

    def index_for_topic(self, topic_id: str) -> QModelIndex:
        """Return the index of the first node showing ``topic_id``, or an invalid index."""
        node = self._first_node.get(topic_id)
        if node is None:
            return QModelIndex()
        return self.createIndex(self._rows[id(node)], 0, node)
