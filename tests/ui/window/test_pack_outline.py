"""A big pack new to the cache: the whole tree, every title in order, before the pack is read."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QModelIndex, Qt

from bench.make_pack import make_pack
from briefing_app.core.pack import cache as packcache
from briefing_app.core.pack.loader import load_pack
from briefing_app.core.pack.outline import is_parsed
from briefing_app.ui.window import pack_loader
from briefing_app.ui.window.main_window import MainWindow
from briefing_app.ui.window.pack_loader import PackLoader

TOPICS = 300


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """A 300-topic synthetic pack (bench/make_pack.py) and the pack as the whole load reads it."""
    root = make_pack(tmp_path_factory.mktemp("outline") / "pack", TOPICS, terms=20)
    return root, load_pack(root, glossary_usage=False)


@pytest.fixture
def held(monkeypatch) -> threading.Event:
    """Treat 300 topics as big, and hold background loads until the returned event is set."""
    monkeypatch.setattr(pack_loader, "PREVIEW_TOPICS", 50)
    release = threading.Event()
    real_load = packcache.load_pack_cached

    def load(root, progress=None):
        if threading.current_thread() is not threading.main_thread():
            release.wait(20)
        return real_load(root, progress)

    monkeypatch.setattr(packcache, "load_pack_cached", load)
    return release


def shown_rows(window: MainWindow) -> list[tuple[str, str]]:
    """Return (topic id, title shown) of every row of the tree, depth first."""
    from briefing_app.ui.tree.model import TOPIC_ID_ROLE

    model = window.tree.model()
    rows: list[tuple[str, str]] = []

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            rows.append((index.data(TOPIC_ID_ROLE), index.data(Qt.ItemDataRole.DisplayRole)))
            walk(index)

    walk(QModelIndex())
    return rows


def test_the_tree_shows_every_title_before_the_pack_is_read(qtbot, generated, held):
    root, whole = generated
    loader = PackLoader()
    pack = loader.open(root)
    window = MainWindow(pack, loader)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert loader.busy and not window.pack.complete
    expected = [(topic_id, whole.topics[topic_id].title) for topic_id in whole.topic_order()]
    assert shown_rows(window) == expected, "every title, in the tree's order"
    unread = sum(not is_parsed(topic) for topic in window.pack.topics.values())
    assert unread >= TOPICS - 10, "titles only: the files are not parsed"

    # A topic clicked before its file is read opens in full.
    last = whole.topic_order()[-1]
    assert not is_parsed(window.pack.topics[last])
    assert window.open_topic(last)
    assert window.reader.page == ("topic", last)
    text = window.reader.toPlainText()
    assert whole.topics[last].summary.split()[0] in text
    assert whole.topics[last].body.split()[-1].strip(".") in text
    assert window.pack.topics[last] == whole.topics[last]

    bar = window.tree.verticalScrollBar()
    bar.setValue(bar.maximum() // 3)  # browsing the tree while the pack loads
    browsed = bar.value()
    assert browsed > 0
    with qtbot.waitSignal(loader.loaded, timeout=60000):
        held.set()
    qtbot.waitUntil(lambda: window.pack.complete, timeout=20000)
    assert shown_rows(window) == expected
    assert window.tree.verticalScrollBar().value() == browsed, "the tree stays where it was"
    assert window.reader.page == ("topic", last)
    assert window.pack.problems == whole.problems
    assert all(is_parsed(topic) for topic in window.pack.topics.values())


def test_the_search_box_finds_titles_of_the_outline_without_reading_the_files(
    qtbot, generated, held
):
    from briefing_app.core.search.quickfind import SubstringSearch

    root, whole = generated
    pack = PackLoader().open(root)
    assert not pack.complete
    last = whole.topic_order()[-1]
    title = whole.topics[last].title
    hits = SubstringSearch(pack).search(title)
    assert (last, "topic") in [(hit.id, hit.kind) for hit in hits.hits]
    assert not is_parsed(pack.topics[last])
    held.set()
