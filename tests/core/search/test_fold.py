"""Text folding: case, accents, Kazakh letters, transliteration and CJK bigrams."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing_app.core.search.fold import (
    cjk_bigrams,
    fold,
    is_cjk,
    lower,
    prefold,
    shadow,
    to_ascii,
    variants_pattern,
)


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Khorgos", "khorgos"),
        ("KHORGOS", "khorgos"),
        ("Türkiye", "turkiye"),
        ("Ērtis", "ertis"),
        ("ҚОРҒАС", "коргас"),
        ("Қорғас", "коргас"),
        ("Нұрлы жол", "нурлы жол"),
        ("ӘҒҚҢӨҰҮҺІ", "агкноуухи"),
        ("Ёлка", "елка"),
        ("İstanbul", "istanbul"),
        ("ISTANBUL", "istanbul"),
        ("ıstanbul", "istanbul"),
        ("ΟΔΟΣ", "οδοσ"),
        ("ＡＢＣ", "abc"),
        ("霍尔果斯", "霍尔果斯"),
    ],
)
def test_fold(text, folded):
    assert fold(text) == folded


def test_fold_keeps_short_i_as_a_letter():
    assert fold("Йод") == "йод"
    assert fold("йод") != fold("иод")


@given(st.text())
def test_fold_and_lower_keep_the_length(text):
    assert len(fold(text)) == len(text)
    assert len(lower(text)) == len(text)
    assert len(prefold(text)) == len(text)


def test_prefold_rewrites_only_what_the_tokenizer_does_not_fold():
    assert prefold("Қорғас ёлка İzmir Ａ") == "Коргас елка Izmir A"
    assert prefold("Khorgos Türkiye") == "Khorgos Türkiye"


@pytest.mark.parametrize(
    ("word", "ascii"),
    [
        ("Хоргос", "khorgos"),
        ("Нұрлы", "nurly"),
        ("жол", "zhol"),
        ("Астана", "astana"),
        ("Khorgos", "khorgos"),
    ],
)
def test_to_ascii(word, ascii):
    assert to_ascii(word) == ascii


def test_cjk_bigrams_and_last_character():
    assert cjk_bigrams("霍尔果斯") == ["霍尔", "尔果", "果斯", "斯"]
    assert cjk_bigrams("港") == ["港"]
    assert is_cjk("霍尔果斯") and not is_cjk("Khorgos") and not is_cjk("")


def test_shadow_has_transliterations_and_bigrams_but_not_latin():
    tokens = shadow(prefold("Türkiye Хоргос—霍尔果斯 and Нұрлы жол")).split()
    assert tokens == ["khorgos", "霍尔", "尔果", "果斯", "斯", "nurly", "zhol"]
    assert shadow("Plain English text") == ""


def test_variants_pattern_matches_every_spelling_in_lower_case_text():
    pattern = re.compile(variants_pattern(fold("Turkiye")))
    assert pattern.fullmatch(lower("TÜRKİYE"))
    assert pattern.fullmatch("turkiye")
    kazakh = re.compile(variants_pattern(fold("коргас")))
    assert kazakh.fullmatch(lower("Қорғас")) and kazakh.fullmatch("коргас")
