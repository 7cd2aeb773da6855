"""Help → Keyboard Shortcuts: every command of the window with its keys, listed when asked.

The list is made from the window's actions each time the dialog opens, so it
cannot go stale: the menu bar's menus are walked (submenus too), then any
action added to the window itself outside the menus.  Each entry shows the
menu path ("View › Theme"), the command's text without its mnemonic mark
("&" — Qt docs, ``QAction::text``) and all its key sequences in the
platform's own notation (``QKeySequence.toString(NativeText)``: "Ctrl+K" on
Linux and Windows, "⌘K" on macOS).

An entry with neither a shortcut nor a mnemonic is content a menu lists
(a bookmarked or recent topic), not a command, and is left out; the test
``tests/ui/window/test_shortcuts.py`` checks that every command has one or
the other, so none is left out for lacking both.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from briefing_app.ui.i18n import QT_TRANSLATE_NOOP, Context
from briefing_app.ui.window.actions import RefreshableDialog, raise_single

Shortcuts = Context("Shortcuts")

#: Menu path of actions added to the window but to no menu (English; shown translated).
OUTSIDE_MENUS = QT_TRANSLATE_NOOP("Shortcuts", "Window")
#: Separator between the menus of a path ("View › Theme").
PATH_SEPARATOR = " › "

_MNEMONIC = re.compile(r"&(?=[^&\s])")
#: A mnemonic written after the text, as Chinese and Japanese menus do: "文件(&F)".
_TRAILING_MNEMONIC = re.compile(r"\s?\(&[^&\s]\)")


@dataclass(frozen=True)
class ShortcutEntry:
    """One command: its menu path, its text (no "&" marks) and its keys in native text."""

    menu: str
    text: str
    keys: tuple[str, ...]


def plain_text(text: str) -> str:
    """Return a menu text as read: "&&" becomes "&", a single "&" (the mnemonic mark) goes,
    and so does a mnemonic written after the text ("文件(&F)" reads "文件")."""
    return "&".join(_TRAILING_MNEMONIC.sub("", part).replace("&", "") for part in text.split("&&"))


def has_mnemonic(text: str) -> bool:
    """True if menu text ``text`` marks a mnemonic letter ("&Open", not "R&&D")."""
    return bool(_MNEMONIC.search(text.replace("&&", "")))


def mnemonic(text: str) -> str:
    """Return the mnemonic letter of ``text``, lower case ("" for none)."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return text.replace("&&", "")[found.end()].lower() if found else ""


def native_keys(action: QAction) -> tuple[str, ...]:
    """Return ``action``'s key sequences as the platform writes them, in order."""
    keys = (key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts())
    return tuple(key for key in keys if key)


def menu_actions(menu: QMenu, path: tuple[str, ...] = ()) -> Iterator[tuple[str, QAction]]:
    """Yield ``(menu path, action)`` for every visible command of ``menu`` and its submenus,
    separators and the submenus' own entries left out."""
    here = (*path, plain_text(menu.title()))
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            yield from menu_actions(submenu, here)
        else:
            yield PATH_SEPARATOR.join(here), action


def window_actions(window: QMainWindow) -> Iterator[tuple[str, QAction]]:
    """Yield ``(menu path, action)`` for the menu bar's commands (an action in two menus
    twice, once for each), then for the window's own actions that no menu holds (menu path
    :data:`OUTSIDE_MENUS`)."""
    seen: set[int] = set()
    for top in window.menuBar().actions():
        submenu = top.menu()
        if not isinstance(submenu, QMenu) or not top.isVisible():
            continue
        for path, action in menu_actions(submenu):
            seen.add(id(action))
            yield path, action
    for action in window.actions():
        if id(action) not in seen and not action.isSeparator():
            seen.add(id(action))
            yield Shortcuts.tr(OUTSIDE_MENUS), action


def collect_shortcuts(window: QMainWindow) -> list[ShortcutEntry]:
    """Return the window's commands now (see module doc), in menu order."""
    entries = []
    for path, action in window_actions(window):
        keys = native_keys(action)
        if not keys and not has_mnemonic(action.text()):
            continue  # a listed topic, not a command
        entries.append(ShortcutEntry(path, plain_text(action.text()), keys))
    return entries


class ShortcutsDialog(RefreshableDialog):
    """The list of commands and keys, grouped by menu, with a filter box.

    :meth:`refresh` lists the window's actions as they are now; the window
    calls it each time the dialog is opened.
    """

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("shortcuts-dialog")
        self.setWindowTitle(Shortcuts.tr("Keyboard Shortcuts"))
        self._window = window
        self.entries: list[ShortcutEntry] = []
        self.filter_box = QLineEdit(self)
        self.filter_box.setPlaceholderText(Shortcuts.tr("Filter by command, menu or key"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setAccessibleName(Shortcuts.tr("Filter shortcuts"))
        self.filter_box.setAccessibleDescription(
            Shortcuts.tr("Type part of a command, a menu or a key to list only what matches")
        )
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels(
            [Shortcuts.tr("Command"), Shortcuts.tr("Keys"), Shortcuts.tr("Menu")]
        )
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)  # every column
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTreeView(self)
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(Shortcuts.tr("Keyboard shortcuts"))
        self.table.setAccessibleDescription(
            Shortcuts.tr("Each command of the menus with its keys and the menu it is in")
        )
        self.hint = QLabel(
            Shortcuts.tr(
                "F6 and Shift+F6 move between the panes; Tab moves within one. "
                "Alt and a menu's underlined letter open that menu."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.filter_box.textChanged.connect(self.proxy.setFilterFixedString)
        QWidget.setTabOrder(self.filter_box, self.table)
        self.resize(640, 560)
        self.refresh()

    def refresh(self) -> None:
        """List the window's commands as they are now."""
        self.entries = collect_shortcuts(self._window)
        self.model.removeRows(0, self.model.rowCount())
        for entry in self.entries:
            row = [
                QStandardItem(entry.text),
                QStandardItem(", ".join(entry.keys)),
                QStandardItem(entry.menu),
            ]
            self.model.appendRow(row)
        for column in range(3):
            self.table.resizeColumnToContents(column)

    def rows(self) -> list[tuple[str, str, str]]:
        """Return the rows shown now (after the filter): command, keys, menu."""
        cell = self.proxy.index
        return [
            (str(cell(row, 0).data()), str(cell(row, 1).data()), str(cell(row, 2).data()))
            for row in range(self.proxy.rowCount())
        ]


def show_shortcuts(window: QMainWindow) -> ShortcutsDialog:
    """Help → Keyboard Shortcuts: show the list (one dialog per window, listed afresh)."""
    return raise_single(window, ShortcutsDialog)
