"""A brief as one self-contained HTML file: cover, contents, topics, notes, glossary.

The file needs nothing else to open: the stylesheet is in a ``<style>``
element, images are ``data:`` URIs, and there is no script, ``<link>`` or
remote resource (web and mail links in the text stay links; they load
nothing).  The same HTML, with page numbers in the table of contents, is
what the PDF painter lays out, so it keeps to the HTML and CSS that
``QTextDocument`` supports (Qt docs, "Supported HTML Subset"); the file for
browsers adds a stylesheet of its own (:mod:`briefing_app.core.brief.style`).
In the full layout each topic starts on a new page when printed
(``page-break-before``); in the speaking-notes layout topics run on.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from urllib.parse import unquote

from briefing_app.core.brief.model import Brief, Progress, Section, check_progress
from briefing_app.core.brief.style import browser_css, paged_css
from briefing_app.core.glossary.linker import TermMatcher, link_html, matcher_for
from briefing_app.core.pack.model import Term
from briefing_app.core.render.markdown import escape as _esc
from briefing_app.core.render.markdown import image_placeholder, markdown_to_html
from briefing_app.core.render.page import LANGUAGE_NAMES
from briefing_app.core.render.stylesheet import stylesheet

#: Key of the glossary appendix in the page numbers of the table of contents.
GLOSSARY_KEY = "glossary"

#: A paragraph holding only an image: a figure (set solid, without the text's line spacing).
_FIGURE = re.compile(r"<p>(\s*<img\b[^>]*>\s*)</p>")

_ANCHOR = re.compile(r"<a\b([^>]*)>(.*?)</a>", re.DOTALL)
_HREF = re.compile(r'\bhref="([^"]*)"')
_IMAGE = re.compile(r"<img\b([^>]*)>")
_SRC = re.compile(r'\bsrc="([^"]*)"')
_ALT = re.compile(r'\balt="([^"]*)"')
_ID = re.compile(r'\b(id|name)="([^"]*)"')


def local_anchor(topic_id: str, anchor: str) -> str:
    """Return the id a heading ``anchor`` of topic ``topic_id`` has in the brief.

    Headings of different topics may share a slug (``#assessment``), so each
    is prefixed with its topic: ``khorgos--assessment``.
    """
    return f"{topic_id}--{anchor}" if topic_id else anchor


def relink(fragment: str, brief: Brief, topic_id: str) -> str:
    """Point the links, ids and images of a rendered fragment into the brief.

    Args:
        fragment: sanitised HTML from :func:`markdown_to_html` (double-quoted
            attributes, app URLs).
        brief: the brief the fragment goes into.
        topic_id: the topic it belongs to ("" for the glossary).

    Returns:
        HTML whose links are brief anchors or web links, whose heading ids
        are topic-prefixed, and whose images are ``data:`` URIs (an image
        that cannot be read becomes the renderer's placeholder, with its alt
        text: :func:`~briefing_app.core.render.markdown.image_placeholder`).
    """

    def anchor(match: re.Match[str]) -> str:
        attributes, text = match.group(1), match.group(2)
        href = _HREF.search(attributes)
        if href is None:
            return match.group(0)
        target = brief.resolve(html.unescape(href.group(1)), topic_id, local_anchor)
        if target is None:
            return text
        return f'<a href="{_esc(target)}">{text}</a>'

    def image(match: re.Match[str]) -> str:
        attributes = match.group(1)
        src = _SRC.search(attributes)
        alt = _ALT.search(attributes)
        uri = None
        if src is not None and src.group(1).startswith("data:image/"):
            return match.group(0)  # relinked already
        if src is not None and src.group(1).startswith("pack:"):
            uri = brief.image_uri(unquote(html.unescape(src.group(1))[len("pack:") :]))
        if uri is None:  # the renderer shows most as placeholders already; this is the rest
            shown = html.unescape(src.group(1)) if src is not None else ""
            shown = unquote(shown[len("pack:") :]) if shown.startswith("pack:") else shown
            return image_placeholder(
                "Image not found", html.unescape(alt.group(1)) if alt else "", shown
            )
        return "<img" + _SRC.sub(lambda _m: f'src="{uri}"', attributes) + ">"

    def ident(match: re.Match[str]) -> str:
        return f'{match.group(1)}="{_esc(local_anchor(topic_id, html.unescape(match.group(2))))}"'

    fragment = _ANCHOR.sub(anchor, fragment)
    fragment = _IMAGE.sub(image, fragment)
    return _ID.sub(ident, fragment) if topic_id else fragment


def _inline(source: str, brief: Brief, topic_id: str, source_rel: str) -> str:
    """Render a one-paragraph Markdown string without its ``<p>`` wrapper, relinked."""
    rendered = markdown_to_html(source, source_rel, brief.pack.root).strip()
    if rendered.startswith("<p>") and rendered.endswith("</p>") and rendered.count("<p>") == 1:
        rendered = rendered[3:-4]
    return relink(rendered, brief, topic_id)


def _box(css: str, heading: str, items: list[str], brief: Brief, section: Section) -> str:
    tag = "ol" if css == "talking" else "ul"
    rows = "".join(
        f"<li>{_inline(item, brief, section.topic.id, section.topic.path)}</li>" for item in items
    )
    return (
        f'<table class="box {css}" width="100%" cellpadding="10" cellspacing="0"><tr><td>'
        f'<p class="boxhead">{_esc(heading)}</p><{tag}>{rows}</{tag}></td></tr></table>'
    )


def _cover(brief: Brief, marking: str) -> str:
    options, info = brief.options, brief.pack.info
    parts = [marking, '<p class="cover-space">&nbsp;</p>']
    parts.append(f'<h1 class="cover-title">{_esc(options.title)}</h1>')
    if info.subtitle:
        parts.append(f'<p class="cover-subtitle">{_esc(info.subtitle)}</p>')
    prepared = f"Prepared by {_esc(options.author)}<br>" if options.author else ""
    parts.append(f'<p class="cover-meta">{prepared}{_esc(options.date)}</p>')
    kind = "Key facts and talking points" if options.key_points_only else "Full text"
    count = len(brief.sections)
    source = f"{kind} · {count} topic{'s' if count != 1 else ''} from the pack “{_esc(info.title)}”"
    if info.version or info.updated:
        source += f", version {_esc(info.version or '?')} of {_esc(info.updated or '?')}"
    if info.facts_as_of:
        source += f"; facts as of {_esc(info.facts_as_of)}"
    parts.append(f'<p class="cover-source">{source}</p>')
    if info.audience:
        parts.append(f'<p class="cover-source">For {_esc(info.audience)}</p>')
    return "\n".join(parts)


def _contents(brief: Brief, pages: Mapping[str, int | str] | None) -> str:
    rows = []
    entries = [(f"{n}.", s.anchor, s.topic.title) for n, s in enumerate(brief.sections, 1)]
    if brief.terms:
        entries.append(("", GLOSSARY_KEY, "Glossary"))
    for number, anchor, title in entries:
        page = ""
        if pages is not None:
            page = f'<td class="page" width="12%" align="right">{pages.get(anchor, "")}</td>'
        rows.append(
            f'<tr><td class="num" width="7%">{number}</td>'
            f'<td class="entry"><a href="#{anchor}">{_esc(title)}</a></td>{page}</tr>'
        )
    return (
        '<h1 class="part" style="page-break-before: always">Contents</h1>'
        '<table class="toc" width="100%" cellspacing="0" cellpadding="2">'
        + "".join(rows)
        + "</table>"
    )


def section_html(
    brief: Brief, section: Section, repeat_marking: bool = False, matcher: TermMatcher | None = None
) -> str:
    """Return the HTML of one topic of the brief, starting on a new page when printed.

    With ``repeat_marking`` the classification marking is printed above the
    title (for a browser, which has no running header).  With a ``matcher``
    the first mention of each glossary term in each section links to its
    entry in the appendix (as the reader links terms).
    """
    topic, tid, rel = section.topic, section.topic.id, section.topic.path
    new_page = ' style="page-break-before: always"'
    marking = brief.options.marking
    parts = []
    if repeat_marking and marking:
        parts.append(f'<p class="marking"{new_page}>{_esc(marking)}</p>')
        new_page = ""
    parts.append(f'<h1 class="title" id="{section.anchor}"{new_page}>{_esc(topic.title)}</h1>')
    if topic.summary:
        parts.append(f'<p class="summary">{_esc(topic.summary)}</p>')
    if topic.key_facts:
        parts.append(_box("keyfacts", "Key facts", topic.key_facts, brief, section))
    if topic.body.strip() and not brief.options.key_points_only:
        body = _FIGURE.sub(
            r'<p class="figure">\1</p>', markdown_to_html(topic.body, rel, brief.pack.root)
        )
        parts.append(f'<div class="body">{relink(body, brief, tid)}</div>')
    if topic.talking_points:
        parts.append(_box("talking", "Talking points", topic.talking_points, brief, section))
    if section.note.strip():
        note = relink(markdown_to_html(section.note, rel, brief.pack.root), brief, tid)
        parts.append(
            '<table class="box mynotes" width="100%" cellpadding="10" cellspacing="0"><tr><td>'
            f'<p class="boxhead">My notes</p>{note}</td></tr></table>'
        )
    if topic.sources and not brief.options.key_points_only:
        cited = "; ".join(_inline(source, brief, tid, rel) for source in topic.sources)
        parts.append(f'<p class="sources"><b>Sources:</b> {cited}</p>')
    page = "\n".join(parts)
    if matcher is not None:
        page = relink(link_html(page, matcher).html, brief, "")
    return page


def _points(css: str, label: str, items: list[str], brief: Brief, section: Section) -> str:
    """A labelled list of a speaking-notes section (no box: the notes are meant to be dense)."""
    tag = "ol" if css == "talking" else "ul"
    rows = "".join(
        f"<li>{_inline(item, brief, section.topic.id, section.topic.path)}</li>" for item in items
    )
    return f'<p class="label">{_esc(label)}</p><{tag} class="{css}">{rows}</{tag}>'


def speaking_notes_html(brief: Brief, section: Section, matcher: TermMatcher | None = None) -> str:
    """Return one topic as speaking notes: its title, talking points, key facts and note.

    Topics run on one after another (no page break); the talking points come
    first, as what is to be said, then the key facts to draw on.  With a
    ``matcher`` the first mention of each glossary term links to the appendix.
    """
    topic, tid, rel = section.topic, section.topic.id, section.topic.path
    parts = [f'<h2 class="topic" id="{section.anchor}">{_esc(topic.title)}</h2>']
    if topic.talking_points:
        parts.append(_points("talking", "Talking points", topic.talking_points, brief, section))
    if topic.key_facts:
        parts.append(_points("keyfacts", "Key facts", topic.key_facts, brief, section))
    if not topic.talking_points and not topic.key_facts and topic.summary:
        parts.append(f'<p class="summary">{_esc(topic.summary)}</p>')
    if section.note.strip():
        note = relink(markdown_to_html(section.note, rel), brief, tid)
        parts.append(f'<p class="label">My notes</p>{note}')
    page = "\n".join(parts)
    if matcher is not None:
        page = relink(link_html(page, matcher).html, brief, "")
    return page


def _title_block(brief: Brief, marking: str) -> str:
    """The head of the first page of speaking notes: marking, title, what and whose."""
    options = brief.options
    count = len(brief.sections)
    meta = [f"Speaking notes · {count} topic{'s' if count != 1 else ''}", _esc(options.date)]
    if options.author:
        meta.append(f"Prepared by {_esc(options.author)}")
    return (
        f'{marking}<h1 class="sheet-title">{_esc(options.title)}</h1>'
        f'<p class="sheet-meta">{" · ".join(meta)}</p>'
    )


def term_html(brief: Brief, term: Term) -> str:
    """Return the glossary entry of ``term``: headword, aliases, names by language, definition."""
    parts = [f'<h3 class="term" id="term-{_esc(term.id)}">{_esc(term.term)}</h3>']
    if term.aliases:
        parts.append(f'<p class="aliases">Also: {_esc(", ".join(term.aliases))}</p>')
    if term.translations:
        names = " · ".join(
            f'{_esc(LANGUAGE_NAMES.get(code, code))}: <span lang="{_esc(code)}">{_esc(name)}</span>'
            for code, name in term.translations.items()
        )
        parts.append(f'<p class="names">{names}</p>')
    if term.definition:
        parts.append(
            relink(markdown_to_html(term.definition, "glossary.yaml", brief.pack.root), brief, "")
        )
    return "\n".join(parts)


def brief_to_html(
    brief: Brief,
    pages: Mapping[str, int | str] | None = None,
    paged: bool = False,
    progress: Progress | None = None,
    cover: bool = True,
) -> str:
    """Return the whole brief as one HTML document (str; encode it as UTF-8).

    Args:
        brief: from :func:`briefing_app.core.brief.model.build_brief`.
        pages: anchor (``topic-ID``, ``glossary``) to the page number (or a
            placeholder text) printed in the table of contents; None leaves
            the column out.
        paged: True when a painter prints the marking in a running header,
            so it is not repeated in the text, and the CSS keeps to what
            QTextDocument reads; False (a file for browsers) repeats the
            marking at the top of each topic and at the end, and adds the
            browser's stylesheet (:func:`briefing_app.core.brief.style.browser_css`:
            measure, dark scheme, print pages with the marking on each).
        progress: called after each topic with (done, total); returning
            False stops.
        cover: False leaves out the cover and the contents (printing one
            topic).  The speaking-notes layout has a title block instead of
            both, and its topics run on without page breaks.

    Raises:
        BriefCancelled: ``progress`` returned False.
    """
    options = brief.options
    marking = f'<p class="marking">{_esc(options.marking)}</p>' if options.marking else ""
    total = len(brief.sections) + (1 if brief.terms else 0)
    notes = options.speaking_notes
    body = []
    if cover:
        body = (
            [_title_block(brief, marking)]
            if notes
            else [_cover(brief, marking), _contents(brief, pages)]
        )
        if options.include_timeline:
            from briefing_app.core.brief.timeline import timeline_html

            body.append(timeline_html(brief.pack, page_break=not notes))
    matcher = matcher_for(brief.pack) if brief.terms and not paged else None
    for done, section in enumerate(brief.sections, 1):
        if notes:
            body.append(speaking_notes_html(brief, section, matcher))
        else:
            body.append(section_html(brief, section, repeat_marking=not paged, matcher=matcher))
        check_progress(progress, done, total)
    if brief.terms:
        body.append(
            f'<h1 class="part" id="{GLOSSARY_KEY}" style="page-break-before: always">Glossary</h1>'
        )
        body.extend(term_html(brief, term) for term in brief.terms)
        check_progress(progress, total, total)
    if marking and not paged:
        body.append(marking)
    text = "\n".join(body)
    if not cover:  # the first section starts the first page, not a second one
        text = text.replace(' style="page-break-before: always"', "", 1)
    css = stylesheet("light") + paged_css()
    if not paged:
        css += browser_css(options.marking, options.title, options.paper)
    language = _esc(brief.pack.info.language or "en")
    return (
        f'<!DOCTYPE html>\n<html lang="{language}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{_esc(options.title)}</title>\n"
        f"<style>\n{css}</style>\n</head>\n<body>\n" + text + "\n</body>\n</html>\n"
    )
