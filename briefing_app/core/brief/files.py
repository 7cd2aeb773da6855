"""Writing briefs and exported notes to files: whole or not at all.

Text is written as UTF-8 to a temporary file beside the target, flushed to
disk and renamed over it (``os.replace`` is atomic on POSIX and Windows), so
a crash or a full disk never leaves half a brief under the chosen name.
"""

from __future__ import annotations

import os
from pathlib import Path

from briefing_app.core.brief.html import brief_to_html
from briefing_app.core.brief.markdown import brief_to_markdown
from briefing_app.core.brief.model import Brief, Progress


def partial_path(path: Path) -> Path:
    """Return the temporary file a write to ``path`` goes to first (hidden, same folder)."""
    return path.with_name(f".{path.name}.part")


def write_text_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` as UTF-8 (LF line ends), replacing it only when complete.

    Raises:
        OSError: the folder cannot be written (nothing is left behind).
    """
    partial = partial_path(path)
    try:
        with open(partial, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except OSError:
        partial.unlink(missing_ok=True)
        raise


def render_text_brief(brief: Brief, kind: str, progress: Progress | None = None) -> str:
    """Return the brief as ``kind`` "html" or "markdown" text.

    Raises:
        ValueError: for another ``kind``.
        BriefCancelled: ``progress`` returned False.
    """
    if kind == "html":
        return brief_to_html(brief, progress=progress)
    if kind == "markdown":
        return brief_to_markdown(brief, progress=progress)
    raise ValueError(f"not a text format: {kind!r}")


def write_text_brief(brief: Brief, path: Path, kind: str, progress: Progress | None = None) -> None:
    """Write the brief to ``path`` as ``kind`` "html" or "markdown".

    Raises:
        OSError: the file cannot be written.
        BriefCancelled: ``progress`` returned False (no file is written).
    """
    write_text_atomic(path, render_text_brief(brief, kind, progress))
