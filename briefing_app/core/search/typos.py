"""Typo fallback: replace unknown query words by the closest words of the pack's vocabulary.

The vocabulary is the index's own list of tokens (FTS5's ``fts5vocab``
table, https://sqlite.org/fts5.html#the_fts5vocab_virtual_table_module), so a
correction is always a word that occurs in the pack.  Closeness is
``rapidfuzz.fuzz.ratio`` (normalised Indel similarity, 0-100); ties go to
the word found in more documents.  The word being typed (a prefix) is
compared with vocabulary words cut to its length.
"""

from __future__ import annotations

import sqlite3
import threading

from rapidfuzz import fuzz, process

from briefing_app.core.search.fold import CJK_RUN
from briefing_app.core.search.query import Query, Word, make_word

#: Words shorter than this are never corrected (too many near neighbours).
MIN_LENGTH = 3
#: Lowest ratio accepted for a correction, by word length (short words need a closer match).
CUTOFF_SHORT = 66.0
CUTOFF_LONG = 75.0
_VOCAB = "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab USING fts5vocab(main, entries, row)"


class Vocabulary:
    """The words of one index, loaded on first use.

    Args:
        conn: the index database.
        lock: the lock that serialises access to ``conn``.
    """

    def __init__(self, conn: sqlite3.Connection, lock: threading.RLock) -> None:
        self._conn = conn
        self._lock = lock
        self._ready = False
        self._words: list[str] = []
        self._docs: list[int] = []
        self._cut: dict[int, list[str]] = {}

    def _ensure(self) -> None:
        if not self._ready:
            self._conn.execute(_VOCAB)
            self._ready = True

    def known(self, word: Word) -> bool:
        """True if the index has ``word`` (as a whole word, or as a word's start if a prefix)."""
        with self._lock:
            self._ensure()
            for token in {word.key, word.text, word.ascii} - {""}:
                if word.prefix:
                    sql = "SELECT 1 FROM temp.search_vocab WHERE term >= ? AND term < ? LIMIT 1"
                    row = self._conn.execute(sql, (token, token + "\U0010ffff")).fetchone()
                else:
                    sql = "SELECT 1 FROM temp.search_vocab WHERE term = ?"
                    row = self._conn.execute(sql, (token,)).fetchone()
                if row is not None:
                    return True
        return False

    def _load(self) -> None:
        if self._words:
            return
        with self._lock:
            self._ensure()
            rows = self._conn.execute("SELECT term, doc FROM temp.search_vocab").fetchall()
        for term, docs in rows:
            if len(term) >= MIN_LENGTH and not term.isdigit() and CJK_RUN.search(term) is None:
                self._words.append(term)
                self._docs.append(docs)

    def closest(self, word: Word) -> str | None:
        """Return the vocabulary word closest to ``word``, or ``None`` if none is close enough."""
        key = word.key
        if word.cjk or len(key) < MIN_LENGTH:
            return None
        self._load()
        if not self._words:
            return None
        choices = self._words
        if word.prefix:
            choices = self._cut.get(len(key)) or self._cut.setdefault(
                len(key), [w[: len(key)] for w in self._words]
            )
        cutoff = CUTOFF_LONG if len(key) >= 5 else CUTOFF_SHORT
        found = process.extract(key, choices, scorer=fuzz.ratio, limit=20, score_cutoff=cutoff)
        if not found:
            return None
        _, score, index = max(found, key=lambda item: (item[1], self._docs[item[2]], -item[2]))
        return self._words[index] if score >= cutoff else None

    def correct(self, query: Query) -> Query | None:
        """Return ``query`` with each unknown word replaced by its closest word, or ``None``.

        ``None`` means no word was unknown or no unknown word had a close
        enough neighbour.
        """
        mapping: dict[Word, Word] = {}
        for word in query.words():
            if word.cjk or word in mapping or self.known(word):
                continue
            best = self.closest(word)
            if best is not None:
                mapping[word] = make_word(best, prefix=word.prefix)
        return query.with_words(mapping) if mapping else None
