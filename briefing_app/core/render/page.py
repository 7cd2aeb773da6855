"""Topic pages as HTML.

A topic page is laid out as a briefing note: title, one-line summary, a
"Key facts" box, the body, "Talking points", "Related topics" as links and
the sources.  The HTML keeps to what ``QTextDocument`` supports ("Supported
HTML Subset" in the Qt docs): boxes are one-cell tables, colours come from
the stylesheet (:mod:`briefing_app.core.render.stylesheet`) by class, so one page
reads well in light and dark.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from markdown.extensions.toc import unique

from briefing_app.core.glossary.linker import link_html, matcher_for
from briefing_app.core.pack.model import Pack, Topic
from briefing_app.core.render.markdown import escape as _esc
from briefing_app.core.render.markdown import markdown_to_html, plain_text

__all__ = [
    "LANGUAGE_NAMES",
    "plain_text",
    "render_topic",
    "renders_alike",
    "split_markdown",
    "topic_parts",
]

#: Names of the languages glossary translations are given in (ISO 639-1 codes).
LANGUAGE_NAMES = {
    "en": "English",
    "ru": "Russian",
    "kk": "Kazakh",
    "zh": "Chinese",
    "uz": "Uzbek",
    "ky": "Kyrgyz",
    "tr": "Turkish",
    "de": "German",
    "fr": "French",
}


def _inline(source: str, source_rel: str, root: Path | None = None) -> str:
    """Render a one-paragraph Markdown string without its ``<p>`` wrapper."""
    rendered = markdown_to_html(source, source_rel, root).strip()
    if rendered.startswith("<p>") and rendered.endswith("</p>") and rendered.count("<p>") == 1:
        return rendered[3:-4]
    return rendered


def _box(
    css_class: str,
    heading: str,
    items: list[str],
    source_rel: str,
    ordered: bool = False,
    root: Path | None = None,
) -> str:
    tag = "ol" if ordered else "ul"
    rows = "".join(f"<li>{_inline(item, source_rel, root)}</li>" for item in items)
    return (
        f'<table class="box {css_class}" width="100%" cellpadding="10" cellspacing="0">'
        f'<tr><td><p class="boxhead">{_esc(heading)}</p><{tag}>{rows}</{tag}></td></tr></table>'
    )


def render_topic(pack: Pack, topic: Topic, term_links: bool = True) -> str:
    """Return the HTML page of ``topic`` (a fragment for ``QTextBrowser.setHtml``).

    Links use the app URLs of :mod:`briefing_app.core.pack.links`; body headings
    carry ``id`` anchors from the toc extension.  With ``term_links`` the
    first mention of each glossary term in each section becomes a
    ``glossary:`` link of class ``term`` (:mod:`briefing_app.core.glossary.linker`).
    """
    return "\n".join(topic_parts(pack, topic, term_links))


def topic_parts(
    pack: Pack, topic: Topic, term_links: bool = True, chunk_bytes: int | None = None
) -> Iterator[str]:
    """Yield the HTML of ``topic`` in parts that concatenate to the page.

    With ``chunk_bytes`` the body is rendered in pieces of about that many
    bytes of Markdown (see :func:`split_markdown`), so that a reader can show
    the start of a very long topic at once and append the rest; otherwise the
    first part is the head and the whole body, and the second the tail.
    Each part is rendered (Markdown, term links) only when it is asked for.
    """
    chunks = split_markdown(topic.body, chunk_bytes) if chunk_bytes else [topic.body]
    head = _topic_head(topic, pack.root)
    used: set[str] = set()
    for index, chunk in enumerate(chunks):
        body = ""
        if chunk.strip():
            rendered = _number_headings(markdown_to_html(chunk, topic.path, pack.root), used)
            body = f'<div class="body">{rendered}</div>'
        yield _link_terms(pack, (head if index == 0 else "") + body, term_links)
    yield _link_terms(pack, _topic_tail(pack, topic), term_links)


_HEADING_ID = re.compile(r'(<h[1-6]\b[^>]*?\bid=")([^"]*)(")')


def _number_headings(html: str, used: set[str]) -> str:
    """Number the heading ids of one piece of a topic as the toc extension numbers the whole.

    Each piece is rendered on its own, so a heading repeated in a later piece
    would get the first one's id again; here it gets ``_1``, ``_2`` as in the
    whole page, which is what the link checker expects
    (:func:`briefing_app.core.render.markdown.page_anchors`).  ``used`` holds
    the ids of the pieces before and is updated.
    """
    if not used:
        used.update(match.group(2) for match in _HEADING_ID.finditer(html))
        return html

    def renumber(match: re.Match[str]) -> str:
        return match.group(1) + unique(match.group(2), used) + match.group(3)

    return _HEADING_ID.sub(renumber, html)


def renders_alike(first: Pack, second: Pack, topic_id: str) -> bool:
    """True when topic ``topic_id`` has the same page in both packs.

    A page is made of the topic itself, the titles and summaries of its
    related topics, and the glossary (for term links); when these are equal
    (a preview and the whole pack read from the same files), the page shown
    can stay as it is.
    """
    topic = first.topics.get(topic_id)
    if topic is None or topic != second.topics.get(topic_id) or first.terms != second.terms:
        return False
    return all(
        _related_line(first, related) == _related_line(second, related) for related in topic.related
    )


def _related_line(pack: Pack, topic_id: str) -> tuple[str, str] | None:
    topic = pack.topics.get(topic_id)
    return (topic.title, topic.summary) if topic else None


def _link_terms(pack: Pack, html: str, term_links: bool) -> str:
    if term_links and pack.terms and html:
        return link_html(html, matcher_for(pack)).html
    return html


def _topic_head(topic: Topic, root: Path) -> str:
    """Title, summary and the key facts box."""
    parts = [f'<h1 class="title">{_esc(topic.title)}</h1>']
    if topic.summary:
        parts.append(f'<p class="summary">{_esc(topic.summary)}</p>')
    if topic.key_facts:
        parts.append(_box("keyfacts", "Key facts", topic.key_facts, topic.path, root=root))
    return "\n".join(parts)


def _topic_tail(pack: Pack, topic: Topic) -> str:
    """Talking points, related topics and sources."""
    parts: list[str] = []
    if topic.talking_points:
        parts.append('<h2 id="talking-points-section">Talking points</h2>')
        parts.append(
            _box(
                "talking",
                "Talking points",
                topic.talking_points,
                topic.path,
                ordered=True,
                root=pack.root,
            )
        )
    related = [pack.topics[r] for r in topic.related if r in pack.topics]
    if related:
        parts.append('<h2 id="related-topics-section">Related topics</h2><ul class="related">')
        for other in related:
            summary = (
                f' <span class="muted">— {_esc(other.summary)}</span>' if other.summary else ""
            )
            parts.append(
                f'<li><a href="topic:{_esc(other.id)}">{_esc(other.title)}</a>{summary}</li>'
            )
        parts.append("</ul>")
    if topic.sources:
        cited = "; ".join(_inline(source, topic.path, pack.root) for source in topic.sources)
        parts.append(f'<p class="sources"><b>Sources:</b> {cited}</p>')
    return "\n".join(parts)


def split_markdown(source: str, chunk_bytes: int) -> list[str]:
    """Split Markdown into pieces of about ``chunk_bytes`` UTF-8 bytes at safe places.

    A piece ends only at a blank line outside a fenced code block and not
    inside a table, so each piece renders like the same lines of the whole.
    (Footnotes and reference links defined in another piece do not resolve;
    that matters only for topics long enough to be split.)  Returns ``[source]``
    when it is small enough.
    """
    if len(source) <= chunk_bytes:
        return [source]
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    in_fence = False
    for line in source.splitlines(keepends=True):
        stripped = line.strip()
        if stripped.startswith(("```", "~~~")):
            in_fence = not in_fence
        if not stripped and not in_fence and size >= chunk_bytes and current:
            pieces.append("".join(current))
            current, size = [], 0
        current.append(line)
        size += len(line.encode("utf-8"))
    if current:
        pieces.append("".join(current))
    return pieces
