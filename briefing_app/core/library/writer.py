"""Write a pack folder as one ``.briefing`` file (``briefing-app pack``).

The pack is checked first (:func:`~briefing_app.core.pack.loader.load_pack`,
glossary checks included) and refused if it has errors.  Every regular file
of the folder goes into the archive except hidden ones (a name starting with
``.``: ``.git``, ``.DS_Store``) and anything under ``META-INF/``, which is
the app's; then ``META-INF/manifest.json`` (:mod:`.manifest`) and, with a
key, ``META-INF/signature.json`` (:mod:`.signing`).  Members are written in
path order with a fixed timestamp, so the same folder gives the same members
(only the manifest's ``created`` differs).  The file is written beside its
destination and moved into place, so a failed write leaves any earlier file
as it was.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from briefing_app.core.library.archive import ArchiveRefused, check_member_name
from briefing_app.core.library.limits import DEFAULT_LIMITS, size_text
from briefing_app.core.library.manifest import (
    MANIFEST_PATH,
    META_FOLDER,
    SIGNATURE_PATH,
    FileEntry,
    Manifest,
)
from briefing_app.core.library.signing import sign_manifest
from briefing_app.core.pack.entries import pack_files
from briefing_app.core.pack.loader import is_pack_file, load_pack
from briefing_app.core.pack.model import Pack

#: Members' timestamp (the earliest a ZIP can hold): the content, not the clock, makes the file.
FIXED_TIME = (1980, 1, 1, 0, 0, 0)


class PackRefused(Exception):
    """The folder cannot be packed; ``str(error)`` says why and ``pack`` has its problems."""

    def __init__(self, message: str, pack: Pack | None = None) -> None:
        super().__init__(message)
        self.pack = pack


@dataclass(frozen=True)
class Written:
    """What :func:`write_packfile` wrote: the pack it checked, the manifest, the file."""

    pack: Pack
    manifest: Manifest
    output: Path
    signed_by: str


def write_packfile(
    folder: Path, output: Path, key: Path | None = None, created: datetime | None = None
) -> Written:
    """Check the pack in ``folder`` and write it to ``output`` as a pack file.

    ``key`` is an Ed25519 private key file to sign with; ``created`` the
    manifest's date (now, UTC, by default).

    Raises:
        PackRefused: the pack has errors (``error.pack.problems`` lists them),
            a file name cannot go into an archive, the output is inside the
            pack folder, or the key cannot be used.
        OSError: the output cannot be written (an earlier file there is kept).
    """
    folder = Path(folder)
    output = Path(output)
    if output.resolve().is_relative_to(folder.resolve()):
        raise PackRefused(f"{output} is inside the pack folder; write it somewhere else")
    pack = load_pack(folder)
    if not pack.topics or pack.has_errors:
        errors = sum(problem.severity == "error" for problem in pack.problems)
        raise PackRefused(
            f"{folder} has {errors} error{'s' * (errors != 1)}; fix them first "
            f"(briefing-app check {folder} lists them)",
            pack,
        )
    members = _members(folder)
    stamp = (created or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    signed_by = ""
    if key is not None:
        from briefing_app.core.library.signing import KeyFileError, load_private_key

        try:
            signed_by = load_private_key(key)[0]  # a bad key is refused before anything is written
        except KeyFileError as exc:
            raise PackRefused(str(exc), pack) from exc

    def finish(entries: dict[str, FileEntry]) -> tuple[Manifest, bytes, bytes | None]:
        manifest = Manifest(
            pack_id=pack.info.id,
            title=pack.info.title,
            version=pack.info.version,
            updated=pack.info.updated,
            created=stamp,
            files=entries,
        )
        data = manifest.to_bytes()
        return manifest, data, (sign_manifest(data, key) if key is not None else None)

    manifest = _write_zip(output, members, finish)
    return Written(pack, manifest, output, signed_by)


def _members(folder: Path) -> list[tuple[str, str]]:
    """Return the files to pack (relative path, full path), in path order (see module doc)."""
    chosen = []
    for rel, path in pack_files(folder):
        if any(part.startswith(".") for part in rel.split("/")) or rel.startswith(META_FOLDER):
            continue
        if not is_pack_file(folder, Path(path)):
            raise PackRefused(f"{rel} is not a plain file inside the pack folder; remove it")
        try:
            check_member_name(rel, DEFAULT_LIMITS)
        except ArchiveRefused as exc:
            raise PackRefused(f"{rel} cannot go into a pack file: {exc}") from exc
        chosen.append((rel, path))
    if len(chosen) + 2 > DEFAULT_LIMITS.max_entries:
        raise PackRefused(
            f"the pack has {len(chosen):,} files; a pack file holds at most "
            f"{DEFAULT_LIMITS.max_entries - 2:,}"
        )
    return chosen


def _member_info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.create_system = 3  # Unix, so that the mode below is read as one
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    return info


def _write_zip(
    output: Path,
    members: list[tuple[str, str]],
    finish: Callable[[dict[str, FileEntry]], tuple[Manifest, bytes, bytes | None]],
) -> Manifest:
    """Write ``members`` to ``output``, hashing each as it is written (the bytes hashed are the
    bytes packed), then the manifest and signature that ``finish(entries)`` makes of them."""
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=output.parent, prefix=".tmp-", suffix=".briefing")
    try:
        with os.fdopen(handle, "wb") as raw, zipfile.ZipFile(raw, "w", allowZip64=False) as zf:
            entries: dict[str, FileEntry] = {}
            for rel, path in members:
                entries[rel] = _pack_member(zf, rel, path)
            manifest, manifest_bytes, signature = finish(entries)
            zf.writestr(_member_info(MANIFEST_PATH), manifest_bytes)
            if signature is not None:
                zf.writestr(_member_info(SIGNATURE_PATH), signature)
        os.chmod(temp, 0o644)
        os.replace(temp, output)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return manifest


def _pack_member(zf: zipfile.ZipFile, rel: str, path: str) -> FileEntry:
    """Copy the file at ``path`` into ``zf`` as ``rel``; return its manifest entry."""
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as source, zf.open(_member_info(rel), "w") as member:
        while chunk := source.read(1024 * 1024):
            size += len(chunk)
            if size > DEFAULT_LIMITS.max_entry_bytes:
                raise PackRefused(
                    f"{rel} is over {size_text(DEFAULT_LIMITS.max_entry_bytes)}, "
                    "the most one file of a pack may hold"
                )
            digest.update(chunk)
            member.write(chunk)
    return FileEntry(rel, digest.hexdigest(), size)
