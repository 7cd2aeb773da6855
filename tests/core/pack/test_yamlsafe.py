"""Strict YAML: refused values are refused where they stand, and the rest of the document stays."""

from __future__ import annotations

import pytest

from briefing_app.core.pack.yamlsafe import (
    LineDict,
    Refused,
    YamlError,
    parse_yaml,
    parse_yaml_salvaging,
)


def faults(text: str) -> list[tuple[int | None, str]]:
    return [(fault.line, fault.message) for fault in parse_yaml_salvaging(text).faults]


def test_a_tagged_value_is_refused_in_place_and_its_neighbours_kept():
    doc = parse_yaml_salvaging("a: one\nb: !!python/object/apply:os.system [x]\nc: three\n")
    assert doc.value["a"] == "one" and doc.value["c"] == "three"
    assert isinstance(doc.value["b"], Refused) and doc.value["b"].line == 2
    assert faults("b: !!python/object {x: 1}\n") == [
        (
            1,
            "unsupported YAML tag '!!python/object'; packs allow plain values, lists and mappings only",
        )
    ]


def test_a_local_tag_is_refused_too():
    assert faults("a: !thing x\n")[0][1].startswith("unsupported YAML tag '!thing'")


def test_a_duplicate_key_keeps_the_first_value():
    doc = parse_yaml_salvaging("title: One\ntitle: Two\nid: x\n")
    assert dict(doc.value) == {"title": "One", "id": "x"}
    assert faults("title: One\ntitle: Two\n") == [
        (2, "duplicate key 'title' (first on line 1); remove one of them (the first is used)")
    ]


def test_aliases_are_refused_at_their_own_line_in_lists_and_as_keys():
    text = "- &x term: Z\n- *x\n- term: A\n  aliases: [*x]\n"
    doc = parse_yaml_salvaging(text)
    assert [f.line for f in doc.faults] == [2, 4]
    assert isinstance(doc.value[1], Refused) and doc.value[2]["term"] == "A"
    assert doc.value.line_of(1) == 2
    key_alias = parse_yaml_salvaging("a: &k key\n*k : value\n")
    assert [f.line for f in key_alias.faults] == [2] and dict(key_alias.value) == {"a": "key"}


def test_a_non_text_key_is_left_out_with_its_value():
    doc = parse_yaml_salvaging("? [a, b]\n: value\nc: d\n")
    assert dict(doc.value) == {"c": "d"}
    assert faults("? [a, b]\n: value\n")[0][1].startswith("a mapping key must be plain text")


def test_faults_inside_left_out_values_are_still_found():
    assert [f[0] for f in faults("a: 1\na: !!python/object x\n")] == [2, 2]


def test_a_whole_document_tag_gives_a_refused_value():
    doc = parse_yaml_salvaging("!!python/object:os.system {a: 1}\n")
    assert isinstance(doc.value, Refused) and len(doc.faults) == 1


def test_line_offset_applies_to_faults():
    doc = parse_yaml_salvaging("title: T\nx: !!set {a}\n", line_offset=1)
    assert doc.faults[0].line == 3
    assert isinstance(doc.value, LineDict) and doc.value.line_of("x") == 3


def test_syntax_errors_still_refuse_the_whole_text():
    with pytest.raises(YamlError) as caught:
        parse_yaml_salvaging("a: [unclosed\nb: c\n")
    assert caught.value.line == 1


def test_parse_yaml_still_refuses_a_document_on_its_first_fault():
    with pytest.raises(YamlError) as caught:
        parse_yaml("a: &x ok\nb: *x\nc: !!python/none x\n")
    assert caught.value.line == 2 and "aliases" in caught.value.message
    assert parse_yaml("a: 1.10\nb: no\n") == {"a": "1.10", "b": "no"}


def test_an_alias_bomb_costs_work_bounded_by_the_text():
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{n}: &{n} [{', '.join([f'*{p}'] * 9)}]\n"
        for p, n in zip("abcdefgh", "bcdefghi", strict=True)
    )
    doc = parse_yaml_salvaging(bomb)
    assert len(doc.faults) == 8 * 9
    assert doc.value["a"] == ["x"] * 9
