"""The glossary as a reader uses it: linked terms, hover cards, the grouped list, the glossary page."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPalette, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip

from briefing_app.core import load_pack
from briefing_app.core.glossary.headwords import group_by_letter
from briefing_app.core.render.stylesheet import PALETTES
from briefing_app.ui.glossary.model import TERM_ID_ROLE, GlossaryTreeModel
from briefing_app.ui.reader.browser import Reader
from briefing_app.ui.window.main_window import MainWindow
from tests.ui.conftest import type_text


def link_cursor(reader: Reader, text: str, href: str) -> QTextCursor:
    """Return a cursor inside the first occurrence of ``text`` that is a link to ``href``."""
    document = reader.document()
    found = document.find(text)
    while not found.isNull():
        probe = QTextCursor(found)
        probe.setPosition(found.selectionStart() + 1)
        if probe.charFormat().anchorHref() == href:
            return probe
        found = document.find(text, found)
    raise AssertionError(f"no link {href!r} on {text!r}")


def point_of(reader: Reader, cursor: QTextCursor) -> QPoint:
    """Return a viewport point inside the character just before ``cursor`` (scrolled into view)."""
    start = QTextCursor(cursor)
    start.setPosition(cursor.position() - 1)
    reader.setTextCursor(start)
    reader.ensureCursorVisible()
    rect = reader.cursorRect(start)
    return QPoint(rect.left() + 3, rect.center().y())


def hover(reader: Reader, pos: QPoint) -> None:
    """Rest the pointer at ``pos``: Qt then sends the viewport a ToolTip help event."""
    event = QHelpEvent(QEvent.Type.ToolTip, pos, reader.viewport().mapToGlobal(pos))
    QApplication.sendEvent(reader.viewport(), event)


def menu_actions(window: MainWindow, title: str) -> list:
    """The actions of the menu-bar menu called ``title`` (``"&View"``)."""
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == title)
    return menu.actions()


def glossary_hrefs(reader: Reader) -> set[str]:
    """The ``glossary:`` links on the reader's page, as Qt parsed them."""
    hrefs: set[str] = set()
    block = reader.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            href = iterator.fragment().charFormat().anchorHref()
            if href.startswith("glossary:"):
                hrefs.add(href)
            iterator += 1
        block = block.next()
    return hrefs


def test_grouped_model_passes_the_model_tester(window: MainWindow, qtmodeltester):
    qtmodeltester.check(GlossaryTreeModel(window.pack.terms))
    qtmodeltester.check(window.glossary.term_list.model())
    type_text(window.glossary.filter_box, "霍尔果斯")
    qtmodeltester.check(window.glossary.term_list.model())


def test_terms_are_listed_under_their_letters(window: MainWindow):
    groups = group_by_letter(window.pack.terms)
    assert window.glossary.visible_letters() == [letter for letter, _ in groups]
    assert window.glossary.visible_letters()[:2] == ["0–9", "A"]
    model = window.glossary.term_list.model()
    k = window.glossary.visible_letters().index("K")
    letter = model.index(k, 0)
    under_k = [model.index(row, 0, letter).data() for row in range(model.rowCount(letter))]
    assert "Khorgos" in under_k and "Kazakhstan" in under_k
    assert letter.data(TERM_ID_ROLE) is None
    assert not (letter.flags() & Qt.ItemFlag.ItemIsEnabled), "letters are headings, not terms"
    text = window.glossary.palette().color(QPalette.ColorRole.Text)
    assert letter.data(Qt.ItemDataRole.ForegroundRole).color() == text, "drawn as text, not greyed"
    assert window.glossary.term_list.isExpanded(letter)


