"""The search index on disk: schema, build, cache key, and a cache never trusted blindly.

One SQLite database (stdlib ``sqlite3``) holds:

* ``entries``: a contentless FTS5 table (https://sqlite.org/fts5.html) with
  five fields (title, names, summary, facts, body) in two forms each -- the
  text after :func:`~briefing_app.core.search.fold.prefold`, tokenized by
  ``unicode61 remove_diacritics 2``, and an ``x`` column of extra tokens
  (transliterations, CJK bigrams; :func:`~briefing_app.core.search.fold.shadow`),
  with prefix indexes for one- and two-character prefixes (the first letters
  typed match thousands of words; without them FTS5 merges every word's list);
* ``heads``: the same, for the title and names fields alone
  (:data:`HEAD_COLUMNS`), so that asking which documents are named by the
  query reads the short lists of title words, not the long lists of words
  common in the bodies (at 20,000 topics, 0.1 ms instead of up to 3 ms);
* ``docs``: the plain text of the same fields, for snippets;
* ``links``: glossary term to the topics it concerns;
* ``translit``: each non-Latin word of the index with its ASCII
  transliteration, so that highlighting finds ``Хоргос`` for ``khorgos``;
* ``meta``: the schema version and the content key the index was built for.

The cache file is rebuilt when its ``PRAGMA user_version``, its stored key,
its size or a probe query disagree, or when SQLite reports it corrupt; it is
written to a temporary file and moved into place with :func:`os.replace`, so
a crash never leaves half a cache behind.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from briefing_app.core.pack.model import Pack
from briefing_app.core.pack.signature import (
    checks_hold,
    content_checks,
    metadata,
    pack_signature,
)
from briefing_app.core.search import query as querymod
from briefing_app.core.search.fold import CJK_RUN, prefold, shadow, to_ascii
from briefing_app.core.search.text import SearchDoc, pack_docs, term_doc, topic_doc

#: Bumped whenever the schema or the way text is indexed changes; old caches are rebuilt.
SCHEMA_VERSION = 3
#: Field columns, then their extra-token columns, in FTS5 column order.
FIELDS = SearchDoc.FIELDS
COLUMNS = FIELDS + tuple(f"x{name}" for name in FIELDS)
#: BM25 weight of each field (a title or term-name match beats a body match).
FIELD_WEIGHTS = {"title": 10.0, "names": 6.0, "summary": 4.0, "facts": 2.0, "body": 1.0}
WEIGHTS = tuple(FIELD_WEIGHTS[name] for name in FIELDS) * 2
#: Columns a term's own names are in, and the text columns a topic mentions a term in.
NAME_COLUMNS = ("title", "names", "xtitle", "xnames")
#: The columns of a document's title (as written, and its extra tokens).
TITLE_COLUMNS = ("title", "xtitle")
#: Columns of the ``heads`` table, in FTS5 column order, and their BM25 weights.
HEAD_COLUMNS = NAME_COLUMNS
HEAD_WEIGHTS = tuple(FIELD_WEIGHTS[name.removeprefix("x")] for name in HEAD_COLUMNS)
TEXT_COLUMNS = ("title", "summary", "facts", "body", "xtitle", "xsummary", "xfacts", "xbody")
#: A term leads to at most this many topics that mention it.
MAX_LINKS = 50

Progress = Callable[[int, int], None]

_SCHEMA = f"""
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE docs (
    rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, kind TEXT NOT NULL,
    title TEXT, names TEXT, summary TEXT, facts TEXT, body TEXT
);
CREATE TABLE links (
    term INTEGER NOT NULL, topic INTEGER NOT NULL, rank INTEGER NOT NULL,
    PRIMARY KEY (term, topic)
) WITHOUT ROWID;
CREATE TABLE translit (ascii TEXT NOT NULL, word TEXT NOT NULL, PRIMARY KEY (ascii, word))
    WITHOUT ROWID;
