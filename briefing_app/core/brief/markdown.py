"""A brief, or all of a pack's notes, as one Markdown file.

The Markdown is what a pack author writes (CommonMark with pipe tables and
``{#id}`` heading attributes, as Python-Markdown's ``attr_list`` and Pandoc
read them).  Topic titles are level-2 headings, so the headings of a topic
body move down one level; links are pointed into the file as
:meth:`briefing_app.core.brief.model.Brief.resolve` decides, and images become
``data:`` URIs so the file stands alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date

from briefing_app.core.brief.model import Brief, Progress, app_url, check_progress
from briefing_app.core.pack.model import Pack
from briefing_app.core.render.page import LANGUAGE_NAMES

_LINK = re.compile(r"(!?)\[((?:[^\]\\]|\\.)*)\]\(\s*<?([^)\s>]*)>?((?:\s+\"[^\"]*\")?)\s*\)")
_FENCE = re.compile(r"^\s*(```|~~~)")
_HEADING = re.compile(r"^(#{1,5})(\s)")
_FOOTNOTE = re.compile(r"\[\^([^\]\s]+)\]")

#: Maps an app URL written in a topic (url, topic id) to a new target, or None to unlink.
Linker = Callable[[str, str], str | None]


def rewrite_markdown(
    source: str,
    source_rel: str,
    topic_id: str,
    link: Linker,
    image: Callable[[str], str | None],
    demote: int = 0,
) -> str:
    """Rewrite the links, images and headings of Markdown written in a pack file.

    Args:
        source: Markdown text.
        source_rel: the file it was written in (``topics/khorgos.md``); relative
            links are resolved from it.
        topic_id: the topic the text belongs to, passed to ``link``.
        link: gives the new target of a link (an app URL), or None to keep
            only the link's text.
        image: gives the new source of an image (a pack path), or None to
            replace the image by its alt text in brackets.
        demote: levels to add to every ATX heading (``##`` → ``###``), at most
            to level 6.

    Footnote labels are prefixed with ``topic_id`` (``[^khorgos-names]``).

    Returns:
        The rewritten Markdown; fenced code blocks are left untouched.
    """

    def replace(match: re.Match[str]) -> str:
        bang, text, target, title = match.groups()
        url = app_url(source_rel, target)
        if bang:
            new = image(url[len("pack:") :]) if url.startswith("pack:") else None
            return f"![{text}]({new}{title})" if new else f"[{text}]"
        resolved = link(url, topic_id)
        return f"[{text}]({resolved}{title})" if resolved else text

    lines, in_fence = [], False
    for line in source.splitlines():
        if _FENCE.match(line):
            in_fence = not in_fence
        elif not in_fence:
            if demote:
                line = _HEADING.sub(
                    lambda m: "#" * min(6, len(m.group(1)) + demote) + m.group(2), line
                )
            line = _LINK.sub(replace, line)
            if topic_id:  # footnote labels of different topics must not meet in one file
                line = _FOOTNOTE.sub(lambda m: f"[^{topic_id}-{m.group(1)}]", line)
        lines.append(line)
    return "\n".join(lines)


def _anchor(_topic_id: str, anchor: str) -> str:
    """Heading anchors keep their slug in Markdown (renderers slug the headings themselves)."""
    return anchor


def brief_to_markdown(brief: Brief, progress: Progress | None = None) -> str:
    """Return the whole brief as Markdown text (str; write it as UTF-8).

    Raises:
        BriefCancelled: ``progress`` returned False.
    """
    options, info = brief.options, brief.pack.info

    def link(url: str, topic_id: str) -> str | None:
        return brief.resolve(url, topic_id, _anchor)

    def rewrite(text: str, topic_id: str, rel: str, demote: int = 0) -> str:
        return rewrite_markdown(text, rel, topic_id, link, brief.image_uri, demote)

    out: list[str] = []
    if options.marking:
        out += [f"**{options.marking}**", ""]
    out += [f"# {options.title}", ""]
    if info.subtitle:
        out += [f"*{info.subtitle}*", ""]
    meta = [f"Prepared by {options.author}"] if options.author else []
    out += [" · ".join([*meta, options.date]), ""]
    out += ["## Contents", ""]
    for number, section in enumerate(brief.sections, 1):
        out.append(f"{number}. [{section.topic.title}](#{section.anchor})")
    if brief.terms:
        out.append(f"{len(brief.sections) + 1}. [Glossary](#glossary)")
    out.append("")
    if options.include_timeline:
        from briefing_app.core.brief.timeline import timeline_markdown

        out += timeline_markdown(brief.pack)
    total = len(brief.sections) + (1 if brief.terms else 0)
    for done, section in enumerate(brief.sections, 1):
        topic, rel = section.topic, section.topic.path
        out += ["---", ""]
        if options.marking:
            out += [f"**{options.marking}**", ""]
        out += [f"## {topic.title} {{#{section.anchor}}}", ""]
        if topic.summary:
            out += [f"*{topic.summary}*", ""]
        if topic.key_facts:
            out += ["**Key facts**", ""]
            out += [f"- {rewrite(fact, topic.id, rel)}" for fact in topic.key_facts] + [""]
        if topic.body.strip() and not options.key_points_only:
            out += [rewrite(topic.body.strip(), topic.id, rel, demote=1), ""]
        if topic.talking_points:
            out += ["**Talking points**", ""]
            out += [
                f"{n}. {rewrite(point, topic.id, rel)}"
                for n, point in enumerate(topic.talking_points, 1)
            ] + [""]
        if section.note.strip():
            out += ["### My notes", "", rewrite(section.note.strip(), topic.id, rel, demote=2), ""]
        if topic.sources and not options.key_points_only:
            cited = "; ".join(rewrite(source, topic.id, rel) for source in topic.sources)
            out += [f"*Sources:* {cited}", ""]
        check_progress(progress, done, total)
    if brief.terms:
        out += ["---", "", "## Glossary {#glossary}", ""]
        for term in brief.terms:
            out += [f"### {term.term} {{#term-{term.id}}}", ""]
            if term.aliases:
                out += [f"Also: {', '.join(term.aliases)}", ""]
            if term.translations:
                names = " · ".join(
                    f"{LANGUAGE_NAMES.get(code, code)}: {name}"
                    for code, name in term.translations.items()
                )
                out += [names, ""]
            if term.definition.strip():
                out += [rewrite(term.definition.strip(), "", "glossary.yaml", demote=3), ""]
        check_progress(progress, total, total)
    if options.marking:
        out += ["---", "", f"**{options.marking}**", ""]
    return "\n".join(out).rstrip("\n") + "\n"


def notes_to_markdown(pack: Pack, notes: Mapping[str, str], today: str = "") -> str:
    """Return every note of a pack as one Markdown file, a ``##`` heading per topic.

    Args:
        pack: the pack the notes belong to; topics come in reading order,
            notes on topics the pack no longer has come last under their id.
        notes: topic id to Markdown text (empty notes are skipped).
        today: the export date printed under the title (ISO; "" for today).

    Returns:
        Markdown text; links to topics that have notes point at their
        heading, other topic links keep their text only.
    """
    noted = [topic_id for topic_id in pack.topic_order() if notes.get(topic_id, "").strip()]
    noted += sorted(t for t in notes if t not in pack.topics and notes[t].strip())

    def link(url: str, _topic_id: str) -> str | None:
        if url.startswith("topic:"):
            target = url[len("topic:") :].partition("#")[0]
            return f"#note-{target}" if target in noted else None
        return url if url.startswith(("http:", "https:", "mailto:")) else None

    title = pack.info.title or pack.root.name
    out = [f"# My notes on {title}", "", f"Exported {today or date.today().isoformat()}", ""]
    for topic_id in noted:
        topic = pack.topics.get(topic_id)
        heading = topic.title if topic else topic_id
        rel = topic.path if topic else f"topics/{topic_id}.md"
        out += [f"## {heading} {{#note-{topic_id}}}", ""]
        out += [rewrite_markdown(notes[topic_id].strip(), rel, topic_id, link, lambda _p: None, 2)]
        out.append("")
    if not noted:
        out += ["(No notes yet.)", ""]
    return "\n".join(out).rstrip("\n") + "\n"