def test_the_keys_pass_over_letter_headings_and_a_click_on_one_does_nothing(
    window: MainWindow, qtbot
):
    view = window.glossary.term_list
    model = view.model()
    letter_a = model.index(window.glossary.visible_letters().index("A"), 0)
    last_a = model.index(model.rowCount(letter_a) - 1, 0, letter_a)
    view.setFocus()
    view.setCurrentIndex(last_a)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    letter_b = model.index(window.glossary.visible_letters().index("B"), 0)
    first_b = model.index(0, 0, letter_b).data()
    assert view.currentIndex().data() == first_b, "B's heading is passed over"
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert view.currentIndex().data() == last_a.data()
    card = window.glossary.definition.toPlainText()
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(letter_a).center()
    )
    assert view.currentIndex().data() == last_a.data()
    assert [index.data() for index in view.selectionModel().selectedIndexes()] == [last_a.data()]
    assert window.glossary.definition.toPlainText() == card


def test_letter_headings_follow_a_dark_palette(window: MainWindow):
    palette = window.glossary.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#1b1f24"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#e3e7ec"))
    window.glossary.setPalette(palette)
    letter = window.glossary.term_list.model().index(0, 0)
    assert letter.data(Qt.ItemDataRole.ForegroundRole).color() == QColor("#e3e7ec")


def test_filter_matches_translations_and_keeps_only_their_letters(window: MainWindow, qtbot):
    type_text(window.glossary.filter_box, "霍尔果斯")
    assert window.glossary.visible_terms() == [
        "International Centre for Boundary Cooperation",
        "Khorgos",
        "Khorgos–Eastern Gate SEZ",  # 霍尔果斯—东门经济特区
    ]
    assert window.glossary.visible_letters() == ["I", "K"]
    window.glossary.filter_box.clear()
    type_text(window.glossary.filter_box, "Шелкового")  # written with е, the name has ё
    assert window.glossary.visible_terms() == ["Silk Road Economic Belt", "Silk Road Fund"]
    window.glossary.filter_box.clear()
    qtbot.keyClicks(window.glossary.filter_box, "TITR")
    assert window.glossary.visible_terms() == ["Middle Corridor"]
    assert "Used in" in window.glossary.definition.toPlainText()


def test_the_filter_shows_the_closest_term_or_says_that_none_matches(window: MainWindow):
    glossary = window.glossary
    type_text(glossary.filter_box, "Хоргос")  # also inside the ICBC's Russian name, listed first
    assert glossary.visible_terms()[0] == "International Centre for Boundary Cooperation"
    assert glossary.term_list.currentIndex().data() == "Khorgos", "the term of that very name"
    assert "Khorgos" in glossary.definition.toPlainText().splitlines()[0]
    glossary.filter_box.clear()
    type_text(glossary.filter_box, "zzz")
    assert glossary.visible_terms() == []
    assert glossary.definition.toPlainText() == ""
    assert glossary.definition.placeholderText() == "No term matches “zzz”."
    glossary.filter_box.clear()
    assert glossary.definition.placeholderText() == "Choose a term to read about it."


def test_terms_in_the_text_are_links_with_a_dotted_underline(window: MainWindow):
    window.open_topic("khorgos")
    cursor = link_cursor(window.reader, "Xinjiang", "glossary:xinjiang")
    style = cursor.charFormat()
    assert style.underlineStyle() == style.UnderlineStyle.DotLine
    assert style.foreground().color() == QColor(PALETTES["light"]["term"])
    title = window.reader.document().find("The case of Khorgos")
    probe = QTextCursor(title)
    probe.setPosition(title.selectionStart() + 1)
    assert not probe.charFormat().isAnchor(), "the title is not linked"


def test_hovering_an_acronym_shows_what_it_stands_for(window: MainWindow, qtbot):
    window.open_topic("khorgos")
    QToolTip.hideText()
    hover(
        window.reader, point_of(window.reader, link_cursor(window.reader, "ICBC", "glossary:icbc"))
    )
    assert QToolTip.isVisible()
    card = QToolTip.text()
    assert "<b>ICBC</b> — International Centre for Boundary Cooperation" in card
    assert "Duty-free trade zone straddling the Kazakh–Chinese border" in card
    for label, name in [
        ("Russian", "Международный центр"),
        ("Kazakh", "«Қорғас»"),
        ("Chinese", "中哈霍尔果斯"),
    ]:
        assert label in card and name in card


