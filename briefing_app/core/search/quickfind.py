"""A plain substring finder over a pack: the search used until the index is ready.

It has the same shape as the full-text engine's answer (``.hits`` with id,
kind, title, snippet, score; ``.did_you_mean``), so the search panel can use
either.  Case-insensitive (``str.casefold``); titles rank above body text.
The Markdown of the text is searched and shown without its commonest marks
(emphasis, code, headings, link targets; :func:`plain_markdown`).  In a pack
of more than :data:`BODY_TOPICS` topics, and for the topics of a big pack's
outline not read yet, only the titles of topics are searched.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from briefing_app.core.pack.model import Pack
from briefing_app.core.pack.outline import is_parsed

SNIPPET_RADIUS = 60
#: A pack with more topics than this is searched by topic titles (and glossary terms) alone
#: until its index is ready: reading and folding 20,000 bodies in Python takes seconds, which
#: also starve the window's thread of Python's lock.
BODY_TOPICS = 2000

_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MARKS = re.compile(r"(?:\*\*|__|[*`]|^#+ |(?<=\s)#+ )", re.MULTILINE)


def plain_markdown(text: str) -> str:
    """Return Markdown ``text`` with links and images as their text and emphasis, code and heading marks dropped."""
    return _MARKS.sub("", _LINK.sub(r"\1", text))


@dataclass(frozen=True)
class Hit:
    """One result: ``kind`` is "topic" or "term"; ``snippet`` is HTML with ``<b>`` marks."""

    id: str
    kind: str
    title: str
    snippet: str
    score: float


@dataclass
class Results:
    """The answer to one query."""

    query: str
    hits: list[Hit] = field(default_factory=list)
    did_you_mean: str | None = None


def _snippet(text: str, needle: str) -> str:
    """Return an HTML excerpt of ``text`` around the first ``needle`` (folded), marked bold."""
    position = text.casefold().find(needle)
    if position < 0:
        return html.escape(text[: 2 * SNIPPET_RADIUS])
    start = max(0, position - SNIPPET_RADIUS)
    end = min(len(text), position + len(needle) + SNIPPET_RADIUS)
    before, match, after = (
        text[start:position],
        text[position : position + len(needle)],
        text[position + len(needle) : end],
    )
    return (
        ("…" if start else "")
        + html.escape(before)
        + f"<b>{html.escape(match)}</b>"
        + html.escape(after)
        + ("…" if end < len(text) else "")
    )


class SubstringSearch:
    """Finds topics and glossary terms whose text contains the query."""

    def __init__(self, pack: Pack) -> None:
        self._pack = pack
        # (kind, id, title, text, folded title, folded text)
        self._entries: list[tuple[str, str, str, str, str, str]] | None = None

    def _texts(self) -> list[tuple[str, str, str, str, str, str]]:
        """Return the searchable texts, joined and case-folded on the first search (not at start-up)."""
        if self._entries is None:
            entries = []
            titles_only = len(self._pack.topics) > BODY_TOPICS
            for topic in self._pack.topics.values():
                if titles_only or not is_parsed(topic):  # its title alone, nothing read now
                    entries.append(("topic", topic.id, topic.title, ""))
                    continue
                text = " ".join(
                    [topic.summary, *topic.key_facts, *topic.talking_points, topic.body]
                )
                plain = " ".join(plain_markdown(text).split())
                entries.append(("topic", topic.id, topic.title, plain))
            for term in self._pack.terms:
                text = " ".join([*term.names(), term.definition])
                entries.append(("term", term.id, term.term, " ".join(plain_markdown(text).split())))
            self._entries = [
                (*entry, entry[2].casefold(), entry[3].casefold()) for entry in entries
            ]
        return self._entries

    def search(self, query: str, limit: int = 20) -> Results:
        """Return up to ``limit`` hits for ``query`` (any text; empty gives none)."""
        needle = " ".join(query.split()).casefold()
        results = Results(query)
        if not needle:
            return results
        for kind, item_id, title, text, folded_title, folded_text in self._texts():
            in_title = needle in folded_title
            if in_title or needle in folded_text:
                score = 2.0 if in_title else 1.0
                results.hits.append(Hit(item_id, kind, title, _snippet(text, needle), score))
        results.hits.sort(key=lambda hit: -hit.score)
        del results.hits[limit:]
        return results
