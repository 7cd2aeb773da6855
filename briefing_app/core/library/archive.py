"""Read a ZIP archive that nobody is trusted to have made well.

:func:`open_archive` checks the archive's own list of members before anything
is inflated, and :func:`inflate` reads one member in chunks, counting what
comes out.  Whatever is wrong raises :class:`ArchiveRefused` with a sentence
for the user; nothing here writes a file.

Refused, with the reason:

* member paths that could land outside the folder they are extracted into
  ("zip slip"): absolute paths, ``..``, drive letters (``C:``), backslashes,
  empty or ``.`` parts, control characters, and names Windows would silently
  change (a trailing dot or space) or merge (two names that differ only in
  case, or a file that is also a folder);
* members that are not plain files or folders: symlinks and devices, as
  the Unix mode in the member's external attributes says (the ZIP
  "Info-ZIP Unix extra" convention, ``external_attr >> 16``);
* encrypted members and compression methods other than stored and Deflate;
* more members, or more inflated bytes, than :class:`ArchiveLimits` allows,
  and members that inflate at too high a ratio, measured while inflating.
"""

from __future__ import annotations

import re
import stat
import struct
import zipfile
import zlib
from collections.abc import Callable
from typing import BinaryIO

from briefing_app.core.library.limits import ArchiveLimits, size_text

#: Read this many inflated bytes at a time.
CHUNK = 64 * 1024
#: The end-of-central-directory record: signature, then fields (APPNOTE.TXT 4.3.16).
_EOCD = b"PK\x05\x06"
_EOCD_SIZE = 22
#: The ZIP comment after that record is at most this long.
_MAX_COMMENT = 0xFFFF
_DRIVE = re.compile(r"^[A-Za-z]:")
_ALLOWED_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}


class ArchiveRefused(Exception):
    """The archive is refused as a whole; ``str(error)`` says why, for the user."""


def check_member_name(name: str, limits: ArchiveLimits) -> None:
    """Raise :class:`ArchiveRefused` unless ``name`` is a safe relative path (see module doc).

    A folder's name may end with one ``/``.
    """
    shown = repr(name[:80])
    path = name[:-1] if name.endswith("/") else name
    if not path:
        raise ArchiveRefused("the archive has a member with an empty name")
    if len(name) > limits.max_name_chars:
        raise ArchiveRefused(f"the member name {shown}… is over {limits.max_name_chars} characters")
    if any(ord(char) < 32 or ord(char) == 127 for char in name):
        raise ArchiveRefused(f"the member name {shown} holds control characters")
    if "\\" in name:
        raise ArchiveRefused(f"the member {shown} has a backslash in its path")
    if path.startswith("/"):
        raise ArchiveRefused(f"the member {shown} has an absolute path")
    if _DRIVE.match(path) or ":" in path:
        raise ArchiveRefused(f"the member {shown} names a drive or a stream (':')")
    for part in path.split("/"):
        if part in ("", ".", ".."):
            raise ArchiveRefused(f"the member {shown} has a '{part or '//'}' in its path")
        if part[-1] in ". ":
            raise ArchiveRefused(f"the member {shown} has a part ending in a dot or space")


def check_member_type(info: zipfile.ZipInfo) -> None:
    """Raise :class:`ArchiveRefused` for a symlink, device, encrypted or oddly compressed member."""
    mode = info.external_attr >> 16
    kind = stat.S_IFMT(mode)
    if kind == stat.S_IFLNK:
        raise ArchiveRefused(f"the member {info.filename!r} is a symbolic link")
    if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
        raise ArchiveRefused(f"the member {info.filename!r} is a device, pipe or socket")
    if info.flag_bits & 0x1:
        raise ArchiveRefused(f"the member {info.filename!r} is encrypted")
    if info.compress_type not in _ALLOWED_METHODS:
        raise ArchiveRefused(
            f"the member {info.filename!r} uses compression method {info.compress_type}; "
            "only stored and Deflate are read"
        )


