"""Near words from the candidates' own text, as FTS5's NEAR finds them; snippets made after
the search, as those made with it."""

from __future__ import annotations

import pytest

from briefing_app.core.pack.model import Pack
from briefing_app.core.search.highlight import Matcher
from briefing_app.core.search.index import _FIELDS, SearchIndex
from briefing_app.core.search.near import near_in
from briefing_app.core.search.query import near_expression, parse


@pytest.mark.parametrize(
    "query",
    [
        "dry port",
        "silk road economic belt",
        "khorgos gate",
        "rail kaz",
        "астана нурлы",
        "belt road",
        "china kazakhstan",
        "霍尔果斯 port",
        "x y",
    ],
)
def test_near_words_are_those_fts5_finds(bundled_pack: Pack, query: str):
    index = SearchIndex.build(bundled_pack)
    parsed = parse(query)
    conn = index._conn
    theirs = {
        rowid
        for (rowid,) in conn.execute(
            "SELECT rowid FROM entries WHERE entries MATCH ?", (near_expression(parsed),)
        )
    }
    matcher = Matcher([parsed], index._spellings)
    ours = {
        row[0]
        for row in conn.execute(f"SELECT {_FIELDS} FROM docs")
        if near_in(matcher, row[3:], {})
    }
    if query.isascii():
        assert ours == theirs
    else:  # FTS5's NEAR took the words as typed; the search's matching also transliterates
        assert ours >= theirs


def test_words_far_apart_are_not_near():
    matcher = Matcher([parse("alpha omega")])
    far = "alpha " + "word " * 11 + "omega"
    close = "alpha " + "word " * 10 + "omega"
    assert not near_in(matcher, [far], {})
    assert near_in(matcher, [close], {})
    assert not near_in(matcher, ["alpha", "omega"], {}), "one field at a time"


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
