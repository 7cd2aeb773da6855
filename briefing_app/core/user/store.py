"""The user's own data: private notes, bookmarks and recently opened topics, in SQLite.

One database file, ``briefing.sqlite3``, in the user data folder
(``platformdirs.user_data_dir("briefing-app")``, or ``$BRIEFING_DATA_DIR``
when that is set; the tests set it).  Rows are keyed by the pack id of
``briefing.yaml`` and the topic id, so notes follow a pack to a new version.

Durability, from the SQLite documentation ("Write-Ahead Logging",
"PRAGMA synchronous"): the journal is in WAL mode, ``synchronous=FULL``, and
every save is one transaction, so a save that returned survives the app being
killed or the machine losing power.

One file holds everything after a clean quit: a saved change first goes to
the write-ahead log ``briefing.sqlite3-wal`` and reaches the main file only at
a checkpoint.  SQLite checkpoints and deletes the log when the last connection
to the file closes ("Write-Ahead Logging", section "Automatic Checkpoint"), but
only if that close happens: a connection left to the garbage collector at exit,
or a second Briefing still running, leaves the newest notes in the log, and a
copy of the main file alone would miss them.  :meth:`UserStore.checkpoint`
therefore runs ``PRAGMA wal_checkpoint(TRUNCATE)`` explicitly when the window
closes and :meth:`UserStore.close` does it again before closing.  While another
connection is inside a read transaction the checkpoint cannot copy the frames
that reader may still need, nor empty the log ("PRAGMA wal_checkpoint": the
first result column is 1 when it was blocked); the result says so, and the
last copy of Briefing to quit completes it.

The schema is versioned with ``PRAGMA user_version``: :data:`MIGRATIONS` is
the list of steps, step *n* takes the file from version *n-1* to *n* inside
one transaction.  A file written by a newer Briefing (a higher version than
this one knows) is opened read-only with a notice; a damaged file (not a
database, or failing ``PRAGMA quick_check``) is moved aside with a timestamp
and a new one started, the notice saying where the old one is; a file that
cannot be opened at all (permissions) gives an in-memory store with a notice.  Nothing here raises
on open; writes raise :class:`StoreError` with a message for the user.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from briefing_app.core import paths
from briefing_app.core.pack.model import Pack

FILE_NAME = "briefing.sqlite3"
#: Recently opened topics kept per pack.
RECENT_LIMIT = 20

#: How long opening the store tries to switch a file held by another process to WAL (s).
WAL_SWITCH_WAIT_S = 5.0
#: How long a checkpoint at close waits for another process's transaction to end (ms).
CHECKPOINT_WAIT_MS = 1000
#: The busy timeout of every other statement (ms); ``sqlite3.connect(timeout=5.0)``.
BUSY_TIMEOUT_MS = 5000
#: Schema steps; ``MIGRATIONS[n - 1]`` takes a file from user_version n-1 to n.
MIGRATIONS: tuple[str, ...] = (
    # 1: notes and bookmarks.
    """
    CREATE TABLE notes (
        pack_id TEXT NOT NULL,
        topic_id TEXT NOT NULL,
        body TEXT NOT NULL,
        updated TEXT NOT NULL,
        PRIMARY KEY (pack_id, topic_id)
    );
    CREATE TABLE bookmarks (
        pack_id TEXT NOT NULL,
        topic_id TEXT NOT NULL,
        created TEXT NOT NULL,
        PRIMARY KEY (pack_id, topic_id)
    );
    """,
    # 2: recently opened topics (Go → Recent Topics).
    """
    CREATE TABLE recent (
        pack_id TEXT NOT NULL,
        topic_id TEXT NOT NULL,
        visited TEXT NOT NULL,
        PRIMARY KEY (pack_id, topic_id)
    );
    CREATE INDEX recent_by_time ON recent (pack_id, visited);
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


class StoreError(Exception):
    """A save failed; ``str(error)`` is a sentence for the user saying what to do."""


