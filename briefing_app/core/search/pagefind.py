"""Find in page: every place a page's plain text contains what the user typed.

The reader's find bar (Ctrl+F) uses :func:`find_all` on the text the reader
shows.  Unlike the search index, which matches whole words and word starts,
find-in-page matches anywhere, as a browser's find does.  The rules:

* case, accents and the Kazakh letters are folded the search's way
  (:func:`~briefing_app.core.search.fold.fold`): ``astana`` finds ``Astana``,
  ``кор`` finds ``Қорғас``, ``sao`` finds ``São``;
* any run of white space typed matches any run of white space in the page;
* a needle in a non-Latin script also finds its transliteration
  (``Хоргос`` finds ``Khorgos``; :func:`~briefing_app.core.search.fold.to_ascii`),
  and a Latin needle of one word finds the non-Latin words whose
  transliteration starts with it (``khor`` finds ``Хоргос``);
* Chinese and other CJK text is found as it is typed.

Offsets are code-point indexes into the text given (Python ``str``).
"""

from __future__ import annotations

import re

from briefing_app.core.search.fold import CJK_RUN, fold, lower, to_ascii, variants_pattern

#: At most this many matches are returned (a one-letter needle in a long page).
MAX_MATCHES = 5000

Span = tuple[int, int]

_SPACES = re.compile(r"\s+")
#: A word holding at least one non-ASCII letter (candidates for transliteration).
_FOREIGN_WORD = re.compile(r"[^\W_]*[^\x00-\x7f\W_][^\W_]*")


def _phrase_pattern(needle: str) -> str:
    """Return the regex of ``needle`` (already folded) to run on :func:`lower` text."""
    parts = [variants_pattern(part) for part in _SPACES.split(needle.strip()) if part]
    return r"\s+".join(parts)


def needle_patterns(needle: str) -> list[re.Pattern[str]]:
    """Return the compiled patterns of ``needle`` (any text); ``[]`` if it is only spaces.

    The first pattern is the folded needle itself; a second, if any, is its
    transliteration (for needles in a non-Latin, non-CJK script).
    """
    folded = fold(needle)
    if not folded.strip():
        return []
    patterns = [_phrase_pattern(folded)]
    if not folded.isascii() and CJK_RUN.search(folded) is None:
        ascii_words = [to_ascii(word) for word in _SPACES.split(folded.strip())]
        ascii_text = " ".join(word for word in ascii_words if word)
        if ascii_text and ascii_text != folded.strip():
            patterns.append(_phrase_pattern(ascii_text))
    return [re.compile(pattern) for pattern in patterns]


def _transliterated(text: str, needle: str, limit: int) -> list[Span]:
    """Return the non-Latin words of ``text`` whose transliteration starts with ``needle``."""
    key = fold(needle).strip()
    if not key.isascii() or not key.isalnum() or len(key) < 2:
        return []
    found: list[Span] = []
    for match in _FOREIGN_WORD.finditer(text):
        word = match.group()
        if CJK_RUN.search(word) is None and to_ascii(word).startswith(key):
            found.append(match.span())
            if len(found) >= limit:
                break
    return found


def find_all(text: str, needle: str, limit: int = MAX_MATCHES) -> list[Span]:
    """Return the ``(start, end)`` spans of ``needle`` in ``text``, sorted, not overlapping.

    Args:
        text: the page's plain text (any ``str``).
        needle: what was typed (any ``str``); empty or blank finds nothing.
        limit: the most spans returned (the first ones in the text).

    Returns:
        Code-point spans; see the module doc for what matches.  Never raises
        for the content of either string.
    """
    if not text or not needle or not needle.strip():
        return []
    low = lower(text)
    if len(low) != len(text):  # a letter whose lower case is longer: match on the text itself
        low = text
    found: list[Span] = []
    for pattern in needle_patterns(needle):
        for match in pattern.finditer(low):
            if match.end() > match.start():
                found.append(match.span())
            if len(found) >= 2 * limit:
                break
    found.extend(_transliterated(text, needle, limit))
    found.sort()
    spans: list[Span] = []
    for start, end in found:
        if spans and start < spans[-1][1]:
            continue
        spans.append((start, end))
        if len(spans) >= limit:
            break
    return spans
