"""A brief: topics the user chose, in their order, with options, ready to be written out.

:func:`build_brief` checks the choice and collects what goes in (the notes,
the glossary terms the chosen topics use); :mod:`briefing_app.core.brief.html`
and :mod:`briefing_app.core.brief.markdown` write it as HTML or Markdown, and
the PDF painter in ``briefing_app.ui.prep.brief_pdf`` lays the HTML out in pages.

Links in a brief point inside the brief: a link to a chosen topic becomes an
anchor of the brief, a glossary link an anchor of the glossary appendix, and
a link to anything left out becomes plain text (:meth:`Brief.resolve`).
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from briefing_app.core.glossary.linker import link_html, matcher_for
from briefing_app.core.pack.links import resolve_target, route
from briefing_app.core.pack.model import Pack, Term, Topic
from briefing_app.core.render.markdown import markdown_to_html

#: The three output formats, by file extension.
FORMATS = {".pdf": "pdf", ".html": "html", ".htm": "html", ".md": "markdown"}

#: Image types a brief embeds, by file extension (the types packs may use).
IMAGE_TYPES = {
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
}

#: Topic ids an error about an unknown id lists.
KNOWN_LISTED = 25

#: Layouts of a brief: "full" starts each topic on a new page with its whole text (as
#: chosen: full or key points); "speaking-notes" runs the talking points and key facts of
#: topic after topic on, with a title block instead of a cover and contents.
LAYOUTS = ("full", "speaking-notes")
#: The paper sizes of a brief: ISO A4 (210 × 297 mm) and US Letter (8.5 × 11 in).
PAPERS = ("A4", "Letter")

#: Called after each section with (done, total); returning False cancels the work.
Progress = Callable[[int, int], bool]


class BriefError(ValueError):
    """The brief cannot be made as asked; ``str(error)`` says why and what to do."""


class BriefCancelled(Exception):
    """The user cancelled while the brief was being written."""


@dataclass
class BriefOptions:
    """What the user chose in the brief builder or on the command line.

    Attributes:
        topic_ids: the topics, in the order they are printed.
        key_points_only: print only summary, key facts and talking points.
        include_notes: add the user's notes under each topic.
        include_glossary: append the glossary terms the topics use.
        marking: the classification marking printed on every page ("" for none).
        author: who prepared the brief ("" to leave out).
        date: the date printed on the cover, ISO ``YYYY-MM-DD`` text ("" for today).
        title: the brief's title ("" for the pack's title).
        layout: one of :data:`LAYOUTS`; "speaking-notes" implies ``key_points_only``.
        paper: one of :data:`PAPERS`, the page size of the PDF and of the printed HTML.
        include_timeline: add the pack's timeline after the contents (an image in HTML and
            PDF, a list in Markdown); nothing when the pack has no timeline.
    """

    topic_ids: list[str]
    key_points_only: bool = False
    include_notes: bool = False
    include_glossary: bool = True
    marking: str = ""
    author: str = ""
    date: str = ""
    title: str = ""
    layout: str = "full"
    paper: str = "A4"
    include_timeline: bool = False

    @property
    def speaking_notes(self) -> bool:
        """True for the compact speaking-notes layout."""
        return self.layout == "speaking-notes"


@dataclass
class Section:
    """One topic of a brief and the user's note on it (Markdown, "" for none)."""

    topic: Topic
    note: str = ""

    @property
    def anchor(self) -> str:
        """The anchor the section starts at in HTML and Markdown output."""
        return f"topic-{self.topic.id}"


@dataclass
class Brief:
    """A brief ready to be written: the pack, the options and what goes in.

    Attributes:
        pack: the pack the topics come from.
        options: as chosen, with ``title`` and ``date`` filled in.
        sections: the chosen topics in order, with notes if asked for.
        terms: the glossary appendix, sorted by headword (empty if not asked for).
    """

    pack: Pack
    options: BriefOptions
    sections: list[Section] = field(default_factory=list)
    terms: list[Term] = field(default_factory=list)

    def has_topic(self, topic_id: str) -> bool:
        """True if ``topic_id`` is one of the brief's sections."""
        return any(section.topic.id == topic_id for section in self.sections)

    def has_term(self, term_id: str) -> bool:
        """True if ``term_id`` is in the glossary appendix."""
        return any(term.id == term_id for term in self.terms)

    def resolve(self, url: str, topic_id: str, local: Callable[[str, str], str]) -> str | None:
        """Return where an app URL written in ``topic_id`` points in the brief, or None.

        Args:
            url: an app URL as the renderer writes it (``topic:ID#a``,
                ``glossary:ID``, ``#a``, ``https:...``; see core.links).
            topic_id: the topic (or note) the link is written in.
            local: maps (topic id, heading anchor) to the anchor that heading
                has in the output.

        Returns:
            ``#anchor`` for a place in the brief, the URL itself for a web or
            mail link, None when the target is not in the brief (print the
            link's text only).
        """
        target = route(url)
        if target.kind == "anchor":
            return "#" + local(topic_id, target.anchor)
        if target.kind == "topic" and self.has_topic(target.target):
            if target.anchor:
                return "#" + local(target.target, target.anchor)
            return f"#topic-{target.target}"
        if target.kind == "glossary" and self.has_term(target.target):
            return f"#term-{target.target}"
        if target.kind == "external":
            return url
        return None

    def image_uri(self, pack_path: str) -> str | None:
        """Return a ``data:`` URI for an image of the pack, or None if it is missing or outside.

        ``pack_path`` is relative to the pack folder (``assets/map.svg``);
        the file must lie inside the pack and be SVG, PNG or JPEG.
        """
        path = pack_file(self.pack.root, pack_path)
        if path is None or path.suffix.lower() not in IMAGE_TYPES:
            return None
        try:
            data = path.read_bytes()
        except OSError:
            return None
        encoded = base64.b64encode(data).decode("ascii")
        return f"data:{IMAGE_TYPES[path.suffix.lower()]};base64,{encoded}"


