"""A very long topic opens at once and fills in while the window stays usable."""

from __future__ import annotations

from briefing_app.core import load_pack
from briefing_app.core.render.page import split_markdown
from briefing_app.ui.window.main_window import MainWindow


def long_pack(make_pack):
    rows = "\n".join(f"| row {n} | value {n} |" for n in range(80))
    paragraphs = "\n\n".join(f"Paragraph {n} about the Khorgos dry port. " * 20 for n in range(900))
    body = f"## Start\n\nFirst words.\n\n| a | b |\n|---|---|\n{rows}\n\n{paragraphs}\n\n## End\n\nLast words.\n"
    return make_pack(
        topics={
            "alpha": "---\ntitle: Alpha\n---\nShort.\n",
            "beta": f"---\ntitle: Long one\nsummary: Very long.\n---\n{body}",
        }
    )


def test_split_markdown_keeps_pieces_whole():
    source = (
        "```\ncode\n\nstill code\n```\n\n" + "word " * 100 + "\n\n" + "| a |\n|---|\n| 1 |\n\nend\n"
    )
    pieces = split_markdown(source, 10)
    assert "".join(pieces) == source
    assert all(piece.count("```") % 2 == 0 for piece in pieces)
    assert split_markdown("short", 100) == ["short"]


def test_long_topic_shows_its_start_then_completes(qtbot, make_pack):
    win = MainWindow(load_pack(long_pack(make_pack)))
    qtbot.addWidget(win)
    win.show()
    win.open_topic("beta")
    first = win.reader.toPlainText()
    assert first.startswith("Long one") and "First words." in first
    assert "Last words." not in first, "only the start is shown at once"
    assert win.reader.loading
    with qtbot.waitSignal(win.reader.page_completed, timeout=60_000):
        pass
    assert not win.reader.loading
    text = win.reader.toPlainText()
    assert "Last words." in text and "Talking points" not in text.split("Last words.")[0][-50:]
    win.open_topic("alpha")
    win.open_topic("beta")
    assert "Last words." in win.reader.toPlainText(), "a revisit comes whole from the page cache"


def test_leaving_a_long_topic_stops_the_appending(qtbot, make_pack):
    win = MainWindow(load_pack(long_pack(make_pack)))
    qtbot.addWidget(win)
    win.show()
    win.open_topic("beta")
    win.open_topic("alpha")
    qtbot.wait(200)
    assert win.reader.toPlainText().startswith("Alpha")
    assert "Paragraph" not in win.reader.toPlainText()


def test_opening_the_glossary_page_mid_fill_stops_the_appending(qtbot, make_pack):
    win = MainWindow(load_pack(long_pack(make_pack)))
    qtbot.addWidget(win)
    win.show()
    win.open_topic("beta")
    assert win.reader.loading
    win.show_glossary_page()
    qtbot.wait(300)
    assert win.reader.page == ("glossary", "")
    assert not win.reader.loading
    assert "Paragraph" not in win.reader.toPlainText(), "no part of the long topic lands here"
