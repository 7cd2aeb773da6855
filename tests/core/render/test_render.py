"""Rendering: the briefing-note layout, link rewriting, sanitising, plain text."""

from __future__ import annotations

import re
from html import unescape

import pytest

from briefing_app.core import load_pack, render_topic
from briefing_app.core.glossary.pages import render_term_page
from briefing_app.core.pack.links import route
from briefing_app.core.render.markdown import markdown_to_html
from briefing_app.core.render.page import plain_text
from briefing_app.core.render.stylesheet import PALETTES, SCHEMES, stylesheet


def test_topic_page_layout(make_pack):
    topics = {
        "alpha": """
            ---
            title: Alpha
            summary: One line.
            key_facts: [Fact **one**, Fact two, Fact three]
            talking_points: [Say this, Say that, And this]
            related: [beta]
            sources: ["Source article, section “X”"]
            ---
            ## Table

            | a | b |
            |---|---|
            | 1 | 2 |

            !!! note "Update"
                The capital is Astana.
            """,
        "beta": "---\ntitle: Beta\nsummary: Second.\n---\n",
    }
    pack = load_pack(make_pack(topics=topics))
    page = render_topic(pack, pack.topics["alpha"])
    for part in [
        '<h1 class="title">Alpha</h1>',
        '<p class="summary">One line.</p>',
        "Key facts",
        "<strong>one</strong>",
        "Talking points",
        '<a href="topic:beta">Beta</a>',
        "Sources:",
        '<h2 id="table">Table</h2>',
        'class="grid"',
        'border="1"',
        'class="box admonition note"',
    ]:
        assert part in page, part


def test_links_are_rewritten_to_app_urls():
    html = markdown_to_html(
        "[a](khorgos.md#the-dry-port) [b](glossary:sez) [c](https://example.org) [d](#here) "
        "[e](../../etc/x.md) ![m](../assets/map.svg)",
        "topics/overview.md",
    )
    assert 'href="topic:khorgos#the-dry-port"' in html
    assert 'href="glossary:sez"' in html
    assert 'href="https://example.org"' in html
    assert 'href="#here"' in html
    assert 'src="pack:assets/map.svg"' in html
    assert "etc/x.md" not in html


def test_unicode_heading_anchors():
    html = markdown_to_html("## Нұрлы жол\n\n## 霍尔果斯\n")
    assert 'id="нұрлы-жол"' in html and 'id="霍尔果斯"' in html


def test_raw_html_is_sanitised():
    html = markdown_to_html(
        '<script>alert(1)</script><p onclick="x()">hi</p><iframe src="https://x"></iframe>'
        '<img src="https://evil.example/track.png"><form><input></form><a href="javascript:alert(1)">j</a>'
    )
    for bad in ("<script", "onclick", "<iframe", "evil.example", "<form", "<input", "javascript:"):
        assert bad not in html, bad
    assert "hi" in html


def test_route_classifies_every_kind():
    assert route("topic:khorgos#x").kind == "topic" and route("topic:khorgos#x").anchor == "x"
    assert route("glossary:bri").target == "bri"
    assert route("#here").kind == "anchor"
    assert route("https://a.b").kind == "external" and route("mailto:a@b.c").kind == "external"
    for refused in (
        "javascript:alert(1)",
        "file:///etc/passwd",
        "data:text/html,x",
        "ftp://x",
        "",
        "topic:",
    ):
        assert route(refused).kind == "refused", refused


def test_term_page_has_names_by_language(bundled_pack):
    term = next(t for t in bundled_pack.terms if t.id == "khorgos" or t.term == "Khorgos")
    page = render_term_page(bundled_pack, term)
    assert "Russian" in page and "Kazakh" in page and "Chinese" in page and "霍尔果斯" in page


def test_plain_text_drops_markup():
    text = plain_text("## Head\n\nSome **bold** and [link](x.md).\n\n- item\n")
    assert text == "Head\nSome bold and link.\nitem"


def test_stylesheets_differ_by_scheme_and_are_complete():
    sheets = {scheme: stylesheet(scheme) for scheme in SCHEMES}
    assert set(sheets) == {"light", "dark", "high-contrast"}
    assert len(set(sheets.values())) == 3
    assert not any("$" in sheet for sheet in sheets.values())


def contrast(first: str, second: str) -> float:
    """WCAG 2.1 contrast ratio of two ``#rrggbb`` colours (1 to 21)."""

    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("scheme", ["light", "dark", "high-contrast"])
def test_every_text_colour_reads_on_every_background_of_its_scheme(scheme):
    colours = PALETTES[scheme]
    least = 7.0 if scheme == "high-contrast" else 4.5  # WCAG 2.1 AAA / AA for body text
    for ground in ("page", "box", "talk", "note"):
        for ink in ("text", "muted", "accent", "term"):
            ratio = contrast(colours[ink], colours[ground])
            assert ratio >= least, f"{scheme}: {ink} on {ground} is {ratio:.1f}:1"


def test_links_are_underlined_not_only_coloured():
    for scheme in SCHEMES:
        sheet = stylesheet(scheme)
        assert re.search(r"(^|\n)a \{[^}]*text-decoration: underline", sheet)
        assert "span.term { text-underline-style: dotted; }" in sheet


