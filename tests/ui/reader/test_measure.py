"""The reader's measure: lines capped and centred, images and tables within the column."""

from __future__ import annotations

import pytest

from briefing_app.ui.window.main_window import MainWindow


@pytest.mark.parametrize("topic", ["economy", "khorgos", "transit-corridors", "overview"])
def test_no_page_is_wider_than_the_reader(window: MainWindow, qtbot, topic):
    window.resize(1366, 768)
    window.open_topic(topic)
    reader = window.reader
    # the layout settles in the event loop: no sideways scrolling to read, once it has
    qtbot.waitUntil(lambda: not reader.horizontalScrollBar().isVisible())
    assert reader.document().size().width() <= reader.viewport().width() + 2


def test_lines_keep_to_the_measure_and_the_column_is_centred(window: MainWindow, qtbot):
    window.resize(1900, 900)
    window.open_topic("economy")
    qtbot.wait(20)
    reader = window.reader
    root = reader.document().rootFrame().frameFormat()
    assert root.leftMargin() > 100 and root.leftMargin() == root.rightMargin()
    chars = reader.column_width() / reader.fontMetrics().averageCharWidth()
    assert 65 <= chars <= 85, chars
    reader.set_measure(0)
    assert reader.document().rootFrame().frameFormat().leftMargin() == 0
