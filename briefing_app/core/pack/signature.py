"""What a cache is keyed on: the metadata of a pack's files, with a content check where needed.

A cache (the parsed pack, rendered pages, the search index) is valid while
the pack's files are what they were when it was written.  Reading every
file to know that costs seconds at 20,000 topics; the files' metadata
costs one ``stat`` each.  A signature is therefore a listing, one line per
file under the pack folder, sorted by path::

    relative path NUL size NUL st_mtime_ns NUL st_ino [NUL content digest]

Any edit changes the size or the modification time, and a file replaced by
another (a copy that kept its time, an editor's safe save) changes the
inode.  The one edit metadata can miss is a second write of the same size
within the file system's timestamp granularity of the moment the
signature was taken (1 s on HFS+, 2 s on FAT; Linux's coarse clock ticks
every few milliseconds): both writes leave the same ``st_mtime_ns``.  Git
calls such entries "racily clean" (Documentation/technical/racy-git.txt)
and checks their contents.  So do we: a file modified within
:data:`AMBIGUOUS_NS` of when the signature is taken carries a digest of its
contents, and :func:`same_files` checks that digest again against the file
on disk.  Such files are the few an author has just saved, so a signature
normally reads no file at all.
"""

from __future__ import annotations

import os
import stat
import time
import zlib
from pathlib import Path

#: A file modified this close (nanoseconds) to when a signature is taken is checked by contents.
AMBIGUOUS_NS = 2_000_000_000
#: How much of a file a digest reads at a time (bytes).
_CHUNK = 1 << 20


def pack_signature(root: Path | str) -> str:
    """Return the signature of every file under the folder ``root`` (see the module doc).

    Lines are sorted by relative path (``/`` separated on every system).
    Symlinks to files are followed; a file that vanishes while listed is
    left out.

    Raises:
        OSError: if ``root`` or a folder under it cannot be listed.
    """
    now = time.time_ns()
    lines: list[str] = []
    _list(str(root), "", now - AMBIGUOUS_NS, lines)
    lines.sort()
    return "".join(lines)


def _list(folder: str, prefix: str, ambiguous_after: int, lines: list[str]) -> None:
    """Append the signature lines of the files under ``folder`` (``prefix`` + name as path)."""
    with os.scandir(folder) as listing:
        entries = list(listing)
    for entry in entries:
        rel = prefix + entry.name
        try:
            if entry.is_dir():  # follows a symlink to a folder, as os.walk does not: skip those
                if not entry.is_symlink():
                    _list(entry.path, rel + "/", ambiguous_after, lines)
                continue
            info = entry.stat()
        except OSError:
            continue
        line = f"{rel}\0{info.st_size}\0{info.st_mtime_ns}\0{info.st_ino}"
        if info.st_mtime_ns >= ambiguous_after and stat.S_ISREG(info.st_mode):
            digest = file_digest(entry.path)
            if digest:
                line += f"\0{digest}"
        lines.append(line + "\n")


def file_digest(path: Path | str) -> str:
    """Return a hex digest of the contents of the regular file at ``path``; "" if unreadable.

    CRC-32 and Adler-32 of the bytes (``zlib``, 64 bits): the question is
    whether an editor changed a file, not whether someone forged one, and
    ``zlib`` is loaded at start-up anyway where ``hashlib`` is kept out of
    it (``tests/test_startup_imports.py``).  Pipes, devices and folders are
    never opened for reading (they give "").
    """
    crc, adler = 0, 1
    try:
        with open(path, "rb", buffering=0) as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                return ""
            while chunk := handle.read(_CHUNK):
                crc = zlib.crc32(chunk, crc)
                adler = zlib.adler32(chunk, adler)
    except OSError:
        return ""
    return f"{crc:08x}{adler:08x}"


def metadata(signature: str) -> str:
    """Return ``signature`` without its content digests: what the files' metadata alone says."""
    if signature.count("\0") == 3 * signature.count("\n"):
        return signature  # no line carries a digest
    return "".join("\0".join(line.split("\0")[:4]) + "\n" for line in signature.splitlines())


def content_checks(signature: str) -> dict[str, str]:
    """Return relative path -> content digest for the lines of ``signature`` that carry one."""
    checks = {}
    for line in signature.splitlines():
        parts = line.split("\0")
        if len(parts) > 4 and parts[4]:
            checks[parts[0]] = parts[4]
    return checks


def checks_hold(root: Path | str, checks: dict[str, str], current: str = "") -> bool:
    """True if each file named in ``checks`` (relative path -> digest) still has that digest.

    A digest ``current`` (a signature taken just now) already carries is
    taken from it instead of reading the file again.
    """
    if not checks:
        return True
    known = content_checks(current) if current else {}
    return all(
        (known.get(rel) or file_digest(Path(root) / rel)) == digest
        for rel, digest in checks.items()
    )


def same_files(stored: str, current: str, root: Path | str) -> bool:
    """True if the signature ``stored`` (from a cache) describes the files ``current`` lists now.

    The metadata of every file must be equal, and every file ``stored``
    checked by contents must still have those contents (see the module doc).
    """
    if stored == current:
        return True
    if metadata(stored) != metadata(current):
        return False
    return checks_hold(root, content_checks(stored), current)
