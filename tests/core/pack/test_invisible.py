"""Text blank to the eye: which characters are invisible, and how ids are cleaned."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing_app.core.pack.invisible import (
    describe_invisible,
    has_invisible,
    is_blank,
    is_invisible,
    strip_invisible,
)

INVISIBLE = [
    "\u200b",
    "\u200c",
    "\u200d",
    "\u2060",
    "\ufeff",
    "\u00ad",
    "\u200e",
    "\u3164",
    "\ufe0f",
]


@pytest.mark.parametrize("char", INVISIBLE)
def test_format_characters_and_fillers_are_invisible(char: str):
    assert is_invisible(char) and is_blank(char * 3) and is_blank(f" {char}\u00a0")


@pytest.mark.parametrize("text", ["a", "Хоргос", "霍尔果斯", "می\u200cخواهم", "\u2800x", "-"])
def test_text_with_anything_visible_is_not_blank(text: str):
    assert not is_blank(text)


def test_whitespace_is_blank_but_not_invisible():
    assert is_blank(" \u00a0\u3000\t") and not has_invisible(" \u00a0\u3000\t")


def test_ids_lose_invisible_characters_and_surrounding_space():
    assert strip_invisible(" beta\u200b ") == "beta"
    assert strip_invisible("\ufeffsez\u00ad") == "sez"
    assert strip_invisible("\u200b\u2060") == ""
    assert strip_invisible("plain-id") == "plain-id"


def test_characters_are_named_for_the_author():
    assert (
        describe_invisible("\u200bx\u200b\u00ad") == "U+200B ZERO WIDTH SPACE, U+00AD SOFT HYPHEN"
    )
    assert describe_invisible("\u200b\u200c\u200d\u2060").endswith(", ...")
    assert describe_invisible("  ") == "whitespace only"


@given(st.text(max_size=40))
def test_cleaning_an_id_is_idempotent_and_leaves_nothing_invisible(text: str):
    clean = strip_invisible(text)
    assert strip_invisible(clean) == clean
    assert not has_invisible(clean)
    assert (clean == "") == is_blank(text)


@given(st.text(alphabet=st.characters(categories=["Cf", "Zs"]), max_size=10))
def test_format_characters_and_spaces_alone_are_always_blank(text: str):
    assert is_blank(text)
    assert all(unicodedata.category(c) in ("Cf", "Zs") for c in text)
