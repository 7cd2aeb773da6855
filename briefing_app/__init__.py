"""Briefing: an offline desktop briefing reader.

The package splits into :mod:`briefing_app.core` (content model, loading,
rendering, search, user data; no Qt) and :mod:`briefing_app.ui` (PySide6).
"""

from __future__ import annotations

from importlib import metadata

try:
    __version__ = metadata.version("briefing-app")
except metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"
