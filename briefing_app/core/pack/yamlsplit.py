"""Splitting a YAML list file into its top-level entries, to read them one by one.

``glossary.yaml`` is one YAML list.  When the whole text is not YAML (an
unclosed quote, a tab, a stray bracket in one definition), no YAML parser can
say where that fault ends, so the glossary would be lost for one typing
mistake.  Its entries, though, all start at the same indent with ``-``
(``docs/content-format.md``), so the text can be cut there and each piece
parsed on its own: the piece with the fault is lost, the others are kept.

Only a text that failed to parse whole is cut: a valid file is always read by
the YAML parser as one document.
"""

from __future__ import annotations

import re

_ENTRY = re.compile(r"^( *)-(?:[ \t]|$)", re.MULTILINE)


def split_entries(text: str) -> list[tuple[int, str]]:
    """Cut the YAML list ``text`` before each top-level ``-`` line.

    The indent of top-level entries is that of the first ``-`` line; lines
    before it (comments) go with the first entry.

    Returns:
        ``[(first line, text), ...]`` with 1-based first lines, in order; one
        piece (the whole text) when no entry line is found.
    """
    first = _ENTRY.search(text)
    if first is None:
        return [(1, text)]
    indent = first.group(1)
    starts = [
        match.start()
        for match in _ENTRY.finditer(text)
        if match.group(1) == indent and match.start() >= first.start()
    ]
    starts[0] = 0
    pieces: list[tuple[int, str]] = []
    for begin, end in zip(starts, [*starts[1:], len(text)], strict=True):
        pieces.append((text.count("\n", 0, begin) + 1, text[begin:end]))
    return pieces
