"""The PySide6 user interface: the only package that imports Qt.

``main_window`` composes the panes (``topic_tree``, ``reader``,
``glossary_dock``, ``search_panel``, ``problems_dock``); they talk through
signals.
"""
