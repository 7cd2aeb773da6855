"""Search every pack of the library at once; each hit says which pack it is from.

:class:`LibrarySearch` keeps the
:class:`~briefing_app.core.search.index.SearchIndex` of each pack it has
searched open (cached on disk like the window's, :meth:`SearchIndex.open`),
so that the next query over the same packs costs only the queries.  A pack
folder whose cached index is current is searched without loading the pack
(:meth:`SearchIndex.open_cached`: one listing of its files); other packs are
loaded once, to open or build their index.  Use one from one thread at a time (the
window's query thread does).

Hits of all packs are merged by :func:`merge`: hits titled with every word
of the query first, then by each pack's score as a share of that pack's best
(BM25 scores of different packs are not on one scale: a small pack's are
near zero).  Each is a :class:`PackHit`: the pack's hit plus the pack's
library id, title and folder.  When some pack finds the query as typed,
packs that only found a corrected query are left out; when none does, the
corrected hits are given and the first correction is ``did_you_mean``.
Snippets are made only for the hits kept (:meth:`SearchIndex.add_snippets`),
not for every pack's best ``limit``.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing_app.core.library.shelf import Entry, path_key

if TYPE_CHECKING:
    from briefing_app.core.pack.model import Pack
    from briefing_app.core.search.index import SearchIndex


@dataclass(frozen=True)
class PackHit:
    """One hit of a library-wide search.

    Attributes:
        hit: the pack's own hit (``id``, ``kind``, ``title``, ``snippet``, ``score``, ...).
        pack_id, pack_title: the pack's library id and title.
        pack_path: the path to open the pack with (folder or ``.briefing`` file).
        pack_root: the loaded pack's folder (a pack file's extracted folder).
    """

    hit: Any
    pack_id: str
    pack_title: str
    pack_path: str
    pack_root: str

    @property
    def id(self) -> str:
        """The topic or term id."""
        return str(self.hit.id)

    @property
    def kind(self) -> str:
        """``"topic"`` or ``"term"``."""
        return str(self.hit.kind)

    @property
    def title(self) -> str:
        """The topic title or the term's headword."""
        return str(self.hit.title)

    @property
    def snippet(self) -> str:
        """The excerpt as HTML, matches in ``<b>``."""
        return str(self.hit.snippet)

    @property
    def score(self) -> float:
        """The pack's relevance score, higher is better."""
        return float(self.hit.score)

    @property
    def snippet_text(self) -> str:
        """The excerpt as plain text ("" if the hit has none)."""
        return str(getattr(self.hit, "snippet_text", ""))

    @property
    def snippet_spans(self) -> tuple[tuple[int, int], ...]:
        """The matches within :attr:`snippet_text`."""
        return tuple(getattr(self.hit, "snippet_spans", ()))

    def as_dict(self) -> dict[str, object]:
        """Return the hit as JSON: ``{"id", "kind", "title", "snippet", "score", "pack": {"id",
        "title"}}`` (the snippet as plain text)."""
        if hasattr(self.hit, "as_dict"):
            base = dict(self.hit.as_dict())
        else:
            base = {"id": self.id, "kind": self.kind, "title": self.title, "score": self.score}
            base["snippet"] = self.snippet_text
        base["pack"] = {"id": self.pack_id, "title": self.pack_title}
        return base


@dataclass
class LibraryResult:
    """The answer of a library-wide search.

    Attributes:
        query: the query as typed.
        hits: the merged hits, best first.
        did_you_mean: the correction used, when no pack found the query as typed.
        failed: pack id -> why it could not be searched (gone, unreadable).
    """

    query: str
    hits: list[PackHit] = field(default_factory=list)
    did_you_mean: str | None = None
    failed: dict[str, str] = field(default_factory=dict)


def merge(query: str, hits: Sequence[PackHit]) -> list[PackHit]:
    """Return ``hits`` of several packs in one order, best first.

    A hit whose title holds every word of ``query`` (folded: case, accents,
    Kazakh letters) comes before one whose title does not, as within a pack
    (:class:`~briefing_app.core.search.index.SearchIndex`); inside each group,
    hits go by their score divided by the best score of their own pack, so each
    pack's best hit counts alike however big the pack.  Ties keep the order given.
    """
    from briefing_app.core.search.fold import fold, words

    wanted = {fold(word) for word in words(query)}
    best: dict[str, float] = {}
    for hit in hits:
        best[hit.pack_id] = max(best.get(hit.pack_id, 0.0), hit.score)

    def key(hit: PackHit) -> tuple[bool, float]:
        titled = bool(wanted) and wanted <= {fold(word) for word in words(hit.title)}
        top = best[hit.pack_id]
        return titled, (hit.score / top if top > 0 else 0.0)

    return sorted(hits, key=key, reverse=True)


