"""The edition of each pack the user last read, so that a new edition can say what changed.

Two files per pack in ``editions/`` in the user data folder
(``$BRIEFING_DATA_DIR``), named after the pack id; the notes database is not
touched.  ``<name>.json`` is small: the edition last opened (the pack's
``version`` and ``updated``), the one before it, what changed between them,
and which added or changed topics the user has not opened since.
``<name>.texts.jsonl.gz`` holds each topic's title and text in that edition
(:func:`~briefing_app.core.library.changes.topic_text`), and the previous
edition's text of each changed or removed topic, so the diff can be shown
later.  Opening the same edition again, or marking a topic read, reads and
writes only the small file (a 5,000-topic pack's texts are about 16 MB
compressed).

:func:`note_edition` is called when a whole pack is open: the first time it
records the edition; when the edition differs (version or date) it compares
the texts and records the new edition with the changes.  Reading is
forgiving: a missing, damaged or newer-format file counts as no record (a
newer format is left as it is, never overwritten).  Writes are atomic, the
texts first, so a small file never names texts that were not written.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import re
import tempfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefing_app.core import paths
from briefing_app.core.library.changes import Changes, TopicText, compare, snapshot
from briefing_app.core.pack.model import Pack

#: The record format this version writes; a file with a higher one is never overwritten.
FORMAT = 1
#: A record file larger than this is not read (bytes, compressed).
MAX_RECORD_BYTES = 64 * 1024 * 1024
#: The texts file's suffix (gzip-compressed JSON Lines, see :func:`load_texts`).
TEXTS = "texts.jsonl.gz"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]")


@dataclass
class EditionRecord:
    """What is remembered of a pack (see module doc).

    Attributes:
        key: the pack's key (its id, else ``folder:<name>``).
        version, updated: the edition last opened.
        topics: topic id → title and text in that edition.
        previous: the edition before it ("version", "updated"), or None.
        changes: what changed from ``previous`` (empty when there is none).
        old: the previous edition's text of each changed and removed topic.
        unread: added and changed topics not opened since.
    """

    key: str
    version: str
    updated: str
    topics: dict[str, TopicText] = field(default_factory=dict)
    previous: tuple[str, str] | None = None
    changes: Changes = field(default_factory=Changes)
    old: dict[str, TopicText] = field(default_factory=dict)
    unread: set[str] = field(default_factory=set)

    def edition(self) -> str:
        """Return the edition in words: "edition 2 of 2025-06-30"."""
        return describe_edition(self.version, self.updated)

    def previous_edition(self) -> str:
        """Return the previous edition in words, or "" if none is known."""
        return describe_edition(*self.previous) if self.previous else ""


def describe_edition(version: str, updated: str) -> str:
    """Return "edition 2 of 2025-06-30", leaving out what is not known."""
    text = f"edition {version}" if version else "edition"
    return f"{text} of {updated}" if updated else text if version else "the undated edition"


def pack_key(pack: Pack) -> str:
    """Return the key a pack is remembered by: its id, else ``folder:<folder name>``."""
    return pack.info.id or f"folder:{pack.root.name}"


def record_path(key: str, part: str = "json") -> Path:
    """Return the file of pack ``key``, ``part`` "json" (the record) or :data:`TEXTS`
    (the texts): a readable part of the key and its CRC-32 name it."""
    crc = zlib.crc32(key.encode("utf-8", "surrogateescape"))
    name = f"{_UNSAFE.sub('_', key)[:40] or 'pack'}-{crc:08x}.{part}"
    return paths.data_dir() / "editions" / name


def _read_json(path: Path) -> dict[str, Any] | None:
    """Return the JSON object in the (small) file ``path``, or None."""
    try:
        if path.stat().st_size > MAX_RECORD_BYTES:
            return None
        document = json.loads(path.read_bytes().decode("utf-8"))
    except (OSError, ValueError):
        return None
    return document if isinstance(document, dict) else None


def load_record(key: str, texts: bool = False) -> EditionRecord | None:
    """Return the record of pack ``key``, or None (none, damaged, or a newer format).

    With ``texts`` the topics' texts are read too (:func:`load_texts`).
    """
    document = _read_json(record_path(key))
    if document is None or document.get("format") != FORMAT or document.get("key") != key:
        return None
    try:
        changes, previous = document["changes"], document["previous"]
        record = EditionRecord(
            key=key,
            version=str(document["version"]),
            updated=str(document["updated"]),
            previous=(str(previous[0]), str(previous[1])) if previous else None,
            changes=Changes(
                **{part: [tuple(item) for item in changes[part]] for part in Changes().as_dict()}
            ),
            unread={str(topic) for topic in document["unread"]},
        )
    except (KeyError, TypeError, IndexError, ValueError):
        return None
    if texts and not load_texts(record):
        return None
    return record


def load_texts(record: EditionRecord, pause: Callable[[], object] | None = None) -> bool:
    """Read the topics' texts of ``record``'s edition into it; False if they cannot be read.

    The file is JSON Lines, read a line at a time: a header, then one
    ``["topics"|"old", id, title, text]`` per topic, so that no single call
    holds the interpreter for long (this runs beside the GUI thread).
    """
    head = [FORMAT, record.key, record.version, record.updated]
    topics: dict[str, TopicText] = {}
    old: dict[str, TopicText] = {}
    try:
        path = record_path(record.key, TEXTS)
        if path.stat().st_size > MAX_RECORD_BYTES:
            return False
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            header = json.loads(next(lines))
            if [header.get(k) for k in ("format", "key", "version", "updated")] != head:
                return False
            for line in lines:
                part, topic_id, title, text = json.loads(line)
                (topics if part == "topics" else old)[str(topic_id)] = TopicText(title, text)
                if pause is not None:
                    pause()
    except (OSError, ValueError, EOFError, zlib.error, StopIteration, TypeError, AttributeError):
        return False
    record.topics, record.old = topics, old
    return True


def save_record(
    record: EditionRecord, texts: bool = True, pause: Callable[[], object] | None = None
) -> None:
    """Write ``record`` atomically (its texts too, unless ``texts`` is False; ``pause()``
    after each topic's); a file of a newer format is left alone.

    Raises:
        OSError: the data folder cannot be written.
    """
    existing = _read_json(record_path(record.key))
    if (
        existing is not None
        and isinstance(existing.get("format"), int)
        and existing["format"] > FORMAT
    ):
        return
    head = {
        "format": FORMAT,
        "key": record.key,
        "version": record.version,
        "updated": record.updated,
    }
    if texts:
        _write_texts(record, head, pause)
    document = {
        **head,
        "previous": list(record.previous) if record.previous else None,
        "changes": {
            part: [list(item) for item in items]
            for part, items in (
                ("added", record.changes.added),
                ("removed", record.changes.removed),
                ("changed", record.changes.changed),
            )
        },
        "unread": sorted(record.unread),
    }
    _write(record_path(record.key), json.dumps(document, ensure_ascii=False).encode("utf-8"))


def _write_texts(
    record: EditionRecord, head: dict[str, object], pause: Callable[[], object] | None
) -> None:
    """Write the texts file (see :func:`load_texts`) a line at a time, atomically."""
    path = record_path(record.key, TEXTS)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with (
            os.fdopen(handle, "wb") as raw,
            gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=1, mtime=0) as out,
        ):
            out.write(json.dumps(head).encode("utf-8") + b"\n")
            for part, texts in (("topics", record.topics), ("old", record.old)):
                for topic_id, text in texts.items():
                    line = json.dumps([part, topic_id, text.title, text.text], ensure_ascii=False)
                    out.write(line.encode("utf-8") + b"\n")
                    if pause is not None:
                        pause()
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def note_edition(pack: Pack, pause: Callable[[], object] | None = None) -> EditionRecord:
    """Record that the whole ``pack`` is open; return its record (see module doc).

    The same edition again costs one small read.  A new one compares every
    topic (1–2 s at 5,000 topics): run it off the GUI thread, with
    ``pause()`` (called after each topic read, compared or written) a short
    sleep that leaves the GUI thread the interpreter.  Never raises: when the
    record cannot be written the returned one still holds what changed, for
    this session.
    """
    key = pack_key(pack)
    record = load_record(key)
    edition = (pack.info.version, pack.info.updated)
    if record is not None and (record.version, record.updated) == edition:
        return record
    now = snapshot(pack, pause)
    if record is None or not load_texts(record, pause):
        record = EditionRecord(key, *edition, topics=now)
    else:
        changes = compare(record.topics, now)
        gone = {topic_id for topic_id, _title in changes.changed + changes.removed}
        record = EditionRecord(
            key,
            *edition,
            topics=now,
            previous=(record.version, record.updated),
            changes=changes,
            old={topic_id: record.topics[topic_id] for topic_id in gone},
            unread={topic_id for topic_id, _title in changes.added + changes.changed},
        )
    with contextlib.suppress(OSError):
        save_record(record, pause=pause)
    return record


def mark_read(record: EditionRecord, topic_id: str) -> bool:
    """Note that ``topic_id`` was opened; True if it was unread (the record is saved then)."""
    if topic_id not in record.unread:
        return False
    record.unread.discard(topic_id)
    with contextlib.suppress(OSError):
        save_record(record, texts=False)
    return True
