"""The parsers keep every valid part next to a bad one: entries, tree nodes, front-matter fields."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_app.core.pack.model import Problem
from briefing_app.core.pack.parse import parse_glossary, parse_manifest, parse_topic

#: One bad glossary entry each, as YAML lines (without the leading "- ").
BAD_ENTRIES = [
    "term: [A, B]\n  definition: headword as a list",
    'term: "\\u200b"\n  definition: headword blank to the eye',
    "term: !!python/object/apply:os.system [x]",
    "!!python/object {term: X}",
    "definition: no headword at all",
    "just text, not a mapping",
    "term: Dup\n  definition: one\n  definition: two",
    "term: Tagged\n  definition: !!python/object/apply:os.system [x]",
    "term: Alias\n  aliases: *anchor",
    "term: Deep\n  topics: " + "[" * 120 + "]" * 120,
]
#: The same entries' headwords when they are kept (a bad field costs only that field).
KEPT_FROM_BAD = {6: "Dup", 7: "Tagged", 8: "Alias", 9: "Deep"}

NAMES = st.lists(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=8),
    min_size=1,
    max_size=8,
    unique=True,
)


def glossary(names: list[str], bad: int, position: int) -> str:
    entries = [f"term: {name}\n  definition: The {name}." for name in names]
    entries.insert(position, BAD_ENTRIES[bad])
    return "- term: anchored\n  aliases: &anchor [x]\n" + "".join(f"- {e}\n" for e in entries)


@settings(max_examples=150, deadline=None)
@given(NAMES, st.integers(0, len(BAD_ENTRIES) - 1), st.data())
def test_one_bad_glossary_entry_never_costs_another(names: list[str], bad: int, data):
    position = data.draw(st.integers(0, len(names)))
    problems: list[Problem] = []
    terms = parse_glossary(glossary(names, bad, position), problems)
    expected = ["anchored", *names]
    if bad in KEPT_FROM_BAD:
        expected.insert(position + 1, KEPT_FROM_BAD[bad])
    assert [term.term for term in terms] == expected
    assert all(term.definition == f"The {term.term}." for term in terms if term.term in names)
    assert [p for p in problems if p.severity == "error"], "the bad entry is named"
    bad_line = 3 + 2 * position
    assert any(p.line is not None and p.line >= bad_line for p in problems)


def test_a_dropped_entry_is_named_by_line():
    problems: list[Problem] = []
    parse_glossary("- term: A\n- term: [x]\n- term: B\n", problems)
    assert [p.format() for p in problems] == [
        "glossary.yaml:2: error: 'term' must be text, not a list; the glossary entry is left out"
    ]


def test_a_duplicate_term_id_names_the_term_left_out():
    problems: list[Problem] = []
    terms = parse_glossary("- term: SEZ\n- term: Sez\n", problems)
    assert [t.term for t in terms] == ["SEZ"]
    assert problems[0].message.endswith("— term 'Sez' on this line is left out")


def test_translations_keep_their_good_names():
    problems: list[Problem] = []
    (term,) = parse_glossary(
        "- term: K\n  translations: {ru: Хоргос, kk: [a], zh: 霍尔果斯}\n", problems
    )
    assert term.translations == {"ru": "Хоргос", "zh": "霍尔果斯"}
    assert problems[0].message.startswith("the 'kk' of the 'translations' of term 'K' must be text")


FIELDS = {
    "summary": ("One line.", "One line."),
    "tags": ("[a, b]", ["a", "b"]),
    "key_facts": ("[fact]", ["fact"]),
    "talking_points": ("[point]", ["point"]),
    "related": ("[other]", ["other"]),
    "sources": ("[src]", ["src"]),
}
BAD_VALUES = ["!!python/object {x: 1}", "{a: b}"]


@settings(max_examples=100, deadline=None)
@given(st.sets(st.sampled_from(sorted(FIELDS)), min_size=1), st.sampled_from(BAD_VALUES))
def test_bad_front_matter_fields_cost_only_themselves(bad: set[str], value: str):
    lines = ["title: T"]
    for key, (written, _) in FIELDS.items():
        lines.append(f"{key}: {value if key in bad else written}")
    problems: list[Problem] = []
    topic = parse_topic("t", "topics/t.md", "---\n" + "\n".join(lines) + "\n---\nBody\n", problems)
    assert topic.title == "T" and topic.body == "Body\n"
    for key, (_, parsed) in FIELDS.items():
        if key not in bad:
            assert getattr(topic, key) == parsed, key
    assert len([p for p in problems if p.severity == "error"]) == len(bad)


def test_manifest_fields_survive_a_bad_neighbour():
    text = (
        "id: x\ntitle: !!python/object {a: 1}\nsubtitle: S\nupdated: 2024-02-30\n"
        "source: {title: Src, publisher: [a]}\ntopics:\n  - a\n  - [b]\n  - c\n"
    )
    problems: list[Problem] = []
    info, tree = parse_manifest(text, problems)
    assert (info.id, info.title, info.subtitle, info.updated) == ("x", "", "S", "")
    assert info.source == {"title": "Src"}
    assert [spec.topic_id for spec in tree] == ["a", "c"]
    assert [p.line for p in problems] == [2, 4, 5, 8]
    assert "briefing.yaml needs a 'title'" not in [p.message for p in problems]


def test_a_term_whose_name_gives_no_id_is_named_and_left_out():
    problems: list[Problem] = []
    terms = parse_glossary("- term: '!!!'\n- term: '&&&'\n  id: amp\n", problems)
    assert [t.id for t in terms] == ["amp"]
    assert problems[0].format().startswith("glossary.yaml:1: error: term '!!!' gives no id")


def test_a_title_written_over_several_lines_is_shown_on_one():
    problems: list[Problem] = []
    topic = parse_topic(
        "multi", "topics/multi.md", "---\ntitle: |\n  Multi\n  line  title\n---\nBody\n", problems
    )
    assert topic.title == "Multi line title" and problems == []
    info, _tree = parse_manifest(
        "id: x\ntitle: >-\n  Kazakhstan\n  and the BRI\ntopics: []\n", problems
    )
    assert info.title == "Kazakhstan and the BRI"


def test_a_manifest_without_an_id_says_so_in_english():
    problems: list[Problem] = []
    parse_manifest("title: T\ntopics: []\n", problems)
    assert "briefing.yaml needs an 'id'" in [problem.message for problem in problems]
