"""Qt values the first frame needs, written as the plain ints Qt defines them to be.

PySide6 creates the Python enums of a class when the class is first used,
and the ``Qt`` namespace holds 98 of them: touching any ``Qt.*`` value
costs about 20 ms, which a bare Qt window never pays (issue #7, start-up
near a bare window).  So the panes of the first frame (topic tree, reader,
glossary, notes, docks) pass these ints where Qt takes an int (item roles,
``QObject.setProperty`` of an enum property), and the ``Qt`` namespace is
first touched after the first paint.  ``tests/test_startup_imports.py``
fails if it is touched sooner, and ``tests/ui/test_qt_ints.py`` checks every
value below against PySide6's enum.

Values from the Qt docs: "Qt Namespace" (``Qt::ItemDataRole``,
``Qt::Orientation``, ``Qt::ToolButtonStyle``).
"""

from __future__ import annotations

#: ``Qt.ItemDataRole`` values (a model's ``data()`` receives the role as an int).
DISPLAY_ROLE = 0
DECORATION_ROLE = 1
TOOL_TIP_ROLE = 3
FONT_ROLE = 6
FOREGROUND_ROLE = 9
ACCESSIBLE_TEXT_ROLE = 11
#: The first role free for an application's own data.
USER_ROLE = 256

#: ``Qt.Orientation.Vertical``, for ``setProperty("orientation", ...)``.
VERTICAL = 2
#: ``Qt.ToolButtonStyle.ToolButtonTextBesideIcon``, for ``setProperty("toolButtonStyle", ...)``.
TEXT_BESIDE_ICON = 2
#: ``Qt.ScrollBarPolicy.ScrollBarAsNeeded`` and ``ScrollBarAlwaysOff``, for
#: ``setProperty("horizontalScrollBarPolicy", ...)``.
SCROLL_BAR_AS_NEEDED = 0
SCROLL_BAR_ALWAYS_OFF = 1
