"""The searchable text of topics and terms: Markdown stripped fast, split into fields.

:func:`strip_markdown` turns Markdown into plain words with a handful of
regular expressions.  It is the index's own, not
:func:`briefing_app.core.render.page.plain_text`: that one renders through
Python-Markdown and an HTML parser (about 1 ms per kilobyte), which would
take half a minute on a pack of 5,000 topics; this takes about 1/30th of
that.  It keeps every word the rendered page shows (the tests compare the
two on the bundled pack) and drops link targets, image paths, table rules,
emphasis marks and HTML tags.

:class:`SearchDoc` is one indexed item, with its text in the fields the
index weights differently (title, names, summary, facts, body).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Literal

from briefing_app.core.pack.model import Pack, Term, Topic
from briefing_app.core.search.fold import nfc

Kind = Literal["topic", "term"]

#: Joins the items of a list field (key facts, aliases) in the stored text.
SEPARATOR = " · "

# Every pattern starts with a literal, which the regex engine finds with a fast
# scan; a pass over 5 MB then takes milliseconds instead of a tenth of a second.
_LINES = re.compile(
    r"\n[ \t]*(?:"
    r"(?:```.*|~~~.*|[-=*_|: \t]{3,}|\[[^\]\n^][^\]\n]*\]:[ \t]*\S.*)$"  # fences, rules, link defs
    r"|#{1,6}[ \t]+|(?:>[ \t]?)+|(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?"  # heads, quotes, lists
    r"|:[ \t]+|\[\^[^\]\n]+\]:[ \t]*"  # definition marks, footnote definitions (text stays)
    r"|[!?]{3}\+?[ \t]*[\w-]+[ \t]*)",  # admonition marks (the quoted title stays)
    re.M,
)
_FOOTNOTE_REF = re.compile(r"\[\^[^\]\n]*\]")
_LINK_TARGET = re.compile(r"\]\((?:[^()\n]|\([^)\n]*\))*\)|\]\[[^\]\n]*\]")
_TAG = re.compile(r"<!--.*?-->|</?[A-Za-z][^>\n]*>|<(https?://[^>\s]+)>", re.S)
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_UNDERSCORES = re.compile(r"_+")
_MARKS = ("![", "[", "]", "*", "`", "~~")


def _tag(match: re.Match[str]) -> str:
    return match.group(1) or " "


def _underscores(match: re.Match[str]) -> str:
    text, start, end = match.string, match.start(), match.end()
    inside = start > 0 and end < len(text) and text[start - 1].isalnum() and text[end].isalnum()
    return match.group() if inside else " "


def strip_markdown(source: str) -> str:
    """Return the plain words of Markdown ``source`` (str), one line per block.

    Never raises; unknown constructs simply keep their characters.  HTML
    character references are decoded.  Spaces are not collapsed (HTML and
    the snippet builder do that).
    """
    text = "\n" + source.replace("\r\n", "\n").replace("\r", "\n")
    text = _LINES.sub("\n", text)
    if "[^" in text:
        text = _FOOTNOTE_REF.sub("", text)
    if "](" in text or "][" in text:
        text = _LINK_TARGET.sub("", text)
    if "<" in text:
        text = _TAG.sub(_tag, text)
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    for mark in _MARKS:
        if mark in text:
            text = text.replace(mark, "")
    if "|" in text:
        text = text.replace("|", " ")
    if "_" in text:
        text = _UNDERSCORES.sub(_underscores, text)
    if "&" in text:
        text = html.unescape(text)
    return nfc(text.strip())


def strip_inline(items: list[str]) -> str:
    """Return a list of one-line Markdown strings as plain text joined by :data:`SEPARATOR`."""
    return SEPARATOR.join(strip_markdown(item).replace("\n", " ") for item in items if item.strip())


@dataclass(frozen=True)
class SearchDoc:
    """One indexed item, fields in plain text (str, NFC).

    Attributes:
        id: the topic id or term id.
        kind: ``"topic"`` or ``"term"``.
        title: the topic title or the term's headword.
        names: a topic's tags, or a term's aliases and translations.
        summary: a topic's summary (empty for terms).
        facts: a topic's key facts and talking points (empty for terms).
        body: a topic's body or a term's definition, without markup.
    """

    id: str
    kind: Kind
    title: str
    names: str = ""
    summary: str = ""
    facts: str = ""
    body: str = ""

    #: The field names, in index column order.
    FIELDS = ("title", "names", "summary", "facts", "body")

    def fields(self) -> tuple[str, str, str, str, str]:
        """Return the five fields in index column order."""
        return (self.title, self.names, self.summary, self.facts, self.body)


def topic_doc(topic: Topic) -> SearchDoc:
    """Return the searchable fields of a topic."""
    return SearchDoc(
        id=topic.id,
        kind="topic",
        title=nfc(topic.title),
        names=nfc(SEPARATOR.join(topic.tags)),
        summary=strip_markdown(topic.summary).replace("\n", " "),
        facts=strip_inline([*topic.key_facts, *topic.talking_points]),
        body=strip_markdown(topic.body),
    )


def term_doc(term: Term) -> SearchDoc:
    """Return the searchable fields of a glossary term (names: aliases, then translations)."""
    return SearchDoc(
        id=term.id,
        kind="term",
        title=nfc(term.term),
        names=nfc(SEPARATOR.join([*term.aliases, *term.translations.values()])),
        body=strip_markdown(term.definition),
    )


def pack_docs(pack: Pack) -> list[SearchDoc]:
    """Return every topic (in reading order), then every term (in file order), as documents."""
    docs = [
        topic_doc(pack.topics[topic_id])
        for topic_id in pack.topic_order()
        if topic_id in pack.topics
    ]
    docs.extend(term_doc(term) for term in pack.terms)
    return docs
