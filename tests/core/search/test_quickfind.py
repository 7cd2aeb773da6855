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
