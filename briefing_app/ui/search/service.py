"""The GUI thread's side of search: numbered requests out, the newest answers in.

:class:`SearchService` owns a pack's :class:`~briefing_app.ui.search.worker.QueryRunner`
and :class:`~briefing_app.ui.search.worker.IndexBuilder`.  Queries are
answered from the first second, by the substring fallback until the index is
ready; the index is loaded or built only after the window has first painted
(:meth:`SearchService.start_after_paint`), so it never delays the first page.
Every request carries a sequence number and only the answer to the newest
one is passed on, so a slow answer never overwrites a newer one.
"""

from __future__ import annotations

import gc
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from briefing_app.core.pack.model import Pack
from briefing_app.ui.search import worker as search_worker
from briefing_app.ui.search.worker import (
    IndexBuilder,
    QueryRequest,
    QueryRunner,
    SearchOutcome,
    SpansRequest,
)
from briefing_app.ui.window.first_paint import when_painted

if TYPE_CHECKING:
    from briefing_app.core.search.index import SearchIndex

_heap_frozen = False


def settle_heap() -> None:
    """Hide every object alive now -- the loaded pack above all -- from the cyclic garbage collector.

    A full collection walks every live object while holding the GIL; over a
    5,000-topic pack it stops every thread, the GUI's included, for 50-80 ms,
    and the index build allocates enough to set one off every few seconds.
    ``gc.freeze()`` (Python docs, ``gc.freeze``) moves the objects alive now
    out of the collector's sight, so later collections walk only new ones.
    When a second pack is opened, the frozen objects are first handed back
    and collected once, so that the old pack is freed.
    """
    global _heap_frozen
    if _heap_frozen:
        gc.unfreeze()
        gc.collect()
    gc.freeze()
    _heap_frozen = True


def _retire_all(threads: list[QueryRunner | IndexBuilder | None]) -> None:
    """Retire the threads of a service that is going away (called from ``destroyed``)."""
    for thread in threads:
        search_worker.retire(thread)


class SearchService(QObject):
    """Searches one pack at a time off the GUI thread (see module doc).

    Signals:
        outcome_ready(outcome): the :class:`SearchOutcome` of the newest query.
        spans_ready(seq, spans): the spans of the newest highlight request.
        index_progressed(percent): indexing progress, 0-100.
        index_ready(seconds, from_cache): the index answers from now on.
        index_failed(message): no index; the substring fallback keeps answering.
    """

    outcome_ready = Signal(object)
    spans_ready = Signal(int, object)
    index_progressed = Signal(int)
    index_ready = Signal(float, bool)
    index_failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pack: Pack | None = None
        self._runner: QueryRunner | None = None
        self._builder: IndexBuilder | None = None
        self._threads: list[QueryRunner | IndexBuilder | None] = [None, None]
        self._query_seq = 0
        self._spans_seq = 0
        self._answered_seq = 0
        self._indexed = False
        #: Search every pack of the library, not only this one (the panel's scope).
        self.everywhere = False
        self.destroyed.connect(partial(_retire_all, self._threads))
        search_worker.install_exit_hook()

    # -- state ----------------------------------------------------------------

    @property
    def indexed(self) -> bool:
        """True once the full-text index answers (before that, the substring fallback)."""
        return self._indexed

    @property
    def indexing(self) -> bool:
        """True while the index is being loaded or built."""
        return self._builder is not None and not self._indexed

    @property
    def pack(self) -> Pack | None:
        """The pack searched (None before :meth:`set_pack`)."""
        return self._pack

    @property
    def busy(self) -> bool:
        """True while the answer to the newest query has not arrived."""
        return self._answered_seq < self._query_seq

    # -- pack -----------------------------------------------------------------

    def set_pack(self, pack: Pack) -> None:
        """Search ``pack`` from now on: the old threads are retired, a new runner started.

        The index is not started here; see :meth:`start_after_paint` and
        :meth:`start_indexing`.
        """
        self._retire()
        self._pack = pack
        self._answered_seq = self._query_seq
        self._ensure_runner()

    def _retire(self) -> None:
        for thread in (self._runner, self._builder):
            search_worker.retire(thread)
        self._runner = self._builder = None
        self._threads[:] = [None, None]
        self._indexed = False

    def _ensure_runner(self) -> QueryRunner | None:
        if self._runner is None and self._pack is not None:
            runner = QueryRunner(self._pack)
            runner.outcome_ready.connect(self._on_outcome)
            runner.spans_ready.connect(self._on_spans)
            self._runner = runner
            self._threads[0] = runner
            search_worker.start(runner)
        return self._runner

    def start_after_paint(self, widget: QWidget) -> None:
        """Start indexing once ``widget`` has painted (at once if it is already showing)."""
        when_painted(widget, self, self.start_indexing)

    def start_indexing(self) -> None:
        """Load or build the pack's index in the background (once per pack).

        A preview of a big pack (``complete`` False) is not indexed: the whole
        pack replaces it in a moment.
        """
        if self._pack is None or not self._pack.complete or self._builder is not None:
            return
        settle_heap()
        builder = IndexBuilder(self._pack)
        builder.progressed.connect(self._on_progress)
        builder.index_ready.connect(self._on_index)
        builder.index_failed.connect(self.index_failed)
        self._builder = builder
        self._threads[1] = builder
        search_worker.start(builder)

    # -- requests -------------------------------------------------------------

    def search(self, text: str) -> int:
        """Ask for the hits of ``text``; return the request's number (answered by ``outcome_ready``).

        Blank text is not sent: it only makes earlier requests stale.
        """
        self._query_seq += 1
        if not text.strip():  # nothing to search: any answer on its way is now stale
            self._answered_seq = self._query_seq
            return self._query_seq
        runner = self._ensure_runner()
        if runner is not None:
            runner.submit(QueryRequest(self._query_seq, text, everywhere=self.everywhere))
        return self._query_seq

    def find_spans(self, query: str, text: str, extra: tuple[str, ...] = ()) -> int:
        """Ask where ``query`` (and the phrases ``extra``) occur in ``text``; return the number."""
        self._spans_seq += 1
        runner = self._ensure_runner()
        if runner is not None:
            runner.submit(SpansRequest(self._spans_seq, query, text, extra))
        return self._spans_seq

    # -- answers --------------------------------------------------------------

    def _on_outcome(self, outcome: SearchOutcome) -> None:
        if self.sender() is not self._runner or outcome.seq != self._query_seq:
            return  # a stale answer, or one from a retired runner
        self._answered_seq = outcome.seq
        self.outcome_ready.emit(outcome)

    def _on_spans(self, seq: int, spans: list[tuple[int, int]]) -> None:
        if self.sender() is self._runner and seq == self._spans_seq:
            self.spans_ready.emit(seq, spans)

    def _on_progress(self, percent: int) -> None:
        if self.sender() is self._builder:
            self.index_progressed.emit(percent)

    def _on_index(self, index: SearchIndex, seconds: float) -> None:
        if self.sender() is not self._builder or self._runner is None:
            index.close()
            return
        self._runner.use_index(index)
        self._indexed = True
        self.index_ready.emit(seconds, index.from_cache)
