"""The Contents tab of the sidebar: the topic tree in a dock.

The sidebar is the left dock area with its docks tabified, as Qt Assistant
keeps its contents, index, bookmarks and search (Qt docs, "QMainWindow::
tabifyDockWidget"): Contents, Glossary, Bookmarks and Search share one column,
so opening one never narrows the reader.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDockWidget, QWidget

from briefing_app.ui.i18n import Context
from briefing_app.ui.tree.view import TopicTreeView

Topics = Context("Topics")


class ContentsDock(QDockWidget):
    """The sidebar's Contents tab, holding ``tree`` (a :class:`TopicTreeView`)."""

    def __init__(self, tree: TopicTreeView, parent: QWidget | None = None) -> None:
        super().__init__(Topics.tr("Contents"), parent)
        self.setObjectName("contents-dock")
        self.tree = tree
        tree.setParent(self)
        self.setWidget(tree)
        self.setFocusProxy(tree)
