"""Briefing: an offline desktop briefing reader.

The package splits into :mod:`briefing_app.core` (content model, loading,
rendering, search, user data; no Qt) and :mod:`briefing_app.ui` (PySide6).
``__version__`` comes from the installed distribution's metadata (the one
version number lives in ``pyproject.toml``), read on first use.
"""

from __future__ import annotations

from functools import cache


@cache
def version() -> str:
    """Return the installed version, or ``"0+unknown"`` for a source tree never installed."""
    from importlib import metadata

    try:
        return metadata.version("briefing-app")
    except metadata.PackageNotFoundError:
        return "0+unknown"


def __getattr__(name: str) -> str:
    """Provide ``__version__`` lazily (PEP 562): reading metadata costs start-up time."""
    if name == "__version__":
        return version()
    raise AttributeError(f"module 'briefing_app' has no attribute {name!r}")
