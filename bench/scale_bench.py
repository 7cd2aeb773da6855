"""Scale benchmark: a 5,000-topic pack in the real window, beside bare QTextBrowser floors.

    python bench/scale_bench.py [--topics 5000] [--switches 200]

One process, ``QT_QPA_PLATFORM=offscreen``, a synthetic pack from
:mod:`bench.make_pack` with a 1,000-term glossary and one 2 MB topic with an
80-row table.  Measured:

* ``open pack``: :func:`~briefing_app.core.pack.cache.load_pack_cached` cold
  (parse) and warm (cache), and building the main window; then the search
  index is let finish in the background, so what follows is the steady state;
* ``switch topic``: p50/p95 of :meth:`MainWindow.open_topic` over random
  topics, first visits and revisits (page cache), each followed by a paint;
  the floor is ``QTextBrowser.setHtml`` of the same, already rendered, page;
* ``2 MB topic``: time until ``open_topic`` returns with the start shown, time
  until the page is complete, and the longest gap between 5 ms timer ticks
  while it fills in (input is handled in those gaps); the floor is one
  ``setHtml`` of the whole rendered page;
* ``peak RSS`` of the process (``ru_maxrss``); the pack is written by a child
  process, so this is the app's memory (pack, caches, index, widgets).

Targets (issue #7): switch p95 <= 50 ms, the 2 MB topic shown <= 500 ms,
RSS <= 300 MB.  :func:`run` returns rows for ``bench/run_all.py``.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench import common


def _p95(values: list[float]) -> float:
    return sorted(values)[max(0, int(len(values) * 0.95) - 1)]


def _row(
    name: str, figure: float, floor: float | None, target: str, ok: bool | None
) -> dict[str, object]:
    return {
        "benchmark": name,
        "figure": f"{figure * 1000:.1f} ms" if figure < 10 else f"{figure:.0f} MB",
        "floor": "" if floor is None else f"{floor * 1000:.1f} ms",
        "ratio": "" if not floor else f"{figure / floor:.2f}x",
        "target": target,
        "result": "" if ok is None else ("pass" if ok else "miss"),
    }


def run(topics: int = 5000, switches: int = 200) -> list[dict[str, object]]:
    """Measure in this process; return rows (see module doc)."""
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication, QTextBrowser

    from briefing_app.core import render_topic
    from briefing_app.core.pack.cache import load_pack_cached
    from briefing_app.core.render.stylesheet import stylesheet
    from briefing_app.ui.window.main_window import MainWindow

    rows: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for name in ("CACHE", "CONFIG", "DATA"):
            os.environ[f"BRIEFING_{name}_DIR"] = str(root / name.lower())
        # Written by a child process, so that peak memory is the app's own.
        pack_dir = root / "pack"
        subprocess.run(
            [
                sys.executable,
                str(Path(__file__).with_name("make_pack.py")),
                "--topics",
                str(topics),
                "--terms",
                "1000",
                "--big-topic",
                "--out",
                str(pack_dir),
            ],
            check=True,
            capture_output=True,
        )
        app = QApplication.instance() or QApplication(sys.argv[:1])

        started = time.perf_counter()
        load_pack_cached(pack_dir)
        cold = time.perf_counter() - started
        started = time.perf_counter()
        pack = load_pack_cached(pack_dir)
        warm = time.perf_counter() - started
        started = time.perf_counter()
        window = MainWindow(pack)
        window.show()
        app.processEvents()
        build = time.perf_counter() - started
        rows.append(_row(f"load {topics:,}-topic pack, cold (parse)", cold, None, "", None))
        rows.append(_row(f"load {topics:,}-topic pack, warm (cache)", warm, None, "", None))
        rows.append(_row("build and show the main window", build, None, "", None))
        # Measure the steady state: the search index is built in the background first.
        ready: list[bool] = []
        window.search.service.index_ready.connect(lambda *_args: ready.append(True))
        deadline = time.perf_counter() + 120
        while not ready and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.01)

        ids = [t for t in pack.topic_order() if t != "big-topic"]
        sample = random.Random(7).sample(ids, min(switches, len(ids)))
        first, again = [], []
        for bucket in (first, again):
            for topic_id in sample:
                started = time.perf_counter()
                window.open_topic(topic_id)
                window.reader.viewport().repaint()
                bucket.append(time.perf_counter() - started)
        bare = QTextBrowser()
        bare.resize(window.reader.size())
        bare.document().setDefaultStyleSheet(stylesheet("light"))
        bare.show()
        floor = []
        for topic_id in sample:
            html = render_topic(pack, pack.topics[topic_id])
            started = time.perf_counter()
            bare.setHtml(html)
            bare.viewport().repaint()
            floor.append(time.perf_counter() - started)
        floor95 = _p95(floor)
        rows.append(
            _row(
                "switch topic, first visit, p50",
                statistics.median(first),
                statistics.median(floor),
                "",
                None,
            )
        )
        rows.append(
            _row(
                "switch topic, first visit, p95",
                _p95(first),
                floor95,
                "<= 50 ms",
                _p95(first) <= 0.05,
            )
        )
        rows.append(
            _row(
                "switch topic, revisit, p95", _p95(again), floor95, "<= 50 ms", _p95(again) <= 0.05
            )
        )

        gaps: list[int] = []
        ticker = QTimer()
        clock = QElapsedTimer()
        ticker.setInterval(5)

        def tick() -> None:
            gaps.append(clock.restart())

        ticker.timeout.connect(tick)
        clock.start()
        ticker.start()
        started = time.perf_counter()
        window.open_topic("big-topic")
        window.reader.viewport().repaint()
        shown = time.perf_counter() - started
        while window.reader.loading:
            app.processEvents()
        complete = time.perf_counter() - started
        ticker.stop()
        big_html = window.reader.pages.get("topic:big-topic:1", "")
        started = time.perf_counter()
        bare.setHtml(big_html)
        bare.viewport().repaint()
        big_floor = time.perf_counter() - started
        rows.append(_row("2 MB topic: start shown", shown, big_floor, "<= 500 ms", shown <= 0.5))
        rows.append(_row("2 MB topic: complete", complete, big_floor, "", None))
        longest = max(gaps[1:], default=0) / 1000
        rows.append(
            _row("2 MB topic: longest event-loop gap while filling", longest, 0.005, "", None)
        )
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        rows.append(_row("peak resident memory", peak, None, "<= 300 MB", peak <= 300))
        window.close()
    return rows


def format_table(rows: list[dict[str, object]]) -> str:
    """Return rows as a Markdown table."""
    return common.format_table(rows)


def main(argv: list[str] | None = None) -> int:
    """Command line: print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--topics", type=int, default=5000)
    parser.add_argument("--switches", type=int, default=200)
    args = parser.parse_args(argv)
    print(format_table(run(args.topics, args.switches)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
