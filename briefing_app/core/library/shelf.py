"""The library: the packs the user has added or opened, remembered between sessions.

One JSON file, ``library.json`` in the user data folder (``$BRIEFING_DATA_DIR``)::

    {"format": 1, "packs": [{"id": "kazakhstan-bri", "path": "...", ...}, ...]}

Each pack is an :class:`Entry`: a stable id (a slug of the pack's id or
title, unique in the library), the path the user gave (a folder or a
``.briefing`` file), its format, title, edition, audience, "facts as of"
date, size on disk, where it came from and, for a pack file, who signed it.
The bundled pack is always listed and cannot be removed.  :func:`entries`
lists them recently opened first.

Adding the same path again (however it is spelled: the path is resolved)
updates the entry in place; a path that holds no usable pack raises
:class:`ShelfError` with a message naming the path and what to do.

The file is written whole and atomically (a temporary file renamed over it),
under a lock, so a crash never leaves half a file.  A file this version
cannot parse (damaged) is moved aside as ``library.json.damaged`` and a new
one started; one written by a newer version (a higher ``format``) is read as
far as it can be and never overwritten, nor is one that cannot be read at
all (permissions): changes then raise :class:`ShelfError`.  Two processes
changing the library at the same moment (the window and ``briefing-app
library add``) can lose one of the two changes; neither can damage the file.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
import threading
from dataclasses import asdict, dataclass, field, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_app.core import paths

if TYPE_CHECKING:
    from briefing_app.core.pack.model import Pack

#: The file format this version writes; a file with a higher one is never overwritten.
FORMAT = 1
FILE_NAME = "library.json"
#: A library file larger than this is not read (bytes): thousands of packs fit.
MAX_FILE_BYTES = 8 * 1024 * 1024
#: Files counted, at most, for a folder's size on disk.
MAX_FILES_COUNTED = 200_000
_SLUG = re.compile(r"[^a-z0-9]+")
_LOCK = threading.RLock()


class ShelfError(Exception):
    """A change to the library that cannot be made; the message says why and what to do."""


@dataclass
class Entry:
    """One pack in the library.

    Attributes:
        id: the stable slug the commands take (``library remove ID``).
        path: the folder or ``.briefing`` file, absolute (str).
        format: "briefing" (a pack folder), "packfile" (a ``.briefing`` file),
            "mkdocs", "obsidian" or "markdown".
        title, edition, audience, facts_as_of: as the pack says ("" when it does not).
        size: bytes on disk (the file, or every file of the folder).
        source: "bundled", "folder" or "file".
        signature: for a pack file, "signed by NAME (trusted)", "unsigned", "bad signature: …"
            (:meth:`SignatureStatus.describe`); "" for a folder.
        signature_state: "trusted", "unknown", "bad", "unsigned", or "" for a folder.
        integrity: for a pack file, "verified" when every file matches its manifest, else
            what failed ("ALTERED: topics/a.md", "REFUSED: why"); "" for a folder.
        integrity_state: "verified", "altered" (a file altered, missing or extra),
            "refused", or "" for a folder.
        failed_files: the files that failed verification (altered, missing, then extra).
        added, opened: when it was added and last opened (ISO 8601, UTC; opened "" if never).
    """

    id: str
    path: str
    format: str = ""
    title: str = ""
    edition: str = ""
    audience: str = ""
    facts_as_of: str = ""
    size: int = 0
    source: str = "folder"
    signature: str = ""
    signature_state: str = ""
    integrity: str = ""
    integrity_state: str = ""
    failed_files: list[str] = field(default_factory=list)
    added: str = ""
    opened: str = ""

    @property
    def bundled(self) -> bool:
        """True for the pack that ships with the app (never removed)."""
        return self.source == "bundled"

    @property
    def recency(self) -> str:
        """The time that orders the list: last opened, else added (ISO 8601)."""
        return max(self.opened, self.added)

    def folder(self) -> Path:
        """Return the folder that holds the pack: the path itself, or a pack file's folder."""
        path = Path(self.path)
        return path if path.is_dir() else path.parent

    def as_dict(self) -> dict[str, object]:
        """Return the entry JSON-ready (every attribute, and ``bundled``)."""
        return {**asdict(self), "bundled": self.bundled}


def library_file() -> Path:
    """Return the library file: ``library.json`` in the user data folder."""
    return paths.data_dir() / FILE_NAME


