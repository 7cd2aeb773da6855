"""A pack with a refused glossary or invisible titles still opens with everything else."""

from __future__ import annotations

from briefing_app.core import load_pack
from briefing_app.core.pack.loader import MAX_GLOSSARY_BYTES
from briefing_app.ui.window.main_window import MainWindow
from tests.ui.tree.test_tree import tree_ids


def test_a_glossary_over_the_limit_leaves_the_window_with_every_topic(qtbot, make_pack):
    huge = "A definition pasted from a whole report. " * (MAX_GLOSSARY_BYTES // 40 + 10)
    win = MainWindow(load_pack(make_pack(glossary=f"- term: Report\n  definition: {huge}\n")))
    qtbot.addWidget(win)
    win.show()
    assert tree_ids(win) == ["alpha", "beta"]
    assert win.problems.isVisible()
    assert any(
        line.startswith("glossary.yaml: error: the file is 2.1 MB")
        and "move long definitions into topics" in line
        for line in win.problems.lines()
    )


def test_a_title_blank_to_the_eye_shows_the_id_in_the_tree(qtbot, make_pack):
    topics = {"alpha": "---\ntitle: \u200b\u200d\n---\nBody\n"}
    win = MainWindow(
        load_pack(make_pack(topics=topics, manifest="id: x\ntitle: T\ntopics: [alpha]\n"))
    )
    qtbot.addWidget(win)
    win.show()
    model = win.tree.model()
    assert model.data(model.index(0, 0)) == "alpha"
