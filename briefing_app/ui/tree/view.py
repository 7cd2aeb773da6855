"""The sidebar topic tree's view: selection in, ``topic_selected`` out, a placeholder when empty.

The model is :class:`~briefing_app.ui.tree.model.TopicTreeModel`.
"""

from __future__ import annotations

from PySide6 import QtCore  # QtCore.Qt where used: see briefing_app.ui.qt_ints
from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from briefing_app.core.pack.model import Pack
from briefing_app.ui.i18n import Context
from briefing_app.ui.tree.model import TOPIC_ID_ROLE, TopicTreeModel

Topics = Context("Topics")

#: A pack with more topics than this opens with its groups folded (the open topic's unfolded):
#: its top level is a table of contents, where 20,000 rows would be a list to scroll.
EXPAND_ALL_TOPICS = 1000


class TopicTreeView(QTreeView):
    """The sidebar view; emits ``topic_selected(topic_id)`` when the current item changes."""

    topic_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAccessibleName(Topics.tr("Topics"))
        self.setAccessibleDescription(
            Topics.tr("The pack's topics in reading order; choose one to read it")
        )
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
        """Show ``pack``'s tree, all groups expanded, or all folded in a pack of more than
        :data:`EXPAND_ALL_TOPICS` topics (:meth:`select_topic` unfolds a topic's groups)."""
        old = self.model()
        self.setModel(TopicTreeModel(pack, self))
        if old is not None:
            old.deleteLater()
        self.selectionModel().currentChanged.connect(self._on_current_changed)
        if len(pack.topics) <= EXPAND_ALL_TOPICS:
            self.expandAll()

    def refresh_titles(self) -> None:
        """Show the titles the pack's outline has read since (its topics showed their ids):
        the rows of the top level and of every unfolded group are repainted."""
        parents = [QModelIndex()]
        model = self.topic_model()
        for parent in parents:  # grows as unfolded groups are found
            for row in range(model.rowCount(parent)):
                index = model.index(row, 0, parent)
                if self.isExpanded(index):
                    parents.append(index)
        model.titles_changed(parents)

    def topic_model(self) -> TopicTreeModel:
        """Return the current model (after :meth:`set_pack`)."""
        model = self.model()
        assert isinstance(model, TopicTreeModel)
        return model

    def select_topic(self, topic_id: str) -> bool:
        """Make ``topic_id`` current without emitting ``topic_selected``, its group and the
        groups above it unfolded; False if not in the tree."""
        index = self.topic_model().index_for_topic(topic_id)
        if not index.isValid():
            return False
        self._following = True
        try:
            self.setCurrentIndex(index)
            if self.model().hasChildren(index):  # a group's own page: its topics in view too
                self.expand(index)
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