def _check_directory_size(handle: BinaryIO, limits: ArchiveLimits) -> None:
    """Refuse an archive whose listing is too long to parse, before :mod:`zipfile` parses it.

    Reads the end-of-central-directory record (the last 22 bytes, or earlier
    if a comment follows it).  A ZIP64 archive (counts of 0xFFFF or sizes of
    0xFFFFFFFF) is refused: a pack that needs ZIP64 is far past the limits.
    """
    end = handle.seek(0, 2)
    start = max(0, end - _EOCD_SIZE - _MAX_COMMENT)
    handle.seek(start)
    tail = handle.read(end - start)
    at = tail.rfind(_EOCD)
    if at < 0 or len(tail) - at < _EOCD_SIZE:
        raise ArchiveRefused("this is not a ZIP archive (no end-of-archive record)")
    _sig, _disk, _cd_disk, _here, count, size, _offset, _comment = struct.unpack(
        "<4s4H2LH", tail[at : at + _EOCD_SIZE]
    )
    if count == 0xFFFF or size == 0xFFFFFFFF:
        raise ArchiveRefused("the archive is in ZIP64 form, which only archives far too big use")
    if count > limits.max_entries or size > limits.max_central_directory_bytes:
        raise ArchiveRefused(
            f"the archive lists {count:,} members ({size:,} bytes of listing); "
            f"at most {limits.max_entries:,} are read"
        )
    handle.seek(0)


def open_archive(
    handle: BinaryIO, limits: ArchiveLimits
) -> tuple[zipfile.ZipFile, list[zipfile.ZipInfo]]:
    """Open the ZIP in ``handle`` (seekable, binary); return it and its members, all checked.

    Raises:
        ArchiveRefused: the archive is damaged, too big, or has a member that is
            unsafe (see the module doc).  The message names the member.
    """
    _check_directory_size(handle, limits)
    try:
        archive = zipfile.ZipFile(handle)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise ArchiveRefused(f"this is not a ZIP archive, or it is damaged ({exc})") from exc
    members = archive.infolist()
    if len(members) > limits.max_entries:
        raise ArchiveRefused(
            f"the archive has {len(members):,} members; at most {limits.max_entries:,} are read"
        )
    seen: dict[str, str] = {}
    folders: set[str] = set()
    files: set[str] = set()
    declared = 0
    for info in members:
        check_member_name(info.filename, limits)
        check_member_type(info)
        path = info.filename.rstrip("/")
        key = path.casefold()
        if key in seen:
            raise ArchiveRefused(
                f"the members {seen[key]!r} and {info.filename!r} would be the same file"
            )
        seen[key] = info.filename
        parts = key.split("/")
        folders.update("/".join(parts[:i]) for i in range(1, len(parts)))
        (folders if info.is_dir() else files).add(key)
        if not info.is_dir():
            declared += info.file_size
            _check_sizes(info.filename, info.file_size, declared, limits)
    clash = files & folders
    if clash:
        raise ArchiveRefused(f"{sorted(clash)[0]!r} is both a file and a folder in the archive")
    return archive, members


def _check_sizes(name: str, size: int, total: int, limits: ArchiveLimits) -> None:
    if size > limits.max_entry_bytes:
        raise ArchiveRefused(
            f"the member {name!r} inflates to more than {size_text(limits.max_entry_bytes)}, "
            "the most one file of a pack may hold"
        )
    if total > limits.max_total_bytes:
        raise ArchiveRefused(
            f"the archive inflates to more than {size_text(limits.max_total_bytes)} in all, "
            "the most a pack may hold"
        )


def inflate(
    archive: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    limits: ArchiveLimits,
    total_so_far: int,
    sink: Callable[[bytes], object],
) -> int:
    """Inflate member ``info`` in chunks, passing each to ``sink``; return its size in bytes.

    The bytes are counted as they come: the member is abandoned past
    ``limits.max_entry_bytes``, when ``total_so_far`` plus its bytes pass
    ``limits.max_total_bytes``, or when, past ``limits.ratio_grace_bytes``,
    it has inflated more than ``limits.max_ratio`` times its compressed size
    (which bounds what :mod:`zipfile` reads of it).  :mod:`zipfile` checks
    the CRC-32 at the end and that the local header names the same member.

    Raises:
        ArchiveRefused: a bound was passed, or the member is damaged.
    """
    size = 0
    compressed = max(info.compress_size, 1)
    try:
        member = archive.open(info)
    except (zipfile.BadZipFile, NotImplementedError, OSError, ValueError) as exc:
        raise ArchiveRefused(f"the member {info.filename!r} cannot be read ({exc})") from exc
    with member:
        while True:
            try:
                chunk = member.read(CHUNK)
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
                raise ArchiveRefused(f"the member {info.filename!r} is damaged ({exc})") from exc
            if not chunk:
                return size
            size += len(chunk)
            _check_sizes(info.filename, size, total_so_far + size, limits)
            if size > limits.ratio_grace_bytes and size > compressed * limits.max_ratio:
                raise ArchiveRefused(
                    f"the member {info.filename!r} inflates more than {limits.max_ratio} "
                    "times its compressed size, as a zip bomb does"
                )
            sink(chunk)  # its own errors (a full disk) are the caller's
