"""Briefing preparation in the window: history, bookmarks, notes, the brief builder, printing.

:class:`Preparation` owns the user store and the panes and actions of these
features, and routes between them; the main window only places the docks,
puts the actions in its menus and connects the signals below.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtWidgets  # dialogs as QtWidgets.X: Qt makes their classes on first use
from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, QTimer, QUrl, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from briefing_app.core.pack.model import Pack
from briefing_app.core.user.store import UserStore, pack_key
from briefing_app.ui.i18n import Context
from briefing_app.ui.icons import icon
from briefing_app.ui.prep.bookmarks import Bookmarks, BookmarksDock
from briefing_app.ui.prep.navigation import Breadcrumb, Navigation
from briefing_app.ui.prep.notes_dock import NotesDock, nearest_heading_anchor
from briefing_app.ui.reader.browser import Reader
from briefing_app.ui.tree.view import TopicTreeView
from briefing_app.ui.window.actions import make_action, set_shortcuts

if TYPE_CHECKING:  # the brief builder and export load when first used, not at start-up
    from briefing_app.core.brief.model import BriefOptions
    from briefing_app.ui.prep.brief_dialog import BriefDialog
    from briefing_app.ui.prep.brief_export import BriefExport


Prep = Context("Prep")


class Preparation(QObject):
    """The preparation features of one window (see module doc).

    Args:
        window: the main window (parent of the docks, dialogs and actions).
        reader: the reading pane (selection to quote, page shown, printing).
        tree: the topic tree (marks topics with notes; mouse back/forward).
        store: the user store; by default the user's own, opened here and
            closed when the application quits (a store passed in is the
            caller's to close).

    Signals:
        topic_requested(topic_id, anchor), term_requested(term_id),
            external_requested(QUrl): open these (from history, bookmarks, notes).
        message(text): a line for the status bar.
    """

    topic_requested = Signal(str, str)
    term_requested = Signal(str)
    external_requested = Signal(QUrl)
    message = Signal(str)

    def __init__(
        self, window: QWidget, reader: Reader, tree: TopicTreeView, store: UserStore | None = None
    ) -> None:
        super().__init__(window)
        self.window = window
        self.reader = reader
        self.tree = tree
        self.store = store if store is not None else UserStore.open()
        app = QCoreApplication.instance()
        if store is None and app is not None:
            app.aboutToQuit.connect(self._close_store)  # gone with this object (Qt docs)
        self.pack: Pack | None = None
        self.exports: list[BriefExport] = []
        self.breadcrumb = Breadcrumb(window)
        self.navigation = Navigation(self.store, lambda: self.reader.page, window)
        self.notes = NotesDock(self.store, window)
        self.bookmarks_dock = BookmarksDock(window)
        self.bookmarks = Bookmarks(self.store, self.bookmarks_dock, window)
        self._build_actions()
        self._connect()

    def _build_actions(self) -> None:
        self.build_brief_action = make_action(
            self.window, Prep.tr("Build &Brief…"), self.build_brief, "Ctrl+Shift+B", "brief"
        )
        self.print_action = make_action(
            self.window,
            Prep.tr("&Print…"),
            self.print_current,
            QKeySequence.StandardKey.Print,
            "print",
        )
        self.export_notes_action = make_action(
            self.window, Prep.tr("Export &Notes…"), self.export_notes, None, "export"
        )
        # No shortcut: there is no conventional one for a backup.
        self.backup_action = make_action(
            self.window, Prep.tr("Back &Up Notes…"), self.back_up_notes
        )
        self.add_to_notes_action = make_action(
            self.window,
            Prep.tr("&Add Selection to Notes"),
            self.add_selection_to_notes,
            "Ctrl+M",
            "quote",
        )
        self.add_to_notes_action.setEnabled(False)
        self.notes_toggle = self.notes.toggleViewAction()
        set_shortcuts(self.notes_toggle, "Ctrl+Shift+N")
        #: True while the user keeps the notes panel open (View → Notes) on topics
        #: without a note; otherwise it shows only on topics that have one.
        self.notes_pinned = False
        self.notes_toggle.triggered.connect(self._pin_notes)
        self.notes_toggle.setIcon(icon("notes"))

    def _connect(self) -> None:
        for source in (self.navigation, self.bookmarks, self.breadcrumb, self.notes):
            source.topic_requested.connect(self.topic_requested)
        self.notes.term_requested.connect(self.term_requested)
        self.notes.external_requested.connect(self.external_requested)
        self.bookmarks.message.connect(self.message)
        self.notes.noted_changed.connect(self._mark_noted)
        self.reader.copyAvailable.connect(self.add_to_notes_action.setEnabled)
        self.reader.textChanged.connect(lambda: QTimer.singleShot(0, self._page_changed))
        self.reader.context_actions.append(self.add_to_notes_action)
        self.navigation.watch(self.reader.viewport())
        self.navigation.watch(self.tree.viewport())

    # -- following the window -------------------------------------------------

    def set_pack(self, pack: Pack) -> None:
        """Follow ``pack`` (call before its first topic opens)."""
        self.pack = pack
        self.navigation.set_pack(pack)
        self.notes.set_pack(pack)
        self.bookmarks.set_pack(pack)
        self._mark_noted()
        if self.store.notice:
            self.message.emit(self.store.notice)

    def topic_opened(self, topic_id: str) -> None:
        """The window shows ``topic_id`` now: history, breadcrumb, star and note follow."""
        self.navigation.topic_opened(topic_id)
        self.bookmarks.topic_opened(topic_id)
        self.notes.show_topic(topic_id)
        self._follow_page(topic_id)
        if self.pack is not None:
            self.breadcrumb.show_topic(self.pack, topic_id)

    def _pin_notes(self, checked: bool) -> None:
        self.notes_pinned = checked

    def _follow_page(self, topic_id: str | None) -> None:
        """Show the notes panel on a topic with a note or while pinned; hide it elsewhere.

        An empty notes panel takes no room from the reader until the user
        opens it (Ctrl+Shift+N, or Ctrl+M to quote a passage); the glossary
        pages have no note, so it hides there.
        """
        if topic_id is not None and (self.notes_pinned or topic_id in self.notes.noted_topics()):
            self.notes.show()
        else:
            self.notes.hide()

    def _page_changed(self) -> None:
        self.navigation.page_changed()
        page = self.reader.page
        if page and page[0] != "topic":
            self._follow_page(None)
        if page == ("glossary", ""):
            self.breadcrumb.show_page(Prep.tr("Glossary"))
        elif page == ("glance", ""):
            self.breadcrumb.show_page(Prep.tr("At a glance"))
        elif page and page[0] == "term" and self.pack and (term := self.pack.term(page[1])):
            self.breadcrumb.show_page(Prep.tr("Glossary"), term.term)

    def _mark_noted(self) -> None:
        model = self.tree.model()
        if model is not None and hasattr(model, "set_noted"):
            model.set_noted(self.notes.noted_topics())

    def save_all(self) -> int:
        """Save the note being typed and put every saved note in the main database file.

        Called when the window closes.  After the save, a WAL checkpoint
        (:meth:`UserStore.checkpoint`) copies the write-ahead log into
        ``briefing.sqlite3`` and empties it, so that copying that one file
        keeps every note and bookmark; if another copy of Briefing is using
        the file at that moment, the last one to quit completes it.

        Returns:
            How many notes could not be saved (the window asks before losing them).
        """
        self.notes.save_now()
        self.store.checkpoint()
        return self.notes.unsaved_count()

    def _close_store(self) -> None:
        """``QCoreApplication.aboutToQuit``: checkpoint and close the store this object opened.

        Closing the last connection lets SQLite delete ``-wal`` and ``-shm``
        (SQLite docs, "Write-Ahead Logging"); the checkpoint at the window's
        close already put every note in the main file.
        """
        self.store.close()

    # -- notes ----------------------------------------------------------------

    def add_selection_to_notes(self) -> None:
        """Quote the reader's selection into the current topic's note (Ctrl+M)."""
        page = self.reader.page
        cursor = self.reader.textCursor()
        passage = cursor.selection().toPlainText() if cursor.hasSelection() else ""
        if not page or page[0] != "topic":
            self.message.emit(Prep.tr("Select a passage of a topic to add it to your notes"))
            return
        if page[1] != self.notes.topic:
            self.notes.show_topic(page[1])
        self.notes.show()
        anchor = nearest_heading_anchor(self.reader.document(), cursor.selectionStart())
        if self.notes.add_quote(passage, anchor):
            self.message.emit(Prep.tr("Added to your notes"))
        elif self.store.read_only:
            self.message.emit(self.store.notice)
        else:
            self.message.emit(Prep.tr("Select a passage first, then add it to your notes"))

    def export_notes(self) -> None:
        """File → Export Notes: all notes of the pack as one Markdown file."""
        if self.pack is None:
            return
        self.notes.save_now()
        from briefing_app.ui.prep.brief_dialog import file_filter

        default = Path.home() / f"{pack_key(self.pack)}-notes.md"
        name, _filter = QtWidgets.QFileDialog.getSaveFileName(
            self.window, Prep.tr("Export notes"), str(default), file_filter(".md")
        )
        if not name:
            return
        from briefing_app.core.brief.files import write_text_atomic
        from briefing_app.core.brief.markdown import notes_to_markdown

        text = notes_to_markdown(self.pack, self.store.notes(pack_key(self.pack)))
        try:
            write_text_atomic(Path(name), text)
        except OSError as exc:
            QtWidgets.QMessageBox.warning(
                self.window,
                Prep.tr("Notes not exported"),
                Prep.tr("Cannot write %1: %2. Choose another folder.")
                .replace("%2", str(exc.strerror or exc))
                .replace("%1", name),
            )
            return
        self.message.emit(Prep.tr("Notes exported to %1").replace("%1", name))

    def back_up_notes(self) -> None:
        """File → Back Up Notes…: copy every pack's notes and bookmarks to a file the user picks.

        The default is ``briefing-notes-<date>.sqlite3`` in the Documents
        folder (``QStandardPaths.DocumentsLocation``, else the home folder).
        The copy is made by :func:`briefing_app.core.user.backup.back_up`;
        success is a status-bar line with the counts, failure a warning that
        names the file or folder and what to do.
        """
        from briefing_app.core.user.backup import BackupError, back_up, default_name

        self.notes.save_now()
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        default = Path(documents or Path.home()) / default_name()
        name, _filter = QtWidgets.QFileDialog.getSaveFileName(
            self.window,
            Prep.tr("Back up notes and bookmarks"),
            str(default),
            Prep.tr("Briefing notes backup (*.sqlite3);;All files (*)"),
        )
        if not name:
            return
        try:
            result = back_up(self.store, Path(name))
        except BackupError as exc:
            QtWidgets.QMessageBox.warning(self.window, Prep.tr("Notes not backed up"), str(exc))
            return
        text = result.summary()
        unsaved = self.notes.unsaved_count()
        if unsaved:
            text += "; " + Prep.tr("%n note(s) not saved yet are not in it", None, unsaved)
        self.message.emit(text)

    # -- brief and printing ---------------------------------------------------

    def _current_topic(self) -> str:
        page = self.reader.page
        return page[1] if page and page[0] == "topic" else self.notes.topic

    def make_brief_dialog(self) -> BriefDialog:
        """Return the brief builder for the pack, wired to export and print."""
        from briefing_app.ui.prep.brief_dialog import BriefDialog

        assert self.pack is not None
        dialog = BriefDialog(self.pack, self._current_topic(), self.window)
        from briefing_app.ui.accessible import name_fields_from_labels

        name_fields_from_labels(dialog)  # "Format", not its value; "Title", not "Title:"
        dialog.export_requested.connect(
            lambda options, ext: self.export_brief(options, ext, dialog)
        )
        dialog.print_requested.connect(self.print_brief)
        return dialog

    def build_brief(self) -> None:
        """File → Build Brief (Ctrl+Shift+B): open the brief builder."""
        if self.pack is None:
            return
        dialog = self.make_brief_dialog()
        dialog.exec()
        dialog.deleteLater()

    def _notes_for(self, options: BriefOptions) -> dict[str, str]:
        if not options.include_notes or self.pack is None:
            return {}
        self.notes.save_now()
        return self.store.notes(pack_key(self.pack))

    def export_brief(
        self, options: BriefOptions, extension: str, dialog: QWidget | None = None
    ) -> BriefExport | None:
        """Ask where to save the brief, then write it with progress; returns the running export."""
        from briefing_app.ui.prep.brief_dialog import BriefDialog, file_filter

        if self.pack is None:
            return None
        default = Path.home() / f"{pack_key(self.pack)}-brief{extension}"
        name, _filter = QtWidgets.QFileDialog.getSaveFileName(
            dialog or self.window, Prep.tr("Export brief"), str(default), file_filter(extension)
        )
        if not name:
            return None
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(extension)
        if dialog is not None and isinstance(dialog, BriefDialog):
            dialog.accept()
        return self.start_export(options, path)

    def start_export(self, options: BriefOptions, path: Path) -> BriefExport:
        """Write the brief to ``path`` in the background with a progress dialog."""
        from briefing_app.ui.prep.brief_export import BriefExport

        assert self.pack is not None
        export = BriefExport(self.pack, options, self._notes_for(options), path, self.window)
        self.exports.append(export)
        export.finished.connect(
            lambda where: self._export_ended(
                export, Prep.tr("Brief saved to %1").replace("%1", str(where))
            )
        )
        export.cancelled.connect(
            lambda: self._export_ended(export, Prep.tr("Brief export cancelled"))
        )
        export.failed.connect(lambda text: self._export_failed(export, text))
        export.start()
        return export

    def _export_ended(self, export: BriefExport, text: str) -> None:
        if export in self.exports:
            self.exports.remove(export)
        export.deleteLater()
        self.message.emit(text)

    def _export_failed(self, export: BriefExport, text: str) -> None:
        self._export_ended(export, Prep.tr("Brief not saved"))
        QtWidgets.QMessageBox.warning(self.window, Prep.tr("Brief not saved"), text)

    def print_brief(self, options: BriefOptions) -> None:
        """Print preview of a brief (from the brief builder)."""
        from briefing_app.core.brief.model import BriefError, build_brief

        if self.pack is None:
            return
        try:
            brief = build_brief(self.pack, options, self._notes_for(options))
        except BriefError as exc:
            QtWidgets.QMessageBox.warning(self.window, Prep.tr("Cannot print the brief"), str(exc))
            return
        from briefing_app.ui.prep import printing  # QtPrintSupport is loaded when first needed

        printing.open_preview(self.window, brief.options.title, printing.paint_brief(brief))

    def print_current(self) -> None:
        """File → Print (Ctrl+P): print preview of the topic shown, with the pack's marking."""
        topic_id = self._current_topic()
        if self.pack is None or topic_id not in self.pack.topics:
            self.message.emit(Prep.tr("Open a topic to print it"))
            return
        from briefing_app.ui.prep import printing  # QtPrintSupport is loaded when first needed

        brief = printing.topic_brief(self.pack, topic_id)
        printing.open_preview(
            self.window, self.pack.topics[topic_id].title, printing.paint_topic(brief)
        )