#: Threads querying packs at once (SQLite ranks outside Python's lock; two cores are common).
THREADS = 4

#: Answers a query for one pack: (query, limit) -> an object with ``hits`` and ``did_you_mean``.
Searcher = Callable[[str, int], Any]


def failure_text(entry: Entry, error: Exception) -> str:
    """Return why ``entry``'s pack could not be searched, naming its path and what to do
    (never a class name): gone from disk, unreadable, or nothing to search."""
    remove = f"remove it with `briefing-app library remove {entry.id}`"
    if not os.path.exists(entry.path):
        return f"{entry.path}: not found; {remove}"
    if isinstance(error, OSError):
        return f"{entry.path}: cannot be read ({error.strerror or error}); check it, or {remove}"
    if isinstance(error, ValueError):  # nothing to search: the message names the path
        return f"{error}; run `briefing-app check {entry.path}`, or {remove}"
    return f"{entry.path}: cannot be searched ({error}); {remove}"


class LibrarySearch:
    """Searches the packs of the library, keeping them loaded between queries (see module doc).

    Args:
        cache_dir: the search cache folder (default: the user cache folder).
    """

    def __init__(self, cache_dir: Path | None = None) -> None:
        self._cache_dir = cache_dir
        # entry path -> (the pack's folder, its open index), or (the loaded pack, None)
        # until its index is opened
        self._open: dict[str, tuple[Pack | Path, SearchIndex | None]] = {}
        self._threads: ThreadPoolExecutor | None = None

    def search(
        self,
        query: str,
        entries: Sequence[Entry],
        limit: int = 20,
        own: Mapping[str, Searcher] | None = None,
    ) -> LibraryResult:
        """Search ``query`` in every pack of ``entries``; return the best ``limit`` hits.

        ``own`` maps a pack's :func:`~briefing_app.core.library.shelf.path_key`
        (of the pack's folder as loaded) to a searcher to use for it instead of
        loading it again (the window's open pack).  A pack that cannot be
        searched is named in ``failed``; never raises for a pack's content.
        """
        result = LibraryResult(query)
        typed: list[PackHit] = []
        corrected: list[PackHit] = []
        indexes: dict[str, SearchIndex] = {}  # pack id -> the index whose hits lack snippets
        answers = self._answers(query, entries, limit, own or {})
        for entry, (answer, root, index) in zip(entries, answers, strict=True):
            if isinstance(answer, Exception):  # one bad pack must not stop the others
                result.failed[entry.id] = failure_text(entry, answer)
                continue
            if index is not None:
                indexes[entry.id] = index
            tagged = [
                PackHit(hit, entry.id, entry.title, entry.path, str(root)) for hit in answer.hits
            ]
            if answer.did_you_mean is None:
                typed.extend(tagged)
            elif tagged:
                corrected.extend(tagged)
                if result.did_you_mean is None:
                    result.did_you_mean = answer.did_you_mean
        chosen = typed or corrected
        if typed:
            result.did_you_mean = None
        result.hits = merge(query if typed else result.did_you_mean or query, chosen)[:limit]
        result.hits = self._with_snippets(result.hits, indexes)
        return result

    def _answers(
        self, query: str, entries: Sequence[Entry], limit: int, own: Mapping[str, Searcher]
    ) -> list[tuple[Any, Path | None, SearchIndex | None]]:
        """Return, for each of ``entries`` in order, ``(answer, root, index)``: the pack's
        answer (its hits without snippets when ``index`` is given) or the exception that
        stopped it, the pack's folder as loaded and the index that owes the snippets.

        Packs are opened one after another (opening may load a pack), then queried at once
        on :data:`THREADS` threads: SQLite leaves Python's lock while it ranks, so the small
        packs' queries run beside the big pack's instead of after it.
        """
        prepared: list[tuple[Any, Path | None, SearchIndex | None]] = []
        for entry in entries:
            try:
                prepared.append(self._searcher(entry, own))
            except Exception as error:  # named in ``failed`` by the caller
                prepared.append((error, None, None))

        def ask(item: tuple[Any, Path | None, SearchIndex | None]) -> Any:
            searcher, _root, index = item
            if isinstance(searcher, Exception):
                return searcher
            try:
                if index is not None:  # snippets only for the hits kept
                    return index.search(query, limit, snippets=False)
                return searcher(query, limit)
            except Exception as error:
                return error

        live = sum(not isinstance(item[0], Exception) for item in prepared)
        asked = self._map(ask, prepared, live)
        return [
            (answer, root, index) for answer, (_s, root, index) in zip(asked, prepared, strict=True)
        ]

    def _with_snippets(
        self, hits: list[PackHit], indexes: Mapping[str, SearchIndex]
    ) -> list[PackHit]:
        """Return ``hits`` with the snippets of those whose pack's index left them out (each
        pack's on its own thread when more than one pack owes some)."""
        owed = [
            (pack_id, index, [hit.hit for hit in hits if hit.pack_id == pack_id])
            for pack_id, index in indexes.items()
        ]
        owed = [item for item in owed if item[2]]

        def make(
            item: tuple[str, SearchIndex, list[Any]],
        ) -> list[tuple[tuple[str, str, str], Any]]:
            pack_id, index, own_hits = item
            try:
                return [((pack_id, hit.kind, hit.id), hit) for hit in index.add_snippets(own_hits)]
            except Exception:  # a hit without its snippet is still a hit
                return []

        done = self._map(make, owed, len(owed))
        made = dict(pair for pairs in done for pair in pairs)
        return [
            PackHit(
                made.get((hit.pack_id, hit.kind, hit.id), hit.hit),
                hit.pack_id,
                hit.pack_title,
                hit.pack_path,
                hit.pack_root,
            )
            for hit in hits
        ]

    def _map(self, work: Callable[[Any], Any], items: Sequence[Any], packs: int) -> Iterator[Any]:
        """Return ``work`` of each of ``items``, in order: on the query threads (made on first
        use) when more than one of the ``packs`` concerned has work to do, else on this one."""
        if packs <= 1:
            return map(work, items)
        if self._threads is None:
            self._threads = ThreadPoolExecutor(THREADS, thread_name_prefix="library-search")
        return self._threads.map(work, items)

    def _searcher(
        self, entry: Entry, own: Mapping[str, Searcher]
    ) -> tuple[Searcher, Path, SearchIndex | None]:
        """Return the searcher of ``entry``'s pack, the pack's folder as loaded and the pack's
        index (None when the searcher is one of ``own``).

        A pack folder whose cached index is current is searched through that
        index alone (:meth:`SearchIndex.open_cached`), without loading the
        pack; otherwise the pack is loaded (a pack file is verified and
        extracted) and its index opened or built.

        Raises:
            ValueError: the pack has nothing to search.
            OSError, sqlite3.Error: it could not be read or indexed.
        """
        from briefing_app.core.search.index import SearchIndex

        held = self._open.get(entry.path)
        if held is None:
            folder = Path(entry.path)
            if path_key(folder) in own:
                return own[path_key(folder)], folder, None
            index = SearchIndex.open_cached(folder, self._cache_dir) if folder.is_dir() else None
            if index is not None:
                held = (folder, index)
            else:
                from briefing_app.core.pack.cache import load_pack_cached

                pack = load_pack_cached(entry.path)
                if not (pack.topics or pack.terms):
                    raise ValueError(f"{entry.path}: nothing to search in this pack")
                held = (pack, None)
            self._open[entry.path] = held
        source, index = held
        root = source if isinstance(source, Path) else source.root
        key = path_key(root)
        if key in own:
            return own[key], root, None
        if index is None:  # a loaded pack, its index not opened yet
            assert not isinstance(source, Path)
            index = SearchIndex.open(source, self._cache_dir)
            self._open[entry.path] = (root, index)
        return index.search, root, index

    def forget(self, keep: Sequence[Entry] = ()) -> None:
        """Close the indexes of packs not in ``keep`` (all of them by default)."""
        wanted = {entry.path for entry in keep}
        for path in list(self._open):
            if path not in wanted:
                _source, index = self._open.pop(path)
                if index is not None:
                    with contextlib.suppress(Exception):
                        index.close()

    def close(self) -> None:
        """Close every index held, and stop the query threads."""
        self.forget()
        if self._threads is not None:
            self._threads.shutdown(wait=True)
            self._threads = None
