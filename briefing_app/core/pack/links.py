"""Links in pack Markdown: where they point, and whether they hold.

Authors write ordinary relative links and glossary links; the renderer
rewrites them into the app's own URLs (the table in
:mod:`briefing_app.core.pack.urls`, whose names this module re-exports), and
the checker here reports the ones that lead nowhere.
"""

from __future__ import annotations

import posixpath
import re
from typing import Literal
from urllib.parse import unquote, urlsplit

from briefing_app.core.pack.model import Pack, Problem
from briefing_app.core.pack.urls import (
    EXTERNAL_SCHEMES,
    Route,
    RouteKind,
    image_problem,
    resolve_target,
    route,
)

__all__ = [
    "EXTERNAL_SCHEMES",
    "Route",
    "RouteKind",
    "check_links",
    "heading_anchors",
    "markdown_links",
    "resolve_target",
    "route",
]

#: An inline link ``[text](target "title")``; it starts with a literal "[" so that
#: ``re`` can skip ahead to candidates (an image is one with "!" before it).  A "["
#: inside the text must be closed there (one level), which keeps a line of
#: thousands of "[" linear instead of quadratic.
_INLINE_LINK = re.compile(
    r"\[(?:[^\[\]\\]|\\.|\[[^\[\]\\]*\])*\]\(\s*<?((?:[^()\s<>]|\([^()\s]*\))*)>?(?:\s+[\"'(][^)]*)?\)"
)
_REFERENCE_DEF = re.compile(r"^\s{0,3}\[(?!\^)[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)")
#: A relative link to a topic file in the same folder, with nothing to resolve.
_PLAIN_TOPIC_FILE = re.compile(r"[a-z0-9][a-z0-9_-]*\.md")
FENCES = ("```", "~~~")
#: An e-mail address (``name@host.domain``), at the start of a ``mailto:`` target or alone.
_MAIL_ADDRESS = re.compile(r"[^@\s/?#:]+@[\w-]+(?:\.[\w-]+)+")
_CODE_SPAN = re.compile(r"`[^`]*`")


def markdown_links(body: str) -> list[tuple[int, str, bool]]:
    """Return ``(line index, target, is_image)`` for each link of a Markdown body.

    Lines are 0-based within ``body``; links in fenced code and code spans are
    skipped.  This is a line scanner, enough for checking; the renderer uses
    the parsed document.
    """
    found: list[tuple[int, str, bool]] = []
    if "]" not in body:  # every link has one
        return found
    in_fence = False
    for index, line in enumerate(body.splitlines()):
        if line.lstrip().startswith(FENCES):
            in_fence = not in_fence
            continue
        if in_fence or "]" not in line:
            continue
        if "`" in line:
            line = _CODE_SPAN.sub("", line)
        if "](" in line:
            for match in _INLINE_LINK.finditer(line):
                is_image = line[match.start() - 1 : match.start()] == "!"
                found.append((index, match.group(1), is_image))
        ref = _REFERENCE_DEF.match(line)
        if ref:
            found.append((index, ref.group(1), False))
    return found


def heading_anchors(body: str, source_rel: str = "topics/_.md") -> set[str]:
    """Return the anchors a link may name in the page of a Markdown ``body``.

    They are read from the HTML the renderer makes of ``body``
    (:func:`briefing_app.core.render.markdown.page_anchors`), so the checker
    and the reader cannot disagree: heading ids as the toc extension makes
    them (slugs of the heading's rendered text, ``{#id}`` attributes,
    repeats numbered ``_1``, ``_2``), footnote ids and any other ``id``.
    Rendering costs about a millisecond per 1,000 characters, so it is done
    only for topics that a ``#anchor`` link names.
    """
    from briefing_app.core.render.markdown import page_anchors  # Markdown only when needed

    return page_anchors(body, source_rel)


