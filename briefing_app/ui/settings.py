"""Remembered window state (QSettings), versioned so old or foreign state is ignored.

Settings are an INI file in the user config location (``QStandardPaths``
AppConfigLocation), or in ``$BRIEFING_CONFIG_DIR`` when that is set (tests
use it).  Every value read is checked: a corrupt or foreign file never
crashes the app, it is simply not used.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

#: Bump when the meaning of saved window state changes; older state is ignored.
STATE_VERSION = 1


def settings_path() -> Path:
    """Return the INI file the settings live in (the folder may not exist yet)."""
    folder = os.environ.get("BRIEFING_CONFIG_DIR") or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppConfigLocation
    )
    if not folder:
        folder = str(Path.home() / ".config" / "briefing-app")
    return Path(folder) / "briefing-app.ini"


def open_settings() -> QSettings:
    """Return the app's QSettings (INI format, see :func:`settings_path`)."""
    return QSettings(str(settings_path()), QSettings.Format.IniFormat)


def read_bytes(settings: QSettings, key: str) -> QByteArray | None:
    """Return a saved QByteArray (geometry, dock state), or None if absent or of another type."""
    value = settings.value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def read_str(settings: QSettings, key: str, default: str = "") -> str:
    """Return a saved string, or ``default`` if absent or not a string."""
    value = settings.value(key, default)
    return value if isinstance(value, str) else default


def read_int(settings: QSettings, key: str, default: int, low: int, high: int) -> int:
    """Return a saved integer clamped to ``[low, high]``, or ``default`` if unusable."""
    value = settings.value(key, default)
    try:
        number = int(value) if isinstance(value, (int, str)) else default
    except ValueError:
        return default
    return max(low, min(high, number))


def state_is_current(settings: QSettings) -> bool:
    """True if the saved state was written by this state version."""
    return read_int(settings, "state_version", 0, 0, 1 << 30) == STATE_VERSION
