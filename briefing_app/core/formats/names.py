"""Names in folders of Markdown: natural order, topic ids from paths, titles from file names.

Plain string work, shared by the folder, MkDocs and wikilink readers of
:mod:`briefing_app.core.formats`.
"""

from __future__ import annotations

import posixpath
import re

from anyascii import anyascii

#: File names that stand for their folder's page (MkDocs: ``index.md``, and
#: ``README.md`` when there is no index; GitHub and Obsidian show a README too).
INDEX_NAMES = ("index.md", "readme.md")
#: What a Markdown page's name ends with (compared in lower case).
MARKDOWN_SUFFIXES = (".md", ".markdown")

_DIGITS = re.compile(r"(\d+)")
_NOT_ID = re.compile(r"[^a-z0-9]+")


def natural_key(name: str) -> tuple[tuple[int, int | str], ...]:
    """Return a sort key that orders ``name`` as people count: ``file2`` before ``file10``.

    Runs of digits compare as numbers, the rest case-insensitively
    (``str.casefold``); a digit run sorts before text at the same place,
    as file managers do.  Ties keep a stable order through the full name.
    """
    parts: list[tuple[int, int | str]] = []
    for index, piece in enumerate(_DIGITS.split(name)):
        if not piece:
            continue
        parts.append((0, int(piece)) if index % 2 else (1, piece.casefold()))
    parts.append((2, name))
    return tuple(parts)


def is_markdown(name: str) -> bool:
    """True for a visible Markdown file name (``*.md``, ``*.markdown``)."""
    return name.lower().endswith(MARKDOWN_SUFFIXES) and not name.startswith(".")


def strip_suffix(name: str) -> str:
    """Return a Markdown file name without its suffix (``Notes.md`` -> ``Notes``)."""
    for suffix in MARKDOWN_SUFFIXES:
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return name


def is_index(name: str) -> bool:
    """True if the file ``name`` is a folder's own page (``index.md``, ``README.md``)."""
    return name.lower() in INDEX_NAMES


def topic_id_for(rel: str) -> str:
    """Return the topic id made from a page path relative to the docs folder.

    ``guide/Getting Started.md`` -> ``guide-getting-started``; an index page
    takes its folder's id (``guide/index.md`` -> ``guide``), the top index
    ``index``.  Letters of other scripts are spelled in ASCII (``anyascii``:
    ``Қорғас`` -> ``qorghas``), everything but ``a-z`` and ``0-9`` becomes
    one ``-``.  The result matches the loader's ``TOPIC_ID``; it is ``page``
    when nothing is left.  Ids may repeat: callers number repeats
    (:func:`unique_id`).
    """
    folder, name = posixpath.split(rel)
    stem = strip_suffix(name)
    if is_index(name) or name.lower() == "readme.markdown":
        stem = ""
    text = "/".join(part for part in (folder, stem) if part) or "index"
    return _NOT_ID.sub("-", anyascii(text).lower()).strip("-") or "page"


def unique_id(wanted: str, taken: set[str]) -> str:
    """Return ``wanted``, or ``wanted-2``, ``wanted-3``... whichever is not in ``taken``; adds it."""
    result, number = wanted, 1
    while result in taken:
        number += 1
        result = f"{wanted}-{number}"
    taken.add(result)
    return result


def title_from_name(name: str) -> str:
    """Return a page title made from a file or folder name, as MkDocs makes one.

    The suffix is dropped, ``-`` and ``_`` become spaces, and a name written
    all in lower case gets a capital first letter (``getting-started.md`` ->
    ``Getting started``; ``My Note.md`` stays ``My Note``).
    """
    title = strip_suffix(name).replace("-", " ").replace("_", " ").strip()
    if title.lower() == title:
        title = title.capitalize()
    return title or name
