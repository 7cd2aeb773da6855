"""File → What Changed…: the topics a new edition added, removed and changed, with each change.

The page is built by :func:`changes_html` from the edition record
(:mod:`briefing_app.core.library.editions`: the previous edition's text of
each changed topic) and the pack now open, with the word-level diff of
:func:`briefing_app.core.library.changes.hunks_html` in the reader's palette.
A topic's title is a link: it opens the topic in the window (which marks
it read).  The dialog is not modal, so the user can read on beside it.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from briefing_app.core.library.changes import Changes, diff_hunks, hunks_html, topic_text
from briefing_app.core.library.editions import EditionRecord, load_texts
from briefing_app.core.pack.model import Pack
from briefing_app.core.render.stylesheet import PALETTES
from briefing_app.ui.i18n import Context, fill
from briefing_app.ui.theme import reader_scheme

if TYPE_CHECKING:
    from briefing_app.ui.window.main_window import MainWindow

#: Links to topics in the page: ``topic:<id>``.
TOPIC_SCHEME = "topic"

PackFiles = Context("PackFiles")


def summary_words(changes: Changes) -> str:
    """Return "2 topics changed, 1 added, 1 removed" (parts with none left out), or "no changes"."""
    parts: list[str] = []
    for items, first, then in (
        (changes.changed, PackFiles.tr("%n topic(s) changed", None, len(changes.changed)), ""),
        (
            changes.added,
            PackFiles.tr("%n topic(s) added", None, len(changes.added)),
            PackFiles.tr("%n added", None, len(changes.added)),
        ),
        (
            changes.removed,
            PackFiles.tr("%n topic(s) removed", None, len(changes.removed)),
            PackFiles.tr("%n removed", None, len(changes.removed)),
        ),
    ):
        if items:
            parts.append(then if parts else first)
    if not parts:
        return PackFiles.tr("no changes")
    text = parts[0]
    for part in parts[1:]:
        text = fill(PackFiles.tr("%1, %2"), text, part)
    return text


def edition_words(version: str, updated: str) -> str:
    """Return "edition 2 of 2025-06-30", leaving out what is not known."""
    if version and updated:
        return fill(PackFiles.tr("edition %1 of %2"), version, updated)
    if version:
        return fill(PackFiles.tr("edition %1"), version)
    if updated:
        return fill(PackFiles.tr("edition of %1"), updated)
    return PackFiles.tr("the undated edition")


def this_edition(record: EditionRecord) -> str:
    """Return the edition ``record`` describes, in words."""
    return edition_words(record.version, record.updated)


def previous_edition(record: EditionRecord) -> str:
    """Return the edition before ``record``'s in words, or "" if none is known."""
    return edition_words(*record.previous) if record.previous else ""


def changes_html(record: EditionRecord, pack: Pack, palette: dict[str, str]) -> str:
    """Return the What Changed page for ``pack`` (the edition ``record`` describes) as HTML
    in Qt's rich-text subset."""
    esc = html.escape
    changes = record.changes
    title = pack.info.title or pack.info.id or pack.root.name

    def link(topic_id: str, text: str) -> str:
        return f"<a href='{TOPIC_SCHEME}:{esc(topic_id)}'>{esc(text)}</a>"

    edition = this_edition(record)
    against = fill(
        PackFiles.tr("%1, against %2 that you read before: %3."),
        edition[:1].upper() + edition[1:],
        previous_edition(record),
        summary_words(changes),
    )
    legend = PackFiles.tr(
        "Removed words are struck out, added words underlined. Topics you have not opened "
        "since are marked in the tree."
    )
    heading = fill(PackFiles.tr("What changed in %1"), title)
    parts = [
        f"<h2>{esc(heading)}</h2>",
        f"<p>{esc(against)}</p>",
        f"<p style='color:{palette['muted']}'>{esc(legend)}</p>",
    ]
    if changes.added:
        items = "".join(f"<li>{link(key, name)}</li>" for key, name in changes.added)
        parts.append("<h3>" + esc(PackFiles.tr("Added")) + f"</h3><ul>{items}</ul>")
    if changes.removed:
        items = "".join(f"<li>{esc(name)}</li>" for _key, name in changes.removed)
        parts.append("<h3>" + esc(PackFiles.tr("Removed")) + f"</h3><ul>{items}</ul>")
    if changes.changed:
        parts.append("<h3>" + esc(PackFiles.tr("Changed")) + "</h3>")
        not_opened = PackFiles.tr(" (not opened yet)")
        for topic_id, name in changes.changed:
            unread = not_opened if topic_id in record.unread else ""
            parts.append(f"<h4>{link(topic_id, name)}{esc(unread)}</h4>")
            old, topic = record.old.get(topic_id), pack.topics.get(topic_id)
            if old is None or topic is None:
                continue
            parts.append(hunks_html(diff_hunks(old.text, topic_text(topic)), palette))
    return "".join(parts)


class ChangesDialog(QDialog):
    """The What Changed page in a text pane; topic links open the topic in the window."""

    def __init__(self, window: MainWindow, record: EditionRecord) -> None:
        super().__init__(window)
        self.setObjectName("changes-dialog")
        self.setWindowTitle(PackFiles.tr("What Changed"))
        self._window = window
        self.record = record
        self.text = QTextBrowser(self)
        self.text.setOpenLinks(False)
        self.text.setOpenExternalLinks(False)
        self.text.setAccessibleName(PackFiles.tr("What changed in this edition"))
        self.text.anchorClicked.connect(self._open_link)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(720, 600)
        self.refresh(record)

    def refresh(self, record: EditionRecord) -> None:
        """Show ``record``'s changes against the window's pack, in the reader's colours."""
        self.record = record
        if record.changes.changed and not record.old:
            load_texts(record)  # the same edition reopened: its record came without its texts
        palette = PALETTES[reader_scheme(self.text.palette())]
        self.text.setHtml(changes_html(record, self._window.pack, palette))

    def _open_link(self, url: QUrl) -> None:
        if url.scheme() == TOPIC_SCHEME:
            self._window.open_topic(url.path())
            self.refresh(self.record)  # "(not opened yet)" goes


def show_changes(window: MainWindow, record: EditionRecord) -> ChangesDialog:
    """Show the What Changed dialog (one per window, brought up to date)."""
    dialog = window.findChild(ChangesDialog)
    if dialog is None:
        dialog = ChangesDialog(window, record)
    else:
        dialog.refresh(record)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
