"""Greedy placement of point labels that never overlap, as on a printed map.

Each label is tried in turn, the most important first, at a handful of
positions around its point in the order cartographers prefer (Imhof,
"Positioning Names on Maps", *The American Cartographer* 2(2), 1975: to the
right of the point first, then above and below it on the right, then on the
left; straight above or below last).  The first position that overlaps no
label already placed and no other point's marker wins.  A label with no free
place near its point is tried farther out, joined to it by a leader line; one
that still finds none is left out (its place keeps its marker and tooltip).

All in one plane of the caller's choosing: the map view works in screen
pixels, so labels keep their size as the map zooms and are placed again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

Rect = tuple[float, float, float, float]  # left, top, right, bottom (y grows downwards)

#: Directions around the point, in the order of preference: (dx, dy) of the label's side.
DIRECTIONS = (
    (1, 0),  # right, centred
    (1, -1),  # upper right
    (1, 1),  # lower right
    (-1, 0),  # left
    (-1, -1),  # upper left
    (-1, 1),  # lower left
    (0, -1),  # above
    (0, 1),  # below
)


@dataclass(frozen=True)
class Anchor:
    """A point to label.

    Attributes:
        x, y: the point (y grows downwards, as on screen).
        width, height: the label's size.
        radius: half the marker's size; the label keeps this far, plus the gap, from the point.
        fixed: True for a label that must sit centred on its point or not at all
            (a country's name), tried only there.
    """

    x: float
    y: float
    width: float
    height: float
    radius: float = 0.0
    fixed: bool = False


@dataclass(frozen=True)
class Placement:
    """Where a label went: its rectangle, and whether a leader line joins it to its point."""

    rect: Rect
    leader: bool = False


def overlaps(a: Rect, b: Rect) -> bool:
    """True when rectangles ``a`` and ``b`` share some area (touching edges do not count)."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _rect_at(anchor: Anchor, direction: tuple[int, int], distance: float) -> Rect:
    """The label's rectangle on ``direction``'s side of its point, ``distance`` beyond the marker."""
    dx, dy = direction
    w, h = anchor.width, anchor.height
    reach = anchor.radius + distance
    if dx > 0:
        left = anchor.x + reach
    elif dx < 0:
        left = anchor.x - reach - w
    else:
        left = anchor.x - w / 2
    if dy > 0:
        top = anchor.y + (reach if dx == 0 else reach * 0.3)
    elif dy < 0:
        top = anchor.y - (reach if dx == 0 else reach * 0.3) - h
    else:
        top = anchor.y - h / 2
    return (left, top, left + w, top + h)


def place_labels(
    anchors: Sequence[Anchor],
    gap: float = 3.0,
    leader_steps: Sequence[float] = (3.0, 5.0),
    bounds: Rect | None = None,
    obstacles: Sequence[Rect] = (),
) -> list[Placement | None]:
    """Place the labels of ``anchors``, in order (most important first).

    Args:
        anchors: the points and their labels' sizes.
        gap: the space between a marker and its label.
        leader_steps: multiples of the label's height to try farther out, with a leader line.
        bounds: an area labels must stay inside, or None.
        obstacles: areas no label may cover (a legend drawn over the map).

    Returns:
        One entry per anchor, in the same order: its :class:`Placement`, or None
        where the label was left out.  No two placements overlap, and none
        overlaps another anchor's marker.
    """
    markers = {
        index: (a.x - a.radius, a.y - a.radius, a.x + a.radius, a.y + a.radius)
        for index, a in enumerate(anchors)
        if not a.fixed
    }
    taken: list[Rect] = list(obstacles)
    result: list[Placement | None] = []

    def free(rect: Rect, own: int) -> bool:
        if bounds is not None and not (
            bounds[0] <= rect[0] <= rect[2] <= bounds[2]
            and bounds[1] <= rect[1] <= rect[3] <= bounds[3]
        ):
            return False
        if any(overlaps(rect, other) for other in taken):
            return False
        return not any(overlaps(rect, m) for index, m in markers.items() if index != own)

    for index, anchor in enumerate(anchors):
        if anchor.fixed:
            candidates = [(_rect_at(anchor, (0, 0), 0), False)]
        else:
            candidates = [(_rect_at(anchor, d, gap), False) for d in DIRECTIONS]
            for step in leader_steps:
                far = step * anchor.height
                candidates += [(_rect_at(anchor, d, far), True) for d in DIRECTIONS]
        chosen = next((Placement(r, leader) for r, leader in candidates if free(r, index)), None)
        if chosen is not None:
            taken.append(chosen.rect)
        result.append(chosen)
    return result
