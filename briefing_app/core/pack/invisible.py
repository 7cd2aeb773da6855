"""Text that is blank to the eye: invisible characters in names, titles and ids.

A title pasted from a web page or a word processor can hold nothing but a
zero-width space, and an id can carry one at its end: both look right in an
editor and are wrong in the pack.  The rules (``docs/content-format.md``,
"Invisible characters") are:

* a character is **invisible** when it is a format character (Unicode
  general category ``Cf``: zero-width space U+200B, the joiners U+200C and
  U+200D, word joiner U+2060, byte-order mark U+FEFF, soft hyphen U+00AD,
  bidirectional marks, ...), a control character (``Cc``) other than
  whitespace, or one of the few letters and marks Unicode lists as
  ``Default_Ignorable_Code_Point`` that fonts draw as nothing (Hangul
  fillers, variation selectors, the combining grapheme joiner), or the
  Braille blank U+2800;
* text is **blank** when it is made only of invisible characters and
  whitespace (``str.isspace``, which covers the no-break and ideographic
  spaces): a blank title, headword or id counts as missing;
* an **id** is read with its invisible characters removed (ids are ASCII
  words; an invisible character in one is always a paste accident).  Names
  and titles keep theirs, since the zero-width joiners are part of correct
  Persian, Hindi or emoji text.

Nothing here imports Qt or touches files.
"""

from __future__ import annotations

import unicodedata

#: Invisible characters that are not format (Cf) or control (Cc) characters:
#: Default_Ignorable_Code_Point letters and marks (Unicode DerivedCoreProperties)
#: and the Braille pattern blank, which fonts draw as an empty cell.
_OTHER_INVISIBLE = frozenset(
    [
        *(0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x2800, 0x3164, 0xFFA0),
        *range(0x180B, 0x1810),
        *range(0xFE00, 0xFE10),
        *range(0xE0100, 0xE01F0),
    ]
)


def is_invisible(char: str) -> bool:
    """True if the single character ``char`` is drawn as nothing (see the module doc).

    Whitespace is not "invisible" here: it is handled by ``str.strip`` and
    ``str.isspace`` like everywhere else.
    """
    if char.isspace():
        return False
    return unicodedata.category(char) in ("Cf", "Cc") or ord(char) in _OTHER_INVISIBLE


def is_blank(text: str) -> bool:
    """True if ``text`` shows nothing: only invisible characters and whitespace (or empty).

    Stops at the first visible character, so text that starts visibly costs one test.
    """
    return all(char.isspace() or is_invisible(char) for char in text)


def has_invisible(text: str) -> bool:
    """True if ``text`` holds at least one invisible character."""
    return any(is_invisible(char) for char in text)


def strip_invisible(text: str) -> str:
    """Return ``text`` without its invisible characters and without surrounding whitespace.

    Used for ids (tree nodes, ``related``, term ids, glossary ``topics``), never
    for names or prose.
    """
    if text.isascii() and text.isprintable():  # the common case: nothing to remove
        return text.strip()
    return "".join(char for char in text if not is_invisible(char)).strip()


def describe_invisible(text: str, limit: int = 3) -> str:
    """Name the invisible characters of ``text`` for a message, distinct, in order of first use.

    ``"U+200B ZERO WIDTH SPACE"``; at most ``limit`` are named, then ``"..."``.
    Text without invisible characters gives ``"whitespace only"``.
    """
    names: list[str] = []
    for char in text:
        if is_invisible(char):
            name = f"U+{ord(char):04X} {unicodedata.name(char, 'FORMAT CHARACTER')}"
            if name not in names:
                names.append(name)
    if not names:
        return "whitespace only"
    shown = ", ".join(names[:limit])
    return shown + (", ..." if len(names) > limit else "")
