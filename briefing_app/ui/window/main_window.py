"""The main window: a thin composer that builds the panes and wires their signals.

Layout: the topic tree and the reader side by side in a splitter, the
glossary on the right and search results on the left as docks, problems at
the bottom when there are any.  Window geometry, dock and splitter state,
zoom and the last topic of each pack are remembered (QSettings, versioned).

Search (its controller, the results dock, the find bar) is not on the first
page, so it is built just after the reader's first paint, or at once when the
search box is typed in or :attr:`MainWindow.search` is used before that, and
at the latest :data:`SEARCH_BUILD_LATEST_MS` after the window is shown.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

# QtCore.Qt where used (see briefing_app.ui.qt_ints); dialogs as QtWidgets.X, made on first use.
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QByteArray, QSettings, QStandardPaths, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QShowEvent
from PySide6.QtWidgets import QDockWidget, QLineEdit, QMainWindow, QWidget

from briefing_app.core.pack.cache import save_pages
from briefing_app.core.pack.model import Pack
from briefing_app.ui.glossary.dock import GlossaryDock
from briefing_app.ui.glossary.usage_scan import UsageScan
from briefing_app.ui.i18n import Context
from briefing_app.ui.library.controller import Library
from briefing_app.ui.prep.navigation import reader_column
from briefing_app.ui.prep.preparation import Preparation
from briefing_app.ui.reader.browser import Reader
from briefing_app.ui.theme import follow_platform_scheme
from briefing_app.ui.tree.dock import ContentsDock
from briefing_app.ui.tree.view import TopicTreeView
from briefing_app.ui.window import settings as saved
from briefing_app.ui.window.actions import dock_tab_action
from briefing_app.ui.window.docks import (
    add_to_sidebar,
    apply_reading_settings,
    place_docks,
    remap_floating_docks,
    restore_layout,
)
from briefing_app.ui.window.first_paint import when_painted
from briefing_app.ui.window.full_screen import FullScreenReading
from briefing_app.ui.window.loading import follow_loading
from briefing_app.ui.window.menus import build_actions, build_menus_and_toolbar, build_status_bar
from briefing_app.ui.window.pack_loader import PackLoader
from briefing_app.ui.window.pack_watch import PackWatch
from briefing_app.ui.window.problems import ProblemsDock

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QMenu, QProgressBar, QToolBar, QToolButton

    from briefing_app.ui.search.controller import SearchController
    from briefing_app.ui.search.panel import SearchPanel


Window = Context("Window")

#: Search is built this long after the window is shown (ms) if the reader has not painted by
#: then: a reader squeezed to nothing by the splitter, or a minimised window, never paints.
SEARCH_BUILD_LATEST_MS = 400


class MainWindow(QMainWindow):
    """The briefing window over one pack at a time (see module doc).

    Signals:
        topic_opened(topic_id): the reader now shows this topic (history,
            breadcrumb, bookmarks and notes follow it).
        pack_changed(pack): the window shows another pack (the open views follow it).
    """

    topic_opened = Signal(str)
    pack_changed = Signal(object)

    # Built by briefing_app.ui.window.menus:
    about_action: QAction
    find_action: QAction
    find_in_page_action: QAction
    find_next_action: QAction
    find_previous_action: QAction
    glossary_page_action: QAction
    glance_action: QAction
    timeline_action: QAction
    rehearse_action: QAction
    glossary_toggle: QAction
    guide_action: QAction
    next_action: QAction
    next_pane_action: QAction
    open_action: QAction
    previous_action: QAction
    previous_pane_action: QAction
    problems_action: QAction
    problems_toggle: QAction
    quit_action: QAction
    reader_focus_action: QAction
    shortcuts_action: QAction
    term_links_action: QAction
    tree_focus_action: QAction
    zoom_in_action: QAction
    zoom_out_action: QAction
    zoom_reset_action: QAction
    contents_action: QAction
    view_menu: QMenu
    main_toolbar: QToolBar
    full_screen_action: QAction
    leave_full_screen_action: QAction
    preferences_action: QAction
    theme_actions: dict[str, QAction]
    pack_label: QLabel
    problems_button: QToolButton
    load_progress: QProgressBar

    def __init__(
        self,
        pack: Pack,
        loader: PackLoader | None = None,
        parent: QWidget | None = None,
        *,
        restore: bool = False,
    ) -> None:
        """Build the window over ``pack``; with ``restore``, in the geometry, dock layout,
        splitter sizes and zoom an earlier run saved (if that state is current)."""
        super().__init__(parent)
        self.setObjectName("main-window")
        self.pack = pack
        self.loader = loader or PackLoader()
        self.loader.setParent(self)
        self.pack_watch = PackWatch(self)  # live reload of a folder being written
        self._zoom = 0
        self.tree = TopicTreeView(self)
        self.reader = Reader(self)
        self.prep = Preparation(self, self.reader, self.tree)
        self.contents = ContentsDock(self.tree, self)
        self.setCentralWidget(reader_column(self.prep.breadcrumb, self.reader))

        self.glossary = GlossaryDock(self)
        self.problems = ProblemsDock(self)

        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("search-box")
        self.search_box.setPlaceholderText(Window.tr("Search the briefing (Ctrl+K)"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAccessibleName(Window.tr("Search"))
        self.search_box.setAccessibleDescription(
            Window.tr(
                "Finds topics and glossary terms as you type; Down chooses a result, Enter opens it"
            )
        )
        self.search_box.setMaximumWidth(360)
        self.usage_scan = UsageScan(self)
        self.usage_scan.finished.connect(self._on_usage_known)
        for pane in (self.reader, self.glossary):
            pane.usage_needed.connect(lambda: self.usage_scan.start(self.pack))
        self._search: SearchController | None = None
        self._saved_at_close = False
        #: False for a window that must leave the user's saved state, library and editions
        #: alone (a ``--screenshot``).
        self.keeps_state = True

        self.full_screen = FullScreenReading(self)
        self.library = Library(self)  # pack files and editions: its actions go in the File menu
        build_actions(self)
        build_menus_and_toolbar(self)
        build_status_bar(self)
        self.library.add_status_widgets()
        when_painted(self.reader.viewport(), self, self._install_focus)  # F6, rings, Tab
        self._connect()
        self.resize(saved.first_size(self))  # a restored geometry replaces it
        apply_reading_settings(self)
        if restore and restore_layout(self):
            self.prep.notes_pinned = not self.prep.notes.isHidden()  # left open last time
        place_docks(self)
        self.set_pack(pack)
        self.search_box.textChanged.connect(self._build_search)  # typed before the paint
        when_painted(self.reader.viewport(), self, self._build_search)
        when_painted(self.reader.viewport(), self, lambda: remap_floating_docks(self))
        # The platform's colour scheme is a Qt enum, which the first frame avoids (qt_ints).
        when_painted(self.reader.viewport(), self, lambda: follow_platform_scheme(self))

    # -- construction -------------------------------------------------------

    def _connect(self) -> None:
        self.tree.topic_selected.connect(self.open_topic)
        for source in (self.reader, self.glossary, self.problems):
            source.topic_requested.connect(self.open_topic)
        self.reader.term_requested.connect(self.open_term)
        self.reader.external_requested.connect(self.open_external)
        self.glossary.external_requested.connect(self.open_external)
        for pane in (self.reader, self.glossary):
            pane.link_refused.connect(lambda message: self.statusBar().showMessage(message, 6000))
        self.reader.highlighted.connect(
            lambda url: self.statusBar().showMessage(self.reader.describe_link(url), 4000)
        )
        self.prep.topic_requested.connect(self.open_topic)
        self.prep.term_requested.connect(self.open_term)
        self.prep.external_requested.connect(self.open_external)
        self.prep.message.connect(lambda message: self.statusBar().showMessage(message, 6000))
        self.topic_opened.connect(self.prep.topic_opened)
        follow_loading(self)

    # -- pack ---------------------------------------------------------------

    def set_pack(
        self,
        pack: Pack,
        topic_id: str | None = None,
        keep_page: bool = False,
        keep_tree: bool = False,
    ) -> None:
        """Show ``pack`` in every pane and open ``topic_id`` (or the remembered/first topic).

        With ``keep_page`` the reader keeps the page it shows (see
        :meth:`Reader.adopt_pack`); ``topic_id`` must be that page's topic.
        With ``keep_tree`` the tree stays as it is (``pack`` has the same
        topics and tree as the pack shown).
        """
        self.pack = pack
        if not keep_tree:
            self.tree.set_pack(pack)
        if keep_page:
            self.reader.adopt_pack(pack)
        else:
            self.reader.set_pack(pack)
        self.glossary.set_pack(pack)
        self.problems.set_pack(pack)
        if self._search is not None:
            self._search.set_pack(pack)
        title = pack.info.title or pack.root.name
        self.setWindowTitle(Window.tr("%1 — Briefing").replace("%1", title))
        loading = "" if pack.complete else Window.tr("Loading topics…")
        self.show_pack_size(loading)
        self.tree.set_placeholder(loading)
        self.load_progress.setValue(0)
        self.load_progress.setVisible(not pack.complete)
        errors = sum(p.severity == "error" for p in pack.problems)
        self.problems_button.setVisible(bool(pack.problems))
        warnings = len(pack.problems) - errors
        self.problems_button.setText(
            Window.tr("%n error(s)", None, errors)
            + ", "
            + Window.tr("%n warning(s)", None, warnings)
        )
        if errors:
            self.problems.show()
        elif not pack.problems:
            self.problems.hide()  # an empty list is no use, now or after a restart
        self.prep.set_pack(pack)
        self.pack_watch.follow(pack)
        self.library.set_pack(pack)
        for action in (self.prep.build_brief_action, self.prep.export_notes_action):
            action.setEnabled(pack.complete)  # a preview's topics are not all read
        for action in (self.next_action, self.previous_action):
            action.setEnabled(pack.complete or bool(pack.start))  # an outline has the order
        start = topic_id or pack.start or saved.last_topic(pack.info.id)
        order = pack.topic_order()
        if topic_id and topic_id not in pack.topics:
            self.statusBar().showMessage(
                Window.tr("No topic “%1” in this pack; showing the first topic").replace(
                    "%1", topic_id
                ),
                8000,
            )
        self.pack_changed.emit(pack)
        if start not in pack.topics and not topic_id and pack.complete and self.show_glance():
            return  # no topic was opened before: the pack's first page is "At a glance"
        if start not in pack.topics:
            start = order[0] if order else ""
        if start:
            self.open_topic(start)

    def choose_pack(self) -> None:
        """Ask for a pack folder and open it (File → Open Pack; a ``.briefing`` file has
        File → Open Pack File…, :mod:`briefing_app.ui.library.controller`)."""
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        folder = QtWidgets.QFileDialog.getExistingDirectory(
            self, Window.tr("Open a briefing pack"), start or str(Path.home())
        )
        if folder:
            self.open_pack_folder(folder)

    def open_pack_folder(self, folder: str) -> None:
        """Load the pack in ``folder`` (or ``.briefing`` file) and show it; a pack with no topics
        is refused with a message.

        A big pack opened for the first time shows its first topic at once and
        the rest when loaded (see :mod:`briefing_app.ui.window.pack_loader`).
        """
        pack = self.loader.open(folder, lambda info: saved.last_topic(info.id))
        if not pack.topics:
            reasons = "\n".join(p.format() for p in pack.problems[:8])
            QtWidgets.QMessageBox.warning(
                self,
                Window.tr("Cannot open pack"),
                Window.tr("%1 has no usable topics.").replace("%1", folder) + f"\n\n{reasons}",
            )
            return
        self._remember_topic()
        self.set_pack(pack)

    def show_pack_size(self, loading: str = "") -> None:
        """Put "17 topics · 45 terms" (or ``loading``, while a pack loads) in the status bar."""
        topics, terms = len(self.pack.topics), len(self.pack.terms)
        self.pack_label.setText(
            loading
            or Window.tr("%Ln topic(s)", None, topics)
            + " · "
            + Window.tr("%Ln term(s)", None, terms)
        )

    # -- navigation ---------------------------------------------------------

    def open_topic(self, topic_id: str, anchor: str = "") -> bool:
        """Show topic ``topic_id`` in the reader, scrolled to ``anchor``, and select it in the tree."""
        if not self.reader.show_topic(topic_id, anchor):
            self.statusBar().showMessage(
                Window.tr("No topic “%1” in this pack").replace("%1", topic_id), 6000
            )
            return False
        self.tree.select_topic(topic_id)
        self.topic_opened.emit(topic_id)
        return True

    def open_term(self, term_id: str) -> bool:
        """Show glossary term ``term_id`` in the glossary dock."""
        if not self.glossary.show_term(term_id):
            self.statusBar().showMessage(
                Window.tr("No glossary term “%1” in this pack").replace("%1", term_id), 6000
            )
            return False
        return True

    def show_glossary_page(self) -> None:
        """Go → Glossary Page: the whole glossary in the reader, no topic selected in the tree."""
        if self.reader.show_glossary():
            self.tree.clear_topic()

    def show_glance(self) -> bool:
        """Go → At a Glance: the pack on one page in the reader, no topic selected in the tree."""
        if not self.reader.show_glance():
            return False
        self.tree.clear_topic()
        return True

    def step_topic(self, step: int) -> None:
        """Open the next (``step=1``) or previous (``-1``) topic in reading order."""
        order = self.pack.topic_order()
        page = self.reader.page
        if not order:
            return
        current = (
            order.index(page[1]) if page and page[0] == "topic" and page[1] in order else -step
        )
        self.open_topic(order[max(0, min(len(order) - 1, current + step))])

    def confirm_external(self, url: QUrl) -> bool:
        """Ask whether to open ``url`` in the system browser (or, for ``mailto:``, the mail
        program), showing the full address."""
        question = (
            Window.tr("This link opens a new message in your mail program:\n\n%1\n\nOpen it?")
            if url.scheme().lower() == "mailto"
            else Window.tr(
                "This link leaves the briefing and opens in your web browser:\n\n%1\n\nOpen it?"
            )
        )
        answer = QtWidgets.QMessageBox.question(
            self, Window.tr("Open external link?"), question.replace("%1", url.toString())
        )
        return answer == QtWidgets.QMessageBox.StandardButton.Yes

    def open_external(self, url: QUrl) -> None:
        """Open an http(s)/mailto link with the system's browser or mail program after
        confirmation (:meth:`confirm_external`)."""
        if self.confirm_external(url):
            QtGui.QDesktopServices.openUrl(url)
        else:
            self.statusBar().showMessage(Window.tr("External link not opened"), 4000)

    # -- search -------------------------------------------------------------

    @property
    def search(self) -> SearchController:
        """The search controller (box, results dock, marks, find bar); built on first use."""
        if self._search is None:
            self._build_search()
        assert self._search is not None
        return self._search

    @property
    def search_panel(self) -> SearchPanel:
        """The search results dock (builds search if it is not built yet)."""
        return self.search.panel

    @property
    def search_toggle(self) -> QAction:
        """View → Search Results: brings the results tab of the sidebar to the front."""
        self.search  # noqa: B018  (built on first use)
        return self._search_tab_action

    def _build_search(self) -> None:
        """Build search: the results dock where the saved state puts it, the controller, the
        menu entries; the box's text so far is searched at once."""
        if self._search is not None:
            return
        self.search_box.textChanged.disconnect(self._build_search)
        from briefing_app.ui.search.controller import SearchController
        from briefing_app.ui.search.panel import SearchPanel

        panel = SearchPanel(self)
        if not self.restoreDockWidget(panel):  # Qt docs: a dock made after restoreState()
            add_to_sidebar(self, panel)
            self.contents.raise_()
        search = SearchController(
            self, self.search_box, panel, self.reader, self.glossary.definition
        )
        self._search = search
        search.topic_requested.connect(self.open_topic)
        search.term_requested.connect(self.open_term)
        self._search_tab_action = dock_tab_action(
            panel, Window.tr("&Search Results"), None, "search"
        )
        self.view_menu.insertAction(self.problems_toggle, self._search_tab_action)
        search.set_pack(self.pack)

    def showEvent(self, event: QShowEvent) -> None:
        """Qt API: build search soon even if the reader never paints (see module doc)."""
        super().showEvent(event)
        if self._search is None:
            QTimer.singleShot(SEARCH_BUILD_LATEST_MS, self, self._build_search)

    def focus_search(self) -> None:
        """Put the keyboard focus in the search box, its text selected (Ctrl+K, Ctrl+L)."""
        self.search_box.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    # -- view ---------------------------------------------------------------

    def zoom(self, step: int) -> None:
        """Change the reader's text size by ``step`` points, within limits."""
        new = max(saved.MIN_ZOOM, min(saved.MAX_ZOOM, self._zoom + step))
        delta, self._zoom = new - self._zoom, new
        if delta > 0:
            self.reader.zoomIn(delta)
        elif delta < 0:
            self.reader.zoomOut(-delta)

    def set_reading_font(self, font: QFont) -> None:
        """Read in ``font`` from now on; the zoom steps apply on top of its size."""
        zoom = self._zoom
        self.zoom(-zoom)
        self.reader.setFont(font)
        self.reader.rerender()
        self.zoom(zoom)

    def _install_focus(self) -> None:
        """Set the docks' tab orders and frame the pane with the focus (after the first paint:
        :mod:`briefing_app.ui.window.focus` is not needed to show the page)."""
        from briefing_app.ui.window import focus

        focus.set_tab_orders(self)
        focus.add_focus_rings(focus.ring_targets(self))

    def docks(self) -> list[QDockWidget]:
        """Return every dock of the window (the sidebar's tabs, notes, problems, search)."""
        return self.findChildren(QDockWidget)

    def show_preferences(self) -> None:
        """File → Preferences (Ctrl+,): the reading, language and brief settings."""
        from briefing_app.ui.window.preferences import PreferencesDialog

        PreferencesDialog(self).exec()

    def show_problems(self) -> None:
        """Show the problems dock."""
        self.problems.show()
        self.problems.raise_()

    def show_about(self) -> None:
        """Help → About: the version, the pack and the third-party licences (ui.window.about)."""
        from briefing_app.ui.window.about import show_about

        show_about(self)

    def show_user_guide(self) -> None:
        """Help → User Guide (F1): the guide shipped with the app (ui.window.help)."""
        from briefing_app.ui.window.help import show_user_guide

        show_user_guide(self)

    def show_shortcuts(self) -> None:
        """Help → Keyboard Shortcuts (Ctrl+/): every command and its keys, listed now."""
        from briefing_app.ui.window.shortcuts import show_shortcuts

        show_shortcuts(self)

    # -- state --------------------------------------------------------------

    def save_state(self) -> None:
        """Save geometry, docks, splitter, zoom and the current topic."""
        settings = saved.open_settings()
        settings.setValue("state_version", saved.STATE_VERSION)
        settings.setValue("window/geometry", QByteArray(self.saveGeometry()))
        settings.setValue("window/state", QByteArray(self.saveState(saved.STATE_VERSION)))
        settings.setValue("reader/zoom", self._zoom)
        self._remember_topic(settings)
        settings.sync()
        save_pages(self.pack, self.reader.pages)

    def save_state_at_quit(self) -> None:
        """``QCoreApplication.aboutToQuit``: save the state unless closing the window already did.

        By then a closed window has hidden its floating docks, so saving again
        would record them as closed.
        """
        if not self._saved_at_close:
            self.save_state()

    def _remember_topic(self, settings: QSettings | None = None) -> None:
        store = settings if settings is not None else saved.open_settings()
        page = self.reader.page
        if page and page[0] == "topic" and self.pack.info.id:
            store.setValue(f"last_topic/{self.pack.info.id}", page[1])

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the note being typed and the window state, then close.

        If notes could not be saved (disk full, read-only folder), the user is
        asked before they are lost; answering No keeps the window open.
        """
        unsaved = self.prep.save_all()
        if unsaved and not self.confirm_discard(unsaved):
            event.ignore()
            return
        self.loader.cancel()
        if self.keeps_state:
            self.save_state()
        self._saved_at_close = True
        super().closeEvent(event)

    def _on_usage_known(self) -> None:
        """Show "Used in" on the term card and the glossary page once a big pack is scanned."""
        self.glossary.definition.rerender()
        if self.reader.page == ("glossary", ""):
            self.reader.rerender()

    def confirm_discard(self, unsaved: int) -> bool:
        """Ask whether to quit although ``unsaved`` notes could not be saved; True to quit."""
        answer = QtWidgets.QMessageBox.question(
            self,
            Window.tr("Notes not saved"),
            Window.tr("%n note(s) could not be saved:", None, unsaved)
            + f" {self.prep.notes.status.text()}\n\n"
            + Window.tr("Quit anyway and lose them? Choose No to copy them somewhere first."),
        )
        return answer == QtWidgets.QMessageBox.StandardButton.Yes
