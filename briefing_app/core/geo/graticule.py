"""The graticule (meridians and parallels) and the clipping of lines to the map's frame."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

Point = tuple[float, float]
Rect = tuple[float, float, float, float]  # xmin, ymin, xmax, ymax


def clip_segment(a: Point, b: Point, rect: Rect) -> tuple[Point, Point] | None:
    """Return the part of segment ``a``–``b`` inside ``rect``, or None (Liang–Barsky, 1984)."""
    (x0, y0), (x1, y1) = a, b
    dx, dy = x1 - x0, y1 - y0
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, x0 - rect[0]), (dx, rect[2] - x0), (-dy, y0 - rect[1]), (dy, rect[3] - y0)):
        if p == 0:
            if q < 0:
                return None
            continue
        t = q / p
        if p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return None
    return (x0 + t0 * dx, y0 + t0 * dy), (x0 + t1 * dx, y0 + t1 * dy)


def clip_line(line: list[Point], rect: Rect) -> list[list[Point]]:
    """Return the pieces of polyline ``line`` inside ``rect``, each a polyline of two or more points."""
    pieces: list[list[Point]] = []
    current: list[Point] = []
    for a, b in pairwise(line):
        clipped = clip_segment(a, b, rect)
        if clipped is None:
            if len(current) > 1:
                pieces.append(current)
            current = []
            continue
        start, end = clipped
        if not current or current[-1] != start:
            if len(current) > 1:
                pieces.append(current)
            current = [start]
        current.append(end)
        if end != b:  # left the rectangle
            pieces.append(current)
            current = []
    if len(current) > 1:
        pieces.append(current)
    return pieces


def graticule(
    forward: Callable[[float, float], Point], rect: Rect, step: int = 10
) -> list[list[Point]]:
    """Meridians and parallels every ``step`` degrees, projected with ``forward`` (lat, lon ->
    plane units) and clipped to ``rect`` in those units.  Meridians run 20° N to 80° N and
    parallels 40° W to 160° E, half a degree apart, which covers any frame of the region."""
    lines: list[list[Point]] = []
    for lon in range(-40, 161, step):
        lines.append([forward(lat / 2, lon) for lat in range(20, 161)])
    for lat in range(10, 81, step):
        lines.append([forward(lat, lon / 2) for lon in range(-80, 321)])
    return [piece for line in lines for piece in clip_line(line, rect)]
