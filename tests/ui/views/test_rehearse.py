"""Go → Rehearse: talking points one at a time, key facts behind Space, a countdown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPalette

from briefing_app.core import load_pack
from briefing_app.ui import theme
from briefing_app.ui.views.rehearse import NO_POINTS, RehearsalWindow, TopicChooser, open_rehearsal
from briefing_app.ui.window.main_window import MainWindow


def start(window: MainWindow, qtbot) -> RehearsalWindow:
    rehearsal = open_rehearsal(window, full_screen=False)
    qtbot.waitExposed(rehearsal)
    return rehearsal


def test_it_starts_on_the_current_topic_and_its_children(window: MainWindow, qtbot):
    window.open_topic("khorgos")
    rehearsal = start(window, qtbot)
    topics = {"khorgos", "khorgos-eastern-gate-sez", "icbc", "dry-port"}
    assert {card.topic_id for card in rehearsal.cards} == topics
    first = window.pack.topics["khorgos"].talking_points[0]
    assert rehearsal.card is not None and rehearsal.card.point == first
    assert "point 1 of 3" in rehearsal.where.text() and "card 1 of 12" in rehearsal.where.text()


def test_keys_step_through_the_points_and_reveal_the_key_facts(window: MainWindow, qtbot):
    window.open_topic("khorgos")
    rehearsal = start(window, qtbot)
    assert rehearsal.facts.isHidden()
    qtbot.keyClick(rehearsal, Qt.Key.Key_Space)
    assert rehearsal.revealed and not rehearsal.facts.isHidden()
    assert "Khorgos lies on the Kazakh–Chinese border" in rehearsal.facts.text()
    for key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Down):
        qtbot.keyClick(rehearsal, key)
    assert rehearsal.index == 3 and rehearsal.facts.isHidden()  # a new card hides them again
    assert rehearsal.card is not None and rehearsal.card.topic_id == "khorgos-eastern-gate-sez"
    qtbot.keyClick(rehearsal, Qt.Key.Key_Left)
    qtbot.keyClick(rehearsal, Qt.Key.Key_PageUp)
    assert rehearsal.index == 1
    qtbot.keyClick(rehearsal, Qt.Key.Key_End)
    assert rehearsal.index == len(rehearsal.cards) - 1
    qtbot.keyClick(rehearsal, Qt.Key.Key_Right)
    assert rehearsal.index == len(rehearsal.cards) - 1
    qtbot.keyClick(rehearsal, Qt.Key.Key_Home)
    assert rehearsal.index == 0
    qtbot.keyClick(rehearsal, Qt.Key.Key_Escape)
    assert not rehearsal.isVisible()


def test_the_timer_counts_down_each_point(window: MainWindow, qtbot):
    rehearsal = start(window, qtbot)
    assert rehearsal.countdown.isHidden() and rehearsal.seconds_left() == 0
    rehearsal.timer_box.setChecked(True)
    assert not rehearsal.countdown.isHidden()
    assert 118 <= rehearsal.seconds_left() <= 120
    assert rehearsal.countdown.maximum() == 120 and "left" in rehearsal.countdown.format()
    rehearsal.minutes.setValue(5)
    assert rehearsal.countdown.maximum() == 300
    rehearsal.timer_box.setChecked(False)
    assert rehearsal.countdown.isHidden()


def test_with_no_topic_shown_it_rehearses_every_topic(window: MainWindow, qtbot):
    window.show_glance()
    rehearsal = start(window, qtbot)
    points = sum(len(t.talking_points) for t in window.pack.topics.values())
    assert len(rehearsal.cards) == points


def test_choosing_topics(window: MainWindow, qtbot, monkeypatch):
    rehearsal = start(window, qtbot)
    chooser = TopicChooser(window.pack, ["icbc"], rehearsal)
    qtbot.addWidget(chooser)
    assert chooser.chosen() == ["icbc"]
    chooser._tick_all(True)
    assert chooser.chosen() == window.pack.topic_order()
    monkeypatch.setattr(TopicChooser, "exec", lambda self: 1)
    monkeypatch.setattr(TopicChooser, "chosen", lambda self: ["outlook"])
    qtbot.keyClick(rehearsal, Qt.Key.Key_T)
    assert {card.topic_id for card in rehearsal.cards} == {"outlook"}


def test_a_pack_without_talking_points_says_how_to_add_them(make_pack, qtbot):
    win = MainWindow(load_pack(make_pack()))
    qtbot.addWidget(win)
    win.show()
    rehearsal = open_rehearsal(win, full_screen=False)
    assert [card.topic_id for card in rehearsal.cards] == ["alpha"]  # its summary, no points
    rehearsal.start(["beta"])  # no points, no facts, no summary
    assert rehearsal.card is None and rehearsal.point.text() == NO_POINTS
    qtbot.keyClick(rehearsal, Qt.Key.Key_Space)
    qtbot.keyClick(rehearsal, Qt.Key.Key_Right)
    assert rehearsal.facts.isHidden()


def _contrast(image, rect, background) -> int:
    """The largest lightness difference from ``background`` among ``rect``'s pixels."""
    return max(
        abs(image.pixelColor(x, y).lightness() - background.lightness())
        for x in range(rect.left(), rect.right() + 1)
        for y in range(rect.top(), rect.bottom() + 1)
    )


@pytest.mark.parametrize("name", ["high-contrast", "dark", "light"])
def test_the_timer_box_and_minutes_are_outlined_in_every_theme(
    name: str, window: MainWindow, qtbot
):
    from PySide6.QtWidgets import QStyle, QStyleOptionButton

    theme.apply_theme(name)
    try:
        rehearsal = start(window, qtbot)
        background = rehearsal.palette().color(QPalette.ColorRole.Window)
        box = rehearsal.timer_box
        option = QStyleOptionButton()
        box.initStyleOption(option)
        indicator = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
        # Fusion outlines them in the window colour made darker: black on black in High
        # Contrast, near-black on dark grey in Dark, unless the controls get their own
        assert _contrast(box.grab().toImage(), indicator, background) >= 45
        spin = rehearsal.minutes.grab().toImage()
        frame = QRect(0, 0, 2, spin.height())  # the spin box's left edge
        assert _contrast(spin, frame, background) >= 45
    finally:
        theme.apply_theme("system")


def test_a_theme_changed_during_a_rehearsal_outlines_the_controls_anew(window: MainWindow, qtbot):
    rehearsal = start(window, qtbot)
    theme.apply_theme("high-contrast")
    try:
        qtbot.waitUntil(
            lambda: rehearsal.palette().color(QPalette.ColorRole.Window).name() == "#000000"
        )
        window_colour = rehearsal.timer_box.palette().color(QPalette.ColorRole.Window)
        assert window_colour.lightness() > 128  # its darker shade is the outline
        assert rehearsal.minutes.palette().color(QPalette.ColorRole.Base).name() == "#000000"
    finally:
        theme.apply_theme("system")
    qtbot.waitUntil(
        lambda: rehearsal.palette().color(QPalette.ColorRole.Window).name() != "#000000"
    )
    assert rehearsal.timer_box.palette().color(
        QPalette.ColorRole.Window
    ) == rehearsal.palette().color(QPalette.ColorRole.Window)
