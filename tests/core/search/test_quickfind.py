"""The substring finder used until the search index is ready."""

from __future__ import annotations

from briefing_app.core import Pack
from briefing_app.core.search.quickfind import SubstringSearch, plain_markdown


def test_finds_topics_and_terms_titles_first(bundled_pack: Pack):
    result = SubstringSearch(bundled_pack).search("DRY PORT")
    kinds = [(hit.kind, hit.id) for hit in result.hits]
    assert ("topic", "dry-port") in kinds and ("term", "dry-port") in kinds
    assert result.hits[0].title.casefold().find("dry port") >= 0, "a title match ranks first"
    assert all("<b>" in hit.snippet or "dry port" in hit.title.casefold() for hit in result.hits)


def test_snippets_show_text_not_markdown(bundled_pack: Pack):
    for hit in SubstringSearch(bundled_pack).search("Khorgos").hits:
        assert "**" not in hit.snippet and "](" not in hit.snippet, hit.snippet


def test_blank_query_and_limit(bundled_pack: Pack):
    finder = SubstringSearch(bundled_pack)
    assert finder.search("   ").hits == []
    assert len(finder.search("the", limit=3).hits) == 3


def test_plain_markdown():
    text = "## Head\nThe **bold** and [ICBC](icbc.md#x), `code`, *em*, ![map](m.png), x#y"
    assert plain_markdown(text) == "Head\nThe bold and ICBC, code, em, map, x#y"


def test_a_big_pack_is_searched_by_titles_and_terms_until_its_index_is_ready(
    bundled_pack: Pack, monkeypatch
):
    """Reading every body of 20,000 topics would take seconds; titles and terms answer now."""
    from briefing_app.core.search import quickfind

    body_only = "Lianyungang"  # in topic bodies, in no topic title
    assert any(
        body_only in topic.body and body_only not in topic.title
        for topic in bundled_pack.topics.values()
    )
    small = {(hit.kind, hit.id) for hit in SubstringSearch(bundled_pack).search(body_only).hits}
    assert any(kind == "topic" for kind, _ in small)
    monkeypatch.setattr(quickfind, "BODY_TOPICS", 5)  # the bundled pack's 17 topics are over
    big = SubstringSearch(bundled_pack)
    assert all(hit.kind == "term" for hit in big.search(body_only).hits)
    title = bundled_pack.topics["dry-port"].title
    assert ("topic", "dry-port") in {(hit.kind, hit.id) for hit in big.search(title).hits}
