"""Icons from qtawesome, loaded on first use and never fatal.

qtawesome renders icon fonts; importing it costs time at start-up and its font
can fail to load on locked-down machines, so icons are made lazily and a
failure gives an empty icon instead of stopping the app.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

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


@cache
def icon(role: str) -> QIcon:
    """Return the icon for ``role`` (a key of :data:`ICONS`); an empty QIcon if unavailable."""
    name = ICONS.get(role)
    if name is None:
        return QIcon()
    try:
        import qtawesome

        return qtawesome.icon(name)
    except Exception:
        return QIcon()
