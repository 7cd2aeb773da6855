"""Searching every pack of the library: hits of all packs merged by score, each naming its pack."""

from __future__ import annotations

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
        scores = [h.score for h in both.hits]
        assert scores == sorted(scores, reverse=True), "merged by score"
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
        assert result.hits and {h.pack_id for h in result.hits} == {"kazakhstan-bri"}
    finally:
        search.close()


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
