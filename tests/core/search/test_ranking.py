"""Ranking on one scale: a word common in the text still finds the topics named after it first."""

from __future__ import annotations

from pathlib import Path

from briefing_app.core import SearchIndex, load_pack

TITLED = 100
#: Topics that only use the word, many times, in short bodies (BM25 favours them).
USING = 250
TERMS = 20


def write_pack(root: Path) -> Path:
    """Write a pack where "harbour" is in 100 titles and in the text of 250 more topics.

    Twenty glossary terms carry the word among their aliases and in their
    definitions, and each concerns topics that only use it: the shape in
    which the names-only query used to bury the title matches.
    """
    (root / "topics").mkdir(parents=True)
    ids = [f"titled-{n:03}" for n in range(TITLED)] + [f"using-{n:03}" for n in range(USING)]
    manifest = ["id: ranking", "title: Ranking pack", 'version: "1.0"', "topics:"]
    manifest += [f"  - id: {topic_id}" for topic_id in ids]
    (root / "briefing.yaml").write_text("\n".join(manifest) + "\n", "utf-8")
    filler = " ".join(f"word{n}" for n in range(200))
    for n in range(TITLED):
        (root / "topics" / f"titled-{n:03}.md").write_text(
            f"---\ntitle: Harbour number {n}\n---\n{filler} The harbour is busy.\n", "utf-8"
        )
    for n in range(USING):
        (root / "topics" / f"using-{n:03}.md").write_text(
            f"---\ntitle: Note {n}\n---\n" + "Harbour harbour harbour, a harbour town.\n" * 3,
            "utf-8",
        )
    glossary = []
    for n in range(TERMS):
        concerns = ", ".join(f"using-{(n * 7 + k) % USING:03}" for k in range(5))
        glossary += [
            f"- term: Quay {n}",
            f"  aliases: [Harbour quay {n}, Harbour berth {n}]",
            "  definition: A harbour wall; every harbour has one, the harbour master says.",
            f"  topics: [{concerns}]",
        ]
    (root / "glossary.yaml").write_text("\n".join(glossary) + "\n", "utf-8")
    return root


def test_a_common_word_ranks_every_title_match_first(tmp_path):
    pack = load_pack(write_pack(tmp_path / "pack"))
    assert not pack.has_errors, [p.format() for p in pack.problems]
    index = SearchIndex.build(pack)
    for query in ("harbour", "Harbour", "harb"):
        hits = index.search(query, limit=TITLED + 50).hits
        first = [hit.id for hit in hits[:TITLED]]
        assert sorted(first) == [f"titled-{n:03}" for n in range(TITLED)], (query, first[:10])
        assert len(hits) == TITLED + 50, "the other matches follow"
        scores = [hit.score for hit in hits]
        assert scores == sorted(scores, reverse=True), "higher scores first"


def test_with_a_small_limit_the_best_are_still_title_matches(tmp_path):
    index = SearchIndex.build(load_pack(write_pack(tmp_path / "pack")))
    hits = index.search("harbour").hits
    assert len(hits) == 20 and all(hit.id.startswith("titled-") for hit in hits)


def test_a_term_still_brings_the_topics_it_concerns(tmp_path):
    index = SearchIndex.build(load_pack(write_pack(tmp_path / "pack")))
    hits = index.search("berth 3").hits
    assert [hit.kind for hit in hits[:1]] == ["term"]
    assert {"using-021", "using-022"} <= {hit.id for hit in hits}