@dataclass(frozen=True)
class Checkpoint:
    """What ``PRAGMA wal_checkpoint(TRUNCATE)`` achieved (:meth:`UserStore.checkpoint`).

    Attributes:
        complete: every saved change is in the main database file, so a copy
            of that one file holds all notes and bookmarks.
        truncated: the write-ahead log was also emptied (0 bytes).
        detail: a sentence saying what happened, for logs and tests.
    """

    complete: bool
    truncated: bool
    detail: str


def data_dir() -> Path:
    """Return the folder of the user's data (``$BRIEFING_DATA_DIR`` or the platform's;
    :func:`briefing_app.core.paths.data_dir`)."""
    return paths.data_dir()


def _is_damage(error: sqlite3.DatabaseError) -> bool:
    """True if SQLite says the file is not a database or is malformed (not a permission problem)."""
    text = str(error).lower()
    return "not a database" in text or "malformed" in text or "corrupt" in text


def default_path() -> Path:
    """Return the database file the app uses (the folder may not exist yet)."""
    return data_dir() / FILE_NAME


def pack_key(pack: Pack) -> str:
    """Return the key a pack's rows are stored under: its id, else its folder name."""
    return pack.info.id or f"folder:{pack.root.name}"


def _now() -> str:
    """Return the current UTC time as ISO 8601 text with microseconds."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def migrate(connection: sqlite3.Connection) -> int:
    """Apply the missing :data:`MIGRATIONS` steps to ``connection``; return the new version.

    Each step and its ``PRAGMA user_version`` run in one transaction, so a
    step interrupted half-way leaves the file at the previous version.  A
    step that fails because another process applied it meanwhile (two
    windows started at once on a new file) counts as done.

    Raises:
        sqlite3.Error: if a step fails (it is rolled back first).
        ValueError: if the file is newer than :data:`SCHEMA_VERSION`.
    """
    version = _user_version(connection)
    while version < SCHEMA_VERSION:
        number = version + 1
        script = (
            f"BEGIN IMMEDIATE;\n{MIGRATIONS[number - 1]}\nPRAGMA user_version = {number};\nCOMMIT;"
        )
        try:
            connection.executescript(script)
        except sqlite3.Error:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            if _user_version(connection) < number:
                raise
        version = _user_version(connection)
    if version > SCHEMA_VERSION:  # also when a newer Briefing migrated it meanwhile
        raise ValueError(f"schema version {version} is newer than {SCHEMA_VERSION}")
    return SCHEMA_VERSION


def _use_wal(connection: sqlite3.Connection) -> str:
    """Switch ``connection``'s file to write-ahead logging; return the journal mode in force.

    The switch needs the file to itself and, unlike other statements, does
    not wait out SQLite's busy timeout: while another process holds the file
    (a second window starting at the same moment) it fails at once with
    "database is locked".  It is tried again for up to :data:`WAL_SWITCH_WAIT_S`.

    Raises:
        sqlite3.OperationalError: if the file stays locked that long, or on any other error.
    """
    deadline = time.monotonic() + WAL_SWITCH_WAIT_S
    while True:
        try:
            return str(connection.execute("PRAGMA journal_mode = WAL").fetchone()[0])
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _user_version(connection: sqlite3.Connection) -> int:
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


class UserStore:
    """Notes, bookmarks and recent topics of every pack (see module doc).

    Use :meth:`open`; the constructor takes an open connection.

    Attributes:
        path: the database file, or ``None`` for an in-memory fallback.
        read_only: True when writes are refused (a newer schema).
        notice: "" when all is well, else a sentence for the user about why
            notes are read-only or will not be kept.
    """

    def __init__(
        self,
        connection: sqlite3.Connection,
        path: Path | None,
        read_only: bool = False,
        notice: str = "",
    ) -> None:
        self._db = connection
        self.path = path
        self.read_only = read_only
        self.notice = notice
        self._closed = False

    @classmethod
    def open(cls, path: Path | None = None) -> UserStore:
        """Open (creating and migrating as needed) the store at ``path`` (default the user's).

        Never raises: a newer schema opens read-only, and a file that cannot
        be opened gives an in-memory store; both set :attr:`notice`.
        """
        path = path if path is not None else default_path()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(path, isolation_level=None, timeout=5.0)
        except (OSError, sqlite3.Error) as exc:
            return cls._in_memory(path, exc)
        try:
            version = int(connection.execute("PRAGMA user_version").fetchone()[0])
            if version > SCHEMA_VERSION:
                connection.close()
                return cls._read_only(path, version)
            if connection.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("database disk image is malformed")
            mode = _use_wal(connection)
            connection.execute("PRAGMA synchronous = FULL")
            migrate(connection)
        except sqlite3.DatabaseError as exc:
            connection.close()
            if not _is_damage(exc) or not path.exists():
                return cls._in_memory(path, exc)
            return cls._replace_damaged(path, exc)
        except (sqlite3.Error, ValueError) as exc:
            connection.close()
            return cls._in_memory(path, exc)
        notice = (
            ""
            if str(mode).lower() == "wal"
            else f"{path}: the file system does not allow write-ahead logging; notes are saved more slowly."
        )
        return cls(connection, path, notice=notice)

    @classmethod
    def _replace_damaged(cls, path: Path, error: BaseException) -> UserStore:
        """Move a damaged database (and its WAL files) aside with a timestamp; start a new one."""
        stamp = time.strftime("%Y%m%d-%H%M%S")
        kept = path.with_name(f"{path.name}.damaged-{stamp}")
        try:
            for suffix in ("", "-wal", "-shm"):
                side = Path(f"{path}{suffix}")
                if side.exists():
                    side.rename(Path(f"{kept}{suffix}"))
        except OSError as exc:
            return cls._in_memory(path, exc)
        fresh = cls.open(path)
        fresh.notice = (
            f"Your notes file was damaged ({error}) and has been moved to {kept}; a new, empty "
            "one was started. The old file can be opened with any SQLite tool to recover text."
            + (f" {fresh.notice}" if fresh.notice else "")
        )
        return fresh

    @classmethod
    def _read_only(cls, path: Path, version: int) -> UserStore:
        notice = (
            f"{path} was written by a newer version of Briefing (data version {version}, this "
            f"version knows {SCHEMA_VERSION}). Your notes and bookmarks are shown read-only; "
            "update Briefing to change them."
        )
        try:
            connection = sqlite3.connect(
                f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None, timeout=5.0
            )
            connection.execute("PRAGMA user_version").fetchone()
        except sqlite3.Error as exc:
            return cls._in_memory(path, exc)
        return cls(connection, path, read_only=True, notice=notice)

    @classmethod
    def _in_memory(cls, path: Path, error: BaseException) -> UserStore:
        connection = sqlite3.connect(":memory:", isolation_level=None)
        migrate(connection)
        notice = (
            f"Cannot open your notes file {path} ({error}). Notes and bookmarks made now are "
            "kept only until you quit (File → Back Up Notes… saves them to a file); check the "
            "folder's permissions or move the file away, then restart Briefing."
        )
        return cls(connection, None, notice=notice)

    def checkpoint(self, wait_ms: int = CHECKPOINT_WAIT_MS) -> Checkpoint:
        """Copy every saved change from the write-ahead log into the main file and empty the log.

        Runs ``PRAGMA wal_checkpoint(TRUNCATE)`` (SQLite documentation,
        "PRAGMA wal_checkpoint"): it waits up to ``wait_ms`` for other
        connections' transactions, copies the log into the database file,
        syncs it and truncates the log to zero bytes.  Its result row is
        (blocked, frames in the log, frames copied); a reader in another
        process that keeps a transaction open blocks the truncation and,
        for frames newer than its snapshot, the copy, so ``complete`` is
        False until that reader finishes (the last connection to close then
        checkpoints).  An idle connection elsewhere does not block it.  A
        read-only or in-memory store has nothing to checkpoint.

        Never raises: a failure is reported in the result.
        """
        if self.path is None or self.read_only or self._closed:
            return Checkpoint(True, False, "nothing to checkpoint (read-only, in memory or closed)")
        try:
            self._db.execute(f"PRAGMA busy_timeout = {int(wait_ms)}")
            try:
                blocked, logged, copied = self._db.execute(
                    "PRAGMA wal_checkpoint(TRUNCATE)"
                ).fetchone()
            finally:
                self._db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        except sqlite3.Error as exc:
            return Checkpoint(False, False, f"checkpoint of {self.path} failed: {exc}")
        if logged == -1:  # not in WAL mode: a commit writes the main file itself
            return Checkpoint(True, False, "no write-ahead log: every change is in the file")
        if not blocked:
            return Checkpoint(True, True, "every change is in the file; the log is empty")
        complete = logged == copied
        return Checkpoint(
            complete,
            False,
            f"another connection is using {self.path.name}: {copied} of {logged} log frames "
            "copied into the file and the log kept; the last copy of Briefing to quit completes it",
        )

    def close(self) -> Checkpoint:
        """Checkpoint (:meth:`checkpoint`), then close the database; return the checkpoint.

        Closing the last connection to the file also lets SQLite delete the
        ``-wal`` and ``-shm`` files.  Later calls read nothing and saves raise
        :class:`StoreError`.  Calling it twice is harmless.
        """
        if self._closed:
            return Checkpoint(True, False, "closed already")
        done = self.checkpoint()
        self._db.close()
        self._closed = True
        return done

    def copy_to(self, target: sqlite3.Connection) -> None:
        """Copy the whole database, log included, into the open database ``target``.

        Uses SQLite's online backup API (``sqlite3.Connection.backup``; SQLite
        documentation, "Using the SQLite Online Backup API"): the copy is a
        consistent snapshot that includes changes still in the write-ahead
        log, taken while this connection stays usable.
        :mod:`briefing_app.core.user.backup` wraps it for File → Back Up Notes.

        Raises:
            sqlite3.Error: the copy failed (disk full, target not writable, store closed).
        """
        self._db.backup(target)

    # -- plumbing -------------------------------------------------------------

    @contextmanager
    def _write(self, durable: bool = True) -> Iterator[sqlite3.Connection]:
        """Run the body in one ``BEGIN IMMEDIATE`` transaction; StoreError on failure.

        ``durable=False`` commits without waiting for the disk
        (``synchronous=NORMAL``: in WAL mode the write survives the app being
        killed, though not a power cut).  Only for data that is not the user's
        own words, such as recent topics, so that opening a topic never waits
        for a disk flush.
        """
        if self.read_only:
            raise StoreError(self.notice or "Your notes are read-only.")
        try:
            if not durable:
                self._db.execute("PRAGMA synchronous = NORMAL")
            try:
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    yield self._db
                except BaseException:
                    self._db.execute("ROLLBACK")
                    raise
                self._db.execute("COMMIT")
            finally:
                if not durable:
                    self._db.execute("PRAGMA synchronous = FULL")
        except sqlite3.Error as exc:
            where = self.path if self.path is not None else "memory"
            raise StoreError(
                f"Could not save to {where} ({exc}). Your text is still on screen; "
                "free some disk space or close other copies of Briefing, then edit again."
            ) from exc

    def _rows(self, sql: str, parameters: tuple[str | int, ...]) -> list[tuple[str, ...]]:
        """Run a query; a read that fails (a newer, unknown schema) gives no rows."""
        try:
            return [tuple(row) for row in self._db.execute(sql, parameters).fetchall()]
        except sqlite3.Error:
            return []

    # -- notes ----------------------------------------------------------------

    def note(self, pack_id: str, topic_id: str) -> str:
        """Return the user's Markdown note on a topic ("" if none)."""
        rows = self._rows(
            "SELECT body FROM notes WHERE pack_id = ? AND topic_id = ?", (pack_id, topic_id)
        )
        return rows[0][0] if rows else ""

    def notes(self, pack_id: str) -> dict[str, str]:
        """Return every non-empty note of a pack: topic id to Markdown text."""
        rows = self._rows("SELECT topic_id, body FROM notes WHERE pack_id = ?", (pack_id,))
        return {topic_id: body for topic_id, body in rows if body.strip()}

    def save_note(self, pack_id: str, topic_id: str, body: str) -> None:
        """Save a note in one transaction; text that is only whitespace deletes it.

        Raises:
            StoreError: the store is read-only or the write failed.
        """
        with self._write() as db:
            if body.strip():
                db.execute(
                    "INSERT INTO notes (pack_id, topic_id, body, updated) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (pack_id, topic_id) DO UPDATE SET body = excluded.body, "
                    "updated = excluded.updated",
                    (pack_id, topic_id, body, _now()),
                )
            else:
                db.execute(
                    "DELETE FROM notes WHERE pack_id = ? AND topic_id = ?", (pack_id, topic_id)
                )

    # -- bookmarks ------------------------------------------------------------

    def bookmarks(self, pack_id: str) -> list[str]:
        """Return the starred topic ids of a pack, oldest star first."""
        rows = self._rows(
            "SELECT topic_id FROM bookmarks WHERE pack_id = ? ORDER BY created, rowid", (pack_id,)
        )
        return [row[0] for row in rows]

    def is_bookmarked(self, pack_id: str, topic_id: str) -> bool:
        """True if the topic is starred."""
        return bool(
            self._rows(
                "SELECT 1 FROM bookmarks WHERE pack_id = ? AND topic_id = ?", (pack_id, topic_id)
            )
        )

    def set_bookmarked(self, pack_id: str, topic_id: str, starred: bool) -> None:
        """Star or unstar a topic.

        Raises:
            StoreError: the store is read-only or the write failed.
        """
        with self._write() as db:
            if starred:
                db.execute(
                    "INSERT OR IGNORE INTO bookmarks (pack_id, topic_id, created) VALUES (?, ?, ?)",
                    (pack_id, topic_id, _now()),
                )
            else:
                db.execute(
                    "DELETE FROM bookmarks WHERE pack_id = ? AND topic_id = ?", (pack_id, topic_id)
                )

    # -- recent topics --------------------------------------------------------

    def recent(self, pack_id: str, limit: int = RECENT_LIMIT) -> list[str]:
        """Return up to ``limit`` recently opened topic ids of a pack, newest first."""
        rows = self._rows(
            "SELECT topic_id FROM recent WHERE pack_id = ? ORDER BY visited DESC, rowid DESC "
            "LIMIT ?",
            (pack_id, limit),
        )
        return [row[0] for row in rows]

    def record_visit(self, pack_id: str, topic_id: str) -> None:
        """Note that a topic was opened now, keeping the newest :data:`RECENT_LIMIT` per pack.

        Raises:
            StoreError: the store is read-only or the write failed.
        """
        with self._write(durable=False) as db:
            db.execute(
                "INSERT INTO recent (pack_id, topic_id, visited) VALUES (?, ?, ?) "
                "ON CONFLICT (pack_id, topic_id) DO UPDATE SET visited = excluded.visited",
                (pack_id, topic_id, _now()),
            )
            db.execute(
                "DELETE FROM recent WHERE pack_id = ? AND topic_id NOT IN (SELECT topic_id FROM "
                "recent WHERE pack_id = ? ORDER BY visited DESC, rowid DESC LIMIT ?)",
                (pack_id, pack_id, RECENT_LIMIT),
            )
