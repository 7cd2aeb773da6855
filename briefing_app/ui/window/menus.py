"""The main window's actions, menus, toolbar and status bar.

Built once by :class:`~briefing_app.ui.window.main_window.MainWindow`, which
keeps each action as an attribute (``win.next_action``) so that tests and
other panes reach them by name.  The panes' own actions (notes, bookmarks,
brief, navigation) come from :class:`~briefing_app.ui.prep.preparation.Preparation`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QProgressBar, QSizePolicy, QToolButton, QWidget

from briefing_app.ui.i18n import QT_TRANSLATE_NOOP, Context
from briefing_app.ui.icons import icon
from briefing_app.ui.reader.term_tooltip import term_links_action
from briefing_app.ui.theme import apply_theme, current_theme
from briefing_app.ui.window import settings as saved
from briefing_app.ui.window.actions import (
    dock_tab_action,
    follow_title,
    make_action,
    set_shortcuts,
    show_dock_tab,
    show_keys_in_tooltip,
)
from briefing_app.ui.window.problems import Problems

if TYPE_CHECKING:
    from briefing_app.ui.window.main_window import MainWindow

Menus = Context("Menus")


def build_actions(win: MainWindow) -> None:
    """Make the window's own actions as attributes of ``win`` (File, View, Go, Help)."""
    win.open_action = make_action(
        win, Menus.tr("&Open Pack…"), win.choose_pack, QKeySequence.StandardKey.Open, "open"
    )
    win.problems_action = make_action(
        win, Menus.tr("&Show Problems"), win.show_problems, None, "problems"
    )
    win.quit_action = make_action(
        win, Menus.tr("&Quit"), win.close, QKeySequence.StandardKey.Quit, "quit"
    )
    win.zoom_in_action = make_action(
        win, Menus.tr("Zoom &In"), lambda: win.zoom(1), QKeySequence.StandardKey.ZoomIn, "zoom-in"
    )
    win.zoom_out_action = make_action(
        win,
        Menus.tr("Zoom &Out"),
        lambda: win.zoom(-1),
        QKeySequence.StandardKey.ZoomOut,
        "zoom-out",
    )
    win.zoom_reset_action = make_action(
        win, Menus.tr("&Reset Zoom"), lambda: win.zoom(-win._zoom), "Ctrl+0"
    )
    win.find_action = make_action(win, Menus.tr("&Search…"), win.focus_search, None, "search")
    set_shortcuts(win.find_action, "Ctrl+K", "Ctrl+L")
    win.next_action = make_action(
        win, Menus.tr("&Next Topic"), lambda: win.step_topic(1), "Ctrl+PgDown", "next"
    )
    win.previous_action = make_action(
        win, Menus.tr("&Previous Topic"), lambda: win.step_topic(-1), "Ctrl+PgUp", "previous"
    )
    win.find_in_page_action = make_action(
        win,
        Menus.tr("&Find in Page…"),
        lambda: win.search.open_find_bar(),
        QKeySequence.StandardKey.Find,
    )
    win.find_next_action = make_action(
        win, Menus.tr("Find &Next"), lambda: win.search.step_marks(1), "F3"
    )
    win.find_previous_action = make_action(
        win, Menus.tr("Find Pre&vious"), lambda: win.search.step_marks(-1), "Shift+F3"
    )
    win.tree_focus_action = make_action(
        win, Menus.tr("Go to &Topic Tree"), lambda: show_dock_tab(win.contents), "Ctrl+1"
    )
    win.reader_focus_action = make_action(
        win, Menus.tr("Go to Rea&der"), win.reader.setFocus, "Ctrl+2"
    )
    win.about_action = make_action(win, Menus.tr("&About Briefing"), win.show_about, None, "about")
    win.guide_action = make_action(win, Menus.tr("&User Guide"), win.show_user_guide)
    set_shortcuts(win.guide_action, QKeySequence.StandardKey.HelpContents, "F1")
    win.shortcuts_action = make_action(win, Menus.tr("&Keyboard Shortcuts"), win.show_shortcuts)
    set_shortcuts(win.shortcuts_action, "Ctrl+/", "Ctrl+?")
    win.next_pane_action = make_action(
        win, Menus.tr("Next Pa&ne"), lambda: _cycle_focus(win, 1), "F6"
    )
    win.previous_pane_action = make_action(
        win, Menus.tr("Previous Pan&e"), lambda: _cycle_focus(win, -1), "Shift+F6"
    )
    win.glossary_page_action = make_action(
        win, Menus.tr("&Glossary Page"), win.show_glossary_page, "Ctrl+Shift+G", "glossary"
    )
    win.glance_action = make_action(win, Menus.tr("&At a Glance"), win.show_glance, "Alt+Home")
    win.timeline_action = make_action(
        win, Menus.tr("Ti&meline"), lambda: _show_view(win, "timeline"), "Ctrl+T"
    )
    win.rehearse_action = make_action(
        win, Menus.tr("Re&hearse…"), lambda: _show_view(win, "rehearse"), "Ctrl+R"
    )
    win.term_links_action = term_links_action(win, win.reader.set_term_links)
    win.glossary_toggle = dock_tab_action(win.glossary, Menus.tr("&Glossary"), "Ctrl+G", "glossary")
    win.contents_action = dock_tab_action(win.contents, Menus.tr("&Contents"), None, "topic")
    win.problems_toggle = follow_title(
        win.problems, lambda t: t.replace(Problems.tr("Problems"), Menus.tr("Pro&blems"), 1)
    )
    win.full_screen_action = make_action(
        win, Menus.tr("&Full-Screen Reading"), win.full_screen.toggle, "F11", "full-screen"
    )
    win.full_screen_action.setCheckable(True)
    win.leave_full_screen_action = make_action(
        win, Menus.tr("Leave Full Screen"), win.full_screen.leave, "Esc"
    )
    win.leave_full_screen_action.setEnabled(False)  # Esc belongs to the panes until then
    win.full_screen.toggled.connect(win.full_screen_action.setChecked)
    win.full_screen.toggled.connect(win.leave_full_screen_action.setEnabled)
    win.preferences_action = make_action(
        win, Menus.tr("Pre&ferences…"), win.show_preferences, None, "preferences"
    )
    set_shortcuts(win.preferences_action, QKeySequence.StandardKey.Preferences, "Ctrl+,")


