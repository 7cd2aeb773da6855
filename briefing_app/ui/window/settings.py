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
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QWidget

#: Bump when the meaning of saved window state changes; older state is ignored.
STATE_VERSION = 2  # 2: one sidebar of tabs (0.4); 1: three columns
#: The reader's zoom range, in steps of one point from the stylesheet's size.
MIN_ZOOM, MAX_ZOOM = -6, 12
#: The reading font chosen in Preferences: family and size in points.
FONT_FAMILY_KEY = "reader/font_family"
FONT_SIZE_KEY = "reader/font_size"
MIN_FONT_PT, MAX_FONT_PT = 8, 28
#: The reader's line length at most, in characters, chosen in Preferences.
MEASURE_KEY = "reader/measure"
#: The default measure: within the 45–90 characters typographers hold readable (Bringhurst,
#: "The Elements of Typographic Style", 2.1.2), and the issue's 70–80.
DEFAULT_MEASURE = 75
MIN_MEASURE, MAX_MEASURE = 40, 140
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
    """Keep a top-level ``widget`` whole on a screen.

    Saved geometry can lie off every screen after a monitor is unplugged, or
    be larger than the screen it is on now (a laptop after a desktop monitor):
    a window whose title bar no screen shows moves to the primary screen, and
    one larger than its screen's available area (Qt docs,
    ``QScreen::availableGeometry``: less the task bars and docks) shrinks to it.
    """
    frame = widget.frameGeometry()
    grip = QRect(frame.topLeft(), QSize(max(1, frame.width()), 40))
    screens = [s for s in QGuiApplication.screens() if s.availableGeometry().intersects(grip)]
    screen = screens[0] if screens else QGuiApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    extra = frame.size() - widget.size()  # the window manager's frame around the window
    if screens and frame.width() <= area.width() and frame.height() <= area.height():
        return
    widget.resize(
        min(widget.width(), area.width() - extra.width()),
        min(widget.height(), area.height() - extra.height()),
    )
    if not screens or not area.contains(widget.frameGeometry()):
        widget.move(area.center() - widget.rect().center())


#: The window's size on a first start, where the screen has room for it.
FIRST_SIZE = QSize(1280, 800)
#: Room left around a first window on a small screen (device-independent pixels).
FIRST_MARGIN = 24


def first_size(widget: QWidget) -> QSize:
    """Return the size of a first window on the screen ``widget`` opens on: :data:`FIRST_SIZE`,
    or less, so that it fits that screen's available area with a margin (a 1366×768 laptop
    whose task bar takes 40 pixels gets 1318×704)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return FIRST_SIZE
    area = screen.availableGeometry()
    return QSize(
        min(FIRST_SIZE.width(), area.width() - 2 * FIRST_MARGIN),
        min(FIRST_SIZE.height(), area.height() - 2 * FIRST_MARGIN),
    )


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


def reading_font(settings: QSettings) -> QFont:
    """Return the reading font saved in Preferences, or the application's font if none is."""
    font = QFont(QGuiApplication.font())
    family = read_str(settings, FONT_FAMILY_KEY, "")
    if family:
        font.setFamily(family)
    size = read_int(settings, FONT_SIZE_KEY, 0, 0, MAX_FONT_PT)
    if size >= MIN_FONT_PT:
        font.setPointSize(size)
    return font


def reading_measure(settings: QSettings) -> int:
    """Return the reader's line length at most (characters) saved in Preferences, else 75."""
    return read_int(settings, MEASURE_KEY, DEFAULT_MEASURE, MIN_MEASURE, MAX_MEASURE)
