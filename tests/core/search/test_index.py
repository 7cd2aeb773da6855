"""Search over the real bundled pack: any script, typos, hostile input, snippets, the cache, the CLI."""

from __future__ import annotations

import json
import shutil
import sqlite3
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_app.cli import main
from briefing_app.core import Pack, SearchIndex, Term, Topic, load_pack
from briefing_app.core.search.index import SearchResult
from tests.core.search.test_query import HOSTILE


@pytest.fixture(scope="module")
def index(bundled_pack: Pack) -> SearchIndex:
    return SearchIndex.build(bundled_pack)


def found(result: SearchResult, kind: str = "topic") -> list[str]:
    return [hit.id for hit in result.hits if hit.kind == kind]


@pytest.mark.parametrize(
    "query", ["Khorgos", "Khorgas", "Horgos", "Хоргос", "Қорғас", "霍尔果斯", "khor"]
)
def test_every_name_of_khorgos_finds_the_khorgos_topic(index, query):
    result = index.search(query)
    assert "khorgos" in found(result), [(h.kind, h.id) for h in result.hits]
    assert "khorgos" in found(result, "term")


def test_the_topic_comes_first_for_its_name(index):
    assert index.search("Khorgos").hits[0].id == "khorgos"


@pytest.mark.parametrize("query", ["Astana", "Nur-Sultan", "Астана", "阿斯塔纳"])
def test_astana_by_any_name(index, query):
    result = index.search(query)
    assert "astana" in found(result, "term")
    assert "kazakhstan-profile" in found(result)


@pytest.mark.parametrize("query", ["Nurly Zhol", "Нұрлы жол", "Нурлы жол", "nurly zh"])
def test_nurly_zhol_latin_kazakh_and_russian(index, query):
    result = index.search(query)
    assert "nurly-zhol" in found(result, "term")
    assert "shared-vision" in found(result)


def test_quoted_phrase_and_several_words(index):
    phrase = index.search('"dry port"')
    assert "dry-port" in found(phrase)
    assert all("dry port" in hit.snippet_text.lower() for hit in phrase.hits if hit.kind == "topic")
    both = index.search("railway gauge")
    assert both.hits and all(
        {"railway", "gauge"} <= set(hit.snippet_text.lower().replace(",", " ").split())
        or hit.kind == "term"
        for hit in both.hits[:1]
    )


def test_a_term_match_beats_a_body_match(index):
    hits = index.search("Altynkol").hits
    assert hits[0].kind == "term" and hits[0].id == "altynkol"


def test_typo_falls_back_to_the_closest_word(index):
    result = index.search("khrogos")
    assert result.did_you_mean == "khorgos"
    assert "khorgos" in found(result)
    assert index.search("Хоргас").did_you_mean is None, "the transliteration is an alias"
    cyrillic = index.search("Хогрос")
    assert cyrillic.did_you_mean == "хоргос" and cyrillic.hits
    assert index.search("Khorgos").did_you_mean is None


def test_nothing_close_gives_no_hits_and_no_suggestion(index):
    result = index.search("qxzvbtw")
    assert result.hits == [] and result.did_you_mean is None


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_never_raise(index, query):
    result = index.search(query)
    assert isinstance(result, SearchResult)
    assert all(hit.kind in ("topic", "term") for hit in result.hits)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_any_text_is_a_valid_query(index, text):
    result = index.search(text, limit=5)
    assert len(result.hits) <= 5
    index.find_spans(text, "Khorgos, Хоргос and 霍尔果斯 are one place.")


def test_empty_query(index):
    assert index.search("") == SearchResult("")
    assert index.search("  ").hits == []


def test_hits_carry_kind_title_score_and_a_marked_snippet(index):
    hits = index.search("dry port").hits
    assert hits and all(hit.score > 0 for hit in hits)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    topic = next(hit for hit in hits if hit.id == "dry-port" and hit.kind == "topic")
    assert topic.title
    assert "<b>" in topic.snippet and "<" not in topic.snippet_text
    for start, end in topic.snippet_spans:
        assert topic.snippet_text[start:end].lower() in ("dry", "port", "dry port")


