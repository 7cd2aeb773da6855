"""Brief assembly: choice and order, glossary of used terms, HTML and Markdown output, notes export."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from briefing_app.core import Pack
from briefing_app.core.brief.files import partial_path, write_text_atomic, write_text_brief
from briefing_app.core.brief.html import brief_to_html
from briefing_app.core.brief.markdown import brief_to_markdown, notes_to_markdown
from briefing_app.core.brief.model import (
    BriefCancelled,
    BriefError,
    BriefOptions,
    build_brief,
    used_terms,
)
from briefing_app.core.brief.style import BRIEF_PALETTES
from briefing_app.core.render.stylesheet import PALETTES

NOTE = "> The source calls it a model.\n\n— [The case of Khorgos](khorgos.md#components)"


class Collector(HTMLParser):
    """Collects tags, ids, hrefs and srcs of an HTML document."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.srcs: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        values = dict(attrs)
        for key in ("id", "name"):
            if values.get(key) and (key == "id" or tag == "a"):
                self.ids.append(values[key])
        if "href" in values:
            self.hrefs.append(values["href"] or "")
        if "src" in values:
            self.srcs.append(values["src"] or "")


def parse(page: str) -> Collector:
    collector = Collector()
    collector.feed(page)
    return collector


def test_default_brief_is_every_topic_in_reading_order(bundled_pack: Pack):
    brief = build_brief(bundled_pack, BriefOptions(topic_ids=[]))
    assert [s.topic.id for s in brief.sections] == bundled_pack.topic_order()
    assert brief.options.title == bundled_pack.info.title
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", brief.options.date)
    assert len(brief.terms) == len(bundled_pack.terms), "the whole pack uses every term"


def test_unknown_and_repeated_ids_are_refused_by_name(bundled_pack: Pack):
    with pytest.raises(BriefError, match="'atlantis'") as error:
        build_brief(bundled_pack, BriefOptions(topic_ids=["khorgos", "atlantis"]))
    assert "khorgos" in str(error.value), "the message lists the ids that exist"
    with pytest.raises(BriefError, match="more than once"):
        build_brief(bundled_pack, BriefOptions(topic_ids=["icbc", "icbc"]))


def test_glossary_holds_only_terms_the_chosen_topics_use(bundled_pack: Pack):
    khorgos = bundled_pack.topics["khorgos"]
    terms = {t.id for t in used_terms(bundled_pack, [khorgos])}
    assert {"khorgos", "icbc", "dry-port", "sez"} <= terms
    assert "maritime-silk-road" not in terms and "eaeu" not in terms
    key_points = {t.id for t in used_terms(bundled_pack, [khorgos], key_points_only=True)}
    assert key_points < terms, "key points only print less text, so use fewer terms"
    brief = build_brief(bundled_pack, BriefOptions(topic_ids=["khorgos"], include_glossary=False))
    assert brief.terms == []


def test_html_is_one_self_contained_file(bundled_pack: Pack):
    brief = build_brief(
        bundled_pack,
        BriefOptions(topic_ids=[], marking="RESTRICTED", include_notes=True),
        {"khorgos": NOTE},
    )
    page = brief_to_html(brief)
    found = parse(page)
    assert "link" not in found.tags and "script" not in found.tags and "iframe" not in found.tags
    assert "url(" not in page and "@import" not in page
    assert found.srcs and all(src.startswith("data:image/") for src in found.srcs)
    assert not re.search(r"src=\"https?:", page)
    for href in found.hrefs:
        assert href.startswith(("#", "https:", "http:", "mailto:")), href
        if href.startswith("#"):
            assert href[1:] in found.ids, f"{href} points at nothing"
    assert len(found.ids) == len(set(found.ids)), "ids are unique across topics"
    assert page.count("RESTRICTED") >= len(brief.sections) + 2, "marking on cover, topics, end"
    assert "The source calls it a model." in page and "My notes" in page


