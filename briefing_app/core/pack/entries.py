"""Cache entry files: a header pickle, then a payload pickle, written atomically.

Shared by the user's pack cache (:mod:`briefing_app.core.pack.cache`) and the
pack prepared with the app (:mod:`briefing_app.core.pack.prepared`), so that
neither imports the other's internals: the cache imports the prepared pack,
and both import this module.

A reader compares the first pickle with the header it expects (format
version, app version, a listing of the pack's files) and unpickles the
payload only on a match; any mismatch or damage reads as "no entry".
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

#: Bump when the pickled model or the page HTML changes shape.
CACHE_FORMAT = 2  # 2: Pack gained timeline, places and routes


def pack_files(root: Path) -> list[tuple[str, str]]:
    """Return every file under ``root`` as (path relative to ``root`` with ``/``, full path).

    Sorted by relative path.

    Raises:
        OSError: if ``root`` cannot be listed.
    """
    found = []
    for folder, _dirs, files in os.walk(root, onerror=_raise):
        for name in files:
            path = os.path.join(folder, name)
            found.append((os.path.relpath(path, root).replace(os.sep, "/"), path))
    return sorted(found)


def _raise(error: OSError) -> None:
    raise error


def read_entry(path: Path, header: object | Callable[[object], bool]) -> Any:
    """Return the second pickle of file ``path`` if its first pickle is what ``header`` wants.

    ``header`` is the value the first pickle must equal, or a function of
    the first pickle that returns True to accept it.  Raises nothing: a
    missing, damaged or foreign file gives None.
    """
    try:
        with path.open("rb") as handle:
            found = pickle.load(handle)
            if not (header(found) if callable(header) else found == header):
                return None
            return load_without_collecting(handle)
    except Exception:  # a damaged entry of any kind is simply rebuilt
        return None


def load_without_collecting(handle: BinaryIO) -> Any:
    """Unpickle from ``handle`` with the cyclic garbage collector paused.

    Unpickling creates hundreds of thousands of objects (a 20,000-topic
    pack), each of which counts towards the collector's next run; none is
    garbage.  With the collector running, loading such a pack took 0.7 s,
    of which 0.5 s was collections; paused, 0.15 s.
    """
    paused = gc.isenabled()
    gc.disable()
    try:
        return pickle.load(handle)
    finally:
        if paused:
            gc.enable()


def write_entry(path: Path, header: object, payload: object) -> None:
    """Write ``header`` and then ``payload`` to ``path`` as two pickles, atomically.

    The pickles go to a temporary file in the same folder, which then
    replaces ``path`` (``os.replace``); a reader sees the old file or the new
    one, never half of one.

    Raises:
        OSError: if the file cannot be written (the temporary file is removed).
    """
    import tempfile  # only writes need it; a warm start only reads

    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    try:
        with os.fdopen(handle, "wb") as out:
            pickle.dump(header, out, protocol=pickle.HIGHEST_PROTOCOL)
            pickle.dump(payload, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def page_key(topic_id: str, term_links: bool) -> str:
    """Return the page-cache key of topic ``topic_id``'s page, rendered with or without
    glossary term links (the reader and the prepared pack both key pages so)."""
    return f"topic:{topic_id}:{int(term_links)}"