CREATE VIRTUAL TABLE entries USING fts5(
    {", ".join(COLUMNS)}, content='', tokenize='unicode61 remove_diacritics 2', prefix='1 2'
);
CREATE VIRTUAL TABLE heads USING fts5(
    {", ".join(HEAD_COLUMNS)}, content='', tokenize='unicode61 remove_diacritics 2', prefix='1 2'
);
PRAGMA user_version = {SCHEMA_VERSION};
"""


@dataclass(frozen=True)
class CacheKey:
    """What an index is built from, to compare with a cache file's ``meta``.

    Attributes:
        key: a hex SHA-256 of :data:`SCHEMA_VERSION` and the metadata of the
            pack's files (:func:`~briefing_app.core.pack.signature.metadata`),
            or of the pack's text when it has no files.
        checks: relative path -> content digest of the files saved just
            before the signature was taken (see
            :mod:`briefing_app.core.pack.signature`); checked again on opening.
        signature: the signature the key was made from ("" for a pack
            without files).
    """

    key: str
    checks: dict[str, str] = field(default_factory=dict)
    signature: str = ""


def content_key(pack: Pack) -> CacheKey:
    """Return the :class:`CacheKey` of ``pack``: from its files' metadata, reading no file.

    A pack loaded through the pack cache carries its signature
    (``pack.signature``); otherwise the folder is listed now, if it holds a
    ``briefing.yaml``.  A pack built in code, or read from another format
    without the cache, is hashed from its topics and terms (its text).
    """
    root = Path(pack.root)
    signature = pack.signature
    if not signature and os.path.isfile(root / "briefing.yaml"):
        with contextlib.suppress(OSError):
            signature = pack_signature(root)
    if signature:
        return _signature_key(signature)
    digest = hashlib.sha256(f"briefing-search-{SCHEMA_VERSION}\0text\0".encode())
    digest.update(
        json.dumps([(*doc.fields(), doc.id, doc.kind) for doc in pack_docs(pack)]).encode()
    )
    digest.update(json.dumps([term.topics for term in pack.terms]).encode())
    return CacheKey(digest.hexdigest())


def cache_file(pack: Pack | Path, cache_dir: Path) -> Path:
    """Return the cache file of ``pack`` (a pack or its folder) in ``cache_dir``: one per folder."""
    root = Path(pack.root if isinstance(pack, Pack) else pack)
    try:
        where = str(root.resolve())
    except OSError:
        where = str(root)
    name = hashlib.sha256(where.encode()).hexdigest()[:16]
    return cache_dir / f"search-{name}.sqlite3"


def folder_key(root: Path) -> CacheKey | None:
    """Return the :class:`CacheKey` of the pack folder ``root`` as its files are now.

    The same key :func:`content_key` gives the pack loaded from that folder,
    without loading it; None if ``root`` cannot be listed.
    """
    try:
        signature = pack_signature(root)
    except OSError:
        return None
    return _signature_key(signature) if signature else None


def _signature_key(signature: str) -> CacheKey:
    digest = hashlib.sha256(f"briefing-search-{SCHEMA_VERSION}\0".encode())
    digest.update(metadata(signature).encode("utf-8", "surrogateescape"))
    return CacheKey(digest.hexdigest(), content_checks(signature), signature)


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def build(
    conn: sqlite3.Connection, pack: Pack, key: CacheKey, progress: Progress | None = None
) -> None:
    """Create the schema in the empty database ``conn`` and index ``pack`` into it.

    Args:
        conn: an empty database (a file or ``:memory:``).
        pack: the pack to index (its problems are ignored; what loaded is indexed).
        key: the :func:`content_key`, stored in ``meta`` (key and content checks).
        progress: called as ``progress(done, total)`` about a hundred times,
            last with ``done == total``.

    Raises:
        sqlite3.Error: if the database cannot be written.
    """
    conn.executescript(_SCHEMA)
    topics = [pack.topics[topic_id] for topic_id in pack.topic_order() if topic_id in pack.topics]
    items: list[Callable[[], SearchDoc]] = [partial(topic_doc, topic) for topic in topics]
    items.extend(partial(term_doc, term) for term in pack.terms)
    total = len(items) + 1
    step = max(1, total // 100)
    batch_docs: list[tuple[object, ...]] = []
    batch_entries: list[tuple[object, ...]] = []
    batch_heads: list[tuple[object, ...]] = []
    marks = ", ".join("?" * (len(COLUMNS) + 1))
    insert_entries = f"INSERT INTO entries (rowid, {', '.join(COLUMNS)}) VALUES ({marks})"
    insert_heads = f"INSERT INTO heads (rowid, {', '.join(HEAD_COLUMNS)}) VALUES (?, ?, ?, ?, ?)"
    head_places = [COLUMNS.index(name) for name in HEAD_COLUMNS]

    def flush() -> None:
        conn.executemany("INSERT INTO docs VALUES (?, ?, ?, ?, ?, ?, ?, ?)", batch_docs)
        conn.executemany(insert_entries, batch_entries)
        conn.executemany(insert_heads, batch_heads)
        batch_docs.clear()
        batch_entries.clear()
        batch_heads.clear()

    rowids: dict[tuple[str, str], int] = {}
    for rowid, make in enumerate(items, start=1):
        doc = make()
        rowids[(doc.kind, doc.id)] = rowid
        fields = doc.fields()
        folded = [prefold(text) for text in fields]
        batch_docs.append((rowid, doc.id, doc.kind, *fields))
        entry = (rowid, *folded, *(shadow(text) for text in folded))
        batch_entries.append(entry)
        batch_heads.append((rowid, *(entry[1 + place] for place in head_places)))
        if len(batch_docs) >= 256:
            flush()
        if rowid % step == 0:
            _report(progress, rowid, total)
    flush()
    first_term = len(topics) + 1
    _build_links(conn, pack, rowids, first_term)
    _build_translit(conn)
    conn.execute("INSERT INTO entries (entries) VALUES ('optimize')")
    conn.execute("INSERT INTO heads (heads) VALUES ('optimize')")
    meta = {
        "schema": str(SCHEMA_VERSION),
        "key": key.key,
        "checks": json.dumps(key.checks, sort_keys=True),
        "errors": str(sum(problem.severity == "error" for problem in pack.problems)),
        "first_term": str(first_term),
        "count": str(len(items)),
        "built": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    conn.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
    conn.commit()
    _report(progress, total, total)


def _build_links(
    conn: sqlite3.Connection, pack: Pack, rowids: dict[tuple[str, str], int], first: int
) -> None:
    """Fill ``links``: each term to the topics it names, then to topics whose text has its headword."""
    rows: list[tuple[int, int, int]] = []
    for term in pack.terms:
        term_row = rowids.get(("term", term.id))
        if term_row is None:
            continue
        linked: dict[int, int] = {}
        for topic_id in term.topics:
            topic_row = rowids.get(("topic", topic_id))
            if topic_row is not None and topic_row not in linked:
                linked[topic_row] = len(linked)
        expression = querymod.fts_expression(querymod.phrase(term.term), TEXT_COLUMNS)
        if expression:
            found = conn.execute(
                "SELECT rowid FROM entries WHERE entries MATCH ? AND rowid < ? ORDER BY rank LIMIT ?",
                (expression, first, MAX_LINKS),
            ).fetchall()
            for (topic_row,) in found:
                linked.setdefault(topic_row, len(linked))
        rows.extend((term_row, topic_row, rank) for topic_row, rank in linked.items())
    conn.executemany("INSERT INTO links VALUES (?, ?, ?)", rows)


def _build_translit(conn: sqlite3.Connection) -> None:
    """Fill ``translit`` from the index's vocabulary (its non-ASCII, non-CJK words)."""
    conn.execute("CREATE VIRTUAL TABLE temp.build_vocab USING fts5vocab(main, entries, row)")
    rows = []
    for (word,) in conn.execute("SELECT term FROM temp.build_vocab WHERE term >= '\x80'"):
        if CJK_RUN.search(word) is None:
            translit = to_ascii(word)
            if translit and translit != word:
                rows.append((translit, word))
    conn.executemany("INSERT OR IGNORE INTO translit VALUES (?, ?)", rows)
    conn.execute("DROP TABLE temp.build_vocab")