def now() -> str:
    """Return the time now as ISO 8601 in UTC with microseconds (sortable as text)."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def path_key(path: Path | str) -> str:
    """Return the form of ``path`` two spellings of one pack share (resolved, case-folded
    where the platform ignores case)."""
    return os.path.normcase(os.path.realpath(os.path.expanduser(str(path))))


# -- reading and writing ------------------------------------------------------------


def _read() -> tuple[list[Entry], bool]:
    """Return the entries in the file and whether the file may be written."""
    file = library_file()
    try:
        if file.stat().st_size > MAX_FILE_BYTES:
            raise ValueError("too large")
        document = json.loads(file.read_bytes().decode("utf-8"))
        if not isinstance(document, dict) or not isinstance(document.get("packs"), list):
            raise ValueError("not a library")
    except FileNotFoundError:
        return [], True
    except OSError:
        return [], False  # unreadable now (permissions, a disk error): never overwritten
    except ValueError:
        with contextlib.suppress(OSError):
            os.replace(file, file.with_name(FILE_NAME + ".damaged"))
        return [], True
    writable = isinstance(document.get("format"), int) and document["format"] <= FORMAT
    names = {f.name for f in fields(Entry)}
    found: list[Entry] = []
    for item in document["packs"]:
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            continue
        values = {key: value for key, value in item.items() if key in names}
        if not isinstance(values.get("path"), str):
            continue
        failed = values.get("failed_files", [])
        if not isinstance(failed, list) or not all(isinstance(name, str) for name in failed):
            values["failed_files"] = []
        try:
            found.append(Entry(**values))
        except TypeError:
            continue
    return found, writable


def _read_all() -> tuple[list[Entry], bool]:
    """Return the entries in the file, the bundled pack's among them (written to the file
    when it was not there), and whether the file may be written."""
    found, writable = _read()
    bundled = _bundled_entry(found)
    if bundled not in found:
        found.append(bundled)
        if writable:
            with contextlib.suppress(ShelfError):
                _write(found, writable)
    return found, writable


def _write(found: list[Entry], writable: bool) -> None:
    """Write ``found`` as the library file, atomically.

    Raises:
        ShelfError: the file belongs to a newer version, or cannot be written.
    """
    file = library_file()
    if not writable:
        raise ShelfError(
            f"{file} cannot be read, or was written by a newer version of Briefing; "
            "the library is left as it is: check the file's permissions, or use that version"
        )
    data = json.dumps(
        {"format": FORMAT, "packs": [asdict(e) for e in found]}, ensure_ascii=False, indent=1
    ).encode("utf-8")
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=file.parent, prefix=".tmp-library-")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temp, file)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise
    except OSError as exc:
        raise ShelfError(
            f"cannot save the library in {file}: {exc.strerror or exc}; "
            "check that the folder can be written"
        ) from exc


# -- the list -------------------------------------------------------------------------


def entries() -> list[Entry]:
    """Return every pack in the library, the bundled one included, recently opened first.

    Never raises: a missing or damaged file gives the bundled pack alone.
    """
    with _LOCK:
        found, _writable = _read_all()
    return sorted(found, key=lambda e: e.recency, reverse=True)


def find(entry_id: str) -> Entry | None:
    """Return the entry with id ``entry_id``, or None."""
    return next((e for e in entries() if e.id == entry_id), None)


def find_path(path: Path | str) -> Entry | None:
    """Return the entry of ``path`` (any spelling of it), or None."""
    key = path_key(path)
    return next((e for e in entries() if path_key(e.path) == key), None)


def add(path: Path | str) -> Entry:
    """Load the pack at ``path`` (a folder or ``.briefing`` file) and add it to the library.

    Adding a path already listed refreshes its entry (same id, same added time).

    Returns:
        The entry.

    Raises:
        ShelfError: nothing usable there (the message names the path and what to
            do), or the library file cannot be written.
    """
    from briefing_app.core.pack.cache import load_pack_cached

    given = Path(os.path.expanduser(str(path)))
    if not given.exists():
        raise ShelfError(
            f"{given}: no such folder or file; give a pack folder, an MkDocs project, "
            "an Obsidian vault, a folder of Markdown or a .briefing file"
        )
    pack = load_pack_cached(given)
    if not pack.topics:
        errors = [p.format() for p in pack.problems if p.severity == "error"][:3]
        why = f" ({'; '.join(errors)})" if errors else ""
        raise ShelfError(
            f"{given}: not a pack Briefing can open{why}; "
            f"run `briefing-app check {given}` for the details"
        )
    return record(pack, given, opened=False)


def record(pack: Pack, source: Path | str | None = None, opened: bool = True) -> Entry:
    """Add the loaded ``pack`` to the library, or refresh its entry; return the entry.

    Args:
        pack: the pack as loaded.
        source: the path the user gave (a ``.briefing`` file's own path, not the
            folder it was extracted into); default ``pack.root``, or for a pack
            extracted from a ``.briefing`` file, that file (the absolute path it was
            last opened from).
        opened: also note that it was opened now.

    Raises:
        ShelfError: the library file cannot be written.
    """
    if source is None:
        from briefing_app.core.library.packfile import report_for

        report = report_for(pack.root) if pack.root.parent.name == "packfiles" else None
        source = report.source if report is not None else pack.root
    given = Path(source)
    fresh = describe(pack, given)
    with _LOCK:
        found, writable = _read_all()
        if fresh.bundled:
            current = next((e for e in found if e.bundled), None)
        else:
            key = path_key(given)
            current = next((e for e in found if path_key(e.path) == key), None)
        if current is None:
            taken = {e.id for e in found}
            fresh.id = _unique(fresh.id, taken)
            fresh.added = now()
            found.append(fresh)
            current = fresh
        else:
            keep = {"id": current.id, "added": current.added, "opened": current.opened}
            current.__dict__.update({**asdict(fresh), **keep})
        if opened:
            current.opened = now()
        _write(found, writable)
    return current


def remove(entry_id: str) -> Entry:
    """Remove the entry ``entry_id`` from the library (its files are not touched); return it.

    Raises:
        ShelfError: no such entry, the bundled pack, or the file cannot be written.
    """
    with _LOCK:
        found, writable = _read_all()
        entry = next((e for e in found if e.id == entry_id), None)
        if entry is None:
            ids = ", ".join(e.id for e in found) or "none"
            raise ShelfError(
                f"no pack {entry_id!r} in the library (its ids: {ids}); "
                "`briefing-app library list` lists them"
            )
        if entry.bundled:
            raise ShelfError(f"{entry_id!r} is the pack that ships with Briefing; it stays listed")
        found.remove(entry)
        _write(found, writable)
    return entry


# -- describing a pack ------------------------------------------------------------------


def describe(pack: Pack, source: Path) -> Entry:
    """Return a new entry (id not yet made unique, no times) for ``pack`` loaded from ``source``."""
    from briefing_app.core.resources import bundled_pack_path

    absolute = Path(os.path.abspath(os.path.expanduser(str(source))))
    info = pack.info
    bundled = path_key(absolute) == path_key(bundled_pack_path())
    entry = Entry(
        id=slug(info.id or info.title or absolute.stem),
        path=str(absolute),
        title=info.title or absolute.name,
        edition=_edition(info.version, info.updated),
        audience=info.audience,
        facts_as_of=info.facts_as_of,
        size=size_on_disk(absolute),
        source="bundled" if bundled else ("file" if absolute.is_file() else "folder"),
    )
    if absolute.is_file():
        entry.format = "packfile"
        from briefing_app.core.library.packfile import report_for

        report = report_for(pack.root)
        if report is not None:
            entry.signature = report.signature.describe()
            entry.signature_state = report.signature.state
            entry.failed_files = report.failed_files()
            entry.integrity = report.failure_text() or "verified"
            entry.integrity_state = "verified" if report.verified else "altered"
        else:  # refused: nothing was extracted, the loader's problem says why
            why = next((p.message for p in pack.problems if p.severity == "error"), "")
            entry.integrity = f"REFUSED: {why}" if why else "REFUSED"
            entry.integrity_state = "refused"
    else:
        from briefing_app.core.formats.detect import folder_kind

        entry.format = folder_kind(absolute) or "briefing"
    return entry


def _bundled_entry(found: list[Entry]) -> Entry:
    """Return the bundled pack's entry from ``found``, made and added if missing or moved."""
    from briefing_app.core.resources import bundled_pack_path

    current = next((e for e in found if e.bundled), None)
    if current is not None and path_key(current.path) == path_key(bundled_pack_path()):
        return current
    from briefing_app.core.pack.cache import load_pack_cached

    fresh = describe(load_pack_cached(None), bundled_pack_path())
    if current is not None:  # the app moved (reinstalled): same entry, new place
        fresh.id, fresh.added, fresh.opened = current.id, current.added, current.opened
        found.remove(current)
    else:
        fresh.id = _unique(fresh.id, {e.id for e in found})
        fresh.added = now()
    return fresh


def _edition(version: str, updated: str) -> str:
    if version and updated:
        return f"{version} ({updated})"
    return version or updated


def slug(text: str) -> str:
    """Return ``text`` as an id: lowercase ASCII letters, digits and hyphens ("pack" if none)."""
    return _SLUG.sub("-", text.lower()).strip("-")[:48] or "pack"


def _unique(wanted: str, taken: set[str]) -> str:
    if wanted not in taken:
        return wanted
    number = 2
    while f"{wanted}-{number}" in taken:
        number += 1
    return f"{wanted}-{number}"


def size_on_disk(path: Path) -> int:
    """Return the bytes of the file ``path``, or of every file under the folder ``path``
    (symlinks not followed; at most :data:`MAX_FILES_COUNTED` files).  Never raises."""
    try:
        if not path.is_dir():
            return path.stat().st_size
    except OSError:
        return 0
    total = counted = 0
    for folder, _folders, files in os.walk(path):
        for name in files:
            with contextlib.suppress(OSError):
                total += os.lstat(os.path.join(folder, name)).st_size
            counted += 1
            if counted >= MAX_FILES_COUNTED:
                return total
    return total
