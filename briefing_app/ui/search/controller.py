"""Search as you type: the toolbar box, the results dock, the reader's marks and the find bar.

:class:`SearchController` ties together

* the toolbar search box: each change is searched after
  :data:`SEARCH_DELAY_MS` without typing (debounce), off the GUI thread
  (:class:`~briefing_app.ui.search.service.SearchService`); Up/Down and
  Page Up/Down move through the hits, Enter opens the selected one (once the
  newest answer is in), Esc clears the box and returns to the reader;
* the :class:`~briefing_app.ui.search.panel.SearchPanel` dock, shown when
  there is something to show;
* opening a hit: the topic (in the reader) or the glossary term (in the
  glossary dock) is shown by the window, then every occurrence of the query
  -- and of the words the hit's snippet marked, so that ``霍尔果斯`` marks
  ``Khorgos`` in an English page -- is marked and the first scrolled to;
* F3 / Shift+F3 through the marks, and Ctrl+F for the
  :class:`~briefing_app.ui.reader.find_bar.FindBar`;
* the indexing progress in the status bar ("Indexing… 40%");
* the scope: the pack shown, or every pack of the library (the panel's
  "Search in", remembered as :data:`SCOPE_KEY`); then each hit names its
  pack, and opening a hit of another pack opens that pack at that topic or
  term (the window's library controller,
  :meth:`~briefing_app.ui.library.controller.Library.open_entry`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDockWidget, QLineEdit, QMainWindow, QProgressBar, QTextEdit

from briefing_app.core.pack.model import Pack
from briefing_app.ui.i18n import Context
from briefing_app.ui.reader.find_bar import FindBar
from briefing_app.ui.reader.occurrences import OccurrenceMarks
from briefing_app.ui.search.panel import SearchPanel
from briefing_app.ui.search.service import SearchService
from briefing_app.ui.search.worker import SearchOutcome
from briefing_app.ui.window.actions import in_front

Search = Context("Search")

#: Settings key of the scope chosen in the panel: "pack" or "all".
SCOPE_KEY = "search/scope"
#: Pause in typing, in milliseconds, after which the box's text is searched.
SEARCH_DELAY_MS = 120
#: An answer not come after this many ms is said to be on its way (a pack being indexed).
SLOW_ANSWER_MS = 400
#: How long the "index ready" message stays in the status bar (ms).
READY_MESSAGE_MS = 4000
_MOVES = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}


def snippet_marks(hit: object) -> tuple[str, ...]:
    """Return the distinct texts a hit's snippet marked (``snippet_text`` at ``snippet_spans``)."""
    text = getattr(hit, "snippet_text", "")
    spans = getattr(hit, "snippet_spans", ())
    marks: list[str] = []
    for start, end in spans:
        piece = " ".join(text[start:end].split())
        if piece and piece.casefold() not in (m.casefold() for m in marks):
            marks.append(piece)
    return tuple(marks[:8])


