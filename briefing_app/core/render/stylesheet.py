"""The reader's stylesheet: ``resources/reader.css`` filled with a light, dark or high-contrast palette.

Kept apart from :mod:`briefing_app.core.render.page` so that a window showing a
page from the page cache needs no Markdown machinery to style it.  The CSS is
the subset ``QTextDocument`` supports (Qt docs, "Supported HTML Subset").
"""

from __future__ import annotations

from functools import cache
from string import Template

from briefing_app.core.resources import read_resource

#: Colours of the reader in each scheme, filled into ``reader.css``.  Every colour the
#: reader uses comes from here; ``page`` is the background the scheme is drawn on (the
#: pane's palette base colour, which :mod:`briefing_app.ui.theme` sets to match).  Text
#: meets WCAG 2.1 AA (4.5:1) on every background of light and dark, and AAA (7:1) in high
#: contrast; links are also underlined, so that no meaning is carried by colour alone
#: (WCAG 2.1, success criterion 1.4.1).  The ``code_`` colours are those of highlighted code
#: (Pygments' token classes, grouped in ``reader.css``), each at least 4.5:1 on the code
#: background (``head``) in light and dark and 7:1 in high contrast.
PALETTES = {
    "light": {
        "page": "#ffffff",
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
        "code_keyword": "#b3132a",
        "code_string": "#0a3069",
        "code_comment": "#4d5661",
        "code_number": "#0550ae",
        "code_function": "#6a3bc0",
        "code_type": "#8a3300",
        "link_weight": "normal",
    },
    "dark": {
        "page": "#1b1f24",
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
        "code_keyword": "#ff7b72",
        "code_string": "#a5d6ff",
        "code_comment": "#9ea7b3",
        "code_number": "#79c0ff",
        "code_function": "#d2a8ff",
        "code_type": "#ffa657",
        "link_weight": "normal",
    },
    "high-contrast": {
        "page": "#000000",
        "text": "#ffffff",
        "muted": "#ffffff",
        "accent": "#ffff00",
        "rule": "#ffffff",
        "box": "#000000",
        "box_border": "#ffffff",
        "talk": "#000000",
        "talk_border": "#1aebff",
        "note": "#000000",
        "note_border": "#ffff00",
        "grid": "#ffffff",
        "head": "#1a1a1a",
        "term": "#1aebff",
        "code_keyword": "#ffff00",
        "code_string": "#1aebff",
        "code_comment": "#ffffff",
        "code_number": "#ffffff",
        "code_function": "#ffffff",
        "code_type": "#1aebff",
        "link_weight": "600",
    },
}


#: The schemes :func:`stylesheet` knows.
SCHEMES = tuple(PALETTES)


@cache
def stylesheet(scheme: str = "light") -> str:
    """Return the reader CSS in ``scheme`` (one of :data:`SCHEMES`), for setDefaultStyleSheet.

    Raises:
        KeyError: ``scheme`` is not a known scheme.
    """
    return Template(read_resource("reader.css")).substitute(PALETTES[scheme])
