"""The bundled Kazakhstan–BRI pack, checked whole, as an author and a reader need it."""

from __future__ import annotations

import re

from briefing_app.core import Pack, render_topic
from briefing_app.core.pack.links import heading_anchors, markdown_links

ARTICLE_SECTIONS = [
    "Economic Integration and Diversification",
    "A Shared Vision: Kazakhstan and the BRI",
    "Balancing Act: Safeguarding Sovereignty and National Interests",
    "The Case of Khorgos: A Model for Cooperation",
    "A Broader Regional Impact",
    "Balancing Act in Investment",
    "Safeguarding Sovereignty",
    "Environmental and Social Responsibility",
]


def test_pack_loads_without_any_problem(bundled_pack: Pack):
    assert [p.format() for p in bundled_pack.problems] == []
    info = bundled_pack.info
    assert info.id == "kazakhstan-bri"
    assert info.title and info.version and info.updated
    assert info.audience.startswith("Western") and info.facts_as_of == "2025-06-30"


def test_tree_has_two_levels_and_every_topic(bundled_pack: Pack):
    assert len(bundled_pack.topics) >= 12
    assert any(node.children for node in bundled_pack.tree)
    in_tree = [node.topic_id for node in bundled_pack.nodes()]
    assert sorted(in_tree) == sorted(bundled_pack.topics)
    assert in_tree[0] == "overview"


def test_every_topic_is_a_full_briefing_note(bundled_pack: Pack):
    for topic in bundled_pack.topics.values():
        assert topic.summary, topic.id
        assert len(topic.key_facts) >= 3, topic.id
        assert len(topic.talking_points) >= 3, topic.id
        assert topic.related and all(r in bundled_pack.topics for r in topic.related), topic.id
        assert any("Source article" in s or "source article" in s for s in topic.sources), topic.id


def test_every_article_section_is_cited(bundled_pack: Pack):
    cited = " ".join(s for t in bundled_pack.topics.values() for s in t.sources)
    for section in ARTICLE_SECTIONS:
        assert section in cited, section


def test_every_internal_link_and_glossary_reference_resolves(bundled_pack: Pack):
    anchors = {tid: heading_anchors(t.body) for tid, t in bundled_pack.topics.items()}
    term_ids = {term.id for term in bundled_pack.terms}
    for topic in bundled_pack.topics.values():
        for _line, target, is_image in markdown_links(topic.body):
            if target.startswith("glossary:"):
                assert target[9:] in term_ids, (topic.id, target)
            elif target.endswith(".md") or ".md#" in target:
                other, _, anchor = target.partition("#")
                other_id = other[:-3]
                assert other_id in bundled_pack.topics, (topic.id, target)
                assert not anchor or anchor in anchors[other_id], (topic.id, target)
            elif is_image:
                assert (bundled_pack.root / "topics" / target).resolve().is_file(), (
                    topic.id,
                    target,
                )
    for term in bundled_pack.terms:
        assert all(t in bundled_pack.topics for t in term.topics), term.id


def test_glossary_has_the_names_of_the_field(bundled_pack: Pack):
    assert len(bundled_pack.terms) >= 30
    by_name = {name.casefold(): term for term in bundled_pack.terms for name in term.names()}
    for name in [
        "BRI",
        "Silk Road Economic Belt",
        "Nurly Zhol",
        "Khorgos",
        "dry port",
        "EAEU",
        "SCO",
        "Middle Corridor",
        "Astana",
        "Almaty",
        "SEZ",
    ]:
        assert name.casefold() in by_name, name
    khorgos = by_name["khorgos"]
    assert {"ru", "kk", "zh"} <= set(khorgos.translations)
    assert "Nur-Sultan".casefold() in by_name and by_name["nur-sultan"] is by_name["astana"]


def test_capital_is_astana_again(bundled_pack: Pack):
    astana = next(t for t in bundled_pack.terms if t.term == "Astana")
    assert "2022" in astana.definition
    for topic in bundled_pack.topics.values():
        text = " ".join([topic.body, *topic.key_facts, *topic.talking_points])
        if "Nur-Sultan" in text:
            assert re.search(r"Astana\W+again|back to \W*Astana|Astana.{0,40}since", text), topic.id


def test_every_topic_renders_with_its_parts(bundled_pack: Pack):
    for topic in bundled_pack.topics.values():
        page = render_topic(bundled_pack, topic)
        assert "Key facts" in page and "Talking points" in page and "Related topics" in page
        assert "<script" not in page
