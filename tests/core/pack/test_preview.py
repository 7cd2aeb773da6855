"""Opening a big pack in two steps: a preview with one topic, then the whole pack with progress."""

from __future__ import annotations

import pytest

from briefing_app.core import load_pack
from briefing_app.core.pack.loader import count_topic_files, load_preview


def test_count_topic_files_counts_markdown_topics_only(pack_copy, tmp_path):
    topics = len(list((pack_copy / "topics").glob("*.md")))
    (pack_copy / "topics" / "notes.txt").write_text("not a topic", encoding="utf-8")
    (pack_copy / "topics" / ".hidden.md").write_text("---\ntitle: x\n---\n", encoding="utf-8")
    assert count_topic_files(pack_copy) == topics == 17
    assert count_topic_files(tmp_path / "nowhere") == 0


def opened(preview) -> str:
    """The topic a preview opens at: the one its tree holds."""
    assert len(preview.tree) == 1 and not preview.tree[0].children
    return preview.tree[0].topic_id


def test_preview_holds_the_wanted_topic_its_related_topics_and_the_glossary(
    pack_copy, bundled_pack
):
    seen = []
    preview = load_preview(
        pack_copy, lambda info: seen.append(info.id) or "khorgos-eastern-gate-sez"
    )
    assert seen == [bundled_pack.info.id]
    assert not preview.complete
    assert opened(preview) == "khorgos-eastern-gate-sez"
    related = bundled_pack.topics["khorgos-eastern-gate-sez"].related
    assert related, "the bundled topic names related topics"
    assert list(preview.topics) == ["khorgos-eastern-gate-sez", *related]
    assert (
        preview.topics["khorgos-eastern-gate-sez"].title
        == bundled_pack.topics["khorgos-eastern-gate-sez"].title
    )
    assert len(preview.terms) == len(bundled_pack.terms)
    assert preview.info.title == bundled_pack.info.title
    assert preview.problems == []


@pytest.mark.parametrize("wanted", [None, "", "no-such-topic", "../briefing", "Bad Id"])
def test_preview_falls_back_to_the_first_topic_of_the_tree(pack_copy, bundled_pack, wanted):
    preview = load_preview(pack_copy, lambda info: wanted)
    assert opened(preview) == bundled_pack.topic_order()[0]


def test_preview_skips_a_first_topic_that_cannot_be_read(pack_copy, bundled_pack):
    first, second = bundled_pack.topic_order()[:2]
    (pack_copy / "topics" / f"{first}.md").write_bytes(b"\xff\xfe b\x00a\x00d\x00")
    preview = load_preview(pack_copy, lambda info: None)
    assert opened(preview) == second
    assert [p.file for p in preview.problems] == [f"topics/{first}.md"]
    assert "UTF-16" in preview.problems[0].message


def test_a_pack_without_topics_gives_an_empty_preview(tmp_path):
    (tmp_path / "briefing.yaml").write_text("id: x\ntitle: X\ntopics: [a]\n", encoding="utf-8")
    preview = load_preview(tmp_path, lambda info: "a")
    assert preview.topics == {} and preview.tree == []


def test_progress_counts_every_topic_file(pack_copy):
    calls: list[tuple[int, int]] = []
    pack = load_pack(pack_copy, progress=lambda done, total: calls.append((done, total)))
    assert pack.complete
    assert calls == [(done, 17) for done in range(18)], "each file, then once when checked"


def test_an_exception_from_progress_stops_the_load(pack_copy):
    class Stop(Exception):
        pass

    def stop_at_five(done: int, total: int) -> None:
        if done == 5:
            raise Stop

    with pytest.raises(Stop):
        load_pack(pack_copy, progress=stop_at_five)


def test_a_page_renders_alike_only_when_its_inputs_are_the_same(pack_copy, bundled_pack):
    from briefing_app.core.render.page import renders_alike

    preview = load_preview(pack_copy, lambda info: "khorgos-eastern-gate-sez")
    whole = load_pack(pack_copy)
    assert renders_alike(preview, whole, "khorgos-eastern-gate-sez")
    related = whole.topics["khorgos-eastern-gate-sez"].related[0]
    whole.topics[related].title = "Renamed meanwhile"
    assert not renders_alike(preview, whole, "khorgos-eastern-gate-sez")
    assert not renders_alike(preview, whole, "no-such-topic")
    assert not renders_alike(preview, bundled_pack, "overview"), "not in the preview"