def spellings(conn: sqlite3.Connection, target: str, prefix: bool, limit: int = 30) -> list[str]:
    """Return index words whose transliteration is ``target`` (or starts with it if ``prefix``)."""
    if prefix:
        sql = "SELECT word FROM translit WHERE ascii >= ? AND ascii < ? LIMIT ?"
        rows = conn.execute(sql, (target, target + "\x7f", limit))
    else:
        rows = conn.execute("SELECT word FROM translit WHERE ascii = ? LIMIT ?", (target, limit))
    return [word for (word,) in rows]


def open_cached(path: Path, key: CacheKey, root: Path | str = "") -> sqlite3.Connection | None:
    """Open the cache file at ``path`` read-only if it is sound and built for ``key``.

    The files the index's own key checks by contents (those saved just
    before it was built) are read again under the pack folder ``root``.

    Returns:
        A connection usable from any thread (``check_same_thread=False``;
        callers serialise access), or ``None`` if the file is missing, of
        another schema version or key, truncated, or not a database.
    """
    if not path.is_file():
        return None
    conn: sqlite3.Connection | None = None
    try:
        uri = path.resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        tune(conn)
        if conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
            raise sqlite3.DatabaseError("schema version differs")
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        if meta.get("key") != key.key or meta.get("schema") != str(SCHEMA_VERSION):
            raise sqlite3.DatabaseError("built for other content")
        if not checks_hold(root, json.loads(meta.get("checks") or "{}"), key.signature):
            raise sqlite3.DatabaseError("a file saved as the index was built has changed")
        pages = (
            conn.execute("PRAGMA page_count").fetchone()[0]
            * conn.execute("PRAGMA page_size").fetchone()[0]
        )
        if pages != path.stat().st_size:
            raise sqlite3.DatabaseError("size differs from the page count")
        last = conn.execute("SELECT max(rowid) FROM docs").fetchone()[0] or 0
        if str(last) != meta.get("count"):
            raise sqlite3.DatabaseError("document count differs")
        conn.execute("SELECT rowid FROM entries WHERE entries MATCH 'a*' LIMIT 1").fetchall()
        conn.execute("SELECT rowid FROM heads WHERE heads MATCH 'a*' LIMIT 1").fetchall()
        conn.execute("SELECT count(*) FROM links").fetchone()
    except (sqlite3.Error, OSError, ValueError):
        if conn is not None:
            conn.close()
        return None
    return conn