class SearchController(QObject):
    """Runs the search box, the results dock and the marks in the panes (see module doc).

    Args:
        window: the main window (its status bar shows progress; its first
            paint starts indexing).
        box: the toolbar search box.
        panel: the results dock.
        reader: the reading pane, where topics open.
        term_view: the glossary dock's definition pane, where terms open.

    Signals:
        topic_requested(topic_id, anchor) and term_requested(term_id): a hit
            is to be opened; the window shows it, then the controller marks it.
    """

    topic_requested = Signal(str, str)
    term_requested = Signal(str)

    def __init__(
        self,
        window: QMainWindow,
        box: QLineEdit,
        panel: SearchPanel,
        reader: QTextEdit,
        term_view: QTextEdit,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.box = box
        self.panel = panel
        self.reader = reader
        self.term_view = term_view
        self.service = SearchService(self)
        self.reader_marks = OccurrenceMarks(reader)
        self.term_marks = OccurrenceMarks(term_view)
        self.find_bar = FindBar(reader, self.reader_marks)
        self.progress = QProgressBar(window)
        self.progress.setObjectName("search-progress")
        self.progress.setRange(0, 100)
        self.progress.setFormat(Search.tr("Indexing… %p%"))
        self.progress.setMaximumWidth(180)
        self.progress.setAccessibleName(Search.tr("Search indexing progress"))
        self.progress.hide()
        window.statusBar().addPermanentWidget(self.progress)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._slow = QTimer(self)  # an answer across packs that takes a while says so
        self._slow.setSingleShot(True)
        self._slow.setInterval(SLOW_ANSWER_MS)
        self._open_when_answered = False
        self._shown_by_search = False
        self._return_to: QDockWidget | None = None  # the sidebar tab a search replaced
        self._marking: tuple[int, QTextEdit] | None = None
        from briefing_app.ui.window import settings as saved

        scope = saved.read_str(saved.open_settings(), SCOPE_KEY, "pack")
        self.panel.set_scope(scope)
        self.service.everywhere = self.panel.current_scope() == "all"
        self._connect()

    def _connect(self) -> None:
        self.box.textChanged.connect(self._on_text)
        self.box.installEventFilter(self)
        self._timer.timeout.connect(self.search_now)
        self._slow.timeout.connect(self._on_slow_answer)
        self.panel.hit_activated.connect(self.open_hit)
        self.panel.suggestion_chosen.connect(self.run_suggestion)
        self.panel.scope_changed.connect(self.set_scope)
        self.service.outcome_ready.connect(self._on_outcome)
        self.service.spans_ready.connect(self._on_spans)
        self.service.index_progressed.connect(self._on_progress)
        self.service.index_ready.connect(self._on_index_ready)
        self.service.index_failed.connect(self._on_index_failed)

    # -- pack -------------------------------------------------------------------

    def set_pack(self, pack: Pack) -> None:
        """Search ``pack`` from now on; its index is loaded once the window has painted.

        A preview of a big pack (``pack.complete`` False) is not indexed: the
        whole pack replaces it in a moment, and the preview's results stay
        listed until the whole pack's answer comes.
        """
        other = self.service.pack is None or self.service.pack.root != pack.root
        if other and not self.service.everywhere:  # across packs, the hits still stand
            self.panel.clear_results()
        self.service.set_pack(pack)
        self.progress.setValue(0)
        if pack.complete:
            self.panel.set_note(Search.tr("Indexing: quick matches for now"))
            self.service.start_after_paint(self.window)
        else:
            self.panel.set_note(
                Search.tr("Loading the pack: only the open topic is searched for now")
            )
        if self.box.text().strip():
            self.search_now()

    def set_scope(self, scope: str) -> None:
        """Search ``scope`` from now on: "pack" (the pack shown) or "all" (every pack of the
        library); remembered for the next start, and the box's text searched again."""
        from briefing_app.ui.window import settings as saved

        self.panel.set_scope(scope)
        self.service.everywhere = self.panel.current_scope() == "all"
        settings = saved.open_settings()
        settings.setValue(SCOPE_KEY, self.panel.current_scope())
        settings.sync()
        if self.box.text().strip():
            self.search_now()

    # -- typing -----------------------------------------------------------------

    def _on_text(self, _text: str) -> None:
        self._open_when_answered = False
        self._timer.start()

    def search_now(self) -> None:
        """Search for the box's text at once (an empty box clears the results)."""
        self._timer.stop()
        text = self.box.text()
        if not text.strip():
            self.service.search("")  # makes any answer still on its way stale
            self.panel.clear_results()
            return
        self.service.search(text)
        self._slow.start()

    def _on_slow_answer(self) -> None:
        """The newest query's answer has not come yet: say it is being looked for (across
        packs, one may be loaded or indexed first)."""
        if self.service.busy:
            self.panel.show_searching(self.box.text(), self.service.everywhere)

    def _on_outcome(self, outcome: SearchOutcome) -> None:
        self.panel.show_outcome(outcome)
        if not in_front(self.panel):
            self._return_to = self._sidebar_tab_shown()
            self.panel.show()
            self.panel.raise_()  # a tab of the sidebar: bring it to the front
            self._shown_by_search = True
        if self._open_when_answered:
            self._open_when_answered = False
            self.open_current()

    def _sidebar_tab_shown(self) -> QDockWidget | None:
        """The dock whose tab the search panel shares and that is in front now, if any."""
        window = self.panel.parentWidget()
        if not isinstance(window, QMainWindow):
            return None
        tabs = window.tabifiedDockWidgets(self.panel)
        return next((dock for dock in tabs if in_front(dock)), None)

    def run_suggestion(self, text: str) -> None:
        """Put ``text`` in the box and search for it at once (a suggestion was clicked)."""
        self.box.setText(text)
        self.search_now()
        self.box.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Qt API: Up/Down/Page Up/Page Down, Enter and Esc in the search box."""
        if watched is not self.box or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        key = Qt.Key(event.key())
        if key in _MOVES:
            self.panel.move_selection(_MOVES[key])
            return True
        if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            step = self.panel.page_step()
            self.panel.move_selection(step if key == Qt.Key.Key_PageDown else -step)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activate()
            return True
        if key == Qt.Key.Key_Escape:
            self.dismiss()
            return True
        return False

    def activate(self) -> None:
        """Open the selected hit; if the newest answer is still to come, open it when it comes."""
        if self._timer.isActive():
            self.search_now()
        if self.service.busy:
            self._open_when_answered = True
        else:
            self.open_current()

    def dismiss(self) -> None:
        """Clear the box, hide the dock if searching had shown it, and focus the reader."""
        self._timer.stop()
        self._open_when_answered = False
        self.box.clear()
        self.search_now()
        if self._shown_by_search:
            if self._return_to is not None:
                self._return_to.raise_()  # back to the tab the search replaced
            else:
                self.panel.hide()
            self._shown_by_search = False
        self.reader.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- opening and marking ----------------------------------------------------

    def open_current(self) -> bool:
        """Open the hit selected in the dock; False if there is none."""
        current = self.panel.current_hit()
        if current is None:
            return False
        self.open_hit(*current)
        return True

    def open_hit(self, kind: str, item_id: str) -> None:
        """Open hit ``(kind, item_id)`` of the last answer and mark the query in it."""
        outcome = self.panel.outcome
        chosen = self.panel.current_object()
        if getattr(chosen, "kind", None) != kind or getattr(chosen, "id", None) != item_id:
            chosen = next(
                (h for h in (outcome.hits if outcome else []) if (h.kind, h.id) == (kind, item_id)),
                None,
            )
        self.panel.pick(kind, item_id)
        self.find_bar.close_bar()
        if not self._open_pack_of(chosen):
            return
        if kind == "topic":
            self.topic_requested.emit(item_id, "")
            view = self.reader
        else:
            self.term_requested.emit(item_id)
            view = self.term_view
        if outcome is None:
            return
        query = outcome.did_you_mean or outcome.query
        seq = self.service.find_spans(query, view.toPlainText(), snippet_marks(chosen))
        self._marking = (seq, view)

    def _open_pack_of(self, hit: object) -> bool:
        """Open the pack ``hit`` is from if it is another than the one shown (an all-packs
        hit); False if that pack could not be opened."""
        root = getattr(hit, "pack_root", "")
        pack = self.service.pack
        if not root or pack is None:
            return True
        from briefing_app.core.library.shelf import path_key

        if path_key(root) == path_key(pack.root):
            return True
        library = getattr(self.window, "library", None)
        return library is not None and bool(library.open_entry(getattr(hit, "pack_path", root)))

    def _on_spans(self, seq: int, spans: list[tuple[int, int]]) -> None:
        if self._marking is None or self._marking[0] != seq:
            return
        view = self._marking[1]
        self._marking = None
        marks = self.reader_marks if view is self.reader else self.term_marks
        marks.set_spans(spans, scroll=True)

    def step_marks(self, delta: int) -> bool:
        """F3 / Shift+F3: go to the next / previous mark in the reader; False if there is none."""
        if self.find_bar.isVisible() or self.reader_marks.count == 0:
            return self.find_bar.step(delta)
        return self.reader_marks.step(delta)

    def open_find_bar(self) -> None:
        """Ctrl+F: open the find bar with the reader's selected text, if any."""
        selected = self.reader.textCursor().selectedText().strip()
        self.find_bar.open_bar(selected if selected and "\u2029" not in selected else "")

    # -- indexing -----------------------------------------------------------------

    def _on_progress(self, percent: int) -> None:
        self.progress.setValue(percent)
        self.progress.show()
        self.panel.set_note(
            Search.tr("Indexing… %1%: quick matches for now").replace("%1", str(percent))
        )

    def _on_index_ready(self, seconds: float, from_cache: bool) -> None:
        self.progress.hide()
        self.panel.set_note("")
        took = (
            Search.tr("%1 s").replace("%1", f"{seconds:.1f}")
            if seconds >= 1
            else Search.tr("%1 ms").replace("%1", f"{seconds * 1000:.0f}")
        )
        message = (
            Search.tr("Search index loaded in %1")
            if from_cache
            else Search.tr("Search index built in %1")
        )
        self.window.statusBar().showMessage(message.replace("%1", took), READY_MESSAGE_MS)
        if self.panel.outcome is not None and self.box.text().strip():
            self.search_now()  # the quick matches give way to ranked ones

    def _on_index_failed(self, message: str) -> None:
        self.progress.hide()
        self.panel.set_note(Search.tr("Full-text search unavailable: quick matches only"))
        self.window.statusBar().showMessage(
            Search.tr(
                "Search index could not be made (%1); searching by plain text instead"
            ).replace("%1", message),
            10000,
        )
