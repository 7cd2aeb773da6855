"""The search's threads: one loads or builds the index, one answers queries.

Neither ever touches a widget: they take plain Python requests and answer
with signals, which Qt queues to the GUI thread (the threads' ``QThread``
objects live there).

* :class:`IndexBuilder` runs :meth:`SearchIndex.open` once (the cached index,
  or a build written to the cache) and reports progress.
* :class:`QueryRunner` answers queries and highlight requests in order.  It
  takes whatever has queued up since its last answer and runs only the
  newest query and the newest highlight request: a user typing faster than
  the answers come never waits for stale ones.  Until it is handed an index
  it answers with the plain substring finder
  (:class:`~briefing_app.core.search.quickfind.SubstringSearch`).  All use of the
  index's SQLite connection after the build happens in this one thread.  A
  request for every pack of the library (``everywhere``) is answered by a
  :class:`~briefing_app.core.library.search_all.LibrarySearch` the runner keeps
  (the other packs stay loaded between queries), with its own pack searched as
  above.

The threads run Python, so they share the GIL with the GUI thread, which
must take it back for every call into Python (a model's ``data()``, a
delegate's ``sizeHint()``).  A thread that wants the GIL waits up to the
interpreter's switch interval before the holder is made to let go, 5 ms by
default; :func:`start` lowers it to :data:`GIL_SWITCH_S`, which keeps the
window's longest stalls while indexing a 5,000-topic pack near 40 ms instead
of 60-110 ms (``tests/ui/search/test_latency.py``).

A ``QThread`` destroyed while it runs aborts the process, so the threads are
never children of a widget: :func:`start` keeps each in a module registry
until it has finished, :func:`retire` asks one to stop without waiting, and
:func:`stop_all` (at application exit) stops and waits for all.
"""

from __future__ import annotations

import atexit
import queue
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QThread, Signal

from briefing_app.core.pack.model import Pack
from briefing_app.core.search.quickfind import Results, SubstringSearch

if TYPE_CHECKING:  # the engine is imported in the worker thread, not at start-up
    from briefing_app.core.library.search_all import LibrarySearch
    from briefing_app.core.search.highlight import Span
    from briefing_app.core.search.index import SearchIndex, SearchResult
    from briefing_app.core.search.suggest import NameIndex

#: Hits asked for per query.
RESULT_LIMIT = 50
#: Suggestions offered when nothing is found.
SUGGESTIONS = 3
#: The interpreter's thread switch interval while search threads run (seconds; ``sys.setswitchinterval``).
GIL_SWITCH_S = 0.001
#: Indexing progress is reported in steps of this many percent (each report repaints the window).
PROGRESS_STEP = 5

_LIVE: list[QThread] = []


@dataclass(frozen=True)
class QueryRequest:
    """Search for ``text`` (in every pack of the library with ``everywhere``); ``seq`` numbers
    requests so that stale answers can be dropped."""

    seq: int
    text: str
    limit: int = RESULT_LIMIT
    everywhere: bool = False


@dataclass(frozen=True)
class SpansRequest:
    """Find ``query`` (and each phrase of ``extra``) in a page's plain ``text``, for marking."""

    seq: int
    query: str
    text: str
    extra: tuple[str, ...] = ()


@dataclass(frozen=True)
class SearchOutcome:
    """The answer to one :class:`QueryRequest`.

    Attributes:
        seq, query: those of the request.
        hits: ranked hits (``id``, ``kind``, ``title``, ``snippet`` HTML with ``<b>``).
        did_you_mean: the corrected query whose hits are shown, if the typo
            fallback was used.
        suggestions: names to offer when there are no hits at all.
        indexed: False if the substring fallback answered (index not ready).
    """

    seq: int
    query: str
    hits: list[Any] = field(default_factory=list)
    did_you_mean: str | None = None
    suggestions: tuple[str, ...] = ()
    indexed: bool = True


