"""Composing the user's notes: quoting a passage of a topic into its note.

A quote is Markdown the note renders and routes like a pack link::

    > the passage, line by line

    — [The case of Khorgos](khorgos.md#components)

The link is a relative topic file link (``docs/content-format.md``), which
the note preview (rendered as ``topics/<id>.md``), the brief and the notes
export all resolve.
"""

from __future__ import annotations

import re
from urllib.parse import quote

#: Heading anchors (Unicode slugs) that can stand in a Markdown link as they are.
_PLAIN_ANCHOR = re.compile(r"[\w.:~-]+")


def quote_for_note(passage: str, title: str, topic_id: str, anchor: str = "") -> str:
    """Return Markdown quoting ``passage`` with a link back to the topic.

    Args:
        passage: the selected text (any line ends; blank lines kept as ``>``).
        title: the topic's title, the link text.
        topic_id: the topic the passage comes from.
        anchor: the heading anchor the passage sits under ("" for the top);
            a slug is written as it is (``#нұрлы-жол``), anything else
            percent-encoded.

    Returns:
        The quote block, a blank line and the link line, without a final
        newline; "" when ``passage`` is only whitespace.
    """
    lines = passage.replace("\u2029", "\n").replace("\u2028", "\n").strip().splitlines()
    if not lines:
        return ""
    quoted = "\n".join(f"> {line.rstrip()}" if line.strip() else ">" for line in lines)
    label = title.replace("[", "\\[").replace("]", "\\]")
    if anchor and not _PLAIN_ANCHOR.fullmatch(anchor):
        anchor = quote(anchor)
    target = f"{topic_id}.md" + (f"#{anchor}" if anchor else "")
    return f"{quoted}\n\n— [{label}]({target})"


def append_to_note(note: str, addition: str) -> str:
    """Return ``note`` with ``addition`` appended after one blank line (a new note is the
    addition alone), ending with a newline."""
    if not addition.strip():
        return note
    head = note.rstrip()
    return (f"{head}\n\n{addition}" if head else addition) + "\n"
