"""Rehearsal cards: the talking points of the chosen topics, one a card, with the key facts."""

from __future__ import annotations

from briefing_app.core.pack.model import Pack
from briefing_app.core.views.rehearse import (
    card_html,
    default_topics,
    facts_html,
    rehearsal_cards,
)


def test_cards_follow_the_topics_and_their_points(bundled_pack: Pack):
    cards = rehearsal_cards(bundled_pack, ["khorgos", "icbc", "nope"])
    khorgos, icbc = bundled_pack.topics["khorgos"], bundled_pack.topics["icbc"]
    assert len(cards) == len(khorgos.talking_points) + len(icbc.talking_points)
    first = cards[0]
    assert (first.topic_id, first.number, first.count) == ("khorgos", 1, 3)
    assert first.point == khorgos.talking_points[0] and first.facts == tuple(khorgos.key_facts)
    assert "<strong>To Kazakh counterparts:</strong>" in card_html(first)
    assert facts_html(first).count("<li>") == len(khorgos.key_facts)


def test_the_default_choice_is_the_current_topic_and_its_children(bundled_pack: Pack):
    assert default_topics(bundled_pack, "khorgos") == [
        "khorgos",
        "khorgos-eastern-gate-sez",
        "icbc",
        "dry-port",
    ]
    assert default_topics(bundled_pack, None) == bundled_pack.topic_order()
    assert default_topics(bundled_pack, "nope") == bundled_pack.topic_order()


def test_a_topic_without_points_gives_one_card_of_its_facts(make_pack):
    from briefing_app.core import load_pack

    pack = load_pack(make_pack())
    pack.topics["beta"].key_facts = ["A fact."]
    cards = rehearsal_cards(pack, ["alpha", "beta"])
    assert [(c.topic_id, c.point, c.facts) for c in cards] == [
        ("alpha", "The first topic.", ()),
        ("beta", "", ("A fact.",)),
    ]
    assert rehearsal_cards(pack, []) == []
