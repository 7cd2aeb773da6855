"""Bookmarks: star a topic (Ctrl+D), list the starred topics in a menu and a dock.

Stars are kept per pack in the user store, so they survive a restart and
follow the pack to a new version.  :class:`Bookmarks` owns the actions and
the Bookmarks menu; :class:`BookmarksDock` lists the starred topics, and
activating one (Enter, double-click) opens it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from briefing_app.core.pack.model import Pack
from briefing_app.core.user.store import StoreError, UserStore, pack_key
from briefing_app.ui.i18n import Context
from briefing_app.ui.icons import icon
from briefing_app.ui.qt_ints import USER_ROLE
from briefing_app.ui.window.actions import dock_tab_action, menu_label, set_shortcuts

TOPIC_ROLE = USER_ROLE + 1

Starred = Context("Starred")


class BookmarksDock(QDockWidget):
    """Dock listing the starred topics of the pack, oldest star first.

    With no bookmarks, the list gives way to ``empty_hint``, a label that
    says how to star a topic.

    Signals:
        topic_requested(topic_id, anchor): a bookmark was activated.
    """

    topic_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Starred.tr("Bookmarks"), parent)
        self.setObjectName("bookmarks-dock")
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        self.empty_hint = QLabel(
            Starred.tr("No bookmarks yet: press Ctrl+D on a topic to star it."), body
        )
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setContentsMargins(8, 8, 8, 8)
        self.bookmark_list = QListWidget(body)
        self.setFocusProxy(self.bookmark_list)
        self.bookmark_list.setAccessibleName(Starred.tr("Bookmarked topics"))
        self.bookmark_list.setAccessibleDescription(
            Starred.tr("The topics you starred; Enter opens one")
        )
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.bookmark_list, 1)
        layout.addStretch()  # takes the room while the list is hidden
        self.setWidget(body)
        self.bookmark_list.itemActivated.connect(self._on_activated)

    def show_bookmarks(self, pack: Pack, topic_ids: list[str]) -> None:
        """List ``topic_ids`` (those the pack has) by title."""
        self.bookmark_list.clear()
        for topic_id in topic_ids:
            topic = pack.topics.get(topic_id)
            if topic is None:
                continue
            item = QListWidgetItem(icon("bookmark"), topic.title)
            item.setToolTip(topic.summary or topic.title)
            item.setData(TOPIC_ROLE, topic_id)
            self.bookmark_list.addItem(item)
        empty = not self.bookmark_list.count()
        self.bookmark_list.setHidden(empty)
        self.empty_hint.setHidden(not empty)

    def follow_topic(self, topic_id: str) -> None:
        """Select the bookmark of ``topic_id`` (the topic now open), or none if it has none."""
        for row in range(self.bookmark_list.count()):
            if self.bookmark_list.item(row).data(TOPIC_ROLE) == topic_id:
                self.bookmark_list.setCurrentRow(row)
                return
        self.bookmark_list.setCurrentRow(-1)

    def titles(self) -> list[str]:
        """Return the titles of the bookmarks listed, in order."""
        return [self.bookmark_list.item(row).text() for row in range(self.bookmark_list.count())]

    def _on_activated(self, item: QListWidgetItem) -> None:
        topic_id = item.data(TOPIC_ROLE)
        if topic_id:
            self.topic_requested.emit(topic_id, "")


class Bookmarks(QObject):
    """The star action (Ctrl+D), the Bookmarks menu and the dock, over the user store.

    Signals:
        topic_requested(topic_id, anchor): a bookmark was chosen in the menu or dock.
        message(text): something to say in the status bar (a save that failed).
    """

    topic_requested = Signal(str, str)
    message = Signal(str)

    def __init__(self, store: UserStore, dock: BookmarksDock, parent: QWidget) -> None:
        super().__init__(parent)
        self._store = store
        self._pack: Pack | None = None
        self._topic = ""
        self.dock = dock
        self.toggle_action = QAction(
            icon("bookmark-off"), Starred.tr("&Bookmark This Topic"), parent
        )
        self.toggle_action.setCheckable(True)
        set_shortcuts(self.toggle_action, "Ctrl+D")
        self.toggle_action.triggered.connect(lambda _checked=False: self.toggle())
        self.dock_action = dock_tab_action(
            dock, Starred.tr("Bookmarks &Panel"), "Ctrl+Shift+D", "bookmarks"
        )
        self.menu = QMenu(Starred.tr("&Bookmarks"), parent)
        self.menu.addActions([self.toggle_action, self.dock_action])
        self.menu.addSeparator()
        self._entries: list[QAction] = []
        self.menu.aboutToShow.connect(self._fill_menu)
        self._fill_menu()
        dock.topic_requested.connect(self.topic_requested)

    def set_pack(self, pack: Pack) -> None:
        """Show the bookmarks of ``pack``."""
        self._pack = pack
        self._topic = ""
        self.refresh()

    def topic_opened(self, topic_id: str) -> None:
        """Follow the topic shown, so Ctrl+D stars it and the star shows its state."""
        self._topic = topic_id
        self._sync_action()
        self.dock.follow_topic(topic_id)

    def starred(self) -> list[str]:
        """Return the starred topic ids of the pack that still exist, oldest first."""
        if self._pack is None:
            return []
        ids = self._store.bookmarks(pack_key(self._pack))
        return [topic_id for topic_id in ids if topic_id in self._pack.topics]

    def toggle(self) -> None:
        """Star the current topic, or unstar it if it is starred."""
        if self._pack is None or not self._topic:
            return
        key = pack_key(self._pack)
        starred = not self._store.is_bookmarked(key, self._topic)
        try:
            self._store.set_bookmarked(key, self._topic, starred)
        except StoreError as exc:
            self.message.emit(str(exc))
        else:
            title = self._pack.topics[self._topic].title if self._topic in self._pack.topics else ""
            self.message.emit(
                (
                    Starred.tr("Bookmarked “%1”")
                    if starred
                    else Starred.tr("Bookmark removed: “%1”")
                ).replace("%1", title)
            )
        self.refresh()

    def refresh(self) -> None:
        """Bring the dock, the menu and the star up to date with the store."""
        if self._pack is not None:
            self.dock.show_bookmarks(self._pack, self.starred())
            self.dock.follow_topic(self._topic)
        self._sync_action()

    def _sync_action(self) -> None:
        on = bool(self._pack and self._topic) and self._topic in self.starred()
        self.toggle_action.setChecked(on)
        self.toggle_action.setIcon(icon("bookmark" if on else "bookmark-off"))
        self.toggle_action.setText(
            Starred.tr("Remove &Bookmark") if on else Starred.tr("&Bookmark This Topic")
        )
        self.toggle_action.setEnabled(bool(self._topic) and not self._store.read_only)

    def _fill_menu(self) -> None:
        """List the starred topics under the fixed entries (rebuilt each time it opens)."""
        for action in self._entries:
            self.menu.removeAction(action)
            action.deleteLater()
        self._entries = []
        starred = self.starred()
        for topic_id in starred:
            assert self._pack is not None
            title = menu_label(self._pack.topics[topic_id].title)
            action = QAction(icon("bookmark"), title, self.menu)
            action.setData(topic_id)
            action.triggered.connect(
                lambda _checked=False, t=topic_id: self.topic_requested.emit(t, "")
            )
            self._entries.append(action)
        if not starred:
            empty = QAction(Starred.tr("(no bookmarks)"), self.menu)
            empty.setEnabled(False)
            self._entries.append(empty)
        self.menu.addActions(self._entries)
