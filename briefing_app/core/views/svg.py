"""The timeline as a standalone SVG image: for briefs, and for the timeline window's export.

Drawn from :func:`briefing_app.core.views.layout.lay_out` in the reader's
colours (:data:`briefing_app.core.render.stylesheet.PALETTES`, light, dark or
high contrast), so an exported image looks like the window.  Text is real
SVG text in a generic sans-serif font, so it stays selectable and sharp at
any size; label widths are estimated (:func:`~briefing_app.core.views.layout.estimate_width`),
generously, as the viewer's font is not known.  Each event carries a
``<title>``: browsers show its date and text when the pointer rests on it.
SVG 1.1 (W3C Recommendation, 2011), without scripts or external references.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from briefing_app.core.pack.model import TimelineEvent
from briefing_app.core.render.stylesheet import PALETTES
from briefing_app.core.views.layout import LABEL_OFFSET, estimate_width, lay_out, scale_to_fit
from briefing_app.core.views.timeline import format_when

#: Font size of labels and of the axis's years (pixels).
FONT_PX = 11.0
#: Height of a lane and of the axis band above the lanes (pixels).
LANE_PX = 15.0
AXIS_PX = 30.0
#: Space (pixels) either side of a label's backing: a rectangle in the page colour under
#: each label, so neither a year gridline nor a period's bar runs through its text.
LABEL_PAD = 2.0


def timeline_svg(
    events: Sequence[TimelineEvent],
    width: float = 700.0,
    scheme: str = "light",
    scale: float | None = None,
    title: str = "Timeline",
    packed: bool = False,
) -> str:
    """Return an SVG document (text) of ``events`` on a time axis.

    Args:
        events: the events, in any order.
        width: the width to fit the axis into (pixels), when ``scale`` is None;
            labels of late events may make the image wider.
        scheme: a key of :data:`~briefing_app.core.render.stylesheet.PALETTES`.
        scale: pixels per year; None fits the axis to ``width``.
        title: the image's accessible title.
        packed: share rows between events that do not collide (as the window does);
            by default each event has a row of its own, in date order, which reads
            best at a page's width.

    Raises:
        KeyError: ``scheme`` is not a known scheme.
    """
    colours = PALETTES[scheme]
    fitted = scale is None
    scale = scale_to_fit(events, width) if scale is None else scale
    layout = lay_out(events, scale, lambda text: estimate_width(text, FONT_PX), packed)
    lanes = max(layout.lanes, 1)
    total_w = max(layout.width, width if fitted else 0.0, 200.0)
    total_h = AXIS_PX + lanes * LANE_PX + 10
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{total_w:.0f}" height="{total_h:.0f}" '
        f'viewBox="0 0 {total_w:.0f} {total_h:.0f}" role="img" '
        f'font-family="DejaVu Sans, Noto Sans, Arial, sans-serif" font-size="{FONT_PX:.0f}">',
        f"<title>{escape(title)}</title>",
        f'<rect width="100%" height="100%" fill="{colours["page"]}"/>',
        f'<line x1="{layout.x_of(layout.start_year):.1f}" y1="{AXIS_PX - 8}" '
        f'x2="{layout.x_of(layout.end_year):.1f}" y2="{AXIS_PX - 8}" '
        f'stroke="{colours["grid"]}" stroke-width="1.5"/>',
    ]
    for x, year in layout.ticks:
        parts.append(
            f'<line x1="{x:.1f}" y1="{AXIS_PX - 12}" x2="{x:.1f}" y2="{total_h - 6:.0f}" '
            f'stroke="{colours["rule"]}" stroke-width="0.6"/>'
            f'<text x="{x:.1f}" y="{AXIS_PX - 15}" text-anchor="middle" '
            f'fill="{colours["muted"]}">{year}</text>'
        )
    for mark in layout.marks:
        y = AXIS_PX + mark.lane * LANE_PX + LANE_PX / 2
        tip = escape(f"{format_when(mark.event)}: {mark.event.title}")
        if mark.event.text:
            tip += escape(f"\n{mark.event.text.replace('**', '')}")
        parts.append(f"<g><title>{tip}</title>")
        if mark.end_x is not None:
            parts.append(
                f'<rect x="{mark.x:.1f}" y="{y - 4:.1f}" width="{max(mark.end_x - mark.x, 3):.1f}" '
                f'height="8" rx="3" fill="{colours["box"]}" stroke="{colours["box_border"]}"/>'
            )
        text_w = estimate_width(mark.event.title, FONT_PX)
        text_x = mark.x - LABEL_OFFSET - text_w if mark.label_left else mark.x + LABEL_OFFSET
        parts.append(
            f'<rect x="{text_x - LABEL_PAD:.1f}" y="{y - FONT_PX / 2 - 2:.1f}" '
            f'width="{text_w + 2 * LABEL_PAD:.1f}" height="{FONT_PX + 3:.1f}" '
            f'fill="{colours["page"]}"/>'
        )
        parts.append(
            f'<circle cx="{mark.x:.1f}" cy="{y:.1f}" r="4" fill="{colours["accent"]}"/>'
            f'<text x="{mark.x + (-LABEL_OFFSET if mark.label_left else LABEL_OFFSET):.1f}" '
            f'y="{y + 4:.1f}" text-anchor="{"end" if mark.label_left else "start"}" '
            f'fill="{colours["text"]}">{escape(mark.event.title)}</text></g>'
        )
    parts.append("</svg>")
    return "\n".join(parts) + "\n"
