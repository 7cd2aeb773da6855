"""A cache of loaded packs and rendered pages, so that a warm start skips parsing.

Loading a pack parses every topic's YAML and checks every link; at 5,000
topics that takes seconds.  The loaded :class:`~briefing_app.core.pack.model.Pack`
is therefore pickled into the user cache folder, keyed by a signature of the
pack's files, and a later start with unchanged files unpickles it instead.
Rendered pages (HTML) are cached beside it, so the first page of a warm start
needs neither Markdown nor the glossary matcher.

The signature (:mod:`briefing_app.core.pack.signature`) lists each file's
path, size, modification time (``st_mtime_ns``) and inode: any edit changes
it, and computing it reads no file contents, which keeps it cheap for big
packs; only a file saved within a moment of the signature is also checked by
its contents.  It is the listing itself, not a digest of it, so two states of
a pack folder can never share a signature.  A cache entry also records its
format version and the app version; anything that does not match, or fails
to unpickle, is discarded and rebuilt, never trusted.  Writes are atomic
(a temporary file, then ``os.replace``).
"""

from __future__ import annotations

import contextlib
import os
import re
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from briefing_app.core import paths
from briefing_app.core.pack.bodies import BodySpool, read_pack, write_pack
from briefing_app.core.pack.entries import CACHE_FORMAT, read_entry, write_entry
from briefing_app.core.pack.model import Pack
from briefing_app.core.pack.signature import pack_signature, same_files
from briefing_app.core.resources import bundled_pack_path

#: Pages kept in a pack's page cache (the most recently stored win).
MAX_PAGES = 64
#: A temporary cache file older than this (seconds) was left by a process that ended mid-write.
STALE_TEMPORARY_S = 600


def _entry_path(root: Path, suffix: str) -> Path:
    """Return the cache file for pack folder ``root``: its name and a CRC-32 of its full path.

    Two folders whose paths share a CRC share a file and take turns in it;
    the signature in the header keeps either from reading the other's entry
    (unless both hold the same files with the same sizes and times, and then
    the entry fits both).
    """
    folder = root.resolve()
    crc = zlib.crc32(str(folder).encode("utf-8", "surrogateescape"))
    name = _UNSAFE.sub("_", folder.name)[:40] or "pack"
    return paths.cache_dir() / "packs" / f"{name}-{crc:08x}.{suffix}"


#: Characters kept out of cache file names (the folder name is only a readable hint).
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]")
#: Cache files named as before 0.3.2 (a SHA-256 prefix of the folder's path): never read again.
_OLD_NAME = re.compile(r"[0-9a-f]{24}\.\w+")


def _app_version() -> str:
    from briefing_app import version

    return version()


def _header(signature: str) -> tuple[int, str, str]:
    return (CACHE_FORMAT, _app_version(), signature)


def _accept(signature: str, root: Path) -> Callable[[object], bool]:
    """Return the test of a cache header: this format and app version, and the same files.

    The header's signature need not be the same text as ``signature``: it
    matches when it describes the same files (:func:`same_files`), its
    content checks included.
    """
    version = _app_version()

    def accept(header: object) -> bool:
        return (
            isinstance(header, tuple)
            and len(header) == 3
            and header[:2] == (CACHE_FORMAT, version)
            and isinstance(header[2], str)
            and same_files(header[2], signature, root)
        )

    return accept


def _read(path: Path, signature: str, root: Path) -> Any:
    """Return the payload of a cache file if its header matches (:func:`_accept`), else None."""
    return read_entry(path, _accept(signature, root))


def _write(path: Path, signature: str, payload: object) -> None:
    """Write a cache file atomically; failures (read-only disk, full disk) are ignored.

    A :class:`Pack` is written with its topics' bodies apart
    (:mod:`briefing_app.core.pack.bodies`), to be read when needed.
    """
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        _remove_leftovers(path.parent)
        if isinstance(payload, Pack):
            write_pack(path, _header(signature), payload)
        else:
            write_entry(path, _header(signature), payload)


