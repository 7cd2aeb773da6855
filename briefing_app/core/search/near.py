"""Whether all the words of a query stand near each other in a document, from its own text.

Documents where every clause of the query falls within ten words of the
others count double (:data:`~briefing_app.core.search.index.NEAR_BOOST`).
FTS5 can say which documents those are (a ``NEAR`` query), but only by
scanning every document holding all the words: at 20,000 topics that scan
cost half as much again as the ranking itself, to mark the thirty or so
candidates the ranking kept.  So the candidates' own fields are looked at
instead, with the search's own matching
(:class:`~briefing_app.core.search.highlight.Matcher`: folding,
transliteration, prefixes, phrases), one field at a time as FTS5's ``NEAR``
does; the matches found are kept for the snippets, which look at the same
fields.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from briefing_app.core.search.highlight import Matcher

#: Field index (in a ``docs`` row: title, names, summary, facts, body) -> the matches in it.
Found = dict[int, list[tuple[int, int, int]]]
#: How many words may stand between the first clause's match and the last's.
DISTANCE = 10
_WORD = re.compile(r"\w+")


def near_in(
    matcher: Matcher, fields: Sequence[str], found: Found, distance: int = DISTANCE
) -> bool:
    """True if one of ``fields`` holds a match of every clause of ``matcher``, all within
    ``distance`` words of each other; the matches of each field looked at go into ``found``."""
    wanted = len(matcher.clauses)
    for index, text in enumerate(fields):
        if not text:
            continue
        matches = found.get(index)
        if matches is None:
            matches = found[index] = matcher.find(text)
        if _close(matches, text, wanted, distance):
            return True
    return False


def _close(matches: list[tuple[int, int, int]], text: str, wanted: int, distance: int) -> bool:
    """True if ``matches`` (sorted ``(start, end, clause)``) hold all ``wanted`` clauses with at
    most ``distance`` words between the end of the first and the start of the last."""
    last: dict[int, int] = {}  # clause -> the place in ``matches`` of its latest match
    for place, (start, _end, clause) in enumerate(matches):
        last[clause] = place
        if len(last) == wanted:
            first_end = matches[min(last.values())][1]
            if first_end <= start and _few_words(text, first_end, start, distance):
                return True
    return False


def _few_words(text: str, start: int, end: int, most: int) -> bool:
    """True if ``text[start:end]`` holds at most ``most`` words (counting stops past it)."""
    words = _WORD.finditer(text, start, end)
    return next(itertools.islice(words, most, None), None) is None
