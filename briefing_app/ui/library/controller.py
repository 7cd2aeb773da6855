"""The window's side of the library: pack files, who signed them, and what changed.

:class:`Library` adds File → Open Pack File… (Ctrl+Shift+O, a ``.briefing``
file), File → Library… (Ctrl+Shift+L, the packs the user keeps:
:mod:`briefing_app.ui.library.shelf_dialog`, loaded on first use), File → What
Changed…, and two status-bar widgets: how the pack file
checked out ("Verified · signed by …") and a "What changed?" button while a
new edition has topics the user has not opened.  It marks those topics in
the tree (:data:`~briefing_app.ui.tree.model.CHANGED_ROLE`) until each is
opened.  Everything here runs after the reader's first paint
(:func:`~briefing_app.ui.window.first_paint.when_painted`): reading a pack
file's report or the edition record is never on the way to the first page.
The edition is noted on a daemon thread that pauses after every topic (see
:data:`PAUSE_S`) and touches no widget: its result comes back through a
queued signal.  The same thread first records the pack in the library
(:func:`briefing_app.core.library.shelf.record`: added if new, opened now),
so that every pack opened -- File → Open, a pack file, ``--content``, the
library itself -- is listed there, recently opened first.
"""

from __future__ import annotations

import contextlib
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtWidgets  # QtCore.Qt, the file dialog: made when first used
from PySide6.QtCore import QEvent, QObject, QSize, QStandardPaths, QTimer, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QStatusBar, QToolButton, QWidget

from briefing_app.core.pack.model import Pack
from briefing_app.ui.i18n import Context, fill
from briefing_app.ui.window.actions import make_action
from briefing_app.ui.window.first_paint import when_painted

if TYPE_CHECKING:
    from briefing_app.core.library.editions import EditionRecord
    from briefing_app.core.library.packfile import PackFileReport
    from briefing_app.core.library.signing import SignatureStatus
    from briefing_app.ui.window.main_window import MainWindow

Menus = Context("Menus")
PackFiles = Context("PackFiles")


def file_filter() -> str:
    """Return the file dialog's filters for File → Open Pack File…."""
    return PackFiles.tr("Briefing pack files (*.briefing)") + ";;" + PackFiles.tr("All files (*)")


# -- the core's reports in the interface language (the core's own words are English) --------


def signature_words(status: SignatureStatus) -> str:
    """Return who signed a pack file, in a line: "signed by X (trusted)", "unsigned", ..."""
    if status.state == "trusted":
        if status.detail == "user":
            return fill(PackFiles.tr("signed by %1 (trusted by you)"), status.signer)
        return fill(PackFiles.tr("signed by %1 (trusted)"), status.signer)
    if status.state == "unknown":
        from briefing_app.core.library.signing import fingerprint

        if status.signer:
            return fill(
                PackFiles.tr("signed by an unknown key (it says “%1”; fingerprint %2)"),
                status.signer,
                fingerprint(status.key_id),
            )
        return fill(
            PackFiles.tr("signed by an unknown key (fingerprint %1)"), fingerprint(status.key_id)
        )
    if status.state == "bad":
        return fill(PackFiles.tr("signature does not verify: %1"), status.detail)
    return PackFiles.tr("unsigned")


def integrity_words(report: PackFileReport) -> str:
    """Return "verified", or which files were altered, missing or extra, or why the file
    was refused (the reason in the core's words)."""
    if report.refused:
        return fill(PackFiles.tr("refused: %1"), report.refused)
    if report.verified:
        return PackFiles.tr("verified")
    parts: list[str] = []
    if report.altered:
        parts.append(
            fill(
                PackFiles.tr("%n altered: %1", None, len(report.altered)), ", ".join(report.altered)
            )
        )
    if report.missing:
        parts.append(
            fill(
                PackFiles.tr("%n missing: %1", None, len(report.missing)), ", ".join(report.missing)
            )
        )
    if report.extra:
        parts.append(
            fill(PackFiles.tr("%n extra: %1", None, len(report.extra)), ", ".join(report.extra))
        )
    return fill(PackFiles.tr("NOT verified — %1"), "; ".join(parts))


def report_words(report: PackFileReport) -> str:
    """Return how a pack file checked out, in a line: "verified; signed by X (trusted)"."""
    if report.refused:
        return integrity_words(report)
    return fill(PackFiles.tr("%1; %2"), integrity_words(report), signature_words(report.signature))