def test_hovering_plain_text_shows_no_card(window: MainWindow):
    window.open_topic("khorgos")
    QToolTip.hideText()
    words = window.reader.document().find("template for other projects")
    probe = QTextCursor(words)
    probe.setPosition(words.selectionStart() + 3)
    hover(window.reader, point_of(window.reader, probe))
    assert "<b>" not in QToolTip.text()


def test_clicking_a_term_opens_its_card_with_used_in_links(window: MainWindow, qtbot):
    window.open_topic("khorgos")
    pos = point_of(window.reader, link_cursor(window.reader, "Xinjiang", "glossary:xinjiang"))
    qtbot.mouseClick(window.reader.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    card = window.glossary.definition
    assert card.page == ("term", "xinjiang")
    text = card.toPlainText()
    assert "Used in" in text and "See also" in text
    assert "Chinese\t新疆维吾尔自治区" in text or "新疆维吾尔自治区" in text
    used = link_cursor(card, "Safeguarding sovereignty", "topic:sovereignty")
    qtbot.mouseClick(card.viewport(), Qt.MouseButton.LeftButton, pos=point_of(card, used))
    assert window.reader.page == ("topic", "sovereignty")
    assert window.tree.current_topic() == "sovereignty"


def test_term_linking_can_be_switched_off_and_is_remembered(window: MainWindow, qtbot):
    window.open_topic("khorgos")
    assert "glossary:xinjiang" in glossary_hrefs(window.reader)
    assert window.term_links_action in menu_actions(window, "&View")
    window.term_links_action.trigger()
    hrefs = glossary_hrefs(window.reader)
    assert "glossary:xinjiang" not in hrefs
    assert "glossary:khorgos" in hrefs, "the author's own glossary links stay"
    again = MainWindow(load_pack())
    qtbot.addWidget(again)
    assert not again.term_links_action.isChecked()
    again.open_topic("khorgos")
    assert "glossary:xinjiang" not in glossary_hrefs(again.reader)
    again.term_links_action.trigger()
    assert "glossary:xinjiang" in glossary_hrefs(again.reader)


def test_glossary_page_from_the_go_menu(window: MainWindow, qtbot):
    window.open_topic("khorgos")
    window.activateWindow()
    window.reader.setFocus()
    qtbot.keyClick(
        window.reader,
        Qt.Key.Key_G,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.glossary_page_action.shortcut().toString() == "Ctrl+Shift+G"
    assert window.glossary_page_action in menu_actions(window, "&Go")
    assert window.reader.page == ("glossary", "")
    qtbot.waitUntil(lambda: window.prep.breadcrumb.trail() == ["Glossary"])  # not the last topic
    assert window.tree.current_topic() is None and not window.tree.selectedIndexes()
    text = window.reader.toPlainText()
    assert text.startswith("Glossary")
    for term in window.pack.terms:
        assert term.term in text, term.term
    assert "Russian" in text and "Қорғас" in text and "Used in:" in text
    window.reader.resize(700, 400)
    index_k = link_cursor(window.reader, "K", "#letter-K")
    qtbot.mouseClick(
        window.reader.viewport(), Qt.MouseButton.LeftButton, pos=point_of(window.reader, index_k)
    )
    assert window.reader.verticalScrollBar().value() > 0
    assert window.reader.page == ("glossary", "")
    window.reader.verticalScrollBar().setValue(0)
    used = link_cursor(window.reader, "BRI at a glance", "topic:bri-at-a-glance")
    qtbot.mouseClick(
        window.reader.viewport(), Qt.MouseButton.LeftButton, pos=point_of(window.reader, used)
    )
    assert window.reader.page == ("topic", "bri-at-a-glance")


def test_term_colour_follows_a_dark_palette(qtbot):
    reader = Reader()
    qtbot.addWidget(reader)
    reader.set_pack(load_pack())
    palette = reader.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#1b1f24"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#e3e7ec"))
    reader.setPalette(palette)
    reader.show_topic("khorgos")
    style = link_cursor(reader, "Xinjiang", "glossary:xinjiang").charFormat()
    assert style.foreground().color() == QColor(PALETTES["dark"]["term"])


def test_used_in_of_a_big_pack_is_worked_out_in_the_background(qtbot, tmp_path, monkeypatch):
    import threading

    from bench.make_pack import make_pack
    from briefing_app.core.glossary import usage as termusage
    from briefing_app.core.glossary.pages import USAGE_PENDING
    from briefing_app.core.pack.cache import load_pack_cached
    from briefing_app.ui.window.main_window import MainWindow

    release = threading.Event()
    real_usage = termusage.term_usage

    def slow_usage(pack):
        if threading.current_thread() is not threading.main_thread():
            release.wait(30)
        return real_usage(pack)

    monkeypatch.setattr(termusage, "SYNC_TOPICS", 5)
    monkeypatch.setattr(termusage, "term_usage", slow_usage)
    pack = load_pack_cached(make_pack(tmp_path / "pack", topics=12, terms=6))
    win = MainWindow(pack)
    qtbot.addWidget(win)
    term = pack.terms[0]
    win.glossary.show_term(term.id)
    assert USAGE_PENDING in win.glossary.definition.toPlainText(), "the window did not wait"
    with qtbot.waitSignal(win.usage_scan.finished, timeout=30_000):
        release.set()
    assert USAGE_PENDING not in win.glossary.definition.toPlainText()
    assert "Used in" in win.glossary.definition.toPlainText()
    assert termusage.usage_if_ready(pack) is not None


def test_the_filter_forgives_a_typo_as_search_does(window: MainWindow):
    type_text(window.glossary.filter_box, "Almatty")
    assert "Almaty" in window.glossary.visible_terms()
    assert window.glossary.definition.page == ("term", "almaty")
    assert "showing the closest" in window.glossary.filter_box.toolTip()
    window.glossary.filter_box.clear()
    type_text(window.glossary.filter_box, "Almaty")
    assert window.glossary.filter_box.toolTip() == "", "an exact name needs no forgiving"
    window.glossary.filter_box.clear()
    type_text(window.glossary.filter_box, "qqqzzz")
    assert window.glossary.visible_terms() == []


def test_the_glossary_tab_is_built_when_first_used_and_then_lists_the_pack(qtbot):
    """The glossary's widgets wait until the tab is used: a first frame goes without them."""
    win = MainWindow(load_pack())
    qtbot.addWidget(win)
    assert win.glossary._body is None  # nothing built while the window was made
    term = win.pack.terms[0]
    assert win.glossary.show_term(term.id)  # asking for a term builds and lists the glossary
    assert term.term in win.glossary.visible_terms()
    assert term.term in win.glossary.definition.toPlainText()


def test_links_on_the_term_card_reach_the_window(window: MainWindow, qtbot):
    """The card is built after the window connected to the dock: its signals still arrive."""
    with qtbot.waitSignal(window.glossary.topic_requested, timeout=2000) as blocker:
        window.glossary.definition.topic_requested.emit("economy", "")
    assert blocker.args == ["economy", ""]


def test_a_glossary_tab_behind_another_waits_until_its_tab_is_chosen(qtbot):
    from PySide6.QtWidgets import QDockWidget, QMainWindow

    from briefing_app.ui.glossary.dock import GlossaryDock

    host = QMainWindow()
    qtbot.addWidget(host)
    front = QDockWidget("Contents", host)
    glossary = GlossaryDock(host)
    glossary.set_pack(load_pack())
    host.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, front)
    host.tabifyDockWidget(front, glossary)
    front.raise_()
    host.show()
    qtbot.waitExposed(host)
    assert glossary._body is None  # shown behind the Contents tab: not built
    glossary.raise_()  # the user chooses its tab
    qtbot.waitUntil(lambda: glossary._body is not None, timeout=2000)
    assert glossary.visible_terms()
