"""One Markdown page of a folder, an MkDocs project or a vault, read into a :class:`Topic`.

Such pages have no Briefing front matter: the front matter is optional and
its keys are the ones those tools use.  The title is, in this order, the one
the navigation gives (MkDocs ``nav``), the front matter's ``title``, the
page's first ``# heading``, and the file name (:func:`.names.title_from_name`),
which is the order MkDocs uses ("Page titles" in its user guide).  A leading
``# heading`` that says the same as the title is dropped from the body: the
reader prints the title itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from briefing_app.core.formats.names import title_from_name
from briefing_app.core.pack.model import Problem, Topic
from briefing_app.core.pack.parse import split_front_matter
from briefing_app.core.pack.yamlsafe import LineDict, LineList, YamlError, parse_yaml_salvaging

_ATX_H1 = re.compile(r"^ {0,3}#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$")
_SETEXT_H1 = re.compile(r"^ {0,3}=+[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ATTRS = re.compile(r"\s*\{[:#][^}]*\}\s*$")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)|\[\[([^\]|]*\|)?([^\]]*)\]\]")
_MARKS = re.compile(r"[*_`]+")


@dataclass
class Page:
    """A page read from a Markdown file: its topic, and the other names a wikilink may use."""

    topic: Topic
    aliases: list[str] = field(default_factory=list)


def read_page(
    topic_id: str, rel: str, text: str, problems: list[Problem], title: str = "", name: str = ""
) -> Page:
    """Return the page of ``text``, the file ``rel`` (relative to the opened folder).

    Args:
        topic_id: the id the page gets.
        rel: its file, relative to the opened folder (``docs/guide/install.md``).
        text: the file's text (UTF-8 decoded, no BOM).
        problems: where a front matter that cannot be read is reported
            (a warning: the page is shown without it).
        title: the navigation's title for the page, if it gives one.
        name: the file or folder name a title is made from when nothing else
            gives one (an index page's folder); the file name of ``rel`` by default.

    Never raises.
    """
    front, body, body_line, closed = split_front_matter(text)
    if not closed:  # a "---" rule at the top, not front matter
        front, body, body_line = None, text, 1
    data = _front_matter(front, rel, problems)
    aliases = _texts(data.get("aliases")) + _texts(data.get("alias"))
    tags = _texts(data.get("tags"))
    summary = _text(data.get("description")) or _text(data.get("summary"))
    heading = first_heading(body)
    chosen = title or _text(data.get("title")) or (heading[1] if heading else "")
    chosen = chosen or title_from_name(name or rel.rsplit("/", 1)[-1])
    if heading and heading[0] is not None and _same(heading[1], chosen):
        lines = body.splitlines(keepends=True)
        drop = heading[0] + heading[2]
        body = "".join(lines[drop:])
        body_line += drop
    topic = Topic(
        id=topic_id,
        title=chosen,
        summary=summary,
        tags=tags + aliases,
        body=body,
        path=rel,
        body_line=body_line,
    )
    return Page(topic, aliases)


def _front_matter(front: str | None, rel: str, problems: list[Problem]) -> LineDict:
    """Parse front matter into a mapping; a part that cannot be read is a warning and left out."""
    if front is None:
        return LineDict()
    try:
        parsed = parse_yaml_salvaging(front, line_offset=1)
    except YamlError as exc:
        problems.append(
            Problem(rel, exc.line, "warning", f"{exc.message} — the front matter is ignored")
        )
        return LineDict()
    for fault in parsed.faults:
        problems.append(Problem(rel, fault.line, "warning", f"{fault.message} — left out"))
    return parsed.value if isinstance(parsed.value, LineDict) else LineDict()


def _text(value: Any) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def _texts(value: Any) -> list[str]:
    """A list of texts from a YAML list or a comma-separated text (Obsidian writes both)."""
    if isinstance(value, str):
        return [item.strip() for item in value.split(",") if item.strip()]
    if isinstance(value, LineList):
        return [item.strip() for item in value if isinstance(item, str) and item.strip()]
    return []


def first_heading(body: str) -> tuple[int | None, str, int] | None:
    """Return the first level-one heading of a Markdown body, outside fenced code.

    Returns:
        ``(index, text, lines)``: ``index`` is the 0-based line of the heading
        when only blank lines come before it (else None: it is not the page's
        first line), ``text`` its words without inline marks, ``lines`` how
        many lines it takes (2 for an underlined heading); or None when the
        body has no level-one heading.
    """
    lines = body.splitlines()
    fence = ""
    leading = True
    for index, line in enumerate(lines):
        opened = _FENCE.match(line)
        if fence:
            if opened and opened.group(1).startswith(fence):
                fence = ""
            continue
        if opened:
            fence, leading = opened.group(1)[:3], False
            continue
        match = _ATX_H1.match(line)
        if match:
            return (index if leading else None), _plain(match.group(1)), 1
        if (
            line.strip()
            and index + 1 < len(lines)
            and _SETEXT_H1.match(lines[index + 1])
            and not line.startswith("    ")
        ):
            return (index if leading else None), _plain(line), 2
        if line.strip():
            leading = False
    return None


def _plain(heading: str) -> str:
    """The words of a heading: links, wikilinks and emphasis marks reduced to their text."""
    heading = _ATTRS.sub("", heading)
    heading = _LINK.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(3), heading)
    return " ".join(_MARKS.sub("", heading).split())


def _same(first: str, second: str) -> bool:
    return " ".join(first.casefold().split()) == " ".join(second.casefold().split())
