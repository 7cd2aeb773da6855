"""The NEAR pass on a second reader of the index file, and snippets made after the search: the
same answers as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.core.pack.model import Pack
from briefing_app.core.search import index as searchindex
from briefing_app.core.search.index import SearchIndex

QUERIES = ["dry port", "silk road economic belt", "khorgos gate", "rail kaz", "астана нурлы", "x y"]


def answers(index: SearchIndex) -> list[list[tuple[str, str, float, str]]]:
    return [
        [(hit.kind, hit.id, round(hit.score, 9), hit.snippet) for hit in index.search(q).hits]
        for q in QUERIES
    ]


def test_a_second_reader_gives_the_same_answers(bundled_pack: Pack, tmp_path: Path, monkeypatch):
    from briefing_app.core.search import side

    monkeypatch.setattr(side.os, "cpu_count", lambda: 2)
    index = SearchIndex.open(bundled_pack, tmp_path)
    assert index._side is not None, "an index in a file has a second reader"
    beside = answers(index)
    index.close()
    assert index._side is None
    monkeypatch.setattr(searchindex, "SIDE_READER", False)
    alone = SearchIndex.open(bundled_pack, tmp_path)
    assert alone._side is None
    assert answers(alone) == beside
    alone.close()


def test_an_index_in_memory_or_on_one_core_has_no_second_reader(
    bundled_pack: Pack, tmp_path: Path, monkeypatch
):
    from briefing_app.core.search import side

    assert SearchIndex.build(bundled_pack)._side is None
    monkeypatch.setattr(side.os, "cpu_count", lambda: 1)
    index = SearchIndex.open(bundled_pack, tmp_path)
    assert index._side is None
    assert index.search("dry port").hits
    index.close()


@pytest.mark.parametrize("query", ["dry port", "zzyzx plover"])
def test_a_damaged_file_found_by_the_second_reader_is_forgotten(
    bundled_pack: Pack, tmp_path: Path, monkeypatch, query
):
    import sqlite3

    SearchIndex.open(bundled_pack, tmp_path).close()
    index = SearchIndex.open(bundled_pack, tmp_path)
    assert index.from_cache
    if index._side is None:
        pytest.skip("one core: no second reader")

    def broken(sql, params):
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(index._side, "rows", broken)
    assert index.search(query).hits == []
    assert index.path is not None and not index.path.exists()
    index.close()


@pytest.mark.parametrize("query", ["dry port", "khorgos", "Хоргос", "霍尔果斯", "khorgoss"])
def test_snippets_made_afterwards_are_those_of_a_search_with_snippets(
    bundled_pack: Pack, query: str
):
    index = SearchIndex.build(bundled_pack)
    whole = index.search(query)
    bare = index.search(query, snippets=False)
    assert [(h.id, h.kind, h.score) for h in bare.hits] == [
        (h.id, h.kind, h.score) for h in whole.hits
    ]
    assert bare.did_you_mean == whole.did_you_mean
    assert all(hit.snippet == "" for hit in bare.hits)
    kept = bare.hits[::2]
    assert index.add_snippets(kept) == whole.hits[::2]
