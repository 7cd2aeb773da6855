"""Search queries: what the user typed, as words and phrases, and as an FTS5 expression.

Any string is a valid query.  The user's text is never handed to SQLite's
``MATCH`` as it is: :func:`parse` cuts it into words itself and
:func:`fts_expression` quotes every token, so FTS5 operators (``AND OR NOT
NEAR``, ``*``, ``^``, ``-``, ``:``, parentheses) typed by the user are plain
words or separators, never syntax (FTS5 query syntax: a string in double
quotes is a phrase and nothing else; https://sqlite.org/fts5.html#fts5_strings).

The rules, as a search box that answers while one types:

* several words must all occur (AND); each word may be spelled in the
  folded or the transliterated form (:mod:`briefing_app.core.search.fold`);
* the last word is a prefix (``khor`` finds Khorgos) unless the text ends
  with a space or a closing quote;
* text in double quotes (``"dry port"``; also ``“ ” „ « »`` and the CJK
  corner brackets) is a phrase; an unclosed quote runs to the end;
* words joined by ``-``, ``'``, ``.`` (``Nur-Sultan``) are a phrase;
* CJK text becomes a phrase of bigrams, so it is found as a substring.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from briefing_app.core.search.fold import CJK_RUN, cjk_bigrams, fold, nfc, prefold, to_ascii

#: Longer input is cut here (a pasted page searches for its beginning).
MAX_QUERY_CHARS = 1000
#: At most this many words or phrases are used; FTS5 slows with every extra one.
MAX_CLAUSES = 12
#: At most this many words per phrase.
MAX_PHRASE_WORDS = 8
#: Longer words are cut (no real word is this long; a pasted hash might be).
MAX_WORD_CHARS = 48

_QUOTES = '"“”„‟«»「」『』＂'
_QUOTE_SPLIT = re.compile(f"[{_QUOTES}]")
_GROUP = re.compile(r"[^\W_]+(?:['’\-‐‑.·][^\W_]+)*")
_WORD = re.compile(r"[^\W_]+")
_CJK_PIECES = re.compile(f"({CJK_RUN.pattern})")


@dataclass(frozen=True)
class Word:
    """One query word.

    Attributes:
        text: the word as the index is searched for it: lower case after
            :func:`~briefing_app.core.search.fold.prefold` (the tokenizer does
            the rest of the folding on both sides).
        key: the word fully folded (:func:`~briefing_app.core.search.fold.fold`),
            to find it in a text with Python (highlighting).
        ascii: its transliteration, or ``""`` when that adds nothing (equal to
            ``key`` or empty).
        cjk: True for a run of CJK characters (searched as bigrams).
        prefix: True if the word may be the start of a longer word.
    """

    text: str
    key: str
    ascii: str = ""
    cjk: bool = False
    prefix: bool = False


@dataclass(frozen=True)
class Clause:
    """A word, or a phrase of words that must be adjacent and in order."""

    words: tuple[Word, ...]
    quoted: bool = False

    def display(self) -> str:
        """Return the clause as the user could type it (folded; phrases in quotes)."""
        text = " ".join(word.text for word in self.words)
        return f'"{text}"' if self.quoted or len(self.words) > 1 else text


@dataclass(frozen=True)
class Query:
    """A parsed query: the clauses that must all match, in the order typed."""

    source: str
    clauses: tuple[Clause, ...]

    @property
    def empty(self) -> bool:
        """True if nothing searchable was typed (only spaces, punctuation, emoji, ...)."""
        return not self.clauses

    def display(self) -> str:
        """Return the query in a normal form, e.g. for "did you mean"."""
        return " ".join(clause.display() for clause in self.clauses)

    def words(self) -> list[Word]:
        """Return every word of every clause, in order."""
        return [word for clause in self.clauses for word in clause.words]

    def with_words(self, mapping: dict[Word, Word]) -> Query:
        """Return a copy with some words replaced (words not in ``mapping`` stay)."""
        clauses = tuple(
            replace(clause, words=tuple(mapping.get(word, word) for word in clause.words))
            for clause in self.clauses
        )
        return Query(self.source, clauses)


def make_word(raw: str, prefix: bool = False) -> Word:
    """Return the :class:`Word` for one run of letters and digits (``raw``, any script)."""
    raw = raw[:MAX_WORD_CHARS]
    if CJK_RUN.fullmatch(raw):
        return Word(raw, raw, cjk=True, prefix=prefix)
    key = fold(raw)
    translit = to_ascii(raw)
    return Word(prefold(raw).lower(), key, translit if translit != key else "", prefix=prefix)


def _clauses(segment: str, quoted: bool) -> list[tuple[list[str], bool]]:
    """Split one segment into clauses of raw words: ``[(words, quoted), ...]``.

    Inside quotes the whole segment is one phrase; outside, each group of
    words joined by ``-``, ``'`` or ``.`` is one.  CJK runs are split off into
    clauses of their own, since they are indexed apart (as bigrams).
    """
    groups = [segment] if quoted else _GROUP.findall(segment)
    out: list[tuple[list[str], bool]] = []
    for group in groups:
        latin: list[str] = []
        for word in _WORD.findall(group):
            for piece in filter(None, _CJK_PIECES.split(word)):
                if CJK_RUN.fullmatch(piece):
                    if latin:
                        out.append((latin[:MAX_PHRASE_WORDS], quoted))
                        latin = []
                    out.append(([piece], quoted))
                else:
                    latin.append(piece)
        if latin:
            out.append((latin[:MAX_PHRASE_WORDS], quoted))
    return out


def parse(text: str) -> Query:
    """Parse what the user typed (any ``str``) into a :class:`Query`; never raises.

    See the module docstring for the rules.  Empty or unsearchable input
    gives a query with no clauses.
    """
    source = text
    text = nfc(text[:MAX_QUERY_CHARS])
    segments = _QUOTE_SPLIT.split(text)
    ends_open = bool(text) and not text[-1].isspace() and text[-1] not in _QUOTES
    raw: list[tuple[list[str], bool]] = []
    for index, segment in enumerate(segments):
        raw.extend(_clauses(segment, quoted=index % 2 == 1))
    clauses: list[Clause] = []
    seen: set[Clause] = set()
    for number, (words, quoted) in enumerate(raw):
        last = number == len(raw) - 1
        built = tuple(
            make_word(word, prefix=last and ends_open and i == len(words) - 1)
            for i, word in enumerate(words)
        )
        clause = Clause(built, quoted)
        if clause not in seen:
            seen.add(clause)
            clauses.append(clause)
    if len(clauses) > MAX_CLAUSES:
        clauses = clauses[: MAX_CLAUSES - 1] + clauses[-1:]
    return Query(source, tuple(clauses))


def phrase(text: str) -> Query:
    """Return ``text`` (e.g. a glossary headword) as one exact phrase query, without a prefix."""
    return parse('"' + _QUOTE_SPLIT.sub(" ", text) + '"')


def _quote(tokens: list[str], prefix: bool) -> str:
    """Return an FTS5 string of ``tokens`` (a phrase if several), with ``*`` if a prefix."""
    body = " ".join(tokens).replace('"', '""')
    return f'"{body}"' + ("*" if prefix else "")


def word_tokens(word: Word) -> list[str]:
    """Return the index tokens a CJK word is searched by (its bigrams; itself if one character)."""
    return cjk_bigrams(word.text)[:-1] if len(word.text) > 1 else [word.text]


def clause_expression(clause: Clause) -> str:
    """Return the FTS5 expression of one clause: its folded form OR its transliteration."""
    words = clause.words
    if len(words) == 1 and words[0].cjk:
        word = words[0]
        return _quote(word_tokens(word), prefix=len(word.text) == 1)
    prefix = words[-1].prefix
    variants = [_quote([w.text for w in words], prefix)]
    if any(w.ascii for w in words):
        variants.append(_quote([w.ascii or w.text for w in words], prefix))
    return variants[0] if len(variants) == 1 else "(" + " OR ".join(variants) + ")"


def fts_expression(query: Query, columns: tuple[str, ...] = ()) -> str:
    """Return the FTS5 MATCH expression for ``query`` (``""`` if the query is empty).

    Args:
        query: a parsed query.
        columns: if given, only these index columns are searched (an FTS5
            column filter, ``{a b} : (...)``).
    """
    if query.empty:
        return ""
    expression = " AND ".join(clause_expression(clause) for clause in query.clauses)
    if columns:
        return "{" + " ".join(columns) + "} : (" + expression + ")"
    return expression


def near_expression(query: Query, distance: int = 10) -> str:
    """Return an FTS5 ``NEAR`` group of the clauses' folded forms (``""`` if fewer than two).

    Used to rank documents where all the words are close together first.
    """
    if not 2 <= len(query.clauses) <= MAX_CLAUSES:
        return ""
    phrases = []
    for clause in query.clauses:
        if len(clause.words) == 1 and clause.words[0].cjk:
            phrases.append(_quote(word_tokens(clause.words[0]), len(clause.words[0].text) == 1))
        else:
            phrases.append(_quote([w.text for w in clause.words], clause.words[-1].prefix))
    return f"NEAR({' '.join(phrases)}, {distance})"