#: Markdown link constructs Python-Markdown encodes or rewrites -> (href on the page, route kind).
LINK_CONSTRUCTS = {
    "e-mail autolink": ("<name@example.org>", "mailto:name@example.org", "external"),
    "mailto autolink": ("<mailto:press@example.org>", "mailto:press@example.org", "external"),
    "mailto inline link": (
        "[write](mailto:a.b+c@example.org)",
        "mailto:a.b+c@example.org",
        "external",
    ),
    "reference-style mail link": (
        "[desk][m]\n\n[m]: mailto:desk@example.org",
        "mailto:desk@example.org",
        "external",
    ),
    "web autolink with &": (
        "<https://example.org/a?b=1&c=2>",
        "https://example.org/a?b=1&c=2",
        "external",
    ),
    "&amp; written in a link": (
        "[q](https://example.org/?a=1&amp;b=2)",
        "https://example.org/?a=1&b=2",
        "external",
    ),
    "reference-style topic link": (
        "[k][ref]\n\n[ref]: khorgos.md#the-dry-port",
        "topic:khorgos#the-dry-port",
        "topic",
    ),
    "footnote reference": ("Text[^1]\n\n[^1]: Note.", "#fn:1", "anchor"),
    "raw HTML mail link": (
        '<a href="mailto:raw@example.org">raw</a>',
        "mailto:raw@example.org",
        "external",
    ),
    "raw HTML topic link": ('<a href="khorgos.md#x">k</a>', "topic:khorgos#x", "topic"),
    "raw HTML web link": (
        '<a href="https://e.org/x?y=1&amp;z=2">raw</a>',
        "https://e.org/x?y=1&z=2",
        "external",
    ),
}


@pytest.mark.parametrize("name", list(LINK_CONSTRUCTS))
def test_link_constructs_reach_the_reader_as_the_author_meant(name: str):
    source, href, kind = LINK_CONSTRUCTS[name]
    html = markdown_to_html(source, "topics/overview.md")
    hrefs = [unescape(h) for h in re.findall(r'<a\b[^>]*\bhref="([^"]*)"', html)]
    assert href in hrefs, (name, html)
    assert route(href).kind == kind


def test_e_mail_autolink_shows_the_address_as_its_text():
    html = markdown_to_html("Write to <name@example.org>.")
    assert route(re.search(r'href="([^"]*)"', html).group(1)).kind == "external"
    assert "name@example.org</a>" in unescape(html)


def test_missing_image_is_a_placeholder_with_its_alt_text(make_pack):
    root = make_pack(raw={"assets/bad.png": b"not an image at all"})
    html = markdown_to_html(
        "![Map of corridors](../assets/none.png) ![Bad](../assets/bad.png) "
        "![Far](../../x.png) ![Web](https://example.org/m.png)",
        "topics/alpha.md",
        root,
    )
    assert "<img" not in html
    for text in (
        "Image not found: Map of corridors (assets/none.png)",
        "Not an image file: Bad (assets/bad.png)",
        "Image outside the pack: Far (../../x.png)",
        "Remote image not loaded: Web (https://example.org/m.png)",
    ):
        assert f'<span class="missing-image">{text}</span>' in html, text


def test_an_image_that_exists_is_kept(bundled_pack):
    html = markdown_to_html("![m](../assets/corridors.svg)", "topics/a.md", bundled_pack.root)
    assert '<img alt="m" src="pack:assets/corridors.svg">' in html


def test_raw_html_images_are_pack_files_or_placeholders(bundled_pack):
    html = markdown_to_html(
        '<img alt="m" src="../assets/corridors.svg"> <img alt="Gone" src="../assets/none.png"> '
        '<img alt="Web" src="https://example.org/x.png">',
        "topics/a.md",
        bundled_pack.root,
    )
    assert '<img alt="m" src="pack:assets/corridors.svg">' in html
    assert '<span class="missing-image">Image not shown: Gone</span>' in html
    assert '<span class="missing-image">Image not shown: Web</span>' in html


def test_a_long_unbroken_run_gets_invisible_break_opportunities():
    """Qt lays out an unbroken run in time that grows with the square of its length: a
    pasted 1.5 MB line froze the window.  The renderer gives it a zero-width space every
    80 characters, and leaves links, entities and code blocks alone."""
    from briefing_app.core.render.markdown import BREAK_EVERY, break_long_runs, markdown_to_html

    blob = "x" * 1000
    link = "https://example.org/" + "y" * 300
    source = f"{blob}\n\n[a link]({link}) and &amp; text\n\n```\n{'z' * 300}\n```\n"
    html = markdown_to_html(source)
    text_run = html.split("<p>", 2)[1].split("</p>", 1)[0]
    assert text_run.replace("\u200b", "") == blob
    assert max(len(piece) for piece in text_run.split("\u200b")) == BREAK_EVERY
    assert link in html and "z" * 300 in html  # an attribute and a code block are whole
    words = "Хоргос 霍尔果斯" * 40  # spaces and Chinese are places to break already
    assert break_long_runs(f"<p>{words}</p>") == f"<p>{words}</p>"
