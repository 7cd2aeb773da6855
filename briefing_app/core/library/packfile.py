"""Open a ``.briefing`` file: check it, verify it, and extract it into the user cache.

A pack file is a ZIP of the pack folder plus ``META-INF/manifest.json`` (the
SHA-256 and size of every file, :mod:`.manifest`) and, when signed,
``META-INF/signature.json`` (:mod:`.signing`).  :func:`open_packfile`:

1. hashes the whole file (SHA-256) through the one open descriptor it then
   reads the archive from, so the file checked is the file read;
2. reuses ``<cache>/packfiles/<hash>/`` when an earlier open extracted that
   very file, else checks the archive (:mod:`.archive`: zip slip, symlinks,
   zip bombs, within :mod:`.limits`) and inflates it into a new folder
   beside that one, which is renamed into place only when complete.  Nothing
   is written anywhere else; a refused file leaves nothing behind;
3. verifies each member against the manifest: a file whose hash or size
   differs (*altered*), a file the manifest lists that is not there
   (*missing*) and a file the manifest does not list (*extra*) are named,
   and altered and extra files are left out of the folder, so that the pack
   opens with only what its maker put in it;
4. checks the signature over the manifest against the trusted keys (every
   open, since keys may have been installed or removed meanwhile).

The extracted folder is as trusted as the user's other files: it is reused
as it is.  The report of step 3 is kept in it (``META-INF/report.json``), so
:func:`report_for` can say, for a folder the loader was given, which file it
came from and how that file checked out: the absolute path of the file last
opened into it (two copies of one file share the folder).
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import io
import json
import os
import posixpath
import shutil
import stat
import tempfile
import threading
import time
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from briefing_app.core import paths
from briefing_app.core.library.archive import ArchiveRefused, inflate, open_archive
from briefing_app.core.library.limits import DEFAULT_LIMITS, ArchiveLimits, size_text
from briefing_app.core.library.manifest import (
    MANIFEST_PATH,
    META_FOLDER,
    SIGNATURE_PATH,
    Manifest,
    ManifestError,
    parse_manifest,
)
from briefing_app.core.library.signing import SignatureStatus, verify_signature
from briefing_app.core.pack.model import Problem

#: The file extension of pack files.
SUFFIX = ".briefing"
#: The report of an extraction, inside the extracted folder.
REPORT_PATH = "META-INF/report.json"
#: Extracted folders not opened for this long are deleted when another file is extracted (s).
UNUSED_FOR_S = 30 * 24 * 3600
#: Leftovers of an extraction that stopped half-way (a crash) older than this are deleted (s).
STALE_TEMPORARY_S = 600
_CHUNK = 1024 * 1024


def is_packfile(path: Path | str) -> bool:
    """True if ``path`` names a pack file: a ``.briefing`` name that is not a folder."""
    path = Path(path)
    return path.suffix.lower() == SUFFIX and not path.is_dir()


def extraction_root() -> Path:
    """Return the folder pack files are extracted into: ``packfiles`` in the user cache."""
    return paths.cache_dir() / "packfiles"


@dataclass
class PackFileReport:
    """How a pack file checked out.

    Attributes:
        source: the ``.briefing`` file.
        root: the extracted pack folder, or None when the file was refused.
        sha256: the SHA-256 of the whole file (hex; "" when it could not be read).
        manifest: what the manifest says, or None when refused.
        refused: why the whole file was refused ("" when it was not).
        altered, missing, extra: member paths that failed verification (see module doc).
        signature: who signed the manifest.
    """

    source: Path
    root: Path | None = None
    sha256: str = ""
    manifest: Manifest | None = None
    refused: str = ""
    altered: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    signature: SignatureStatus = field(default_factory=lambda: SignatureStatus("unsigned"))

    @property
    def verified(self) -> bool:
        """True when every file matches the manifest (the signature is a separate question)."""
        return not (self.refused or self.altered or self.missing or self.extra)

    def integrity(self) -> str:
        """Return "verified", or which files were altered, missing or extra, or why it was refused."""
        if self.refused:
            return f"refused: {self.refused}"
        if self.verified:
            return "verified"
        parts = [
            f"{len(files)} {label}: {', '.join(files)}"
            for label, files in (
                ("altered", self.altered),
                ("missing", self.missing),
                ("extra", self.extra),
            )
            if files
        ]
        return "NOT verified — " + "; ".join(parts)

    def failed_files(self) -> list[str]:
        """Return the member paths that failed verification: altered, missing, then extra."""
        return [*self.altered, *self.missing, *self.extra]

    def failure_text(self) -> str:
        """Return what failed, in capitals for a listing: "ALTERED: topics/a.md; MISSING: b.md",
        "REFUSED: why", or "" when the file verified."""
        if self.refused:
            return f"REFUSED: {self.refused}"
        return "; ".join(
            f"{label}: {', '.join(files)}"
            for label, files in (
                ("ALTERED", self.altered),
                ("MISSING", self.missing),
                ("EXTRA", self.extra),
            )
            if files
        )

    def warning(self) -> str:
        """Return a one-line warning naming the ``.briefing`` file and what failed, or ""
        when it verified; for the commands' stderr."""
        if self.verified:
            return ""
        if self.refused:
            return f"{self.source} was refused: {self.refused}"
        return (
            f"{self.source} failed verification ({self.failure_text()}); those files were "
            "changed after the pack was made and are left out: ask its publisher for a fresh copy"
        )

    def describe(self) -> str:
        """Return the one-line summary, e.g. "verified; signed by Policy Unit (trusted)"."""
        if self.refused:
            return self.integrity()
        return f"{self.integrity()}; {self.signature.describe()}"

    def problems(self) -> list[Problem]:
        """Return what is wrong as pack problems (errors, and a warning for an unknown signer)."""
        if self.refused:
            return [
                Problem(
                    self.source.name,
                    None,
                    "error",
                    f"the pack file was refused and nothing in it was opened: {self.refused}",
                )
            ]
        found = [
            Problem(
                name,
                None,
                "error",
                "this file was changed after the pack was made (it does not match the SHA-256 "
                "in the manifest); it is left out",
            )
            for name in self.altered
        ]
        found += [
            Problem(
                name, None, "error", "the pack file's manifest lists this file, but it is missing"
            )
            for name in self.missing
        ]
        found += [
            Problem(
                name,
                None,
                "error",
                "this file is not in the pack file's manifest, so it was added after the pack "
                "was made; it is left out",
            )
            for name in self.extra
        ]
        state = self.signature.state
        if state == "bad":
            found.append(
                Problem(
                    SIGNATURE_PATH,
                    None,
                    "error",
                    f"the {self.signature.describe()}; do not rely on this pack until its "
                    "publisher confirms it",
                )
            )
        elif state == "unknown":
            found.append(
                Problem(
                    SIGNATURE_PATH,
                    None,
                    "warning",
                    f"{self.signature.describe()}; ask your IT department whether to trust it",
                )
            )
        return found

    def group_references(self, problems: list[Problem]) -> list[Problem]:
        """Return ``problems`` with the warnings about references to a topic whose file this
        check left out (altered, missing or extra) replaced, where the first of them was, by
        one line: "33 links lead to topics/a.md, which was refused: altered".  Those
        references are fine; advising to author the file would mislead."""
        left_out: dict[str, tuple[str, str]] = {}
        for label, files in (
            ("altered", self.altered),
            ("missing", self.missing),
            ("extra", self.extra),
        ):
            for name in files:
                folder, base = posixpath.split(name)
                if folder == "topics" and base.endswith(".md"):
                    left_out.setdefault(base[:-3], (name, label))
        grouped = [p for p in problems if p.severity == "warning" and p.missing_topic in left_out]
        counts = Counter(p.missing_topic for p in grouped)
        result: list[Problem] = []
        placed: set[str] = set()
        for problem in problems:
            topic_id = problem.missing_topic
            if problem.severity != "warning" or topic_id not in left_out:
                result.append(problem)
            elif topic_id not in placed:
                placed.add(topic_id)
                name, label = left_out[topic_id]
                number = counts[topic_id]
                lead = "link leads" if number == 1 else "links lead"
                result.append(
                    Problem(
                        name,
                        None,
                        "warning",
                        f"{number} {lead} to {name}, which was refused: {label}",
                        missing_topic=topic_id,
                    )
                )
        return result

    def as_dict(self) -> dict[str, object]:
        """Return the report JSON-ready (file, sha256, verified, lists, signature, pack)."""
        return {
            "file": str(self.source),
            "sha256": self.sha256,
            "verified": self.verified,
            "refused": self.refused,
            "altered": self.altered,
            "missing": self.missing,
            "extra": self.extra,
            "signature": self.signature.as_dict(),
            "pack": self.manifest.as_dict() if self.manifest else None,
            "text": self.describe(),
        }


