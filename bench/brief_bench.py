"""Brief benchmark: assembling and writing a brief, and saving a note, beside floors.

    python bench/brief_bench.py [--topics 100] [--saves 200]

For the bundled pack and a synthetic pack of ``--topics`` topics
(:mod:`bench.make_pack`), every topic chosen:

* ``build``: :func:`build_brief` (checks, notes, the glossary of used terms);
* ``html`` / ``markdown``: writing the brief as text; the floor is rendering
  the same topic bodies with :func:`markdown_to_html` alone;
* ``pdf html (worker)``: the paged HTML with page-number placeholders, which
  the app makes in a worker thread; the floor is the browser HTML;
* ``pdf``: :class:`PdfJob` from that HTML to the file (contents laid out
  until the page numbers settle, header and footer on every page); the floor
  is Qt's own ``QTextDocument.print_`` of the same HTML to a QPdfWriter (one
  layout, no numbers, no header or footer);
* ``pdf, longest step``: the longest single step of the job on the GUI
  thread, which is how long the window can stop answering while a PDF is
  written from it;
* ``note save``: p50 and p95 of :meth:`UserStore.save_note` of a 2 KB note
  (WAL, ``synchronous=FULL``, one transaction); the floor is the same upsert
  on a bare SQLite file with the library's defaults (rollback journal).

Figures come from this machine in this run; the floors make them comparable.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.make_pack import make_pack
from briefing_app.core import Pack, load_pack
from briefing_app.core.brief.html import brief_to_html
from briefing_app.core.brief.markdown import brief_to_markdown
from briefing_app.core.brief.model import BriefOptions, build_brief
from briefing_app.core.render.markdown import markdown_to_html
from briefing_app.core.user.store import UserStore


def _p95(values: list[float]) -> float:
    return sorted(values)[max(0, int(len(values) * 0.95) - 1)]


def _row(name: str, figure: float, floor: float | None, note: str = "") -> dict[str, str]:
    return {
        "benchmark": name,
        "figure": f"{figure * 1000:.1f} ms",
        "floor": "" if floor is None else f"{floor * 1000:.1f} ms",
        "ratio": "" if not floor else f"{figure / floor:.2f}x",
        "note": note,
    }


def _timed(work: object) -> float:
    started = time.perf_counter()
    work()  # type: ignore[operator]
    return time.perf_counter() - started


def bench_pack(label: str, pack: Pack, folder: Path) -> list[dict[str, str]]:
    """Measure the brief of every topic of ``pack``; return rows."""
    from PySide6.QtGui import QPdfWriter, QTextDocument

    from briefing_app.ui.prep.brief_pdf import PDF_DPI, PdfJob, brief_template, setup_page

    rows = []
    options = BriefOptions(topic_ids=[], marking="BENCHMARK")
    started = time.perf_counter()
    brief = build_brief(pack, options)
    rows.append(
        _row(f"{label}: build", time.perf_counter() - started, None, f"{len(brief.terms)} terms")
    )
    bodies = _timed(lambda: [markdown_to_html(t.body, t.path) for t in pack.topics.values()])
    html_time = _timed(lambda: brief_to_html(brief))
    rows.append(_row(f"{label}: html", html_time, bodies))
    rows.append(_row(f"{label}: markdown", _timed(lambda: brief_to_markdown(brief)), bodies))

    steps: list[float] = []
    started = time.perf_counter()
    template = brief_template(brief)  # in the app, made by the worker thread
    rows.append(_row(f"{label}: pdf html (worker)", time.perf_counter() - started, html_time))
    job = PdfJob(brief, folder / f"{label}.pdf", template)
    generator = job.steps()
    started = time.perf_counter()
    pages = 0
    while True:
        step_start = time.perf_counter()
        try:
            _done, total = next(generator)
        except StopIteration:
            break
        steps.append(time.perf_counter() - step_start)
        pages = total or pages
    pdf_time = time.perf_counter() - started

    paged_html = brief_to_html(brief, paged=True)

    def qt_print() -> None:
        writer = QPdfWriter(str(folder / f"{label}-floor.pdf"))
        writer.setResolution(PDF_DPI)
        setup_page(writer)
        document = QTextDocument()
        document.setHtml(paged_html)
        document.print_(writer)

    floor = _timed(qt_print)
    rows.append(_row(f"{label}: pdf", pdf_time, floor, f"{pages} pages"))
    rows.append(_row(f"{label}: pdf, longest step", max(steps), None, f"{len(steps)} steps"))
    return rows


def bench_saves(folder: Path, saves: int) -> list[dict[str, str]]:
    """Measure note saves against a bare SQLite upsert; return rows."""
    note = ("Ask about freight volumes at Altynkol — Хоргос. " * 40)[:2048]
    store = UserStore.open(folder / "store.sqlite3")
    ours = []
    for n in range(saves):
        ours.append(_timed(lambda n=n: store.save_note("bench", f"t{n % 20}", note + str(n))))
    store.close()
    bare = sqlite3.connect(folder / "bare.sqlite3", isolation_level=None)
    bare.execute(
        "CREATE TABLE notes (pack_id TEXT, topic_id TEXT, body TEXT, updated TEXT, "
        "PRIMARY KEY (pack_id, topic_id))"
    )
    floor = []
    for n in range(saves):

        def upsert(n: int = n) -> None:
            bare.execute("BEGIN")
            bare.execute(
                "INSERT INTO notes VALUES ('bench', ?, ?, 'now') ON CONFLICT (pack_id, topic_id) "
                "DO UPDATE SET body = excluded.body",
                (f"t{n % 20}", note + str(n)),
            )
            bare.execute("COMMIT")

        floor.append(_timed(upsert))
    bare.close()
    return [
        _row("note save, p50", statistics.median(ours), statistics.median(floor)),
        _row("note save, p95", _p95(ours), _p95(floor)),
    ]


def run(topics: int, saves: int) -> list[dict[str, str]]:
    """Measure everything in this process; return rows."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])
    rows: list[dict[str, str]] = []
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        rows += bench_pack("bundled pack", load_pack(), folder)
        synthetic = make_pack(folder / "pack", topics)
        rows += bench_pack(f"{topics} topics", load_pack(synthetic), folder)
        rows += bench_saves(folder, saves)
    del app
    return rows


def format_table(rows: list[dict[str, str]]) -> str:
    """Return rows as a Markdown table."""
    keys = ["benchmark", "figure", "floor", "ratio", "note"]
    lines = ["| " + " | ".join(keys) + " |", "|" + "---|" * len(keys)]
    lines += ["| " + " | ".join(row[key] for key in keys) + " |" for row in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command line: print the table."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--topics", type=int, default=100)
    parser.add_argument("--saves", type=int, default=200)
    args = parser.parse_args(argv)
    print(format_table(run(args.topics, args.saves)))
    if hasattr(os, "getloadavg"):
        print("\nload average (1, 5, 15 min): " + ", ".join(f"{x:.2f}" for x in os.getloadavg()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