def pack_file(root: Path, rel: str) -> Path | None:
    """Return the file ``root/rel`` if it exists and lies inside ``root``, else None."""
    base = root.resolve()
    try:
        path = (base / rel).resolve()
        path.relative_to(base)
    except (ValueError, OSError):
        return None
    return path if path.is_file() else None


def app_url(source_rel: str, href: str) -> str:
    """Turn a link as written in pack Markdown into an app URL (as the renderer does).

    ``khorgos.md#x`` in ``topics/a.md`` gives ``topic:khorgos#x``; an image
    path gives ``pack:assets/...``; schemes and ``#anchors`` are kept; a path
    that leaves the pack gives ``refused:outside-pack``.
    """
    href = href.strip()
    if href.startswith("#") or len(urlsplit(href).scheme) > 1:
        return href
    resolved = resolve_target(source_rel, href)
    if resolved is None:
        return "refused:outside-pack"
    path, fragment = resolved
    directory, _, name = path.rpartition("/")
    if directory == "topics" and name.endswith(".md"):
        return f"topic:{name[:-3]}" + (f"#{fragment}" if fragment else "")
    return f"pack:{path}"


def topic_text(topic: Topic, key_points_only: bool) -> list[str]:
    """Return the Markdown parts of a topic a brief prints: title, summary, key facts,
    talking points and, unless ``key_points_only``, the body."""
    parts = [topic.title, topic.summary, *topic.key_facts, *topic.talking_points]
    if not key_points_only:
        parts.append(topic.body)
    return parts


def used_terms(pack: Pack, topics: Sequence[Topic], key_points_only: bool = False) -> list[Term]:
    """Return the glossary terms the printed text of ``topics`` uses, sorted by headword.

    A term is used where the reader would find it: the pack's term matcher
    (:mod:`briefing_app.core.glossary.linker`: every name, whole words, longest
    match) run over the rendered title, summary, key facts, talking points
    and, unless ``key_points_only``, the body; an author's ``glossary:`` link
    counts too.
    """
    if not pack.terms:
        return []
    matcher = matcher_for(pack)
    found: set[str] = set()
    for topic in topics:
        page = "\n".join(
            markdown_to_html(part, topic.path)
            for part in topic_text(topic, key_points_only)
            if part.strip()
        )
        found |= link_html(page, matcher, scan_only=True).found
    return sorted(
        (term for term in pack.terms if term.id in found), key=lambda term: term.term.casefold()
    )


def build_brief(pack: Pack, options: BriefOptions, notes: Mapping[str, str] | None = None) -> Brief:
    """Check ``options`` against ``pack`` and collect the brief's contents.

    Args:
        pack: the loaded pack.
        options: the user's choice; an empty ``topic_ids`` means every topic
            in reading order.
        notes: topic id to the user's Markdown note (used when
            ``options.include_notes``).

    Returns:
        The :class:`Brief`, with ``title`` and ``date`` defaulted.

    Raises:
        BriefError: a topic id is not in the pack (the message names it), a
            topic is chosen twice, or the layout is not one of :data:`LAYOUTS`.
    """
    if options.layout not in LAYOUTS:
        raise BriefError(f"no layout {options.layout!r}; use one of: {', '.join(LAYOUTS)}")
    if options.paper not in PAPERS:
        raise BriefError(f"no paper size {options.paper!r}; use one of: {', '.join(PAPERS)}")
    chosen = list(options.topic_ids) or pack.topic_order()
    unknown = [topic_id for topic_id in chosen if topic_id not in pack.topics]
    if unknown:
        names = ", ".join(repr(topic_id) for topic_id in unknown)
        known = pack.topic_order()
        listed = ", ".join(known[:KNOWN_LISTED]) + (", …" if len(known) > KNOWN_LISTED else "")
        raise BriefError(
            f"no topic {names} in the pack {pack.info.id or pack.root}; "
            f"use the ids of its topic files: {listed}"
        )
    twice = sorted({topic_id for topic_id in chosen if chosen.count(topic_id) > 1})
    if twice:
        raise BriefError(f"topic {', '.join(map(repr, twice))} is chosen more than once")
    settled = BriefOptions(
        topic_ids=chosen,
        key_points_only=options.key_points_only or options.speaking_notes,
        include_notes=options.include_notes,
        include_glossary=options.include_glossary,
        marking=options.marking.strip(),
        author=options.author.strip(),
        date=options.date.strip() or date.today().isoformat(),
        title=options.title.strip() or pack.info.title or pack.root.name,
        layout=options.layout,
        paper=options.paper,
        include_timeline=options.include_timeline,
    )
    notes = notes if notes is not None and options.include_notes else {}
    sections = [Section(pack.topics[topic_id], notes.get(topic_id, "")) for topic_id in chosen]
    terms = (
        used_terms(pack, [s.topic for s in sections], settled.key_points_only)
        if options.include_glossary
        else []
    )
    return Brief(pack, settled, sections, terms)


def check_progress(progress: Progress | None, done: int, total: int) -> None:
    """Report progress; raise :class:`BriefCancelled` if the callback asks to stop."""
    if progress is not None and progress(done, total) is False:
        raise BriefCancelled()
