"""Glossary pages as HTML: the term card in the dock, the hover card, the A–Z page.

Like :mod:`briefing_app.core.render.page`, the HTML keeps to the subset
``QTextDocument`` supports and takes its colours from the reader stylesheet
by class.  Names in other languages are labelled with the language's name
(:data:`~briefing_app.core.render.page.LANGUAGE_NAMES`) and carry a ``lang``
attribute.  "Used in" and "See also" come from
:mod:`briefing_app.core.glossary.usage`.
"""

from __future__ import annotations

import re
from pathlib import Path

from briefing_app.core.glossary.headwords import fold, group_by_letter
from briefing_app.core.glossary.usage import see_also, used_in
from briefing_app.core.pack.model import Pack, Term, Topic
from briefing_app.core.render.markdown import escape as _esc
from briefing_app.core.render.markdown import markdown_to_html, plain_text
from briefing_app.core.render.page import LANGUAGE_NAMES

#: The languages a term's names are shown in first, in this order (others follow).
NAME_LANGUAGES = ("ru", "kk", "zh")
#: A short definition is the first sentence, or at most this many characters.
SHORT_DEFINITION_CHARS = 200
#: A first sentence shorter than this is followed by the next one if both fit.
SHORT_SENTENCE_CHARS = 80
#: Width of the hover card (device-independent pixels); Qt's tooltip would otherwise wrap narrowly.
TOOLTIP_WIDTH = 360

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”»)]?(?=\s+[\"“«(]?[A-ZА-ЯЁ0-9]|\s*$)")


def ordered_names(term: Term) -> list[tuple[str, str]]:
    """Return ``(language code, name)`` pairs: Russian, Kazakh, Chinese, then the others."""
    first = [
        (code, term.translations[code]) for code in NAME_LANGUAGES if code in term.translations
    ]
    rest = [(code, name) for code, name in term.translations.items() if code not in NAME_LANGUAGES]
    return first + rest


def short_definition(definition: str, limit: int = SHORT_DEFINITION_CHARS) -> str:
    """Return a Markdown definition as plain text cut to its first sentence.

    A first sentence shorter than :data:`SHORT_SENTENCE_CHARS` takes the next
    ones along while they fit in ``limit`` characters; a first sentence longer
    than ``limit`` is cut at the last word boundary before it and ends with
    "…".  Returns ``""`` for an empty definition.
    """
    text = " ".join(plain_text(definition).split())
    sentence = text
    for end in _SENTENCE_END.finditer(text):
        candidate = text[: end.end()]
        if len(candidate) > limit and sentence is not text:
            break
        sentence = candidate
        if len(sentence) >= SHORT_SENTENCE_CHARS:
            break
    if len(sentence) <= limit:
        return sentence
    cut = sentence[:limit].rsplit(" ", 1)[0].rstrip(",;:–— ")
    return cut + "…"


def _names_table(term: Term) -> str:
    rows = "".join(
        f'<tr><td class="lang">{_esc(LANGUAGE_NAMES.get(code, code))}</td>'
        f'<td lang="{_esc(code)}">{_esc(name)}</td></tr>'
        for code, name in ordered_names(term)
    )
    return f'<table class="names" cellpadding="3" cellspacing="0">{rows}</table>' if rows else ""


def _topic_links(topics: list[Topic]) -> str:
    return ", ".join(f'<a href="topic:{_esc(t.id)}">{_esc(t.title)}</a>' for t in topics)


def term_tooltip(pack: Pack, term_id: str, shown: str = "") -> str:
    """Return the hover card of term ``term_id`` as rich text, or ``""`` if there is no such term.

    Args:
        pack: the pack the term belongs to.
        term_id: the term's id (the target of a ``glossary:`` link).
        shown: the text the reader points at; when it is not the headword
            (an alias or acronym), the card says what it stands for.

    Returns:
        HTML for ``QToolTip``: the name (and headword), the short definition
        and the names by language.
    """
    term = pack.term(term_id)
    if term is None:
        return ""
    shown = " ".join(shown.split())
    if shown and fold(shown) != fold(term.term):
        head = f"<b>{_esc(shown)}</b> — {_esc(term.term)}"
    else:
        head = f"<b>{_esc(term.term)}</b>"
    parts = [f'<p style="margin-bottom:4px">{head}</p>']
    if term.definition:
        parts.append(f'<p style="margin-top:0">{_esc(short_definition(term.definition))}</p>')
    rows = "".join(
        f'<tr><td style="color:gray; padding-right:8px">{_esc(LANGUAGE_NAMES.get(code, code))}</td>'
        f'<td lang="{_esc(code)}">{_esc(name)}</td></tr>'
        for code, name in ordered_names(term)
    )
    if rows:
        parts.append(f'<table cellspacing="0" cellpadding="1">{rows}</table>')
    return f'<table width="{TOOLTIP_WIDTH}" cellspacing="0" cellpadding="0"><tr><td>{"".join(parts)}</td></tr></table>'


#: Shown under "Used in" while a big pack is still being scanned.
USAGE_PENDING = "Looking through the topics… (shown here when done)"


def _term_entry(term: Term, root: Path | None = None) -> list[str]:
    """HTML parts under a term's heading: aliases, names by language, definition."""
    parts = []
    if term.aliases:
        parts.append(f'<p class="aliases">Also: {_esc(", ".join(term.aliases))}</p>')
    parts.append(_names_table(term))
    if term.definition:
        parts.append(markdown_to_html(term.definition, "glossary.yaml", root))
    return parts


def render_term_page(pack: Pack, term: Term) -> str:
    """Return the term card of the glossary dock: headword, aliases, names by
    language, definition, "Used in" (topics whose text mentions it, as links),
    "See also" (related terms, as ``glossary:`` links) and any topic the author
    lists that does not mention it ("Also concerns")."""
    parts = [f'<h2 class="term">{_esc(term.term)}</h2>', *_term_entry(term, pack.root)]
    topics = used_in(pack, term.id)
    if topics:
        links = "".join(
            f'<li><a href="topic:{_esc(t.id)}">{_esc(t.title)}</a></li>' for t in topics
        )
        parts.append(f'<p class="boxhead">Used in</p><ul class="related">{links}</ul>')
    elif topics is None:
        parts.append(f'<p class="boxhead">Used in</p><p class="aliases">{USAGE_PENDING}</p>')
    else:
        parts.append('<p class="boxhead">Used in</p><p class="aliases">No topic mentions it.</p>')
    related = see_also(pack, term)
    if related:
        links = ", ".join(f'<a href="glossary:{_esc(t.id)}">{_esc(t.term)}</a>' for t in related)
        parts.append(f'<p class="boxhead">See also</p><p>{links}</p>')
    mentioned = {t.id for t in topics or []}
    others = [pack.topics[t] for t in term.topics if t in pack.topics and t not in mentioned]
    if others:
        parts.append(f'<p class="boxhead">Also concerns</p><p>{_topic_links(others)}</p>')
    return "\n".join(part for part in parts if part)


def render_glossary_page(pack: Pack) -> str:
    """Return the whole glossary as one reader page: an A–Z index, then per letter
    each term with its aliases, names by language, definition and "Used in" links.

    Letter headings carry ids ``letter-X`` and terms ``term-ID`` for in-page links.
    """
    groups = group_by_letter(pack.terms)
    title = pack.info.title or "this pack"
    codes = {code for term in pack.terms for code in term.translations}
    languages = [LANGUAGE_NAMES.get(c, c) for c in (*NAME_LANGUAGES, *sorted(codes)) if c in codes]
    languages = list(dict.fromkeys(languages))
    names = ""
    if languages:
        listed = ", ".join(languages[:-1]) + " and " if len(languages) > 1 else ""
        names = f", with their names in {listed}{languages[-1]}"
    parts = [
        '<h1 class="title">Glossary</h1>',
        f'<p class="summary">{len(pack.terms)} terms of {_esc(title)}{_esc(names)}.</p>',
    ]
    if groups:
        index = " · ".join(
            f'<a href="#letter-{_esc(letter)}">{_esc(letter)}</a>' for letter, _ in groups
        )
        parts.append(f'<p class="az">{index}</p>')
    for letter, terms in groups:
        parts.append(f'<h2 id="letter-{_esc(letter)}">{_esc(letter)}</h2>')
        for term in terms:
            parts.append(f'<h3 id="term-{_esc(term.id)}">{_esc(term.term)}</h3>')
            parts.extend(_term_entry(term, pack.root))
            topics = used_in(pack, term.id)
            if topics:
                parts.append(f'<p class="usedin"><b>Used in:</b> {_topic_links(topics)}</p>')
    if not groups:
        parts.append('<p class="aliases">This pack has no glossary.</p>')
    return "\n".join(part for part in parts if part)
