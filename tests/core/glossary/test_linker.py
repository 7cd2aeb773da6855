"""Term linking: the matcher's rules and the page pass, on small glossaries and the real pack."""

from __future__ import annotations

import html
import re
from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from briefing_app.core import Pack, Term, load_pack, render_topic
from briefing_app.core.glossary.linker import TermMatcher, is_acronym, link_html, matcher_for

TERMS = [
    Term("khorgos", "Khorgos", aliases=["Horgos"], translations={"ru": "Хоргос", "zh": "霍尔果斯"}),
    Term(
        "khorgos-eastern-gate-sez",
        "Khorgos–Eastern Gate SEZ",
        aliases=["Khorgos Eastern Gate"],
        translations={"ru": "СЭЗ «Хоргос – Восточные ворота»"},
    ),
    Term("sco", "Shanghai Cooperation Organisation", aliases=["SCO"]),
    Term("bri", "Belt and Road Initiative", aliases=["BRI", "Belt and Road"]),
    Term(
        "eaeu",
        "Eurasian Economic Union",
        aliases=["EAEU"],
        translations={"ru": "Евразийский экономический союз (ЕАЭС)"},
    ),
    Term("srf", "Silk Road Fund", translations={"ru": "Фонд Шёлкового пути"}),
    Term("china", "China", aliases=["People's Republic of China"]),
    Term("ktz", "Kazakhstan Temir Zholy", translations={"ru": "«Казахстан темир жолы» (КТЖ)"}),
]
TERM_LINK = re.compile(
    r'<a class="term" href="glossary:([^"]+)"><span class="term">(.*?)</span></a>'
)


def found(text: str) -> list[tuple[str, str]]:
    """Return (term id, matched text) for each match in ``text``."""
    return [(m.term_id, text[m.start : m.end]) for m in TermMatcher(TERMS).find(text)]


def links(page: str) -> list[tuple[str, str]]:
    return TERM_LINK.findall(page)


def test_longest_match_wins():
    assert found("The Khorgos–Eastern Gate SEZ opened.") == [
        ("khorgos-eastern-gate-sez", "Khorgos–Eastern Gate SEZ")
    ]
    assert found("Khorgos Eastern Gate and Khorgos.") == [
        ("khorgos-eastern-gate-sez", "Khorgos Eastern Gate"),
        ("khorgos", "Khorgos"),
    ]
    assert found("the Belt and Road Initiative") == [("bri", "Belt and Road Initiative")]


def test_whole_words_only():
    assert found("The SCOPE of SCOTLAND") == []
    assert found("the SCO's summit and SCO-wide rules") == [("sco", "SCO"), ("sco", "SCO")]
    assert found("Khorgosian") == []
    assert found("People's Republic of China") == [("china", "People's Republic of China")]
    assert found("People’s Republic of China") == [("china", "People’s Republic of China")]


def test_acronyms_match_case_sensitively_names_do_not():
    assert is_acronym("BRI") and is_acronym("ЕАЭС") and is_acronym("C5")
    assert not is_acronym("Khorgos") and not is_acronym("霍尔果斯")
    assert found("bri and Bri and sco") == []
    assert found("BRI") == [("bri", "BRI")]
    assert found("KHORGOS and khorgos") == [("khorgos", "KHORGOS"), ("khorgos", "khorgos")]


def test_spaces_and_dashes_in_names():
    assert found("Belt and\nRoad") == [("bri", "Belt and\nRoad")]
    assert found("Belt andRoad") == []
    assert found("Khorgos-Eastern Gate SEZ") == [
        ("khorgos-eastern-gate-sez", "Khorgos-Eastern Gate SEZ")
    ]


def test_cyrillic_names_with_case_and_yo_folding():
    assert found("через Хоргос и ХОРГОС") == [("khorgos", "Хоргос"), ("khorgos", "ХОРГОС")]
    assert found("Хоргоса") == []  # whole words: inflected forms are not the name
    assert found("Фонд Шелкового пути") == [("srf", "Фонд Шелкового пути")]
    # "X (Y)" names are also found as X and as Y; Y is an acronym, so its case counts.
    assert found("ЕАЭС и Евразийский экономический союз") == [
        ("eaeu", "ЕАЭС"),
        ("eaeu", "Евразийский экономический союз"),
    ]
    assert found("еаэс") == []
    # Quotes inside a name are part of it; quotes around a whole name are optional.
    assert found("СЭЗ Хоргос – Восточные ворота") == [("khorgos", "Хоргос")]
    assert found("СЭЗ «Хоргос – Восточные ворота»") == [
        ("khorgos-eastern-gate-sez", "СЭЗ «Хоргос – Восточные ворота»")
    ]
    assert found("«Казахстан темир жолы» и Казахстан темир жолы, КТЖ") == [
        ("ktz", "«Казахстан темир жолы»"),
        ("ktz", "Казахстан темир жолы"),
        ("ktz", "КТЖ"),
    ]


def test_chinese_names_match_as_substrings():
    assert found("中国霍尔果斯口岸") == [("khorgos", "霍尔果斯")]
    assert found("霍尔果") == []


