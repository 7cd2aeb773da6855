"""Links and images in the reader as a user meets them: a mail link asks, then opens the mail
program; a missing image shows its alt text, never Qt's broken-image icon."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QImage, QTextDocument
from PySide6.QtWidgets import QMessageBox

from briefing_app.core import load_pack
from briefing_app.ui.reader.browser import PLACEHOLDER_KEY
from briefing_app.ui.window.main_window import MainWindow
from tests.ui.window.test_main_window import click_link

BODY = """
## Contacts

Write to <press@example.org> or to [the desk](mailto:desk@example.org?subject=Khorgos&amp;cc=a@example.org).
Or see [the site][site] and <https://example.org/a?b=1&c=2>.

![Map of the corridors](../assets/missing.png)

[site]: https://example.org/site
"""


@pytest.fixture
def win(qtbot, make_pack) -> MainWindow:
    root = make_pack(
        topics={"alpha": f"---\ntitle: Alpha\n---\n{BODY}", "beta": "---\ntitle: Beta\n---\n"}
    )
    window = MainWindow(load_pack(root))
    qtbot.addWidget(window)
    window.resize(900, 700)
    window.show()
    qtbot.waitExposed(window)
    window.open_topic("alpha")
    return window


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    """URLs handed to the desktop (browser or mail program), recorded instead of opened."""
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url.toString()))
    return urls


def answer_yes(monkeypatch) -> list[str]:
    asked: list[str] = []

    def question(_parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("press@example.org", "mailto:press@example.org"),
        ("the desk", "mailto:desk@example.org?subject=Khorgos&cc=a@example.org"),
        ("the site", "https://example.org/site"),
        ("https://example.org/a?b=1&c=2", "https://example.org/a?b=1&c=2"),
    ],
)
def test_clicking_a_mail_or_web_link_asks_then_opens_it(win, qtbot, monkeypatch, opened, text, url):
    asked = answer_yes(monkeypatch)
    click_link(qtbot, win, text)
    assert len(asked) == 1 and url in asked[0], asked
    assert ("mail program" in asked[0]) == url.startswith("mailto:")
    assert opened == [url]
    assert win.reader.page == ("topic", "alpha"), "the page stays"


def test_a_mail_link_answered_no_opens_nothing(win, qtbot, opened, _no_modal_dialogs):
    click_link(qtbot, win, "press@example.org")
    assert "mailto:press@example.org" in _no_modal_dialogs[-1]
    assert opened == [] and win.statusBar().currentMessage() == "External link not opened"


def test_a_missing_image_shows_its_alt_text_and_path(win):
    text = win.reader.toPlainText()
    assert "Image not found: Map of the corridors (assets/missing.png)" in text
    assert "\ufffc" not in text, "no image object (Qt would draw its broken-image icon)"


def test_load_resource_never_leaves_an_image_blank(win):
    root = win.pack.root
    (root / "assets").mkdir(exist_ok=True)
    (root / "assets" / "damaged.png").write_bytes(b"\x89PNG\r\n\x1a\n but cut short")
    kind = QTextDocument.ResourceType.ImageResource.value
    for url, words in (
        ("pack:assets/gone.png", "Image not found: assets/gone.png"),
        ("pack:assets/damaged.png", "Image could not be read: assets/damaged.png"),
        ("https://example.org/x.png", "Image refused: https://example.org/x.png"),
    ):
        image = win.reader.loadResource(kind, QUrl(url))
        assert isinstance(image, QImage) and not image.isNull(), url
        assert image.text(PLACEHOLDER_KEY) == words
        assert image.width() > 100, "a box wide enough to name the image"
