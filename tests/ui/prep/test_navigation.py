"""Back/forward across tree clicks and link clicks, history menus, the mouse's side buttons,
the breadcrumb and Go → Recent Topics."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from briefing_app.core import load_pack
from briefing_app.ui.window.main_window import MainWindow
from tests.ui.window.test_main_window import click_link


def click_tree(qtbot, win: MainWindow, topic_id: str) -> None:
    index = win.tree.topic_model().index_for_topic(topic_id)
    win.tree.scrollTo(index)
    rect = win.tree.visualRect(index)
    qtbot.mouseClick(win.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def shown(win: MainWindow) -> str:
    page = win.reader.page
    assert page is not None and page[0] == "topic"
    return page[1]


def press_keys(qtbot, win: MainWindow, key: Qt.Key) -> None:
    """Press Alt+key in the reader, as the user would (the shortcut goes through the window)."""
    win.activateWindow()
    win.reader.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win.reader)
    qtbot.keyClick(win.reader, key, Qt.KeyboardModifier.AltModifier)


def side_button(widget, button: Qt.MouseButton) -> None:
    """Press and release a mouse side button over ``widget``."""
    centre = QPointF(widget.rect().center())
    for kind in (QMouseEvent.Type.MouseButtonPress, QMouseEvent.Type.MouseButtonRelease):
        event = QMouseEvent(
            kind, centre, widget.mapToGlobal(centre), button, button, Qt.KeyboardModifier.NoModifier
        )
        QApplication.sendEvent(widget, event)


def test_back_and_forward_across_tree_and_link_clicks(window: MainWindow, qtbot):
    click_tree(qtbot, window, "overview")
    click_link(qtbot, window, "Transit corridors")
    qtbot.waitUntil(lambda: shown(window) == "transit-corridors")
    click_tree(qtbot, window, "icbc")
    assert shown(window) == "icbc"
    nav = window.prep.navigation
    assert not nav.forward_action.isEnabled()

    press_keys(qtbot, window, Qt.Key.Key_Left)
    assert shown(window) == "transit-corridors"
    assert window.tree.current_topic() == "transit-corridors", "the tree follows"
    window.prep.navigation.back_action.trigger()
    assert shown(window) == "overview"
    assert not nav.back_action.isEnabled()
    press_keys(qtbot, window, Qt.Key.Key_Right)
    assert shown(window) == "transit-corridors"
    nav.forward_action.trigger()
    assert shown(window) == "icbc"

    nav.back_action.trigger()
    click_tree(qtbot, window, "outlook")  # a new visit drops the forward entry
    assert not nav.forward_action.isEnabled()
    assert nav.history.back_entries()[:2] == ["transit-corridors", "overview"]


def test_history_menus_list_the_stack(window: MainWindow, qtbot):
    for topic in ("khorgos", "icbc", "dry-port"):
        click_tree(qtbot, window, topic)
    nav = window.prep.navigation
    menu = nav.back_button.menu()
    menu.aboutToShow.emit()
    titles = [action.text() for action in menu.actions()]
    pack = window.pack
    assert titles[:2] == [pack.topics["icbc"].title, pack.topics["khorgos"].title]
    menu.actions()[1].trigger()  # two steps back at once
    assert shown(window) == "khorgos"
    forward = nav.forward_button.menu()
    forward.aboutToShow.emit()
    assert [a.text() for a in forward.actions()] == [
        pack.topics["icbc"].title,
        pack.topics["dry-port"].title,
    ]


def test_mouse_side_buttons_go_back_and_forward(window: MainWindow, qtbot):
    click_tree(qtbot, window, "khorgos")
    click_tree(qtbot, window, "icbc")
    side_button(window.reader.viewport(), Qt.MouseButton.BackButton)
    assert shown(window) == "khorgos"
    side_button(window.tree.viewport(), Qt.MouseButton.ForwardButton)
    assert shown(window) == "icbc"


def test_back_from_the_glossary_page_returns_to_the_topic(window: MainWindow, qtbot):
    click_tree(qtbot, window, "khorgos")
    click_tree(qtbot, window, "icbc")
    window.glossary_page_action.trigger()
    assert window.reader.page == ("glossary", "")
    qtbot.waitUntil(window.prep.navigation.back_action.isEnabled)
    window.prep.navigation.back_action.trigger()
    assert shown(window) == "icbc", "first back leaves the glossary page for the topic"
    window.prep.navigation.back_action.trigger()
    assert shown(window) == "khorgos"


def test_ctrl_end_and_ctrl_home_go_to_the_end_and_the_top_of_a_page(window: MainWindow, qtbot):
    window.resize(900, 420)
    window.open_topic("khorgos")
    reader, bar = window.reader, window.reader.verticalScrollBar()
    assert bar.maximum() > 0
    reader.setFocus()
    qtbot.keyClick(reader, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == bar.maximum()
    qtbot.keyClick(reader, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == 0


def test_breadcrumb_shows_ancestors_as_links(window: MainWindow, qtbot):
    click_tree(qtbot, window, "icbc")
    crumb = window.prep.breadcrumb
    assert crumb.isVisible()
    assert crumb.trail() == ["The case of Khorgos", window.pack.topics["icbc"].title]
    assert '<a href="khorgos">' in crumb.text() and "<b>" in crumb.text()
    qtbot.mouseClick(crumb, Qt.MouseButton.LeftButton, pos=QPoint(16, crumb.height() // 2))
    qtbot.waitUntil(lambda: shown(window) == "khorgos")
    assert crumb.trail() == ["The case of Khorgos"]


def test_recent_topics_survive_a_restart(qtbot):
    first = MainWindow(load_pack())
    qtbot.addWidget(first)
    for topic in ("icbc", "dry-port", "outlook"):
        first.open_topic(topic)
    first.close()
    second = MainWindow(load_pack())
    qtbot.addWidget(second)
    titles = second.prep.navigation.recent_titles()
    pack = second.pack
    assert titles[:3] == [pack.topics[t].title for t in ("outlook", "dry-port", "icbc")]
    second.prep.navigation.recent_menu.actions()[2].trigger()
    assert shown(second) == "icbc"


def test_back_button_sits_in_the_toolbar(window: MainWindow):
    button = window.prep.navigation.back_button
    assert button.isVisible() and button.menu() is not None
    assert button.mapTo(window, QPoint(0, 0)).y() < window.reader.mapTo(window, QPoint(0, 0)).y()


def test_a_very_long_title_does_not_widen_the_window(qtbot, make_pack):
    from briefing_app.core import load_pack
    from briefing_app.ui.window.main_window import MainWindow

    title = "A very long title " * 200
    root = make_pack(
        topics={"alpha": f"---\ntitle: {title}\n---\nText.\n", "beta": "---\ntitle: Beta\n---\n"}
    )
    win = MainWindow(load_pack(root))
    qtbot.addWidget(win)
    win.show()
    win.open_topic("alpha")
    qtbot.wait(50)
    assert win.width() <= 1400
    assert win.prep.breadcrumb.text().count("…") == 1