def _remove_leftovers(folder: Path) -> None:
    """Delete temporary files a process left when it ended in the middle of a write,
    and cache files under names no longer used.

    Only temporary files older than :data:`STALE_TEMPORARY_S` go: a younger
    one may be another running instance's write in progress.
    """
    cutoff = time.time() - STALE_TEMPORARY_S
    for entry in os.scandir(folder):
        with contextlib.suppress(OSError):
            if _OLD_NAME.fullmatch(entry.name) or (
                entry.name.startswith(".tmp-")
                and entry.stat(follow_symlinks=False).st_mtime < cutoff
            ):
                os.unlink(entry.path)


def load_pack_cached(
    path: Path | str | None = None, progress: Callable[[int, int], None] | None = None
) -> Pack:
    """Return the pack at ``path`` (bundled when None), from the cache when its files are unchanged.

    The same as :func:`briefing_app.core.pack.loader.load_pack` with
    ``glossary_usage=False`` (the window's way), ``progress`` included:
    never raises on bad content; ``pack.signature`` is set for the page cache.
    A pack that had to be parsed is written to the cache.
    """
    root = bundled_pack_path() if path is None else Path(path)
    signature = _signature_or_empty(root)
    cached = _from_cache(root, signature) or _from_prepared(root, signature)
    if cached is not None:
        return cached
    from briefing_app.core.pack.loader import load_pack

    try:
        spool: BodySpool | None = BodySpool()  # bodies wait on disk, not in memory
    except OSError:
        spool = None
    pack = load_pack(
        root, glossary_usage=False, progress=progress, keep=spool.keep if spool else None
    )
    pack.signature = signature
    if signature:
        _write(_entry_path(root, "pack"), signature, pack)
        # The pack as stored keeps its topics' bodies in the file, not in memory.
        return _from_cache(root, signature) or pack
    return pack


def cached_pack(root: Path) -> Pack | None:
    """Return the cached pack of folder ``root`` if its files are unchanged since, else None.

    With nothing cached for the folder the pack's files are not even listed
    (at 5,000 topics that listing costs a cold disk a tenth of a second).
    The bundled pack may come prepared with the app instead
    (:mod:`briefing_app.core.pack.prepared`), also when an older version's cache
    is refused; it is then cached from there.
    """
    if _entry_path(root, "pack").is_file():
        signature = _signature_or_empty(root)
        return _from_cache(root, signature) or _from_prepared(root, signature)
    return _from_prepared(root)


def _from_cache(root: Path, signature: str) -> Pack | None:
    cached = read_pack(_entry_path(root, "pack"), _accept(signature, root)) if signature else None
    if not isinstance(cached, Pack):
        return None
    cached.root = root
    cached.signature = signature
    return cached


def _from_prepared(root: Path, signature: str | None = None) -> Pack | None:
    """Return the bundled pack as prepared with the app, and cache it and its pages; else None.

    ``signature`` is the folder's :func:`pack_signature` if already known.
    """
    from briefing_app.core.pack.prepared import load_prepared  # a warm start never needs it

    prepared = load_prepared(root)
    if prepared is None:
        return None
    pack, pages = prepared
    pack.signature = _signature_or_empty(root) if signature is None else signature
    if pack.signature:
        _write(_entry_path(root, "pack"), pack.signature, pack)
        save_pages(pack, pages)
    return pack


def _signature_or_empty(root: Path) -> str:
    try:
        return pack_signature(root)
    except OSError:
        return ""


def load_extra(pack: Pack, name: str) -> object:
    """Return data saved with :func:`save_extra` for these pack files, or None."""
    if not pack.signature:
        return None
    return _read(_entry_path(pack.root, name), pack.signature, pack.root)


def save_extra(pack: Pack, name: str, payload: object) -> None:
    """Save derived data (plain Python values) for these pack files under ``name``."""
    if pack.signature:
        _write(_entry_path(pack.root, name), pack.signature, payload)


def load_pages(pack: Pack) -> dict[str, str]:
    """Return the cached rendered pages of ``pack`` (page key to HTML); empty if none."""
    if not pack.signature:
        return {}
    pages = _read(_entry_path(pack.root, "pages"), pack.signature, pack.root)
    return pages if isinstance(pages, dict) else {}


def save_pages(pack: Pack, pages: dict[str, str]) -> None:
    """Store up to :data:`MAX_PAGES` of the most recently added ``pages`` for ``pack``."""
    if pack.signature:
        kept = dict(list(pages.items())[-MAX_PAGES:])
        _write(_entry_path(pack.root, "pages"), pack.signature, kept)
