"""Full-text search over a pack: every topic and glossary term, in any script, as one types.

Usage::

    index = SearchIndex.open(pack)            # cached on disk; or SearchIndex.build(pack)
    result = index.search("khor")             # SearchResult
    for hit in result.hits:
        print(hit.kind, hit.id, hit.title, hit.snippet_text)
    index.find_spans("khor", some_plain_text) # [(start, end), ...] to highlight

How a query is read is in :mod:`briefing_app.core.search.query`, how text is folded
in :mod:`briefing_app.core.search.fold`, the index on disk in
:mod:`briefing_app.core.search.db`.  Ranking is FTS5's BM25 with per-field
weights (:data:`~briefing_app.core.search.db.FIELD_WEIGHTS`), one query over
all fields, so that every score is on one scale; among the best candidates,
documents where all the words fall within ten tokens of each other (FTS5
``NEAR``) count double.  Documents whose title matches the whole query come
first, whatever the body says: a word common in the text still finds the
topics named after it before those that only use it.  A glossary term whose
name matches also brings the topics it concerns, so ``霍尔果斯`` finds the
English Khorgos topic.  When nothing is
found, each unknown word is replaced by the closest word of the pack's own
vocabulary (``rapidfuzz``) and the corrected query is reported as
``did_you_mean``.

An index is safe to build in one thread and use from another: all database
access goes through one lock.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from briefing_app.core import paths
from briefing_app.core.pack.model import Pack
from briefing_app.core.search import db as searchdb
from briefing_app.core.search.db import (
    HEAD_WEIGHTS,
    NAME_COLUMNS,
    TITLE_COLUMNS,
    WEIGHTS,
    Progress,
)
from briefing_app.core.search.fold import fold, words
from briefing_app.core.search.highlight import Matcher, Snippet, Span, make_snippet
from briefing_app.core.search.near import Found, near_in
from briefing_app.core.search.query import (
    MAX_CLAUSES,
    Query,
    fts_expression,
    near_expression,
    parse,
    phrase,
)
from briefing_app.core.search.text import Kind
from briefing_app.core.search.typos import Vocabulary

#: Score factor of documents where all the words are near each other.
NEAR_BOOST = 2.0
#: A topic reached through a term scores this fraction of the term's score.
LINK_FACTOR = 0.8
#: Score factors of a document whose title is the query, or starts with it.
EXACT_TITLE_BOOST = 2.0
TITLE_START_BOOST = 1.25
#: Candidates fetched beyond the limit, so that the title boost can reorder them.
EXTRA_CANDIDATES = 10
#: Up to this many documents, near words are found by one FTS5 NEAR scan; above it, in the
#: candidates' own text (:mod:`briefing_app.core.search.near`), whose cost does not grow
#: with the pack.
NEAR_SCAN_DOCS = 5000
#: Only the best this many terms whose names match bring their topics.
LINKED_TERMS = 8

_BM25 = f"bm25(entries, {', '.join(str(w) for w in WEIGHTS)})"
_MAIN_SQL = f"SELECT rowid, {_BM25} AS r FROM entries WHERE entries MATCH :q ORDER BY r LIMIT :n"
# Titles and names are asked of the ``heads`` table, whose word lists are short.
_HEADS_BM25 = f"bm25(heads, {', '.join(str(w) for w in HEAD_WEIGHTS)})"
_TITLE_SQL = f"SELECT rowid, {_HEADS_BM25} AS r FROM heads WHERE heads MATCH :q ORDER BY r LIMIT :n"
_NAMES_SQL = f"""
SELECT rowid, {_HEADS_BM25} AS r FROM heads WHERE heads MATCH :q AND rowid >= :first
ORDER BY r LIMIT :n
"""
_FIELDS = "rowid, id, kind, title, names, summary, facts, body"
_HEAD = "rowid, id, kind, title"
_NEAR_SQL = "SELECT rowid FROM entries WHERE entries MATCH ?"


@dataclass(frozen=True)
class Hit:
    """One search result.

    Attributes:
        id: the topic id or glossary term id.
        kind: ``"topic"`` or ``"term"``.
        title: the topic title or the term's headword.
        snippet: a short excerpt, HTML-escaped, matches in ``<b>...</b>``.
        score: relevance, higher is better (comparable within one result only).
        snippet_text: the excerpt as plain text.
        snippet_spans: ``(start, end)`` of the matches within ``snippet_text``.
    """

    id: str
    kind: Kind
    title: str
    snippet: str
    score: float
    snippet_text: str = ""
    snippet_spans: tuple[Span, ...] = ()

    def as_dict(self) -> dict[str, object]:
        """Return ``{"id", "kind", "title", "snippet", "score"}`` (the snippet as plain text)."""
        return {
            "id": self.id,
            "kind": self.kind,
            "title": self.title,
            "snippet": self.snippet_text,
            "score": round(self.score, 4),
        }


@dataclass(frozen=True)
class SearchResult:
    """The answer to one query: ranked hits and the correction used, if any."""

    query: str
    hits: list[Hit] = field(default_factory=list)
    did_you_mean: str | None = None


def default_cache_dir() -> Path:
    """Return the search cache folder: the user cache folder (see :mod:`briefing_app.core.paths`)."""
    return paths.cache_dir()


class SearchIndex:
    """A search index over one pack, in memory or in a cache file.

    Make one with :meth:`build` or :meth:`open`, not the constructor.

    Attributes:
        from_cache: True if the index was loaded from the cache, not built.
        path: the cache file, or ``None`` for an index held in memory.
        pack_errors: how many errors the pack it was built from had (its
            ``problems`` of severity ``"error"``), for a caller that opens it
            with :meth:`open_cached`, without the pack.
    """

    def __init__(self, conn: sqlite3.Connection, from_cache: bool, path: Path | None) -> None:
        self._conn = conn
        self._lock = threading.RLock()
        self.from_cache = from_cache
        self.path = path
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        self._first_term = int(meta["first_term"])
        self._count = int(meta.get("count") or 0)
        self.pack_errors = int(meta.get("errors") or 0)
        self._vocabulary = Vocabulary(conn, self._lock)
        # (kind, id) -> (rowid, matcher, the matches found in its fields, its row if read) of
        # the hits of the last search made without snippets
        self._pending: dict[
            tuple[str, str], tuple[int, Matcher, Found, tuple[Any, ...] | None]
        ] = {}

    @classmethod
    def build(cls, pack: Pack, progress: Progress | None = None) -> SearchIndex:
        """Index ``pack`` in memory (no cache) and return the index.

        ``progress(done, total)`` is called as documents are indexed.
        """
        conn = searchdb.build_in_memory(pack, searchdb.CacheKey(""), progress)
        return cls(conn, from_cache=False, path=None)

    @classmethod
    def open(
        cls, pack: Pack, cache_dir: Path | str | None = None, progress: Progress | None = None
    ) -> SearchIndex:
        """Load the cached index of ``pack``, or build and cache it.

        Args:
            pack: the loaded pack.
            cache_dir: the cache folder; default :func:`default_cache_dir`.
            progress: ``progress(done, total)`` while building; called once
                with ``(1, 1)`` when the cache is used.

        The cache is used only if built for the same pack files (their
        names, sizes, modification times and inodes, and the contents of
        any saved just before it was built: :mod:`briefing_app.core.pack.signature`)
        and the same schema; otherwise, or if it is damaged, it is rebuilt.
        If the folder cannot be written the index stays in memory.
        """
        folder = Path(cache_dir) if cache_dir is not None else default_cache_dir()
        key = searchdb.content_key(pack)
        path = searchdb.cache_file(pack, folder)
        conn = searchdb.open_cached(path, key, pack.root)
        if conn is not None:
            if progress is not None:
                progress(1, 1)
            return cls(conn, from_cache=True, path=path)
        conn = searchdb.write_cache(path, pack, key, progress)
        return cls(conn, from_cache=False, path=path)

    @classmethod
    def open_cached(
        cls, root: Path | str, cache_dir: Path | str | None = None
    ) -> SearchIndex | None:
        """Return the cached index of the pack folder ``root`` without loading the pack, or None.

        The index is the one :meth:`open` caches for the pack loaded from
        ``root`` through the pack cache, used only if built for the folder's
        files as they are now (the same check as :meth:`open`: their
        metadata, and the contents of files saved just before it was built).
        None when there is none, it is stale, damaged or empty, or ``root``
        cannot be listed; the caller then loads the pack and calls
        :meth:`open`.  Listing the folder is most of the cost: about 0.1 s at
        20,000 topics, where loading the pack takes most of a second.
        """
        folder = Path(cache_dir) if cache_dir is not None else default_cache_dir()
        path = searchdb.cache_file(Path(root), folder)
        if not path.is_file():
            return None
        key = searchdb.folder_key(Path(root))
        conn = searchdb.open_cached(path, key, root) if key is not None else None
        if conn is None:
            return None
        if conn.execute("SELECT count(*) FROM docs").fetchone()[0] == 0:
            conn.close()  # a pack with nothing usable: the caller says why
            return None
        return cls(conn, from_cache=True, path=path)

    def close(self) -> None:
        """Close the database connection."""
        with self._lock:
            self._conn.close()

    @contextmanager
    def _guard(self) -> Iterator[None]:
        """Hold the lock; on a database error forget a damaged cache file, then re-raise."""
        with self._lock:
            try:
                yield
            except sqlite3.DatabaseError:
                if self.path is not None and self.from_cache:
                    searchdb.discard(self.path)
                raise

    def search(self, query: str, limit: int = 20, snippets: bool = True) -> SearchResult:
        """Return the best ``limit`` hits for ``query`` (any string; never raises for its content).

        If nothing matches, words missing from the pack are replaced by the
        closest known words and the search is tried again; the corrected
        query is then in ``did_you_mean``.  With ``snippets=False`` the hits
        come without snippets, which :meth:`add_snippets` gives those of
        them that are kept (a search of several packs keeps a few of each).
        """
        limit = max(1, int(limit))
        parsed = parse(query)
        if parsed.empty:
            return SearchResult(query)
        try:
            hits = self._run(parsed, limit, snippets)
            if hits:
                return SearchResult(query, hits)
            corrected = self._vocabulary.correct(parsed)
            if corrected is not None:
                hits = self._run(corrected, limit, snippets)
                if hits:
                    return SearchResult(query, hits, corrected.display())
        except sqlite3.Error:
            return SearchResult(query)
        return SearchResult(query)

    def add_snippets(self, hits: list[Hit]) -> list[Hit]:
        """Return ``hits`` of the last ``search(..., snippets=False)`` with their snippets, in
        the same order (a hit not from that search is returned as it is)."""
        pending = self._pending
        unread = [
            entry[0]
            for hit in hits
            if (entry := pending.get((hit.kind, hit.id))) is not None and entry[3] is None
        ]
        try:
            with self._guard():
                rows = {row[0]: row for row in self._fetch(_FIELDS, unread)}
        except sqlite3.Error:
            return hits
        done = []
        for hit in hits:
            entry = pending.get((hit.kind, hit.id))
            row = None if entry is None else entry[3] or rows.get(entry[0])
            if entry is None or row is None:
                done.append(hit)
                continue
            snippet = _snippet_of(entry[1], row, entry[2])
            done.append(
                replace(
                    hit,
                    snippet=snippet.html,
                    snippet_text=snippet.text,
                    snippet_spans=snippet.spans,
                )
            )
        return done

    def find_spans(self, query: str, text: str) -> list[Span]:
        """Return the ``(start, end)`` spans in plain ``text`` that ``query`` matches.

        The matching is the search's own (folding, transliteration, prefix,
        phrases, CJK substrings), for highlighting occurrences in a page.
        """
        return Matcher([parse(query)], self._spellings).spans(text)

    def _spellings(self, target: str, prefix: bool) -> list[str]:
        """Return the index's non-Latin words spelled ``target`` in ASCII (for highlighting)."""
        try:
            with self._lock:
                return searchdb.spellings(self._conn, target, prefix)
        except sqlite3.Error:
            return []

    def _run(self, parsed: Query, limit: int, snippets: bool = True) -> list[Hit]:
        """Run one parsed query: ranked rows, topics linked from matching terms, snippets
        (or, without ``snippets``, what :meth:`add_snippets` needs to make them)."""
        looked: dict[int, tuple[Any, ...]] = {}
        found: dict[int, Found] = {}
        with self._guard():
            scores, via, titles = self._rank(parsed, limit + EXTRA_CANDIDATES, looked, found)
            if not scores:
                return []
            best = sorted(scores, key=lambda rowid: (-scores[rowid], rowid))[:limit]
            rows = {rowid: looked[rowid] for rowid in best if rowid in looked}
            unread = [rowid for rowid in best if rowid not in rows]
            rows.update(
                (row[0], row) for row in self._fetch(_FIELDS if snippets else _HEAD, unread)
            )
            titles.update(self._fetch("rowid, title", list(set(via.values()) - titles.keys())))
        matcher = Matcher([parsed], self._spellings)
        hits = []
        self._pending = {}
        for rowid in best:
            _, doc_id, kind, title = rows[rowid][:4]
            use = matcher
            if rowid in via:
                use = Matcher([parsed, phrase(titles.get(via[rowid], ""))], self._spellings)
            known = found.get(rowid, {}) if use is matcher else {}
            if not snippets:  # the row and matches already read serve add_snippets
                self._pending[(kind, doc_id)] = (rowid, use, known, looked.get(rowid))
                hits.append(Hit(doc_id, kind, title, "", scores[rowid]))
                continue
            snippet = _snippet_of(use, rows[rowid], known)
            hits.append(
                Hit(doc_id, kind, title, snippet.html, scores[rowid], snippet.text, snippet.spans)
            )
        return hits

    def _rank(
        self,
        parsed: Query,
        limit: int,
        looked: dict[int, tuple[Any, ...]],
        found: dict[int, Found],
    ) -> tuple[dict[int, float], dict[int, int], dict[int, str]]:
        """Return ``(scores, via, titles)`` of the best ``limit`` documents and linked topics.

        ``scores`` maps rowid to score, ``via`` a topic rowid to the term that
        brought it, ``titles`` rowid to title for the documents looked at.
        The ``docs`` rows read to find which candidates have all the words
        near each other go into ``looked``, the matches found in them into
        ``found`` (:mod:`briefing_app.core.search.near`), for the snippets.

        Every score is on one scale, the BM25 of the whole query over all
        fields (:data:`~briefing_app.core.search.db.FIELD_WEIGHTS`).  The
        best title matches and the terms whose names match are looked up
        apart (in the ``heads`` table); one not among the best ``limit`` of
        that query scores at most as well as the last of them, and takes that
        score, a little lower for each place down its own list.  Documents whose title matches the
        whole query then come before all others (their score is raised by
        the best score of the query), so that a word common in the text
        still finds first the topics named after it.
        """
        titled = {"q": fts_expression(parsed, TITLE_COLUMNS), "n": limit}
        title_rows = self._conn.execute(_TITLE_SQL, titled).fetchall()
        if len(title_rows) >= limit:
            return self._title_matches(parsed, title_rows)
        in_title = [rowid for rowid, _ in title_rows]
        expression = fts_expression(parsed)
        params = {"q": expression, "n": limit}
        scores = {rowid: -rank for rowid, rank in self._conn.execute(_MAIN_SQL, params)}
        if not scores:
            return {}, {}, {}
        names = {
            "q": fts_expression(parsed, NAME_COLUMNS),
            "first": self._first_term,
            "n": min(limit, LINKED_TERMS),
        }
        named = [rowid for rowid, _ in self._conn.execute(_NAMES_SQL, names)]
        # A document not among the best ``limit`` scores at most as well as the last of them;
        # it takes that score, lowered a little for each place down its own list.
        missing = [rowid for rowid in dict.fromkeys(in_title + named) if rowid not in scores]
        last = min(scores.values())
        for place, rowid in enumerate(missing):
            scores[rowid] = last * (1.0 - 0.5 * (place + 1) / (len(missing) + 1))
        near = near_expression(parsed) if self._count <= NEAR_SCAN_DOCS else ""
        if near:  # a small index: one NEAR scan costs less than reading the candidates
            for (rowid,) in self._conn.execute(_NEAR_SQL, (near,)):
                if rowid in scores:
                    scores[rowid] *= NEAR_BOOST
        elif 2 <= len(parsed.clauses) <= MAX_CLAUSES:
            # The candidates' own text, not a NEAR scan of every document holding the words
            # (half the cost of the ranking itself at 20,000 topics); kept for the snippets.
            matcher = Matcher([parsed], self._spellings)
            for row in self._fetch(_FIELDS, list(scores)):
                looked[row[0]] = row
                if near_in(matcher, row[3:], found.setdefault(row[0], {})):
                    scores[row[0]] *= NEAR_BOOST
        titles = {rowid: looked[rowid][3] for rowid in scores if rowid in looked}
        titles.update(self._fetch("rowid, title", [r for r in scores if r not in titles]))
        _boost_titles(parsed, scores, titles)
        term_scores = {rowid: scores[rowid] for rowid in named if rowid in scores}
        via: dict[int, int] = {}
        if term_scores:
            marks = ", ".join("?" * len(term_scores))
            links = self._conn.execute(
                f"SELECT term, topic, rank FROM links WHERE term IN ({marks})", list(term_scores)
            )
            for term, topic, rank in links:
                linked = term_scores[term] * LINK_FACTOR / (1.0 + 0.05 * rank)
                if linked > scores.get(topic, 0.0):
                    scores[topic] = linked
                    via[topic] = term
        lift = max(scores.values())
        for rowid in in_title:
            if rowid in scores:
                scores[rowid] += lift
        return scores, via, titles

    def _title_matches(
        self, parsed: Query, rows: list[tuple[int, float]]
    ) -> tuple[dict[int, float], dict[int, int], dict[int, str]]:
        """Rank title matches alone, as :meth:`_rank` returns them, when they fill the page.

        Title matches come before every other document, so when there are
        ``limit`` of them nothing else would be shown: the BM25 of the query
        over the title (``rows``: rowid and rank) orders them, one scale for
        the whole answer, and the costly query over all fields, which scores
        every document using a common word, is not run.
        """
        scores = {rowid: -rank for rowid, rank in rows}
        titles = dict(self._fetch("rowid, title", list(scores)))
        _boost_titles(parsed, scores, titles)
        lift = max(scores.values())
        return {rowid: score + lift for rowid, score in scores.items()}, {}, titles

    def _fetch(self, columns: str, rowids: list[int]) -> list[tuple[Any, ...]]:
        """Return ``columns`` of the ``docs`` rows with the given rowids (any order)."""
        if not rowids:
            return []
        marks = ", ".join("?" * len(rowids))
        sql = f"SELECT {columns} FROM docs WHERE rowid IN ({marks})"
        return self._conn.execute(sql, rowids).fetchall()


