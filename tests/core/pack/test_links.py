"""The link checker agrees with the renderer: every anchor the page has passes `check`,
any other warns; mail links, missing images and images that are not images are named."""

from __future__ import annotations

import re

import pytest

from briefing_app.cli import main
from briefing_app.core import load_pack, render_topic
from briefing_app.core.pack.links import heading_anchors
from briefing_app.core.render.markdown import markdown_to_html, slugify
from briefing_app.core.render.page import topic_parts

#: Heading as written -> the anchor the page gives it.
HEADINGS = [
    ("Brackets [draft]", "brackets-draft"),
    ("snake_case_name", "snake_case_name"),
    ("Rocket 🚀 launch", "rocket-launch"),
    ("Нұрлы жол", "нұрлы-жол"),
    ("Хоргос: сухой порт", "хоргос-сухой-порт"),
    ("中欧班列", "中欧班列"),
    ("What? Why! (2022)", "what-why-2022"),
    ("A & B / C++", "a-b-c"),
    ("It's “quoted”", "its-quoted"),
    ("Dash — em – en", "dash-em-en"),
    ("Intro", "intro"),
    ("Intro", "intro_1"),
    ("Intro", "intro_2"),
    ("The **bold** move", "the-bold-move"),
    ("See [Khorgos](beta.md) now", "see-khorgos-now"),
    ("The `code_span` part", "the-code_span-part"),
    ("x_y_ *z*", "x_y_-z"),
    ("<b>raw</b> HTML", "raw-html"),
    ("Entity &amp; thing", "entity-thing"),
    ("Explicit id {#my-id}", "my-id"),
    ("Trailing hashes ##", "trailing-hashes"),
]

BODY = "\n\n".join(f"## {heading}\n\nText." for heading, _anchor in HEADINGS) + (
    "\n\nSetext heading\n--------------\n\n> ### In a quote\n\nNote.[^n]\n\n[^n]: The note.\n"
)
EXTRA = [("Setext heading", "setext-heading"), ("In a quote", "in-a-quote")]


def rendered_ids(html: str) -> list[str]:
    return re.findall(r'<h[1-6][^>]*\bid="([^"]*)"', html)


def test_rendered_heading_ids_are_the_documented_slugs():
    ids = rendered_ids(markdown_to_html(BODY, "topics/alpha.md"))
    assert ids == [anchor for _heading, anchor in HEADINGS + EXTRA]


def test_checker_accepts_exactly_the_ids_the_page_has():
    html = markdown_to_html(BODY, "topics/alpha.md")
    every_id = set(re.findall(r'\bid="([^"]*)"', html))
    assert heading_anchors(BODY, "topics/alpha.md") == every_id
    assert {"fn:n", "fnref:n"} <= every_id  # footnotes are places a link may name too


def test_slugify_is_the_function_the_page_uses():
    for heading, anchor in HEADINGS[:10]:
        assert slugify(heading) == anchor


@pytest.fixture
def anchor_pack(make_pack):
    links = " ".join(f"[{n}](alpha.md#{anchor})" for n, (_h, anchor) in enumerate(HEADINGS + EXTRA))
    local = " ".join(f"[{n}](#{anchor})" for n, (_h, anchor) in enumerate(HEADINGS + EXTRA))
    return make_pack(
        topics={
            "alpha": f"---\ntitle: Alpha\n---\n{BODY}\n\nHere: {local} [fn](#fn:n)\n",
            "beta": f"---\ntitle: Beta\n---\n{links}\n\n[wrong](alpha.md#snakecasename) [bad](#nope)\n",
        }
    )


def test_a_link_to_every_anchor_passes_check_and_wrong_ones_warn(anchor_pack, capsys):
    pack = load_pack(anchor_pack)
    assert [p.format() for p in pack.problems] == [
        "topics/beta.md:6: warning: topic 'alpha' has no heading with anchor #snakecasename",
        "topics/beta.md:6: warning: no heading with anchor #nope here",
    ]
    assert main(["check", str(anchor_pack)]) == 0
    assert "alpha.md" not in capsys.readouterr().out


def test_every_checked_anchor_is_an_id_of_the_reader_page(anchor_pack):
    pack = load_pack(anchor_pack)
    page_ids = set(re.findall(r'\bid="([^"]*)"', render_topic(pack, pack.topics["alpha"])))
    assert {anchor for _h, anchor in HEADINGS + EXTRA} <= page_ids


def test_a_long_topic_shown_in_pieces_numbers_repeated_headings_as_the_whole_page(make_pack):
    body = "\n\n".join(f"## Assessment\n\n{'Words and more words. ' * 40}" for _ in range(6))
    pack = load_pack(make_pack(topics={"alpha": f"---\ntitle: A\n---\n{body}\n"}))
    whole = rendered_ids(render_topic(pack, pack.topics["alpha"]))
    pieces = rendered_ids("".join(topic_parts(pack, pack.topics["alpha"], chunk_bytes=1000)))
    assert whole == ["assessment", *(f"assessment_{n}" for n in range(1, 6))]
    assert pieces == whole
