"""Find in page: folded substring matching, transliteration both ways, any input."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from briefing_app.core.search.pagefind import MAX_MATCHES, find_all

TEXT = "Хоргос, or Khorgos; also KHORGAS, Қорғас and 霍尔果斯. São  Paulo\nport Ports."


def found(text: str, needle: str) -> list[str]:
    return [text[start:end] for start, end in find_all(text, needle)]


def test_case_insensitive_substrings_anywhere_in_a_word():
    assert found(TEXT, "KHOR") == ["Хоргос", "Khor", "KHOR"]
    assert found(TEXT, "port") == ["port", "Port"]
    assert found(TEXT, "orgo") == ["orgo"]


def test_accents_and_kazakh_letters_fold():
    assert found(TEXT, "sao paulo") == ["São  Paulo"], "any run of spaces matches"
    assert found(TEXT, "коргас") == ["Қорғас"], "Kazakh letters fold to the Russian ones"


def test_cyrillic_needle_finds_the_latin_spelling():
    assert found(TEXT, "Хоргос") == ["Хоргос", "Khorgos"]


def test_latin_needle_finds_cyrillic_words_by_transliteration():
    assert "Хоргос" in found(TEXT, "khorgos")
    assert "Қорғас" in found(TEXT, "korg")


def test_chinese_is_found_as_typed():
    assert found(TEXT, "尔果") == ["尔果"]


def test_spans_are_sorted_and_do_not_overlap():
    spans = find_all(TEXT, "o")
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


def test_blank_needles_and_texts_find_nothing():
    assert find_all(TEXT, "") == []
    assert find_all(TEXT, "   ") == []
    assert find_all("", "khorgos") == []


def test_the_number_of_matches_is_bounded():
    assert len(find_all("a" * (MAX_MATCHES + 50), "a")) == MAX_MATCHES
    assert len(find_all("ab " * 100, "ab", limit=7)) == 7


def test_regex_characters_are_plain_text():
    assert found("a (b) [c] .* d", "(b) [c] .*") == ["(b) [c] .*"]


@given(st.text(max_size=200), st.text(max_size=20))
def test_any_input_gives_valid_spans(text, needle):
    spans = find_all(text, needle)
    assert all(0 <= start < end <= len(text) for start, end in spans)
    assert spans == sorted(spans)
