"""Suggestions for a search that found nothing: the pack's closest names."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing_app.core import Pack
from briefing_app.core.search.suggest import NameIndex


@pytest.fixture(scope="module")
def names(bundled_pack: Pack) -> NameIndex:
    return NameIndex(bundled_pack)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("khorgos qxzvbtw", "Khorgos"),
        ("astna", "Astana"),
        ("dry prot", "dry port"),
        ("霍尔果", "霍尔果斯"),
        ("nurly jol", "Nurly Zhol"),
    ],
)
def test_a_near_miss_suggests_the_name(names, query, expected):
    assert expected in names.closest(query)


def test_nothing_alike_suggests_nothing(names):
    assert names.closest("qxzvbtw") == []
    assert names.closest("") == []
    assert names.closest("  ") == []


def test_at_most_limit_distinct_names(names):
    found = names.closest("khorgos", limit=2)
    assert len(found) == 2 and len(set(found)) == 2
    assert names.closest("khorgos", limit=0) == []


def test_names_are_given_as_the_pack_spells_them(names):
    assert names.closest("KHORGOS")[0] == "Khorgos"


@given(st.text(max_size=60))
def test_any_query_gives_a_short_list(names, query):
    assert len(names.closest(query)) <= 3
