"""Natural order, ids from paths and titles from names (briefing_app.core.formats.names)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from briefing_app.core.formats.names import natural_key, title_from_name, topic_id_for, unique_id
from briefing_app.core.pack.loader import TOPIC_ID


def test_numbers_sort_as_numbers_and_letters_without_case():
    names = ["file10.md", "File2.md", "file1.md", "chapter 12", "Chapter 3", "b", "A"]
    assert sorted(names, key=natural_key) == [
        "A",
        "b",
        "Chapter 3",
        "chapter 12",
        "file1.md",
        "File2.md",
        "file10.md",
    ]


def test_ids_come_from_paths_and_index_pages_take_their_folder():
    assert topic_id_for("guide/Getting Started.md") == "guide-getting-started"
    assert topic_id_for("guide/index.md") == "guide"
    assert topic_id_for("guide/README.md") == "guide"
    assert topic_id_for("index.md") == "index"
    assert topic_id_for("Нұрлы жол.md") == "nurly-zhol"
    assert topic_id_for("???.md") == "page"


@given(st.text(min_size=1, max_size=40))
def test_every_id_is_a_valid_topic_id(name):
    assert TOPIC_ID.fullmatch(topic_id_for(name + ".md"))


def test_repeated_ids_are_numbered():
    taken: set[str] = set()
    assert [unique_id("a", taken) for _ in range(3)] == ["a", "a-2", "a-3"]


def test_titles_from_names_as_mkdocs_makes_them():
    assert title_from_name("getting-started.md") == "Getting started"
    assert title_from_name("My Note.md") == "My Note"
    assert title_from_name("api_reference") == "Api reference"
