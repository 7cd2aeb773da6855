"""Back and forward, the breadcrumb above the reader, and Go → Recent Topics.

:class:`Navigation` keeps a :class:`~briefing_app.core.user.history.History` of
the topics opened (by the tree, links, search, bookmarks, next/previous) and
offers Back and Forward as actions (Alt+Left / Alt+Right, the platform's
Back/Forward keys), as toolbar buttons whose menus list the history, and on
the mouse's back and forward buttons over the watched widgets.  A page
outside the history (the glossary page, a term) is left by Back to the
topic it was opened from.  Recent topics are kept in the user store.
"""

from __future__ import annotations

import contextlib
import html
from collections.abc import Callable

from PySide6 import QtCore  # QtCore.Qt where used: see briefing_app.ui.qt_ints
from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QMenu, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from briefing_app.core.pack.model import Pack
from briefing_app.core.user.history import History
from briefing_app.core.user.store import StoreError, UserStore, pack_key
from briefing_app.ui.i18n import Context
from briefing_app.ui.icons import icon
from briefing_app.ui.window.actions import make_action, menu_label, set_shortcuts

#: Entries listed in a Back or Forward button's menu.
MENU_ENTRIES = 15

Nav = Context("Nav")


#: Titles in the breadcrumb are cut to this many characters.
CRUMB_CHARS = 60


def fit_titles(titles: list[str], room: int, width_of: Callable[[str], int]) -> list[str]:
    """Return ``titles`` shortened with "…" so that together they take at most ``room`` pixels.

    The last title (the page itself) keeps as much as it can: the longest
    ancestor is shortened first, a character at a time.  ``width_of``
    measures a text in pixels (``QFontMetrics.horizontalAdvance``).  A title
    is never cut below one character and "…".
    """
    shown = list(titles)

    def cuttable(index: int) -> bool:
        return len(shown[index].rstrip("…")) > 1

    while sum(width_of(title) for title in shown) > room:
        ancestors = [i for i in range(len(shown) - 1) if cuttable(i)]
        if ancestors:
            index = max(ancestors, key=lambda i: width_of(shown[i]))
        elif cuttable(len(shown) - 1):
            index = len(shown) - 1
        else:
            break
        shown[index] = shown[index].rstrip("…")[:-1].rstrip() + "…"
    return shown


def _short(title: str) -> str:
    """Return ``title`` cut to :data:`CRUMB_CHARS` characters with an ellipsis."""
    return title if len(title) <= CRUMB_CHARS else title[: CRUMB_CHARS - 1].rstrip() + "…"


