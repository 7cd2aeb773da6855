"""The notes dock: the user's own Markdown note on the topic shown, saved as they type.

A save happens half a second after the last keystroke (and at the latest
two seconds after the first unsaved one, however fast the typing), when
another topic or pack opens, and when the window closes; each save is one
SQLite transaction (:mod:`briefing_app.core.user.store`), so a killed app loses
at most the last half second.  The note shows as source (to edit) or
rendered through the pack's Markdown renderer (to read), where its links to
topics and glossary terms work as in the reader.

Passages of the reader are quoted into the note with "Add to Notes"
(the action sits in the reader's context menu, :attr:`Reader.context_actions`).
"""

from __future__ import annotations

import html
import re
import time

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtGui import QGuiApplication, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.core.pack.model import Pack
from briefing_app.core.render.stylesheet import stylesheet
from briefing_app.core.user.notes import append_to_note, quote_for_note
from briefing_app.core.user.store import StoreError, UserStore, pack_key
from briefing_app.ui.i18n import Context
from briefing_app.ui.icons import icon
from briefing_app.ui.qt_ints import TEXT_BESIDE_ICON
from briefing_app.ui.reader.browser import Reader
from briefing_app.ui.theme import reader_scheme
from briefing_app.ui.window.actions import menu_label

#: Quiet time after the last keystroke before a save (ms).
SAVE_DELAY_MS = 500
#: Longest time typed text stays unsaved while the typing goes on (s).
MAX_UNSAVED_S = 2.0

Notes = Context("Notes")
#: A note is read in a narrow dock: heading sizes (pt) a step smaller than in the reader.
NOTE_HEADING_PT = {"1": 14.0, "2": 12.5, "3": 11.0, "4": 10.5, "5": 10.0, "6": 10.0}
_HEADING_TAG = re.compile(r"<h([1-6])\b")


