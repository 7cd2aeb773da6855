"""What to watch in a pack folder while an author writes, and what a change there means.

The window watches the folder of the pack it shows
(:mod:`briefing_app.ui.window.pack_watch`) and, a moment after the last
change, asks here what changed since the last look: a :class:`Snapshot` is
the size and modification time of each file that can change the pack, and
:func:`diff` of two snapshots says which were added, removed or modified.
Files that cannot change the pack are left out, so saving them reloads
nothing: hidden files and folders (``.git``, ``.obsidian`` with its
``workspace.json`` that Obsidian rewrites at every click), editors' backup,
swap and lock files (``~``, ``.swp``, ``#name#``, Vim's ``4913``), and tool
folders (``node_modules``, ``__pycache__``).

Watching costs the system one entry per path (inotify on Linux, a file
descriptor per path on macOS and the BSDs, where a process may have 256;
Qt's QFileSystemWatcher documentation).  :func:`watch_list` therefore
watches every folder first (a folder's change signal also tells of files
added, removed and replaced by an editor's safe save), then the files a
pack is described by, then the pages, up to :func:`watch_budget`.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

#: Folders of tools and installed packages, never part of a pack.
IGNORED_FOLDERS = frozenset({"node_modules", "__pycache__", "venv"})
#: Files that describe a pack or a project: watched before pages.
DESCRIBING_FILES = ("briefing.yaml", "glossary.yaml", "mkdocs.yml", "mkdocs.yaml")
_TEMPORARY_SUFFIXES = ("~", ".swp", ".swo", ".swx", ".tmp", ".part", ".crdownload", ".bak")
#: Files and folders looked at, at most, in one snapshot.
MAX_ENTRIES = 100_000


def watch_budget(platform: str = sys.platform) -> int:
    """Return how many paths to watch at most on ``platform`` (``sys.platform`` values).

    Linux (inotify, ``max_user_watches`` is 8,192 or more) and Windows take
    4,000; macOS and the BSDs, where each path holds a file descriptor, 200.
    """
    return 4000 if platform.startswith(("linux", "win")) else 200


def relevant(rel: str) -> bool:
    """True if the file ``rel`` (relative to the pack folder, ``/`` separated) can change the pack."""
    parts = rel.split("/")
    if any(part.startswith(".") or part in IGNORED_FOLDERS for part in parts):
        return False
    name = parts[-1]
    lowered = name.lower()
    if lowered.endswith(_TEMPORARY_SUFFIXES) or name == "4913":
        return False
    return not (name.startswith("#") and name.endswith("#"))


@dataclass
class Snapshot:
    """The relevant files of a pack folder (path to ``(size, st_mtime_ns)``) and its folders.

    Paths are relative to the folder, ``/`` separated; the folder itself is ``""``.
    """

    files: dict[str, tuple[int, int]] = field(default_factory=dict)
    folders: list[str] = field(default_factory=list)


def snapshot(root: Path) -> Snapshot:
    """Look at the folder ``root`` now (see :class:`Snapshot`). Never raises: what cannot be
    listed or stat'ed is left out."""
    shot = Snapshot()
    seen = 0
    for folder, folders, files in os.walk(root):
        rel_folder = os.path.relpath(folder, root).replace(os.sep, "/")
        rel_folder = "" if rel_folder == "." else rel_folder
        shot.folders.append(rel_folder)
        folders[:] = [
            name for name in folders if not name.startswith(".") and name not in IGNORED_FOLDERS
        ]
        seen += len(files) + len(folders)
        if seen > MAX_ENTRIES:
            break
        for name in files:
            rel = f"{rel_folder}/{name}" if rel_folder else name
            if not relevant(rel):
                continue
            try:
                info = os.stat(os.path.join(folder, name))
            except OSError:
                continue
            shot.files[rel] = (info.st_size, info.st_mtime_ns)
    return shot


def from_signature(signature: str) -> Snapshot:
    """Return the snapshot a pack's cache signature records (no file is looked at).

    The signature (:func:`briefing_app.core.pack.cache.pack_signature`) lists
    every file as ``path NUL size NUL st_mtime_ns NUL ...``, one a line; the snapshot
    keeps the relevant ones and their folders, so a change made after the
    pack was read and before the watch began is still seen.
    """
    shot = Snapshot()
    folders = {""}
    for line in signature.splitlines():
        rel, _, rest = line.partition("\0")
        size, _, rest = rest.partition("\0")
        mtime = rest.partition("\0")[0]  # then the inode and perhaps a digest
        if relevant(rel) and size.isdigit() and mtime.isdigit():
            shot.files[rel] = (int(size), int(mtime))
            parts = rel.split("/")[:-1]
            folders.update("/".join(parts[: n + 1]) for n in range(len(parts)))
    shot.folders = sorted(folders)
    return shot


@dataclass(frozen=True)
class Changes:
    """What changed between two snapshots: paths relative to the pack folder, sorted."""

    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    modified: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.modified)

    def describe(self) -> str:
        """One line for the status bar: ``"guide/install.md changed"``, ``"3 files changed"``."""
        paths = self.added + self.removed + self.modified
        if len(paths) != 1:
            return f"{len(paths)} files changed"
        verb = "added" if self.added else "removed" if self.removed else "changed"
        return f"{paths[0]} {verb}"


def diff(old: Snapshot, new: Snapshot) -> Changes:
    """Return what changed from ``old`` to ``new``."""
    return Changes(
        added=tuple(sorted(set(new.files) - set(old.files))),
        removed=tuple(sorted(set(old.files) - set(new.files))),
        modified=tuple(
            sorted(p for p in set(old.files) & set(new.files) if old.files[p] != new.files[p])
        ),
    )


def watch_list(shot: Snapshot, budget: int) -> list[str]:
    """Return up to ``budget`` paths to watch (relative, ``""`` for the folder itself).

    Folders first, then the files describing the pack, then Markdown pages,
    then other files (images), each group in path order.
    """

    def rank(rel: str) -> tuple[int, str]:
        if rel in DESCRIBING_FILES:
            return 0, rel
        return (1 if rel.lower().endswith((".md", ".markdown")) else 2), rel

    chosen = sorted(shot.folders)[:budget]
    chosen += sorted(shot.files, key=rank)[: max(0, budget - len(chosen))]
    return chosen
