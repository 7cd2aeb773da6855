"""Topic bodies kept in the pack cache file, read when something needs them.

A topic's Markdown body is most of a pack: at 20,000 topics the bodies are
about 140 MB of a 160 MB cache entry, and unpickling them took most of a
warm start and most of the window's memory (Python keeps a string with one
Chinese character at four bytes a character).  The window needs one body
at a time, to render the page shown.  So the pack cache entry stores the
pack without its bodies, then the bodies as one block of UTF-8::

    header pickle | payload pickle: (BODIES_APART, pack without bodies, spans) | bodies

``spans`` maps each topic id to the ``(offset, length)`` of its body in the
block.  A loaded pack's topics are :class:`StoredTopic`: plain
:class:`~briefing_app.core.pack.model.Topic` objects whose ``body`` is read
from the cache file each time it is asked for (a few microseconds; the OS
keeps the pages in its cache or drops them).  The open file is the one that
was read even if a later write replaces it (``os.replace`` makes a new file),
so a pack never mixes two versions.  A stored topic pickles as a plain
:class:`Topic` with its body.
"""

from __future__ import annotations

import contextlib
import copy
import os
import pickle
import tempfile
import threading
import weakref
from collections.abc import Callable
from dataclasses import fields
from pathlib import Path

from briefing_app.core.pack.entries import load_without_collecting
from briefing_app.core.pack.model import LazyTopic, Pack, Topic

#: First item of a payload whose bodies follow it (see the module doc).
BODIES_APART = "bodies-apart-1"
_ENCODING = ("utf-8", "surrogatepass")


class BodyStore:
    """The block of bodies in a cache file, read a body at a time from the open file.

    Read, not memory-mapped: the pages of a map that were touched count as the
    process's resident memory for as long as the map lives, and the search
    index reads every body once (about 30 MB at 5,000 topics, 140 MB at 20,000).
    A read costs one system call (``os.pread`` where there is one; elsewhere a
    seek and a read under a lock, since threads share the file).

    Args:
        path: the cache file.
        base: the byte offset of the block in the file.

    Raises:
        OSError: if the file cannot be opened.
    """

    def __init__(self, path: Path, base: int) -> None:
        self._file = open(path, "rb")  # noqa: SIM115  # kept open: see the module doc
        weakref.finalize(self, self._file.close)
        self._lock = threading.Lock()
        self._base = base

    def text(self, offset: int, length: int) -> str:
        """Return the body stored at ``offset`` (bytes into the block), ``length`` bytes long."""
        if not length:
            return ""
        start = self._base + offset
        pread = getattr(os, "pread", None)
        if pread is not None:
            data = pread(self._file.fileno(), length, start)
        else:  # Windows
            with self._lock:
                self._file.seek(start)
                data = self._file.read(length)
        return bytes(data).decode(*_ENCODING)


class StoredTopic(LazyTopic):
    """A :class:`Topic` whose ``body`` stays in a :class:`BodyStore` until read.

    Assigning ``body`` keeps the new text in the object, as for any topic.
    """

    @property
    def body(self) -> str:
        """The Markdown body, read from the store (or as last assigned)."""
        state = self.__dict__
        if "_own_body" in state:
            return str(state["_own_body"])
        store, offset, length = state["_stored"]
        return str(store.text(offset, length))

    @body.setter
    def body(self, value: str) -> None:
        self.__dict__["_own_body"] = value


def write_pack(path: Path, header: object, pack: Pack) -> None:
    """Write ``pack`` to the cache file ``path``: ``header``, the pack without bodies, the bodies.

    Atomic, as :func:`~briefing_app.core.pack.entries.write_entry`.  ``pack``
    itself is not changed.

    Raises:
        OSError: if the file cannot be written (the temporary file is removed).
    """
    blocks: list[bytes] = []
    spans: dict[str, tuple[int, int]] = {}
    offset = 0
    stripped = copy.copy(pack)
    stripped.topics = {}
    for topic_id, topic in pack.topics.items():
        data = topic.body.encode(*_ENCODING)
        spans[topic_id] = (offset, len(data))
        offset += len(data)
        blocks.append(data)
        values = {item.name: getattr(topic, item.name) for item in fields(Topic)}
        values["body"] = ""
        stripped.topics[topic_id] = Topic(**values)
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    try:
        with os.fdopen(handle, "wb") as out:
            pickle.dump(header, out, protocol=pickle.HIGHEST_PROTOCOL)
            pickle.dump((BODIES_APART, stripped, spans), out, protocol=pickle.HIGHEST_PROTOCOL)
            for block in blocks:
                out.write(block)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def read_pack(path: Path, accept: Callable[[object], bool]) -> Pack | None:
    """Return the pack stored by :func:`write_pack` at ``path`` if ``accept(header)``, else None.

    Its topics are :class:`StoredTopic` objects reading their bodies from
    the file.  Raises nothing: a missing, damaged or foreign file gives None.
    """
    try:
        with path.open("rb") as handle:
            if not accept(pickle.load(handle)):
                return None
            payload = load_without_collecting(handle)
            base = handle.tell()
        marker, pack, spans = payload
        if marker != BODIES_APART or not isinstance(pack, Pack):
            return None
        store = BodyStore(path, base)
        for topic_id, topic in pack.topics.items():
            _store_in(topic, store, *spans[topic_id])
    except Exception:  # a damaged entry of any kind is simply rebuilt
        return None
    return pack


def _store_in(topic: Topic, store: BodyStore | BodySpool, offset: int, length: int) -> None:
    """Make ``topic`` a :class:`StoredTopic` whose body is ``length`` bytes at ``offset`` of ``store``."""
    state = topic.__dict__
    state.pop("body", None)
    state.pop("_own_body", None)
    state["_stored"] = (store, offset, length)
    topic.__class__ = StoredTopic


class BodySpool:
    """Bodies written to an unnamed temporary file while a pack is parsed (see :meth:`keep`).

    Parsing a 20,000-topic pack would otherwise hold every body in memory
    until the pack is written to the cache; with a spool, peak memory is
    the pack without its bodies.  The file is deleted when the spool is
    closed or collected.  Safe to use from several threads.

    Raises:
        OSError: if the temporary file cannot be made.
    """

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile()  # noqa: SIM115  (lives as long as the pack)
        weakref.finalize(self, self._file.close)  # closed, not left to warn, when collected
        self._size = 0
        self._lock = threading.Lock()

    def keep(self, topic: Topic) -> Topic:
        """Write ``topic``'s body to the spool and return the topic, its body read from there."""
        data = topic.body.encode(*_ENCODING)
        with self._lock:
            self._file.seek(self._size)
            self._file.write(data)
            offset = self._size
            self._size += len(data)
        _store_in(topic, self, offset, len(data))
        return topic

    def text(self, offset: int, length: int) -> str:
        """Return the body written at ``offset``, ``length`` bytes long."""
        if not length:
            return ""
        with self._lock:
            self._file.seek(offset)
            data = self._file.read(length)
        return data.decode(*_ENCODING)