def test_snippet_marks_a_transliterated_match(index):
    hit = next(h for h in index.search("Khorgos").hits if h.id == "khorgos" and h.kind == "term")
    assert "<b>Хоргос</b>" in hit.snippet


def test_snippet_is_escaped_html():
    pack = Pack(
        root=Path("/nonexistent"),
        topics={
            "t": Topic(id="t", title="Signs", body="If 5 < 10 & AT&T > 3, the <i>cost</i> fell.")
        },
    )
    hit = SearchIndex.build(pack).search("cost").hits[0]
    assert hit.snippet == "If 5 &lt; 10 &amp; AT&amp;T &gt; 3, the <b>cost</b> fell."
    assert hit.snippet_text == "If 5 < 10 & AT&T > 3, the cost fell."


def test_find_spans_for_highlighting(index):
    text = "Хоргос, or Khorgos; also KHORGAS and 霍尔果斯."
    spans = index.find_spans("khorgos", text)
    assert [text[s:e] for s, e in spans] == ["Хоргос", "Khorgos"]
    assert [text[s:e] for s, e in index.find_spans("霍尔", text)] == ["霍尔"]
    assert [text[s:e] for s, e in index.find_spans("khor", text)] == [
        "Хоргос",
        "Khorgos",
        "KHORGAS",
    ]
    assert index.find_spans("", text) == []
    kazakh = "Нұрлы жол, Nurly Zhol and Нурлы жол"
    spans = index.find_spans('"nurly zhol"', kazakh)
    assert [kazakh[s:e] for s, e in spans] == ["Нұрлы жол", "Nurly Zhol", "Нурлы жол"]


def test_term_links_use_the_terms_topics_list():
    topic = Topic(id="port-topic", title="Ports", body="Nothing about the name here.")
    term = Term(
        id="lianyungang", term="Lianyungang", translations={"zh": "连云港"}, topics=["port-topic"]
    )
    index = SearchIndex.build(
        Pack(root=Path("/nonexistent"), topics={"port-topic": topic}, terms=[term])
    )
    assert found(index.search("连云港")) == ["port-topic"]


def test_built_in_one_thread_used_in_another(bundled_pack, tmp_path):
    built: list[SearchIndex] = []
    worker = threading.Thread(target=lambda: built.append(SearchIndex.open(bundled_pack, tmp_path)))
    worker.start()
    worker.join()
    assert "khorgos" in found(built[0].search("Khorgos"))


# --- the cache --------------------------------------------------------------


def test_second_open_uses_the_cache(bundled_pack, tmp_path):
    calls: list[tuple[int, int]] = []
    first = SearchIndex.open(
        bundled_pack, cache_dir=tmp_path, progress=lambda d, t: calls.append((d, t))
    )
    assert not first.from_cache and first.path is not None and first.path.parent == tmp_path
    assert calls[-1][0] == calls[-1][1] and len(calls) > 1
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    second_calls: list[tuple[int, int]] = []
    second = SearchIndex.open(
        bundled_pack, cache_dir=tmp_path, progress=lambda d, t: second_calls.append((d, t))
    )
    assert second.from_cache and second_calls == [(1, 1)]
    assert [h.id for h in second.search("Khorgos").hits] == [
        h.id for h in first.search("Khorgos").hits
    ]
    assert [p.name for p in tmp_path.iterdir()] == [first.path.name], "no temporary files left"


def test_cache_folder_from_the_environment(bundled_pack, tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "env-cache"))
    index = SearchIndex.open(bundled_pack)
    assert index.path is not None and index.path.parent == tmp_path / "env-cache"


