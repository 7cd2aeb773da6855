"""Find glossary terms in topic text and link them: one matcher per pack, one pass per page.

The matcher splits text into tokens with **one compiled pattern** (a run of
letters and digits, a single Han/kana character, or a single punctuation
mark) and looks every token up in two dictionaries keyed by the first token
of each name, so the cost grows with the length of the text, not with the
size of the glossary.  The rules come from issue #4 ("The glossary as a
briefing tool"):

* **Every name** of a term is looked for: the headword, the aliases and the
  translations; a name written ``"X (Y)"`` is also found as ``X`` and as
  ``Y``, and enclosing quotes (``«»“”"``) are optional.
* **Longest match wins**: at one place, "Khorgos–Eastern Gate SEZ" is taken
  before "Khorgos"; matches never overlap.
* **Whole words only**: a name matches whole tokens, so "SCO" is not found in
  "SCOPE" (but is in "SCO's" and "SCO-wide").  Chinese and Japanese have no
  word boundaries: each Han or kana character is a token of its own, so a
  Chinese name is found as a plain substring.
* **Case rules**: a name with capitals and no lower-case letter is an acronym
  ("BRI", "ЕАЭС", "C5") and matches with exactly that case; any other name
  matches in any case (Unicode case folding, ё = е).  Dashes (‐ – — −),
  apostrophes (’ ') and double quotes are each treated as one character.
  Where the name has a space, the text needs some whitespace (a line break
  will do); where it has none, neither may the text.

:func:`link_html` applies the matcher to a rendered page: it walks the HTML
tags of the page (as produced by :mod:`briefing_app.core.render.page`, sanitised
and well formed) and wraps the first occurrence of each term in each
section (the text under one heading) in a ``glossary:`` link of class
``term``.  Nothing is linked inside headings, links, code, web or e-mail
addresses written as text (:data:`URL`), or elements of class ``sources``,
``related``, ``no-terms`` or ``missing-image`` (an image's placeholder).  A term the author linked
already counts as its section's first occurrence.
"""

from __future__ import annotations

import html
import re
import weakref
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import accumulate, chain, compress, pairwise
from operator import itemgetter
from urllib.parse import quote, unquote

from briefing_app.core.glossary.headwords import fold, unify_punctuation
from briefing_app.core.pack.model import Pack, Term

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f"
#: One token: a single Han/kana character, a run of other word characters, or one mark.
TOKEN = re.compile(rf"[{_CJK}]|[^\W{_CJK}]+|[^\w\s]")
_SPACED_TOKEN = re.compile(rf"(\s*)({TOKEN.pattern})")
_IS_CJK = re.compile(rf"[{_CJK}]")
_QUOTES = "\"'«»“”„‘’"
_PAREN = re.compile(r"^(.*?)\s*[(（]([^()（）]+)[)）]\s*$")
#: Web and mail addresses written as text (a scheme, ``www.``, or ``name@host.domain``).
URL = re.compile(
    r"(?:https?|ftp|mailto|file):[^\s<>\"]+|www\.[^\s<>\"]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    re.IGNORECASE,
)
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>")
_CLASS = re.compile(r"""\bclass\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_HREF = re.compile(r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')""")

#: Elements whose text is never linked (but still counts as a use of the term).
NO_LINK_TAGS = frozenset({"a", "h1", "h2", "h3", "h4", "h5", "h6"})
#: Elements whose text is neither linked nor counted as a use.
NO_SCAN_TAGS = frozenset({"code", "pre", "kbd", "samp", "script", "style"})
#: Elements of these classes are neither linked nor counted (sources, related list, opt-out).
NO_SCAN_CLASSES = frozenset({"sources", "related", "no-terms", "missing-image"})
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
)


def is_acronym(name: str) -> bool:
    """True if ``name`` has an upper-case letter and no lower-case one ("BRI", "ЕАЭС", "C5")."""
    return name.isupper()


def name_variants(name: str) -> list[str]:
    """Return the forms a name is looked for in: itself, without enclosing quotes,
    and for ``"X (Y)"`` also ``X`` and ``Y``; forms without two word characters are dropped."""
    forms = [name.strip()]
    paren = _PAREN.match(forms[0])
    if paren:
        forms.extend([paren.group(1), paren.group(2)])
    out: list[str] = []
    for form in forms:
        for variant in (form, form.strip().strip(_QUOTES).strip()):
            if sum(map(str.isalnum, variant)) >= 2 and variant not in out:
                out.append(variant)
    return out


@dataclass(frozen=True)
class NameKey:
    """How one name is matched: its token keys, the gaps between them and its case rule.

    Attributes:
        keys: the tokens, folded (:func:`fold`) unless ``case_sensitive``.
        spaced: for each gap between two tokens, True if the name has whitespace there.
        case_sensitive: True for acronyms (see :func:`is_acronym`).
    """

    keys: tuple[str, ...]
    spaced: tuple[bool, ...]
    case_sensitive: bool


