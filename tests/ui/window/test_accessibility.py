"""Screen readers: every control a user can reach has a name (and the panes a description),
and the reader's page is text an assistive technology can read.

The rule the walk applies, for each visible interactive widget
(:data:`INTERACTIVE`; scroll bars are left out, as are the parts Qt builds
inside a composite control, such as a spin box's or a combo box's line
edit, a line edit's clear button or a view's header, which are announced
as part of their owner):

- **Name**: the widget's own ``accessibleName()``; for a button, its text,
  its tool tip or its action's text, which Qt exposes as the name when the
  button has none of its own; for a tab bar, the text of every tab (each
  tab is announced by its text).  A field named only through its label's
  buddy does not count: Qt keeps the label's colon, and a combo box reports
  its value instead (see :mod:`briefing_app.ui.accessible`).  Whatever the
  source, ``QAccessible``'s interface must then give a non-empty name.
- **Description** (main window and the Help dialogs): every widget that is
  not a button says what it is for: its ``accessibleDescription()`` or its
  tool tip, which Qt exposes as the description.  Buttons say it in their
  text.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

from briefing_app.ui.window.main_window import MainWindow

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractSlider,
    QTabBar,
)
#: Composite controls whose inner widgets are announced as the control itself.
COMPOSITE = (QAbstractSpinBox, QComboBox, QLineEdit)


def interactive_widgets(root: QWidget) -> list[QWidget]:
    """The visible interactive widgets under ``root`` (and ``root`` itself), per the rule."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QScrollBar):
            continue
        if not widget.isVisible() or isinstance(widget.parentWidget(), COMPOSITE):
            continue
        if isinstance(widget, QHeaderView):  # announced as its view's column headers
            continue
        found.append(widget)
    return found


def own_name(widget: QWidget) -> str:
    """The name per the rule (module doc), "" if it has none."""
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        action = widget.defaultAction() if isinstance(widget, QToolButton) else None
        return widget.text() or widget.toolTip() or (action.text() if action else "")
    if isinstance(widget, QTabBar):
        texts = [widget.tabText(i) for i in range(widget.count())]
        return ", ".join(texts) if all(texts) else ""
    return ""


def describe(widget: QWidget) -> str:
    parent = widget.parentWidget()
    return f"{type(widget).__name__} {widget.objectName()!r} in {type(parent).__name__}"


def nameless(root: QWidget) -> list[str]:
    """The interactive widgets under ``root`` without a name a screen reader can say."""
    missing = []
    for widget in interactive_widgets(root):
        interface = QAccessible.queryAccessibleInterface(widget)
        spoken = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not own_name(widget) or not (spoken or isinstance(widget, QTabBar)):
            missing.append(describe(widget))
    return missing


def undescribed(root: QWidget) -> list[str]:
    """The interactive widgets under ``root``, buttons aside, that do not say what they are for."""
    missing = []
    for widget in interactive_widgets(root):
        if isinstance(widget, (QAbstractButton, QTabBar)):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        if not interface.text(QAccessible.Text.Description):
            missing.append(f"{describe(widget)} ({widget.accessibleName()})")
    return missing


@pytest.fixture
def everything_shown(window: MainWindow, qtbot) -> MainWindow:
    """The window with every dock, the find bar, search suggestions and a problem shown."""
    prep = window.prep
    prep.bookmarks.toggle()  # a bookmark, so the list shows rather than its hint
    for dock in (window.glossary, window.problems, prep.notes, prep.bookmarks_dock):
        dock.show()
    panel = window.search_panel
    panel.show()
    window.search.find_bar.open_bar("Khorgos")
    window.search_box.setText("khrogos")  # a typo: the panel offers a correction button
    qtbot.waitUntil(lambda: bool(panel.suggestion_buttons), timeout=5000)
    window.problems_button.setVisible(True)
    return window


def test_the_walk_sees_the_controls_it_judges(everything_shown: MainWindow):
    seen = {w.accessibleName() for w in interactive_widgets(everything_shown)}
    assert {"Topics", "Reader", "Search", "Find in page", "Search results"} <= seen
    assert {"Filter glossary terms", "Glossary terms", "Bookmarked topics", "Pack problems"} <= seen


def test_every_control_of_the_main_window_has_a_name_and_says_what_it_is_for(
    everything_shown: MainWindow, qtbot
):
    notes = everything_shown.prep.notes
    for preview in (False, True):  # the note as Markdown, then rendered
        notes.preview_button.setChecked(preview)
        qtbot.waitUntil(lambda preview=preview: notes.stack.currentWidget().isVisible())
        assert nameless(everything_shown) == []
        missing = undescribed(everything_shown)
        assert missing == [], "\n".join(missing)


def test_tabbed_docks_are_named_by_their_tabs(window: MainWindow, qtbot):
    window.prep.notes.show()
    window.tabifyDockWidget(window.glossary, window.prep.notes)
    qtbot.waitUntil(lambda: any(b.isVisible() for b in window.findChildren(QTabBar)))
    assert nameless(window) == []


def test_the_brief_builder_names_every_field_by_its_label(window: MainWindow, qtbot):
    dialog = window.prep.make_brief_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert nameless(dialog) == []
    assert dialog.format_box.accessibleName() == "Format", "the label, not the value (PDF)"
    assert dialog.title_edit.accessibleName() == "Title", "no colon read out"


def test_the_help_dialogs_name_and_describe_their_controls(window: MainWindow, qtbot):
    for action in (window.guide_action, window.shortcuts_action, window.about_action):
        action.trigger()
    dialogs = [w for w in window.findChildren(QWidget) if w.isWindow() and w.isVisible()]
    assert len(dialogs) == 3
    for dialog in dialogs:
        assert nameless(dialog) == [], dialog.windowTitle()
        assert undescribed(dialog) == [], dialog.windowTitle()


def test_a_screen_reader_reads_the_page_shown(window: MainWindow):
    window.open_topic("khorgos")
    interface = QAccessible.queryAccessibleInterface(window.reader)
    assert interface is not None
    assert interface.text(QAccessible.Text.Name) == "Reader"
    title = window.pack.topics["khorgos"].title
    assert title in interface.text(QAccessible.Text.Value)
    text = interface.textInterface()
    assert text is not None
    assert text.text(0, text.characterCount()).startswith(title)
