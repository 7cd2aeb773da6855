"""Rehearsal cards: a topic's talking points one at a time, its key facts behind each.

Go → Rehearse steps through cards made here.  Each talking point of each
chosen topic is one card, in the topics' order; the topic's key facts go
with every one of its cards, to be revealed when the speaker wants them.  A
topic without talking points gives one card of its key facts (its summary
as the prompt), so that choosing a group topic never gives nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from briefing_app.core.pack.model import Pack
from briefing_app.core.render.markdown import markdown_to_html


@dataclass(frozen=True)
class Card:
    """One step of a rehearsal.

    Attributes:
        topic_id, topic_title: the topic the point belongs to.
        point: the talking point (Markdown); the summary for a topic without points.
        facts: the topic's key facts (Markdown), shown on request.
        number, count: the point's place among its topic's points (1-based) and their number.
    """

    topic_id: str
    topic_title: str
    point: str
    facts: tuple[str, ...] = field(default_factory=tuple)
    number: int = 1
    count: int = 1


def default_topics(pack: Pack, current: str | None) -> list[str]:
    """Return the topics a rehearsal offers first: ``current`` and the topics under it in the
    tree, in reading order; every topic in reading order when there is no current topic."""
    node = pack.node_for(current) if current else None
    if node is None:
        return pack.topic_order()
    return [child.topic_id for child in node.walk() if child.topic_id in pack.topics]


def rehearsal_cards(pack: Pack, topic_ids: Sequence[str]) -> list[Card]:
    """Return the cards of ``topic_ids`` (unknown ids are skipped), in the order given."""
    cards: list[Card] = []
    for topic_id in topic_ids:
        topic = pack.topics.get(topic_id)
        if topic is None:
            continue
        facts = tuple(topic.key_facts)
        points = topic.talking_points
        if not points:
            if facts or topic.summary:
                cards.append(Card(topic.id, topic.title, topic.summary, facts))
            continue
        for number, point in enumerate(points, 1):
            cards.append(Card(topic.id, topic.title, point, facts, number, len(points)))
    return cards


def card_html(card: Card) -> str:
    """Return the talking point of ``card`` as HTML (the reader's sanitised subset)."""
    return markdown_to_html(card.point) if card.point else ""


def facts_html(card: Card) -> str:
    """Return the key facts of ``card`` as an HTML list ("" when the topic has none)."""
    if not card.facts:
        return ""
    items = "".join(f"<li>{_unwrap(markdown_to_html(fact))}</li>" for fact in card.facts)
    return f"<ul>{items}</ul>"


def _unwrap(html: str) -> str:
    html = html.strip()
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        return html[3:-4]
    return html
