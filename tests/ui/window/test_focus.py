"""F6 and Shift+F6 move the focus between the panes in the order they are seen; the pane with
the focus shows it; Tab goes through a dock from top to bottom."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from briefing_app.ui.window.actions import in_front
from briefing_app.ui.window.focus import FocusRing, cycle_focus, focusable_panes
from briefing_app.ui.window.main_window import MainWindow


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def press_f6(qtbot, window: MainWindow, shift: bool = False) -> QWidget | None:
    """Press F6 (or Shift+F6) where the focus is, as a user would."""
    target = focused() or window
    modifier = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(target, Qt.Key.Key_F6, modifier=modifier)
    return focused()


def shown_window(window: MainWindow, qtbot) -> MainWindow:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def test_f6_goes_from_the_sidebar_to_the_reader_and_round(window: MainWindow, qtbot):
    shown_window(window, qtbot)
    window.problems.hide()
    window.prep.notes.hide()
    window.tree.setFocus()
    assert press_f6(qtbot, window) is window.reader
    assert press_f6(qtbot, window) is window.tree, "round to the first pane"
    window.glossary_toggle.trigger()  # the glossary tab in front of the contents
    qtbot.waitUntil(lambda: in_front(window.glossary))
    window.reader.setFocus()
    assert press_f6(qtbot, window) is window.glossary.filter_box, "the glossary, at its filter"
    assert press_f6(qtbot, window, shift=True) is window.reader, "Shift+F6: backwards"


def test_f6_visits_every_shown_pane_in_visual_order_and_skips_hidden_ones(
    window: MainWindow, qtbot
):
    shown_window(window, qtbot)
    window.prep.notes.show()
    window.problems.show()
    window.tree.setFocus()
    visited = [focused()]
    for _ in range(len(focusable_panes(window))):
        visited.append(press_f6(qtbot, window))
    prep = window.prep
    docks = sorted(  # both below the reader, in the order they are seen
        [prep.notes, window.problems],
        key=lambda d: (
            d.mapTo(window, d.rect().topLeft()).y(),
            d.mapTo(window, d.rect().topLeft()).x(),
        ),
    )
    entry = {prep.notes: prep.notes.editor, window.problems: window.problems.problem_list}
    below = [entry[dock] for dock in docks]
    assert visited == [window.tree, window.reader, *below, window.tree]
    window.problems.hide()
    window.reader.setFocus()
    assert press_f6(qtbot, window) is prep.notes.editor, "hidden panes are skipped"


def test_a_dock_behind_another_docks_tab_is_skipped(window: MainWindow, qtbot):
    shown_window(window, qtbot)
    window.problems.hide()
    window.prep.notes.hide()
    qtbot.waitUntil(lambda: in_front(window.contents))
    assert window.glossary.isVisible() and not in_front(window.glossary), "behind the contents"
    window.reader.setFocus()
    assert press_f6(qtbot, window) is window.tree
    assert press_f6(qtbot, window) is window.reader


def test_from_the_search_box_f6_goes_to_the_first_pane(window: MainWindow, qtbot):
    shown_window(window, qtbot)
    window.search_box.setFocus()
    assert cycle_focus(window, 1) is window.tree
    window.search_box.setFocus()
    assert cycle_focus(window, -1) is focusable_panes(window)[-1].entry


def test_tab_goes_through_the_glossary_from_top_to_bottom(window: MainWindow, qtbot):
    shown_window(window, qtbot)
    glossary = window.glossary
    glossary.filter_box.setFocus()
    qtbot.keyClick(glossary.filter_box, Qt.Key.Key_Tab)
    assert focused() is glossary.term_list
    qtbot.keyClick(glossary.term_list, Qt.Key.Key_Tab)
    assert focused() is glossary.definition


def edge_pixels(image: QImage) -> list[int]:
    """The colours along the four edges of ``image``, one pixel in."""
    w, h = image.width(), image.height()
    across = [image.pixel(x, y) for x in range(0, w, 4) for y in (1, h - 2)]
    down = [image.pixel(x, y) for y in range(0, h, 4) for x in (1, w - 2)]
    return across + down


def test_the_reader_and_the_tree_show_where_the_focus_is(window: MainWindow, qtbot):
    shown_window(window, qtbot)
    qtbot.waitUntil(lambda: window.reader.findChild(FocusRing) is not None)  # after the paint
    highlight = window.palette().highlight().color().rgb()
    for pane in (window.reader, window.tree):
        window.search_box.setFocus()
        qtbot.waitUntil(lambda pane=pane: not pane.hasFocus())
        without = pane.grab().toImage()
        pane.setFocus()
        qtbot.waitUntil(lambda pane=pane: pane.hasFocus())
        with_focus = pane.grab().toImage()
        plain, ringed = edge_pixels(without), edge_pixels(with_focus)
        assert plain.count(highlight) < 0.2 * len(plain), "no ring without the focus"
        assert ringed.count(highlight) > 0.95 * len(ringed), f"{pane.accessibleName()}: no ring"


def test_tab_goes_from_the_search_suggestions_down_to_the_results(window: MainWindow, qtbot):
    shown_window(window, qtbot)
    panel = window.search_panel
    panel.show()
    window.search_box.setText("khrogos")  # a typo: the correction is offered as a button
    qtbot.waitUntil(lambda: bool(panel.suggestion_buttons), timeout=5000)
    assert panel.suggestion_buttons[-1].nextInFocusChain() is panel.results
