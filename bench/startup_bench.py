"""Start-up benchmark: process start to the first painted page, beside a bare Qt window.

    python bench/startup_bench.py [--runs 10] [--sizes 0 1000 5000]

Each measurement runs a whole process and takes the time from its spawn to
its first paint: ``briefing-app --quit-after-first-paint`` prints a monotonic
timestamp when the reader has painted once, then exits (the exit itself, which
waits for background work such as the search index, is not counted).  The floor is the same for a
bare PySide6 script (:data:`FLOOR_SCRIPT`): a QMainWindow with a QTreeView
and a QTextBrowser holding a page of text, quitting after its first paint.
App and floor runs alternate, and the median of ``--runs`` runs of each is
reported, so both see the same machine state.

Three kinds of start, each beside the floor started the same way:

* ``first launch``: the app's caches (parsed pack, rendered pages, search
  index) are empty, as on the first start after installing or after the pack
  changed, and the OS page cache is dropped (where this process may write
  ``/proc/sys/vm/drop_caches``), so every file is read from disk;
* ``cold``: a start after a reboot: the OS page cache is dropped, the app's
  caches are the ones an earlier session left;
* ``warm``: the same again with everything in memory.

A big pack new to the cache opens with a preview (its first topic) while the
rest loads in the background; a run that quits at its first paint never
finishes that, so after a first launch the app runs once more until the
whole pack is loaded (``--quit-after-load``), as a user's session would.

Size 0 is the bundled pack; other sizes are synthetic packs from
:mod:`bench.make_pack` with a 1,000-term glossary.  Targets (issue #7): the
bundled pack within 1.5x the floor, cold and warm; 5,000 topics within 2 s
cold and 1 s warm.  A first launch is reported against the same targets.
:func:`run` returns rows for ``bench/run_all.py``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import common
from bench.common import compile_app_bytecode, drop_os_caches, timed_run
from bench.make_pack import make_pack

#: Both scripts below: print the time of the first paint of ``watched``, then quit.
QUIT_AT_FIRST_PAINT = """
import time
from PySide6.QtCore import QEvent, QObject, QTimer

