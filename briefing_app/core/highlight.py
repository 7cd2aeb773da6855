"""Where a query matches inside a text, and the snippet shown for a hit.

:class:`Matcher` finds a query's words in any plain text the way the index
finds documents: it compares the fully folded text
(:func:`~briefing_app.core.textfold.fold`, same length as the original, so
offsets carry over), accepts the transliterated spelling of each word, and
finds CJK text as a substring.  The reader uses it to mark occurrences; the
search uses it for snippets.

:func:`make_snippet` cuts a window of about :data:`SNIPPET_CHARS` characters
around the best cluster of matches and marks them.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefing_app.core.query import Clause, Query
from briefing_app.core.textfold import fold, to_ascii

#: Length of a snippet's window, in characters, before cutting at word boundaries.
SNIPPET_CHARS = 180
#: Context kept before the first match of the window.
LEAD_CHARS = 40

_SEP = r"[\W_]+"
_NON_LATIN_WORD = re.compile(r"[^\W\x00-\u024f\u1e00-\u1eff]+")
_SPACES = re.compile(r"\s+")

Span = tuple[int, int]


def _word_pattern(alternatives: Sequence[str]) -> str:
    unique = sorted({a for a in alternatives if a}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(a) for a in unique) + ")"


def _clause_pattern(clause: Clause) -> str:
    words = clause.words
    if len(words) == 1 and words[0].cjk:
        return re.escape(words[0].key)
    body = _SEP.join(_word_pattern([w.key, w.ascii]) for w in words)
    tail = r"[^\W_]*" if words[-1].prefix else r"(?![^\W_])"
    return r"(?<![^\W_])" + body + tail


class Matcher:
    """The matches of one or more queries in plain texts.

    Args:
        queries: parsed queries; a match of any clause of any of them counts.
    """

    def __init__(self, queries: Sequence[Query]) -> None:
        self.clauses: list[Clause] = [clause for query in queries for clause in query.clauses]
        parts = [f"(?P<c{i}>{_clause_pattern(clause)})" for i, clause in enumerate(self.clauses)]
        self._regex = re.compile("|".join(parts)) if parts else None
        self._translit = [
            (i, word.ascii or word.key, word.prefix)
            for i, clause in enumerate(self.clauses)
            for word in clause.words
            if not word.cjk and (word.ascii or word.key).isascii()
        ]

    def find(self, text: str) -> list[tuple[int, int, int]]:
        """Return ``(start, end, clause_index)`` of every match in ``text``, sorted, not overlapping.

        Offsets are code-point indexes into ``text``.  A word typed in Latin
        letters also matches a Cyrillic (or other non-Latin) word whose
        transliteration it is or begins (``khorgos`` in ``Хоргос``).
        """
        if self._regex is None or not text:
            return []
        folded = fold(text)
        found = [
            (m.start(), m.end(), int((m.lastgroup or "c0")[1:]))
            for m in self._regex.finditer(folded)
        ]
        if self._translit and not folded.isascii():
            for m in _NON_LATIN_WORD.finditer(folded):
                translit = to_ascii(m.group())
                for index, target, prefix in self._translit:
                    if translit.startswith(target) if prefix else translit == target:
                        found.append((m.start(), m.end(), index))
                        break
        found.sort()
        spans: list[tuple[int, int, int]] = []
        for start, end, index in found:
            if spans and start < spans[-1][1]:
                continue
            spans.append((start, end, index))
        return spans

    def spans(self, text: str) -> list[Span]:
        """Return the ``(start, end)`` code-point spans of every match in ``text``."""
        return [(start, end) for start, end, _ in self.find(text)]


@dataclass(frozen=True)
class Snippet:
    """A short excerpt of a hit.

    Attributes:
        html: the excerpt HTML-escaped, matches wrapped in ``<b>...</b>``.
        text: the same excerpt as plain text (no marks, not escaped).
        spans: the ``(start, end)`` of each match within ``text``.
    """

    html: str
    text: str
    spans: tuple[Span, ...] = ()


def _squash(text: str) -> str:
    return _SPACES.sub(" ", text)


def _window(text: str, matches: list[tuple[int, int, int]], width: int) -> tuple[int, int]:
    """Return the ``(start, end)`` of the window holding the most distinct clauses."""
    best = (-1, 0)
    for start, _, _ in matches[:40]:
        left = max(0, start - LEAD_CHARS)
        seen = {index for s, e, index in matches if s >= left and e <= left + width}
        if len(seen) > best[0]:
            best = (len(seen), left)
    left = best[1]
    right = min(len(text), left + width)
    if left > 0:
        space = text.find(" ", left, left + 20)
        left = space + 1 if space != -1 and space < matches[0][0] + LEAD_CHARS else left
    if right < len(text):
        space = text.rfind(" ", right - 25, right)
        right = space if space > left else right
    return left, right


def make_snippet(
    text: str, matches: list[tuple[int, int, int]], width: int = SNIPPET_CHARS
) -> Snippet:
    """Cut a snippet of ``text`` around ``matches`` (from :meth:`Matcher.find`).

    With no matches the snippet is the start of ``text``.  Runs of
    whitespace become one space; ``…`` marks text cut at either end.
    """
    if matches:
        left, right = _window(text, matches, width)
    else:
        left, right = 0, min(len(text), width)
        if right < len(text):
            space = text.rfind(" ", right - 25, right)
            right = space if space > 0 else right
    pieces: list[tuple[str, bool]] = []
    cursor = left
    for start, end, _ in matches:
        start, end = max(start, left), min(end, right)
        if end <= start or start < cursor:
            continue
        pieces.append((_squash(text[cursor:start]), False))
        pieces.append((_squash(text[start:end]), True))
        cursor = end
    pieces.append((_squash(text[cursor:right]), False))
    pieces[0] = (pieces[0][0].lstrip(), pieces[0][1]) if not pieces[0][1] else pieces[0]
    pieces[-1] = (pieces[-1][0].rstrip(), pieces[-1][1]) if not pieces[-1][1] else pieces[-1]
    if left > 0:
        pieces.insert(0, ("…", False))
    if right < len(text):
        pieces.append(("…", False))
    plain: list[str] = []
    marked: list[str] = []
    spans: list[Span] = []
    length = 0
    for piece, is_match in pieces:
        plain.append(piece)
        escaped = html.escape(piece, quote=False)
        marked.append(f"<b>{escaped}</b>" if is_match else escaped)
        if is_match:
            spans.append((length, length + len(piece)))
        length += len(piece)
    return Snippet("".join(marked), "".join(plain), tuple(spans))
