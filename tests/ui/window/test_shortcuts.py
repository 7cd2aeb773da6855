"""All by keyboard: every command has keys or a mnemonic, and Help → Keyboard Shortcuts lists
them all, made from the window's actions when it opens."""

from __future__ import annotations

from collections import Counter

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from briefing_app.ui.window.main_window import MainWindow
from briefing_app.ui.window.shortcuts import (
    ShortcutsDialog,
    collect_shortcuts,
    has_mnemonic,
    mnemonic,
    plain_text,
    show_shortcuts,
)


def walk(menu: QMenu, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], QAction]]:
    """Every visible action of ``menu`` and its submenus, with the titles above it (as written)."""
    found = []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        if isinstance(action.menu(), QMenu):
            found.extend(walk(action.menu(), (*path, menu.title())))
        found.append(((*path, menu.title()), action))
    return found


def menu_commands(window: MainWindow) -> list[tuple[tuple[str, ...], QAction]]:
    """The enabled commands of the menu bar (submenus' own entries left out)."""
    found = []
    for top in window.menuBar().actions():
        found.extend(walk(top.menu()))
    return [(path, a) for path, a in found if a.isEnabled() and not isinstance(a.menu(), QMenu)]


def test_text_helpers():
    assert plain_text("Find Pre&vious") == "Find Previous"
    assert plain_text("R&&D &plans") == "R&D plans"
    assert has_mnemonic("&Open") and not has_mnemonic("R&&D") and not has_mnemonic("Notes")
    assert mnemonic("Pro&blems (3)") == "b" and mnemonic("Plain") == ""


def unreachable(menu: QMenu) -> list[str]:
    """The entries of ``menu`` (and its submenus) that a keyboard cannot pick out: a submenu
    without a mnemonic of its own, or an enabled command with neither a shortcut nor one."""
    entries = [a for a in menu.actions() if not a.isSeparator() and a.isVisible() and a.isEnabled()]
    letters = Counter(mnemonic(a.text()) for a in entries)
    found = []
    for action in entries:
        own_letter = mnemonic(action.text()) and letters[mnemonic(action.text())] == 1
        if isinstance(action.menu(), QMenu):
            found += [] if own_letter else [f"{menu.title()} → {action.text()}"]
            found += unreachable(action.menu())
        elif not action.shortcuts() and not own_letter:
            found.append(f"{menu.title()} → {action.text()}")
    return found


def test_every_menu_command_has_a_shortcut_or_a_mnemonic_of_its_own(window: MainWindow):
    """Alt opens the menu bar and a letter picks a menu and an entry (Qt docs, QMenu);
    a letter two entries share only moves between them, so it must be the entry's alone
    unless the command has keys of its own."""
    window.search_panel  # noqa: B018 - builds search, which adds View → Search Results
    bar = window.menuBar()
    titles = [a.text() for a in bar.actions()]
    assert all(has_mnemonic(t) for t in titles), titles
    assert len({mnemonic(t) for t in titles}) == len(titles), "Alt+letter is ambiguous"
    lacking = [entry for top in bar.actions() for entry in unreachable(top.menu())]
    assert lacking == [], "reachable only by the mouse or by an ambiguous letter"


def test_the_list_holds_every_enabled_menu_command_with_its_keys(window: MainWindow, qtbot):
    window.search_panel  # noqa: B018
    dialog = show_shortcuts(window)
    qtbot.waitExposed(dialog)
    rows = dialog.rows()
    listed = {(text, menu): keys for text, keys, menu in rows}
    commands = menu_commands(window)
    assert len(commands) > 30
    for path, action in commands:
        menu = " › ".join(plain_text(p) for p in path)
        key = (plain_text(action.text()), menu)
        assert key in listed, f"{key} is missing from the list"
        expected = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        assert listed[key] == ", ".join(expected)
    assert listed[("Find Next", "Go")] == "F3"
    assert listed[("Next Pane", "Go")] == "F6"
    assert listed[("User Guide", "Help")].startswith("F1")
    assert listed[("Light", "View › Theme")] == "", "reached by its menu letters"
    assert not any("&" in text for text, _keys, _menu in rows)


def test_an_action_added_later_is_listed_when_the_dialog_opens_again(window: MainWindow, qtbot):
    dialog = show_shortcuts(window)
    assert "Read Aloud" not in [text for text, _k, _m in dialog.rows()]
    extra = QAction("Read &Aloud", window)
    extra.setShortcuts([QKeySequence("Ctrl+Shift+R")])
    window.view_menu.addAction(extra)
    hidden = QAction("Hidden Helper", window)
    hidden.setShortcuts([QKeySequence("Ctrl+Alt+H")])
    window.addAction(hidden)  # on the window only: listed under "Window"
    again = show_shortcuts(window)
    assert again is dialog, "one dialog, listed afresh"
    rows = {(text, menu): keys for text, keys, menu in again.rows()}
    native = QKeySequence("Ctrl+Shift+R").toString(QKeySequence.SequenceFormat.NativeText)
    assert rows[("Read Aloud", "View")] == native
    assert ("Hidden Helper", "Window") in rows


def test_topics_listed_in_a_menu_are_not_commands(window: MainWindow):
    window.prep.bookmarks.toggle()  # star the topic shown
    window.prep.bookmarks.menu.aboutToShow.emit()
    title = window.pack.topics[window.reader.page[1]].title
    assert title in [a.text() for a in window.prep.bookmarks.menu.actions()]
    assert title not in [entry.text for entry in collect_shortcuts(window)]


def test_the_filter_narrows_the_list_and_the_shortcut_opens_it(window: MainWindow, qtbot):
    window.activateWindow()
    window.reader.setFocus()
    qtbot.keyClick(window.reader, "/", modifier=qtbot_ctrl())
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.filter_box.setText("zoom")
    assert sorted(text for text, _k, _m in dialog.rows()) == ["Reset Zoom", "Zoom In", "Zoom Out"]
    dialog.filter_box.setText("F6")
    assert [text for text, _k, _m in dialog.rows()] == ["Next Pane", "Previous Pane"]


def qtbot_ctrl():
    from PySide6.QtCore import Qt

    return Qt.KeyboardModifier.ControlModifier