def open_map(win: MainWindow) -> None:
    """Open the map of ``win``'s pack (Go → Map); the map's modules load on first use."""
    from briefing_app.ui.views.map import show_map

    show_map(win)


def build_menus_and_toolbar(win: MainWindow) -> None:
    """Fill ``win``'s menu bar and its main toolbar with the actions."""
    bar = win.menuBar()
    file_menu = bar.addMenu(Menus.tr("&File"))
    file_menu.addActions([win.open_action, win.library.open_file_action])
    file_menu.addAction(win.library.shelf_action)
    file_menu.addActions([win.library.changes_action, win.problems_action])
    file_menu.addSeparator()
    prep = win.prep
    file_menu.addActions([prep.build_brief_action, prep.print_action, prep.export_notes_action])
    file_menu.addAction(prep.backup_action)
    file_menu.addSeparator()
    file_menu.addAction(win.preferences_action)
    file_menu.addSeparator()
    file_menu.addAction(win.quit_action)
    view_menu = win.view_menu = bar.addMenu(Menus.tr("&View"))
    view_menu.addActions([win.contents_action, win.glossary_toggle, win.problems_toggle])
    view_menu.addActions([prep.notes_toggle, prep.bookmarks.dock_action])
    view_menu.addAction(prep.add_to_notes_action)
    view_menu.addSeparator()
    view_menu.addActions([win.zoom_in_action, win.zoom_out_action, win.zoom_reset_action])
    view_menu.addSeparator()
    view_menu.addAction(win.term_links_action)
    view_menu.addMenu(theme_menu(win))
    view_menu.addSeparator()
    view_menu.addAction(win.full_screen_action)
    go_menu = bar.addMenu(Menus.tr("&Go"))
    go_menu.addActions([prep.navigation.back_action, prep.navigation.forward_action])
    go_menu.addMenu(prep.navigation.recent_menu)
    go_menu.addSeparator()
    go_menu.addActions([win.glance_action, win.timeline_action, win.rehearse_action])
    go_menu.addSeparator()
    go_menu.addActions(
        [
            win.find_action,
            win.find_in_page_action,
            win.find_next_action,
            win.find_previous_action,
            win.previous_action,
            win.next_action,
            win.glossary_page_action,
            make_action(win, Menus.tr("M&ap"), lambda: open_map(win), "Ctrl+Shift+M"),
            win.tree_focus_action,
            win.reader_focus_action,
            win.next_pane_action,
            win.previous_pane_action,
        ]
    )
    bar.addMenu(prep.bookmarks.menu)
    help_menu = bar.addMenu(Menus.tr("&Help"))
    help_menu.addActions([win.guide_action, win.shortcuts_action])
    help_menu.addSeparator()
    help_menu.addAction(win.about_action)

    toolbar = win.main_toolbar = win.addToolBar(Menus.tr("Main"))
    toolbar.setObjectName("main-toolbar")
    toolbar.setMovable(False)
    toolbar.addWidget(prep.navigation.back_button)
    toolbar.addWidget(prep.navigation.forward_button)
    toolbar.addSeparator()
    toolbar.addActions([win.previous_action, win.next_action])
    toolbar.addSeparator()
    toolbar.addAction(win.glossary_toggle)
    toolbar.addActions([prep.bookmarks.toggle_action, prep.notes_toggle])
    spacer = QWidget(toolbar)
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    toolbar.addWidget(spacer)
    search_icon = QLabel(toolbar)
    search_icon.setPixmap(icon("search").pixmap(18, 18))
    toolbar.addWidget(search_icon)
    toolbar.addWidget(win.search_box)
    for action in toolbar.actions():
        show_keys_in_tooltip(action)
    for button in (prep.navigation.back_button, prep.navigation.forward_button):
        if button.defaultAction() is not None:
            show_keys_in_tooltip(button.defaultAction())
    # Reading keys that must work in full-screen reading, where the menu bar is hidden.
    win.addActions(
        [
            win.full_screen_action,
            win.leave_full_screen_action,
            win.next_action,
            win.previous_action,
            win.zoom_in_action,
            win.zoom_out_action,
            win.zoom_reset_action,
            win.find_in_page_action,
            win.find_next_action,
            win.find_previous_action,
            prep.navigation.back_action,
            prep.navigation.forward_action,
            prep.bookmarks.toggle_action,
            prep.notes_toggle,
        ]
    )