def test_changed_content_rebuilds(tmp_path):
    root = tmp_path / "pack"
    shutil.copytree(load_pack().root, root)
    cache = tmp_path / "cache"
    assert not SearchIndex.open(load_pack(root), cache).from_cache
    assert SearchIndex.open(load_pack(root), cache).from_cache
    topic = root / "topics" / "dry-port.md"
    topic.write_text(topic.read_text("utf-8") + "\nA zanzibarian aside.\n", "utf-8")
    index = SearchIndex.open(load_pack(root), cache)
    assert not index.from_cache
    assert found(index.search("zanzibarian")) == ["dry-port"]


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty", "schema", "key"])
def test_damaged_or_stale_cache_is_rebuilt(bundled_pack, tmp_path, damage):
    path = SearchIndex.open(bundled_pack, tmp_path).path
    assert path is not None
    if damage == "garbage":
        path.write_bytes(b"this is not a database" * 100)
    elif damage == "truncated":
        path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    elif damage == "empty":
        path.write_bytes(b"")
    else:
        with sqlite3.connect(path) as conn:
            if damage == "schema":
                conn.execute("PRAGMA user_version = 999")
            else:
                conn.execute("UPDATE meta SET value = 'other' WHERE key = 'key'")
        conn.close()
    index = SearchIndex.open(bundled_pack, tmp_path)
    assert not index.from_cache
    assert "khorgos" in found(index.search("Khorgos"))
    assert SearchIndex.open(bundled_pack, tmp_path).from_cache


def test_unwritable_cache_folder_falls_back_to_memory(bundled_pack, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    index = SearchIndex.open(bundled_pack, blocker / "cache")
    assert not index.from_cache and index.search("Khorgos").hits


def test_cache_that_cannot_be_replaced_is_kept_in_memory(bundled_pack, tmp_path, monkeypatch):
    def refuse(*args):
        raise PermissionError("file in use")

    monkeypatch.setattr("briefing_app.core.search.db.os.replace", refuse)
    index = SearchIndex.open(bundled_pack, tmp_path)
    assert not index.from_cache and "khorgos" in found(index.search("Khorgos"))
    assert list(tmp_path.iterdir()) == [], "the temporary file is removed"


def test_a_closed_index_answers_empty(bundled_pack):
    index = SearchIndex.build(bundled_pack)
    index.close()
    assert index.search("Khorgos").hits == []


# --- the command line -------------------------------------------------------


def test_cli_prints_ranked_hits(capsys):
    assert main(["search", "Қорғас", "--limit", "30"]) == 0
    out = capsys.readouterr().out
    assert "[topic khorgos]" in out and "[term khorgos]" in out
    assert out.index("[term khorgos]") < out.index("[topic khorgos]")


def test_cli_json_shape(capsys):
    assert main(["search", "khrogos", "--json", "--limit", "3"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert set(report) == {"query", "did_you_mean", "hits"}
    assert report["query"] == "khrogos" and report["did_you_mean"] == "khorgos"
    assert 0 < len(report["hits"]) <= 3
    for hit in report["hits"]:
        assert set(hit) == {"id", "kind", "title", "snippet", "score"}
        assert hit["kind"] in ("topic", "term") and "<b>" not in hit["snippet"]


def test_cli_json_keeps_non_ascii_and_null(capsys):
    assert main(["search", "霍尔果斯", "--json"]) == 0
    out = capsys.readouterr().out
    assert "霍尔果斯" in out and '"did_you_mean": null' in out


def test_cli_content_option_either_side(capsys, tmp_path):
    root = load_pack().root
    assert main(["--content", str(root), "search", "Khorgos"]) == 0
    assert "[topic khorgos]" in capsys.readouterr().out
    assert main(["search", "Khorgos", "--content", str(root)]) == 0
    assert "[topic khorgos]" in capsys.readouterr().out


@pytest.mark.parametrize("query", ['"', "AND OR NOT", "*", "'; DROP TABLE docs; --", "🚂", ""])
def test_cli_exits_zero_whatever_the_query(capsys, query):
    assert main(["search", query]) == 0
    assert main(["search", query, "--json"]) == 0


def test_cli_missing_pack_exits_2(capsys, tmp_path):
    assert main(["search", "x", "--content", str(tmp_path / "nowhere")]) == 2
