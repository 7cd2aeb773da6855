"""The "At a glance" page: the whole pack on one screen, as the reader's HTML.

Go → At a Glance shows it, and it is the first page of a pack when no topic
was opened before.  It holds, from the pack alone:

* the title and subtitle, the edition, the facts-as-of date, the marking and
  the audience;
* the first key fact of each top-level topic (the second too when both are
  short), linked to the topic;
* the latest five timeline events, newest first, each linked to its first topic;
* a link to the pack's "Headline figures" section (a heading of that name in
  any topic), not a copy of it: figures need their year, source and caveats,
  which the section keeps;
* where to start: the first topics in reading order.

The HTML keeps to ``QTextDocument``'s subset and the reader's stylesheet
classes (:mod:`briefing_app.core.render.stylesheet`), so it takes the theme's
colours like a topic page.  Glossary terms are not linked: the page is an
index to the pack, and it must stay cheap to render.  It is rendered once and
kept with the rendered topic pages (page key :data:`GLANCE_KEY`), which is how
the prepared bundled pack ships it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from briefing_app.core.pack.model import Pack, TimelineEvent, Topic
from briefing_app.core.render.markdown import escape as _esc
from briefing_app.core.render.markdown import markdown_to_html, slugify
from briefing_app.core.views import GLANCE_KEY
from briefing_app.core.views.timeline import chronological, format_date, format_when

#: Timeline events listed, newest first.
LATEST_EVENTS = 5
#: Topics offered under "Where to start", in reading order.
START_TOPICS = 3
#: Top-level topics whose key facts are listed: the page is one screen.  A pack with more
#: says how many more there are (the Contents list them).
FACT_TOPICS = 12
#: Topics searched, in reading order, for a "Headline figures" heading: a big pack's page
#: must not read every topic (5,000 topics: 0.2 s and every body in memory).
FIGURES_SEARCHED = 100
#: A second key fact is added when the two together are at most this long (characters).
SHORT_FACTS = 170

__all__ = ["GLANCE_KEY", "GlanceWords", "headline_figures", "render_glance"]


@dataclass(frozen=True)
class GlanceWords:
    """The page's own words, English by default; the interface gives them in its language
    (:func:`briefing_app.ui.views.words.glance_words`).  The pack's text stays as written.

    Attributes:
        key_facts, latest_events, headline_figures, where_to_start: the headings.
        figures_intro: the line before the link to the pack's "Headline figures".
        no_timeline: said where the latest events would be, in a pack without a timeline.
        all_events: the number of events -> the line that points to the timeline.
        more_topics: how many top-level topics are not listed -> the line that says so.
        edition, facts_as_of, audience: the pack's version, facts-as-of date (a pack date,
            YYYY[-MM[-DD]]) and audience -> the line that says it.
        when: an event -> when it happened, in words.
    """

    key_facts: str = "Key facts"
    latest_events: str = "Latest events"
    headline_figures: str = "Headline figures"
    figures_intro: str = "Trade, investment, debt and transit figures with their year and source:"
    where_to_start: str = "Where to start"
    no_timeline: str = (
        "No timeline in this pack. Add timeline.yaml to the pack folder (see the format guide) "
        "and its latest events show here."
    )
    all_events: Callable[[int], str] = lambda count: f"All {count} events: Go › Timeline (Ctrl+T)"
    more_topics: Callable[[int], str] = lambda count: (
        f"… and {count} more top-level topic{'s' * (count != 1)} in Contents"
    )
    edition: Callable[[str], str] = lambda version: f"Edition {version}"
    facts_as_of: Callable[[str], str] = lambda date: f"facts as of {format_date(date)}"
    audience: Callable[[str], str] = lambda audience: f"For {audience}"
    when: Callable[[TimelineEvent], str] = format_when


_HEADLINE = re.compile(r"^#{2,4}\s+(Headline figures\b.*?)\s*$", re.IGNORECASE | re.MULTILINE)
_EXPLICIT_ID = re.compile(r"\{\s*#([^\s}]+)[^}]*\}\s*$")


def _inline(source: str, topic: Topic) -> str:
    """Render one Markdown line without its ``<p>`` wrapper."""
    html = markdown_to_html(source, topic.path).strip()
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        return html[3:-4]
    return html


def headline_figures(pack: Pack) -> tuple[str, str] | None:
    """Return (topic id, anchor) of the first "Headline figures" heading among the first
    :data:`FIGURES_SEARCHED` topics in reading order, or None."""
    for topic_id in pack.topic_order()[:FIGURES_SEARCHED]:
        match = _HEADLINE.search(pack.topics[topic_id].body)
        if match:
            heading = match.group(1)
            explicit = _EXPLICIT_ID.search(heading)
            anchor = explicit.group(1) if explicit else slugify(heading)
            return topic_id, anchor
    return None


def _facts(pack: Pack, words: GlanceWords) -> str:
    rows = []
    for node in pack.tree[:FACT_TOPICS]:
        topic = pack.topics[node.topic_id]
        facts = topic.key_facts[:1]
        if len(topic.key_facts) > 1 and sum(map(len, topic.key_facts[:2])) <= SHORT_FACTS:
            facts = topic.key_facts[:2]
        text = " ".join(_inline(fact, topic) for fact in facts)
        if not text and topic.summary:
            text = _esc(topic.summary)
        rows.append(
            f'<p class="glance-fact"><a href="topic:{_esc(topic.id)}"><b>{_esc(topic.title)}</b></a>'
            + (f" — {text}" if text else "")
            + "</p>"
        )
    if len(pack.tree) > FACT_TOPICS:
        more = words.more_topics(len(pack.tree) - FACT_TOPICS)
        rows.append(f'<p class="glance-fact"><i>{_esc(more)}</i></p>')
    return "\n".join(rows)


def _events(pack: Pack, words: GlanceWords) -> str:
    if not pack.timeline:
        return f'<p class="glance-fact"><span class="muted">{_esc(words.no_timeline)}</span></p>'
    latest = list(reversed(chronological(pack.timeline)[-LATEST_EVENTS:]))
    rows = []
    for event in latest:
        title = _esc(event.title)
        topic_id = next((t for t in event.topics if t in pack.topics), "")
        if topic_id:
            title = f'<a href="topic:{_esc(topic_id)}">{title}</a>'
        when = _esc(words.when(event))
        rows.append(f'<p class="glance-fact"><span class="muted">{when}</span> {title}</p>')
    rows.append(f'<p class="glance-fact"><i>{_esc(words.all_events(len(pack.timeline)))}</i></p>')
    return "\n".join(rows)


def _heading(text: str) -> str:
    return f'<h2 class="glance">{_esc(text)}</h2>'


def _start(pack: Pack) -> str:
    rows = []
    for topic_id in pack.topic_order()[:START_TOPICS]:
        topic = pack.topics[topic_id]
        rows.append(f'<li><a href="topic:{_esc(topic_id)}">{_esc(topic.title)}</a></li>')
    return f'<ol class="glance-start">{"".join(rows)}</ol>'


def _meta(pack: Pack, words: GlanceWords) -> str:
    info = pack.info
    parts = []
    if info.version:
        parts.append(_esc(words.edition(info.version)))
    if info.facts_as_of:
        parts.append(_esc(words.facts_as_of(info.facts_as_of)))
    if info.classification:
        parts.append(f"<b>{_esc(info.classification)}</b>")
    lines = [" · ".join(parts)] if parts else []
    if info.audience:
        lines.append(_esc(words.audience(info.audience)))
    return f'<p class="glance-meta">{"<br>".join(lines)}</p>' if lines else ""


def render_glance(pack: Pack, words: GlanceWords | None = None) -> str:
    """Return the HTML of the glance page of ``pack`` (a fragment for ``QTextBrowser.setHtml``),
    its headings and labels in ``words`` (default: English)."""
    words = words or GlanceWords()
    title = pack.info.title or pack.root.name
    head = [f'<h1 class="title">{_esc(title)}</h1>']
    if pack.info.subtitle:
        head.append(f'<p class="summary">{_esc(pack.info.subtitle)}</p>')
    head.append(_meta(pack, words))
    figures = headline_figures(pack)
    right = [_heading(words.latest_events), _events(pack, words)]
    if figures is not None:
        topic_id, anchor = figures
        section = _HEADLINE.search(pack.topics[topic_id].body)
        name = _esc(pack.topics[topic_id].title)
        heading = _esc(_EXPLICIT_ID.sub("", section.group(1)).strip() if section else "")
        right += [
            _heading(words.headline_figures),
            f'<p class="glance-fact">{_esc(words.figures_intro)} '
            f'<a href="topic:{_esc(topic_id)}#{_esc(anchor)}">{name} › {heading}</a></p>',
        ]
    right += [_heading(words.where_to_start), _start(pack)]
    return (
        "\n".join(head)
        + '\n<table class="glance" width="100%" cellspacing="0" cellpadding="0"><tr>'
        + f'<td width="57%" valign="top">{_heading(words.key_facts)}\n'
        + _facts(pack, words)
        + '</td><td width="3%"></td><td width="40%" valign="top">\n'
        + "\n".join(right)
        + "</td></tr></table>"
    )