class Breadcrumb(QLabel):
    """One line above the reader: the topic's ancestors as links, then the topic.

    Signals:
        topic_requested(topic_id, anchor): an ancestor was clicked.
    """

    topic_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("breadcrumb")
        self.setAccessibleName(Nav.tr("Where this topic sits"))
        self.setContentsMargins(10, 3, 10, 3)
        # A long title must never widen the window: the label takes the width it is given.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.linkActivated.connect(self._on_link)
        self._trail: list[tuple[str, str]] = []
        self._links = True  # the ancestors are links (a topic), or plain words (a page)

    def show_topic(self, pack: Pack, topic_id: str) -> None:
        """Show the path from the top of the tree to ``topic_id`` (a topic outside the
        tree shows its title alone)."""
        node = pack.node_for(topic_id)
        chain = [*node.ancestors(), node] if node is not None else []
        ids = [n.topic_id for n in chain] or [topic_id]
        self._trail = [(i, _short(pack.topics[i].title if i in pack.topics else i)) for i in ids]
        self._links = True
        self._render()

    def show_page(self, *titles: str) -> None:
        """Show a page outside the tree (the glossary page, a term) by its ``titles``, no links."""
        self._trail = [("", _short(title)) for title in titles]
        self._links = False
        self._render()

    def _render(self) -> None:
        """Show the trail, each title shortened with "…" as far as the label's width needs."""
        if not self._trail:
            return
        titles = fit_titles([title for _id, title in self._trail], self._room(), self._width_of)
        parts = [
            f'<a href="{html.escape(i)}">{html.escape(title)}</a>'
            if self._links
            else html.escape(title)
            for (i, _full), title in zip(self._trail[:-1], titles[:-1], strict=True)
        ]
        parts.append(f"<b>{html.escape(titles[-1])}</b>")
        self._set_parts(parts)

    def _room(self) -> int:
        """The width the titles may take: the label's, less its margins and the separators."""
        separators = self._width_of(" › ") * (len(self._trail) - 1)
        return self.contentsRect().width() - separators - 2

    def _width_of(self, text: str) -> int:
        return self.fontMetrics().horizontalAdvance(text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Qt API: fit the trail to the new width."""
        super().resizeEvent(event)
        self._render()

    def _set_parts(self, parts: list[str]) -> None:
        """Show the HTML ``parts`` joined by "›".

        The text opens with a tag, so the label's default ``AutoText`` format
        takes it as rich text (Qt docs, ``Qt::mightBeRichText``), and its
        default interaction flags (``LinksAccessibleByMouse``) make the links
        work: no ``Qt`` enum is needed in the first frame (see
        :mod:`briefing_app.ui.qt_ints`).
        """
        self.setText(f"<span>{' › '.join(parts)}</span>")

    def trail(self) -> list[str]:
        """Return the titles shown, from the top of the tree to the topic."""
        return [title for _id, title in self._trail]

    def _on_link(self, topic_id: str) -> None:
        self.topic_requested.emit(topic_id, "")


def reader_column(breadcrumb: Breadcrumb, reader: QWidget) -> QWidget:
    """Return a widget with the breadcrumb above the reader (for the main splitter)."""
    column = QWidget(reader.parentWidget())
    column.setObjectName("reader-column")
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(breadcrumb)
    layout.addWidget(reader, 1)
    return column


class Navigation(QObject):
    """History of opened topics with Back/Forward actions, buttons, menus and Recent Topics.

    Args:
        store: where recent topics are kept.
        current_page: returns the reader's page (``("topic", id)`` or another
            kind), to tell whether Back should first return to the current entry.
        parent: the main window (owns the actions).

    Signals:
        topic_requested(topic_id, anchor): open this topic (Back, Forward, a
            history or recent menu entry).
    """

    topic_requested = Signal(str, str)

    def __init__(
        self,
        store: UserStore,
        current_page: Callable[[], tuple[str, str] | None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._current_page = current_page
        self._history: History[str] = History()
        self._moving = False
        self._pack: Pack | None = None
        self.back_action = self._make_action(
            Nav.tr("&Back"), "back", QKeySequence.StandardKey.Back, "Alt+Left"
        )
        self.back_action.triggered.connect(self.go_back)
        self.forward_action = self._make_action(
            Nav.tr("&Forward"), "forward", QKeySequence.StandardKey.Forward, "Alt+Right"
        )
        self.forward_action.triggered.connect(self.go_forward)
        self.back_button = self._button(self.back_action, -1)
        self.forward_button = self._button(self.forward_action, 1)
        self.recent_menu = QMenu(Nav.tr("&Recent Topics"), parent)
        self.recent_menu.setIcon(icon("recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._update_actions()

    def _make_action(
        self, text: str, role: str, standard: QKeySequence.StandardKey, fallback: str
    ) -> QAction:
        action = make_action(self.parent(), text, role=role)
        set_shortcuts(action, standard, fallback)
        action.setToolTip(
            f"{text.replace('&', '')} ({QKeySequence(fallback).toString(QKeySequence.SequenceFormat.NativeText)})"
        )
        return action

    def _button(self, action: QAction, direction: int) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setAutoRaise(True)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        menu = QMenu(button)
        menu.aboutToShow.connect(lambda: self._fill_history_menu(menu, direction))
        button.setMenu(menu)
        return button

    # -- state ----------------------------------------------------------------

    def set_pack(self, pack: Pack) -> None:
        """Start an empty history for ``pack`` (call before its first topic opens)."""
        self._pack = pack
        self._history.clear()
        self._update_actions()

    @property
    def history(self) -> History[str]:
        """The history of topic ids (read it; change it through this object)."""
        return self._history

    def topic_opened(self, topic_id: str) -> None:
        """Record that the window now shows ``topic_id`` (connected to the window's signal)."""
        if not self._moving:
            self._history.push(topic_id)
        self._update_actions()
        if self._pack is not None and not self._store.read_only:
            # Recent topics are a convenience; the notes dock reports trouble with the store.
            with contextlib.suppress(StoreError):
                self._store.record_visit(pack_key(self._pack), topic_id)

    def _on_history_page(self) -> bool:
        return self._current_page() == ("topic", self._history.current)

    def go_back(self) -> None:
        """Open the previous topic (or return to the current one from a page outside history)."""
        if self._history.current is not None and not self._on_history_page():
            self._open(self._history.current)
        elif self._history.can_go_back():
            self.go(-1)

    def go_forward(self) -> None:
        """Open the next topic of the history, if any."""
        if self._history.can_go_forward():
            self.go(1)

    def go(self, offset: int) -> None:
        """Move ``offset`` entries in the history (negative is back) and open that topic."""
        target = self._history.go(offset)
        if target is not None:
            self._open(target)

    def _open(self, topic_id: str) -> None:
        self._moving = True
        try:
            self.topic_requested.emit(topic_id, "")
        finally:
            self._moving = False
        self._update_actions()

    def _update_actions(self) -> None:
        off_history = self._history.current is not None and not self._on_history_page()
        self.back_action.setEnabled(self._history.can_go_back() or off_history)
        self.forward_action.setEnabled(self._history.can_go_forward())

    def page_changed(self) -> None:
        """Re-check what Back can do after the reader showed another kind of page."""
        self._update_actions()

    # -- menus ----------------------------------------------------------------

    def _title(self, topic_id: str) -> str:
        topic = self._pack.topics.get(topic_id) if self._pack else None
        return topic.title if topic else topic_id

    def _fill_history_menu(self, menu: QMenu, direction: int) -> None:
        menu.clear()
        entries = self._history.back_entries() if direction < 0 else self._history.forward_entries()
        for steps, topic_id in enumerate(entries[:MENU_ENTRIES], 1):
            action = menu.addAction(menu_label(self._title(topic_id)))
            action.setData(topic_id)
            action.triggered.connect(lambda _checked=False, n=steps * direction: self.go(n))
        if not entries:
            menu.addAction(Nav.tr("(none)")).setEnabled(False)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self._store.recent(pack_key(self._pack)) if self._pack else []
        recent = [t for t in recent if self._pack is not None and t in self._pack.topics]
        for topic_id in recent:
            action = self.recent_menu.addAction(menu_label(self._title(topic_id)))
            action.setData(topic_id)
            action.triggered.connect(
                lambda _checked=False, t=topic_id: self.topic_requested.emit(t, "")
            )
        if not recent:
            self.recent_menu.addAction(Nav.tr("(no topics opened yet)")).setEnabled(False)

    def recent_titles(self) -> list[str]:
        """Return the titles Go → Recent Topics lists now (newest first)."""
        self._fill_recent()
        return [a.text().replace("&&", "&") for a in self.recent_menu.actions() if a.isEnabled()]

    # -- mouse buttons --------------------------------------------------------

    def watch(self, widget: QWidget) -> None:
        """Make the mouse's back and forward buttons over ``widget`` go back and forward."""
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Qt API: take back/forward mouse button presses on watched widgets."""
        if event.type() == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            if event.button() == QtCore.Qt.MouseButton.BackButton:
                self.go_back()
                return True
            if event.button() == QtCore.Qt.MouseButton.ForwardButton:
                self.go_forward()
                return True
        return super().eventFilter(watched, event)
