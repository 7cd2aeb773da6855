"""The "At a glance" page: metadata, key facts, latest events, figures and where to start."""

from __future__ import annotations

import re

from briefing_app.core import load_pack
from briefing_app.core.pack.model import Pack
from briefing_app.core.views.glance import headline_figures, render_glance


def test_the_glance_page_of_the_bundled_pack(bundled_pack: Pack):
    html = render_glance(bundled_pack)
    assert "Kazakhstan and the Belt and Road Initiative" in html
    assert "Edition 2.0" in html and "facts as of 30 June 2025" in html
    assert "UNCLASSIFIED — FOR BRIEFING USE" in html
    assert "For Western (EU and UK) diplomats" in html
    for node in bundled_pack.tree:  # every top-level topic, linked, with its first key fact
        assert f'href="topic:{node.topic_id}"' in html
    assert "Xi Jinping set out the Silk Road Economic Belt" in html
    latest = ["June 2025", "4 July 2024", "January 2024", "10 November 2023"]
    positions = [html.index(when) for when in latest]
    assert positions == sorted(positions)  # newest first
    assert html.count('<span class="muted">') == 5
    assert 'href="topic:economy#headline-figures"' in html
    assert headline_figures(bundled_pack) == ("economy", "headline-figures")
    start = re.search(r'<ol class="glance-start">(.*?)</ol>', html)
    assert start and start.group(1).count("<li>") == 3 and "topic:overview" in start.group(1)
    assert "<script" not in html


def test_a_pack_without_a_timeline_says_how_to_add_one(make_pack):
    pack = load_pack(make_pack())
    html = render_glance(pack)
    assert "No timeline in this pack" in html and "timeline.yaml" in html
    assert "Headline figures" not in html
    assert 'href="topic:alpha"' in html


def test_a_pack_with_many_top_level_topics_keeps_the_page_to_one_screen(bundled_pack: Pack):
    """Key facts of the first FACT_TOPICS top-level topics, then how many more there are;
    the headline figures are looked for among the first FIGURES_SEARCHED topics only."""
    from dataclasses import replace

    from briefing_app.core.views.glance import FACT_TOPICS, render_glance

    many = replace(bundled_pack, tree=bundled_pack.tree * 4)
    html = render_glance(many)
    assert html.count('class="glance-fact"><a href="topic:') == FACT_TOPICS
    assert f"… and {len(many.tree) - FACT_TOPICS} more top-level topics in Contents" in html
    assert "more top-level" not in render_glance(bundled_pack)  # 7 topics: all listed
