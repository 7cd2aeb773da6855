"""Parsers for the three kinds of pack file: they take text and return model objects.

Each parser appends :class:`~briefing_app.core.pack.model.Problem` entries rather
than raising, and keeps whatever part of the input is valid.  Field names and
types follow ``docs/content-format.md``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from markdown.extensions.toc import slugify_unicode

from briefing_app.core.pack.model import Pack, PackInfo, Problem, Term, Topic
from briefing_app.core.pack.yamlsafe import LineDict, LineList, YamlError, parse_yaml

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
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
PACK_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


@dataclass
class TreeSpec:
    """One node of the tree as written in ``briefing.yaml`` (before topics are known)."""

    topic_id: str
    line: int | None
    children: list[TreeSpec] = field(default_factory=list)


def _unknown_keys(
    mapping: LineDict, allowed: set[str], rel: str, what: str, problems: list[Problem]
) -> None:
    for key in mapping:
        if key not in allowed:
            problems.append(
                Problem(
                    rel,
                    mapping.line_of(key),
                    "warning",
                    f"unknown key {key!r} in {what} is ignored; known keys: {', '.join(sorted(allowed))}",
                )
            )


def _text(mapping: LineDict, key: str, rel: str, problems: list[Problem]) -> str:
    """Return ``mapping[key]`` as a string, or ``""`` with an error if it is not text."""
    value = mapping.get(key, "")
    if isinstance(value, str):
        return value.strip()
    problems.append(
        Problem(rel, mapping.line_of(key), "error", f"{key!r} must be text, not a {_kind(value)}")
    )
    return ""


def _text_list(mapping: LineDict, key: str, rel: str, problems: list[Problem]) -> list[str]:
    """Return ``mapping[key]`` as a list of strings; a single string becomes a one-item list."""
    value = mapping.get(key)
    if value is None:
        return []
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if not isinstance(value, LineList):
        problems.append(
            Problem(
                rel,
                mapping.line_of(key),
                "error",
                f"{key!r} must be a list of text, not a {_kind(value)}",
            )
        )
        return []
    items: list[str] = []
    for index, item in enumerate(value):
        if isinstance(item, str):
            if item.strip():
                items.append(item.strip())
        else:
            problems.append(
                Problem(
                    rel,
                    value.line_of(index),
                    "error",
                    f"each item of {key!r} must be text, not a {_kind(item)}",
                )
            )
    return items


def _kind(value: Any) -> str:
    if isinstance(value, dict):
        return "mapping"
    if isinstance(value, list):
        return "list"
    return "value"


def _parse(text: str, rel: str, problems: list[Problem], line_offset: int = 0) -> Any:
    try:
        return parse_yaml(text, line_offset)
    except YamlError as exc:
        problems.append(Problem(rel, exc.line, "error", exc.message))
        return None


def parse_manifest(text: str, problems: list[Problem]) -> tuple[PackInfo, list[TreeSpec]]:
    """Parse ``briefing.yaml`` text into the pack metadata and the tree spec.

    Returns:
        ``(PackInfo, [TreeSpec, ...])``; on a fatal fault an empty ``PackInfo``
        and no tree (the problem says why).
    """
    data = _parse(text, MANIFEST, problems)
    if data is None:
        return PackInfo(), []
    if not isinstance(data, LineDict):
        problems.append(
            Problem(
                MANIFEST,
                1,
                "error",
                "briefing.yaml must be a mapping of keys (id, title, topics, ...)",
            )
        )
        return PackInfo(), []
    _unknown_keys(data, MANIFEST_KEYS, MANIFEST, "briefing.yaml", problems)
    info = PackInfo(
        id=_text(data, "id", MANIFEST, problems),
        title=_text(data, "title", MANIFEST, problems),
        subtitle=_text(data, "subtitle", MANIFEST, problems),
        language=_text(data, "language", MANIFEST, problems) or "en",
        version=_text(data, "version", MANIFEST, problems),
        updated=_text(data, "updated", MANIFEST, problems),
        classification=_text(data, "classification", MANIFEST, problems),
        audience=_text(data, "audience", MANIFEST, problems),
        facts_as_of=_text(data, "facts_as_of", MANIFEST, problems),
    )
    if info.id and not PACK_ID.match(info.id):
        problems.append(
            Problem(
                MANIFEST,
                data.line_of("id"),
                "error",
                f"pack id {info.id!r} must be lowercase letters, digits and hyphens",
            )
        )
    for key in ("id", "title"):
        if not getattr(info, key):
            problems.append(
                Problem(MANIFEST, data.line_of(key), "error", f"briefing.yaml needs a {key!r}")
            )
    for key in ("updated", "facts_as_of"):
        value = getattr(info, key)
        if value and not ISO_DATE.match(value):
            problems.append(
                Problem(
                    MANIFEST,
                    data.line_of(key),
                    "warning",
                    f"{key!r} should be an ISO date, YYYY-MM-DD",
                )
            )
    source = data.get("source")
    if isinstance(source, LineDict):
        info.source = {str(k): v.strip() for k, v in source.items() if isinstance(v, str)}
    elif isinstance(source, str):
        info.source = {"title": source.strip()}
    elif source is not None:
        problems.append(
            Problem(
                MANIFEST,
                data.line_of("source"),
                "error",
                "'source' must be a mapping (title, publisher)",
            )
        )
    topics = data.get("topics")
    if topics is None:
        problems.append(
            Problem(MANIFEST, data.line, "error", "briefing.yaml needs 'topics', the sidebar tree")
        )
        return info, []
    if not isinstance(topics, LineList):
        problems.append(
            Problem(
                MANIFEST, data.line_of("topics"), "error", "'topics' must be a list of topic ids"
            )
        )
        return info, []
    return info, _parse_tree(topics, problems)


def _parse_tree(items: LineList, problems: list[Problem]) -> list[TreeSpec]:
    specs: list[TreeSpec] = []
    for index, item in enumerate(items):
        line = items.line_of(index)
        if isinstance(item, str):
            specs.append(TreeSpec(item.strip(), line))
        elif isinstance(item, LineDict) and isinstance(item.get("id"), str):
            _unknown_keys(item, {"id", "children"}, MANIFEST, "a tree node", problems)
            children = item.get("children") or LineList()
            if not isinstance(children, LineList):
                problems.append(
                    Problem(
                        MANIFEST, item.line_of("children"), "error", "'children' must be a list"
                    )
                )
                children = LineList()
            specs.append(TreeSpec(item["id"].strip(), line, _parse_tree(children, problems)))
        else:
            problems.append(
                Problem(
                    MANIFEST,
                    line,
                    "error",
                    "a tree node must be a topic id or a mapping with 'id' and 'children'",
                )
            )
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
    data = _parse(front, rel, problems, line_offset=1)
    if data is None:
        data = LineDict()
        data.line, data.key_lines = 1, {}
        if not any(p.file == rel for p in problems):
            problems.append(
                Problem(rel, 1, "error", "the front matter is empty; add at least 'title:'")
            )
    if not isinstance(data, LineDict):
        problems.append(
            Problem(
                rel, 2, "error", "the front matter must be a mapping of keys (title, summary, ...)"
            )
        )
        return topic
    _unknown_keys(data, TOPIC_KEYS, rel, "the front matter", problems)
    title = _text(data, "title", rel, problems)
    if title:
        topic.title = title
    elif not any(p.file == rel and p.severity == "error" for p in problems):
        problems.append(
            Problem(
                rel,
                data.line or 2,
                "error",
                "the topic has no 'title'; add one to the front matter",
            )
        )
    topic.summary = _text(data, "summary", rel, problems)
    for key in ("tags", "key_facts", "talking_points", "related", "sources"):
        setattr(topic, key, _text_list(data, key, rel, problems))
    related = data.get("related")
    if isinstance(related, LineList):
        topic.related_lines = {
            item.strip(): related.line_of(i)
            for i, item in enumerate(related)
            if isinstance(item, str)
        }
    return topic


def parse_glossary(text: str, problems: list[Problem]) -> list[Term]:
    """Parse ``glossary.yaml`` text (a list of term mappings) into terms, in file order.

    Terms without a ``term`` are dropped with an error; a term whose id is
    taken keeps the first definition (error on the second).
    """
    data = _parse(text, GLOSSARY, problems)
    if data is None:
        return []
    if not isinstance(data, LineList):
        problems.append(
            Problem(GLOSSARY, 1, "error", "glossary.yaml must be a list of terms ('- term: ...')")
        )
        return []
    terms: list[Term] = []
    seen: dict[str, int] = {}
    for index, item in enumerate(data):
        line = data.line_of(index)
        if not isinstance(item, LineDict):
            problems.append(
                Problem(
                    GLOSSARY, line, "error", "each glossary entry must be a mapping with 'term:'"
                )
            )
            continue
        _unknown_keys(item, TERM_KEYS, GLOSSARY, "a glossary term", problems)
        name = _text(item, "term", GLOSSARY, problems)
        if not name:
            problems.append(
                Problem(GLOSSARY, line, "error", "a glossary entry has no 'term'; add the headword")
            )
            continue
        term_id = _text(item, "id", GLOSSARY, problems) or slugify_unicode(name, "-")
        if term_id in seen:
            problems.append(
                Problem(
                    GLOSSARY,
                    line,
                    "error",
                    f"term id {term_id!r} is defined twice (first on line {seen[term_id]}); merge them",
                )
            )
            continue
        seen[term_id] = line
        translations: dict[str, str] = {}
        raw = item.get("translations")
        if isinstance(raw, LineDict):
            translations = {
                str(k): v.strip() for k, v in raw.items() if isinstance(v, str) and v.strip()
            }
        elif raw is not None:
            problems.append(
                Problem(
                    GLOSSARY,
                    item.line_of("translations"),
                    "error",
                    "'translations' must map language codes to names",
                )
            )
        terms.append(
            Term(
                id=term_id,
                term=name,
                aliases=_text_list(item, "aliases", GLOSSARY, problems),
                translations=translations,
                definition=_text(item, "definition", GLOSSARY, problems),
                topics=_text_list(item, "topics", GLOSSARY, problems),
                line=line,
            )
        )
    return terms


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
                    )
                )
