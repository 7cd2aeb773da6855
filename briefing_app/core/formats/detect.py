"""Tell what kind of folder was opened: a Briefing pack, an MkDocs project, a vault or Markdown.

The rule, first match wins:

1. ``briefing.yaml`` in the folder, or a ``topics/`` folder (a pack whose
   manifest is missing: its own error says so): a **Briefing pack**;
2. ``mkdocs.yml`` (or ``mkdocs.yaml``): an **MkDocs project**;
3. a ``.obsidian/`` folder: an **Obsidian vault**;
4. any Markdown file in the folder or below it: a **Markdown folder**.

Anything else is ``None``: not something Briefing can open (the Briefing
loader then says what a pack needs).  Only names are looked at, never file
contents, and the search for a Markdown file stops at the first one found.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from briefing_app.core.formats.folder import SKIPPED_FOLDERS
from briefing_app.core.formats.mkdocs import CONFIG_NAMES
from briefing_app.core.formats.names import is_markdown

FolderKind = Literal["briefing", "mkdocs", "obsidian", "markdown"]
#: How many folder entries are looked at, at most, for a first Markdown file.
MAX_ENTRIES_LOOKED_AT = 50_000


def folder_kind(root: Path) -> FolderKind | None:
    """Return the kind of folder ``root`` is (see the module doc), or None. Never raises."""
    try:
        if os.path.lexists(root / "briefing.yaml") or (root / "topics").is_dir():
            return "briefing"
        if any((root / name).is_file() for name in CONFIG_NAMES):
            return "mkdocs"
        if (root / ".obsidian").is_dir():
            return "obsidian"
    except OSError:
        return None
    return "markdown" if has_markdown(root) else None


def has_markdown(root: Path) -> bool:
    """True if a visible Markdown file lies in ``root`` or a visible folder below it."""
    seen = 0
    for _folder, folders, files in os.walk(root):
        if any(is_markdown(name) for name in files):
            return True
        seen += len(files) + len(folders)
        if seen > MAX_ENTRIES_LOOKED_AT:
            return False
        folders[:] = [
            name for name in folders if not name.startswith(".") and name not in SKIPPED_FOLDERS
        ]
    return False
