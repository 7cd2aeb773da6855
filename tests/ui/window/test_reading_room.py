"""The reading room: full-screen reading, a first window that fits the screen, Preferences,
and the small things a reader meets (link names, tooltips, the breadcrumb, empty problems)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from briefing_app.core import load_pack
from briefing_app.core.user.store import UserStore
from briefing_app.ui import theme
from briefing_app.ui.prep.navigation import fit_titles
from briefing_app.ui.window import settings as saved
from briefing_app.ui.window.actions import in_front
from briefing_app.ui.window.main_window import MainWindow
from briefing_app.ui.window.preferences import PreferencesDialog


@pytest.fixture(autouse=True)
def _system_theme_after():
    yield
    theme.apply_theme("system")


def test_f11_shows_the_page_alone_and_esc_brings_everything_back(window: MainWindow, qtbot):
    window.open_topic("khorgos")
    qtbot.waitUntil(lambda: in_front(window.contents))
    window.full_screen_action.trigger()
    assert window.isFullScreen() or window.windowState() & Qt.WindowState.WindowFullScreen
    assert not window.menuBar().isVisible() and not window.main_toolbar.isVisible()
    assert not window.statusBar().isVisible() and not window.prep.breadcrumb.isVisible()
    assert not any(dock.isVisible() for dock in window.docks())
    assert window.reader.isVisible() and window.full_screen_action.isChecked()
    window.next_action.trigger()  # the reading keys still work
    assert window.reader.page != ("topic", "khorgos")
    qtbot.keyClick(window.reader, Qt.Key.Key_Escape)
    assert not window.full_screen.active
    assert window.menuBar().isVisible() and window.main_toolbar.isVisible()
    assert window.prep.breadcrumb.isVisible()
    qtbot.waitUntil(lambda: in_front(window.contents))
    assert not window.leave_full_screen_action.isEnabled(), "Esc belongs to the panes again"


def test_a_first_window_fits_the_screen_it_opens_on(qtbot, monkeypatch):
    laptop = QRect(0, 0, 1366, 728)  # 1366×768 less a 40-pixel task bar
    screen = QGuiApplication.primaryScreen()
    monkeypatch.setattr(type(screen), "availableGeometry", lambda _self: laptop)
    win = MainWindow(load_pack(), restore=True)
    qtbot.addWidget(win)
    assert win.size() == QSize(1280, 728 - 2 * saved.FIRST_MARGIN)
    win.resize(1900, 1200)  # as saved on a desktop monitor
    win.move(QPoint(3000, 40))  # on a monitor that is gone
    saved.fit_on_screen(win)
    frame = win.frameGeometry()
    assert laptop.contains(frame), (frame, laptop)


def test_an_empty_problems_panel_closes_itself_and_stays_closed(qtbot, make_pack):
    bad = make_pack(manifest="id: x\ntitle: Bad\ntopics:\n  - alpha\n  - ghost\n  - beta\n")
    win = MainWindow(load_pack(bad))
    qtbot.addWidget(win)
    win.show()
    assert win.problems.isVisible()
    win.set_pack(load_pack())
    assert not win.problems.isVisible(), "the bundled pack has no problems"
    win.close()
    again = MainWindow(load_pack(), restore=True)
    qtbot.addWidget(again)
    again.show()
    assert not again.problems.isVisible()


def test_the_status_bar_names_a_links_target_in_words(window: MainWindow):
    window.open_topic("khorgos")
    describe = window.reader.describe_link
    assert describe("topic:economy") == f"Topic: {window.pack.topics['economy'].title}"
    assert describe("glossary:dry-port") == "Glossary: dry port"
    assert describe("mailto:desk@example.org") == "E-mail: desk@example.org"
    assert describe("https://example.org/x") == "Web page: https://example.org/x"
    assert describe("#assessment") == "Section: assessment"
    assert describe("") == ""
    window.reader.highlighted.emit(window.reader.source().__class__("topic:economy"))
    assert window.statusBar().currentMessage().startswith("Topic: ")


def test_the_breadcrumb_shortens_its_titles_with_an_ellipsis_to_fit():
    titles = ["Balancing act: sovereignty and national interest", "Safeguarding sovereignty"]
    fitted = fit_titles(titles, 200, lambda text: 7 * len(text))
    assert sum(7 * len(t) for t in fitted) <= 200
    assert fitted[0].endswith("…") and fitted[1] == titles[1], "the ancestor gives way first"
    assert fit_titles(titles, 10_000, len) == titles


def test_toolbar_tooltips_show_the_keys(window: MainWindow):
    assert window.next_action.toolTip().startswith("Next Topic (")
    assert "PgDown" in window.next_action.toolTip() or "Page Down" in window.next_action.toolTip()
    assert "Ctrl+G" in window.glossary_toggle.toolTip()


def test_next_and_previous_topic_do_not_look_like_back_and_forward(window: MainWindow):
    navigation = window.prep.navigation
    previous = window.previous_action.icon().pixmap(32, 32).toImage()
    back = navigation.back_action.icon().pixmap(32, 32).toImage()
    assert previous != back


def test_open_pack_starts_in_the_documents_folder(window: MainWindow, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog,
        "getExistingDirectory",
        lambda _parent, _title, start: asked.append(start) or "",
    )
    window.open_action.trigger()
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert asked == [documents or str(Path.home())]
    assert "briefing_app" not in asked[0]


def test_preferences_apply_at_once_and_reset_never_touches_notes(window: MainWindow, qtbot):
    window.open_topic("icbc")
    window.prep.notes_toggle.trigger()
    window.prep.notes.editor.setPlainText("My own words")
    window.prep.save_all()
    dialog = PreferencesDialog(window)
    qtbot.addWidget(dialog)
    dialog.theme_box.setCurrentIndex(dialog.theme_box.findData("dark"))
    assert theme.current_theme() == "dark" and window.theme_actions["dark"].isChecked()
    dialog.measure_box.setValue(60)
    assert window.reader.measure == 60
    dialog.size_box.setValue(16)
    assert window.reader.font().pointSize() == 16
    dialog.term_links_box.setChecked(False)
    assert not window.term_links_action.isChecked()
    dialog.paper_box.setCurrentIndex(dialog.paper_box.findData("Letter"))
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("ru"))
    settings = saved.open_settings()
    assert saved.read_str(settings, "brief/paper") == "Letter"
    assert saved.read_str(settings, "view/language") == "ru"
    assert saved.reading_measure(settings) == 60
    dialog.reset()
    assert theme.current_theme() == "system" and window.reader.measure == saved.DEFAULT_MEASURE
    assert window.term_links_action.isChecked()
    assert dialog.paper() == "A4" and dialog.language() == ""
    store = UserStore.open()
    try:
        assert store.note("kazakhstan-bri", "icbc") == "My own words"
    finally:
        store.close()
    again = MainWindow(window.pack)
    qtbot.addWidget(again)
    assert again.reader.measure == saved.DEFAULT_MEASURE


def test_a_brief_on_letter_paper_has_letter_pages(tmp_path: Path):
    from pypdf import PdfReader

    from tests.conftest import run_python

    out = tmp_path / "b.pdf"
    done = run_python(
        [
            "-m",
            "briefing_app",
            "export",
            "--output",
            str(out),
            "--topics",
            "khorgos",
            "--paper",
            "Letter",
        ],
        tmp_path,
    )
    assert done.returncode == 0, done.stderr
    box = PdfReader(str(out)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)  # 8.5 × 11 in
