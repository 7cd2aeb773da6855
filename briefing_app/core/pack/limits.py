"""Pack files over their size limit: where to cut them, and what the author can do.

The loader reads at most a few megabytes of each pack file (the limits are in
:mod:`briefing_app.core.pack.loader`), which bounds the time and memory a
hostile or mistaken file can take.  A file over its limit is cut at a
boundary that keeps whole items (a line, a glossary entry), or refused when it
has none; either way the message says what the author can actually change,
which differs by file: only topics can be split into more files.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing_app.core.pack.model import Problem

#: Where to cut a file over its limit: after the last of these bytes, or the bytes a function
#: finds in the data (:func:`glossary_entry_start`).
Cut = bytes | Callable[[bytes], bytes]


def size_advice(rel: str, limit: int) -> str:
    """Say what the author of pack file ``rel`` can do to bring it under ``limit`` bytes.

    Only topics can be split into more files; the manifest and the glossary
    are one file each, so their advice is about what to move out of them.
    """
    mb = f"{limit / 1e6:.0f} MB"
    if rel == "glossary.yaml":
        return (
            "move long definitions into topics and link to them from the term, "
            f"or keep glossary.yaml under {mb}"
        )
    if rel == "briefing.yaml":
        return (
            f"keep briefing.yaml under {mb}: it holds only the pack's details and the tree "
            "of topic ids, so move any long text into topics"
        )
    if rel.startswith("topics/"):
        return f"split the topic into several topics and link them, or keep it under {mb}"
    return "split it into smaller files"


def glossary_entry_start(data: bytes) -> bytes:
    """Return the bytes that start a top-level entry of the glossary ``data``: newline, indent, ``-``.

    The glossary is a YAML list; its entries start at the indent of the first
    ``- `` line (usually none).  Cutting the text before such a line keeps
    whole entries.
    """
    match = re.search(rb"^( *)-(?:[ \r\n]|$)", data[:65536], re.MULTILINE)
    return b"\n" + (match.group(1) if match else b"") + b"-"


#: Where a problem sends an author: the guide the app shows (``briefing-app check`` adds the
#: installed file's path, :mod:`briefing_app.commands.check`).
FORMAT_GUIDE = "the format guide: Help → User Guide"


def cut_to_limit(
    data: bytes, size: int, rel: str, limit: int, problems: list[Problem], cut_at: Cut | None
) -> bytes | None:
    """Return ``data`` (the first ``limit + 1`` bytes of a ``size``-byte file) as read, or cut.

    Data over ``limit`` is cut after the last ``cut_at`` marker before it (a
    callable gives the marker for the data), with a warning naming the line;
    a file of one huge line (no line end in the first half) is cut at the last
    space or character boundary before ``limit`` instead, so that its text is
    not lost.  Without a marker to cut at, the file is refused: an error is
    added to ``problems`` and None returned.
    """
    if len(data) > limit:
        mb = f"{size / 1e6:.1f} MB, over the {limit / 1e6:.0f} MB limit"
        marker = cut_at(data) if callable(cut_at) else cut_at
        cut = data.rfind(marker, 0, limit) if marker else -1
        if cut <= 0:
            problems.append(
                Problem(
                    rel,
                    None,
                    "error",
                    f"the file is {mb}, and not read; {size_advice(rel, limit)}",
                )
            )
            return None
        used = "the part up to this line"
        if marker == b"\n" and cut < limit // 2:  # one huge line: cut it, not the text before it
            cut = _character_end(data, limit) - 1
            used = f"the first {(cut + 1) / 1e6:.1f} MB (to this line)"
        data = data[: cut + 1]
        problems.append(
            Problem(
                rel,
                data.count(b"\n") + 1,
                "warning",
                f"the file is {mb}; only {used} is used — {size_advice(rel, limit)}",
            )
        )
    return data


def _character_end(data: bytes, limit: int) -> int:
    """Return where to cut UTF-8 ``data`` at most ``limit`` bytes in: after the last space before
    ``limit`` if one is in its last kilobyte, else at the last character boundary (never inside
    a character's bytes)."""
    space = data.rfind(b" ", max(0, limit - 1024), limit)
    if space > 0:
        return space + 1
    end = limit
    while end > 0 and data[end] & 0xC0 == 0x80:  # a continuation byte: inside a character
        end -= 1
    return end
