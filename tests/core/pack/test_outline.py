"""The outline of a big pack: every topic's title from the first bytes of its file."""

from __future__ import annotations

import pickle
import threading
from pathlib import Path

import pytest

from briefing_app.core.pack import outline as outline_module
from briefing_app.core.pack.loader import load_pack
from briefing_app.core.pack.model import Topic
from briefing_app.core.pack.outline import _scalar, begin_outline, is_parsed, load_outline


def hold_titles(monkeypatch, first_rows: int = 0) -> threading.Event:
    """Make the outline's title-reading threads wait (a slow disk) until the returned event is
    set; the outline reads at once only the titles of the first ``first_rows`` rows (and the
    open topic's group and ancestors)."""
    disk = threading.Event()
    real_title_of = outline_module._title_of

    def slow_title_of(entry):
        if threading.current_thread().name == outline_module.TITLE_THREAD:
            disk.wait(10)
        return real_title_of(entry)

    monkeypatch.setattr(outline_module, "_title_of", slow_title_of)
    monkeypatch.setattr(outline_module, "FIRST_ROWS", first_rows)
    return disk


def write_pack(root: Path, titles: dict[str, str]) -> Path:
    (root / "topics").mkdir(parents=True)
    tree = "".join(f"  - {topic_id}\n" for topic_id in reversed(list(titles)))
    (root / "briefing.yaml").write_text(f"id: t\ntitle: T\ntopics:\n{tree}", encoding="utf-8")
    for topic_id, title_line in titles.items():
        text = f"---\n{title_line}\nsummary: About {topic_id}.\n---\nThe body of {topic_id}.\n"
        (root / "topics" / f"{topic_id}.md").write_text(text, encoding="utf-8")
    return root


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("Plain title", "Plain title"),
        ('"Quoted: with a colon"', "Quoted: with a colon"),
        ('"Escaped \\u00e9"', "Escaped é"),
        ("'It''s quoted'", "It's quoted"),
        ("Хоргос 霍尔果斯", "Хоргос 霍尔果斯"),
        ("a: b", None),
        ("title # comment", None),
        ("|", None),
        ("[list]", None),
        ("2024-01-01", None),
        ("true", None),
        ("12", None),
        ("", None),
        ("'unclosed", None),
    ],
)
def test_a_title_is_read_only_when_sure(written, read):
    assert _scalar(written) == read


def test_every_title_in_the_tree_s_order_the_files_unparsed_until_read(tmp_path: Path):
    titles = {
        "alpha": "title: Alpha",
        "beta": 'title: "Beta: the second"',
        "gamma": "title: |\n  Gamma",
        "delta": "summary: first\ntitle: Delta",
        "epsilon": "title: 2024",
    }
    root = write_pack(tmp_path / "pack", titles)
    (root / "topics" / "Bad Name.md").write_text("---\ntitle: x\n---\n", encoding="utf-8")
    whole = load_pack(root, glossary_usage=False)
    outline = load_outline(root, lambda info: None)
    assert not outline.complete and outline.start == "epsilon"
    assert outline.topic_order() == whole.topic_order()
    assert {t.id: t.title for t in outline.topics.values()} == {
        t.id: t.title for t in whole.topics.values()
    }
    assert outline.problems == [], "the whole load reports the problems"
    beta = outline.topics["beta"]
    assert not is_parsed(beta)
    assert beta.summary == "About beta."
    assert is_parsed(beta) and type(beta) is Topic
    assert beta == whole.topics["beta"]
    alpha = outline.topics["alpha"]
    assert pickle.loads(pickle.dumps(alpha)) == whole.topics["alpha"]
    assert outline.topics["alpha"] == whole.topics["alpha"]


def test_a_file_gone_after_the_outline_keeps_its_title_and_an_empty_page(tmp_path: Path):
    root = write_pack(tmp_path / "pack", {"alpha": "title: Alpha", "beta": "title: Beta"})
    outline = load_outline(root, lambda info: "alpha")
    (root / "topics" / "beta.md").unlink()
    beta = outline.topics["beta"]
    assert beta.body == "" and beta.title == "Beta"


def test_titles_not_read_in_time_show_the_id_until_they_are(tmp_path: Path, monkeypatch):
    """On a slow disk the outline is returned before every title is read; those topics are
    titled with their ids, then ``finish`` gives each its title (parsing a file whose title
    the quick reading is unsure of), and the pack reads as the whole load does."""
    titles = {
        "alpha": "title: Alpha",
        "beta": 'title: "Beta: the second"',
        "gamma": "title: |\n  Gamma",
        "delta": "title: Delta",
    }
    root = write_pack(tmp_path / "pack", titles)
    disk = hold_titles(monkeypatch)
    outline, finish = begin_outline(root, lambda info: "delta", wait=0.0)
    assert outline.start == "delta" and outline.topics["delta"].title == "Delta"
    assert [outline.topics[t].title for t in ("alpha", "beta", "gamma")] == [
        "alpha",
        "beta",
        "gamma",
    ]
    disk.set()
    assert finish() is True
    whole = load_pack(root, glossary_usage=False)
    assert {t.id: t.title for t in outline.topics.values()} == {
        t.id: t.title for t in whole.topics.values()
    }
    assert not is_parsed(outline.topics["beta"]), "a title read is set without a parse"
    assert is_parsed(outline.topics["gamma"]), "a block-scalar title comes from a parse"
    assert outline.topic_order() == whole.topic_order()
    _, nothing_late = begin_outline(root, lambda info: None)
    assert nothing_late() is False


def test_the_rows_a_first_frame_shows_are_titled_however_slow_the_disk(tmp_path: Path, monkeypatch):
    """The first rows of the tree get their titles before the outline returns, read on the
    spot when the threads have not come to them."""
    titles = {name: f"title: {name.title()}" for name in ("alpha", "beta", "gamma", "delta")}
    root = write_pack(tmp_path / "pack", titles)  # the tree lists them backwards
    disk = hold_titles(monkeypatch, first_rows=2)
    outline, finish = begin_outline(root, lambda info: None, wait=0.0)
    shown = {t.id: t.title for t in outline.topics.values()}
    assert shown == {"delta": "Delta", "gamma": "Gamma", "beta": "beta", "alpha": "alpha"}
    disk.set()
    assert finish() is True
    assert outline.topics["alpha"].title == "Alpha"
