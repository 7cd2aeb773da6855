"""The offline guarantee: using the whole app never creates a network socket.

Python's socket creation and name lookup are patched to fail the test; the
same test runs inside a network namespace with no interfaces in CI
(``unshare -n``, see ``.ci/run``).
"""

from __future__ import annotations

import socket

import pytest
from PySide6.QtCore import Qt

from briefing_app.cli import main
from briefing_app.core import load_pack
from briefing_app.ui.window.main_window import MainWindow

attempts: list[str] = []


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make every attempt to open a socket or resolve a name fail, and record it."""
    attempts.clear()
    real_socket = socket.socket

    class GuardedSocket(real_socket):  # type: ignore[misc, valid-type]
        def __init__(self, family: int = -1, *args: object, **kwargs: object) -> None:
            if family in (socket.AF_INET, socket.AF_INET6):
                attempts.append(f"socket({family})")
                raise OSError("network access attempted in an offline app")
            super().__init__(family, *args, **kwargs)  # type: ignore[arg-type]

    def refuse(*args: object, **_kwargs: object) -> None:
        attempts.append(f"lookup{args[:1]}")
        raise OSError("network access attempted in an offline app")

    monkeypatch.setattr(socket, "socket", GuardedSocket)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def test_reading_everything_opens_no_connection(no_network, qtbot, tmp_path, capsys):
    win = MainWindow(load_pack())
    qtbot.addWidget(win)
    win.show()
    for topic_id in win.pack.topic_order():
        assert win.open_topic(topic_id)
        assert win.reader.toPlainText()
    for term in win.pack.terms:
        assert win.open_term(term.id)
    for query in ("Khorgos", "Хоргос", "霍尔果斯", "dry port", "nothing-like-this"):
        win.search_box.clear()
        qtbot.keyClicks(win.search_box, query) if query.isascii() else win.search_box.setText(query)
        qtbot.keyClick(win.search_box, Qt.Key.Key_Return)
    assert main(["check"]) == 0
    assert main(["search", "Khorgos", "--json"]) == 0
    for suffix in ("md", "html", "pdf"):
        assert main(["export", "--output", str(tmp_path / f"brief.{suffix}")]) == 0
    capsys.readouterr()
    assert no_network == []


def test_the_guard_does_catch_a_connection(no_network):
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", 9))
    with pytest.raises(OSError):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    assert len(no_network) == 2
