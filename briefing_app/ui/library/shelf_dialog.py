"""File → Library…: the packs the user keeps, to open, add, remove or find on disk.

A table (:class:`~briefing_app.ui.library.shelf_model.ShelfModel`) of the
library (:mod:`briefing_app.core.library.shelf`), recently opened first, and
the buttons Open (or a double click, or Enter), Add… (a pack folder or a
``.briefing`` file), Remove (not for the bundled pack) and Reveal in Folder
(the system's file manager, ``QDesktopServices.openUrl``).  Opening a pack
opens it in the window as File → Open does, and the window records it as
opened.  Adding loads the pack on a thread (a big pack takes seconds); a
path with no usable pack is refused with the library's message.  This module
is imported on first use of the menu entry, never at start-up.
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from briefing_app.core.library import shelf
from briefing_app.core.library.shelf import Entry
from briefing_app.ui.i18n import Context
from briefing_app.ui.library.shelf_model import ENTRY_ROLE, ShelfModel
from briefing_app.ui.window.actions import RefreshableDialog

if TYPE_CHECKING:
    from briefing_app.ui.window.main_window import MainWindow

Library = Context("Library")

#: The file dialog's filters for Add → Pack File….
FILE_FILTER = "Briefing pack files (*.briefing);;All files (*)"


class ShelfDialog(RefreshableDialog):
    """The library of one window (see module doc).

    Attributes:
        model: the table's model.
        table: the table of packs.
        open_button, add_button, remove_button, reveal_button: the actions' buttons.

    Signals:
        added(result): a pack was added (an :class:`Entry`) or refused (a message, str);
            emitted from the adding thread.
    """

    added = Signal(object)

    def __init__(self, win: MainWindow) -> None:
        super().__init__(win)
        self.win = win
        self.setObjectName("library-dialog")
        self.setWindowTitle(Library.tr("Library"))
        self.resize(1120, 440)  # every column on a 1366 × 768 screen
        layout = QVBoxLayout(self)
        self.note = QLabel(
            Library.tr(
                "Packs you have opened or added, recently opened first. "
                "Double-click one to open it."
            ),
            self,
        )
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.model = ShelfModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("library-table")
        self.table.setAccessibleName(Library.tr("Packs in the library"))
        self.table.setAccessibleDescription(
            Library.tr("Recently opened first; Enter opens the pack selected, Delete removes it")
        )
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.activated.connect(lambda _index: self.open_selected())
        layout.addWidget(self.table, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        role = QDialogButtonBox.ButtonRole.ActionRole
        self.open_button = self._button(buttons, Library.tr("&Open"), self.open_selected)
        self.open_button.setDefault(True)
        self.add_button = QPushButton(Library.tr("&Add…"), self)
        menu = QMenu(self.add_button)
        self.add_folder_action = menu.addAction(Library.tr("Pack &Folder…"))
        self.add_folder_action.triggered.connect(self.choose_folder)
        self.add_file_action = menu.addAction(Library.tr("Pack F&ile (.briefing)…"))
        self.add_file_action.triggered.connect(self.choose_file)
        self.add_button.setMenu(menu)
        buttons.addButton(self.add_button, role)
        self.remove_button = self._button(buttons, Library.tr("&Remove"), self.remove_selected)
        self.reveal_button = self._button(
            buttons, Library.tr("Reveal in &Folder"), self.reveal_selected
        )
        layout.addWidget(buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.added.connect(self._on_added)
        win.library.shelf_changed.connect(self._on_shelf_changed)
        self.refresh()

    def _button(self, box: QDialogButtonBox, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        box.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        return button

    # -- the list ----------------------------------------------------------------

    def refresh(self, select: str = "") -> None:
        """List the library as it is now; select the entry ``select`` (else the same as before,
        else the first)."""
        current = self.current_entry()
        self.model.set_entries(shelf.entries())
        wanted = select or (current.id if current is not None else "")
        row = max(0, self.model.row_of(wanted)) if wanted else 0
        if self.model.rowCount():
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.resizeColumnsToContents()
        for column, widest in ((0, 260), (2, 200), (5, 260)):  # long titles, audiences, paths
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))
        self._update_buttons()

    def current_entry(self) -> Entry | None:
        """Return the selected pack, or None."""
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        entry = index.siblingAtColumn(0).data(ENTRY_ROLE)
        return entry if isinstance(entry, Entry) else None

    def _update_buttons(self) -> None:
        entry = self.current_entry()
        for button in (self.open_button, self.reveal_button):
            button.setEnabled(entry is not None)
        self.remove_button.setEnabled(entry is not None and not entry.bundled)
        self.remove_button.setToolTip(
            Library.tr("The pack that ships with Briefing stays in the library")
            if entry is not None and entry.bundled
            else ""
        )

    # -- actions -----------------------------------------------------------------

    def open_selected(self) -> None:
        """Open the selected pack in the window (as File → Open does) and close the dialog."""
        entry = self.current_entry()
        if entry is None:
            return
        self.accept()
        self.win.library.open_entry(entry.path)

    def remove_selected(self) -> None:
        """Take the selected pack off the list (its files stay); not the bundled pack."""
        entry = self.current_entry()
        if entry is None or entry.bundled:
            return
        try:
            shelf.remove(entry.id)
        except shelf.ShelfError as error:
            QMessageBox.warning(self, Library.tr("Cannot remove the pack"), str(error))
        self.refresh()

    def reveal_selected(self) -> None:
        """Show the folder that holds the selected pack in the system's file manager."""
        entry = self.current_entry()
        if entry is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(entry.folder())))

    def choose_folder(self) -> None:
        """Ask for a pack folder (or an MkDocs project, vault, Markdown folder) and add it."""
        folder = QFileDialog.getExistingDirectory(
            self, Library.tr("Add a pack folder to the library"), _documents()
        )
        if folder:
            self.add_path(folder)

    def choose_file(self) -> None:
        """Ask for a ``.briefing`` file and add it."""
        path, _chosen = QFileDialog.getOpenFileName(
            self, Library.tr("Add a pack file to the library"), _documents(), FILE_FILTER
        )
        if path:
            self.add_path(path)

    def add_path(self, path: str) -> None:
        """Add the pack at ``path`` on a thread; the list shows it (or a message says why not)."""
        self.add_button.setEnabled(False)
        self.note.setText(Library.tr("Adding %1…").replace("%1", path))
        thread = threading.Thread(target=self._add, args=(path,), name="library", daemon=True)
        thread.start()

    def _add(self, path: str) -> None:
        """Add ``path`` (on the adding thread) and hand the result over."""
        try:
            result: object = shelf.add(path)
        except shelf.ShelfError as error:
            result = str(error)
        except Exception as error:  # a bug must not take the window down
            result = f"{path}: {type(error).__name__}: {error}"
        with contextlib.suppress(RuntimeError):  # the dialog is gone
            self.added.emit(result)

    def _on_added(self, result: object) -> None:
        self.add_button.setEnabled(True)
        if isinstance(result, Entry):
            self.note.setText(Library.tr("Added “%1”.").replace("%1", result.title))
            self.refresh(select=result.id)
        else:
            self.note.setText("")
            QMessageBox.warning(self, Library.tr("Cannot add the pack"), str(result))

    def _on_shelf_changed(self, _entry: object) -> None:
        if self.isVisible():
            self.refresh()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Qt API: Delete removes the selected pack; the rest as any dialog."""
        if event.key() == Qt.Key.Key_Delete and self.table.hasFocus():
            self.remove_selected()
            return
        super().keyPressEvent(event)


def _documents() -> str:
    start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return start or str(Path.home())


def show_library(win: QWidget) -> ShelfDialog:
    """Show ``win``'s library dialog (made on first use, else brought up to date); return it."""
    from briefing_app.ui.window.actions import raise_single

    return raise_single(win, ShelfDialog)