class NotesDock(QDockWidget):
    """Dock with the note on the current topic (see module doc).

    Signals:
        topic_requested(topic_id, anchor), term_requested(term_id),
            external_requested(QUrl): a link in the rendered note was clicked.
        note_saved(topic_id): the note was written to the store.
        noted_changed(): the set of topics that have a note changed.
    """

    topic_requested = Signal(str, str)
    term_requested = Signal(str)
    external_requested = Signal(QUrl)
    note_saved = Signal(str)
    noted_changed = Signal()

    def __init__(self, store: UserStore, parent: QWidget | None = None) -> None:
        super().__init__(Notes.tr("Notes"), parent)
        self.setObjectName("notes-dock")
        self._store = store
        self._pack: Pack | None = None
        self._topic = ""
        self._loading = False
        self._dirty = False
        self._dirty_since = 0.0
        self._noted: set[str] = set()
        # Notes that could not be saved (disk full, read-only folder), by (pack, topic):
        # kept in memory, shown again when their topic is, and saved on the next try.
        self._unsaved: dict[tuple[str, str], str] = {}
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        row = QHBoxLayout()
        self.preview_button = QToolButton(body)
        self.preview_button.setCheckable(True)
        self.preview_button.setIcon(icon("preview"))
        self.preview_button.setText(Notes.tr("Preview"))
        self.preview_button.setProperty("toolButtonStyle", TEXT_BESIDE_ICON)  # no Qt enum yet
        self.preview_button.setToolTip(Notes.tr("Show the note rendered, or as Markdown to edit"))
        self.status = QLabel(body)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(Notes.tr("Note status"))
        row.addWidget(self.preview_button)
        row.addWidget(self.status, 1)
        self.editor = QPlainTextEdit(body)
        self.editor.setAccessibleName(Notes.tr("Note (Markdown)"))
        self.editor.setAccessibleDescription(
            Notes.tr("Your note on this topic, in Markdown, saved as you type")
        )
        self.editor.setPlaceholderText(
            Notes.tr("Your private notes on this topic, in Markdown. Saved as you type.")
        )
        self._preview: Reader | None = None  # built when first shown (not needed at start-up)
        self.stack = QStackedWidget(body)
        self.stack.addWidget(self.editor)
        layout.addLayout(row)
        layout.addWidget(self.stack, 1)
        self.setWidget(body)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        self.editor.textChanged.connect(self._on_text_changed)
        self.preview_button.toggled.connect(self.set_preview)
        self.topLevelChanged.connect(lambda _floating: self._show_title())
        self._show_store_notice()

    @property
    def preview(self) -> Reader:
        """The pane showing the note rendered; built on first use."""
        if self._preview is None:
            self._preview = Reader(self.stack)
            self._preview.setAccessibleName(Notes.tr("Note (rendered)"))
            self._preview.setAccessibleDescription(
                Notes.tr("Your note as it reads, its links working")
            )
            if self._pack is not None:
                self._preview.set_pack(self._pack)
            self._preview.topic_requested.connect(self.topic_requested)
            self._preview.term_requested.connect(self.term_requested)
            self._preview.external_requested.connect(self.external_requested)
            self.stack.addWidget(self._preview)
        return self._preview

    # -- pack and topic -------------------------------------------------------

    def set_pack(self, pack: Pack) -> None:
        """Save any pending text, then follow ``pack`` (no topic until :meth:`show_topic`).

        Text that cannot be saved is kept as :meth:`show_topic` keeps it, so
        a preview replaced by its whole pack, or a pack opened again, loses
        nothing typed.
        """
        self._keep_if_unsaved()
        self._pack = pack
        self._topic = ""
        if self._preview is not None:
            self._preview.set_pack(pack)
        self._noted = set(self._store.notes(pack_key(pack)))
        self._load("")
        self.noted_changed.emit()

    def show_topic(self, topic_id: str) -> None:
        """Save the note being edited, then show the note on ``topic_id``.

        A note that cannot be saved is kept in memory and shown again (still
        marked unsaved) when its topic comes back; nothing typed is dropped.
        """
        if topic_id == self._topic:
            return
        self._keep_if_unsaved()
        self._topic = topic_id
        key = (pack_key(self._pack), topic_id) if self._pack else ("", "")
        pending = self._unsaved.pop(key, None)
        note = self._store.note(*key) if self._pack else ""
        self._load(note if pending is None else pending)
        if pending is not None:
            self._dirty, self._dirty_since = True, time.monotonic()
            self.save_now()

    def _keep_if_unsaved(self) -> None:
        """Save the note on screen; if that fails, keep its text for when its topic returns."""
        if not self.save_now() and self._pack is not None:
            self._unsaved[(pack_key(self._pack), self._topic)] = self.editor.toPlainText()

    def unsaved_count(self) -> int:
        """Return how many notes are not saved yet (the one on screen included)."""
        return len(self._unsaved) + int(self._dirty)

    @property
    def topic(self) -> str:
        """The topic whose note is shown ("" before the first topic)."""
        return self._topic

    def noted_topics(self) -> set[str]:
        """Return the ids of the pack's topics that have a note."""
        return set(self._noted)

    def _load(self, note: str) -> None:
        self._timer.stop()
        self._loading = True
        try:
            self.editor.setPlainText(note)
        finally:
            self._loading = False
        self._dirty = False
        topic = self._pack.topics.get(self._topic) if self._pack else None
        self._show_title()
        self.editor.setEnabled(topic is not None)
        self.editor.setReadOnly(self._store.read_only)
        if self._preview is not None and self.stack.currentWidget() is self._preview:
            self._render_preview()
        self._show_store_notice()

    def _show_title(self) -> None:
        """Title the dock "Notes — <topic title>".

        Where Qt draws the title (docked; floating too under X11 and Wayland,
        Qt 6's ``QDockWidgetLayout::wmSupportsNativeWindowDeco``) and in the
        View menu, "&" marks a mnemonic, so it is doubled; a floating dock
        elsewhere gets the window manager's title bar, which shows the title
        as it is.
        """
        topic = self._pack.topics.get(self._topic) if self._pack else None
        text = Notes.tr("Notes — %1").replace("%1", topic.title) if topic else Notes.tr("Notes")
        native = self.isFloating() and not QGuiApplication.platformName().startswith(
            ("xcb", "wayland")
        )
        self.setWindowTitle(text if native else menu_label(text))

    # -- saving ---------------------------------------------------------------

    def _on_text_changed(self) -> None:
        if self._loading or not self._topic:
            return
        now = time.monotonic()
        if not self._dirty:
            self._dirty, self._dirty_since = True, now
            self.status.setText(Notes.tr("Editing…"))
        if not self._timer.isActive() or now - self._dirty_since < MAX_UNSAVED_S:
            self._timer.start()

    def save_now(self) -> bool:
        """Write the note being edited to the store now, if it changed; False if that failed."""
        self._timer.stop()
        if not self._dirty or self._pack is None or not self._topic:
            return True
        text = self.editor.toPlainText()
        try:
            self._store.save_note(pack_key(self._pack), self._topic, text)
        except StoreError as exc:
            self.status.setText("<b>" + Notes.tr("Not saved.") + f"</b> {exc}")
            self._timer.start(5 * SAVE_DELAY_MS)  # try again
            return False
        self._dirty = False
        had = self._topic in self._noted
        if text.strip():
            self._noted.add(self._topic)
        else:
            self._noted.discard(self._topic)
        self.status.setText(Notes.tr("Saved") if not self._store.notice else self._store.notice)
        self.note_saved.emit(self._topic)
        if had != (self._topic in self._noted):
            self.noted_changed.emit()
        return True

    def _show_store_notice(self) -> None:
        if self._store.notice:
            self.status.setText(self._store.notice)
            self.status.setToolTip(self._store.notice)

    # -- preview and quotes ---------------------------------------------------

    def set_preview(self, on: bool) -> None:
        """Show the note rendered (True) or its Markdown source for editing (False)."""
        if on:
            self.save_now()
            self._render_preview()
        self.preview_button.setChecked(on)
        self.stack.setCurrentWidget(self.preview if on else self.editor)

    def _render_preview(self) -> None:
        from briefing_app.core.render.markdown import markdown_to_html  # not needed at start-up

        text = self.editor.toPlainText()
        rel = f"topics/{self._topic or '_'}.md"
        self.preview.document().setDefaultStyleSheet(
            stylesheet(reader_scheme(self.preview.palette()))
        )
        if text.strip():
            page = _HEADING_TAG.sub(
                lambda m: f'<h{m.group(1)} style="font-size: {NOTE_HEADING_PT[m.group(1)]}pt"',
                markdown_to_html(text, rel),
            )
            self.preview.setHtml(page)
        else:
            empty = Notes.tr("No notes on this topic yet.")
            self.preview.setHtml(f'<p class="summary">{html.escape(empty)}</p>')

    def add_quote(self, passage: str, anchor: str = "") -> bool:
        """Quote ``passage`` of the current topic into its note and save; False if nothing to add."""
        topic = self._pack.topics.get(self._topic) if self._pack else None
        addition = quote_for_note(passage, topic.title, topic.id, anchor) if topic else ""
        if not addition or self._store.read_only:
            return False
        self.editor.setPlainText(append_to_note(self.editor.toPlainText(), addition))
        self.editor.moveCursor(QTextCursor.MoveOperation.End)
        self.save_now()
        self._render_preview()
        self.show()
        self.raise_()
        return True


def nearest_heading_anchor(document: QTextDocument, position: int) -> str:
    """Return the anchor of the heading at or before ``position`` in ``document`` ("" if none)."""
    block = document.findBlock(position)
    while block.isValid():
        if block.blockFormat().headingLevel() > 0:
            iterator = block.begin()
            while not iterator.atEnd():
                names = iterator.fragment().charFormat().anchorNames()
                if names:
                    return str(names[0])
                iterator += 1
        block = block.previous()
    return ""
