"""The brief as PDF: cover, contents with true page numbers, marking at the head and foot of
every page, page numbers, the author in the metadata, no heading or box title at a page's
foot, tables whole, topic titles, a glossary of only the terms used (read back with pypdf),
and the speaking-notes layout."""

from __future__ import annotations

import html
import re
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPdfWriter

from briefing_app.cli import main
from briefing_app.core import Pack
from briefing_app.core.brief.html import brief_to_html
from briefing_app.core.brief.model import BriefOptions, build_brief, used_terms
from briefing_app.ui.prep.brief_pages import items
from briefing_app.ui.prep.brief_pdf import PDF_DPI, PdfJob, lay_out_brief, setup_page


def compact(text: str) -> str:
    """Text without whitespace or ligatures (pypdf splits words and lines its own way)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def pages_of(path: Path) -> list[str]:
    return [compact(page.extract_text()) for page in PdfReader(str(path)).pages]


def contents_page_numbers(pages: list[str], titles: list[str]) -> list[int]:
    """Read the page number printed beside each numbered title in the table of contents."""
    contents = pages[1]
    assert "Contents1." in contents[:120], contents[:120]
    numbers = []
    for number, title in enumerate(titles, 1):
        after = f"{number + 1}.{compact(titles[number])}" if number < len(titles) else "Glossary"
        pattern = re.escape(f"{number}.{compact(title)}") + r"(\d+)" + re.escape(after)
        match = re.search(pattern, contents)
        assert match, f"{title!r} is not in the contents"
        numbers.append(int(match.group(1)))
    return numbers


@pytest.fixture(scope="module")
def whole_pack_pdf(tmp_path_factory, qapp) -> Path:
    out = tmp_path_factory.mktemp("pdf") / "brief.pdf"
    code = main(["export", "--output", str(out), "--author", "A. Diplomat", "--date", "2026-11-30"])
    assert code == 0
    return out


def test_cover_contents_topics_and_marking(whole_pack_pdf: Path, bundled_pack: Pack):
    pages = pages_of(whole_pack_pdf)
    marking = compact(bundled_pack.info.classification)
    cover = pages[0]
    assert compact(bundled_pack.info.title) in cover
    assert "PreparedbyA.Diplomat" in cover and "2026-11-30" in cover and marking in cover
    titles = [bundled_pack.topics[t].title for t in bundled_pack.topic_order()]
    numbers = contents_page_numbers(pages, titles)
    assert numbers == sorted(numbers) and numbers[0] == 3
    for title, number in zip(titles, numbers, strict=True):
        assert compact(title) in pages[number - 1], f"{title!r} is not on page {number}"
    for index, page in enumerate(pages, 1):
        assert marking in page, f"page {index} has no marking"
        assert f"Page{index}of{len(pages)}" in page


def test_glossary_of_the_whole_pack_has_every_term(whole_pack_pdf: Path, bundled_pack: Pack):
    pages = pages_of(whole_pack_pdf)
    glossary_page = int(re.search(r"Glossary(\d+)", pages[1]).group(1))
    assert pages[glossary_page - 1].startswith(
        compact(bundled_pack.info.classification) + "Glossary"
    )
    glossary = "".join(pages[glossary_page - 1 :])
    for term in bundled_pack.terms:
        assert compact(term.term) in glossary, term.term


def test_glossary_holds_only_the_terms_used(qapp, tmp_path: Path, bundled_pack: Pack):
    out = tmp_path / "khorgos.pdf"
    assert main(["export", "-o", str(out), "--topics", "khorgos,icbc", "--marking", "TEST"]) == 0
    pages = pages_of(out)
    glossary_page = int(re.search(r"Glossary(\d+)", pages[1]).group(1))
    glossary = "".join(pages[glossary_page - 1 :])
    chosen = [bundled_pack.topics["khorgos"], bundled_pack.topics["icbc"]]
    used = used_terms(bundled_pack, chosen)
    for term in used:
        assert compact(term.term) in glossary, term.term
    defined = compact(" ".join(t.definition + " ".join(t.names()) for t in used))
    unused = [t for t in bundled_pack.terms if t not in used and compact(t.term) not in defined]
    assert len(unused) >= 10
    for term in unused:
        assert compact(term.term) not in glossary, f"{term.term} is not used but printed"
    assert all(page.startswith("TEST") for page in pages)


def test_cancelled_pdf_leaves_no_file(qapp, tmp_path: Path, bundled_pack: Pack):
    brief = build_brief(bundled_pack, BriefOptions(topic_ids=["khorgos", "icbc"]))
    out = tmp_path / "brief.pdf"
    calls: list[tuple[int, int]] = []

    def stop_at_two(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < 2

    assert PdfJob(brief, out).run(stop_at_two) is False
    assert calls[0][0] == 0 and calls[-1][0] == 2
    assert list(tmp_path.iterdir()) == []
    assert PdfJob(brief, out).run() is True
    assert out.read_bytes().startswith(b"%PDF") and [p.name for p in tmp_path.iterdir()] == [
        "brief.pdf"
    ]


def brief_headings(brief) -> set[str]:
    """The headings and box titles of a brief, compacted (tags stripped, entities read)."""
    page = brief_to_html(brief, paged=True)
    found = re.findall(
        r'<h[1-4][^>]*>(.*?)</h[1-4]>|<p class="(?:boxhead|admonition-title|label)">(.*?)</p>',
        page,
        re.DOTALL,
    )
    texts = {html.unescape(re.sub(r"<[^>]+>", "", a or b)) for a, b in found}
    return {compact(text) for text in texts if text.strip()}


def last_lines(path: Path) -> list[str]:
    """The last line of each page's text above its footer (title, page, marking), compacted."""
    last = []
    for page in PdfReader(str(path)).pages:
        lines = [line for line in page.extract_text().splitlines() if line.strip()]
        last.append(compact(lines[-4]))
    return last


