"""Briefing: an offline desktop briefing reader.

The package splits into :mod:`briefing_app.core` (content model, loading,
rendering, search, user data; no Qt) and :mod:`briefing_app.ui` (PySide6).
"""

from __future__ import annotations

#: The release, as in ``pyproject.toml``'s ``[project] version`` (a test keeps the two
#: equal).  Written here too because reading the installed metadata
#: (``importlib.metadata``) costs some 20 ms of start-up, and the pack cache
#: needs the version before the first paint.
__version__ = "0.6.1"


def version() -> str:
    """Return the app's version (such as ``"0.3.0"``), the same as its package metadata."""
    return __version__