#: The noting thread sleeps this long after every topic (s).  Python threads share one
#: interpreter lock: beside the search indexer, a second busy thread raised the longest stall
#: while typing on a 5,000-topic pack from about 20 ms to 40–58 ms
#: (tests/ui/search/test_latency.py, three runs each); with this pause it was 18–32 ms.  Such a
#: pack's new edition is then noted in about half a minute, unseen; the bundled pack's in 0.1 s.
PAUSE_S = 0.002


def _pause() -> None:
    time.sleep(PAUSE_S)


# -- status texts that fit the status bar ----------------------------------------------------

#: The widest a status label asks to be, in average characters: a signer's long name or an
#: unknown key's fingerprint must leave the status bar's messages room.
STATUS_CHARS = 48


class ElidedLabel(QLabel):
    """A one-line status-bar label that shrinks to the room it gets: its text is cut with "…"
    at the end, and then its tooltip starts with the whole text.  It asks for at most
    :data:`STATUS_CHARS` characters' width and will make do with a few, so the status bar's
    permanent widgets never overlap one another or a message.  :meth:`text` is the whole text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details = ""  # the tooltip after the whole text

    def set_text(self, text: str, details: str = "") -> None:
        """Show ``text``; the tooltip gives ``details`` (and ``text`` while it is cut)."""
        self.details = details
        self.setText(text)
        self._update_tooltip()

    def shown_text(self) -> str:
        """Return the text as drawn: cut with "…" to the label's width if it does not fit."""
        return self.fontMetrics().elidedText(
            self.text(), QtCore.Qt.TextElideMode.ElideRight, max(0, self.contentsRect().width())
        )

    def is_elided(self) -> bool:
        """True while the text is cut to fit."""
        return self.shown_text() != self.text()

    def _update_tooltip(self) -> None:
        parts = [self.text()] if self.is_elided() else []
        self.setToolTip("\n".join([*parts, self.details]) if self.details else "\n".join(parts))

    def sizeHint(self) -> QSize:
        """Qt API: the text's width, at most :data:`STATUS_CHARS` characters."""
        hint = super().sizeHint()
        most = self.fontMetrics().averageCharWidth() * STATUS_CHARS
        return QSize(min(hint.width(), most), hint.height())

    def minimumSizeHint(self) -> QSize:
        """Qt API: room for a few characters and the "…"."""
        hint = super().minimumSizeHint()
        return QSize(
            min(hint.width(), self.fontMetrics().horizontalAdvance("⚠ MMMM…")), hint.height()
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Qt API: a new width cuts the text anew (and says so in the tooltip)."""
        super().resizeEvent(event)
        if self.text():  # empty until a pack file is inspected, after the first paint
            self._update_tooltip()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Qt API: draw :meth:`shown_text`."""
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            self.contentsRect(),
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            self.shown_text(),
            self.foregroundRole(),
        )


def message_room(bar: QStatusBar) -> int:
    """Return the width (px) a temporary message of ``bar`` has: from its left margin to its
    first visible permanent widget, as :class:`QStatusBar` draws it (left to right)."""
    layout = bar.layout()
    if layout is not None:
        layout.activate()  # widgets shown or hidden just now take their places
    right = bar.width() - 12
    lefts = [
        child.x() - 2
        for child in bar.findChildren(
            QWidget, options=QtCore.Qt.FindChildOption.FindDirectChildrenOnly
        )
        if child.isVisible() and child.x() > 0 and child.objectName() != "qt_sizegrip"
    ]
    return max(0, min([right, *lefts]) - 6)


class StatusMessages(QObject):
    """Shows temporary messages in a status bar cut with "…" to the room before its permanent
    widgets (the whole text in the bar's tooltip meanwhile), and cuts them anew when those
    widgets come, go or change width or the bar is resized, for the time the message had left."""

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.bar = bar
        self.text = ""  # the whole message being shown, "" for none of ours
        self.shown = ""  # the message as shown
        self.until = 0.0  # time.monotonic() when it goes
        bar.messageChanged.connect(self._changed)
        bar.installEventFilter(self)

    def show(self, text: str, timeout_ms: int) -> str:
        """Show ``text`` for ``timeout_ms``; return it as shown."""
        self.text = text
        self.until = time.monotonic() + timeout_ms / 1000
        self.shown = ""
        self.fit()
        return self.shown

    def fit(self) -> None:
        """Show the message cut to the room it has now."""
        left_ms = int((self.until - time.monotonic()) * 1000)
        if not self.text or left_ms <= 0:
            return
        room = message_room(self.bar)
        shown = self.bar.fontMetrics().elidedText(
            self.text, QtCore.Qt.TextElideMode.ElideRight, room
        )
        if shown != self.shown or self.bar.currentMessage() != shown:
            self.shown = shown
            self.bar.showMessage(shown, left_ms)
        self.bar.setToolTip(self.text if shown != self.text else "")

    def _changed(self, now: str) -> None:
        if self.text and now != self.shown:  # another message, or none: ours is gone
            self.text = self.shown = ""
            self.bar.setToolTip("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Qt API: the bar's layout or width changed: fit the message again once it is laid out."""
        if self.text and event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Resize):
            QTimer.singleShot(0, self.fit)
        return False


