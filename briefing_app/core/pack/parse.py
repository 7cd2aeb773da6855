"""Parsers for the three kinds of pack file: they take text and return model objects.

Each parser appends :class:`~briefing_app.core.pack.model.Problem` entries rather
than raising, and keeps whatever part of the input is valid, at the finest level
the YAML allows: a refused or mistyped value costs that value (read through
:class:`~briefing_app.core.pack.fields.Fields`), a bad tree node that node, a
bad glossary entry that entry, and a glossary that is not YAML as a whole is
read entry by entry.  Field names and types follow ``docs/content-format.md``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from markdown.extensions.toc import slugify_unicode

from briefing_app.core.pack.dates import DAY_ONLY, check_date, date_problem
from briefing_app.core.pack.fields import Fields, empty_mapping, kind
from briefing_app.core.pack.invisible import describe_invisible
from briefing_app.core.pack.model import Pack, PackInfo, Problem, Term, Topic
from briefing_app.core.pack.yamlsafe import (
    LineDict,
    LineList,
    Salvaged,
    YamlError,
    parse_yaml_salvaging,
)
from briefing_app.core.pack.yamlsplit import split_entries

MANIFEST = "briefing.yaml"
GLOSSARY = "glossary.yaml"

MANIFEST_KEYS = {
    "id",
    "title",
    "subtitle",
    "language",
    "version",
    "updated",
    "source",
    "classification",
    "audience",
    "facts_as_of",
    "topics",
}
TOPIC_KEYS = {
    "title",
    "summary",
    "tags",
    "key_facts",
    "talking_points",
    "related",
    "sources",
}
TERM_KEYS = {"term", "id", "aliases", "translations", "definition", "topics"}
PACK_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


@dataclass
class TreeSpec:
    """One node of the tree as written in ``briefing.yaml`` (before topics are known)."""

    topic_id: str
    line: int | None
    children: list[TreeSpec] = field(default_factory=list)


def one_line(text: str) -> str:
    """Return ``text`` with each run of whitespace (line breaks too) as one space: a title is
    shown on one line (a YAML block scalar, ``title: |``, keeps its line breaks)."""
    return " ".join(text.split())


def _parse(text: str, rel: str, problems: list[Problem], line_offset: int = 0) -> Salvaged:
    """Parse YAML text, keeping what is valid around refused values (see :mod:`.yamlsafe`).

    A syntax error (the text is not YAML) is reported and gives an empty result.
    """
    try:
        return parse_yaml_salvaging(text, line_offset)
    except YamlError as exc:
        problems.append(Problem(rel, exc.line, "error", exc.message))
        return Salvaged(None)


def parse_manifest(text: str, problems: list[Problem]) -> tuple[PackInfo, list[TreeSpec]]:
    """Parse ``briefing.yaml`` text into the pack metadata and the tree spec.

    Every field is read on its own: a bad value costs that value (an error
    names it), and a bad tree node costs that node, its children taking its
    place.  ``updated`` must be a calendar date (:func:`.dates.check_date`).

    Returns:
        ``(PackInfo, [TreeSpec, ...])``; on a fatal fault (not YAML, not a
        mapping) an empty ``PackInfo`` and no tree (the problem says why).
    """
    parsed = _parse(text, MANIFEST, problems)
    fields = Fields(MANIFEST, problems, parsed.faults)
    data = parsed.value
    try:
        if data is None or fields.refused(data, "the whole file is left out"):
            return PackInfo(), []
        if not isinstance(data, LineDict):
            fields.add(
                1, "error", "briefing.yaml must be a mapping of keys (id, title, topics, ...)"
            )
            return PackInfo(), []
        return _manifest(data, fields)
    finally:
        fields.finish()


def _manifest(data: LineDict, fields: Fields) -> tuple[PackInfo, list[TreeSpec]]:
    """Read the parsed ``briefing.yaml`` mapping ``data`` field by field (see :func:`parse_manifest`)."""
    fields.unknown_keys(data, MANIFEST_KEYS, "briefing.yaml")
    info = PackInfo()
    for key in ("id", "title"):
        before = len(fields.problems)
        setattr(info, key, one_line(fields.text(data, key, required=f"the pack has no {key}")))
        if not getattr(info, key) and len(fields.problems) == before:
            article = "an" if key[0] in "aeiou" else "a"
            fields.add(data.line_of(key), "error", f"briefing.yaml needs {article} {key!r}")
    info.subtitle = fields.text(data, "subtitle")
    info.language = fields.text(data, "language") or "en"
    info.version = fields.text(data, "version")
    info.updated = fields.text(data, "updated")
    info.classification = fields.text(data, "classification")
    info.audience = fields.text(data, "audience")
    info.facts_as_of = fields.text(data, "facts_as_of")
    if info.id and not PACK_ID.match(info.id):
        fields.add(
            data.line_of("id"),
            "error",
            f"pack id {info.id!r} must be lowercase letters, digits and hyphens",
        )
    for key in ("updated", "facts_as_of"):
        if getattr(info, key):
            setattr(info, key, _date(fields, data, key, getattr(info, key)))
    source = data.get("source")
    if isinstance(source, str):
        info.source = {"title": t} if (t := fields.text(data, "source")) else {}
    else:
        info.source = fields.text_mapping(data, "source", what="title, publisher")
    topics = data.get("topics")
    if fields.refused(topics, "the tree is left out"):
        return info, []
    if topics is None:
        fields.add(data.line, "error", "briefing.yaml needs 'topics', the sidebar tree")
        return info, []
    if not isinstance(topics, LineList):
        fields.add(data.line_of("topics"), "error", "'topics' must be a list of topic ids")
        return info, []
    return info, _parse_tree(topics, fields)


def _date(fields: Fields, mapping: LineDict, key: str, value: str) -> str:
    """Return the date ``value`` of ``mapping[key]`` if it is one, reporting it if not.

    A value not written YYYY-MM-DD is kept as written with a warning (it is
    shown, never computed with); one with that shape that is no calendar day
    (2026-02-30, month 13, year 0000) is an error and left out.
    """
    check = check_date(value, DAY_ONLY)
    message = date_problem(key, value, DAY_ONLY)
    if message is None:
        return value
    if check.shape is None:
        fields.add(mapping.line_of(key), "warning", message)
        return value
    fields.add(mapping.line_of(key), "error", message)
    return ""


def _blank_id(raw: str) -> str:
    """Say why the id ``raw`` is missing, for a message: empty, or only invisible characters."""
    if not raw.strip():
        return "has an empty topic id"
    return f"has an id made only of invisible characters ({describe_invisible(raw)})"


def _parse_tree(items: LineList, fields: Fields) -> list[TreeSpec]:
    """Turn the ``topics`` list into tree specs, node by node.

    A node that cannot be used (wrong type, refused by the YAML reader, no
    id) is an error and is left out, and its children, where they can be
    read, take its place; the nodes around it stay.
    """
    specs: list[TreeSpec] = []
    for index, item in enumerate(items):
        line = items.line_of(index)
        if fields.refused(item, "this tree node is left out"):
            continue
        if isinstance(item, str):
            topic_id = fields.ident(item, line, "topic id", " in the tree")
            if topic_id:
                specs.append(TreeSpec(topic_id, line))
            else:
                fields.add(line, "error", f"a tree node {_blank_id(item)}; it is left out")
            continue
        if not isinstance(item, LineDict):
            fields.add(
                line,
                "error",
                "a tree node must be a topic id or a mapping with 'id' and 'children'; "
                "this one is left out",
            )
            continue
        fields.unknown_keys(item, {"id", "children"}, "a tree node")
        children = item.get("children")
        if children is None or fields.refused(children, "this node's children are left out"):
            children = LineList()
        elif not isinstance(children, LineList):
            fields.add(item.line_of("children"), "error", "'children' must be a list")
            children = LineList()
        child_specs = _parse_tree(children, fields)
        raw_id = item.get("id")
        id_line = item.line_of("id")
        topic_id = ""
        if isinstance(raw_id, str):
            topic_id = fields.ident(raw_id, id_line, "topic id", " in the tree")
        if topic_id:
            specs.append(TreeSpec(topic_id, line, child_specs))
            continue
        instead = "its children take its place" if child_specs else "it is left out"
        if fields.refused(raw_id, f"the node's 'id' is left out, so {instead}"):
            pass  # refused() reported it
        elif isinstance(raw_id, str) and raw_id.strip():
            fields.add(id_line, "error", f"a tree node {_blank_id(raw_id)}; {instead}")
        elif raw_id is None or isinstance(raw_id, str):
            fields.add(
                id_line, "error", f"a tree node needs an 'id', the topic it shows; {instead}"
            )
        else:
            fields.add(
                id_line,
                "error",
                f"a tree node's 'id' must be text, not a {kind(raw_id)}; {instead}",
            )
        specs.extend(child_specs)
    return specs


def split_front_matter(text: str) -> tuple[str | None, str, int, bool]:
    """Split a topic file into front matter and body.

    Returns:
        ``(front_matter or None, body, body_line, closed)`` where ``body_line``
        is the 1-based line where the body starts and ``closed`` is False when
        the front matter has no closing line.  Front matter is the YAML between
        a first line ``---`` and the next line ``---`` (or ``...``), the
        convention of Jekyll and Python-Markdown's ``meta`` extension.
    """
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].rstrip() != "---":
        return None, text, 1, True
    for index in range(1, len(lines)):
        if lines[index].rstrip() in ("---", "..."):
            return "".join(lines[1:index]), "".join(lines[index + 1 :]), index + 2, True
    return None, "".join(lines[1:]), 2, False


def parse_topic(topic_id: str, rel: str, text: str, problems: list[Problem]) -> Topic:
    """Parse a topic file's text (front matter + Markdown) into a :class:`Topic`.

    A topic with unusable front matter still comes back, titled by its id,
    with the body, so the reader loses nothing; the problem is an error.
    """
    front, body, body_line, closed = split_front_matter(text)
    topic = Topic(id=topic_id, title=topic_id, body=body, path=rel, body_line=body_line)
    if not closed:
        problems.append(
            Problem(
                rel,
                1,
                "error",
                "the front matter is not closed; add a '---' line after its last key",
            )
        )
        return topic
    if front is None:
        problems.append(
            Problem(
                rel,
                1,
                "error",
                "no front matter; start the file with '---', a 'title:' line and '---'",
            )
        )
        return topic
    parsed = _parse(front, rel, problems, line_offset=1)
    fields = Fields(rel, problems, parsed.faults)
    try:
        _front_matter(topic, parsed.value, fields)
    finally:
        fields.finish()
    return topic


def _front_matter(topic: Topic, data: Any, fields: Fields) -> None:
    """Fill ``topic`` from its parsed front matter ``data``, field by field.

    A field that cannot be used is left at its default with an error (a
    warning for an optional value made only of invisible characters); the
    other fields are kept.  A title that is missing, unusable or blank to the
    eye leaves the topic titled by its id.
    """
    rel, problems = fields.rel, fields.problems
    if fields.refused(data, "the front matter is left out; the topic is titled by its id"):
        return
    if data is None:
        data = empty_mapping()
        if not any(p.file == rel for p in problems):
            fields.add(1, "error", "the front matter is empty; add at least 'title:'")
    if not isinstance(data, LineDict):
        fields.add(2, "error", "the front matter must be a mapping of keys (title, summary, ...)")
        return
    fields.unknown_keys(data, TOPIC_KEYS, "the front matter")
    title = fields.text(data, "title", required="the topic is titled by its id")
    if title:
        topic.title = one_line(title)
    elif not any(p.file == rel and p.severity == "error" for p in problems):
        fields.add(data.line or 2, "error", "the topic has no 'title'; add one to the front matter")
    topic.summary = fields.text(data, "summary")
    for key in ("tags", "key_facts", "talking_points", "sources"):
        setattr(topic, key, fields.text_list(data, key))
    related = fields.text_items(data, "related", ids=True)
    topic.related = [topic_id for topic_id, _ in related]
    topic.related_lines = {}
    for topic_id, line in related:
        topic.related_lines.setdefault(topic_id, line)


def parse_glossary(text: str, problems: list[Problem]) -> list[Term]:
    """Parse ``glossary.yaml`` text (a list of term mappings) into terms, in file order.

    Each entry is read on its own, so a bad entry costs only itself: an entry
    that is not a mapping, has no usable ``term`` (missing, not text, refused
    by the YAML reader, only invisible characters) or repeats a term id is
    left out with an error naming its line and, where known, its name; a bad
    field of a good entry costs only that field.
    """
    try:
        parsed = parse_yaml_salvaging(text)
    except YamlError as whole:
        parsed = _glossary_by_entry(text, whole, problems)
    fields = Fields(GLOSSARY, problems, parsed.faults)
    data = parsed.value
    try:
        if data is None or fields.refused(data, "the whole glossary is left out"):
            return []
        if not isinstance(data, LineList):
            fields.add(1, "error", "glossary.yaml must be a list of terms ('- term: ...')")
            return []
        terms: list[Term] = []
        seen: dict[str, int] = {}
        for index, item in enumerate(data):
            term = _term(item, data.line_of(index), fields, seen)
            if term is not None:
                terms.append(term)
        return terms
    finally:
        fields.finish()


def _glossary_by_entry(text: str, whole: YamlError, problems: list[Problem]) -> Salvaged:
    """Parse a glossary that is not YAML as a whole entry by entry (:mod:`.yamlsplit`).

    Each entry that does not parse is reported at its fault and left out;
    the entries that parse are returned as one list, with their faults.  A
    text with a single entry gives the whole text's error and no list.
    """
    pieces = split_entries(text)
    if len(pieces) < 2:
        problems.append(Problem(GLOSSARY, whole.line, "error", whole.message))
        return Salvaged(None)
    entries = LineList()
    entries.line, entries.item_lines = 1, []
    faults: list[YamlError] = []
    for first, piece in pieces:
        try:
            parsed = parse_yaml_salvaging(piece, line_offset=first - 1)
        except YamlError as exc:
            last = first + piece.count("\n", 0, len(piece.rstrip("\n")))
            problems.append(
                Problem(
                    GLOSSARY,
                    exc.line,
                    "error",
                    f"{exc.message.replace('end of stream', 'end of the entry')} — the glossary "
                    f"entry on lines {first}–{last} is left out; the entries around it are read",
                )
            )
            continue
        faults.extend(parsed.faults)
        if isinstance(parsed.value, LineList):
            entries.extend(parsed.value)
            entries.item_lines.extend(parsed.value.item_lines)
        elif parsed.value is not None:
            problems.append(
                Problem(
                    GLOSSARY,
                    first,
                    "error",
                    "glossary.yaml must be a list of terms ('- term: ...')",
                )
            )
    return Salvaged(entries, faults)


def _term(item: Any, line: int, fields: Fields, seen: dict[str, int]) -> Term | None:
    """Return the term of glossary entry ``item`` (written at ``line``), or None if it is left out.

    ``seen`` maps the term ids read so far to their lines; the new id is added.
    """
    if fields.refused(item, "this glossary entry is left out"):
        return None
    if not isinstance(item, LineDict):
        shown = f" ({item.strip()[:40]!r})" if isinstance(item, str) and item.strip() else ""
        fields.add(
            line,
            "error",
            f"each glossary entry must be a mapping with 'term:'; this one{shown} is left out",
        )
        return None
    fields.unknown_keys(item, TERM_KEYS, "a glossary term")
    before = len(fields.problems)
    name = fields.text(item, "term", required="the glossary entry is left out")
    if not name:
        if len(fields.problems) == before:
            fields.add(
                line,
                "error",
                "a glossary entry has no 'term'; add the headword — the entry is left out",
            )
        return None
    owner = f"term {name!r}"
    given = fields.text(item, "id", owner=owner)
    term_id = fields.ident(given, item.line_of("id"), "term id", f" of {owner}") if given else ""
    term_id = term_id or slugify_unicode(name, "-")
    if not term_id:
        fields.add(
            line,
            "error",
            f"{owner} gives no id and none can be made from its name; add 'id:' — the entry is left out",
        )
        return None
    if term_id in seen:
        fields.add(
            line,
            "error",
            f"term id {term_id!r} is defined twice (first on line {seen[term_id]}); merge them "
            f"— {owner} on this line is left out",
        )
        return None
    seen[term_id] = line
    return Term(
        id=term_id,
        term=name,
        aliases=fields.text_list(item, "aliases", owner),
        translations=fields.text_mapping(item, "translations", owner, what="language code: name"),
        definition=fields.text(item, "definition", owner),
        topics=fields.text_list(item, "topics", owner, ids=True),
        line=line,
    )


def check_references(pack: Pack) -> None:
    """Warn about ``related`` and glossary ``topics`` ids that name no topic."""
    for topic in pack.topics.values():
        for related in topic.related:
            if related not in pack.topics:
                pack.problems.append(
                    Problem(
                        topic.path,
                        topic.related_lines.get(related),
                        "warning",
                        f"related topic {related!r} does not exist",
                        missing_topic=related,
                    )
                )
    for term in pack.terms:
        for topic_id in term.topics:
            if topic_id not in pack.topics:
                pack.problems.append(
                    Problem(
                        GLOSSARY,
                        term.line,
                        "warning",
                        f"term {term.term!r} names topic {topic_id!r}, which does not exist",
                        missing_topic=topic_id,
                    )
                )
