"""How much a ``.briefing`` file may hold: the bounds that stop a hostile archive.

A ZIP's headers say how big each member is, but they are written by whoever
made the file, so every size here is *measured while inflating* and the
member is abandoned the moment it passes a bound (a "zip bomb" inflates a few
kilobytes into gigabytes).  The numbers leave a wide margin over real packs:

* the bundled pack is 21 files and 128 kB (57 kB packed); the 5,000-topic
  benchmark pack (``bench/make_pack.py --topics 5000 --terms 1000 --big-topic``)
  is 5,003 files and 42 MB (21 MB packed), so 20,000 entries and 512 MB in
  all are four and twelve times that;
* the loader reads at most 4 MB of a topic and 2 MB of the glossary
  (:mod:`briefing_app.core.pack.loader`); 64 MB per member leaves room for
  images and maps;
* Markdown and YAML deflate about 2:1 to 6:1 (the bundled pack 2.3:1), and
  a page of one repeated character about 1,000:1, the most Deflate can do.  A
  member is allowed any ratio for its first megabyte, so small, repetitive
  files are fine, and at most 100:1 beyond it, which no text or image comes
  near and a bomb passes as soon as it has inflated that first megabyte
  (about a kilobyte of its input).

The sizes the headers declare are checked too, before anything is inflated,
which refuses an honest but oversized archive early; a dishonest one is
caught by the counting.
"""

from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True)
class ArchiveLimits:
    """The bounds an archive is read within (see the module doc for why these values).

    Attributes:
        max_entries: members in the archive, folders included.
        max_entry_bytes: inflated bytes of any one member.
        max_total_bytes: inflated bytes of all members together.
        max_ratio: inflated bytes per compressed byte of a member, once past
            ``ratio_grace_bytes``.
        ratio_grace_bytes: inflated bytes of a member before the ratio is checked.
        max_manifest_bytes: the size of ``META-INF/manifest.json`` and of the signature.
        max_name_chars: characters in a member's path.
    """

    max_entries: int = 20_000
    max_entry_bytes: int = 64 * MB
    max_total_bytes: int = 512 * MB
    max_ratio: int = 100
    ratio_grace_bytes: int = 1 * MB
    max_manifest_bytes: int = 8 * MB
    max_name_chars: int = 400

    @property
    def max_central_directory_bytes(self) -> int:
        """The largest central directory (the archive's list of members) worth parsing.

        Python's :mod:`zipfile` makes an object per listed member before anyone
        can count them, so the listing's size is checked first: 512 bytes a
        member is ten times what a member's path needs.
        """
        return self.max_entries * 512


def size_text(size: int) -> str:
    """Return a byte count for a message: "64 MB", "1.5 MB", "10 kB", "812 bytes"."""
    if size >= 10_000_000:
        return f"{size / 1e6:.0f} MB"
    if size >= 1_000_000:
        return f"{size / 1e6:.1f} MB"
    if size >= 1000:
        return f"{size / 1e3:.0f} kB"
    return f"{size} byte{'s' * (size != 1)}"


#: The limits every pack file is opened with.
DEFAULT_LIMITS = ArchiveLimits()
