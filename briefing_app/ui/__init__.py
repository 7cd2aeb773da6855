"""The PySide6 user interface: the only package that imports Qt.

``main_window`` composes the panes (``topic_tree``, ``reader``,
``glossary_dock``, ``search_panel``, ``problems_dock``); they talk through
signals.

Importing the package imports ``PySide6.QtCore`` and lightens the source scan
PySide6 then runs after every import (:mod:`briefing_app.ui.import_scan`), so
that the panes' own imports stay cheap.
"""

import PySide6.QtCore  # noqa: F401  (the scan to lighten exists once QtCore is imported)

from briefing_app.ui.import_scan import lighten

lighten()