def test_links_to_topics_left_out_become_text(bundled_pack: Pack):
    brief = build_brief(bundled_pack, BriefOptions(topic_ids=["khorgos", "icbc"]))
    found = parse(brief_to_html(brief))
    assert "#topic-icbc" in found.hrefs
    assert not any("dry-port" in href for href in found.hrefs if href.startswith("#topic"))
    assert all(not href.startswith(("topic:", "glossary:", "pack:")) for href in found.hrefs)


def test_key_points_only_leaves_out_the_body(bundled_pack: Pack):
    topic = bundled_pack.topics["khorgos"]
    full = brief_to_html(build_brief(bundled_pack, BriefOptions(topic_ids=["khorgos"])))
    short = brief_to_html(
        build_brief(bundled_pack, BriefOptions(topic_ids=["khorgos"], key_points_only=True))
    )
    assert "Why it matters" in full and "Why it matters" not in short
    assert "Talking points" in short and "Key facts" in short and topic.title in short


def test_notes_only_when_asked(bundled_pack: Pack):
    without = build_brief(bundled_pack, BriefOptions(topic_ids=["khorgos"]), {"khorgos": NOTE})
    assert without.sections[0].note == ""
    assert "My notes" not in brief_to_html(without)


def test_markdown_brief(bundled_pack: Pack):
    brief = build_brief(
        bundled_pack,
        BriefOptions(
            topic_ids=["khorgos", "icbc"],
            marking="RESTRICTED",
            author="A. Diplomat",
            include_notes=True,
        ),
        {"khorgos": NOTE},
    )
    text = brief_to_markdown(brief)
    assert text.startswith("**RESTRICTED**\n\n# Kazakhstan and the Belt and Road Initiative")
    assert "1. [The case of Khorgos](#topic-khorgos)" in text
    assert "## The case of Khorgos {#topic-khorgos}" in text
    assert "### Why it matters" in text, "body headings move down one level"
    assert "[ICBC](#topic-icbc)" in text and "| Dry port |" in text, "left-out topic is text"
    assert "](data:image/svg+xml;base64," in text
    assert "[^khorgos-names]" in text
    assert "### My notes" in text and "> The source calls it a model." in text
    assert "## Glossary {#glossary}" in text and "### Khorgos {#term-khorgos}" in text
    assert "Prepared by A. Diplomat" in text


