"""Greedy label placement: no two labels overlap, nor a label another point's marker."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_app.core.geo.labels import Anchor, overlaps, place_labels


def test_a_lone_label_goes_to_the_right_of_its_point():
    (placement,) = place_labels([Anchor(100, 100, 40, 10, radius=4)], gap=2)
    assert placement is not None and not placement.leader
    assert placement.rect == (106, 95, 146, 105)


def test_a_crowded_label_moves_round_its_point():
    first, second = place_labels([Anchor(100, 100, 40, 10, 4), Anchor(100, 112, 40, 10, 4)])
    assert first is not None and second is not None
    assert not overlaps(first.rect, second.rect)


def test_a_label_with_no_room_near_its_point_gets_a_leader_line_or_is_left_out():
    crowd = [Anchor(100 + dx, 100 + dy, 30, 10, 3) for dx in (-12, 0, 12) for dy in (-12, 0, 12)]
    placed = place_labels(crowd)
    assert any(p is not None and p.leader for p in placed) or None in placed
    rects = [p.rect for p in placed if p is not None]
    assert all(not overlaps(a, b) for i, a in enumerate(rects) for b in rects[i + 1 :])


def test_a_fixed_label_is_only_tried_on_its_point():
    blocker, country = place_labels([Anchor(50, 50, 40, 10, 4), Anchor(60, 50, 80, 12, fixed=True)])
    assert blocker is not None and country is None
    (alone,) = place_labels([Anchor(60, 50, 80, 12, fixed=True)])
    assert alone is not None and alone.rect == (20, 44, 100, 56)


def test_labels_stay_inside_the_bounds():
    (placement,) = place_labels([Anchor(195, 100, 40, 10, 4)], bounds=(0, 0, 200, 200))
    assert placement is not None and placement.rect[2] <= 200


anchors = st.lists(
    st.builds(
        Anchor,
        x=st.floats(0, 300),
        y=st.floats(0, 300),
        width=st.floats(5, 80),
        height=st.floats(5, 16),
        radius=st.floats(0, 6),
    ),
    max_size=25,
)


@settings(deadline=None)
@given(anchors)
def test_no_two_placed_labels_overlap_and_none_covers_another_marker(points):
    placed = place_labels(points)
    assert len(placed) == len(points)
    found = [(i, p.rect) for i, p in enumerate(placed) if p is not None]
    for n, (i, a) in enumerate(found):
        assert all(not overlaps(a, b) for _j, b in found[n + 1 :])
        for j, other in enumerate(points):
            marker = (other.x - other.radius, other.y - other.radius,
                      other.x + other.radius, other.y + other.radius)  # fmt: skip
            assert j == i or not overlaps(a, marker)


def test_obstacles_keep_labels_off_the_legend():
    (placement,) = place_labels([Anchor(100, 100, 40, 10, 4)], obstacles=[(104, 80, 200, 120)])
    assert placement is not None and placement.rect[2] <= 104
