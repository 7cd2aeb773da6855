"""Icons from qtawesome, loaded on first use and never fatal.

Importing qtawesome costs about half a second, and its icon font can fail to
load on locked-down machines.  So an icon is found, in order:

1. the PNG that ``packaging/render_ui_icons.py`` rendered from qtawesome for
   the palette's theme (``resources/icons/qta/<light|dark>/<role>.png``);
2. qtawesome itself, in the palette's text colour;
3. the SVG drawn for the app (``resources/icons/ui/<role>.svg``).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QGuiApplication, QIcon, QPalette

from briefing_app.core.resources import resources_dir

#: App icon roles to Material Design Icons names (qtawesome's "mdi6" set).
ICONS = {
    "open": "mdi6.folder-open-outline",
    "quit": "mdi6.exit-to-app",
    "topic": "mdi6.file-document-outline",
    "group": "mdi6.folder-outline",
    "glossary": "mdi6.book-alphabet",
    "search": "mdi6.magnify",
    "problems": "mdi6.alert-circle-outline",
    "error": "mdi6.close-circle-outline",
    "warning": "mdi6.alert-outline",
    "zoom-in": "mdi6.magnify-plus-outline",
    "zoom-out": "mdi6.magnify-minus-outline",
    "next": "mdi6.page-next-outline",  # reading order: unlike back and forward (history)
    "previous": "mdi6.page-previous-outline",
    "about": "mdi6.information-outline",
    "term": "mdi6.alphabetical-variant",
    "back": "mdi6.arrow-left",
    "forward": "mdi6.arrow-right",
    "recent": "mdi6.history",
    "bookmark": "mdi6.star",
    "bookmark-off": "mdi6.star-outline",
    "bookmarks": "mdi6.bookmark-multiple-outline",
    "notes": "mdi6.notebook-edit-outline",
    "topic-noted": "mdi6.file-document-edit-outline",
    "group-noted": "mdi6.folder-edit-outline",
    "quote": "mdi6.format-quote-open",
    "preview": "mdi6.eye-outline",
    "brief": "mdi6.file-pdf-box",
    "print": "mdi6.printer",
    "export": "mdi6.file-export-outline",
    "up": "mdi6.arrow-up",
    "down": "mdi6.arrow-down",
    "full-screen": "mdi6.fullscreen",
    "preferences": "mdi6.cog-outline",
}


def fallback_icon(role: str) -> QIcon:
    """Return the bundled SVG icon for ``role``, or an empty QIcon if there is none."""
    path = resources_dir() / "icons" / "ui" / f"{role}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()


#: Icon colours of the rendered PNGs, by theme (close to Qt's Fusion text colours).
THEME_COLOURS = {"light": "#3b434c", "dark": "#d5dbe1"}


def theme() -> str:
    """Return ``"dark"`` if the application palette is dark, else ``"light"``."""
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return "dark" if window.lightness() < 128 else "light"


def rendered_icon(role: str) -> QIcon:
    """Return the pre-rendered qtawesome PNG for ``role`` in the current theme, or an empty QIcon."""
    path = resources_dir() / "icons" / "qta" / theme() / f"{role}.png"
    return QIcon(str(path)) if path.is_file() else QIcon()


@cache
def icon(role: str) -> QIcon:
    """Return the icon for ``role`` (a key of :data:`ICONS`), by the order in the module doc.

    An unknown role gives the bundled SVG of that name, or an empty QIcon.
    """
    name = ICONS.get(role)
    if name is None:
        return fallback_icon(role)
    made = rendered_icon(role)
    if not made.isNull():
        return made
    return live_icon(role, name)


def live_icon(role: str, name: str) -> QIcon:
    """Return qtawesome's icon ``name`` in the palette's text colour, or the SVG for ``role``."""
    try:
        import qtawesome

        colour = QGuiApplication.palette().color(QPalette.ColorRole.WindowText)
        made = qtawesome.icon(name, color=colour)
    except Exception:  # a missing icon font must never stop the app
        return fallback_icon(role)
    return made if not made.isNull() else fallback_icon(role)