def test_progress_can_cancel(bundled_pack: Pack, tmp_path: Path):
    brief = build_brief(bundled_pack, BriefOptions(topic_ids=[]))
    seen: list[tuple[int, int]] = []

    def stop_after_three(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 3

    with pytest.raises(BriefCancelled):
        write_text_brief(brief, tmp_path / "b.html", "html", stop_after_three)
    assert seen[-1] == (3, len(brief.sections) + 1)
    assert list(tmp_path.iterdir()) == [], "a cancelled export leaves no file"


def test_atomic_write_leaves_nothing_on_failure(tmp_path: Path):
    target = tmp_path / "missing-folder" / "brief.md"
    with pytest.raises(OSError):
        write_text_atomic(target, "text")
    assert not partial_path(target).exists()
    good = tmp_path / "brief.md"
    write_text_atomic(good, "Хоргос\n")
    assert good.read_text(encoding="utf-8") == "Хоргос\n" and not partial_path(good).exists()


def test_notes_export_has_a_heading_per_topic_in_reading_order(bundled_pack: Pack):
    text = notes_to_markdown(
        bundled_pack,
        {
            "icbc": "Second [back](khorgos.md)",
            "khorgos": "# Mine\nFirst",
            "overview": "  ",
            "gone": "Old",
        },
        today="2026-11-30",
    )
    lines = text.splitlines()
    assert lines[0] == "# My notes on Kazakhstan and the Belt and Road Initiative"
    assert "Exported 2026-11-30" in lines
    headings = [line for line in lines if line.startswith("## ")]
    assert headings == [
        "## The case of Khorgos {#note-khorgos}",
        "## International Centre for Boundary Cooperation {#note-icbc}",
        "## gone {#note-gone}",
    ]
    assert "### Mine" in lines and "Second [back](#note-khorgos)" in lines


def style_of(page: str) -> str:
    return page[page.index("<style>") : page.index("</style>")]


def test_html_for_browsers_reads_as_a_page_and_prints_as_one(bundled_pack: Pack):
    brief = build_brief(bundled_pack, BriefOptions(topic_ids=[], marking='SECRET "X" </style>'))
    page = brief_to_html(brief)
    css = style_of(page)
    assert page.count("</style>") == 1, "the marking cannot close the stylesheet"
    assert "max-width: 70ch" in css, "a readable measure"
    assert "@media screen and (prefers-color-scheme: dark)" in css
    at_page = css[css.index("@page") :]
    assert re.match(r"@page \{ size: A4; margin: [\d.]+mm", at_page)
    for box in ("@top-center", "@bottom-center"):
        rule = re.search(box + r" \{[^}]*content: \"([^\"]*)\"", at_page)
        assert rule and "SECRET" in rule.group(1), f"the marking is in {box} of every page"
    assert 'counter(page) " of " counter(pages)' in at_page
    printed = css[css.index("@media print") :]
    assert re.search(r"h1, h2, h3[^{]*\{\s*break-after: avoid", printed)
    assert re.search(r"table\.box, table\.grid tr[^{]*\{ break-inside: avoid", printed)
    numbers = re.findall(r'<td class="num"[^>]*>(\d*)\.?</td>', page)
    assert numbers[:3] == ["1", "2", "3"], "contents numbers sit in a column of their own"


def test_paged_html_keeps_to_what_qtextdocument_reads(bundled_pack: Pack):
    css = style_of(brief_to_html(build_brief(bundled_pack, BriefOptions(topic_ids=[])), paged=True))
    assert "@page" not in css and "@media" not in css and "70ch" not in css
    assert "-qt-user-state: 1" in css, "blocks to keep with the next are marked"


def test_every_colour_of_a_brief_comes_from_a_palette(bundled_pack: Pack):
    brief = build_brief(bundled_pack, BriefOptions(topic_ids=["khorgos"], marking="M"))
    allowed = {
        value.lower()
        for palette in (*PALETTES.values(), *BRIEF_PALETTES.values())
        for value in palette.values()
    }
    for paged in (True, False):
        used = set(re.findall(r"#[0-9a-fA-F]{3,8}\b", style_of(brief_to_html(brief, paged=paged))))
        assert used and {colour.lower() for colour in used} <= allowed


def test_speaking_notes_run_topics_on(bundled_pack: Pack):
    options = BriefOptions(topic_ids=["khorgos", "icbc"], layout="speaking-notes")
    brief = build_brief(bundled_pack, options)
    assert brief.options.key_points_only, "speaking notes hold the key points only"
    page = brief_to_html(brief, paged=True)
    body = page[page.index("<body>") : page.index('id="glossary"')]
    assert "page-break-before" not in body, "topics run on"
    assert "Contents" not in body and "Why it matters" not in body
    khorgos = body[body.index('id="topic-khorgos"') : body.index('id="topic-icbc"')]
    assert khorgos.index("Talking points") < khorgos.index("Key facts")
    with pytest.raises(BriefError, match="no layout 'poster'"):
        build_brief(bundled_pack, BriefOptions(topic_ids=[], layout="poster"))


def test_the_cover_says_who_the_pack_is_for_and_how_recent_its_facts_are(bundled_pack: Pack):
    page = brief_to_html(build_brief(bundled_pack, BriefOptions(topic_ids=["overview"])))
    cover = page.split('class="cover-title"', 1)[1].split("</table>", 1)[0]
    assert f"facts as of {bundled_pack.info.facts_as_of}" in cover
    assert f"For {bundled_pack.info.audience}" in cover.replace("&#x27;", "'")