def pages_ending_with_a_heading(path: Path, headings: set[str]) -> list[tuple[int, str]]:
    """Pages whose last line is a heading, or the end of a heading set on two lines."""
    return [
        (number, line)
        for number, line in enumerate(last_lines(path), 1)
        if line in headings or (len(line) >= 6 and any(h.endswith(line) for h in headings))
    ]


def test_marking_heads_and_foots_every_page_and_the_author_is_in_the_metadata(
    whole_pack_pdf: Path, bundled_pack: Pack
):
    reader = PdfReader(str(whole_pack_pdf))
    marking = compact(bundled_pack.info.classification)
    for number, page in enumerate(reader.pages, 1):
        lines = [compact(line) for line in page.extract_text().splitlines() if line.strip()]
        assert lines[0] == marking, f"page {number} is not headed by the marking"
        assert lines[-1] == marking, f"page {number} has no marking at its foot"
        assert lines[-2] == f"Page{number}of{len(reader.pages)}"
    assert reader.metadata is not None
    assert reader.metadata.author == "A. Diplomat"
    assert reader.metadata.title == bundled_pack.info.title


def test_no_page_ends_with_a_heading_or_a_box_title(whole_pack_pdf: Path, bundled_pack: Pack):
    brief = build_brief(bundled_pack, BriefOptions(topic_ids=[], author="A. Diplomat"))
    headings = brief_headings(brief)
    assert {"Talkingpoints", "Keyfacts", compact(bundled_pack.topics["khorgos"].title)} <= headings
    assert pages_ending_with_a_heading(whole_pack_pdf, headings) == []


def test_headings_stay_with_their_text_and_tables_are_not_split(qapp, tmp_path, bundled_pack):
    brief = build_brief(bundled_pack, BriefOptions(topic_ids=[]))
    writer = QPdfWriter(str(tmp_path / "unused.pdf"))
    writer.setResolution(PDF_DPI)
    setup_page(writer)
    paged = lay_out_brief(brief, writer)
    height = paged.body_height
    found = items(paged.document, height)
    tables = [item for item in found if item.table is not None]
    headings = [n for n, item in enumerate(found[:-1]) if item.keep_with_next]
    assert len(tables) > 40 and len(headings) > 100

    def page(y: float) -> int:  # a line moved to a page may start a hair above its top
        return int((y + 1) // height)

    for item in tables:
        if item.bottom - item.top <= height:
            assert page(item.top) == page(item.bottom - 2), "a table is split"
    for index in headings:
        heading, following = found[index], found[index + 1]
        assert page(heading.top) == page(following.head_bottom - 2), (
            f"{heading.block.text()!r} is parted from what follows"
        )
    closing = [n for n, item in enumerate(found) if item.keep_with_previous]
    assert len(closing) >= len(brief.sections), "each topic closes with its sources"
    for index in closing:
        line, previous = found[index], found[index - 1]
        assert page(line.top) == page(previous.bottom - 2), (
            f"{line.block.text()[:40]!r} stands alone at the top of a page"
        )


def test_speaking_notes_run_on_in_fewer_pages(qapp, whole_pack_pdf: Path, tmp_path, bundled_pack):
    out = tmp_path / "notes.pdf"
    assert main(["export", "-o", str(out), "--layout", "speaking-notes", "--no-glossary"]) == 0
    notes, full = pages_of(out), pages_of(whole_pack_pdf)
    assert len(notes) * 4 < len(full), (len(notes), len(full))
    text = "".join(notes)
    titles = [compact(bundled_pack.topics[t].title) for t in bundled_pack.topic_order()]
    position = 0
    for title in titles:  # every topic, in reading order
        position = text.index(title, position) + len(title)
    assert "Contents" not in text and "Whymatters" not in text
    assert text.count("Talkingpoints") == len(titles)


def test_page_breaks_are_added_a_step_at_a_time(qapp, tmp_path: Path, bundled_pack: Pack):
    """Each break makes Qt lay out the rest again: the PDF job yields after each one, so the
    window keeps answering while a long brief is laid out (a 400-page brief stopped it for
    6 s), and the breaks are the same as when every item is measured again after each."""
    from PySide6.QtGui import QTextDocument

    from briefing_app.ui.prep.brief_pages import _add_break, _break_target, _fault
    from briefing_app.ui.prep.brief_pdf import PagedDocument, brief_template

    html = brief_template(build_brief(bundled_pack, BriefOptions(topic_ids=[]))).html
    writer = QPdfWriter(str(tmp_path / "x.pdf"))
    writer.setResolution(PDF_DPI)
    setup_page(writer)
    paged = PagedDocument("", writer)
    steps = sum(1 for _step in paged.set_html_steps(html))

    def measure_all_each_time(document: QTextDocument, height: float) -> int:
        added = 0
        while True:
            found = items(document, height)
            for index in range(len(found)):
                fault = _fault(found, index, height)
                target = None if fault is None else _break_target(found, fault, height)
                if target is not None:
                    _add_break(document, found[target])
                    added += 1
                    break
            else:
                return added

    fresh = PagedDocument("", writer)
    fresh.document.setHtml(fresh._load_images(html))
    added = measure_all_each_time(fresh.document, fresh.body_height)
    assert added > 3 and steps == 1 + added  # the layout, then a step for each break

    def starts(paged: PagedDocument) -> list[int]:
        found = items(paged.document, paged.body_height)
        return [index for index, item in enumerate(found) if item.has_break()]

    assert starts(paged) == starts(fresh)