class Quit(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print("first-paint-monotonic", time.monotonic(), flush=True)
            QTimer.singleShot(0, app.quit)
        return False
"""

FLOOR_SCRIPT = (
    QUIT_AT_FIRST_PAINT
    + """
import sys
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QTextBrowser, QTreeView

app = QApplication(sys.argv[:1])
window = QMainWindow()
splitter = QSplitter()
tree = QTreeView()
model = QStandardItemModel()
for i in range(17):
    model.appendRow(QStandardItem(f"Topic {i}"))
tree.setModel(model)
browser = QTextBrowser()
browser.setHtml("<h1>Title</h1>" + "<p>Briefing text, a paragraph of it.</p>" * 40)
splitter.addWidget(tree)
splitter.addWidget(browser)
window.setCentralWidget(splitter)
window.resize(1280, 800)
quitter = Quit()
browser.viewport().installEventFilter(quitter)
window.show()
app.exec()
"""
)


#: Our own panes without the rest of the window: the topic tree and the reader over the
#: bundled pack (from the app's caches), painted once.  Not a target: it shows how much of
#: the gap to the bare window is our reading panes and how much is the rest of the window.
PANES_SCRIPT = (
    QUIT_AT_FIRST_PAINT
    + """
from PySide6.QtWidgets import QMainWindow, QSplitter
from briefing_app.ui.window.app import make_application
from briefing_app.ui.window.pack_loader import PackLoader
from briefing_app.ui.reader.browser import Reader
from briefing_app.ui.tree.view import TopicTreeView

app = make_application()
pack = PackLoader().open(None)
window = QMainWindow()
splitter = QSplitter()
tree = TopicTreeView(window)
reader = Reader(window)
splitter.addWidget(tree)
splitter.addWidget(reader)
window.setCentralWidget(splitter)
window.resize(1280, 800)
tree.set_pack(pack)
reader.set_pack(pack)
reader.show_topic(pack.topic_order()[0])
quitter = Quit()
reader.viewport().installEventFilter(quitter)
window.show()
app.exec()
"""
)


def measure(pack: Path | None, runs: int, cache_root: Path) -> dict[str, float | bool]:
    """Return median seconds of each kind of start, app and floor, alternating runs."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    content = [] if pack is None else ["--content", str(pack)]
    app = [sys.executable, "-m", "briefing_app", "--quit-after-first-paint", *content]
    fill = [sys.executable, "-m", "briefing_app", "--quit-after-load", *content]
    floor = [sys.executable, "-c", FLOOR_SCRIPT]
    times: dict[str, list[float]] = {
        key: [] for key in ("first", "cold", "warm", "floor_cold", "floor_warm", "panes_warm")
    }
    dropped = True
    for run in range(runs):
        run_env = {
            **env,
            **{
                f"BRIEFING_{name}_DIR": str(cache_root / f"{name.lower()}-{run}")
                for name in ("CACHE", "CONFIG", "DATA")
            },
        }
        dropped = drop_os_caches() and dropped
        times["floor_cold"].append(timed_run(floor, env))
        dropped = drop_os_caches() and dropped
        times["first"].append(timed_run(app, run_env))
        if pack is not None:  # the quit came before a big pack's background load was done
            subprocess.run(fill, env=run_env, check=True, timeout=120)
        dropped = drop_os_caches() and dropped
        times["cold"].append(timed_run(app, run_env))
        times["floor_warm"].append(timed_run(floor, env))
        times["warm"].append(timed_run(app, run_env))
        if pack is None:
            times["panes_warm"].append(timed_run([sys.executable, "-c", PANES_SCRIPT], run_env))
    medians: dict[str, float | bool] = {
        key: statistics.median(value) for key, value in times.items() if value
    }
    medians["os_cache_dropped"] = dropped
    return medians


#: The kinds of start reported, with the floor each is set beside.
PHASES = (
    ("first launch", "first", "floor_cold"),
    ("cold", "cold", "floor_cold"),
    ("warm", "warm", "floor_warm"),
)


def run(sizes: Sequence[int] = (0, 1000, 5000), runs: int = 10) -> list[dict[str, object]]:
    """Measure each pack size; return one row per (size, cold/warm) with figure, floor, ratio."""
    rows: list[dict[str, object]] = []
    compile_app_bytecode()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for size in sizes:
            pack = None
            if size:
                pack = root / f"pack-{size}"
                make_pack(pack, topics=size, terms=1000)
            result = measure(
                pack, runs if size == 0 else max(3, runs // 3), root / f"caches-{size}"
            )
            name = "bundled pack" if size == 0 else f"{size:,} topics"
            for phase, key, floor_key in PHASES:
                figure, floor = float(result[key]), float(result[floor_key])
                limit = 1.0 if phase == "warm" else 2.0
                target = f"<= 1.5x floor ({1.5 * floor:.2f} s)" if size == 0 else f"<= {limit} s"
                ok = figure <= 1.5 * floor if size == 0 else figure <= limit
                rows.append(
                    {
                        "benchmark": f"first paint, {name}, {phase}",
                        "figure": f"{figure:.3f} s",
                        "floor": f"{floor:.3f} s (bare PySide6 window)",
                        "ratio": f"{figure / floor:.2f}x",
                        "target": target,
                        "result": "pass" if ok else "miss",
                        "note": ""
                        if result["os_cache_dropped"] or phase == "warm"
                        else "OS page cache not dropped",
                    }
                )
            if size == 0:
                panes, floor = float(result["panes_warm"]), float(result["floor_warm"])
                rows.append(
                    {
                        "benchmark": "first paint, tree and reader panes only, warm",
                        "figure": f"{panes:.3f} s",
                        "floor": f"{floor:.3f} s (bare PySide6 window)",
                        "ratio": f"{panes / floor:.2f}x",
                        "target": "",
                        "result": "",
                        "note": "reference: the two panes alone",
                    }
                )
    return rows


def format_table(rows: list[dict[str, object]]) -> str:
    """Return rows as a Markdown table."""
    return common.format_table(rows)


def main(argv: list[str] | None = None) -> int:
    """Command line: print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--runs", type=int, default=10, help="runs of each kind for the bundled pack"
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[0, 1000, 5000])
    args = parser.parse_args(argv)
    print(format_table(run(args.sizes, args.runs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
