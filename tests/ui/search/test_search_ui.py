"""Search as you type, driven as a user would: the box, the results dock, marks, F3, the find bar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from briefing_app.core import SearchIndex, load_pack
from briefing_app.ui.search.delegate import row_stylesheet
from briefing_app.ui.search.results import HTML_ROLE, ID_ROLE, KIND_ROLE, SearchResultsModel
from briefing_app.ui.window.actions import in_front
from briefing_app.ui.window.main_window import MainWindow
from tests.ui.conftest import type_text

KHORGOS_NAMES = {"khorgos", "khorgas", "horgos", "korgas", "qorgas", "хоргос", "қорғас", "霍尔果斯"}


def wait_indexed(window: MainWindow, qtbot) -> None:
    qtbot.waitUntil(lambda: window.search.service.indexed, timeout=20000)


def type_query(window: MainWindow, qtbot, text: str) -> None:
    window.focus_search()
    if text.isascii():
        qtbot.keyClicks(window.search_box, text)
    else:
        type_text(window.search_box, text)


def listed(window: MainWindow) -> list[tuple[str, str]]:
    model = window.search_panel.model
    return [
        (model.index(row, 0).data(KIND_ROLE), model.index(row, 0).data(ID_ROLE))
        for row in range(model.rowCount())
    ]


def wait_for_answer(window: MainWindow, qtbot, query: str) -> None:
    def answered() -> bool:
        outcome = window.search_panel.outcome
        return outcome is not None and outcome.query == query and not window.search.service.busy

    qtbot.waitUntil(answered, timeout=10000)


def marked_texts(view) -> list[str]:
    return [selection.cursor.selectedText() for selection in view.extraSelections()]


def select_hit(window: MainWindow, qtbot, hit: tuple[str, str]) -> None:
    """Press Down in the box until ``hit`` is the selected row."""
    rows = listed(window)
    assert hit in rows, rows
    qtbot.keyClick(window.search_box, Qt.Key.Key_Up)  # Up from the first row stays there
    for _ in range(rows.index(hit)):
        qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    assert window.search_panel.current_hit() == hit


@pytest.mark.parametrize("query", ["Khorgas", "Хоргос", "霍尔果斯"])
def test_typing_any_name_lists_the_khorgos_topic(window: MainWindow, qtbot, query):
    wait_indexed(window, qtbot)
    type_query(window, qtbot, query)
    wait_for_answer(window, qtbot, query)
    assert ("topic", "khorgos") in listed(window)
    assert in_front(window.search_panel)
    titles = [window.search_panel.model.index(r, 0).data() for r in range(len(listed(window)))]
    assert "The case of Khorgos" in titles
    assert window.search_panel.status.text().endswith(f"for “{query}”")


@pytest.mark.parametrize("query", ["Khorgas", "Хоргос", "霍尔果斯"])
def test_up_down_enter_opens_the_topic_with_occurrences_marked(window: MainWindow, qtbot, query):
    wait_indexed(window, qtbot)
    window.open_topic("overview")
    type_query(window, qtbot, query)
    wait_for_answer(window, qtbot, query)
    select_hit(window, qtbot, ("topic", "khorgos"))
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.reader.page == ("topic", "khorgos")
    qtbot.waitUntil(lambda: len(window.reader.extraSelections()) > 0)
    marked = marked_texts(window.reader)
    assert len(marked) > 3, marked
    assert {text.casefold() for text in marked} <= KHORGOS_NAMES, marked
    assert window.search.reader_marks.current == 0


def test_first_occurrence_below_the_fold_is_scrolled_to(window: MainWindow, qtbot):
    wait_indexed(window, qtbot)
    window.open_topic("outlook")
    type_query(window, qtbot, "declarations")
    wait_for_answer(window, qtbot, "declarations")
    assert listed(window)[0] == ("topic", "overview")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.search.reader_marks.count > 0)
    assert window.reader.page == ("topic", "overview")
    assert window.reader.verticalScrollBar().value() > 0, "the page scrolled to the match"
    start, _end = window.search.reader_marks.current_span()
    cursor = window.reader.textCursor()
    cursor.setPosition(start)
    assert window.reader.viewport().rect().contains(window.reader.cursorRect(cursor))
    assert marked_texts(window.reader) == ["declarations"]


def test_f3_and_shift_f3_step_through_occurrences(window: MainWindow, qtbot):
    wait_indexed(window, qtbot)
    type_query(window, qtbot, "Khorgos")
    wait_for_answer(window, qtbot, "Khorgos")
    select_hit(window, qtbot, ("topic", "khorgos"))
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    marks = window.search.reader_marks
    qtbot.waitUntil(lambda: marks.count > 3)
    first = marks.current_span()
    qtbot.keyClick(window.search_box, Qt.Key.Key_F3)
    assert marks.current == 1 and marks.current_span() != first
    qtbot.keyClick(window.reader, Qt.Key.Key_F3)
    assert marks.current == 2
    qtbot.keyClick(window.reader, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert marks.current == 1
    window.find_previous_action.trigger()
    window.find_previous_action.trigger()
    assert marks.current == marks.count - 1, "Shift+F3 wraps round to the last"


def test_escape_clears_the_box_and_returns_to_the_reader(window: MainWindow, qtbot):
    qtbot.waitUntil(lambda: in_front(window.contents))
    type_query(window, qtbot, "dry port")
    wait_for_answer(window, qtbot, "dry port")
    assert listed(window) and in_front(window.search_panel)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.search_box.text() == ""
    assert listed(window) == []
    assert not in_front(window.search_panel)
    qtbot.waitUntil(lambda: in_front(window.contents))  # the tab the search replaced
    assert window.focusWidget() is window.reader


def test_enter_before_the_answer_opens_the_first_hit_when_it_comes(window: MainWindow, qtbot):
    wait_indexed(window, qtbot)
    window.open_topic("overview")
    window.focus_search()
    qtbot.keyClicks(window.search_box, "Altynkol")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)  # within the debounce delay
    qtbot.waitUntil(lambda: window.glossary.definition.page == ("term", "altynkol"))
    qtbot.waitUntil(lambda: window.search.term_marks.count > 0)
    assert "Altynkol" in marked_texts(window.glossary.definition)


def test_no_results_say_so_and_a_suggestion_runs_its_query(window: MainWindow, qtbot):
    wait_indexed(window, qtbot)
    type_query(window, qtbot, "khorgos qxzvbtw")
    wait_for_answer(window, qtbot, "khorgos qxzvbtw")
    panel = window.search_panel
    assert listed(window) == []
    assert panel.status.text().startswith("No results for “khorgos qxzvbtw”")
    assert panel.suggestion_row.isVisible()
    buttons = {button.text(): button for button in panel.suggestion_buttons}
    assert "Khorgos" in buttons, list(buttons)
    qtbot.mouseClick(buttons["Khorgos"], Qt.MouseButton.LeftButton)
    assert window.search_box.text() == "Khorgos"
    wait_for_answer(window, qtbot, "Khorgos")
    assert ("topic", "khorgos") in listed(window)
    assert not panel.suggestion_row.isVisible()


def test_nothing_close_says_what_to_try(window: MainWindow, qtbot):
    wait_indexed(window, qtbot)
    type_query(window, qtbot, "qxzvbtw")
    wait_for_answer(window, qtbot, "qxzvbtw")
    assert listed(window) == []
    assert "No results for “qxzvbtw”" in window.search_panel.status.text()
    assert "Check the spelling" in window.search_panel.status.text()
    assert not window.search_panel.suggestion_row.isVisible()


def test_a_typo_shows_the_corrected_results_and_offers_the_correction(window: MainWindow, qtbot):
    wait_indexed(window, qtbot)
    type_query(window, qtbot, "khrogos")
    wait_for_answer(window, qtbot, "khrogos")
    status = window.search_panel.status.text()
    assert "No results for “khrogos”" in status and "Showing results for “khorgos”" in status
    assert ("topic", "khorgos") in listed(window)
    [button] = window.search_panel.suggestion_buttons
    assert button.text() == "khorgos"
    select_hit(window, qtbot, ("topic", "khorgos"))
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.search.reader_marks.count > 0)
    assert {text.casefold() for text in marked_texts(window.reader)} <= KHORGOS_NAMES


def test_rows_are_drawn_as_rich_text_with_bold_matches(window: MainWindow, qtbot):
    wait_indexed(window, qtbot)
    type_query(window, qtbot, "gauge")
    wait_for_answer(window, qtbot, "gauge")
    view = window.search_panel.results
    index = view.model().index(0, 0)
    html = index.data(HTML_ROLE)
    assert "<b>gauge</b>" in html.lower() or "<b>gauges</b>" in html.lower()
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    delegate = view.itemDelegate()
    doc = delegate.document(index, 240, view.palette(), False)
    plain = doc.toPlainText()
    position = plain.lower().index("gauge", len(index.data()))  # in the snippet, after the title
    cursor = doc.find("gauge", position)
    assert cursor.charFormat().fontWeight() >= 700, "the match is bold"
    before = doc.find(plain[position - 4 : position - 1], position - 5)
    assert before.charFormat().fontWeight() < 700, "the text around it is not"
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualRect(index)
    one_line = view.fontMetrics().height()
    assert delegate.sizeHint(option, index).height() > 2 * one_line, "title and snippet lines"
    image = QImage(option.rect.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    option.rect = image.rect()
    option.state |= QStyle.StateFlag.State_Selected
    delegate.paint(painter, option, index)
    painter.end()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(image.height())}
    assert len(colours) > 4, "something was drawn"


def test_row_colours_follow_the_palette():
    light, dark = QPalette(QColor("#efefef")), QPalette(QColor("#2b2b2b"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e0e0e0"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    assert "#e0e0e0" in row_stylesheet(dark, False)
    assert light.color(QPalette.ColorRole.Text).name() in row_stylesheet(light, False)
    selected = light.color(QPalette.ColorRole.HighlightedText).name()
    assert f"color: {selected}" in row_stylesheet(light, True)


def test_results_model_passes_the_model_tester(window: MainWindow, qtmodeltester, bundled_pack):
    model = SearchResultsModel(window)
    model.set_hits(SearchIndex.build(bundled_pack).search("Khorgos").hits)
    assert model.rowCount() > 3
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None


def test_index_is_built_in_the_background_after_the_first_paint(qtbot):
    win = MainWindow(load_pack())
    qtbot.addWidget(win)
    service = win.search.service
    assert not service.indexing and not service.indexed, "nothing started before the window shows"
    win.focus_search()
    qtbot.keyClicks(win.search_box, "dry port")
    wait_for_answer(win, qtbot, "dry port")
    outcome = win.search_panel.outcome
    assert not outcome.indexed, "the quick substring finder answered"
    assert ("topic", "dry-port") in listed(win)
    assert "quick matches" in win.search_panel.status.text()
    progress: list[int] = []
    service.index_progressed.connect(progress.append)
    with qtbot.waitSignal(service.index_ready, timeout=20000):
        win.show()
    assert progress and progress[-1] == 100
    qtbot.waitUntil(lambda: win.search_panel.outcome.indexed, timeout=10000)
    assert ("topic", "dry-port") in listed(win)
    assert "quick matches" not in win.search_panel.status.text()
    assert not win.search.progress.isVisible()


def test_only_the_newest_answer_is_shown(window: MainWindow, qtbot):
    wait_indexed(window, qtbot)
    service = window.search.service
    answers = []
    service.outcome_ready.connect(answers.append)
    service.search("Astana")
    newest = service.search("gauge")
    qtbot.waitUntil(lambda: not service.busy)
    qtbot.wait(50)
    assert [outcome.seq for outcome in answers] == [newest]
    assert answers[0].query == "gauge"


def test_find_bar_counts_steps_and_closes(window: MainWindow, qtbot):
    window.open_topic("khorgos")
    qtbot.keyClick(window.reader, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.search.find_bar
    assert bar.isVisible() and bar.edit.hasFocus()
    qtbot.keyClicks(bar.edit, "khorgos")
    marks = window.search.reader_marks
    total = marks.count
    assert total > 3
    assert bar.count_label.text() == f"1 of {total}"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert bar.count_label.text() == f"2 of {total}"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count_label.text() == f"1 of {total}"
    qtbot.keyClick(bar.edit, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count_label.text() == f"{total} of {total}"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert marks.count == 0 and window.reader.extraSelections() == []
    assert window.focusWidget() is window.reader
    window.find_in_page_action.trigger()
    assert bar.isVisible() and bar.edit.text() == "khorgos" and marks.count == total
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_Escape)
    assert not bar.isVisible(), "Esc in the page closes the bar too"


def test_find_bar_folds_case_script_and_accents(window: MainWindow, qtbot):
    window.open_topic("khorgos")
    window.find_in_page_action.trigger()
    bar = window.search.find_bar
    type_text(bar.edit, "Хоргос")
    marked = {text.casefold() for text in marked_texts(window.reader)}
    assert "khorgos" in marked, "the Cyrillic spelling finds the Latin one"
    bar.edit.clear()
    qtbot.keyClicks(bar.edit, "KHORG")
    assert window.search.reader_marks.count > 3
    bar.edit.clear()
    qtbot.keyClicks(bar.edit, "zzqqxx")
    assert bar.count_label.text() == "No matches"
    assert window.reader.extraSelections() == []


def test_find_bar_follows_the_page(window: MainWindow, qtbot):
    window.open_topic("khorgos")
    window.find_in_page_action.trigger()
    qtbot.keyClicks(window.search.find_bar.edit, "gauge")
    before = window.search.reader_marks.count
    window.open_topic("transit-corridors")
    qtbot.waitUntil(lambda: window.search.reader_marks.count > 0)
    assert window.search.reader_marks.count != before or before == 0
    assert all(t.casefold().startswith("gauge") for t in marked_texts(window.reader))


def test_menu_lists_the_find_actions(window: MainWindow):
    actions = [window.find_in_page_action, window.find_next_action, window.find_previous_action]
    shortcuts = {a.shortcut().toString() for a in actions}
    assert {"Ctrl+F", "F3", "Shift+F3"} <= shortcuts
    go_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Go")
    assert window.find_in_page_action in go_menu.actions()


def test_a_chosen_hit_stays_chosen_when_the_ranked_answer_replaces_quick_matches(
    window: MainWindow, qtbot
):
    type_query(window, qtbot, "Khorgos")
    wait_for_answer(window, qtbot, "Khorgos")
    chosen = listed(window)[2]
    select_hit(window, qtbot, chosen)
    first = window.search_panel.outcome
    window.search.search_now()  # what the index, once ready, does for the query in the box
    qtbot.waitUntil(lambda: window.search_panel.outcome is not first, timeout=10000)
    assert window.search_panel.current_hit() == chosen, "the list did not move under the user"
    window.search_box.clear()
    type_query(window, qtbot, "dry port")
    wait_for_answer(window, qtbot, "dry port")
    assert window.search_panel.results.currentIndex().row() == 0, "a new query starts at the top"