def _title_key(text: str) -> str:
    return " ".join(words(fold(text)))


def _boost_titles(parsed: Query, scores: dict[int, float], titles: dict[int, str]) -> None:
    """Raise the score of documents whose title is what was typed, or starts with it.

    A user who types a topic's or term's name wants that page first, even
    when a longer page uses the name more often (BM25 alone would prefer it).
    """
    typed = {
        " ".join(word.key for word in parsed.words()),
        " ".join(word.ascii or word.key for word in parsed.words()),
    }
    for rowid in scores:
        key = _title_key(titles.get(rowid, ""))
        if key in typed:
            scores[rowid] *= EXACT_TITLE_BOOST
        elif any(key.startswith(text + " ") for text in typed):
            scores[rowid] *= TITLE_START_BOOST


def _snippet_of(matcher: Matcher, row: tuple[Any, ...], known: Found | None = None) -> Snippet:
    """Return the snippet of a ``docs`` row (:data:`_FIELDS`) for ``matcher``; ``known`` holds
    matches already found in its fields (by field index: title, names, summary, facts, body)."""
    order = (1, 4) if row[2] == "term" else (2, 3, 4, 1)  # names, body; or summary, facts, ...
    known = known or {}
    return _best_snippet(matcher, [(row[3 + place], known.get(place)) for place in order])


def _best_snippet(
    matcher: Matcher, fields: list[tuple[str, list[tuple[int, int, int]] | None]]
) -> Snippet:
    """Return the snippet of the field matching the most distinct clauses (the first on ties);
    ``fields`` are (text, its matches if already found)."""
    best: tuple[int, str, list[tuple[int, int, int]]] = (0, "", [])
    wanted = len(matcher.clauses)
    for text, known in fields:
        if not text:
            continue
        found = known if known is not None else matcher.find(text)
        distinct = len({index for _, _, index in found})
        if distinct > best[0]:
            best = (distinct, text, found)
            if distinct == wanted:
                break
    if best[0] == 0:
        first = next((text for text, _ in fields if text), "")
        return make_snippet(first, [])
    return make_snippet(best[1], best[2])
