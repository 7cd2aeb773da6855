"""The main window driven as a user would: tree, reader, links, glossary, search, state."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QTextCursor

from briefing_app.core import load_pack
from briefing_app.ui.prep.notes_dock import NotesDock
from briefing_app.ui.window.actions import in_front
from briefing_app.ui.window.main_window import MainWindow
from tests.ui.conftest import type_text
from tests.ui.tree.test_tree import tree_ids


def click_link(qtbot, win: MainWindow, text: str) -> None:
    """Click, with the mouse, the first link whose text is ``text`` in the reader."""
    reader = win.reader
    cursor = reader.document().find(text)
    assert not cursor.isNull(), f"{text!r} is not on the page"
    probe = QTextCursor(cursor)
    probe.setPosition(cursor.selectionStart() + 1)
    assert probe.charFormat().isAnchor(), f"{text!r} is not a link"
    reader.setTextCursor(probe)
    reader.ensureCursorVisible()
    rect = reader.cursorRect(probe)
    qtbot.mouseClick(
        reader.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(rect.center().x() + 2, rect.center().y()),
    )


def test_the_glossary_model_passes_the_model_tester(window: MainWindow, qtmodeltester):
    qtmodeltester.check(window.glossary.term_list.model())


def test_selecting_a_topic_shows_title_and_key_facts(window: MainWindow, qtbot):
    index = window.tree.topic_model().index_for_topic("khorgos")
    rect = window.tree.visualRect(index)
    qtbot.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    topic = window.pack.topics["khorgos"]
    text = window.reader.toPlainText()
    assert text.startswith(topic.title)
    assert "Key facts" in text and "Talking points" in text and "Related topics" in text
    assert window.windowTitle().startswith("Kazakhstan and the Belt and Road Initiative")


def test_clicking_an_internal_link_moves_the_tree(window: MainWindow, qtbot):
    window.open_topic("overview")
    first_related = window.pack.topics[window.pack.topics["overview"].related[0]]
    click_link(qtbot, window, first_related.title)
    qtbot.waitUntil(lambda: window.reader.page == ("topic", first_related.id))
    assert window.tree.current_topic() == first_related.id
    assert window.reader.toPlainText().startswith(first_related.title), "the pane never goes blank"


def test_link_with_anchor_scrolls(window: MainWindow, qtbot):
    window.reader.resize(600, 300)
    window.open_topic("khorgos")
    window.reader.anchorClicked.emit(QUrl("topic:overview#how-to-use-this-pack"))
    assert window.reader.page == ("topic", "overview")
    assert window.reader.verticalScrollBar().value() > 0


def test_glossary_link_opens_the_term(window: MainWindow, qtbot):
    window.reader.anchorClicked.emit(QUrl("glossary:khorgos"))
    assert window.glossary.isVisible()
    assert "霍尔果斯" in window.glossary.definition.toPlainText()


def test_external_link_asks_first_and_refused_scheme_says_so(window: MainWindow, _no_modal_dialogs):
    window.reader.anchorClicked.emit(QUrl("https://example.org/page"))
    assert _no_modal_dialogs and "https://example.org/page" in _no_modal_dialogs[-1]
    assert window.statusBar().currentMessage() == "External link not opened"
    window.reader.anchorClicked.emit(QUrl("javascript:alert(1)"))
    assert window.statusBar().currentMessage().startswith("Link refused")
    assert window.reader.toPlainText(), "the pane is not blank"


def test_glossary_filter_narrows_the_list(window: MainWindow, qtbot):
    everything = window.glossary.visible_terms()
    assert len(everything) == len(window.pack.terms)
    type_text(window.glossary.filter_box, "Қорғас")
    kazakh = window.glossary.visible_terms()
    assert "Khorgos" in kazakh and len(kazakh) < 5, (
        "the Kazakh name finds Khorgos and its institutions"
    )
    window.glossary.filter_box.clear()
    qtbot.keyClicks(window.glossary.filter_box, "corridor")
    narrowed = window.glossary.visible_terms()
    assert 0 < len(narrowed) < len(everything) and "Middle Corridor" in narrowed


def test_selecting_a_term_shows_definition_and_names(window: MainWindow, qtbot):
    qtbot.keyClicks(window.glossary.filter_box, "Nur-Sultan")
    assert window.glossary.visible_terms() == ["Astana"]
    page = window.glossary.definition.toPlainText()
    assert "Astana" in page and "2022" in page and "Russian" in page


def test_search_box_finds_and_opens(window: MainWindow, qtbot):
    window.focus_search()
    qtbot.keyClicks(window.search_box, "dry port")
    qtbot.waitUntil(lambda: window.search_panel.model.rowCount() > 0)
    assert in_front(window.search_panel)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.reader.page is not None


def test_state_is_remembered_and_a_picture_s_window_leaves_it_alone(qtbot):
    first = MainWindow(load_pack())
    qtbot.addWidget(first)
    first.open_topic("khorgos")
    first.zoom(2)
    first.close()
    picture = MainWindow(load_pack())  # a --screenshot window closed before its picture
    qtbot.addWidget(picture)
    picture.keeps_state = False
    picture.open_topic("dry-port")
    picture.zoom(3)
    picture.close()
    second = MainWindow(load_pack(), restore=True)
    qtbot.addWidget(second)
    assert second.reader.page == ("topic", "khorgos")
    assert second._zoom == 2


def test_docks_start_in_their_default_places(qtbot):
    win = MainWindow(load_pack(), restore=True)  # nothing saved yet
    qtbot.addWidget(win)
    win.show()
    area = Qt.DockWidgetArea
    sidebar = (win.contents, win.glossary, win.prep.bookmarks_dock)
    assert all(win.dockWidgetArea(dock) == area.LeftDockWidgetArea for dock in sidebar)
    assert set(win.tabifiedDockWidgets(win.contents)) == {win.glossary, win.prep.bookmarks_dock}
    assert in_front(win.contents) and not in_front(win.glossary)
    assert win.dockWidgetArea(win.prep.notes) == area.BottomDockWidgetArea
    assert win.dockWidgetArea(win.problems) == area.BottomDockWidgetArea
    assert not win.problems.isVisible() and not win.prep.notes.isVisible(), "no note, no problems"
    assert win.corner(Qt.Corner.BottomLeftCorner) == area.LeftDockWidgetArea
    win.resize(1280, 800)
    qtbot.waitUntil(lambda: win.reader.width() >= 0.6 * win.width())  # the reader keeps the width


def test_the_dock_layout_comes_back_after_a_restart(qtbot, monkeypatch):
    first = MainWindow(load_pack(), restore=True)
    qtbot.addWidget(first)
    first.show()
    first.open_topic("overview")  # a first start shows "At a glance", which has no notes
    first.glossary.hide()
    first.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, first.prep.bookmarks_dock)
    first.prep.bookmarks_dock.show()
    first.prep.notes_toggle.trigger()  # opened by the user on a topic without a note
    first.prep.notes.setFloating(True)
    first.close()
    hidden: list[object] = []
    hide = NotesDock.hide
    monkeypatch.setattr(NotesDock, "hide", lambda dock: (hidden.append(dock), hide(dock)))
    second = MainWindow(load_pack(), restore=True)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitUntil(lambda: second.prep.notes in hidden)  # mapped again once the window is up
    assert not second.glossary.isVisible()
    assert second.prep.bookmarks_dock.isVisible()
    assert (
        second.dockWidgetArea(second.prep.bookmarks_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    )
    assert second.prep.notes.isFloating() and second.prep.notes.isVisible(), "still open"
    second.glossary_toggle.trigger()
    assert in_front(second.glossary), "a dock hidden last time is placed, ready to show"
    assert second.dockWidgetArea(second.glossary) == Qt.DockWidgetArea.LeftDockWidgetArea


def test_bad_pack_opens_with_what_is_valid_and_lists_problems(qtbot, make_pack):
    root = make_pack(manifest="id: x\ntitle: Bad\ntopics:\n  - alpha\n  - ghost\n  - beta\n")
    win = MainWindow(load_pack(root))
    qtbot.addWidget(win)
    win.show()
    assert tree_ids(win) == ["alpha", "beta"]
    assert win.problems.isVisible()
    assert any(
        "ghost" in line and line.startswith("briefing.yaml:5: error:")
        for line in win.problems.lines()
    )


def test_a_first_start_shows_pages_prepared_with_the_app_without_rendering(qtbot, monkeypatch):
    from briefing_app.core.render import page as render
    from briefing_app.ui.window.pack_loader import PackLoader

    def must_not_render(*_args, **_kwargs):
        raise AssertionError("the page should come prepared with the app")

    monkeypatch.setattr(render, "render_topic", must_not_render)
    monkeypatch.setattr(render, "topic_parts", must_not_render)
    win = MainWindow(PackLoader().open(None))  # empty user cache: the prepared pack
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    for topic_id in ("overview", "dry-port", "icbc"):
        win.open_topic(topic_id)
        assert win.pack.topics[topic_id].title in win.reader.toPlainText()
    win.open_term("khorgos")  # a glossary card is rendered; the topic page cache is not read
    assert "Khorgos" in win.glossary.definition.toPlainText()
    assert win.glossary.definition._pages is None
