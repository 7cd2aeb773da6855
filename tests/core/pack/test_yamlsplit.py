"""Cutting a YAML list into its top-level entries."""

from __future__ import annotations

from briefing_app.core.pack.yamlsplit import split_entries


def test_entries_are_cut_before_each_top_level_dash():
    text = "# comment\n- term: A\n  aliases:\n  - a\n- term: B\n"
    assert split_entries(text) == [
        (1, "# comment\n- term: A\n  aliases:\n  - a\n"),
        (5, "- term: B\n"),
    ]


def test_the_indent_of_the_first_entry_is_the_top_level():
    text = "  - term: A\n    aliases:\n    - x\n  - term: B\n"
    assert [first for first, _ in split_entries(text)] == [1, 4]


def test_text_without_entries_is_one_piece():
    assert split_entries("term: A\n") == [(1, "term: A\n")]


def test_the_pieces_make_the_whole():
    text = "- a\n-\n  - b\n- c"
    assert "".join(piece for _, piece in split_entries(text)) == text
