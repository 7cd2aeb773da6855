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
