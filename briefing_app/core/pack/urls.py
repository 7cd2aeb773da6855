"""App URLs: what the renderer writes for a pack link, and where the reader sends it.

Authors write ordinary relative links (``[Khorgos](khorgos.md#the-dry-port)``,
``![map](../assets/corridors.svg)``) and glossary links
(``[SEZ](glossary:sez)``).  The renderer (:mod:`briefing_app.core.render.markdown`)
rewrites them into the app's own URLs, which the reader routes:

=====================  ===========================================
``topic:ID#ANCHOR``    open a topic (the anchor is optional)
``glossary:ID``        open a glossary term
``pack:PATH``          a file of the pack (images), relative to the pack folder
``#ANCHOR``            a place in the current page
``http(s):``/``mailto:`` external, opened after a confirmation
anything else          refused
=====================  ===========================================

This module is plain string work with no Markdown in it, so that both the
renderer and the link checker (:mod:`briefing_app.core.pack.links`, which asks
the renderer for a page's anchors) can use it without importing each other.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal
from urllib.parse import unquote, urlsplit

RouteKind = Literal["topic", "glossary", "asset", "anchor", "external", "refused"]
EXTERNAL_SCHEMES = frozenset({"http", "https", "mailto"})


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


def pack_file(root: Path, rel: str) -> Path | None:
    """Return the file ``root/rel`` if it exists and lies inside ``root`` (symlinks resolved).

    Returns None for a missing file, a folder, or a path that resolves outside
    the pack; never raises.
    """
    base = root.resolve()
    try:
        path = (base / rel).resolve()
        path.relative_to(base)
        return path if path.is_file() else None
    except (ValueError, OSError):
        return None


#: How the image formats the reader shows begin (PNG, JPEG, GIF, WebP, BMP; SVG is text).
_IMAGE_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"BM")


def image_problem(root: Path, rel: str) -> str | None:
    """Say why pack image ``rel`` cannot be shown, or return None when it can.

    Args:
        root: the pack folder.
        rel: the image's path relative to it (``assets/map.png``).

    Returns:
        ``"Image not found"`` (missing, a folder, or outside the pack) or
        ``"Not an image file"`` (the first bytes are none of PNG, JPEG, GIF,
        WebP, BMP or SVG), else None.  Reads at most 1 KB; never raises.
    """
    path = pack_file(root, rel)
    if path is None:
        return "Image not found"
    try:
        with path.open("rb") as handle:
            head = handle.read(1024)
    except OSError:
        return "Image not found"
    if head.startswith(_IMAGE_SIGNATURES) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        return None
    if b"<svg" in head.lower() or (path.suffix.lower() == ".svg" and b"<" in head):
        return None
    return "Not an image file"
