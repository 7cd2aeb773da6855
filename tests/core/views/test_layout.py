"""Timeline layout: dates to x, lanes that keep labels apart, and the SVG drawn from it."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from hypothesis import given
from hypothesis import strategies as st

from briefing_app.core.pack.model import Pack, TimelineEvent
from briefing_app.core.views.layout import GAP, lay_out, scale_to_fit
from briefing_app.core.views.svg import timeline_svg


def overlaps(layout) -> list[tuple[str, str]]:
    found = []
    for a in layout.marks:
        for b in layout.marks:
            if a is not b and a.lane == b.lane and a.left < b.left and a.right + GAP > b.left:
                found.append((a.event.title, b.event.title))
    return found


def test_marks_follow_the_dates_and_never_collide(bundled_pack: Pack):
    for scale in (10.0, 40.0, 200.0):
        layout = lay_out(bundled_pack.timeline, scale)
        assert len(layout.marks) == len(bundled_pack.timeline)
        xs = [mark.x for mark in layout.marks]
        assert xs == sorted(xs)
        assert overlaps(layout) == []
    wide, narrow = lay_out(bundled_pack.timeline, 200.0), lay_out(bundled_pack.timeline, 10.0)
    assert wide.lanes < narrow.lanes  # zooming in frees rows


def test_periods_are_bars_and_late_labels_turn_left():
    events = [
        TimelineEvent("2019-03-23", "Nur-Sultan", end="2022-09-17"),
        TimelineEvent("2025-06", "A long title near the end of the axis"),
    ]
    layout = lay_out(events, 50.0)
    period, late = layout.marks
    assert period.end_x is not None and period.end_x - period.x > 3 * 50
    assert late.label_left and late.right == late.x
    assert [year for _, year in layout.ticks] == list(range(2019, 2027))


def test_unpacked_gives_each_event_its_row_in_date_order(bundled_pack: Pack):
    layout = lay_out(bundled_pack.timeline, 20.0, packed=False)
    assert [mark.lane for mark in layout.marks] == list(range(len(bundled_pack.timeline)))


@given(
    st.lists(
        st.tuples(st.integers(1990, 2030), st.integers(1, 12), st.text(min_size=1, max_size=40)),
        max_size=30,
    ),
    st.floats(1.0, 500.0),
)
def test_no_collision_whatever_the_events(items, scale):
    events = [TimelineEvent(f"{y}-{m:02d}", title) for y, m, title in items]
    assert overlaps(lay_out(events, scale)) == []


def test_the_svg_is_well_formed_with_one_marker_per_event(bundled_pack: Pack):
    for scheme in ("light", "dark", "high-contrast"):
        svg = timeline_svg(bundled_pack.timeline, 700, scheme)
        root = ET.fromstring(svg)
        circles = root.findall(".//{http://www.w3.org/2000/svg}circle")
        assert len(circles) == len(bundled_pack.timeline)
        assert float(root.get("width", "0")) <= 760
    assert "Second China–Central Asia summit, Astana" in svg
    escaped = timeline_svg([TimelineEvent("2001", "<b>")])
    assert "&lt;b&gt;" in escaped and "<b>" not in escaped
    assert scale_to_fit([], 700) > 0
    ET.fromstring(timeline_svg([]))
