"""A second reader of a cached index, so that one query's independent passes run at once.

A multi-word query makes FTS5 read the same long lists of positions twice:
once to rank every document holding all the words (BM25), once to find
those where the words are near each other (``NEAR``).  Neither needs the
other's answer, and SQLite does its work without Python's lock, so on a
machine with two cores or more the second runs on a connection of its own,
in a thread of its own, while the first runs on the index's connection:
the query takes about as long as the longer of the two, not their sum.

A :class:`SideReader` is made only for an index in a file (an index in
memory cannot be opened twice) and only where there is a second core.
"""

from __future__ import annotations

import os
import sqlite3
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from briefing_app.core.search import db as searchdb


class SideReader:
    """A read-only connection to an index file and the one thread that uses it.

    Raises:
        sqlite3.Error: if the file cannot be opened.
    """

    def __init__(self, path: Path) -> None:
        uri = path.resolve().as_uri() + "?mode=ro"
        self._conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        searchdb.tune(self._conn)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="search-side")

    @classmethod
    def open(cls, path: Path | None) -> SideReader | None:
        """Return a reader of the index file ``path``, or None for an index in memory, on a
        machine with one core, or if the file cannot be opened."""
        if path is None or (os.cpu_count() or 1) < 2:
            return None
        try:
            return cls(path)
        except sqlite3.Error:
            return None

    def rows(self, sql: str, params: tuple[Any, ...]) -> Future[list[tuple[Any, ...]]]:
        """Run ``sql`` with ``params`` in the reader's thread; the future gives all its rows."""
        return self._pool.submit(lambda: self._conn.execute(sql, params).fetchall())

    def close(self) -> None:
        """Wait for a query running, then close the connection and end the thread."""
        self._pool.shutdown(wait=True)
        self._conn.close()
