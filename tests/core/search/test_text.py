"""The index's fast Markdown stripper against the real renderer, and the searchable fields."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing_app.core.render.page import plain_text
from briefing_app.core.search.text import pack_docs, strip_markdown

WORDS = re.compile(r"[^\W_]+")


def test_every_rendered_word_of_the_bundled_pack_is_indexed(bundled_pack):
    for topic in bundled_pack.topics.values():
        mine = set(WORDS.findall(strip_markdown(topic.body).lower()))
        rendered = set(WORDS.findall(plain_text(topic.body).lower()))
        missing = rendered - mine - {str(n) for n in range(1, 10)}  # footnote numbers
        assert not missing, (topic.id, missing)


def test_no_markup_is_left_in_the_bundled_pack(bundled_pack):
    for topic in bundled_pack.topics.values():
        text = strip_markdown(topic.body)
        for mark in ("](", "**", "|", "[^", "\n#", "\n>", "\n- ", "!!!", "<"):
            assert mark not in text, (topic.id, mark)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("# Title\n\nSome **bold** and _it_ text.", "Title Some bold and it text."),
        ("A [link](other.md) and ![alt](x.svg).", "A link and alt."),
        ("Ref [text][1].\n\n[1]: http://example.org", "Ref text."),
        ("Note.[^a]\n\n[^a]: The footnote.", "Note. The footnote."),
        ("| a | b |\n| --- | :-: |\n| 1 | 2 |", "a b 1 2"),
        ("- one\n1. two\n> quoted", "one two quoted"),
        ("snake_case `code` AT&amp;T", "snake_case code AT&T"),
        ('!!! note "Update"\n    Text', '"Update" Text'),
    ],
)
def test_strip_markdown(source, expected):
    """Compared with runs of white space made one space (HTML and snippets do the same)."""
    assert " ".join(strip_markdown(source).split()) == expected


@given(st.text())
def test_strip_markdown_never_raises(text):
    strip_markdown(text)


def test_pack_docs_cover_topics_then_terms(bundled_pack):
    docs = pack_docs(bundled_pack)
    kinds = [doc.kind for doc in docs]
    assert kinds == ["topic"] * len(bundled_pack.topics) + ["term"] * len(bundled_pack.terms)
    khorgos = next(doc for doc in docs if doc.kind == "term" and doc.id == "khorgos")
    assert "Хоргос" in khorgos.names and "霍尔果斯" in khorgos.names
