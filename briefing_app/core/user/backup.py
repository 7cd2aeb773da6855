"""Back up the user's notes and bookmarks to one SQLite file (File → Back Up Notes…).

The copy is made with SQLite's online backup API
(:meth:`~briefing_app.core.user.store.UserStore.copy_to`, Python's
``sqlite3.Connection.backup``), so it is a consistent snapshot that includes
notes still in the write-ahead log, taken while the app goes on saving.  It
is written to a temporary file beside the target, switched to a rollback
journal (``PRAGMA journal_mode = DELETE``) so that it is one self-contained
file with no ``-wal`` beside it, checked (``PRAGMA quick_check``), counted,
and only then renamed over the target (``os.replace``, atomic on the same
file system): a failed backup leaves no half-written file and never harms
an older backup of the same name.  The live database itself is never a
target.

To restore, quit Briefing and copy the backup over ``briefing.sqlite3`` in
the data folder (:func:`briefing_app.core.paths.data_dir`).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from briefing_app.core.user.store import UserStore

#: The file type of a backup, added when the chosen name has none.
SUFFIX = ".sqlite3"


class BackupError(Exception):
    """A backup was not made; ``str(error)`` is a sentence for the user saying what to do."""


@dataclass(frozen=True)
class BackupResult:
    """A finished backup: the file written and how many notes and bookmarks it holds.

    ``notes`` and ``bookmarks`` count every pack's rows; they are ``None``
    when the copy's tables are not the ones this version knows (a notes file
    from a newer Briefing, backed up read-only).
    """

    path: Path
    notes: int | None
    bookmarks: int | None

    def summary(self) -> str:
        """Return a status-bar sentence: what was saved and where."""
        if self.notes is None or self.bookmarks is None:
            return f"Notes and bookmarks backed up to {self.path}"
        notes = f"{self.notes} note{'s' if self.notes != 1 else ''}"
        marks = f"{self.bookmarks} bookmark{'s' if self.bookmarks != 1 else ''}"
        return f"Backed up {notes} and {marks} to {self.path}"


def default_name(day: date | None = None) -> str:
    """Return the suggested file name, ``briefing-notes-YYYY-MM-DD.sqlite3`` (today by default)."""
    return f"briefing-notes-{(day or date.today()).isoformat()}{SUFFIX}"


def _is_live(target: Path, live: Path | None) -> bool:
    """True if ``target`` is the live database or one of its ``-wal``/``-shm`` files."""
    if live is None:
        return False
    names = {Path(f"{live}{suffix}") for suffix in ("", "-wal", "-shm", "-journal")}
    resolved = target.resolve()
    if any(resolved == name.resolve() for name in names):
        return True
    with contextlib.suppress(OSError):  # hard links and other aliases of the same file
        return target.exists() and live.exists() and os.path.samefile(target, live)
    return False


def _count(connection: sqlite3.Connection, table: str, where: str = "") -> int | None:
    try:
        return int(connection.execute(f"SELECT count(*) FROM {table} {where}").fetchone()[0])
    except sqlite3.Error:  # a newer schema without this table
        return None


def _remove(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink()


def back_up(store: UserStore, target: Path) -> BackupResult:
    """Write every pack's notes and bookmarks in ``store`` to the SQLite file ``target``.

    Args:
        store: the open user store (read-only and in-memory stores can be backed up too).
        target: the file to write; :data:`SUFFIX` is added when it has no suffix.  An
            existing file there is replaced only once the new copy is complete.

    Returns:
        The file written and its counts of notes and bookmarks.

    Raises:
        BackupError: ``target`` is the live database, its folder is missing or not
            writable, the disk is full, or the copy failed its check; the message
            names the file or folder and what to do.
    """
    target = Path(target).expanduser()
    if not target.suffix:
        target = target.with_name(target.name + SUFFIX)
    if _is_live(target, store.path):
        raise BackupError(
            f"{target} is the notes file Briefing is using; a backup must be another file. "
            "Choose another name or folder."
        )
    folder = target.parent
    if not folder.is_dir():
        raise BackupError(f"The folder {folder} does not exist. Choose another folder.")
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        os.close(handle)
    except OSError as exc:
        raise BackupError(
            f"Cannot write to {folder}: {exc.strerror or exc}. Choose another folder."
        ) from exc
    partial = Path(name)
    try:
        copy = sqlite3.connect(partial, isolation_level=None)
        try:
            store.copy_to(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
            if copy.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("the copy failed SQLite's quick_check")
            notes = _count(copy, "notes", "WHERE trim(body) != ''")
            bookmarks = _count(copy, "bookmarks")
        finally:
            copy.close()
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as exc:
        _remove(partial)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise BackupError(
            f"Could not back up your notes to {target} ({reason}). Nothing was changed there; "
            "free some disk space or choose another folder."
        ) from exc
    return BackupResult(target, notes, bookmarks)
