"""The reader's stylesheet: ``resources/reader.css`` filled with a light or dark palette.

Kept apart from :mod:`briefing_app.core.render.page` so that a window showing a
page from the page cache needs no Markdown machinery to style it.  The CSS is
the subset ``QTextDocument`` supports (Qt docs, "Supported HTML Subset").
"""

from __future__ import annotations

from functools import cache
from string import Template

from briefing_app.core.resources import read_resource

#: Colours of the reader in light and dark palettes, filled into ``reader.css``.
PALETTES = {
    "light": {
        "text": "#1d232b",
        "muted": "#5b6570",
        "accent": "#1f5f9e",
        "rule": "#c9d2dc",
        "box": "#eef3f9",
        "box_border": "#9fb6d0",
        "talk": "#f3f7ee",
        "talk_border": "#a9c48f",
        "note": "#fff7e0",
        "note_border": "#d9b44a",
        "grid": "#9aa6b2",
        "head": "#e4e9ef",
        "term": "#27496d",
    },
    "dark": {
        "text": "#e3e7ec",
        "muted": "#a2acb7",
        "accent": "#7fb3ea",
        "rule": "#3b4450",
        "box": "#1f2a36",
        "box_border": "#3d5878",
        "talk": "#1f2b1f",
        "talk_border": "#4d6b3a",
        "note": "#332c17",
        "note_border": "#8a7330",
        "grid": "#5a6572",
        "head": "#2a323c",
        "term": "#b9d3ee",
    },
}


@cache
def stylesheet(dark: bool = False) -> str:
    """Return the reader CSS for a light or dark palette (str, for setDefaultStyleSheet)."""
    return Template(read_resource("reader.css")).substitute(PALETTES["dark" if dark else "light"])