def name_key(name: str) -> NameKey | None:
    """Return the :class:`NameKey` of ``name``, or None if it has no token."""
    tokens = list(TOKEN.finditer(name))
    if not tokens:
        return None
    case_sensitive = is_acronym(name)
    keys = tuple(
        unify_punctuation(t.group()) if case_sensitive else fold(t.group()) for t in tokens
    )
    spaced = tuple(b.start() > a.end() for a, b in pairwise(tokens))
    return NameKey(keys, spaced, case_sensitive)


@dataclass(frozen=True)
class TermMatch:
    """One occurrence of a term: ``text[start:end]`` is the name ``name`` of term ``term_id``."""

    start: int
    end: int
    term_id: str
    name: str


@dataclass(frozen=True)
class _Entry:
    key: NameKey
    term_id: str
    name: str
    rank: tuple[int, int]


class _Node:
    """A node of the token trie: children by token key, and the names that end here."""

    __slots__ = ("children", "entries")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.entries: list[_Entry] = []


class TermMatcher:
    """Finds the names of a set of glossary terms in text (rules in the module doc).

    Names are stored in two token tries (one for acronyms, keyed by exact
    tokens, one for other names, keyed by folded tokens), so finding the
    longest name at a place costs one dictionary step per token of that
    name.  Built once per pack (:func:`matcher_for`); :meth:`find` is linear
    in the text.  Where two terms share a name, the first term in the list
    keeps it (``briefing-app check`` warns about it).
    """

    def __init__(self, terms: Iterable[Term]) -> None:
        """Index every name of every term in ``terms`` (headword, aliases, translations)."""
        self._exact = _Node()
        self._folded = _Node()
        self.owner: dict[NameKey, str] = {}
        for term in terms:
            for written in term.names():
                for name in name_variants(written):
                    key = name_key(name)
                    if key is None or key in self.owner:
                        continue
                    self.owner[key] = term.id
                    node = self._exact if key.case_sensitive else self._folded
                    for token in key.keys:
                        node = node.children.setdefault(token, _Node())
                    node.entries.append(_Entry(key, term.id, name, (len(key.keys), len(name))))

    def __len__(self) -> int:
        """Number of distinct names indexed."""
        return len(self.owner)

    def find(self, text: str) -> list[TermMatch]:
        """Return the term names in ``text``, left to right, longest first, never overlapping."""
        pairs = _SPACED_TOKEN.findall(unify_punctuation(text))  # (whitespace before, token)
        if not pairs:
            return []
        exact = list(map(itemgetter(1), pairs))
        folded_text = fold(text)
        folded = TOKEN.findall(folded_text) if len(folded_text) == len(text) else []
        if len(folded) != len(exact):  # case folding changed the text's length (ß, İ): slow path
            folded = [fold(token) for token in exact]
        exact_top, folded_top = self._exact.children, self._folded.children
        by_case = list(map(exact_top.get, exact))
        by_fold = list(map(folded_top.get, folded))
        count = len(exact)
        hits = sorted({*compress(range(count), by_case), *compress(range(count), by_fold)})
        if not hits:
            return []
        # Offsets: bounds[2 * i] is where token i starts, bounds[2 * i + 1] where it ends.
        bounds = list(accumulate(map(len, chain.from_iterable(pairs))))
        found: list[TermMatch] = []
        after = 0
        for i in hits:
            if i < after:
                continue
            best: _Entry | None = None
            for node, seq in ((by_case[i], exact), (by_fold[i], folded)):
                j = i
                while node is not None:
                    for entry in node.entries:
                        if (best is None or entry.rank > best.rank) and _gaps_fit(
                            entry.key, pairs, exact, i
                        ):
                            best = entry
                    j += 1
                    node = node.children.get(seq[j]) if j < count and node.children else None
            if best is not None:
                after = i + len(best.key.keys)
                found.append(
                    TermMatch(bounds[2 * i], bounds[2 * after - 1], best.term_id, best.name)
                )
        return found


def _gaps_fit(key: NameKey, pairs: list[tuple[str, str]], raw: list[str], i: int) -> bool:
    """True if the text has whitespace between tokens ``i``... exactly where name ``key`` has
    (between two Han/kana characters either is fine)."""
    for offset, spaced in enumerate(key.spaced, start=1):
        j = i + offset
        if bool(pairs[j][0]) != spaced and not (
            _IS_CJK.match(raw[j]) and _IS_CJK.match(raw[j - 1])
        ):
            return False
    return True


_matchers: dict[int, tuple[weakref.ref[Pack], int, int, TermMatcher]] = {}


