"""Build pack files for the tests: good ones with the writer, bad ones by hand with zipfile."""

from __future__ import annotations

import hashlib
import json
import stat
import zipfile
from pathlib import Path

from briefing_app.core.library.manifest import MANIFEST_PATH


def member(name: str, mode: int = stat.S_IFREG | 0o644) -> zipfile.ZipInfo:
    """A member named ``name`` (kept as given: zipfile does not clean names it writes)."""
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.create_system = 3
    info.external_attr = mode << 16
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def manifest_for(files: dict[str, bytes]) -> bytes:
    """A manifest listing ``files`` (path → content) as the writer would."""
    return json.dumps(
        {
            "format": 1,
            "pack": {"id": "t", "title": "T", "version": "1", "updated": "2025-01-01"},
            "created": "2025-01-01T00:00:00Z",
            "files": [
                {"path": path, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
                for path, data in sorted(files.items())
            ],
        }
    ).encode()


def write_zip(
    path: Path,
    members: list[tuple[zipfile.ZipInfo | str, bytes]],
    manifest: bytes | None = None,
) -> Path:
    """Write ``members`` and a manifest (of the members, unless given) to ``path``."""
    listed = {(m.filename if isinstance(m, zipfile.ZipInfo) else m): d for m, d in members}
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(
            member(MANIFEST_PATH), manifest if manifest is not None else manifest_for(listed)
        )
        for info, data in members:
            zf.writestr(info if isinstance(info, zipfile.ZipInfo) else member(info), data)
    return path


def rewrite(
    source: Path, target: Path, change: dict[str, bytes | None], add: dict[str, bytes] | None = None
) -> Path:
    """Copy pack file ``source`` to ``target`` with members replaced (None: removed) and added."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            if info.filename in change:
                if change[info.filename] is not None:
                    new.writestr(member(info.filename), change[info.filename])
                continue
            new.writestr(info, old.read(info))
        for name, data in (add or {}).items():
            new.writestr(member(name), data)
    return target
