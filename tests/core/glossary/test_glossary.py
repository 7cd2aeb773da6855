"""The glossary in core: "Used in", "See also", the checks, the hover card, the pages, the export."""

from __future__ import annotations

import csv
import io
import re

import pytest

from briefing_app.cli import main
from briefing_app.core import Pack, Term, load_pack, render_topic
from briefing_app.core.glossary.export import export_glossary, glossary_markdown
from briefing_app.core.glossary.headwords import group_by_letter, letter_of
from briefing_app.core.glossary.linker import link_html, matcher_for
from briefing_app.core.glossary.pages import (
    render_glossary_page,
    render_term_page,
    short_definition,
    term_tooltip,
)
from briefing_app.core.glossary.scan import markdown_scan_text, topic_terms
from briefing_app.core.glossary.usage import see_also, term_usage, used_in
from briefing_app.core.render.markdown import plain_text


def topic_text(pack: Pack, topic_id: str) -> str:
    """The words of a topic a reader sees as its text (not the related list or the sources)."""
    topic = pack.topics[topic_id]
    parts = [topic.title, topic.summary, *topic.key_facts, topic.body, *topic.talking_points]
    return "\n".join(plain_text(part) for part in parts)


@pytest.mark.parametrize("name", ["Lianyungang", "Altynkol", "Nazarbayev University", "AIIB"])
def test_used_in_lists_exactly_the_topics_whose_text_has_the_name(bundled_pack: Pack, name: str):
    term = next(t for t in bundled_pack.terms if name in (t.term, *t.aliases))
    pattern = re.compile(
        "|".join(rf"(?<!\w){re.escape(n)}(?!\w)" for n in (term.term, *term.aliases))
    )
    expected = [
        t for t in bundled_pack.topic_order() if pattern.search(topic_text(bundled_pack, t))
    ]
    assert expected, name
    assert [t.id for t in used_in(bundled_pack, term.id)] == expected


def test_usage_from_markdown_matches_the_rendered_pages(bundled_pack: Pack):
    matcher = matcher_for(bundled_pack)
    for topic in bundled_pack.topics.values():
        page = render_topic(bundled_pack, topic, term_links=False)
        assert topic_terms(topic, matcher) == link_html(page, matcher, scan_only=True).found, (
            topic.id
        )


def test_scan_text_drops_code_targets_and_opt_outs():
    source = """## The SEZ {#sez-anchor}

Visit [the zone](khorgos.md#sez) or [SCO](glossary:sco), not `BRI` or ![BRI map](m.svg).

```
EAEU in code
```

<span>Khorgos</span> **Eastern** _Gate_ and R&amp;D.

Opted out. {: .no-terms}
"""
    text, linked = markdown_scan_text(source)
    words = " ".join(text.replace("\x00", " ").split())
    assert linked == {"sco"}
    assert "The SEZ" in words and "the zone" in words and "Khorgos" in words and "R&D" in words
    for gone in ("khorgos.md", "BRI", "EAEU", "sez-anchor", "Opted out"):
        assert gone not in words, gone


def test_every_bundled_term_is_used_and_usage_follows_reading_order(bundled_pack: Pack):
    usage = term_usage(bundled_pack)
    assert set(usage) == {t.id for t in bundled_pack.terms}
    order = bundled_pack.topic_order()
    for term_id, topics in usage.items():
        assert topics, term_id
        assert topics == sorted(topics, key=order.index), term_id
    assert term_usage(bundled_pack) is usage  # cached per pack


def test_see_also_starts_with_terms_named_in_the_definition(bundled_pack: Pack):
    term = bundled_pack.term("altynkol")
    assert term is not None
    related = [t.id for t in see_also(bundled_pack, term)]
    # "Kazakh railway border station at Khorgos, where trains from China arrive for gauge change at the dry port."
    assert related[:4] == ["khorgos", "china", "gauge-change", "dry-port"]
    assert "altynkol" not in related and len(related) <= 8


def test_tooltip_expands_an_acronym_and_labels_each_language(bundled_pack: Pack):
    card = term_tooltip(bundled_pack, "sez", "SEZ")
    assert "<b>SEZ</b> — special economic zone" in card
    assert "A defined area with its own tax, customs and administrative regime" in card
    assert "Kazakhstan has more than a dozen" not in card  # only the first sentence
    for language, name in [
        ("Russian", "специальная экономическая зона"),
        ("Kazakh", "арнайы экономикалық аймақ"),
        ("Chinese", "经济特区"),
    ]:
        assert re.search(rf">{language}</td><td lang=\"\w+\">{name}<", card), language
    assert card.index("Russian") < card.index("Kazakh") < card.index("Chinese")
    headword = term_tooltip(bundled_pack, "khorgos", "Khorgos")
    assert "<b>Khorgos</b>" in headword and "—" not in headword.split("</p>")[0]
    assert term_tooltip(bundled_pack, "no-such-term") == ""