def check_links(pack: Pack) -> None:
    """Check every link of every topic body, appending problems to ``pack``.

    Errors: a link or image that leaves the pack folder.  Warnings: a link to
    a topic or an anchor that does not exist (anchors as the renderer makes
    them, :func:`heading_anchors`), an image file that is missing or is not an
    image, an unknown glossary id, a scheme the reader refuses, a ``mailto:``
    without an address, an e-mail address written without ``mailto:`` (it
    would be read as a file of the pack).
    """
    anchors = _Anchors(pack)
    term_ids = {term.id for term in pack.terms}
    for topic in pack.topics.values():
        for index, target, is_image in markdown_links(topic.body):
            line = topic.body_line + index
            message = _check_one(pack, topic.path, target, is_image, anchors, term_ids, topic.id)
            if message:
                missing = message[2] if len(message) == 3 else ""
                pack.problems.append(
                    Problem(topic.path, line, message[0], message[1], missing_topic=missing)
                )


#: What a link check finds: severity and message, and for a missing topic its id.
_Finding = tuple[Literal["error", "warning"], str] | tuple[Literal["warning"], str, str]


def _missing_topic(topic_id: str) -> tuple[Literal["warning"], str, str]:
    return "warning", f"link to topic {topic_id!r}, which does not exist", topic_id


class _Anchors(dict[str, set[str]]):
    """Topic id to its heading anchors, worked out the first time a link needs them."""

    def __init__(self, pack: Pack) -> None:
        super().__init__()
        self.pack = pack

    def __missing__(self, topic_id: str) -> set[str]:
        topic = self.pack.topics.get(topic_id)
        anchors = heading_anchors(topic.body, topic.path) if topic else set()
        self[topic_id] = anchors
        return anchors


def _check_one(
    pack: Pack,
    from_rel: str,
    target: str,
    is_image: bool,
    anchors: _Anchors,
    term_ids: set[str],
    own: str = "",
) -> _Finding | None:
    if not target:
        return "warning", "a link has no target"
    if not is_image and _PLAIN_TOPIC_FILE.fullmatch(target) and from_rel.startswith("topics/"):
        topic_id = target[:-3]  # the common case, a link to a sibling topic: no parsing needed
        return None if topic_id in pack.topics else _missing_topic(topic_id)
    scheme = urlsplit(target).scheme.lower()
    if len(scheme) > 1:  # a one-letter "scheme" is a Windows drive
        if scheme == "glossary":
            term_id = target.partition(":")[2]
            return (
                None
                if term_id in term_ids
                else ("warning", f"glossary term {term_id!r} does not exist")
            )
        if scheme == "mailto" and not is_image and not _MAIL_ADDRESS.match(target[7:]):
            return "warning", f"mail link {target!r} has no address; write mailto:name@example.org"
        if scheme in EXTERNAL_SCHEMES and not is_image:
            return None
        if scheme == "topic" and not is_image:  # written so by the readers of other formats
            found = route(target)
            if found.target not in pack.topics:
                return _missing_topic(found.target)
            if found.anchor and found.anchor not in anchors[found.target]:
                return "warning", f"topic {found.target!r} has no heading with anchor #{found.anchor}"
            return None
        if is_image:
            return "error", f"image {target!r} is not in the pack; images must be pack files"
        return "warning", f"link {target!r} uses a scheme the reader refuses"
    if target.startswith("#"):
        own = own or posixpath.splitext(posixpath.basename(from_rel))[0]
        anchor = unquote(target[1:])
        return (
            None
            if anchor in anchors[own]
            else ("warning", f"no heading with anchor #{anchor} here")
        )
    if not is_image and _MAIL_ADDRESS.fullmatch(unquote(target)):
        return "warning", (
            f"link {target!r} is an e-mail address, read as a file of the pack; "
            f"write mailto:{unquote(target)} or <{unquote(target)}>"
        )
    resolved = resolve_target(from_rel, target)
    if resolved is None:
        return "error", f"{target!r} points outside the pack folder; use a path inside the pack"
    path, fragment = resolved
    if is_image:
        problem = image_problem(pack.root, path)
        if problem == "Not an image file":
            return "warning", f"image {path!r} is not a PNG, JPEG, GIF, WebP, BMP or SVG file"
        return None if problem is None else ("warning", f"image {path!r} does not exist")
    directory, name = posixpath.split(path)
    if directory == "topics" and name.endswith(".md"):
        topic_id = name[:-3]
        if topic_id not in pack.topics:
            return _missing_topic(topic_id)
        if fragment and fragment not in anchors[topic_id]:
            return "warning", f"topic {topic_id!r} has no heading with anchor #{fragment}"
        return None
    if not (pack.root / path).exists():
        return "warning", f"link target {path!r} does not exist"
    return None