def write_cache(
    path: Path, pack: Pack, key: CacheKey, progress: Progress | None = None
) -> sqlite3.Connection:
    """Build the index into a temporary file beside ``path``, move it into place, open it.

    Falls back to an index in memory when the cache folder cannot be
    written.  Never leaves a partial file at ``path``.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
        os.close(handle)
    except OSError:
        return build_in_memory(pack, key, progress)
    temp = Path(temp_name)
    try:
        conn = sqlite3.connect(temp)
        try:
            conn.execute("PRAGMA journal_mode = OFF")
            conn.execute("PRAGMA synchronous = OFF")
            tune(conn)
            build(conn, pack, key, progress)
        finally:
            conn.close()
    except (OSError, sqlite3.Error):
        with contextlib.suppress(OSError):
            temp.unlink()
        return build_in_memory(pack, key, progress)
    except BaseException:  # a cancelled build (the progress callback raised): leave nothing behind
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    try:
        os.replace(temp, path)
    except OSError:  # e.g. the old file is open elsewhere on Windows: keep the new one in memory
        return _into_memory(temp)
    opened = open_cached(path, key, pack.root)
    return opened if opened is not None else build_in_memory(pack, key, progress)


def _into_memory(temp: Path) -> sqlite3.Connection:
    """Copy the database at ``temp`` into memory, delete the file, return the copy."""
    memory = sqlite3.connect(":memory:", check_same_thread=False)
    source = sqlite3.connect(temp)
    try:
        source.backup(memory)
    finally:
        source.close()
        with contextlib.suppress(OSError):
            temp.unlink()
    return memory


def tune(conn: sqlite3.Connection) -> None:
    """Give a connection a 16 MiB page cache, and no memory map.

    BM25 visits every matching document's size record, so at thousands of
    topics a query reads much of the index; SQLite's default 2 MiB cache
    would read it from the file again each time.  The file is read, not
    memory-mapped: every page a mapping touches counts towards the app's
    resident memory, once per connection (the window holds several), and at
    20,000 topics the index is 360 MB; reads from the OS's file cache were
    as fast in ``bench/library_bench.py`` (p50 and p95 within 1 ms of the
    mapped reads in alternating runs).
    """
    conn.execute("PRAGMA cache_size = -16384")
    conn.execute("PRAGMA mmap_size = 0")


def build_in_memory(
    pack: Pack, key: CacheKey, progress: Progress | None = None
) -> sqlite3.Connection:
    """Build the index of ``pack`` in a new in-memory database and return it."""
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    build(conn, pack, key, progress)
    return conn


def discard(path: Path) -> None:
    """Delete a cache file found broken while in use (ignored if it cannot be)."""
    with contextlib.suppress(OSError):
        path.unlink()
