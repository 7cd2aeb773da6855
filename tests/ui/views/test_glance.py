"""Go → At a Glance, and the first page of a pack when no topic was opened before."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QFontMetricsF

from briefing_app.core import load_pack
from briefing_app.ui.window import settings as saved
from briefing_app.ui.window.main_window import MainWindow


def test_a_first_start_opens_at_a_glance(qtbot):
    window = MainWindow(load_pack())
    qtbot.addWidget(window)
    assert window.reader.page == ("glance", "")
    text = window.reader.toPlainText()
    assert "Key facts" in text and "Latest events" in text and "Where to start" in text
    assert window.tree.current_topic() is None


def test_go_at_a_glance_and_its_links(window: MainWindow, qtbot):
    window.open_topic("icbc")
    window.glance_action.trigger()
    assert window.reader.page == ("glance", "")
    qtbot.waitUntil(lambda: "At a glance" in window.prep.breadcrumb.text())
    assert window.tree.current_topic() is None
    window.reader.anchorClicked.emit(QUrl("topic:economy#headline-figures"))
    assert window.reader.page == ("topic", "economy")
    window.show_glance()
    window.reader.rerender()
    assert window.reader.page == ("glance", "")


def test_a_remembered_topic_still_opens(qtbot, bundled_pack):
    settings = saved.open_settings()
    settings.setValue(f"last_topic/{bundled_pack.info.id}", "dry-port")
    settings.sync()
    win = MainWindow(load_pack())
    qtbot.addWidget(win)
    assert win.reader.page == ("topic", "dry-port")


def test_a_pack_without_views_still_has_a_glance_page(make_pack, qtbot):
    win = MainWindow(load_pack(make_pack()))
    qtbot.addWidget(win)
    assert win.reader.page == ("glance", "")
    assert "No timeline in this pack" in win.reader.toPlainText()


def test_the_glance_page_is_centred_with_margins_like_a_topic_page(window: MainWindow, qtbot):
    from briefing_app.ui.reader.browser import DOCUMENT_MARGIN, WIDE_MEASURE

    reader = window.reader
    window.resize(2400, 900)
    window.open_topic("khorgos")
    qtbot.waitUntil(lambda: reader.viewport().width() > 1800)
    topic = reader.document().rootFrame().frameFormat()
    window.show_glance()
    glance = reader.document().rootFrame().frameFormat()
    assert glance.leftMargin() == glance.rightMargin() > DOCUMENT_MARGIN  # centred
    assert glance.leftMargin() < topic.leftMargin()  # two columns: a wider measure
    column = reader.viewport().width() - 2 * glance.leftMargin()
    char = QFontMetricsF(reader.document().defaultFont()).averageCharWidth()
    assert column == pytest.approx(char * reader.measure * WIDE_MEASURE, abs=2)
    assert "Latest events" in reader.toPlainText()  # still two columns
    window.resize(700, 600)  # narrower than the measure: the document margin still
    qtbot.waitUntil(lambda: reader.viewport().width() < 600)
    assert reader.document().rootFrame().frameFormat().leftMargin() == DOCUMENT_MARGIN
