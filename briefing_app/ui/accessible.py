"""Accessible names for screen readers, where a form's labels already say them.

Qt gives a field with no accessible name of its own the text of the label
whose buddy it is (Qt docs, "Accessibility for QWidget Applications"), but
keeps the label's colon ("Title:"), and a combo box reports its current
value as its name ("PDF" rather than "Format").  :func:`name_fields_from_labels`
gives each such field the label's words as its own accessible name, which
is also what WCAG 2.1 success criterion 2.5.3 ("Label in Name") asks: the
name spoken is the label seen.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QLabel, QWidget


def label_words(text: str) -> str:
    """Return a label's text as a name: mnemonic marks (also "标题(&T)", as Chinese writes
    them) and a final colon gone, "&&" kept as "&"."""
    words = "&".join(
        re.sub(r"\s?\(&[^&\s]\)", "", part).replace("&", "") for part in text.split("&&")
    )
    return words.strip().rstrip(":：").strip()


def name_fields_from_labels(root: QWidget) -> list[QWidget]:
    """Name every buddy of a label under ``root`` that has no accessible name, after its label.

    Returns the widgets named.  Rich-text labels are left alone (their text is
    markup, not words).
    """
    named = []
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is None or buddy.accessibleName() or label.text().lstrip().startswith("<"):
            continue
        words = label_words(label.text())
        if words:
            buddy.setAccessibleName(words)
            named.append(buddy)
    return named
