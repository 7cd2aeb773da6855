"""timeline.yaml: events and periods read entry by entry, dates checked against the calendar."""

from __future__ import annotations

import textwrap
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing_app.core.pack.model import Problem, TimelineEvent
from briefing_app.core.views.timeline import (
    chronological,
    first_day,
    format_date,
    format_when,
    last_day,
    parse_timeline,
    year_position,
)


def parse(text: str) -> tuple[list, list[str]]:
    problems: list[Problem] = []
    events = parse_timeline(textwrap.dedent(text).lstrip(), problems)
    return events, [problem.format() for problem in problems]


def test_events_and_periods_are_read_with_their_lines():
    events, problems = parse(
        """
        - date: "2013-09-07"
          title: Speech in Astana
          text: At **Nazarbayev University**.
          topics: [overview, bri-at-a-glance]
        - date: 2019-03
          end: 2022-09
          title: Nur-Sultan
        - date: 2012
          title: ICBC opens
        """
    )
    assert problems == []
    assert [(e.date, e.end, e.line) for e in events] == [
        ("2013-09-07", "", 1),
        ("2019-03", "2022-09", 5),
        ("2012", "", 8),
    ]
    assert events[0].topics == ["overview", "bri-at-a-glance"]
    assert events[0].text == "At **Nazarbayev University**."


def test_a_bad_entry_costs_only_itself():
    events, problems = parse(
        """
        - date: 2015-02-30
          title: Not a day
        - title: No date
        - date: 2016
        - just text
        - date: Sept 2022
          title: Not a shape
        - date: 2017
          title: Kept
          colour: red
        """
    )
    assert [e.title for e in events] == ["Kept"]
    assert problems[0].startswith(
        "timeline.yaml:1: error: 'date' is 2015-02-30, which is not a calendar date "
        "(February 2015 has 28 days)"
    )
    assert problems[1].startswith("timeline.yaml:3: error: a timeline event needs a 'date'")
    assert problems[2].startswith("timeline.yaml:4: error: a timeline event needs a 'title'")
    assert problems[3].startswith("timeline.yaml:5: error: each timeline entry must be a mapping")
    assert (
        "'date' is 'Sept 2022', which is not written YYYY or YYYY-MM or YYYY-MM-DD" in problems[4]
    )
    assert problems[5].startswith("timeline.yaml:10: warning: unknown key 'colour'")


def test_an_end_before_the_date_is_dropped_and_the_event_kept():
    events, problems = parse(
        """
        - date: 2019-09
          end: 2019-08-31
          title: Backwards
        - date: 2019-09-11
          end: 2019
          title: Same year is fine
        """
    )
    assert [(e.title, e.end) for e in events] == [("Backwards", ""), ("Same year is fine", "2019")]
    assert problems == [
        "timeline.yaml:2: error: 'end' is 2019-08-31, before the 'date' 2019-09; write the "
        "period's last date — the end is left out"
    ]


@pytest.mark.parametrize(
    "text",
    ["", "not: a list", "- [unclosed", "- !!python/object:os.system {}\n- date: 2001\n  title: T"],
)
def test_a_file_that_is_not_a_list_of_events_gives_no_crash(text: str):
    events, problems = parse(text)
    assert all(e.title for e in events)
    assert text == "" or problems


@given(st.text(max_size=300))
def test_any_text_parses_without_an_exception(text: str):
    parse_timeline(text, [])


def test_dates_in_words_and_as_positions():
    assert format_date("2013-09-07") == "7 September 2013"
    assert format_date("2014-11") == "November 2014"
    assert format_date("2012") == "2012"
    assert first_day("2014") == date(2014, 1, 1) and last_day("2014") == date(2014, 12, 31)
    assert last_day("2024-02") == date(2024, 2, 29)
    assert 2013.68 < year_position("2013-09-07") < 2013.69
    assert year_position("2019") == 2019.0 and year_position("2019", end=True) == 2020.0
    with pytest.raises(ValueError):
        first_day("2015-13")


def test_chronological_order_and_periods_in_words(bundled_pack):
    events, _ = parse(
        """
        - {date: "2015", title: B}
        - {date: "2014-05-29", title: A}
        - {date: "2019-03-23", end: "2022-09-17", title: C}
        """
    )
    assert [e.title for e in chronological(events)] == ["A", "B", "C"]
    assert format_when(events[2]) == "23 March 2019 – 17 September 2022"
    forum = TimelineEvent("2023-10-17", "Forum", end="2023-10-18")
    assert format_when(forum) == "17–18 October 2023"