def open_packfile(path: Path | str, limits: ArchiveLimits = DEFAULT_LIMITS) -> PackFileReport:
    """Check, verify and extract the pack file at ``path`` (see module doc); never raises.

    Returns:
        The report; ``report.root`` is the extracted folder to load, or None
        when the file was refused (``report.refused`` says why).
    """
    source = Path(os.path.abspath(os.path.expanduser(str(path))))
    report = PackFileReport(source)
    try:
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        handle = os.fdopen(os.open(source, flags), "rb")  # a pipe never blocks the open
    except OSError as exc:
        report.refused = f"cannot read {source}: {exc.strerror}"
        return report
    with handle:
        try:
            report.sha256 = _hash(handle, limits)
            folder = extraction_root() / report.sha256[:32]
            if not _reuse(folder, report):
                _extract(handle, folder, report, limits)
        except ArchiveRefused as exc:
            report.refused = str(exc)
            report.root = None
            return report
        except OSError as exc:
            report.refused = f"cannot extract it into the user cache: {exc.strerror or exc}"
            report.root = None
            return report
    report.signature = _signature(report.root)
    return report


def report_for(root: Path) -> PackFileReport | None:
    """Return the report of the pack file extracted into folder ``root``, or None if ``root``
    is not such a folder.  The signature is checked again now.  Never raises."""
    try:
        if root.parent.resolve() != extraction_root().resolve():
            return None
    except OSError:
        return None
    report = _read_report(root)
    if report is not None:
        report.signature = _signature(root)
    return report


