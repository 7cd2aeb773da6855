"""Live reload: a page saved in the folder of the pack shown appears at once, in place."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from briefing_app.core.pack.cache import load_pack_cached
from briefing_app.core.pack.loader import load_pack
from briefing_app.ui.window.main_window import MainWindow
from tests.core.formats.samples import write
from tests.ui.window.test_other_formats import tree_labels

LONG = "\n\n".join(f"Paragraph {n} of a long page, to have something to scroll." for n in range(80))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return write(
        tmp_path / "notes",
        {"a.md": f"# Alpha\n\n{LONG}\n\nThe end.\n", "b.md": "# Beta\n\nText.\n"},
    )


@pytest.fixture
def watched(qtbot, folder: Path) -> MainWindow:
    """A window over ``folder`` (loaded as the app loads it), once its folder is watched."""
    window = MainWindow(load_pack_cached(folder))
    qtbot.addWidget(window)
    window.resize(900, 500)
    window.show()
    qtbot.waitExposed(window)
    window.open_topic("a")
    qtbot.waitUntil(lambda: bool(window.pack_watch.watched()), timeout=2000)
    return window


def test_a_saved_page_shows_in_place_keeping_the_scroll(watched: MainWindow, folder: Path, qtbot):
    bar = watched.reader.verticalScrollBar()
    assert bar.maximum() > 300
    bar.setValue(300)
    started = time.monotonic()
    (folder / "a.md").write_text(f"# Alpha\n\n{LONG}\n\nThe new end.\n", encoding="utf-8")
    qtbot.waitUntil(lambda: "The new end." in watched.reader.toPlainText(), timeout=2000)
    elapsed = time.monotonic() - started
    assert watched.reader.page == ("topic", "a")
    assert bar.value() == 300
    assert elapsed < 1.5, elapsed
    print(f"saved page shown after {elapsed * 1000:.0f} ms")


def test_a_new_file_joins_the_tree_and_a_removed_one_leaves_it(
    watched: MainWindow, folder: Path, qtbot
):
    (folder / "c.md").write_text("# Gamma\n", encoding="utf-8")
    qtbot.waitUntil(lambda: tree_labels(watched) == ["Alpha", "Beta", "Gamma"], timeout=2000)
    (folder / "b.md").unlink()
    qtbot.waitUntil(lambda: tree_labels(watched) == ["Alpha", "Gamma"], timeout=2000)
    assert watched.reader.page == ("topic", "a")


def test_a_broken_file_shows_in_problems(watched: MainWindow, folder: Path, qtbot):
    (folder / "b.md").write_bytes(b"# Beta\n\ncaf\xe9\n")
    qtbot.waitUntil(
        lambda: any(
            line.startswith("b.md:3: error: the file is not UTF-8")
            for line in watched.problems.lines()
        ),
        timeout=2000,
    )
    assert watched.problems.isVisible()
    (folder / "b.md").write_text("# Beta\n\nFixed.\n", encoding="utf-8")
    qtbot.waitUntil(lambda: not watched.problems.lines(), timeout=2000)


def test_files_that_cannot_change_the_pack_reload_nothing(watched: MainWindow, folder: Path, qtbot):
    write(folder, {".obsidian/workspace.json": "{}", "a.md~": "backup", ".a.md.swp": "x"})
    qtbot.wait(600)
    assert not watched.pack_watch.look()  # nothing that matters changed


def test_the_bundled_pack_is_not_watched(qtbot):
    window = MainWindow(load_pack())
    qtbot.addWidget(window)
    window.show()
    qtbot.wait(700)
    assert window.pack_watch.root is None and window.pack_watch.watched() == []
