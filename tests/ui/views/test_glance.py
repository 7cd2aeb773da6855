"""Go → At a Glance, and the first page of a pack when no topic was opened before."""

from __future__ import annotations

from PySide6.QtCore import QUrl

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
