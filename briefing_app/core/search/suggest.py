"""Suggestions for a search that found nothing: the pack's closest names.

When a query finds no hit even after the typo fallback
(:class:`~briefing_app.core.search.typos.Vocabulary`), the search panel offers the
topic titles and glossary names (headwords, aliases, translations) that look
most like what was typed, as buttons that run them.  Closeness is
``rapidfuzz.fuzz.WRatio`` (0-100) on the folded texts
(:func:`~briefing_app.core.search.fold.fold`), which scores a name that appears
inside the query highly, so ``khorgos qxzvbtw`` suggests ``Khorgos``.
"""

from __future__ import annotations

from rapidfuzz import fuzz, process

from briefing_app.core.pack.model import Pack
from briefing_app.core.search.fold import fold, is_cjk

#: Lowest WRatio accepted for a suggestion.
CUTOFF = 75.0
#: Names shorter than this (in characters, after folding) are never suggested.
MIN_NAME = 3
#: CJK names may be shorter: two characters already make a word.
MIN_CJK_NAME = 2


class NameIndex:
    """The pack's names, folded once, to suggest from.

    Args:
        pack: the loaded pack; its topic titles come first, then each
            glossary term's headword, aliases and translations.
    """

    def __init__(self, pack: Pack) -> None:
        self._display: dict[str, str] = {}
        names = [topic.title for topic in pack.topics.values()]
        names.extend(name for term in pack.terms for name in term.names())
        for name in names:
            key = " ".join(fold(name).split())
            shortest = MIN_CJK_NAME if is_cjk(key) else MIN_NAME
            if len(key) >= shortest:
                self._display.setdefault(key, name)
        self._keys = list(self._display)

    def closest(self, query: str, limit: int = 3) -> list[str]:
        """Return up to ``limit`` names closest to ``query`` (any text), best first.

        Names are returned as the pack spells them; two names that fold alike
        count once.  Returns ``[]`` when nothing scores at least :data:`CUTOFF`
        or the query is blank.
        """
        key = " ".join(fold(query).split())
        if not key or not self._keys or limit < 1:
            return []
        found = process.extract(
            key, self._keys, scorer=fuzz.WRatio, limit=limit * 3, score_cutoff=CUTOFF
        )
        # Best score first; among equals the closer overall length, then pack order.
        found.sort(key=lambda item: (-round(item[1]), abs(len(item[0]) - len(key)), item[2]))
        out: list[str] = []
        for name_key, _score, _index in found:
            name = self._display[name_key]
            if name not in out:
                out.append(name)
            if len(out) == limit:
                break
        return out