def matcher_for(pack: Pack) -> TermMatcher:
    """Return the matcher of ``pack``'s glossary, built once and cached while the pack lives.

    The cache is keyed by the pack object and its ``terms`` list; a pack whose
    ``terms`` list is replaced gets a new matcher (editing terms in place is
    not noticed).
    """
    cached = _matchers.get(id(pack))
    if cached and cached[0]() is pack and cached[1:3] == (id(pack.terms), len(pack.terms)):
        return cached[3]
    matcher = TermMatcher(pack.terms)
    key = id(pack)
    _matchers[key] = (
        weakref.ref(pack, lambda _ref: _matchers.pop(key, None)),
        id(pack.terms),
        len(pack.terms),
        matcher,
    )
    return matcher


@dataclass
class LinkedPage:
    """The result of :func:`link_html`.

    Attributes:
        html: the page with term links added (unchanged when ``scan_only``).
        linked: ids of the terms linked, in page order (one per section at most).
        found: ids of every term that occurs in the page text, linked or not,
            including headings, link texts and author ``glossary:`` links.
    """

    html: str
    linked: list[str] = field(default_factory=list)
    found: set[str] = field(default_factory=set)


def _attribute(pattern: re.Pattern[str], attrs: str) -> str:
    match = pattern.search(attrs)
    return html.unescape(match.group(1) or match.group(2) or "") if match else ""


def link_html(
    page: str, matcher: TermMatcher, first_per_section: bool = True, scan_only: bool = False
) -> LinkedPage:
    """Link glossary terms in an HTML page (rules in the module doc).

    Args:
        page: an HTML fragment as the renderer produces it (well-formed tags).
        matcher: the pack's :class:`TermMatcher`.
        first_per_section: link only a term's first occurrence in each section
            (text under one heading); False links every occurrence.
        scan_only: only collect :attr:`LinkedPage.found`; the HTML is not rebuilt.

    Returns:
        A :class:`LinkedPage`.  A term link is
        ``<a class="term" href="glossary:ID"><span class="term">TEXT</span></a>``:
        the inner span carries the dotted underline, which ``QTextDocument``
        does not apply to ``a`` itself.
    """
    result = LinkedPage(page)
    out: list[str] = []
    stack: list[tuple[str, int]] = []  # (tag, 0 normal / 1 no link / 2 no scan)
    no_link = no_scan = 0
    seen: set[str] = set()
    position = 0
    for tag in _TAG.finditer(page):
        text = page[position : tag.start()]
        position = tag.end()
        if not no_scan and text and not text.isspace():
            text = _link_text(
                text, matcher, result, seen, first_per_section, no_link > 0, scan_only
            )
        if not scan_only:
            out.append(text)
            out.append(tag.group())
        closing, name, attrs = tag.group(1) == "/", tag.group(2).lower(), tag.group(3)
        if closing:
            while any(top == name for top, _mode in stack):
                top, mode = stack.pop()
                no_link -= mode == 1
                no_scan -= mode == 2
                if top == name:
                    break
            continue
        if name in HEADINGS:
            seen = set()
        if name == "a":
            href = _attribute(_HREF, attrs)
            if href.startswith("glossary:") and not no_scan:
                seen.add(unquote(href[9:]))
                result.found.add(unquote(href[9:]))
        if name in VOID_TAGS or attrs.rstrip().endswith("/"):
            continue
        classes = set(_attribute(_CLASS, attrs).split()) if "class" in attrs else set()
        mode = 2 if name in NO_SCAN_TAGS or classes & NO_SCAN_CLASSES else int(name in NO_LINK_TAGS)
        no_link += mode == 1
        no_scan += mode == 2
        stack.append((name, mode))
    tail = page[position:]
    if not no_scan and tail and not tail.isspace():
        tail = _link_text(tail, matcher, result, seen, first_per_section, no_link > 0, scan_only)
    if not scan_only:
        out.append(tail)
        result.html = "".join(out)
    return result


def _link_text(
    raw: str,
    matcher: TermMatcher,
    result: LinkedPage,
    seen: set[str],
    first_per_section: bool,
    no_link: bool,
    scan_only: bool,
) -> str:
    """Find terms in one text node (HTML-escaped ``raw``); return it with links added."""
    text = html.unescape(raw)
    matches = matcher.find(text)
    if not matches:
        return raw
    urls = (
        [(m.start(), m.end()) for m in URL.finditer(text)]
        if ":" in text or "www." in text or "@" in text
        else []
    )
    pieces: list[str] = []
    cursor = 0
    for match in matches:
        if urls and any(start < match.end and match.start < end for start, end in urls):
            continue
        result.found.add(match.term_id)
        if no_link or scan_only or (first_per_section and match.term_id in seen):
            continue
        seen.add(match.term_id)
        result.linked.append(match.term_id)
        pieces.append(html.escape(text[cursor : match.start], quote=False))
        pieces.append(
            f'<a class="term" href="glossary:{quote(match.term_id, safe="")}">'
            f'<span class="term">{html.escape(text[match.start : match.end], quote=False)}</span></a>'
        )
        cursor = match.end
    if not pieces:
        return raw
    pieces.append(html.escape(text[cursor:], quote=False))
    return "".join(pieces)
