"""A big pack new to the cache: its first topic is readable at once, the rest follows with progress."""

from __future__ import annotations

import shutil
import threading

import pytest

from briefing_app.core.pack import cache as packcache
from briefing_app.core.resources import bundled_pack_path
from briefing_app.core.user.store import StoreError, UserStore
from briefing_app.ui.window import pack_loader
from briefing_app.ui.window.main_window import MainWindow
from briefing_app.ui.window.pack_loader import PackLoader
from tests.ui.search.test_search_ui import listed, type_query, wait_for_answer, wait_indexed
from tests.ui.tree.test_tree import tree_ids

START = "khorgos-eastern-gate-sez"


@pytest.fixture
def big(pack_copy, monkeypatch):
    """A copy of the bundled pack, treated as big (its 17 topics are over the preview limit)."""
    monkeypatch.setattr(pack_loader, "PREVIEW_TOPICS", 5)
    return pack_copy


@pytest.fixture
def gate(monkeypatch) -> threading.Event:
    """Hold background loads until the test sets the returned event (then they run)."""
    release = threading.Event()
    real_load = packcache.load_pack_cached

    def held(root, progress=None):
        if threading.current_thread() is not threading.main_thread():
            release.wait(10)
        return real_load(root, progress)

    monkeypatch.setattr(packcache, "load_pack_cached", held)
    return release


