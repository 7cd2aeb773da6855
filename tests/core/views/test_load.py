"""The loader reads timeline.yaml and places.yaml; the bundled pack's are complete and clean."""

from __future__ import annotations

from pathlib import Path

from briefing_app.core import load_pack
from briefing_app.core.pack.model import PLACE_KINDS, ROUTE_KINDS, Pack
from briefing_app.core.views.timeline import first_day, last_day


def test_the_bundled_timeline_and_places_load_without_a_problem(bundled_pack: Pack):
    views = [
        p.format() for p in bundled_pack.problems if p.file in ("timeline.yaml", "places.yaml")
    ]
    assert views == []
    assert len(bundled_pack.timeline) >= 40
    assert len(bundled_pack.places) >= 20 and len(bundled_pack.routes) >= 3


def test_every_event_place_and_route_names_real_topics(bundled_pack: Pack):
    named = [t for e in bundled_pack.timeline for t in e.topics]
    named += [t for p in bundled_pack.places for t in p.topics]
    named += [t for r in bundled_pack.routes for t in r.topics]
    assert named and all(topic_id in bundled_pack.topics for topic_id in named)
    assert all(event.topics for event in bundled_pack.timeline)


def test_the_bundled_timeline_runs_from_independence_to_the_facts_date(bundled_pack: Pack):
    facts = first_day(bundled_pack.info.facts_as_of)
    days = [first_day(e.date) for e in bundled_pack.timeline]
    assert min(days).isoformat() == "1991-12-16"
    assert all(last_day(e.end or e.date) <= facts for e in bundled_pack.timeline)


def test_the_bundled_dates_agree_with_the_topics(bundled_pack: Pack):
    """Spot checks against the topics' own key facts and the overview timeline."""
    by_title = {e.title: e for e in bundled_pack.timeline}
    expected = {
        "Xi Jinping launches the Silk Road Economic Belt in Astana": "2013-09-07",
        "Nazarbayev announces Nurly Zhol": "2014-11-11",
        "EAEU treaty signed in Astana": "2014-05-29",
        "The Eurasian Economic Union enters into force": "2015-01-01",
        "The SCO is founded in Shanghai": "2001-06-15",
        "Khorgos–Eastern Gate SEZ created by presidential decree": "2011-11-29",
        "Akmola is renamed Astana": "1998-05-06",
        "The capital is Astana again": "2022-09-17",
        "Mutual visa waiver with China in force": "2023-11-10",
    }
    for title, when in expected.items():
        assert by_title[title].date == when
    text = "\n".join(t.body + "\n".join(t.key_facts) for t in bundled_pack.topics.values())
    for fact in ("7 September", "29 November 2011", "29 May 2014", "15 June 2001", "1 July 2021"):
        assert fact in text


def test_the_bundled_places_are_where_they_should_be(bundled_pack: Pack):
    places = {p.id: p for p in bundled_pack.places}
    assert {p.kind for p in places.values()} <= set(PLACE_KINDS)
    assert {r.kind for r in bundled_pack.routes} <= set(ROUTE_KINDS)
    for place_id, lat, lon in [
        ("astana", 51.17, 71.45),
        ("almaty", 43.24, 76.89),
        ("khorgos", 44.2, 80.4),
        ("dostyk", 45.25, 82.48),
        ("aktau", 43.65, 51.17),
        ("urumqi", 43.83, 87.62),
        ("lianyungang", 34.6, 119.2),
        ("xian", 34.34, 108.94),
        ("duisburg", 51.43, 6.76),
    ]:
        assert abs(places[place_id].lat - lat) < 0.06 and abs(places[place_id].lon - lon) < 0.06
    assert all(len(p.names) >= 2 for p in places.values())


def test_a_pack_without_the_files_has_empty_views_and_no_problem(make_pack):
    pack = load_pack(make_pack())
    assert (pack.timeline, pack.places, pack.routes) == ([], [], [])
    assert pack.problems == []


def test_unknown_topic_ids_are_warnings_and_the_files_go_through_the_loaders_checks(
    make_pack, tmp_path: Path
):
    root = make_pack()
    (root / "timeline.yaml").write_text(
        '- date: "2013"\n  title: T\n  topics: [alpha, nope]\n', encoding="utf-8"
    )
    (root / "places.yaml").write_bytes(b"\xff\xfeplaces")
    pack = load_pack(root)
    found = [p.format() for p in pack.problems]
    assert (
        "timeline.yaml:1: warning: event 'T' names topic 'nope', which does not exist" in found[-1]
    )
    assert any(f.startswith("places.yaml:1: error: the file is UTF-16") for f in found)
