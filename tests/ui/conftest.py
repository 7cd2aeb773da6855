"""GUI fixtures: a main window over the real bundled pack, with modal dialogs patched."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from briefing_app.core import load_pack
from briefing_app.ui.window.main_window import MainWindow


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test in tests/ui drives widgets: mark it ``gui``."""
    for item in items:
        if "/tests/ui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A modal QMessageBox would hang a headless run: record and answer No/OK instead."""
    shown: list[str] = []

    def record(kind: str, answer: QMessageBox.StandardButton):
        def fake(_parent, title, text, *args, **kwargs):
            shown.append(f"{kind}: {title}: {text}")
            return answer

        return fake

    monkeypatch.setattr(QMessageBox, "question", record("question", QMessageBox.StandardButton.No))
    monkeypatch.setattr(QMessageBox, "warning", record("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "critical", record("critical", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(
        QMessageBox, "information", record("information", QMessageBox.StandardButton.Ok)
    )
    monkeypatch.setattr(QMessageBox, "about", record("about", QMessageBox.StandardButton.Ok))
    return shown


@pytest.fixture
def window(qtbot) -> MainWindow:
    """The main window over a freshly loaded bundled pack, shown at its first topic (as after
    a session that read it; a first start shows "At a glance", tests/ui/views/test_glance.py)."""
    win = MainWindow(load_pack())
    qtbot.addWidget(win)
    win.open_topic(win.pack.topic_order()[0])
    win.show()
    qtbot.waitExposed(win)
    return win


def type_text(widget, text: str) -> None:
    """Type ``text`` into ``widget`` one key event per character.

    QtTest's keyClicks only knows ASCII (it aborts on "Қ"), so non-ASCII text is
    sent as key events carrying the character, as an input method would.
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


@pytest.fixture(autouse=True)
def _background_notes_finish():
    """Wait for the threads that note a pack's edition or add one to the library before the
    test's user folders go: a thread still writing would otherwise write into the next test's
    folders."""
    yield
    import threading

    for thread in threading.enumerate():
        if thread.name in ("edition", "library"):
            thread.join(timeout=60)
