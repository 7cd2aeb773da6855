"""Links in pack Markdown: where they point, and whether they hold.

Authors write ordinary relative links (``[Khorgos](khorgos.md#the-dry-port)``,
``![map](../assets/corridors.svg)``) and glossary links
(``[SEZ](glossary:sez)``).  The renderer rewrites them into the app's own
URLs, which the reader routes:

=====================  ===========================================
``topic:ID#ANCHOR``    open a topic (the anchor is optional)
``glossary:ID``        open a glossary term
``pack:PATH``          a file of the pack (images), relative to the pack folder
``#ANCHOR``            a place in the current page
``http(s):``/``mailto:`` external, opened after a confirmation
anything else          refused
=====================  ===========================================
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from typing import Literal
from urllib.parse import unquote, urlsplit

from briefing_app.core.pack.model import Pack, Problem

RouteKind = Literal["topic", "glossary", "asset", "anchor", "external", "refused"]
EXTERNAL_SCHEMES = frozenset({"http", "https", "mailto"})

#: An inline link ``[text](target "title")``; it starts with a literal "[" so that
#: ``re`` can skip ahead to candidates (an image is one with "!" before it).  A "["
#: inside the text must be closed there (one level), which keeps a line of
#: thousands of "[" linear instead of quadratic.
_INLINE_LINK = re.compile(
    r"\[(?:[^\[\]\\]|\\.|\[[^\[\]\\]*\])*\]\(\s*<?((?:[^()\s<>]|\([^()\s]*\))*)>?(?:\s+[\"'(][^)]*)?\)"
)
_REFERENCE_DEF = re.compile(r"^\s{0,3}\[(?!\^)[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_ATTR_ID = re.compile(r"\{[^}]*#([\w-]+)[^}]*\}\s*$")
#: A relative link to a topic file in the same folder, with nothing to resolve.
_PLAIN_TOPIC_FILE = re.compile(r"[a-z0-9][a-z0-9_-]*\.md")
FENCES = ("```", "~~~")
_CODE_SPAN = re.compile(r"`[^`]*`")


@dataclass(frozen=True)
class Route:
    """Where an app URL leads: ``kind`` and ``target`` (topic id, term id, path or URL)."""

    kind: RouteKind
    target: str = ""
    anchor: str = ""


def route(url: str) -> Route:
    """Classify an app URL produced by the renderer (see the module table).

    Never raises; an unknown or malformed URL is ``Route("refused", url)``.
    """
    url = url.strip()
    if url.startswith("#"):
        return Route("anchor", anchor=unquote(url[1:]))
    scheme, _, rest = url.partition(":")
    scheme = scheme.lower()
    if scheme == "topic" and rest:
        topic_id, _, anchor = rest.partition("#")
        return Route("topic", unquote(topic_id), unquote(anchor))
    if scheme == "glossary" and rest:
        return Route("glossary", unquote(rest))
    if scheme == "pack" and rest:
        return Route("asset", unquote(rest))
    if scheme in EXTERNAL_SCHEMES and rest:
        return Route("external", url)
    return Route("refused", url)


def resolve_target(from_rel: str, href: str) -> tuple[str, str] | None:
    """Resolve a relative link written in pack file ``from_rel``.

    Args:
        from_rel: the linking file, relative to the pack folder (``topics/a.md``).
        href: the link as written, without a scheme (``b.md#x``, ``../assets/m.svg``).

    Returns:
        ``(path relative to the pack folder, fragment)``, or ``None`` when the
        link leaves the pack folder (``../`` too far, or an absolute path).
    """
    parts = urlsplit(href)
    path = unquote(parts.path)
    if path.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:[\\/]", path) or parts.netloc:
        return None
    joined = (
        posixpath.normpath(posixpath.join(posixpath.dirname(from_rel), path)) if path else from_rel
    )
    if joined == ".." or joined.startswith("../"):
        return None
    return joined, unquote(parts.fragment)


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


def heading_anchors(body: str) -> set[str]:
    """Return the anchors the toc extension gives the headings of ``body``.

    Slugs come from Python-Markdown's ``slugify_unicode`` (the renderer uses
    the same), with an explicit ``{#id}`` attribute taking precedence and
    repeated slugs numbered ``_1``, ``_2`` as the toc extension does.
    """
    from markdown.extensions.toc import slugify_unicode  # Markdown is imported when needed

    anchors: set[str] = set()
    in_fence = False
    for line in body.splitlines():
        if line.lstrip().startswith(FENCES):
            in_fence = not in_fence
            continue
        match = None if in_fence or not line.startswith("#") else _HEADING.match(line)
        if not match:
            continue
        text = match.group(2)
        explicit = _ATTR_ID.search(text)
        if explicit:
            anchors.add(explicit.group(1))
            continue
        slug = slugify_unicode(re.sub(r"[*_`\[\]]|\(.*?\)", "", text), "-")
        candidate, counter = slug, 0
        while candidate in anchors:
            counter += 1
            candidate = f"{slug}_{counter}"
        anchors.add(candidate)
    return anchors


def check_links(pack: Pack) -> None:
    """Check every link of every topic body, appending problems to ``pack``.

    Errors: a link or image that leaves the pack folder.  Warnings: a link to
    a topic or an anchor that does not exist, an image file that is missing,
    an unknown glossary id, a scheme the reader refuses.
    """
    anchors = _Anchors(pack)
    term_ids = {term.id for term in pack.terms}
    for topic in pack.topics.values():
        for index, target, is_image in markdown_links(topic.body):
            line = topic.body_line + index
            message = _check_one(pack, topic.path, target, is_image, anchors, term_ids)
            if message:
                severity, text = message
                pack.problems.append(Problem(topic.path, line, severity, text))


def _missing_topic(topic_id: str) -> tuple[Literal["warning"], str]:
    return "warning", f"link to topic {topic_id!r}, which does not exist"


class _Anchors(dict[str, set[str]]):
    """Topic id to its heading anchors, worked out the first time a link needs them."""

    def __init__(self, pack: Pack) -> None:
        super().__init__()
        self.pack = pack

    def __missing__(self, topic_id: str) -> set[str]:
        topic = self.pack.topics.get(topic_id)
        anchors = heading_anchors(topic.body) if topic else set()
        self[topic_id] = anchors
        return anchors


def _check_one(
    pack: Pack,
    from_rel: str,
    target: str,
    is_image: bool,
    anchors: _Anchors,
    term_ids: set[str],
) -> tuple[Literal["error", "warning"], str] | None:
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
        if scheme in EXTERNAL_SCHEMES and not is_image:
            return None
        if is_image:
            return "error", f"image {target!r} is not in the pack; images must be pack files"
        return "warning", f"link {target!r} uses a scheme the reader refuses"
    if target.startswith("#"):
        own = posixpath.splitext(posixpath.basename(from_rel))[0]
        anchor = unquote(target[1:])
        return (
            None
            if anchor in anchors[own]
            else ("warning", f"no heading with anchor #{anchor} here")
        )
    resolved = resolve_target(from_rel, target)
    if resolved is None:
        return "error", f"{target!r} points outside the pack folder; use a path inside the pack"
    path, fragment = resolved
    if is_image:
        return (
            None if (pack.root / path).is_file() else ("warning", f"image {path!r} does not exist")
        )
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
