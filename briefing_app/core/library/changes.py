"""What changed between two editions of a pack: topics added, removed and changed, word by word.

A topic is compared as one text (:func:`topic_text`): its title, summary, key
facts, talking points and body, in that order, as the reader shows them.
Two editions' texts are compared line by line with :mod:`difflib`, and lines
that were replaced are compared again word by word, so a changed figure shows
as that figure struck out and the new one beside it, not as a whole
paragraph replaced.  Lines that did not change are left out of the result
(a hunk stands for each run of changed lines).

:func:`hunks_text` writes the result as text, wdiff's way (``[-old-]{+new+}``);
:func:`hunks_html` as HTML in the subset ``QTextDocument`` supports (Qt docs,
"Supported HTML Subset"), which has no ``<ins>`` or ``<del>``: insertions are
underlined (``<u>``) and deletions struck out (``<s>``), each on a background
from the reader's palette, so no change is told by colour alone.
"""

from __future__ import annotations

import difflib
import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from briefing_app.core.pack.model import Pack, Topic

Op = Literal["same", "del", "ins"]
#: One hunk: a run of changed lines as (op, text) pieces; a piece's text may hold newlines.
Hunk = list[tuple[Op, str]]
#: Words, runs of spaces, line breaks and single punctuation marks: the units a change is shown in.
_TOKEN = re.compile(r"\n|[^\S\n]+|\w+|[^\w\s]")


@dataclass(frozen=True)
class TopicText:
    """A topic as compared: its title and :func:`topic_text`."""

    title: str
    text: str


@dataclass
class Changes:
    """The topics that differ between two editions, each list in the newer edition's reading
    order (removed ones in the older's): (topic id, title)."""

    added: list[tuple[str, str]] = field(default_factory=list)
    removed: list[tuple[str, str]] = field(default_factory=list)
    changed: list[tuple[str, str]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)

    def summary(self) -> str:
        """Return "2 topics changed, 1 added, 1 removed" (parts with none left out), or "no changes"."""
        parts = [
            f"{len(items)} {label}"
            for items, label in (
                (self.changed, "changed"),
                (self.added, "added"),
                (self.removed, "removed"),
            )
            if items
        ]
        if not parts:
            return "no changes"
        count = len(self.changed) or len(self.added) or len(self.removed)
        parts[0] = parts[0].replace(" ", f" topic{'s' * (count != 1)} ", 1)
        return ", ".join(parts)

    def as_dict(self) -> dict[str, list[dict[str, str]]]:
        """Return the lists JSON-ready: ``{"added": [{"id", "title"}], "removed": …, "changed": …}``."""
        return {
            name: [{"id": topic_id, "title": title} for topic_id, title in items]
            for name, items in (
                ("added", self.added),
                ("removed", self.removed),
                ("changed", self.changed),
            )
        }


def topic_text(topic: Topic) -> str:
    """Return the text a topic is compared by (see module doc), lines joined with ``\\n``."""
    lines = [f"# {topic.title}"]
    if topic.summary:
        lines += ["", topic.summary]
    for label, items in (("Key facts", topic.key_facts), ("Talking points", topic.talking_points)):
        if items:
            lines += ["", f"{label}:", *(f"- {item}" for item in items)]
    if topic.body.strip():
        lines += ["", topic.body.strip()]
    return "\n".join(lines)


def snapshot(pack: Pack, pause: Callable[[], object] | None = None) -> dict[str, TopicText]:
    """Return every topic of ``pack`` as compared, in reading order; ``pause()`` is called
    after each topic (a thread beside the GUI passes a short sleep, to leave it the interpreter)."""
    texts = {}
    for topic_id in pack.topic_order():
        topic = pack.topics.get(topic_id)
        if topic is not None:
            texts[topic_id] = TopicText(topic.title, topic_text(topic))
            if pause is not None:
                pause()
    return texts


def compare(old: dict[str, TopicText], new: dict[str, TopicText]) -> Changes:
    """Return the topics added to, removed from and changed between ``old`` and ``new``."""
    return Changes(
        added=[(key, text.title) for key, text in new.items() if key not in old],
        removed=[(key, text.title) for key, text in old.items() if key not in new],
        changed=[
            (key, text.title)
            for key, text in new.items()
            if key in old and old[key].text != text.text
        ],
    )


def diff_hunks(old: str, new: str) -> list[Hunk]:
    """Return the changes from text ``old`` to ``new`` as hunks (see module doc); [] if equal."""
    old_lines, new_lines = old.split("\n"), new.split("\n")
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    hunks: list[Hunk] = []
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        before, after = "\n".join(old_lines[a1:a2]), "\n".join(new_lines[b1:b2])
        if tag == "delete":
            hunks.append([("del", before)])
        elif tag == "insert":
            hunks.append([("ins", after)])
        else:
            hunks.append(word_diff(before, after))
    return hunks


def word_diff(old: str, new: str) -> Hunk:
    """Return ``old`` → ``new`` as pieces: unchanged, deleted and inserted runs of words."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    pieces: Hunk = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        if tag == "equal":
            _add(pieces, "same", "".join(a[a1:a2]))
            continue
        _add(pieces, "del", "".join(a[a1:a2]))
        _add(pieces, "ins", "".join(b[b1:b2]))
    return pieces


def _add(pieces: Hunk, op: Op, text: str) -> None:
    if not text:
        return
    if pieces and pieces[-1][0] == op:
        pieces[-1] = (op, pieces[-1][1] + text)
    else:
        pieces.append((op, text))


def hunks_text(hunks: list[Hunk], indent: str = "    ") -> str:
    """Return hunks as text: deletions as ``[-…-]``, insertions as ``{+…+}``, a ``…`` line between
    hunks, each line indented by ``indent``."""
    marks = {"same": ("", ""), "del": ("[-", "-]"), "ins": ("{+", "+}")}
    blocks = []
    for hunk in hunks:
        text = "".join(f"{marks[op][0]}{piece}{marks[op][1]}" for op, piece in hunk)
        blocks.append("\n".join(indent + line for line in text.split("\n")))
    return f"\n{indent}…\n".join(blocks)


def hunks_html(hunks: list[Hunk], palette: dict[str, str]) -> str:
    """Return hunks as HTML paragraphs, one per hunk (see module doc for the markup).

    ``palette`` is a reader palette (:data:`briefing_app.core.render.stylesheet.PALETTES`):
    insertions take its ``talk`` background, deletions its ``note`` background.
    """
    styles = {
        "ins": f"background-color:{palette['talk']}; color:{palette['text']}",
        "del": f"background-color:{palette['note']}; color:{palette['muted']}",
    }
    paragraphs = []
    for hunk in hunks:
        parts = []
        for at, (op, piece) in enumerate(hunk):
            text = html.escape(piece).replace("\n", "<br>")
            if op == "same":
                parts.append(text)
            else:
                if op == "ins" and at and hunk[at - 1][0] == "del":
                    parts.append("&#8202;")  # a hair space keeps "dry" and "inland" apart
                tag = "u" if op == "ins" else "s"
                parts.append(f"<span style='{styles[op]}'><{tag}>{text}</{tag}></span>")
        paragraphs.append(f"<p>{''.join(parts)}</p>")
    separator = f"<p style='color:{palette['muted']}'>…</p>"
    return separator.join(paragraphs)
