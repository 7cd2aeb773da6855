"""The pack and page cache: reused when the files are unchanged, rebuilt when not or when damaged."""

from __future__ import annotations

import os
import time

from briefing_app.core.pack import cache as packcache
from briefing_app.core.pack.cache import load_pack_cached, load_pages, pack_signature, save_pages


def entry(root, suffix="pack"):
    return packcache._entry_path(root, suffix)


def test_second_load_comes_from_the_cache(make_pack, monkeypatch):
    root = make_pack()
    first = load_pack_cached(root)
    assert entry(root).is_file()

    def must_not_parse(*_args, **_kwargs):
        raise AssertionError("the cached pack should have been used")

    monkeypatch.setattr("briefing_app.core.pack.loader.load_pack", must_not_parse)
    second = load_pack_cached(root)
    assert second.topics.keys() == first.topics.keys()
    assert [n.topic_id for n in second.nodes()] == [n.topic_id for n in first.nodes()]
    assert second.tree[0].children[0].parent is second.tree[0]
    assert second.signature == first.signature != ""


def test_an_edit_invalidates_the_cache(make_pack):
    root = make_pack()
    before = load_pack_cached(root)
    topic = root / "topics" / "beta.md"
    topic.write_text("---\ntitle: Beta renamed\n---\n", encoding="utf-8")
    os.utime(topic, ns=(time.time_ns() + 10**9, time.time_ns() + 10**9))
    after = load_pack_cached(root)
    assert after.signature != before.signature
    assert after.topics["beta"].title == "Beta renamed"


def test_a_damaged_cache_is_discarded(make_pack):
    root = make_pack()
    load_pack_cached(root)
    entry(root).write_bytes(b"\x80\x04not a pickle at all")
    pack = load_pack_cached(root)
    assert pack.topics["alpha"].title == "Alpha"
    assert entry(root).read_bytes()[:2] == b"\x80\x05" or entry(root).stat().st_size > 100


def test_signature_depends_on_names_sizes_and_times(make_pack):
    root = make_pack()
    signature = pack_signature(root)
    assert signature == pack_signature(root)
    (root / "assets").mkdir()
    (root / "assets" / "new.svg").write_text("<svg/>", encoding="utf-8")
    assert pack_signature(root) != signature


def test_pages_round_trip_and_are_bounded(make_pack):
    pack = load_pack_cached(make_pack())
    pages = {f"topic:t{i}:1": f"<p>{i}</p>" for i in range(packcache.MAX_PAGES + 10)}
    save_pages(pack, pages)
    loaded = load_pages(pack)
    assert len(loaded) == packcache.MAX_PAGES
    assert loaded[f"topic:t{packcache.MAX_PAGES + 9}:1"] == f"<p>{packcache.MAX_PAGES + 9}</p>"


def test_unwritable_cache_folder_still_loads(make_pack, monkeypatch, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(blocker))
    pack = load_pack_cached(make_pack())
    assert set(pack.topics) == {"alpha", "beta"}


def test_a_write_cut_short_leaves_nothing_behind_for_long(make_pack):
    root = make_pack()
    load_pack_cached(root)
    folder = entry(root).parent
    stale, fresh = folder / ".tmp-stale.pack", folder / ".tmp-fresh.pack"
    for left in (stale, fresh):
        left.write_bytes(b"half a pickle")
    old = time.time() - packcache.STALE_TEMPORARY_S - 60
    os.utime(stale, (old, old))
    save_pages(load_pack_cached(root), {"topic:alpha:1": "<p>x</p>"})
    assert not stale.exists(), "left by a process that died mid-write: removed"
    assert fresh.exists(), "may be another instance writing right now: kept"
