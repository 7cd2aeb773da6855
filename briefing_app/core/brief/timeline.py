"""The pack's timeline in a brief (``--with-timeline``, or "Include the timeline" in the dialog).

HTML and PDF briefs show it as an SVG image (:func:`briefing_app.core.views.svg.timeline_svg`,
in the light scheme briefs print in), embedded as a ``data:`` URI like the
pack's own images, after the contents; a Markdown brief lists the events by
date, as Markdown has no drawing.  A pack without a timeline adds nothing.
"""

from __future__ import annotations

import base64

from briefing_app.core.pack.model import Pack
from briefing_app.core.render.markdown import escape as _esc
from briefing_app.core.views.svg import timeline_svg
from briefing_app.core.views.timeline import chronological, format_when

#: The anchor of the timeline part of a brief.
TIMELINE_ANCHOR = "timeline"
#: Width of the drawing in CSS pixels; the PDF painter fits it to the page.
IMAGE_WIDTH = 700.0


def timeline_html(pack: Pack, page_break: bool = True) -> str:
    """Return the timeline part of an HTML brief ("" when the pack has no timeline)."""
    if not pack.timeline:
        return ""
    svg = timeline_svg(pack.timeline, IMAGE_WIDTH, "light", title=f"Timeline: {pack.info.title}")
    uri = "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")
    style = ' style="page-break-before: always"' if page_break else ""
    first, last = chronological(pack.timeline)[0], chronological(pack.timeline)[-1]
    alt = (
        f"Timeline of {len(pack.timeline)} events from {format_when(first)} to {format_when(last)}"
    )
    return (
        f'<h1 class="part" id="{TIMELINE_ANCHOR}"{style}>Timeline</h1>\n'
        f'<p class="figure"><img src="{uri}" alt="{_esc(alt)}"></p>'
    )


def timeline_markdown(pack: Pack) -> list[str]:
    """Return the lines of the timeline part of a Markdown brief ([] without a timeline)."""
    if not pack.timeline:
        return []
    lines = ["---", "", f"## Timeline {{#{TIMELINE_ANCHOR}}}", ""]
    lines += [f"- **{format_when(e)}**: {e.title}" for e in chronological(pack.timeline)]
    return [*lines, ""]
