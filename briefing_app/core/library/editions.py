"""The edition of each pack the user last read, so that a new edition can say what changed.

One gzip-compressed JSON file per pack in ``editions/`` in the user data folder
(``$BRIEFING_DATA_DIR``), named after the pack id; the notes database is not
touched.  A record holds the edition (the pack's ``version`` and ``updated``)
and each topic's title and text (:func:`~briefing_app.core.library.changes.topic_text`),
and, once a newer edition has been opened, what changed from the one before
(the older text of each changed or removed topic, so the diff can be shown
later) and which added or changed topics the user has not opened yet.

:func:`note_edition` is called when a whole pack is open: the first time it
records the edition; when the edition differs (version or date) it compares
the texts and records the new edition with the changes.  Reading is
forgiving: a missing, damaged or newer-format file counts as no record (a
newer format is left as it is, never overwritten).  Writes are atomic.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import re
import tempfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from briefing_app.core import paths
from briefing_app.core.library.changes import Changes, TopicText, compare, snapshot
from briefing_app.core.pack.model import Pack

#: The record format this version writes; a file with a higher one is never overwritten.
FORMAT = 1
#: A record larger than this is not read (bytes, compressed).
MAX_RECORD_BYTES = 64 * 1024 * 1024
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


def record_path(key: str) -> Path:
    """Return the file of pack ``key``: a readable part of the key and its CRC-32."""
    crc = zlib.crc32(key.encode("utf-8", "surrogateescape"))
    return (
        paths.data_dir() / "editions" / f"{_UNSAFE.sub('_', key)[:40] or 'pack'}-{crc:08x}.json.gz"
    )


def load_record(key: str) -> EditionRecord | None:
    """Return the record of pack ``key``, or None (none, damaged, or a newer format)."""
    try:
        path = record_path(key)
        if path.stat().st_size > MAX_RECORD_BYTES:
            return None
        document = json.loads(gzip.decompress(path.read_bytes()).decode("utf-8"))
        if document.get("format") != FORMAT or document.get("key") != key:
            return None
        texts = {
            name: {topic: TopicText(*pair) for topic, pair in document[name].items()}
            for name in ("topics", "old")
        }
        changes = document["changes"]
        previous = document["previous"]
        return EditionRecord(
            key=key,
            version=str(document["version"]),
            updated=str(document["updated"]),
            topics=texts["topics"],
            previous=(str(previous[0]), str(previous[1])) if previous else None,
            changes=Changes(
                **{part: [tuple(item) for item in changes[part]] for part in Changes().as_dict()}
            ),
            old=texts["old"],
            unread={str(topic) for topic in document["unread"]},
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError, EOFError, zlib.error):
        return None


def save_record(record: EditionRecord) -> None:
    """Write ``record`` atomically; a file of a newer format is left alone.

    Raises:
        OSError: the data folder cannot be written.
    """
    path = record_path(record.key)
    with contextlib.suppress(OSError, ValueError, EOFError, zlib.error):
        if json.loads(gzip.decompress(path.read_bytes())).get("format", 0) > FORMAT:
            return
    document = {
        "format": FORMAT,
        "key": record.key,
        "version": record.version,
        "updated": record.updated,
        "topics": {key: [text.title, text.text] for key, text in record.topics.items()},
        "previous": list(record.previous) if record.previous else None,
        "changes": {
            part: [list(item) for item in items]
            for part, items in (
                ("added", record.changes.added),
                ("removed", record.changes.removed),
                ("changed", record.changes.changed),
            )
        },
        "old": {key: [text.title, text.text] for key, text in record.old.items()},
        "unread": sorted(record.unread),
    }
    data = gzip.compress(json.dumps(document, ensure_ascii=False).encode("utf-8"), mtime=0)
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


def note_edition(pack: Pack) -> EditionRecord:
    """Record that the whole ``pack`` is open; return its record (see module doc).

    Never raises: when the record cannot be written the returned one still
    holds what changed, for this session.
    """
    key = pack_key(pack)
    record = load_record(key)
    edition = (pack.info.version, pack.info.updated)
    if record is not None and (record.version, record.updated) == edition:
        return record
    now = snapshot(pack)
    if record is None:
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
        save_record(record)
    return record


def mark_read(record: EditionRecord, topic_id: str) -> bool:
    """Note that ``topic_id`` was opened; True if it was unread (the record is saved then)."""
    if topic_id not in record.unread:
        return False
    record.unread.discard(topic_id)
    with contextlib.suppress(OSError):
        save_record(record)
    return True
