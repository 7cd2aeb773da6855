"""A brief with the pack's timeline: an SVG image in HTML, a dated list in Markdown."""

from __future__ import annotations

import base64
import re

from briefing_app.core import load_pack
from briefing_app.core.brief.html import brief_to_html
from briefing_app.core.brief.markdown import brief_to_markdown
from briefing_app.core.brief.model import BriefOptions, build_brief
from briefing_app.core.pack.model import Pack


def test_the_timeline_goes_after_the_contents_when_asked(bundled_pack: Pack):
    plain = brief_to_html(build_brief(bundled_pack, BriefOptions(["overview"])))
    assert 'id="timeline"' not in plain
    brief = build_brief(bundled_pack, BriefOptions(["overview"], include_timeline=True))
    html = brief_to_html(brief)
    assert html.index("Contents") < html.index('id="timeline"') < html.index('id="topic-overview"')
    uri = re.search(r'src="data:image/svg\+xml;base64,([^"]+)"', html)
    assert uri is not None
    svg = base64.b64decode(uri.group(1)).decode("utf-8")
    assert svg.count("<circle") == len(bundled_pack.timeline)
    markdown = brief_to_markdown(brief)
    assert "## Timeline {#timeline}" in markdown
    assert "- **7 September 2013**: Xi Jinping launches the Silk Road Economic Belt" in markdown


def test_a_pack_without_a_timeline_adds_nothing(make_pack):
    pack = load_pack(make_pack())
    brief = build_brief(pack, BriefOptions([], include_timeline=True))
    assert 'id="timeline"' not in brief_to_html(brief)
    assert "Timeline" not in brief_to_markdown(brief)


def test_export_with_timeline_from_the_command_line(tmp_path):
    from briefing_app.cli import main

    for name in ("b.html", "b.md"):
        out = tmp_path / name
        assert (
            main(["export", "--output", str(out), "--topics", "overview", "--with-timeline"]) == 0
        )
        assert "timeline" in out.read_text(encoding="utf-8")
