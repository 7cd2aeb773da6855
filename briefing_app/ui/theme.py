"""Colour themes: Follow System, Light, Dark and High Contrast, switched live.

A theme is a :class:`~PySide6.QtGui.QPalette` for the widgets and a colour
scheme for the reader's stylesheet (:data:`briefing_app.core.render.stylesheet.PALETTES`):

=============== ============================================= ==================
theme           widgets                                       reader
=============== ============================================= ==================
``system``      the platform's palette; our dark one when the  ``light``/``dark``
                platform reports a dark colour scheme but
                gives a light palette (Qt 6.5+,
                ``QStyleHints.colorScheme``)
``light``       Fusion's standard palette                     ``light``
``dark``        :data:`DARK`                                  ``dark``
``high-contrast`` :data:`HIGH_CONTRAST` (white on black,      ``high-contrast``
                yellow links, WCAG 2.1 AAA contrast)
=============== ============================================= ==================

:func:`apply_theme` sets the application palette; every widget gets a
``PaletteChange`` event, and the reading panes render their page again in
the new scheme (:func:`reader_scheme`).  The choice is remembered in the
settings (``view/theme``).  With ``system`` and a platform that says
nothing (``Qt.ColorScheme.Unknown``) nothing is changed at all, so the
default start pays nothing for themes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QGuiApplication, QPalette

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

#: The themes, in the order the View menu lists them.
THEMES = ("system", "light", "dark", "high-contrast")

_ROLE = QPalette.ColorRole
_GROUP = QPalette.ColorGroup

#: Widget colours of the dark theme (role -> colour; disabled text is dimmed separately).
DARK = {
    _ROLE.Window: "#23272e",
    _ROLE.WindowText: "#e3e7ec",
    _ROLE.Base: "#1b1f24",
    _ROLE.AlternateBase: "#262b33",
    _ROLE.Text: "#e3e7ec",
    _ROLE.Button: "#2c323b",
    _ROLE.ButtonText: "#e3e7ec",
    _ROLE.BrightText: "#ffffff",
    _ROLE.Highlight: "#3d6ea5",
    _ROLE.HighlightedText: "#ffffff",
    _ROLE.Link: "#7fb3ea",
    _ROLE.LinkVisited: "#b59de0",
    _ROLE.ToolTipBase: "#2c323b",
    _ROLE.ToolTipText: "#e3e7ec",
    _ROLE.PlaceholderText: "#8e98a3",
    _ROLE.Light: "#3a414b",
    _ROLE.Midlight: "#323841",
    _ROLE.Mid: "#20242a",
    _ROLE.Dark: "#15181c",
    _ROLE.Shadow: "#000000",
}

#: Widget colours of the high-contrast theme: white on black, yellow links and focus,
#: cyan selection with black text (the scheme of Windows' "High Contrast Black").
HIGH_CONTRAST = {
    _ROLE.Window: "#000000",
    _ROLE.WindowText: "#ffffff",
    _ROLE.Base: "#000000",
    _ROLE.AlternateBase: "#141414",
    _ROLE.Text: "#ffffff",
    _ROLE.Button: "#000000",
    _ROLE.ButtonText: "#ffffff",
    _ROLE.BrightText: "#ffff00",
    _ROLE.Highlight: "#1aebff",
    _ROLE.HighlightedText: "#000000",
    _ROLE.Link: "#ffff00",
    _ROLE.LinkVisited: "#ffff00",
    _ROLE.ToolTipBase: "#000000",
    _ROLE.ToolTipText: "#ffffff",
    _ROLE.PlaceholderText: "#c0c0c0",
    _ROLE.Light: "#ffffff",
    _ROLE.Midlight: "#c0c0c0",
    _ROLE.Mid: "#808080",
    _ROLE.Dark: "#ffffff",
    _ROLE.Shadow: "#ffffff",
}

_DISABLED_TEXT = {"dark": "#7d8590", "high-contrast": "#3ff23f"}

_current = "system"
_overridden = False  # True while the application palette is one of ours


def current_theme() -> str:
    """Return the theme last applied (one of :data:`THEMES`); ``"system"`` before any."""
    return _current


def is_dark(palette: QPalette) -> bool:
    """True when ``palette``'s base (text background) colour is dark (HSL lightness below half)."""
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def reader_scheme(palette: QPalette) -> str:
    """Return the reader stylesheet's scheme for a pane with ``palette``.

    ``"high-contrast"`` while that theme is applied, else ``"dark"`` or
    ``"light"`` as the palette is (a platform's own dark palette included).
    """
    if _current == "high-contrast":
        return "high-contrast"
    return "dark" if is_dark(palette) else "light"


