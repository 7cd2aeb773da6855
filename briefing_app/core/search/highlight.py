"""Where a query matches inside a text, and the snippet shown for a hit.

:class:`Matcher` finds a query's words in any plain text the way the index
finds documents: it compares the lower-cased text (same length as the
original, so offsets carry over) with patterns that accept every accented or
Kazakh spelling of each folded query word
(:func:`~briefing_app.core.search.fold.variants_pattern`), accepts the
transliterated spellings the index knows, and finds CJK text as a
substring.  The reader uses it to mark occurrences; the search uses it for
snippets.

:func:`make_snippet` cuts a window of about :data:`SNIPPET_CHARS` characters
around the best cluster of matches and marks them.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from briefing_app.core.search.fold import fold, lower, variants_pattern
from briefing_app.core.search.query import Clause, Query, Word

#: Length of a snippet's window, in characters, before cutting at word boundaries.
SNIPPET_CHARS = 180
#: Context kept before the first match of the window.
LEAD_CHARS = 40

_SEP = r"[\W_]+"
_SPACES = re.compile(r"\s+")

Span = tuple[int, int]
#: Returns the non-Latin index words whose transliteration is (or, if the
#: flag is set, starts with) the given ASCII text, e.g. "khorgos" -> ["хоргос"].
Expander = Callable[[str, bool], Sequence[str]]


def _spellings(word: Word, prefix: bool, expand: Expander | None) -> list[str]:
    """Return the folded spellings of one query word: as typed, transliterated, and as indexed."""
    found = {word.key, word.ascii or word.key}
    target = word.ascii or word.key
    if expand is not None and target.isascii() and len(target) >= 2:
        found.update(fold(spelling) for spelling in expand(target, prefix))
    return sorted(found)


def _clause_patterns(clause: Clause, expand: Expander | None) -> list[tuple[str, bool]]:
    """Return ``(pattern, whole_words)`` for the clause, to run on :func:`lower` text.

    A single word gets one pattern per spelling (each starts with a letter
    class, which the regex engine scans for fast); a phrase gets one pattern
    with the spellings of each word as alternatives.
    """
    words = clause.words
    if len(words) == 1 and words[0].cjk:
        return [(re.escape(words[0].key), False)]
    prefix = words[-1].prefix
    tail = r"[^\W_]*" if prefix else ""
    if len(words) == 1:
        return [(variants_pattern(s) + tail, True) for s in _spellings(words[0], prefix, expand)]
    parts = []
    for number, word in enumerate(words):
        last = number == len(words) - 1
        options = [variants_pattern(s) for s in _spellings(word, prefix and last, expand)]
        parts.append(options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")")
    return [(_SEP.join(parts) + tail, True)]


class Matcher:
    """The matches of one or more queries in plain texts.

    Args:
        queries: parsed queries; a match of any clause of any of them counts.
        expand: optional source of transliterated spellings (the search
            index's vocabulary), so that ``khorgos`` also finds ``Хоргос``.
    """

    def __init__(self, queries: Sequence[Query], expand: Expander | None = None) -> None:
        self.clauses: list[Clause] = [clause for query in queries for clause in query.clauses]
        self._patterns: list[tuple[re.Pattern[str], bool, int]] = []
        for index, clause in enumerate(self.clauses):
            for pattern, whole in _clause_patterns(clause, expand):
                self._patterns.append((re.compile(pattern), whole, index))

    def find(self, text: str) -> list[tuple[int, int, int]]:
        """Return ``(start, end, clause_index)`` of every match in ``text``, sorted, not overlapping.

        Offsets are code-point indexes into ``text``.  Words match at word
        starts only; a word that is not the one being typed must also end
        there.  Each pattern begins with a letter or a class, so the regex
        engine scans for it fast; word boundaries are checked afterwards.
        """
        if not self._patterns or not text:
            return []
        low = lower(text)
        size = len(low)
        found: list[tuple[int, int, int]] = []
        for regex, whole, index in self._patterns:
            for match in regex.finditer(low):
                start, end = match.span()
                if whole and (
                    (start > 0 and low[start - 1].isalnum()) or (end < size and low[end].isalnum())
                ):
                    continue
                found.append((start, end, index))
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