class _UseIndex:
    def __init__(self, index: SearchIndex) -> None:
        self.index = index


_STOP = object()


class BuildCancelled(Exception):
    """Raised from the progress callback to stop an index build."""


class IndexBuilder(QThread):
    """Loads the cached index of a pack or builds it, once, in its own thread.

    Signals:
        progressed(percent): share of the documents indexed, 0-100, in steps of
            :data:`PROGRESS_STEP` (100 at once for a cache hit).
        index_ready(index, seconds): the :class:`SearchIndex`, and the time taken.
        index_failed(message): the index could not be made; the message says why.
    """

    progressed = Signal(int)
    index_ready = Signal(object, float)
    index_failed = Signal(str)

    def __init__(self, pack: Pack, cache_dir: Path | None = None) -> None:
        super().__init__()
        self.setObjectName("search-index-builder")
        self._pack = pack
        self._cache_dir = cache_dir
        self._reported = -PROGRESS_STEP
        self._cancelled = False

    def cancel(self) -> None:
        """Stop a build in progress at its next progress report (the app is quitting)."""
        self._cancelled = True

    def _progress(self, done: int, total: int) -> None:
        """Report ``done`` of ``total`` as a percentage, when it has grown by a step."""
        if self._cancelled:
            raise BuildCancelled
        percent = min(100, 100 * done // max(1, total))
        if percent >= self._reported + PROGRESS_STEP or (percent == 100 and self._reported < 100):
            self._reported = percent
            self.progressed.emit(percent)

    def run(self) -> None:
        """Qt API, in the builder's thread: open or build the index and emit the outcome."""
        started = time.perf_counter()
        try:
            from briefing_app.core.search.index import SearchIndex

            index = SearchIndex.open(self._pack, self._cache_dir, progress=self._progress)
        except BuildCancelled:
            return
        except Exception as error:  # any failure leaves the quick finder working
            self.index_failed.emit(f"{type(error).__name__}: {error}")
            return
        self.index_ready.emit(index, time.perf_counter() - started)


class QueryRunner(QThread):
    """Answers search and highlight requests for one pack, newest first (see module doc).

    Signals:
        outcome_ready(outcome): a :class:`SearchOutcome`.
        spans_ready(seq, spans): the ``[(start, end), ...]`` for a :class:`SpansRequest`.
    """

    outcome_ready = Signal(object)
    spans_ready = Signal(int, object)

    def __init__(self, pack: Pack) -> None:
        super().__init__()
        self.setObjectName("search-query-runner")
        self._pack = pack
        self._queue: queue.Queue[object] = queue.Queue()
        self._index: SearchIndex | None = None
        self._fallback: SubstringSearch | None = None
        self._names: NameIndex | None = None
        self._library: LibrarySearch | None = None

    def submit(self, request: QueryRequest | SpansRequest) -> None:
        """Queue ``request`` (any thread)."""
        self._queue.put(request)

    def use_index(self, index: SearchIndex) -> None:
        """Answer with ``index`` from the next request on (any thread)."""
        self._queue.put(_UseIndex(index))

    def stop(self) -> None:
        """Finish after the request being answered, if any (any thread); the index is closed."""
        self._queue.put(_STOP)

    def run(self) -> None:
        """Qt API, in the runner's thread: answer queued requests until stopped."""
        try:
            while True:
                batch = [self._queue.get()]
                while True:
                    try:
                        batch.append(self._queue.get_nowait())
                    except queue.Empty:
                        break
                query: QueryRequest | None = None
                spans: SpansRequest | None = None
                for item in batch:
                    if item is _STOP:
                        return
                    if isinstance(item, _UseIndex):
                        self._index = item.index
                    elif isinstance(item, QueryRequest):
                        query = item
                    elif isinstance(item, SpansRequest):
                        spans = item
                if query is not None:
                    self.outcome_ready.emit(self._answer(query))
                if spans is not None:
                    self.spans_ready.emit(spans.seq, self._spans(spans))
        finally:
            if self._index is not None:
                self._index.close()
            if self._library is not None:
                self._library.close()

    def _search_own(self, text: str, limit: int) -> SearchResult | Results:
        """Search this runner's pack: the index once it is handed over, else the fallback."""
        if self._index is not None:
            return self._index.search(text, limit)
        if self._fallback is None:
            self._fallback = SubstringSearch(self._pack)
        return self._fallback.search(text, limit)

    def _search_library(self, request: QueryRequest) -> Any:
        """Search every pack of the library, this runner's own pack as :meth:`_search_own` does."""
        from briefing_app.core.library import shelf
        from briefing_app.core.library.search_all import LibrarySearch

        if self._library is None:
            self._library = LibrarySearch()
        entries = shelf.entries()
        own = {shelf.path_key(self._pack.root): self._search_own}
        result = self._library.search(request.text, entries, request.limit, own)
        self._library.forget(keep=entries)  # packs taken off the list are let go
        return result

    def _answer(self, request: QueryRequest) -> SearchOutcome:
        """Return the outcome of one query, from the index or the fallback (and, with
        ``everywhere``, the library's other packs)."""
        result: Any = (
            self._search_library(request)
            if request.everywhere
            else self._search_own(request.text, request.limit)
        )
        indexed = self._index is not None
        suggestions: tuple[str, ...] = ()
        if not result.hits and request.text.strip():
            if self._names is None:
                from briefing_app.core.search.suggest import NameIndex

                self._names = NameIndex(self._pack)
            suggestions = tuple(self._names.closest(request.text, SUGGESTIONS))
        return SearchOutcome(
            request.seq,
            request.text,
            list(result.hits),
            result.did_you_mean,
            suggestions,
            indexed,
        )

    def _spans(self, request: SpansRequest) -> list[Span]:
        from briefing_app.core.search.pagefind import find_all

        """Return the merged, sorted spans of the query and the extra phrases in the text."""
        if self._index is not None:
            found = list(self._index.find_spans(request.query, request.text))
            for phrase in request.extra:
                found.extend(self._index.find_spans(f'"{phrase}"', request.text))
        else:
            found = find_all(request.text, request.query)
            for phrase in request.extra:
                found.extend(find_all(request.text, phrase))
        found.sort()
        merged: list[Span] = []
        for start, end in found:
            if merged and start < merged[-1][1]:
                continue
            merged.append((start, end))
        return merged


def start(thread: QThread) -> None:
    """Start ``thread`` and keep it alive until it has finished (finished ones are let go).

    Also lowers the interpreter's switch interval to :data:`GIL_SWITCH_S` (see module doc).
    """
    if sys.getswitchinterval() > GIL_SWITCH_S:
        sys.setswitchinterval(GIL_SWITCH_S)
    _LIVE[:] = [live for live in _LIVE if not _finished(live)]
    _LIVE.append(thread)
    thread.start()


def _finished(thread: QThread) -> bool:
    if thread.isFinished():
        thread.wait()
        return True
    return False


def retire(thread: QThread | None) -> None:
    """Ask ``thread`` to finish without waiting (a build stops at its next progress report)."""
    if isinstance(thread, QueryRunner):
        thread.stop()
    elif isinstance(thread, IndexBuilder):
        thread.cancel()


def stop_all(timeout_ms: int = 30_000) -> None:
    """Stop every search thread and wait for each (at exit; a build in progress is cancelled)."""
    for thread in list(_LIVE):
        retire(thread)
    for thread in list(_LIVE):
        thread.wait(timeout_ms)
    _LIVE.clear()


def install_exit_hook() -> None:
    """Call :func:`stop_all` when the application quits and, failing that, at interpreter exit."""
    app = QCoreApplication.instance()
    if app is not None and not app.property("briefing_search_exit_hook"):
        app.setProperty("briefing_search_exit_hook", True)
        app.aboutToQuit.connect(stop_all)


atexit.register(stop_all)