def open_window(qtbot, root, loader: PackLoader) -> MainWindow:
    pack = loader.open(root, lambda info: START)
    window = MainWindow(pack, loader)
    qtbot.addWidget(window)
    window.resize(900, 400)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_preview_shows_the_topic_then_the_whole_pack_keeps_the_place(
    qtbot, big, gate, bundled_pack
):
    loader = PackLoader()
    with qtbot.waitSignal(loader.loaded, timeout=20000):
        window = open_window(qtbot, big, loader)
        assert not window.pack.complete
        assert tree_ids(window) == bundled_pack.topic_order(), "the whole tree, at once"
        assert window.reader.page == ("topic", START)
        assert bundled_pack.topics[START].title in window.reader.toPlainText()
        assert window.load_progress.isVisible()
        assert window.pack_label.text().startswith("Loading topics…")
        assert window.tree.placeholder.startswith("Loading topics…")
        bar = window.reader.verticalScrollBar()
        bar.setValue(bar.maximum() // 2)
        scrolled = bar.value()
        assert scrolled > 0
        gate.set()
    qtbot.waitUntil(lambda: window.pack.complete)
    assert sorted(tree_ids(window)) == sorted(bundled_pack.topics)
    assert window.reader.page == ("topic", START)
    assert window.reader.verticalScrollBar().value() == scrolled
    assert window.tree.currentIndex().isValid()
    assert not window.load_progress.isVisible()
    assert window.pack_label.text() == f"17 topics · {len(window.pack.terms)} terms"
    assert window.tree.placeholder == ""
    assert packcache.cached_pack(big) is not None  # the next start is warm


def test_search_covers_the_whole_pack_once_loaded(qtbot, big, gate):
    loader = PackLoader()
    window = open_window(qtbot, big, loader)
    assert "Loading the pack" in window.search_panel.status.text()
    gate.set()
    qtbot.waitUntil(lambda: window.pack.complete, timeout=20000)
    wait_indexed(window, qtbot)
    type_query(window, qtbot, "Aktau")
    wait_for_answer(window, qtbot, "Aktau")
    assert ("topic", "dry-port") in listed(window)


def test_a_warm_start_needs_no_preview(qtbot, big):
    packcache.load_pack_cached(big)
    pack = PackLoader().open(big)
    assert pack.complete and len(pack.topics) == 17


def test_opening_another_pack_drops_the_first_load(qtbot, big, gate, tmp_path):
    other = tmp_path / "other"
    shutil.copytree(bundled_pack_path(), other)
    loader = PackLoader()
    window = open_window(qtbot, big, loader)
    window.open_pack_folder(str(other))
    assert window.pack.root == other and not window.pack.complete
    loaded: list[object] = []
    loader.loaded.connect(loaded.append)
    gate.set()  # both loads run now; only the second may be handed over
    qtbot.waitUntil(lambda: window.pack.complete, timeout=20000)
    qtbot.wait(300)
    assert window.pack.root == other
    assert [pack.root for pack in loaded] == [other]


def test_a_cancelled_load_is_never_handed_over(qtbot, big, gate):
    loader = PackLoader()
    assert not loader.open(big).complete
    assert loader.busy
    loader.cancel()
    gate.set()
    with qtbot.assertNotEmitted(loader.loaded, wait=500):
        pass
    assert not loader.busy


def test_a_fault_in_the_background_load_keeps_the_preview(qtbot, big, monkeypatch):
    def broken(root, progress=None):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(packcache, "load_pack_cached", broken)
    loader = PackLoader()
    with qtbot.waitSignal(loader.failed, timeout=5000):
        window = open_window(qtbot, big, loader)
    assert window.reader.page == ("topic", START)
    assert "Could not finish loading the pack" in window.statusBar().currentMessage()
    assert "disk on fire" in window.statusBar().currentMessage()
    assert not window.load_progress.isVisible()
    assert (
        window.pack_label.text()
        == f"{len(window.pack.topics)} topics · {len(window.pack.terms)} terms"
    )
    assert "could not be loaded" in window.tree.placeholder


def test_a_note_typed_in_the_preview_survives_the_swap_even_when_it_cannot_be_saved(
    qtbot, big, gate, monkeypatch
):
    real = UserStore.save_note
    full = {"on": True}

    def save_note(self, *args, **kwargs):
        if full["on"]:
            raise StoreError("Could not save (database or disk is full).")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(UserStore, "save_note", save_note)
    loader = PackLoader()
    window = open_window(qtbot, big, loader)
    notes = window.prep.notes
    qtbot.keyClicks(notes.editor, "Ask about the dry port")
    assert not notes.save_now()
    gate.set()
    qtbot.waitUntil(lambda: window.pack.complete, timeout=20000)
    assert notes.editor.toPlainText() == "Ask about the dry port"
    full["on"] = False
    assert notes.save_now()
    assert notes.unsaved_count() == 0
    assert window.prep.store.note(window.pack.info.id, START) == "Ask about the dry port"


def test_while_loading_nothing_pretends_the_preview_is_the_whole_pack(qtbot, big, gate):
    from briefing_app.core.glossary.pages import USAGE_PENDING

    window = open_window(qtbot, big, PackLoader())
    assert not window.prep.build_brief_action.isEnabled()
    assert not window.prep.export_notes_action.isEnabled()
    order = window.pack.topic_order()
    assert window.next_action.isEnabled(), "the outline knows the reading order"
    window.next_action.trigger()
    following = order[order.index(START) + 1]
    assert window.reader.page == ("topic", following), "opened though its file was not read yet"
    window.previous_action.trigger()
    assert window.reader.page == ("topic", START)
    qtbot.waitUntil(lambda: bool(window.pack.terms), timeout=20000)  # read before the topics
    assert not window.pack.complete
    window.glossary.show_term("khorgos")
    assert USAGE_PENDING in window.glossary.definition.toPlainText(), "not 'used in' one topic"
    gate.set()
    qtbot.waitUntil(lambda: window.pack.complete, timeout=20000)
    assert window.prep.build_brief_action.isEnabled()
    assert window.prep.export_notes_action.isEnabled()
    window.next_action.trigger()
    order = window.pack.topic_order()
    assert window.reader.page == ("topic", order[order.index("khorgos-eastern-gate-sez") + 1])
    window.glossary.show_term("khorgos")
    assert "Used in" in window.glossary.definition.toPlainText()
    assert USAGE_PENDING not in window.glossary.definition.toPlainText()


def test_the_glossary_then_titles_not_read_in_time_follow_the_preview(
    qtbot, big, gate, monkeypatch, bundled_pack
):
    """On a slow disk the tree is shown before every title is read: those topics show their
    ids, then their titles; the glossary comes in the meantime, and the page gains its term
    links where it is, without the tree being made again."""
    from tests.core.pack.test_outline import hold_titles

    titles = hold_titles(monkeypatch)
    monkeypatch.setattr(pack_loader, "TITLE_WAIT", 0.0)
    loader = PackLoader()
    loader.defer()  # as at start-up: nothing follows before the first frame
    window = open_window(qtbot, big, loader)
    model = window.tree.topic_model()
    late = next(
        t for t in bundled_pack.topic_order() if t != START and t not in window.reader.toPlainText()
    )
    shown = model.index_for_topic(late)
    assert shown.data() == late, "a title not read yet: the topic's id"
    assert window.pack.terms == []
    authored = window.reader.toHtml().count('href="glossary:')  # the author's own links
    window.glossary.show()
    window.glossary.raise_()
    qtbot.waitUntil(lambda: window.glossary.definition.placeholderText() != "")
    assert window.glossary.definition.placeholderText() == "Reading the glossary…"
    bar = window.reader.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    scrolled = bar.value()
    loader.resume()
    qtbot.waitUntil(lambda: bool(window.pack.terms), timeout=20000)
    linked = window.reader.toHtml().count('href="glossary:')
    assert linked > authored, "the page gained its term links"
    assert window.reader.page == ("topic", START)
    assert bar.value() == scrolled
    assert window.glossary.definition.placeholderText() == "Choose a term to read about it."
    assert window.tree.topic_model() is model, "the tree was not made again"
    with qtbot.waitSignal(loader.titles_loaded, timeout=20000):
        titles.set()
    assert model.index_for_topic(late).data() == bundled_pack.topics[late].title
    assert not window.pack.complete
    gate.set()
    qtbot.waitUntil(lambda: window.pack.complete, timeout=20000)
    assert window.tree.topic_model().index_for_topic(late).data() == bundled_pack.topics[late].title


def test_the_glossary_page_read_during_the_load_stays_open(qtbot, big, gate):
    loader = PackLoader()
    window = open_window(qtbot, big, loader)
    assert window.reader.show_glossary()
    assert not window.pack.complete
    gate.set()
    qtbot.waitUntil(lambda: window.pack.complete, timeout=20000)
    assert window.reader.page == ("glossary", "")
    assert "Used in" in window.reader.toPlainText()


def test_a_refused_pack_leaves_the_running_load_alone(
    qtbot, big, gate, tmp_path, _no_modal_dialogs
):
    unusable = tmp_path / "unusable"
    (unusable / "topics").mkdir(parents=True)
    (unusable / "briefing.yaml").write_text("id: x\ntitle: X\ntopics: [a]\n", encoding="utf-8")
    (unusable / "topics" / "a.md").write_bytes(b"\xff\xfe-\x00-\x00")
    window = open_window(qtbot, big, PackLoader())
    window.open_pack_folder(str(unusable))
    assert any("Cannot open pack" in shown for shown in _no_modal_dialogs)
    gate.set()
    qtbot.waitUntil(lambda: window.pack.complete, timeout=20000)
    assert window.pack.root == big
    assert not window.load_progress.isVisible()
    assert window.prep.build_brief_action.isEnabled()


def test_the_swap_does_not_render_the_page_again_and_keeps_the_term_card(
    qtbot, big, gate, monkeypatch
):
    from briefing_app.core.render import page as render

    window = open_window(qtbot, big, PackLoader())
    qtbot.waitUntil(lambda: bool(window.pack.terms), timeout=20000)  # the preview's glossary
    assert window.open_term("khorgos")
    document = window.reader.document()
    shown = window.reader.toHtml()
    rendered: list[str] = []
    real_render = render.render_topic
    monkeypatch.setattr(
        render,
        "render_topic",
        lambda pack, topic, **kw: rendered.append(topic.id) or real_render(pack, topic, **kw),
    )
    gate.set()
    qtbot.waitUntil(lambda: window.pack.complete, timeout=20000)
    assert rendered == [], "the page renders alike: it stays as it was"
    assert window.reader.document() is document and window.reader.toHtml() == shown
    assert window.glossary.definition.page == ("term", "khorgos")
    assert "Used in" in window.glossary.definition.toPlainText()


def test_results_found_in_the_preview_stay_listed_through_the_swap(qtbot, big, gate):
    window = open_window(qtbot, big, PackLoader())
    type_query(window, qtbot, "Khorgos")
    wait_for_answer(window, qtbot, "Khorgos")
    before = listed(window)
    assert ("topic", START) in before
    rows: list[int] = []
    window.search_panel.model.modelReset.connect(
        lambda: rows.append(window.search_panel.model.rowCount())
    )
    gate.set()
    qtbot.waitUntil(lambda: window.pack.complete, timeout=20000)
    wait_for_answer(window, qtbot, "Khorgos")
    assert 0 not in rows, "the list never went blank"
    assert len(listed(window)) >= len(before)


def test_a_deferred_load_waits_for_resume(qtbot, big):
    loader = PackLoader()
    loader.defer()
    assert not loader.open(big).complete
    with qtbot.assertNotEmitted(loader.loaded, wait=400):
        pass
    assert packcache.cached_pack(big) is None, "nothing read yet"
    with qtbot.waitSignal(loader.loaded, timeout=20000):
        loader.resume()