def test_tooltip_definition_is_rendered_not_raw_markdown(bundled_pack: Pack):
    card = term_tooltip(bundled_pack, "astana", "Nur-Sultan")
    assert "<b>Nur-Sultan</b> — Astana" in card
    assert "**" not in card


def test_short_definition_cuts_long_text_at_a_word():
    long = "A " + "very " * 80 + "long sentence."
    cut = short_definition(long)
    assert cut.endswith("…") and len(cut) <= 201 and " ver…" not in cut
    assert short_definition("Short one. Second sentence here. Third.") == (
        "Short one. Second sentence here. Third."
    )
    assert short_definition(
        "**Bold** first sentence that is long enough to stand alone here. Next."
    ) == ("Bold first sentence that is long enough to stand alone here. Next.")
    assert short_definition("") == ""


def test_term_page_has_used_in_and_see_also_links(bundled_pack: Pack):
    term = bundled_pack.term("lianyungang")
    assert term is not None
    page = render_term_page(bundled_pack, term)
    assert "Used in" in page and '<a href="topic:dry-port">The dry port</a>' in page
    assert "See also" in page and 'href="glossary:' in page
    assert '<td lang="zh">连云港</td>' in page


def test_glossary_page_lists_every_term_a_to_z(bundled_pack: Pack):
    page = render_glossary_page(bundled_pack)
    positions = [page.index(f">{t.term}</h3>") for t in bundled_pack.terms]
    assert len(positions) == len(bundled_pack.terms) >= 55
    groups = group_by_letter(bundled_pack.terms)
    assert [letter for letter, _ in groups][:3] == ["0–9", "A", "B"]
    for letter, terms in groups:
        assert f'<h2 id="letter-{letter}">{letter}</h2>' in page
        assert f'<a href="#letter-{letter}">{letter}</a>' in page
        assert all(letter_of(t.term) == letter for t in terms)
    headwords = [t.term for _letter, terms in groups for t in terms]
    assert sorted(positions) == [page.index(f">{h}</h3>") for h in headwords]
    assert "Used in:" in page and "Russian" in page and "Қорғас" in page


def test_letters_ignore_accents_and_group_digits():
    assert letter_of("Ägypten") == "A"
    assert letter_of("«Quoted»") == "Q"
    assert letter_of("21st century") == "0–9"
    assert letter_of("Хоргос") == "Х"
    assert [
        g for g, _ in group_by_letter([Term("b", "beta"), Term("a", "Alpha"), Term("z", "1x")])
    ] == [
        "0–9",
        "A",
        "B",
    ]


# -- checks -----------------------------------------------------------------

TOPICS = {
    "alpha": "---\ntitle: Alpha\n---\nThe SEZ at Khorgos.\n",
    "beta": "---\ntitle: Beta\n---\nNothing here.\n",
}


def warnings(pack: Pack) -> list[str]:
    return [p.format() for p in pack.problems if p.file == "glossary.yaml"]


def test_check_warns_about_a_term_no_topic_uses(make_pack):
    glossary = """
        - term: Khorgos
          id: khorgos
        - term: Lianyungang
          id: lianyungang
        """
    pack = load_pack(make_pack(topics=TOPICS, glossary=glossary))
    assert warnings(pack) == [
        "glossary.yaml:3: warning: term 'Lianyungang' is not used in any topic; "
        "mention it in a topic or remove it from the glossary"
    ]


def test_check_warns_about_a_headword_defined_twice(make_pack):
    glossary = """
        - term: Khorgos
          id: khorgos
        - term: khorgos
          id: khorgos-2
        """
    pack = load_pack(make_pack(topics=TOPICS, glossary=glossary))
    assert warnings(pack) == [
        "glossary.yaml:3: warning: term 'khorgos' (id 'khorgos-2') is also defined on line 1 "
        "with id 'khorgos'; merge the two entries"
    ]


def test_check_warns_about_an_alias_shared_by_two_terms(make_pack):
    glossary = """
        - term: special economic zone
          id: sez
          aliases: [SEZ]
        - term: Khorgos
          id: khorgos
          aliases: [Horgos, SEZ]
        """
    pack = load_pack(make_pack(topics=TOPICS, glossary=glossary))
    assert warnings(pack) == [
        "glossary.yaml:4: warning: alias 'SEZ' of term 'Khorgos' is also a name of term "
        "'special economic zone' (line 1); links go to 'special economic zone', "
        "so keep the name on one term only"
    ]
    # The case rule applies: "sez" is not the acronym "SEZ".
    pack = load_pack(make_pack(topics=TOPICS, glossary=glossary.replace("Horgos, SEZ", "sez")))
    assert not any("alias" in w for w in warnings(pack))