def make_palette(colours: dict[QPalette.ColorRole, str], disabled_text: str) -> QPalette:
    """Return a palette with ``colours`` (role -> ``#rrggbb``) in every colour group, and
    ``disabled_text`` for text, window text and button text in the Disabled group."""
    palette = QPalette()
    for role, name in colours.items():
        palette.setColor(role, QColor(name))
    for role in (_ROLE.Text, _ROLE.WindowText, _ROLE.ButtonText):
        palette.setColor(_GROUP.Disabled, role, QColor(disabled_text))
    return palette


def palette_for(theme: str) -> QPalette | None:
    """Return the widget palette of ``theme``, or None to leave the platform's palette.

    ``system`` gives the dark palette only when the platform says its scheme is
    dark and its own palette is light (as Fusion's is on a plain X11 session).

    Raises:
        ValueError: ``theme`` is not one of :data:`THEMES`.
    """
    if theme not in THEMES:
        raise ValueError(f"unknown theme {theme!r}; choose one of {', '.join(THEMES)}")
    if theme == "dark":
        return make_palette(DARK, _DISABLED_TEXT["dark"])
    if theme == "high-contrast":
        return make_palette(HIGH_CONTRAST, _DISABLED_TEXT["high-contrast"])
    if theme == "light":
        from PySide6.QtWidgets import QStyleFactory

        style = QStyleFactory.create("Fusion")
        return style.standardPalette() if style is not None else QPalette()
    from PySide6 import QtCore

    hints = QGuiApplication.styleHints()
    platform_dark = hints.colorScheme() == QtCore.Qt.ColorScheme.Dark
    if platform_dark and not is_dark(QGuiApplication.palette()):
        return make_palette(DARK, _DISABLED_TEXT["dark"])
    return None


def outline_window_colour(palette: QPalette) -> QColor:
    """Return a window colour that makes Fusion draw visible outlines on ``palette``'s window.

    Fusion draws the box of a check box and the frame of a spin box, combo box
    or button in the *window* colour made darker: on a black window (High
    Contrast) that is black on black, and on a dark one a near-black line on
    dark grey.  A control given this colour as its window colour (it fills no
    background with it) gets an outline in the placeholder-text grey (dark
    themes) or light grey (High Contrast); on a light palette the window
    colour itself, so nothing changes.
    """
    if not is_dark(palette):
        return palette.color(_ROLE.Window)
    role = _ROLE.WindowText if _current == "high-contrast" else _ROLE.PlaceholderText
    return palette.color(role).lighter(140)


def outline_controls(palette: QPalette, *controls: QWidget) -> None:
    """Make the outlines of ``controls`` visible on ``palette`` (:func:`outline_window_colour`).

    Only the window role is set, so the controls keep following every other
    colour of their parent; call again when the theme (the parent's palette) changes.
    """
    colour = outline_window_colour(palette)
    for control in controls:
        own = QPalette()
        own.setColor(_ROLE.Window, colour)
        control.setPalette(own)


class ThemeFollower(QObject):
    """Follows the platform's colour scheme while the theme is ``system``.

    Made once the window has painted (asking the platform for its scheme
    creates Qt's enums, which the first frame avoids); it applies ``system``
    at once, so a dark platform that gives a light palette turns dark, and
    again whenever the platform's scheme changes.  ``parent`` keeps it alive.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._changed)
        self._changed()

    def _changed(self) -> None:
        if _current == "system":
            apply_theme("system")


def apply_theme(theme: str) -> None:
    """Make ``theme`` the application's theme now (widgets and reading panes follow).

    Raises:
        ValueError: ``theme`` is not one of :data:`THEMES`.
    """
    global _current, _overridden
    if theme not in THEMES:
        raise ValueError(f"unknown theme {theme!r}; choose one of {', '.join(THEMES)}")
    _current = theme  # first: the panes ask reader_scheme() when their palette changes
    if not isinstance(QGuiApplication.instance(), QGuiApplication):
        return
    if theme == "system" and _overridden:
        QGuiApplication.setPalette(QPalette())  # the platform's own, to judge its darkness
        _overridden = False
    palette = palette_for(theme)
    if palette is not None:
        QGuiApplication.setPalette(palette)
        _overridden = True


def follow_platform_scheme(parent: QObject) -> None:
    """Start following the platform's colour scheme (a :class:`ThemeFollower` owned by ``parent``)."""
    ThemeFollower(parent)