def _hash(handle: BinaryIO, limits: ArchiveLimits) -> str:
    if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
        raise ArchiveRefused("it is not a regular file")
    digest = hashlib.sha256()
    size = 0
    while chunk := handle.read(_CHUNK):
        size += len(chunk)
        if size > limits.max_total_bytes:
            raise ArchiveRefused(
                f"the file is over {size_text(limits.max_total_bytes)}, the most a pack may hold"
            )
        digest.update(chunk)
    handle.seek(0)
    return digest.hexdigest()


def _reuse(folder: Path, report: PackFileReport) -> bool:
    """Fill ``report`` from an earlier extraction of the same file in ``folder``; True if there was one."""
    earlier = _read_report(folder)
    if earlier is None or earlier.sha256 != report.sha256:
        return False
    with contextlib.suppress(OSError):
        os.utime(folder / REPORT_PATH)  # still in use: keep it from being pruned
    report.root, report.manifest = folder, earlier.manifest
    report.altered, report.missing, report.extra = earlier.altered, earlier.missing, earlier.extra
    if earlier.source != report.source:  # opened from another place: report_for names this one
        with contextlib.suppress(OSError):
            _write_report(folder, report)
    return True


def _write_report(folder: Path, report: PackFileReport) -> None:
    """Write ``report``'s source, hash and failed files into ``folder`` (atomically)."""
    target = folder / REPORT_PATH
    temporary = target.with_name(f".tmp-{os.getpid()}-{threading.get_ident()}-report.json")
    temporary.write_text(
        json.dumps(
            {
                "source": str(report.source),
                "sha256": report.sha256,
                "altered": report.altered,
                "missing": report.missing,
                "extra": report.extra,
            },
            indent=2,
        ),
        encoding="utf-8",
    )
    os.replace(temporary, target)


