"""Query parsing: words, phrases, prefixes, CJK, and an FTS5 expression that is always valid."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_app.core.search.query import (
    MAX_CLAUSES,
    fts_expression,
    near_expression,
    parse,
    phrase,
)

HOSTILE = [
    "",
    "   ",
    '"',
    '"""',
    '"unbalanced',
    "AND",
    "OR NOT",
    "a AND b OR NOT c",
    "NEAR(a b, 3)",
    "khor*",
    "*",
    "^khorgos",
    "-khorgos",
    "title:khorgos",
    "{title}: x",
    "(a OR b",
    ")",
    "'; DROP TABLE docs; --",
    "1=1 OR 'a'='a'",
    "🚂🚃🚃",
    "مرحبا بالعالم",
    "שלום עולם",
    "\u202eevil\u202c",
    "\x00\x01\x02",
    "a" * 10_000,
    "word " * 2_000,
]


def test_last_word_is_a_prefix_unless_followed_by_a_space():
    query = parse("dry po")
    assert [(w.text, w.prefix) for w in query.words()] == [("dry", False), ("po", True)]
    assert not parse("dry port ").words()[-1].prefix


def test_quotes_make_a_phrase_and_an_unclosed_quote_runs_to_the_end():
    closed = parse('"dry port"')
    assert len(closed.clauses) == 1 and len(closed.clauses[0].words) == 2
    assert not closed.words()[-1].prefix
    assert parse('"dry po').words()[-1].prefix


def test_hyphenated_words_are_a_phrase():
    query = parse("Nur-Sultan")
    assert len(query.clauses) == 1
    assert [w.text for w in query.clauses[0].words] == ["nur", "sultan"]


def test_cjk_runs_are_clauses_of_their_own():
    query = parse("5G网络 Хоргос")
    kinds = [(c.words[0].text, c.words[0].cjk) for c in query.clauses]
    assert kinds == [("5g", False), ("网络", True), ("хоргос", False)]


def test_words_carry_their_transliteration():
    word = parse("Хоргос").words()[0]
    assert (word.text, word.key, word.ascii) == ("хоргос", "хоргос", "khorgos")
    assert parse("Khorgos").words()[0].ascii == ""


def test_operators_are_plain_quoted_words():
    assert fts_expression(parse("a AND b")) == '"a" AND "and" AND "b"*'
    assert fts_expression(parse("-x ^y :z (p)")) == '"x" AND "y" AND "z" AND "p"*'


def test_cjk_expression_is_a_phrase_of_bigrams_or_a_prefix():
    assert fts_expression(parse("霍尔果斯")) == '"霍尔 尔果 果斯"'
    assert fts_expression(parse("霍尔")) == '"霍尔"'
    assert fts_expression(parse("霍")) == '"霍"*'


def test_transliteration_is_an_alternative():
    assert fts_expression(parse("Хоргос")) == '("хоргос"* OR "khorgos"*)'


def test_column_filter_and_near():
    query = parse("dry port")
    assert fts_expression(query, ("title", "body")).startswith("{title body} : (")
    assert near_expression(query) == 'NEAR("dry" "port"*, 10)'
    assert near_expression(parse("dry")) == ""


def test_phrase_has_no_prefix():
    query = phrase('Belt and "Road"')
    assert len(query.clauses) == 1 and not query.words()[-1].prefix


def test_long_input_is_capped():
    assert len(parse("word " * 2_000).clauses) == 1  # duplicates fold into one clause
    many = " ".join(f"w{i}" for i in range(100))
    assert len(parse(many).clauses) == MAX_CLAUSES


@pytest.fixture(scope="module")
def fts() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute(
        "CREATE VIRTUAL TABLE t USING fts5(a, b, tokenize='unicode61 remove_diacritics 2')"
    )
    conn.execute("INSERT INTO t VALUES ('khorgos dry port', 'Хоргос 霍尔 尔果 果斯 斯')")
    return conn


def _run(conn: sqlite3.Connection, text: str) -> None:
    query = parse(text)
    expression = fts_expression(query)
    if expression:
        conn.execute("SELECT rowid FROM t WHERE t MATCH ?", (expression,)).fetchall()
        conn.execute(
            "SELECT rowid FROM t WHERE t MATCH ?", (fts_expression(query, ("a",)),)
        ).fetchall()
    near = near_expression(query)
    if near:
        conn.execute("SELECT rowid FROM t WHERE t MATCH ?", (near,)).fetchall()


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_input_gives_a_valid_expression(fts, text):
    _run(fts, text)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_gives_a_valid_expression(fts, text):
    _run(fts, text)
