"""Making the window's actions: text, icon, shortcuts and slot in one call.

Shortcuts are given as portable strings ("Ctrl+K") or standard keys, and set
with ``QAction.setShortcuts``: PySide6 resolves ``setShortcut``'s overloads
by creating the ``Qt`` namespace's enums, which the first frame does
without (see :mod:`briefing_app.ui.qt_ints`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDockWidget, QWidget

from briefing_app.ui.icons import icon

#: A portable key string ("Ctrl+Shift+B") or a standard key (its bindings on this platform).
Shortcut = str | QKeySequence.StandardKey


def menu_label(text: str) -> str:
    """Return ``text`` (a topic title, say) to show as a menu entry or a dock title.

    Qt takes a single "&" there as the mark of a keyboard mnemonic and
    hides it, so each "&" is doubled (Qt docs, ``QAction::text``: "&&"
    shows an ampersand).
    """
    return text.replace("&", "&&")


def set_shortcuts(action: QAction, *shortcuts: Shortcut) -> None:
    """Give ``action`` the key sequences of ``shortcuts``, in order, duplicates dropped.

    A standard key adds all its bindings on this platform (Qt docs,
    ``QKeySequence::keyBindings``); the first sequence is the one menus show.
    """
    keys: list[QKeySequence] = []
    for shortcut in shortcuts:
        if isinstance(shortcut, QKeySequence.StandardKey):
            found = QKeySequence.keyBindings(shortcut)
        else:
            found = [QKeySequence(shortcut)]
        keys.extend(key for key in found if key not in keys)
    action.setShortcuts(keys)


def make_action(
    parent: QObject | None,
    text: str,
    slot: Callable[[], object] | None = None,
    shortcut: Shortcut | None = None,
    role: str = "",
) -> QAction:
    """Return an action of ``parent`` showing ``text`` and the icon of ``role`` ("" for
    none, see :func:`~briefing_app.ui.icons.icon`), with ``shortcut`` if given, that
    calls ``slot`` (no arguments) when triggered."""
    action = QAction(icon(role), text, parent)
    if shortcut is not None:
        set_shortcuts(action, shortcut)
    if slot is not None:
        action.triggered.connect(slot)
    return action


def show_keys_in_tooltip(action: QAction) -> None:
    """Make ``action``'s tooltip its text and its keys, "Next Topic (Ctrl+PgDown)", as toolbar
    buttons show it (the keys in the platform's own spelling, ``QKeySequence.NativeText``)."""
    text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")
    native = QKeySequence.SequenceFormat.NativeText
    keys = ", ".join(key.toString(native) for key in action.shortcuts())
    action.setToolTip(f"{text} ({keys})" if keys else text)


def in_front(widget: QWidget) -> bool:
    """True if ``widget`` (a dock, or a control in one) is on screen: shown and not behind
    another tab of its dock area.

    A tab behind another stays "visible" to Qt (``isVisible()``); the main
    window moves it out of sight instead, so what the user sees is its
    unobscured region (Qt docs, ``QWidget::visibleRegion``).
    """
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


def show_dock_tab(dock: QDockWidget) -> None:
    """Bring ``dock`` to the front of the sidebar (showing it if it was closed) and give the
    keyboard focus to its main control (the dock's focus proxy)."""
    dock.show()
    dock.raise_()
    dock.setFocus()


def dock_tab_action(
    dock: QDockWidget, text: str, shortcut: Shortcut | None = None, role: str = ""
) -> QAction:
    """Return an action of ``dock``'s window that shows ``dock``'s sidebar tab (see
    :func:`show_dock_tab`).

    Not a toggle, as ``QDockWidget.toggleViewAction`` is: a tab behind
    another counts as shown, so toggling it would close the tab the user asked for.
    """
    return make_action(dock.parent(), text, lambda: show_dock_tab(dock), shortcut, role)


def follow_title(dock: QDockWidget, label: Callable[[str], str]) -> QAction:
    """Return ``dock``'s show/hide action, its text ``label(title)`` whatever the dock's title.

    QDockWidget sets its action's text to its window title on every title
    change; ``label`` adds the menu's mnemonic mark ("Pro&blems (3)"), so
    the entry keeps a keyboard path (Qt docs, ``QDockWidget::toggleViewAction``).
    """
    action = dock.toggleViewAction()
    action.setText(label(dock.windowTitle()))
    dock.windowTitleChanged.connect(lambda title: action.setText(label(title)))
    return action


Refreshable = TypeVar("Refreshable", bound="RefreshableDialog")


class RefreshableDialog(QDialog):
    """A dialog a window keeps one of, brought up to date each time it is asked for."""

    def refresh(self) -> None:
        """Show what is current now (overridden by each dialog)."""


def raise_single(window: QWidget, kind: type[Refreshable]) -> Refreshable:
    """Show ``window``'s one dialog of class ``kind`` (made on first use, else refreshed),
    in front and active, and return it."""
    dialog = window.findChild(kind)
    if dialog is None:
        dialog = kind(window)
    else:
        dialog.refresh()
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