def _read_report(folder: Path) -> PackFileReport | None:
    try:
        document = json.loads((folder / REPORT_PATH).read_text(encoding="utf-8"))
        manifest = parse_manifest((folder / MANIFEST_PATH).read_bytes())
        return PackFileReport(
            source=Path(document["source"]),
            root=folder,
            sha256=str(document["sha256"]),
            manifest=manifest,
            altered=[str(name) for name in document["altered"]],
            missing=[str(name) for name in document["missing"]],
            extra=[str(name) for name in document["extra"]],
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _signature(root: Path | None) -> SignatureStatus:
    if root is None:
        return SignatureStatus("unsigned")
    try:
        manifest = (root / MANIFEST_PATH).read_bytes()
    except OSError:
        return SignatureStatus("bad", detail="the manifest is gone from the user cache")
    try:
        signature: bytes | None = (root / SIGNATURE_PATH).read_bytes()
    except FileNotFoundError:
        signature = None
    except OSError:
        return SignatureStatus("bad", detail="the signature cannot be read")
    return verify_signature(manifest, signature)


def _extract(handle: BinaryIO, folder: Path, report: PackFileReport, limits: ArchiveLimits) -> None:
    """Extract and verify the archive into a new folder, then move it to ``folder``.

    Raises:
        ArchiveRefused: the archive is refused (nothing is left behind).
        OSError: the cache cannot be written (nothing is left behind).
    """
    folder.parent.mkdir(parents=True, exist_ok=True)
    _prune(folder.parent)
    staging = Path(tempfile.mkdtemp(prefix=".tmp-", dir=folder.parent))
    try:
        _extract_into(handle, staging, report, limits)
        _write_report(staging, report)
        try:
            os.rename(staging, folder)
        except OSError:
            if _read_report(folder) is None:  # not another window's extraction of the same file
                raise
            shutil.rmtree(staging, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    report.root = folder


def _extract_into(
    handle: BinaryIO, staging: Path, report: PackFileReport, limits: ArchiveLimits
) -> None:
    archive, members = open_archive(handle, limits)
    files = {info.filename: info for info in members if not info.is_dir()}
    if MANIFEST_PATH not in files:
        raise ArchiveRefused(f"it is not a Briefing pack file (it has no {MANIFEST_PATH})")
    small = dataclasses.replace(limits, max_entry_bytes=limits.max_manifest_bytes)
    manifest_bytes = _read_member(archive, files[MANIFEST_PATH], small)
    try:
        report.manifest = manifest = parse_manifest(manifest_bytes)
    except ManifestError as exc:
        raise ArchiveRefused(str(exc)) from exc
    total = len(manifest_bytes)
    (staging / "META-INF").mkdir()
    (staging / MANIFEST_PATH).write_bytes(manifest_bytes)
    if SIGNATURE_PATH in files:
        signature = _read_member(archive, files[SIGNATURE_PATH], small)
        total += len(signature)
        (staging / SIGNATURE_PATH).write_bytes(signature)
    for name, info in sorted(files.items()):
        if name.startswith(META_FOLDER):
            if name not in (MANIFEST_PATH, SIGNATURE_PATH):
                report.extra.append(name)
            continue
        entry = manifest.files.get(name)
        if entry is None:
            report.extra.append(name)
            continue
        size, digest = _write_member(archive, info, staging, limits, total)
        total += size
        if digest != entry.sha256 or size != entry.size:
            report.altered.append(name)
            (staging / name).unlink()
    report.missing = sorted(set(manifest.files) - set(files))


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limits: ArchiveLimits) -> bytes:
    buffer = io.BytesIO()
    inflate(archive, info, limits, 0, buffer.write)
    return buffer.getvalue()


def _write_member(
    archive: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    staging: Path,
    limits: ArchiveLimits,
    total: int,
) -> tuple[int, str]:
    """Inflate member ``info`` into ``staging``; return its size and SHA-256 (hex)."""
    target = staging.joinpath(*info.filename.split("/"))
    if not Path(os.path.normpath(target)).is_relative_to(staging):  # archive.py refused these
        raise ArchiveRefused(f"the member {info.filename!r} would land outside the pack")
    target.parent.mkdir(parents=True, exist_ok=True)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    descriptor = os.open(target, flags | getattr(os, "O_BINARY", 0), 0o644)
    digest = hashlib.sha256()
    with os.fdopen(descriptor, "wb") as out:

        def sink(chunk: bytes) -> None:
            digest.update(chunk)
            out.write(chunk)

        size = inflate(archive, info, limits, total, sink)
    return size, digest.hexdigest()


def _prune(folder: Path) -> None:
    """Delete extractions unused for :data:`UNUSED_FOR_S` and stale half-made ones."""
    now = time.time()
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            with contextlib.suppress(OSError):
                if entry.name.startswith(".tmp-"):
                    old = entry.stat(follow_symlinks=False).st_mtime < now - STALE_TEMPORARY_S
                else:
                    used = os.stat(os.path.join(entry.path, REPORT_PATH)).st_mtime
                    old = used < now - UNUSED_FOR_S
                if old and entry.is_dir(follow_symlinks=False):
                    shutil.rmtree(entry.path, ignore_errors=True)
