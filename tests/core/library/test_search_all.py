"""Searching every pack of the library: hits of all packs merged in one order, each naming its pack."""

from __future__ import annotations

import shutil
from pathlib import Path

from briefing_app.core.library import shelf
from briefing_app.core.library.search_all import LibrarySearch
from briefing_app.core.search.index import SearchResult
from tests.core.library.test_shelf import small_pack


def test_hits_of_every_pack_come_together_each_with_its_pack(tmp_path: Path):
    shelf.add(small_pack(tmp_path / "second"))
    search = LibrarySearch()
    try:
        result = search.search("caravanserai", shelf.entries())
        assert [(h.pack_id, h.id, h.kind) for h in result.hits] == [("second", "caravan", "topic")]
        hit = result.hits[0]
        assert hit.pack_title == "Second pack" and hit.pack_path == str(tmp_path / "second")
        assert hit.as_dict()["pack"] == {"id": "second", "title": "Second pack"}
        assert "<b>" in hit.snippet
        both = search.search("Silk Road", shelf.entries(), limit=50)
        assert {h.pack_id for h in both.hits} == {"second", "kazakhstan-bri"}

        def share(hit):
            return hit.score / max(x.score for x in both.hits if x.pack_id == hit.pack_id)

        def titled(hit):
            return {"silk", "road"} <= set(hit.title.lower().split())

        order = [(titled(h), share(h)) for h in both.hits]
        assert order == sorted(order, reverse=True), "title matches, then each pack's share"
        assert len(search.search("Silk Road", shelf.entries(), limit=2).hits) == 2
    finally:
        search.close()


def test_a_correction_is_offered_only_when_no_pack_finds_the_query(tmp_path: Path):
    shelf.add(small_pack(tmp_path / "second"))
    search = LibrarySearch()
    try:
        result = search.search("caravanserei", shelf.entries())
        assert result.did_you_mean == "caravanserai"
        assert [h.pack_id for h in result.hits] == ["second"]
        assert search.search("khorgos", shelf.entries()).did_you_mean is None
    finally:
        search.close()


def test_a_pack_gone_from_disk_is_named_and_the_others_searched(tmp_path: Path):
    folder = small_pack(tmp_path / "second")
    shelf.add(folder)
    (folder / "topics" / "caravan.md").unlink()
    (folder / "briefing.yaml").unlink()
    search = LibrarySearch()
    try:
        result = search.search("khorgos", shelf.entries())
        assert "second" in result.failed
        assert "Error" not in result.failed["second"], "no class name"
        assert result.hits and {h.pack_id for h in result.hits} == {"kazakhstan-bri"}
    finally:
        search.close()


def test_a_pack_whose_file_is_gone_says_how_to_take_it_off_the_list(tmp_path: Path):
    folder = small_pack(tmp_path / "second")
    shelf.add(folder)
    shutil.rmtree(folder)
    search = LibrarySearch()
    try:
        result = search.search("khorgos", shelf.entries())
    finally:
        search.close()
    assert result.failed == {
        "second": f"{folder}: not found; remove it with `briefing-app library remove second`"
    }


def test_the_open_pack_can_be_searched_by_its_own_searcher(tmp_path: Path):
    shelf.add(small_pack(tmp_path / "second"))
    asked: list[str] = []

    def own(query: str, limit: int) -> SearchResult:
        asked.append(query)
        return SearchResult(query)

    search = LibrarySearch()
    try:
        key = shelf.path_key(tmp_path / "second")
        result = search.search("caravanserai", shelf.entries(), own={key: own})
        assert asked == ["caravanserai"] and result.hits == []
    finally:
        search.close()


def test_a_small_pack_titled_with_the_query_is_not_buried_by_a_big_one(tmp_path: Path):
    """BM25 scores of a one-topic pack are near zero beside the bundled pack's: the merge
    puts title matches first and compares each pack's hits with its own best."""
    folder = small_pack(tmp_path / "second")
    (folder / "topics" / "caravan.md").write_text(
        "---\ntitle: Khorgos caravan notes\n---\nA caravanserai on the road to Khorgos.\n",
        encoding="utf-8",
    )
    shelf.add(folder)
    search = LibrarySearch()
    try:
        hits = search.search("khorgos", shelf.entries(), limit=40).hits
        titled = [h for h in hits if "khorgos" in h.title.lower()]
        assert hits[: len(titled)] == titled, "every hit titled Khorgos comes before the rest"
        assert ("second", "caravan") in [(h.pack_id, h.id) for h in titled]
        untitled = [h.pack_id for h in hits[len(titled) :]]
        assert untitled and set(untitled) == {"kazakhstan-bri"}
    finally:
        search.close()


def test_a_pack_folder_with_a_current_cached_index_is_searched_without_loading_it(
    tmp_path: Path, monkeypatch
):
    from briefing_app.core.pack import cache as packcache
    from briefing_app.core.pack.cache import load_pack_cached
    from briefing_app.core.search.index import SearchIndex

    folder = small_pack(tmp_path / "second")
    shelf.add(folder)
    SearchIndex.open(load_pack_cached(folder)).close()  # as the window leaves it
    entry = next(e for e in shelf.entries() if e.id == "second")
    loaded: list[object] = []
    real = packcache.load_pack_cached
    monkeypatch.setattr(
        packcache, "load_pack_cached", lambda *a, **k: loaded.append(a) or real(*a, **k)
    )
    search = LibrarySearch()
    try:
        result = search.search("caravanserai", [entry])
        assert [(h.pack_id, h.id) for h in result.hits] == [("second", "caravan")]
        assert result.hits[0].pack_root == str(folder)
        assert loaded == [], "the cached index answered alone"
        (folder / "topics" / "caravan.md").write_text(
            "---\ntitle: Caravan\n---\nNo inn here.\n", encoding="utf-8"
        )
        fresh = LibrarySearch()
        try:
            assert fresh.search("caravanserai", [entry]).hits == []
            assert loaded, "a changed pack is loaded again"
        finally:
            fresh.close()
    finally:
        search.close()
