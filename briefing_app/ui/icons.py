"""Icons from qtawesome, loaded on first use and never fatal.

qtawesome renders icon fonts; importing it costs time at start-up and its font
can fail to load on locked-down machines, so icons are made lazily, in the
palette's text colour (readable in light and dark), and a failure falls back
to the SVG icons bundled in ``resources/icons/ui/<role>.svg``.
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
    "next": "mdi6.chevron-right",
    "previous": "mdi6.chevron-left",
    "about": "mdi6.information-outline",
    "term": "mdi6.alphabetical-variant",
}


def fallback_icon(role: str) -> QIcon:
    """Return the bundled SVG icon for ``role``, or an empty QIcon if there is none."""
    path = resources_dir() / "icons" / "ui" / f"{role}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()


@cache
def icon(role: str) -> QIcon:
    """Return the icon for ``role`` (a key of :data:`ICONS`).

    Tries qtawesome first; if its font cannot be loaded (or the icon comes out
    empty) the bundled SVG is used; an unknown role gives an empty QIcon.
    """
    name = ICONS.get(role)
    if name is None:
        return fallback_icon(role)
    try:
        import qtawesome

        colour = QGuiApplication.palette().color(QPalette.ColorRole.WindowText)
        made = qtawesome.icon(name, color=colour)
    except Exception:  # a missing icon font must never stop the app
        return fallback_icon(role)
    return made if not made.isNull() else fallback_icon(role)
