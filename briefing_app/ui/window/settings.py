"""Remembered window state (QSettings), versioned so old or foreign state is ignored.

Settings are an INI file in the user config location (``QStandardPaths``
AppConfigLocation), or in ``$BRIEFING_CONFIG_DIR`` when that is set (tests
use it).  Every value read is checked: a corrupt or foreign file never
crashes the app, it is simply not used.
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize, QStandardPaths
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: Bump when the meaning of saved window state changes; older state is ignored.
STATE_VERSION = 2  # 2: one sidebar of tabs (0.4); 1: three columns
#: The reader's zoom range, in steps of one point from the stylesheet's size.
MIN_ZOOM, MAX_ZOOM = -6, 12
#: The colour theme chosen in View → Theme (a name of briefing_app.ui.theme.THEMES).
THEME_KEY = "view/theme"


def settings_path() -> Path:
    """Return the INI file the settings live in (the folder may not exist yet)."""
    folder = os.environ.get("BRIEFING_CONFIG_DIR") or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppConfigLocation
    )
    if not folder:
        folder = str(Path.home() / ".config" / "briefing-app")
    return Path(folder) / "briefing-app.ini"


def open_settings() -> QSettings:
    """Return the app's QSettings (INI format, see :func:`settings_path`).

    A file Qt cannot parse is moved aside (``.broken-<time>``) and a fresh one
    started, so a corrupt settings file costs the saved layout, never a crash.
    """
    path = settings_path()
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    if settings.status() == QSettings.Status.FormatError and path.exists():
        del settings
        with contextlib.suppress(OSError):
            path.rename(path.with_name(f"{path.name}.broken-{int(time.time())}"))
        settings = QSettings(str(path), QSettings.Format.IniFormat)
    return settings


def fit_on_screen(widget: QWidget) -> None:
    """Move a top-level ``widget`` onto the primary screen if no screen shows its title bar.

    Saved geometry can lie off every screen after a monitor is unplugged.
    """
    frame = widget.frameGeometry()
    grip = QRect(frame.topLeft(), QSize(max(1, frame.width()), 40))
    if any(screen.availableGeometry().intersects(grip) for screen in QGuiApplication.screens()):
        return
    primary = QGuiApplication.primaryScreen()
    if primary is None:
        return
    area = primary.availableGeometry()
    widget.resize(min(frame.width(), area.width()), min(frame.height(), area.height()))
    widget.move(area.center() - widget.rect().center())


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


def last_topic(pack_id: str) -> str:
    """Return the id of the topic that was open when the pack ``pack_id`` was last closed, or ""."""
    return read_str(open_settings(), f"last_topic/{pack_id}") if pack_id else ""


def saved_theme(themes: tuple[str, ...]) -> str:
    """Return the theme saved in View → Theme if it is one of ``themes``, else ``"system"``."""
    name = read_str(open_settings(), THEME_KEY, "system")
    return name if name in themes else "system"