def test_check_keeps_reporting_unknown_topics(make_pack):
    glossary = """
        - term: Khorgos
          topics: [alpha, nowhere]
        """
    pack = load_pack(make_pack(topics=TOPICS, glossary=glossary))
    assert warnings(pack) == [
        "glossary.yaml:1: warning: term 'Khorgos' names topic 'nowhere', which does not exist"
    ]


# -- export -----------------------------------------------------------------


def test_csv_export_reads_back_with_the_csv_module(bundled_pack: Pack, tmp_path):
    out = tmp_path / "glossary.csv"
    assert export_glossary(bundled_pack, out) == "CSV"
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 byte-order mark, for Excel
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert list(rows[0])[:9] == [
        "term",
        "id",
        "aliases",
        "ru",
        "kk",
        "zh",
        "definition",
        "topics",
        "used_in",
    ]
    assert len(rows) == len(bundled_pack.terms)
    khorgos = next(r for r in rows if r["id"] == "khorgos")
    assert khorgos["term"] == "Khorgos"
    assert khorgos["aliases"] == "Khorgas; Horgos; Korgas; Qorgas"
    assert (khorgos["ru"], khorgos["kk"], khorgos["zh"]) == ("Хоргос", "Қорғас", "霍尔果斯")
    assert khorgos["topics"] == "khorgos; icbc; dry-port; khorgos-eastern-gate-sez"
    assert "khorgos" in khorgos["used_in"].split("; ")
    astana = next(r for r in rows if r["id"] == "astana")
    assert "**" not in astana["definition"] and "renamed Nur-Sultan in 2019" in astana["definition"]
    gauge = next(r for r in rows if r["id"] == "gauge-change")
    assert gauge["kk"] == gauge["zh"] == ""


def test_markdown_export_has_a_heading_and_names_per_term(bundled_pack: Pack):
    text = glossary_markdown(bundled_pack)
    assert text.startswith("# Glossary — Kazakhstan and the Belt and Road Initiative\n")
    assert text.count("\n### ") == len(bundled_pack.terms)
    assert "| Kazakh | Қорғас |" in text and "| Chinese | 霍尔果斯 |" in text
    assert "*Also:* Khorgas, Horgos, Korgas, Qorgas" in text


def test_export_command_writes_both_formats(tmp_path, capsys):
    import os
    import stat

    assert main(["export-glossary", "--output", str(tmp_path / "g.csv")]) == 0
    assert main(["export-glossary", "-o", str(tmp_path / "g.md")]) == 0
    assert (tmp_path / "g.md").read_text(encoding="utf-8").startswith("# Glossary")
    assert (tmp_path / "g.csv").read_bytes().startswith(b"\xef\xbb\xbfterm,"), (
        "BOM, then the header"
    )
    assert f"wrote {len(load_pack().terms)} terms as CSV" in capsys.readouterr().err
    if os.name == "posix":  # shared like any other file the user writes (umask applies)
        umask = os.umask(0)
        os.umask(umask)
        for name in ("g.csv", "g.md"):
            mode = stat.S_IMODE((tmp_path / name).stat().st_mode)
            assert mode == 0o666 & ~umask, oct(mode)


def test_export_command_takes_another_pack(make_pack, tmp_path):
    folder = make_pack(
        topics=TOPICS, glossary="- term: Khorgos\n  translations: {zh: 霍尔果斯, de: Chorgos}\n"
    )
    out = tmp_path / "other.csv"
    assert main(["export-glossary", "--output", str(out), "--content", str(folder)]) == 0
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"), newline="")))
    assert rows[0] == [
        "term",
        "id",
        "aliases",
        "ru",
        "kk",
        "zh",
        "de",
        "definition",
        "topics",
        "used_in",
    ]
    assert rows[1][:7] == ["Khorgos", "khorgos", "", "", "", "霍尔果斯", "Chorgos"]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("glossary.txt", "cannot tell the format of"),
        ("missing-folder/glossary.csv", "cannot write"),
        (".", "is a folder"),
    ],
)
def test_export_command_refuses_with_exit_2_and_a_message(tmp_path, capsys, name, message):
    target = tmp_path / name if name != "." else tmp_path / "dir.csv"
    if name == ".":
        target.mkdir()
    assert main(["export-glossary", "--output", str(target)]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not (tmp_path / "missing-folder").exists()
