"""The manifest of a ``.briefing`` file: what the pack is and the SHA-256 of every file in it.

``META-INF/manifest.json`` is UTF-8 JSON::

    {
      "format": 1,
      "pack": {"id": "kazakhstan-bri", "title": "…", "version": "2", "updated": "2025-06-30"},
      "created": "2025-07-01T09:30:00Z",
      "files": [{"path": "briefing.yaml", "sha256": "…64 hex…", "size": 1234}, …]
    }

``files`` lists every member of the archive except those under ``META-INF/``,
sorted by path.  A signature (:mod:`briefing_app.core.library.signing`) is
made over the manifest's exact bytes, so it covers every file through its hash.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

#: The manifest's path inside the archive.
MANIFEST_PATH = "META-INF/manifest.json"
#: The signature's path inside the archive (absent when the pack is unsigned).
SIGNATURE_PATH = "META-INF/signature.json"
#: Where the app's own files go; members of a pack never live here.
META_FOLDER = "META-INF/"
#: The manifest format this version writes and reads.
FORMAT = 1
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class ManifestError(ValueError):
    """The manifest cannot be used; ``str(error)`` says why, for the user."""


@dataclass(frozen=True)
class FileEntry:
    """One file of the pack: its path in the archive, SHA-256 (64 lowercase hex) and size in bytes."""

    path: str
    sha256: str
    size: int


@dataclass(frozen=True)
class Manifest:
    """What ``META-INF/manifest.json`` says (see the module doc)."""

    pack_id: str
    title: str
    version: str
    updated: str
    created: str
    files: dict[str, FileEntry] = field(default_factory=dict)
    format: int = FORMAT

    def to_bytes(self) -> bytes:
        """Return the manifest as UTF-8 JSON (two-space indents, files sorted by path)."""
        document = {
            "format": self.format,
            "pack": {
                "id": self.pack_id,
                "title": self.title,
                "version": self.version,
                "updated": self.updated,
            },
            "created": self.created,
            "files": [
                {"path": entry.path, "sha256": entry.sha256, "size": entry.size}
                for entry in sorted(self.files.values(), key=lambda entry: entry.path)
            ],
        }
        return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")

    def as_dict(self) -> dict[str, object]:
        """Return the pack's part of the manifest, JSON-ready (id, title, version, updated, created)."""
        return {
            "id": self.pack_id,
            "title": self.title,
            "version": self.version,
            "updated": self.updated,
            "created": self.created,
            "files": len(self.files),
        }


def parse_manifest(data: bytes) -> Manifest:
    """Return the manifest in ``data`` (the bytes of ``META-INF/manifest.json``).

    Raises:
        ManifestError: not UTF-8 JSON of the shape above, a format newer than
            :data:`FORMAT`, a path listed twice or under ``META-INF/``, or a
            hash or size that is not one.
    """
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ManifestError(f"the manifest is not UTF-8 JSON ({exc})") from exc
    if not isinstance(document, dict):
        raise ManifestError("the manifest is not a JSON object")
    version = document.get("format")
    if not isinstance(version, int) or version < 1:
        raise ManifestError("the manifest has no format number")
    if version > FORMAT:
        raise ManifestError(
            f"the file is in format {version}, made by a newer Briefing; update Briefing to open it"
        )
    pack = document.get("pack")
    listed = document.get("files")
    if not isinstance(pack, dict) or not isinstance(listed, list):
        raise ManifestError("the manifest lacks its 'pack' or 'files' part")
    files: dict[str, FileEntry] = {}
    for item in listed:
        entry = _file_entry(item)
        if entry.path in files:
            raise ManifestError(f"the manifest lists {entry.path!r} twice")
        files[entry.path] = entry
    return Manifest(
        pack_id=_text(pack.get("id")),
        title=_text(pack.get("title")),
        version=_text(pack.get("version")),
        updated=_text(pack.get("updated")),
        created=_text(document.get("created")),
        files=files,
        format=version,
    )


def _file_entry(item: object) -> FileEntry:
    if not isinstance(item, dict):
        raise ManifestError("a file entry of the manifest is not an object")
    path, digest, size = item.get("path"), item.get("sha256"), item.get("size")
    if not isinstance(path, str) or not path or path.startswith(META_FOLDER):
        raise ManifestError(f"the manifest lists a file with a bad path: {path!r}")
    if not isinstance(digest, str) or not _SHA256.fullmatch(digest):
        raise ManifestError(f"the manifest's SHA-256 of {path!r} is not 64 hex digits")
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        raise ManifestError(f"the manifest's size of {path!r} is not a number of bytes")
    return FileEntry(path, digest, size)


def _text(value: object) -> str:
    return value if isinstance(value, str) else "" if value is None else str(value)
