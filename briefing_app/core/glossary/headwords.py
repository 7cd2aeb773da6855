"""Glossary headwords: folding for matching and sorting, and letter groups for the A–Z list.

Light on purpose (no regular expressions over whole scripts, no Markdown):
the glossary list is built before the window first paints.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from briefing_app.core.pack.model import Term

#: The letter group of headwords that start with a digit.
DIGITS_GROUP = "0–9"

#: Dash, apostrophe and quote variants folded to one character each.
_PUNCT = {c: "-" for c in "‐‑‒–—―−"} | {c: "'" for c in "’‘ʼ′"} | {c: '"' for c in "«»“”„″"}
_PUNCT_RE = re.compile("[" + "".join(_PUNCT) + "]")


def unify_punctuation(text: str) -> str:
    """Return ``text`` with dash, apostrophe and double-quote variants as ``-``, ``'`` and ``"``."""
    if _PUNCT_RE.search(text) is None:
        return text
    return _PUNCT_RE.sub(lambda m: _PUNCT[m.group()], text)


def fold(text: str) -> str:
    """Return ``text`` folded for case-insensitive matching (casefold, ё = е, dashes unified)."""
    return unify_punctuation(text.casefold().replace("ё", "е"))


def letter_of(headword: str) -> str:
    """Return the letter group of a headword: its first letter, upper case and
    without accents ("Ä" -> "A"), or ``"0–9"`` when it starts with a digit."""
    for char in headword:
        if char.isdigit():
            return DIGITS_GROUP
        if char.isalpha():
            base = unicodedata.normalize("NFD", char)[0]
            return base.upper() if base.isalpha() else char.upper()
    return "#"


def group_by_letter(terms: Iterable[Term]) -> list[tuple[str, list[Term]]]:
    """Return ``(letter, terms)`` groups, digits first, then letters in order; terms
    in each group sorted by headword, case-insensitively."""
    groups: dict[str, list[Term]] = {}
    for term in sorted(terms, key=lambda t: fold(t.term)):
        groups.setdefault(letter_of(term.term), []).append(term)
    return sorted(groups.items(), key=lambda item: (item[0] != DIGITS_GROUP, item[0]))
