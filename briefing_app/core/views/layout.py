"""Where each timeline event goes on a drawing: its x from its date, its lane so labels never collide.

Both the window's timeline (:mod:`briefing_app.ui.views.timeline`) and the
SVG of briefs (:mod:`briefing_app.core.views.svg`) draw from this layout, in
device-independent pixels: x grows with time at ``scale`` pixels a year, and
each event takes a lane (a row) below the axis.  A label goes right of its
marker, or left of it where it would run past the end of the axis (late
events), so the drawing keeps the axis's width.  An event occupies its row
from the start of its label or bar to the end of either, whichever is
further; lanes are assigned greedily in date order (the first lane whose
last occupant ends at least :data:`GAP` pixels before the new one starts),
so no two labels or bars overlap.  Unpacked, each event has a row of its
own in date order, which reads best when the axis is too short to pack
(a brief's page).  Label widths come from the caller (Qt's font
metrics in the window, an estimate in the SVG).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from briefing_app.core.pack.model import TimelineEvent
from briefing_app.core.views.timeline import chronological, year_position

#: Space from a marker to its label, and between neighbours in a lane (pixels).
LABEL_OFFSET = 9.0
GAP = 14.0
#: Space kept before the first and after the last event (pixels).
MARGIN = 24.0


@dataclass
class Mark:
    """One event placed on the drawing.

    Attributes:
        event: the event.
        x: its date's position (pixels from the left edge of the drawing).
        end_x: the end of its period, or None for a single date.
        lane: its row, 0 nearest the axis.
        left, right: where its label or bar starts and ends (pixels).
        label_left: True when the label is drawn left of the marker, ending at it.
    """

    event: TimelineEvent
    x: float
    end_x: float | None
    lane: int
    left: float
    right: float
    label_left: bool = False


@dataclass
class TimelineLayout:
    """Events placed on a time axis (see the module doc).

    Attributes:
        marks: one per event, in date order.
        lanes: how many rows the marks take.
        start_year, end_year: the whole years the axis runs from and to.
        scale: pixels per year.
        width: the drawing's width in pixels (the axis plus the longest label).
        ticks: (x, year) of the years the axis labels, spaced to stay legible.
    """

    marks: list[Mark] = field(default_factory=list)
    lanes: int = 0
    start_year: int = 0
    end_year: int = 0
    scale: float = 1.0
    width: float = 0.0
    ticks: list[tuple[float, int]] = field(default_factory=list)

    def x_of(self, year: float) -> float:
        """Return the x of fractional ``year`` on this axis."""
        return MARGIN + (year - self.start_year) * self.scale


def estimate_width(text: str, font_px: float = 12.0) -> float:
    """Return about how wide ``text`` is in a proportional sans-serif font of ``font_px`` pixels.

    Averages of common UI fonts (DejaVu Sans, Noto Sans, Arial): 0.55 em a
    Latin letter, 1 em a CJK character.  Generous on purpose: a label
    estimated too narrow could touch its neighbour.
    """
    wide = sum(1 for char in text if ord(char) >= 0x2E80)
    return (0.58 * (len(text) - wide) + 1.0 * wide) * font_px


def lay_out(
    events: Sequence[TimelineEvent],
    scale: float,
    measure: Callable[[str], float] = estimate_width,
    packed: bool = True,
) -> TimelineLayout:
    """Place ``events`` at ``scale`` pixels a year, each label ``measure(title)`` pixels wide.

    ``packed=False`` gives each event a lane of its own, in date order.

    Events whose dates cannot be read are skipped (the parser never keeps one).
    Returns an empty layout for no events.
    """
    ordered = [event for event in chronological(list(events))]
    if not ordered:
        return TimelineLayout(scale=scale)
    starts = [year_position(event.date) for event in ordered]
    ends = [year_position(event.end, end=True) if event.end else None for event in ordered]
    first = math.floor(min(starts))
    last = math.ceil(max([*starts, *(end for end in ends if end is not None)]) + 1e-9)
    layout = TimelineLayout(start_year=first, end_year=max(last, first + 1), scale=scale)
    axis_end = layout.x_of(layout.end_year)
    spans = []
    for event, start, end in zip(ordered, starts, ends, strict=True):
        x = layout.x_of(start)
        end_x = layout.x_of(end) if end is not None else None
        width = measure(event.title)
        label_left = x + LABEL_OFFSET + width > axis_end + MARGIN and x - LABEL_OFFSET - width >= 0
        left = x - LABEL_OFFSET - width if label_left else x
        right = max(x if label_left else x + LABEL_OFFSET + width, end_x or 0.0)
        spans.append((left, right, event, x, end_x, label_left))
    free: list[float] = []  # per lane: the first x where a new mark may start
    widest = 0.0
    for left, right, event, x, end_x, label_left in spans:
        lane = next((i for i, edge in enumerate(free) if edge <= left), len(free))
        if lane == len(free) or not packed:
            lane = len(free)
            free.append(0.0)
        free[lane] = right + GAP
        widest = max(widest, right)
        layout.marks.append(Mark(event, x, end_x, lane, left, right, label_left))
    layout.lanes = len(free)
    layout.width = max(widest, layout.x_of(layout.end_year)) + MARGIN
    layout.ticks = _ticks(layout)
    return layout


def _ticks(layout: TimelineLayout) -> list[tuple[float, int]]:
    """Return the labelled years: every year, or every 2, 5, 10 ... so labels stay 40 px apart."""
    step = next((s for s in (1, 2, 5, 10, 20, 50, 100) if s * layout.scale >= 40), 200)
    first = math.ceil(layout.start_year / step) * step
    return [(layout.x_of(year), year) for year in range(first, layout.end_year + 1, step)]


def scale_to_fit(events: Sequence[TimelineEvent], width: float) -> float:
    """Return the scale (pixels a year) at which the axis of ``events`` fills ``width`` pixels."""
    if not events:
        return 40.0
    starts = [year_position(event.date) for event in events]
    ends = [year_position(event.end or event.date, end=True) for event in events]
    span = max(1.0, math.ceil(max(ends)) - math.floor(min(starts)))
    return max(1.0, (width - 2 * MARGIN) / span)