def _show_view(win: MainWindow, name: str) -> None:
    """Open view ``name`` of :mod:`briefing_app.ui.views` (imported on first use, not at start)."""
    from briefing_app.ui.views import show_view

    show_view(win, name)


def build_status_bar(win: MainWindow) -> None:
    """Add the pack size, the problems button and the load progress to the status bar."""
    win.pack_label = QLabel(win)
    win.problems_button = QToolButton(win)
    win.problems_button.setAutoRaise(True)
    win.problems_button.setIcon(icon("problems"))
    win.problems_button.clicked.connect(win.show_problems)
    win.load_progress = QProgressBar(win)
    win.load_progress.setObjectName("pack-load-progress")
    win.load_progress.setMaximumWidth(160)
    win.load_progress.setFormat("%p%")
    win.load_progress.setAccessibleName(Menus.tr("Loading the pack"))
    win.load_progress.hide()
    win.statusBar().addPermanentWidget(win.load_progress)
    win.statusBar().addPermanentWidget(win.pack_label)
    win.statusBar().addPermanentWidget(win.problems_button)


#: The View → Theme entries: theme name and menu text (English; shown as ``Menus.tr(text)``).
THEME_TEXTS = {
    "system": QT_TRANSLATE_NOOP("Menus", "Follow &System"),
    "light": QT_TRANSLATE_NOOP("Menus", "&Light"),
    "dark": QT_TRANSLATE_NOOP("Menus", "&Dark"),
    "high-contrast": QT_TRANSLATE_NOOP("Menus", "&High Contrast"),
}


def theme_menu(win: MainWindow) -> QMenu:
    """Return View → Theme: one checkable action per theme, the current one checked.

    Choosing one applies it at once (:func:`briefing_app.ui.theme.apply_theme`)
    and saves it (``view/theme``), so the next start opens in it.
    """
    menu = QMenu(Menus.tr("&Theme"), win)
    group = QActionGroup(menu)
    group.setExclusive(True)
    win.theme_actions = {}
    for name, text in THEME_TEXTS.items():
        # not menu.addAction(text): its overloads touch Qt's enums
        action = QAction(Menus.tr(text), menu)
        menu.addAction(action)
        action.setCheckable(True)
        action.setChecked(name == current_theme())
        action.setData(name)
        group.addAction(action)
        win.theme_actions[name] = action
    group.triggered.connect(lambda action: choose_theme(str(action.data())))
    return menu


def choose_theme(name: str) -> None:
    """Apply theme ``name`` now and remember it for the next start."""
    apply_theme(name)
    settings = saved.open_settings()
    settings.setValue(saved.THEME_KEY, name)
    settings.sync()


def _cycle_focus(win: MainWindow, step: int) -> None:
    """F6 / Shift+F6 (:func:`briefing_app.ui.window.focus.cycle_focus`, loaded on first use:
    the first frame does without it)."""
    from briefing_app.ui.window.focus import cycle_focus

    cycle_focus(win, step)