def test_links_skip_headings_links_code_urls_and_sources():
    page = (
        "<h2>Khorgos</h2>"
        '<p>See <a href="topic:x">Khorgos page</a> and <code>SCO</code>.</p>'
        "<pre>BRI</pre>"
        "<p>Visit https://example.org/SCO/Khorgos or www.example.org/BRI today.</p>"
        '<p class="sources">Source: The Case of Khorgos</p>'
        '<ul class="related"><li>EAEU summary</li></ul>'
        '<p class="no-terms">SCO opted out</p>'
    )
    result = link_html(page, TermMatcher(TERMS))
    assert links(result.html) == []
    # Headings and link texts still count as uses; code, URLs, sources and opt-outs do not.
    assert result.found == {"khorgos"}


def test_terms_inside_mail_and_web_addresses_are_not_linked():
    page = (
        "<p>Write to info@khorgos.kz or press.office@sco-khorgos.org.cn, "
        "see mailto:horgos@example.org and http://khorgos.example/sco-page.</p>"
        '<p><span class="missing-image">Image not found: Khorgos map (assets/m.png)</span></p>'
    )
    result = link_html(page, TermMatcher(TERMS))
    assert links(result.html) == [] and result.found == set()
    result = link_html("<p>Khorgos: write to info@khorgos.kz.</p>", TermMatcher(TERMS))
    assert links(result.html) == [("khorgos", "Khorgos")], "the word outside the address is"
    assert "info@khorgos.kz" in result.html


def test_first_occurrence_per_section_only():
    page = (
        "<p>Khorgos and Horgos and SCO.</p><p>Khorgos again.</p>"
        "<h2>Next</h2><p>Khorgos once more, SCO too.</p>"
    )
    result = link_html(page, TermMatcher(TERMS))
    assert links(result.html) == [
        ("khorgos", "Khorgos"),
        ("sco", "SCO"),
        ("khorgos", "Khorgos"),
        ("sco", "SCO"),
    ]
    every = link_html(page, TermMatcher(TERMS), first_per_section=False)
    assert len(links(every.html)) == 6


def test_an_author_link_counts_as_the_first_occurrence():
    page = '<p><a href="glossary:sco">the organisation</a> and SCO.</p><h3>Later</h3><p>SCO</p>'
    result = link_html(page, TermMatcher(TERMS))
    assert links(result.html) == [("sco", "SCO")]
    assert result.html.index('href="glossary:sco">the organisation') < result.html.index("Later")
    assert "sco" in result.found


def test_text_is_escaped_and_otherwise_unchanged():
    page = "<p>R&amp;D &lt;tag&gt; near Khorgos &amp; BRI</p>"
    result = link_html(page, TermMatcher(TERMS))
    assert TERM_LINK.sub(r"\2", result.html) == page
    assert links(result.html) == [("khorgos", "Khorgos"), ("bri", "BRI")]


@given(st.text(max_size=300))
def test_any_text_links_without_changing_the_words(text: str):
    page = f"<p>{html.escape(text, quote=False)}</p>"
    result = link_html(page, TermMatcher(TERMS), first_per_section=False)
    assert TERM_LINK.sub(r"\2", result.html) == page
    matches = TermMatcher(TERMS).find(text)
    assert all(a.end <= b.start for a, b in pairwise(matches))
    assert all(0 <= m.start < m.end <= len(text) for m in matches)


def test_render_topic_links_terms_and_can_switch_it_off(make_pack):
    glossary = """
        - term: Khorgos
          id: khorgos
          aliases: [Horgos]
        - term: Shanghai Cooperation Organisation
          id: sco
          aliases: [SCO]
        """
    topics = {
        "alpha": """
            ---
            title: Khorgos and the SCO
            summary: Khorgos is a border town.
            key_facts: [The SCO met.]
            ---
            ## Khorgos today

            Horgos and the SCO; see [SCO](glossary:sco) and `SCO` code.

            ## Opted out

            Khorgos is not linked here.
            {: .no-terms}
            """,
        "beta": "---\ntitle: Beta\n---\nNothing here.\n",
    }
    pack = load_pack(make_pack(topics=topics, glossary=glossary))
    page = render_topic(pack, pack.topics["alpha"])
    # Summary and key facts are the first section; the title and the heading are never linked.
    assert links(page) == [
        ("khorgos", "Khorgos"),
        ("sco", "SCO"),
        ("khorgos", "Horgos"),
        ("sco", "SCO"),
    ]
    assert '<a href="glossary:sco">SCO</a>' in page  # the author's link is kept as written
    assert "<h1" in page and "Khorgos and the SCO</h1>" in page
    assert links(render_topic(pack, pack.topics["alpha"], term_links=False)) == []


def test_matcher_is_built_once_per_pack(bundled_pack: Pack):
    assert matcher_for(bundled_pack) is matcher_for(bundled_pack)
    other = load_pack()
    assert matcher_for(other) is not matcher_for(bundled_pack)


def test_bundled_topics_link_their_terms(bundled_pack: Pack):
    page = render_topic(bundled_pack, bundled_pack.topics["khorgos"])
    linked = dict((term_id, text) for term_id, text in reversed(links(page)))
    assert linked["khorgos-eastern-gate-sez"] == "Khorgos–Eastern Gate SEZ"
    assert linked["xinjiang"] == "Xinjiang"
    assert linked["icbc"] == "ICBC"
    assert "Khorgos</h1>" in page  # the title is never linked
