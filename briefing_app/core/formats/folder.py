"""The tree of a plain folder of Markdown files (and of an Obsidian vault, or MkDocs without ``nav``).

Folders become sections and Markdown files pages, in natural order
(:func:`.names.natural_key`: ``file2`` before ``file10``).  A folder's
``index.md`` (or, without one, its ``README.md``) is the folder's own page;
a folder without one gets a page listing what it holds.  Hidden files and
folders (a name starting with ``.``: ``.obsidian``, ``.git``, ``.trash``) are
skipped, and so are folders that link elsewhere (symlinks, which could loop)
and folders with no Markdown in them (``img/``, ``attachments/``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from briefing_app.core.formats.names import is_index, is_markdown, natural_key

#: Folders never read: tool caches and installed packages, never pages.
SKIPPED_FOLDERS = frozenset({"node_modules", "__pycache__", "venv"})
#: Pages read at most (a folder of Markdown bigger than this is not a briefing).
MAX_PAGES = 20_000
#: Folders nested deeper than this are not read.
MAX_DEPTH = 24


@dataclass
class NavItem:
    """One node of a navigation: a page, or a section with children (and maybe its own page).

    Attributes:
        title: the title the navigation gives ("" to take the page's own).
        page: the page's file relative to the opened folder, or "" for a
            section without a page of its own.
        children: the section's items, in order.
        folder: a section made from a folder: that folder, relative to the
            opened folder ("" otherwise).
        line: the line of ``mkdocs.yml`` the item is written on, if any.
    """

    title: str = ""
    page: str = ""
    children: list[NavItem] = field(default_factory=list)
    folder: str = ""
    line: int | None = None


@dataclass
class Listing:
    """What a folder scan found: the tree, every page, and every other file (for embeds)."""

    items: list[NavItem] = field(default_factory=list)
    pages: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    truncated: bool = False


def scan_folder(root: Path, docs: str = "", folders_first: bool = True) -> Listing:
    """List the Markdown tree of ``root/docs``; paths in the result are relative to ``root``.

    Args:
        root: the opened folder.
        docs: the folder of pages inside it ("" for ``root`` itself; MkDocs' ``docs_dir``).
        folders_first: sections before pages in each folder (Obsidian and file
            managers); False puts pages first (MkDocs without ``nav``).

    The top folder's index page, if any, comes first.  Never raises: a
    folder that cannot be listed is left out.
    """
    listing = Listing()
    top = _scan(root, docs, listing, folders_first, 0)
    if top.page:
        listing.items.append(NavItem(page=top.page))
    listing.items.extend(top.children)
    return listing


def _scan(root: Path, rel: str, listing: Listing, folders_first: bool, depth: int) -> NavItem:
    """Return the section of folder ``root/rel``, adding its pages and files to ``listing``."""
    section = NavItem(folder=rel)
    try:
        with os.scandir(root / rel if rel else root) as entries:
            found = sorted(entries, key=lambda entry: natural_key(entry.name))
    except OSError:
        return section
    folders: list[NavItem] = []
    pages: list[NavItem] = []
    index_names = {entry.name.lower(): entry.name for entry in found if is_index(entry.name)}
    own = index_names.get("index.md") or index_names.get("readme.md")
    for entry in found:
        name = entry.name
        path = f"{rel}/{name}" if rel else name
        if name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
            is_file = entry.is_file()
        except OSError:
            continue
        if is_dir:
            if depth < MAX_DEPTH and name not in SKIPPED_FOLDERS:
                child = _scan(root, path, listing, folders_first, depth + 1)
                if child.page or child.children:
                    folders.append(child)
            continue
        if not is_file:
            continue
        if not is_markdown(name):
            listing.files.append(path)
            continue
        if len(listing.pages) >= MAX_PAGES:
            listing.truncated = True
            continue
        listing.pages.append(path)
        if name == own:
            section.page = path
        else:
            pages.append(NavItem(page=path))
    section.children = folders + pages if folders_first else pages + folders
    return section
