"""Where the user's files go: cache, data and log folders.

The folders are the platform's (``platformdirs``: XDG on Linux, AppData on
Windows, Library on macOS) for the app name ``briefing-app``; each can be
moved with an environment variable, which the tests use to keep every test's
files apart.  Nothing here creates a folder.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "briefing-app"


def _folder(env: str, kind: str) -> Path:
    """Return ``$env`` if set, else platformdirs' ``user_<kind>_dir`` for the app."""
    override = os.environ.get(env)
    if override:
        return Path(override)
    import platformdirs

    finder = getattr(platformdirs, f"user_{kind}_dir")
    return Path(finder(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """Return the cache folder (``$BRIEFING_CACHE_DIR``): rebuilt data, safe to delete."""
    return _folder("BRIEFING_CACHE_DIR", "cache")


def data_dir() -> Path:
    """Return the user data folder (``$BRIEFING_DATA_DIR``): notes, bookmarks; precious."""
    return _folder("BRIEFING_DATA_DIR", "data")


def log_dir() -> Path:
    """Return the log folder (``$BRIEFING_LOG_DIR``): crash logs."""
    return _folder("BRIEFING_LOG_DIR", "log")