class Library(QObject):
    """Pack-file and edition features of one window (see module doc).

    Attributes:
        open_file_action: File → Open Pack File….
        shelf_action: File → Library….
        changes_action: File → What Changed… (enabled when the open edition has changes).
        status_label: the pack file's verification and signer, hidden for a folder.
        changes_button: "What changed?", shown while changed topics are unread.
        report: how the open pack's file checked out, or None for a folder.
        record: the open pack's edition record, once known.
    """

    #: (pack, record): the edition of ``pack`` is noted (emitted from the noting thread).
    edition_known = Signal(object, object)
    #: (entry): the library now lists the open pack as opened, an
    #: :class:`~briefing_app.core.library.shelf.Entry` (emitted from the noting thread).
    shelf_changed = Signal(object)

    def __init__(self, win: MainWindow) -> None:
        super().__init__(win)
        self.win = win
        self.report: PackFileReport | None = None
        self.record: EditionRecord | None = None
        self._pack: Pack | None = None
        self._messages: StatusMessages | None = None
        self.open_file_action = make_action(
            win, PackFiles.tr("Open Pack &File…"), self.choose_file, "Ctrl+Shift+O", "open"
        )
        self.shelf_action = make_action(
            win, Menus.tr("&Library…"), self.show_shelf, "Ctrl+Shift+L", "open"
        )
        self.changes_action = make_action(win, PackFiles.tr("&What Changed…"), self.show_changes)
        self.changes_action.setEnabled(False)
        self.status_label = ElidedLabel(win)
        self.status_label.setObjectName("packfile-status")
        self.status_label.setAccessibleName(PackFiles.tr("Pack file"))
        self.status_label.hide()
        self.changes_button = QToolButton(win)
        self.changes_button.setObjectName("what-changed-button")
        self.changes_button.setAutoRaise(True)
        self.changes_button.setText(PackFiles.tr("What changed?"))
        self.changes_button.setAccessibleName(PackFiles.tr("What changed in this edition"))
        self.changes_button.clicked.connect(self.show_changes)
        self.changes_button.hide()
        win.topic_opened.connect(self._on_topic_opened)
        self.edition_known.connect(self._on_edition_known)

    def messages(self) -> StatusMessages:
        """Return the status bar's messages that fit (made on first use)."""
        if self._messages is None:
            self._messages = StatusMessages(self.win.statusBar())
        return self._messages

    def add_status_widgets(self) -> None:
        """Put the status label and the button in the window's status bar (after it is built)."""
        self.win.statusBar().addPermanentWidget(self.changes_button)
        self.win.statusBar().addPermanentWidget(self.status_label)

    # -- opening --------------------------------------------------------------

    def choose_file(self) -> None:
        """Ask for a ``.briefing`` file and open it (File → Open Pack File…)."""
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _chosen = QtWidgets.QFileDialog.getOpenFileName(
            self.win,
            PackFiles.tr("Open a briefing pack file"),
            start or str(Path.home()),
            file_filter(),
        )
        if path:
            self.win.open_pack_folder(path)

    def show_shelf(self) -> None:
        """File → Library…: the packs the user keeps (the dialog is loaded on first use)."""
        from briefing_app.ui.library.shelf_dialog import show_library

        show_library(self.win)

    def open_entry(self, path: str, kind: str = "", item_id: str = "") -> bool:
        """Open the pack at ``path`` (a folder or ``.briefing`` file) in the window, as File →
        Open does, and, if given, its topic or term ``item_id`` (``kind`` "topic" or "term");
        True if the pack opened.  The library records it as opened."""
        if not self._shows(path):
            before = self.win.pack
            self.win.open_pack_folder(path)
            if self.win.pack is before:
                return False  # refused: the window said why
        if kind == "term" and item_id:
            self.win.open_term(item_id)
        elif item_id:
            self.win.open_topic(item_id)
        return True

    def _shows(self, path: str) -> bool:
        """True if the window shows the pack at ``path`` already (a pack file: its folder)."""
        from briefing_app.core.library.shelf import path_key

        shown = self.report.source if self.report is not None else self.win.pack.root
        return path_key(shown) == path_key(path) or path_key(self.win.pack.root) == path_key(path)

    def set_pack(self, pack: Pack) -> None:
        """Follow the window to ``pack``: clear the marks now, look up its file and edition
        once the reader has painted."""
        self._pack = pack
        self.report = None
        self.record = None
        self.status_label.hide()
        self.changes_button.hide()
        self.changes_action.setEnabled(False)
        when_painted(self.win.reader.viewport(), self, lambda: self._inspect(pack))

    def _inspect(self, pack: Pack) -> None:
        if pack is not self._pack:
            return  # another pack was opened meanwhile
        if pack.root.parent.name == "packfiles":  # only a pack file's folder is worth a look
            from briefing_app.core.library.packfile import report_for

            self.report = report_for(pack.root)
            self._show_report()
        if pack.complete and pack.topics and self.win.keeps_state:  # not for a picture
            thread = threading.Thread(
                target=self._note, args=(pack, self.report), name="edition", daemon=True
            )
            thread.start()

    def _note(self, pack: Pack, report: PackFileReport | None) -> None:
        """Record ``pack`` in the library and note its edition (on the noting thread); hand
        the results over."""
        from briefing_app.core.library.editions import note_edition
        from briefing_app.core.library.shelf import record as list_in_library

        try:
            entry = list_in_library(pack, report.source if report is not None else None)
        except Exception:  # a library that cannot be written must not stop the rest
            entry = None
        if entry is not None:
            with contextlib.suppress(RuntimeError):  # the window is gone
                self.shelf_changed.emit(entry)

        try:
            record = note_edition(pack, pause=_pause)
        except Exception:  # a bug must not take the window down: no offer this time
            return
        with contextlib.suppress(RuntimeError):  # the window is gone
            self.edition_known.emit(pack, record)

    def _on_edition_known(self, pack: Pack, record: EditionRecord) -> None:
        if pack is not self._pack:
            return  # another pack was opened meanwhile
        self.record = record
        self._show_changes_offer(announce=True)

    def _show_report(self) -> None:
        report = self.report
        if report is None:
            return
        ok = report.verified and report.signature.state in ("trusted", "unsigned")
        integrity = PackFiles.tr("Verified") if report.verified else PackFiles.tr("NOT verified")
        text = fill(PackFiles.tr("%1 · %2"), integrity, signature_words(report.signature))
        self.status_label.set_text(
            text if ok else "⚠ " + text, f"{report.source}\n{report_words(report)}"
        )
        self.status_label.show()
        if not ok:
            self.messages().show(
                fill(PackFiles.tr("Warning: this pack file is %1"), report_words(report)),
                15000,
            )

    # -- what changed ---------------------------------------------------------

    def _show_changes_offer(self, announce: bool = False) -> None:
        from briefing_app.ui.library.changes_dialog import (
            previous_edition,
            summary_words,
            this_edition,
        )

        record = self.record
        has_changes = record is not None and bool(record.changes)
        self.changes_action.setEnabled(has_changes)
        unread = record.unread & set(self.win.pack.topics) if record is not None else set()
        self.changes_button.setVisible(bool(unread))
        self.changes_button.setToolTip(
            fill(
                PackFiles.tr("%1: %2 since %3"),
                this_edition(record),
                summary_words(record.changes),
                previous_edition(record),
            )
            if record is not None and has_changes
            else ""
        )
        self.win.tree.topic_model().set_changed(unread)
        if announce and unread and record is not None:
            self.messages().show(
                fill(
                    PackFiles.tr("A new edition: %1 since %2. File → What Changed… shows how"),
                    summary_words(record.changes),
                    previous_edition(record),
                ),
                15000,
            )

    def _on_topic_opened(self, topic_id: str) -> None:
        if self.record is not None:
            from briefing_app.core.library.editions import mark_read

            if mark_read(self.record, topic_id):
                self._show_changes_offer()

    def show_changes(self) -> None:
        """File → What Changed…: the changes of this edition, topic by topic."""
        if self.record is None or not self.record.changes:
            self.win.statusBar().showMessage(
                PackFiles.tr("No changes recorded for this edition"), 6000
            )
            return
        from briefing_app.ui.library.changes_dialog import show_changes

        show_changes(self.win, self.record)
