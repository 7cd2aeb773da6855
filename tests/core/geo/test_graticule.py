"""Meridians and parallels, clipped to the map's frame."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from briefing_app.core.geo.graticule import clip_line, clip_segment, graticule
from briefing_app.core.geo.projection import CENTRAL_ASIA

RECT = (0.0, 0.0, 10.0, 10.0)


def test_a_segment_is_cut_at_the_frame():
    assert clip_segment((-5, 5), (5, 5), RECT) == ((0, 5), (5, 5))
    assert clip_segment((-5, -5), (-1, 20), RECT) is None
    assert clip_segment((2, 2), (3, 3), RECT) == ((2, 2), (3, 3))


def test_a_line_leaving_and_coming_back_makes_two_pieces():
    pieces = clip_line([(1, 5), (15, 5), (15, 8), (1, 8)], RECT)
    assert pieces == [[(1, 5), (10, 5)], [(10, 8), (1, 8)]]


@given(st.lists(st.tuples(st.floats(-20, 30), st.floats(-20, 30)), min_size=2, max_size=12))
def test_every_clipped_point_lies_in_the_frame(line):
    for piece in clip_line(line, RECT):
        assert len(piece) >= 2
        assert all(-1e-9 <= x <= 10 + 1e-9 and -1e-9 <= y <= 10 + 1e-9 for x, y in piece)


def test_the_graticule_of_the_region_stays_in_its_frame():
    frame = (-4_000_000.0, -2_000_000.0, 5_000_000.0, 3_000_000.0)
    lines = graticule(CENTRAL_ASIA.forward, frame)
    assert len(lines) > 20
    assert all(frame[0] - 1 <= x <= frame[2] + 1 for line in lines for x, _y in line)
