"""Library-scale benchmark: a 20,000-topic pack, each figure beside a floor from the same run.

    python bench/library_bench.py [--topics 20000] [--runs 5]

One synthetic pack (:mod:`bench.make_pack`, a 1,000-term glossary) is made
in a temporary folder (and left two seconds, so that no file counts as just
saved: :mod:`briefing_app.core.pack.signature`), and a first session (a child process) parses it and
builds its search index, as the window's first open does; its peak memory
is reported.  Then, with those caches in place:

* ``cached index open``: :meth:`SearchIndex.open` of the pack as the pack
  cache gives it (the window's way) and :meth:`SearchIndex.open_cached` of
  the folder (the ``search`` command's way, which lists the folder), beside
  opening the same SQLite file bare (``sqlite3.connect`` and one query);
* ``search p95 with snippets``: the query mix of :mod:`bench.search_bench`,
  20 hits with snippets, beside a bare FTS5 table of the same text (BM25 and
  ``snippet()``); ``recall`` is the share of the documents the bare table
  finds (every word, the last as a prefix; a quoted phrase as a phrase) that
  the index's own query finds too, without a limit;
* ``search all packs``: :meth:`LibrarySearch.search` over a library of the
  big pack, the bundled pack and a 40-topic pack (``core.library.shelf.add``
  in this run's ``BRIEFING_DATA_DIR``), the same query mix, beside the bare
  FTS5 tables of the three packs queried one after another; and the first
  query of a new searcher, which opens the packs' indexes;
* ``search command``: ``briefing-app search QUERY --content PACK`` as a
  process, start to exit, beside ``python -c pass``;
* ``first paint, warm``: ``briefing-app --quit-after-first-paint --content
  PACK`` beside a bare PySide6 window (:data:`bench.startup_bench.FLOOR_SCRIPT`);
* ``first open: tree shown``: ``briefing-app --quit-after-first-paint
  --content PACK`` with empty app caches (a new cache folder each run) and
  the OS page cache dropped where permitted, beside the bare window; the
  window shows the outline (every topic's title in the whole tree,
  :mod:`briefing_app.core.pack.outline`) while the pack loads; a check run
  counts the tree's rows and times the outline's reading;
* ``peak memory``: a warm window session (a child process): the pack from
  the cache, the window shown, its index opened, 100 topics opened and the
  query mix typed into the search box; its peak resident memory (``VmHWM``).

Process timings alternate app and floor runs and report medians.  Targets
(issue #20): index open <= 50 ms, search p95 <= 30 ms, the command <= 1 s,
warm first paint <= 1 s, peak memory <= 400 MB.  :func:`run` returns rows
for ``bench/run_all.py``.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import common

REPO = Path(__file__).resolve().parent.parent

#: Peak resident memory of this process in MB.  On Linux ``ru_maxrss`` carries over
#: the high-water mark of the process that forked it (kept across ``execve``), so a
#: child of this big benchmark process would report this one's size; ``VmHWM`` is the
#: new program's own.
PEAK = """
import resource
def peak_mb():
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
"""

#: A first session: parse the pack and build its index, then print peak memory (MB).
PREPARE_SCRIPT = (
    PEAK
    + """
import sys, time
from briefing_app.core.pack.cache import load_pack_cached
from briefing_app.core.search.index import SearchIndex
started = time.perf_counter()
pack = load_pack_cached(sys.argv[1])
parsed = time.perf_counter() - started
SearchIndex.open(pack).close()
built = time.perf_counter() - started - parsed
print(f"{parsed} {built} {peak_mb()}")
"""
)

#: A warm window session; prints its peak memory (MB).
SESSION_SCRIPT = (
    PEAK
    + """
import random, sys, time
sys.path.insert(0, sys.argv[2])
from PySide6.QtWidgets import QApplication
from briefing_app.ui.window.pack_loader import PackLoader
from briefing_app.ui.window.main_window import MainWindow
from bench.search_bench import QUERIES
app = QApplication(sys.argv[:1])
loader = PackLoader()
pack = loader.open(sys.argv[1])
window = MainWindow(pack, loader)
window.show()
app.processEvents()
def stage(name):
    print(f"session: {name}: peak {peak_mb():.0f} MB", file=sys.stderr, flush=True)
stage("window shown")
ready = []
window.search.service.index_ready.connect(lambda *args: ready.append(True))
deadline = time.monotonic() + 300
while not ready and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.01)
stage(f"index ready ({bool(ready)})")
ids = pack.topic_order()
for topic_id in random.Random(7).sample(ids, min(100, len(ids))):
    window.open_topic(topic_id)
    app.processEvents()
stage("100 topics opened")
for _, text in QUERIES:  # typed into the search box, answered by the window's index
    window.search_box.setText(text)
    until = time.monotonic() + 0.3
    while time.monotonic() < until:
        app.processEvents()
        time.sleep(0.01)
print(peak_mb())
"""
)


#: A first open in a window (empty app caches, the OS page cache dropped where permitted): how
#: long the outline takes, whether the tree shown holds every topic, how many of its rows still
#: show a topic id (titles not read within the outline's wait) and when they all have titles,
#: and when the window has processed its first events.
OUTLINE_SCRIPT = """
import sys, time
started = time.perf_counter()
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QApplication
from briefing_app.ui.window.pack_loader import PackLoader
from briefing_app.ui.window.main_window import MainWindow
from briefing_app.ui.tree.model import TOPIC_ID_ROLE
app = QApplication(sys.argv[:1])
loader = PackLoader()
opened = time.perf_counter()
pack = loader.open(sys.argv[1])
outlined = time.perf_counter() - opened
window = MainWindow(pack, loader)
window.show()
app.processEvents()
shown = time.perf_counter() - started
model = window.tree.model()
def rows(parent):
    return sum(1 + rows(model.index(row, 0, parent)) for row in range(model.rowCount(parent)))
def by_id(parent):  # rows still showing the topic's id (its title not read yet)
    found = 0
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        found += (index.data() == index.data(TOPIC_ID_ROLE)) + by_id(index)
    return found
late = by_id(QModelIndex())
titled = []
loader.titles_loaded.connect(lambda: titled.append(time.perf_counter() - started))
while late and not titled and time.perf_counter() - started < 60:
    app.processEvents()
    time.sleep(0.005)
print(int(pack.complete), rows(QModelIndex()), len(pack.topics), late,
      titled[0] if titled else shown, outlined, shown)
loader.cancel()
"""


def _env(root: Path) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    for name in ("CACHE", "CONFIG", "DATA"):
        env[f"BRIEFING_{name}_DIR"] = str(root / name.lower())
    return env


def _wall(command: list[str], env: dict[str, str]) -> float:
    """Return the seconds ``command`` takes as a process, start to exit."""
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=300)
    return time.perf_counter() - started


def _p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20, method="inclusive")[18]


def _row(
    name: str,
    figure: str,
    floor: str = "",
    ratio: str = "",
    target: str = "",
    ok: bool | None = None,
) -> dict[str, object]:
    return {
        "benchmark": name,
        "figure": figure,
        "floor": floor,
        "ratio": ratio,
        "target": target,
        "result": "" if ok is None else ("pass" if ok else "miss"),
    }


def _in_process(
    pack_dir: Path, small_dir: Path, env: dict[str, str], runs: int
) -> dict[str, float]:
    """Measure index opening and search latency in this process (the caches are in ``env``),
    then library-wide search (:func:`_library_search`)."""
    os.environ.update({k: v for k, v in env.items() if k.startswith("BRIEFING_")})
    from bench.search_bench import QUERIES, bare_fts
    from briefing_app.core.pack.cache import load_pack_cached
    from briefing_app.core.search.index import SearchIndex

    pack = load_pack_cached(pack_dir)
    opened, by_folder, bare = [], [], []
    for _ in range(runs):
        started = time.perf_counter()
        index = SearchIndex.open(pack)
        opened.append(time.perf_counter() - started)
        assert index.from_cache and index.path is not None, "the first session cached the index"
        path = index.path
        index.close()
        started = time.perf_counter()
        folder_index = SearchIndex.open_cached(pack_dir)
        by_folder.append(time.perf_counter() - started)
        assert folder_index is not None
        folder_index.close()
        started = time.perf_counter()
        conn = sqlite3.connect(path)
        conn.execute("SELECT count(*) FROM meta").fetchone()
        bare.append(time.perf_counter() - started)
        conn.close()
    index = SearchIndex.open(pack)
    floor = bare_fts(pack)
    for _, text in QUERIES:  # warm up
        index.search(text)
        floor(text)
    ours, theirs = [], []
    for _ in range(runs):
        for _, text in QUERIES:
            started = time.perf_counter()
            index.search(text, limit=20)
            ours.append(time.perf_counter() - started)
            started = time.perf_counter()
            floor(text)
            theirs.append(time.perf_counter() - started)
    recall = _recall(pack, index, [text for _, text in QUERIES])
    index.close()
    del pack, floor
    library = _library_search(pack_dir, small_dir, runs)
    return {
        **library,
        "open": statistics.median(opened),
        "open_folder": statistics.median(by_folder),
        "open_floor": statistics.median(bare),
        "p95": _p95(ours),
        "p95_floor": _p95(theirs),
        "p50": statistics.median(ours),
        "p50_floor": statistics.median(theirs),
        "recall": recall,
    }


def _library_search(pack_dir: Path, small_dir: Path, runs: int) -> dict[str, float]:
    """Measure :meth:`LibrarySearch.search` over a library of the big pack, the bundled pack and
    a small one (``BRIEFING_DATA_DIR`` is this run's temporary folder, set by :func:`_in_process`).

    The floor is the bare FTS5 table of each of the three packs, one query each, timed
    together; ``first`` is one query of a new :class:`LibrarySearch` (its packs not yet open).
    """
    from bench.search_bench import QUERIES, bare_fts
    from briefing_app.core.library import shelf
    from briefing_app.core.library.search_all import LibrarySearch
    from briefing_app.core.pack.cache import load_pack_cached

    shelf.add(pack_dir)
    shelf.add(small_dir)
    entries = shelf.entries()
    assert len(entries) == 3, [entry.path for entry in entries]
    floors = [bare_fts(load_pack_cached(Path(entry.path))) for entry in entries]
    LibrarySearch().search("corridor", entries)  # builds the small packs' indexes once
    firsts = []
    for _ in range(runs):
        fresh = LibrarySearch()
        started = time.perf_counter()
        fresh.search("corridor", entries)
        firsts.append(time.perf_counter() - started)
        fresh.close()
    library = LibrarySearch()
    for _, text in QUERIES:  # warm up
        library.search(text, entries)
        for floor in floors:
            floor(text)
    ours, theirs = [], []
    for _ in range(runs):
        for _, text in QUERIES:
            started = time.perf_counter()
            library.search(text, entries, limit=20)
            ours.append(time.perf_counter() - started)
            started = time.perf_counter()
            for floor in floors:
                floor(text)
            theirs.append(time.perf_counter() - started)
    library.close()
    return {
        "lib_first": statistics.median(firsts),
        "lib_p50": statistics.median(ours),
        "lib_p50_floor": statistics.median(theirs),
        "lib_p95": _p95(ours),
        "lib_p95_floor": _p95(theirs),
    }


def _recall(pack: object, index: object, queries: list[str]) -> float:
    """Return the share of the documents a bare FTS5 table finds for ``queries`` that the
    index's own query finds too (no limit; rowids are the same reading order in both)."""
    from briefing_app.core.search.query import fts_expression, parse
    from briefing_app.core.search.text import pack_docs

    bare = sqlite3.connect(":memory:")
    bare.execute("CREATE VIRTUAL TABLE t USING fts5(title, body, tokenize='unicode61')")
    bare.executemany(
        "INSERT INTO t VALUES (?, ?)",
        ((doc.title, "\n".join(doc.fields()[1:])) for doc in pack_docs(pack)),  # type: ignore[arg-type]
    )
    conn = index._conn  # type: ignore[attr-defined]  # the engine's match, without its limit
    found = missed = 0
    for text in queries:
        words = text.replace('"', " ").split()
        if not words:
            continue
        if text.startswith('"'):  # a phrase: the words in that order, as the index reads it
            expression = '"' + " ".join(words) + '"'
        else:  # as bench/search_bench.py's floor: every word, the last one a prefix
            expression = " AND ".join(f'"{w}"' for w in words[:-1]) + (" AND " if words[1:] else "")
            expression += f'"{words[-1]}"*'
        floor_ids = {
            row[0] for row in bare.execute("SELECT rowid FROM t WHERE t MATCH ?", (expression,))
        }
        sql = "SELECT rowid FROM entries WHERE entries MATCH ?"
        our_ids = {row[0] for row in conn.execute(sql, (fts_expression(parse(text)),))}
        found += len(floor_ids & our_ids)
        missed += len(floor_ids - our_ids)
    bare.close()
    return found / (found + missed) if found + missed else 1.0


def run(topics: int = 20000, runs: int = 5) -> list[dict[str, object]]:
    """Make the pack, run the first session, measure (see the module doc); return rows."""
    from bench.startup_bench import FLOOR_SCRIPT
    from briefing_app.core.pack.signature import AMBIGUOUS_NS

    common.compile_app_bytecode()
    size = f"{topics:,} topics"
    rows: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        pack_dir = root / "pack"
        started = time.perf_counter()
        subprocess.run(  # a child process, so that this one's memory stays small
            [
                sys.executable,
                "-c",
                f"import sys; sys.path.insert(0, {str(REPO)!r}); from bench.make_pack import make_pack; "
                f"make_pack(__import__('pathlib').Path({str(pack_dir)!r}), topics={topics}, terms=1000)",
            ],
            check=True,
            timeout=600,
        )
        made = time.perf_counter() - started
        # A library's packs were written long before they are opened; files saved within
        # the timestamp granularity of a cache's signature are re-read on every open
        # (briefing_app/core/pack/signature.py), which is not what is measured here.
        time.sleep(AMBIGUOUS_NS / 1e9 + 0.1)
        env = _env(root)
        out = subprocess.run(
            [sys.executable, "-c", PREPARE_SCRIPT, str(pack_dir)],
            env=env,
            check=True,
            capture_output=True,
            text=True,
            timeout=900,
        ).stdout.split()
        parsed, built, first_peak = (float(value) for value in out[-3:])
        small_dir = root / "small"
        subprocess.run(
            [
                sys.executable,
                "-c",
                f"import sys; sys.path.insert(0, {str(REPO)!r}); from bench.make_pack import make_pack; "
                f"make_pack(__import__('pathlib').Path({str(small_dir)!r}), topics=40, seed=2)",
            ],
            check=True,
            timeout=600,
        )
        time.sleep(AMBIGUOUS_NS / 1e9 + 0.1)
        subprocess.run(  # the small pack's first open, as for the big one
            [sys.executable, "-c", PREPARE_SCRIPT, str(small_dir)],
            env=env,
            check=True,
            capture_output=True,
            timeout=900,
        )
        figures = _in_process(pack_dir, small_dir, env, runs)
        query = "corridor"
        cli = [sys.executable, "-m", "briefing_app", "search", query, "--content", str(pack_dir)]
        app = [
            sys.executable,
            "-m",
            "briefing_app",
            "--quit-after-first-paint",
            "--content",
            str(pack_dir),
        ]
        bare_python = [sys.executable, "-c", "pass"]
        _wall(cli, env)  # the OS caches warm for both
        subprocess.run(app, env=env, check=True, capture_output=True, timeout=300)
        cli_times, python_times, paint, paint_floor = [], [], [], []
        for _ in range(runs):
            python_times.append(_wall(bare_python, env))
            cli_times.append(_wall(cli, env))
            paint_floor.append(common.timed_run([sys.executable, "-c", FLOOR_SCRIPT], env))
            paint.append(common.timed_run(app, env))
        session = subprocess.run(
            [sys.executable, "-c", SESSION_SCRIPT, str(pack_dir), str(REPO)],
            env=env,
            check=True,
            capture_output=True,
            text=True,
            timeout=900,
        )
        peak = float(session.stdout.split()[-1])
        sys.stderr.write(session.stderr)
        first = _first_open(pack_dir, root, runs, app, FLOOR_SCRIPT)
    ms = lambda value: f"{value * 1000:.1f} ms"  # noqa: E731
    cold = "" if first["dropped"] else ", OS page cache not dropped"
    ratio = lambda a, b: f"{a / b:.2f}x" if b else ""  # noqa: E731
    rows += [
        _row(f"library: make the {size} pack (bench/make_pack.py)", f"{made:.1f} s"),
        _row(f"library: first open, parse {size}", f"{parsed:.1f} s"),
        _row(f"library: first open, build the search index, {size}", f"{built:.1f} s"),
        _row(f"library: first open, peak memory (parse and index), {size}", f"{first_peak:.0f} MB"),
        _row(
            f"library: first open, {size}: tree shown (first paint, app caches empty{cold})",
            f"{first['paint']:.3f} s",
            f"{first['floor']:.3f} s (bare PySide6 window)",
            ratio(first["paint"], first["floor"]),
            "<= 1.0 s",
            first["paint"] <= 1.0 and bool(first["whole_tree"]),
        ),
        _row(
            f"library: first open, {size}: tree shown, the pack's files in the OS page cache",
            f"{first['paint_warm']:.3f} s",
            f"{first['floor']:.3f} s (bare PySide6 window)",
            ratio(first["paint_warm"], first["floor"]),
            "<= 1.0 s",
            first["paint_warm"] <= 1.0 and first["whole_tree"],
        ),
        _row(
            f"library: first open, {size}: outline read (the whole tree{cold})",
            f"{first['outline']:.3f} s",
            target="tree holds every topic",
            ok=bool(first["whole_tree"]),
        ),
        _row(
            f"library: first open, {size}: rows showing a topic id at first (title not read yet{cold})",
            f"{first['late']:.0f}",
        ),
        _row(
            f"library: first open, {size}: every title shown{cold}",
            f"{first['titled']:.3f} s",
        ),
        _row(
            f"library: cached index open, {size}",
            ms(figures["open"]),
            f"{ms(figures['open_floor'])} (bare sqlite3 open)",
            ratio(figures["open"], figures["open_floor"]),
            "<= 50 ms",
            figures["open"] <= 0.05,
        ),
        _row(
            f"library: cached index open by folder (lists the files), {size}",
            ms(figures["open_folder"]),
            f"{ms(figures['open_floor'])} (bare sqlite3 open)",
            ratio(figures["open_folder"], figures["open_floor"]),
        ),
        _row(
            f"library: search p50 with snippets, {size}",
            ms(figures["p50"]),
            f"{ms(figures['p50_floor'])} (bare FTS5)",
            ratio(figures["p50"], figures["p50_floor"]),
        ),
        _row(
            f"library: search p95 with snippets, {size}",
            ms(figures["p95"]),
            f"{ms(figures['p95_floor'])} (bare FTS5)",
            ratio(figures["p95"], figures["p95_floor"]),
            "<= 30 ms",
            figures["p95"] <= 0.03,
        ),
        _row(
            f"library: search recall against bare FTS5, {size}",
            f"{figures['recall'] * 100:.1f} %",
            target="100 %",
            ok=figures["recall"] >= 1.0,
        ),
        _row(
            f"library: search all packs p50 ({size}, bundled, 40 topics)",
            ms(figures["lib_p50"]),
            f"{ms(figures['lib_p50_floor'])} (bare FTS5, each pack)",
            ratio(figures["lib_p50"], figures["lib_p50_floor"]),
        ),
        _row(
            f"library: search all packs p95 with snippets ({size}, bundled, 40 topics)",
            ms(figures["lib_p95"]),
            f"{ms(figures['lib_p95_floor'])} (bare FTS5, each pack)",
            ratio(figures["lib_p95"], figures["lib_p95_floor"]),
            "<= 30 ms",
            figures["lib_p95"] <= 0.03,
        ),
        _row(
            f"library: search all packs, first query (indexes opened), {size}",
            ms(figures["lib_first"]),
        ),
        _row(
            f"library: `search` command, cached, {size}",
            ms(statistics.median(cli_times)),
            f"{ms(statistics.median(python_times))} (python -c pass)",
            ratio(statistics.median(cli_times), statistics.median(python_times)),
            "<= 1 s",
            statistics.median(cli_times) <= 1.0,
        ),
        _row(
            f"library: first paint, warm, {size}",
            f"{statistics.median(paint):.3f} s",
            f"{statistics.median(paint_floor):.3f} s (bare PySide6 window)",
            ratio(statistics.median(paint), statistics.median(paint_floor)),
            "<= 1.0 s",
            statistics.median(paint) <= 1.0,
        ),
        _row(
            f"library: peak memory, warm window session, {size}",
            f"{peak:.0f} MB",
            target="<= 400 MB",
            ok=peak <= 400,
        ),
    ]
    return rows


def _read_files(folder: Path) -> None:
    """Read every file under ``folder`` once (into the OS page cache)."""
    for path in folder.rglob("*"):
        if path.is_file():
            path.read_bytes()


def _first_open(
    pack_dir: Path, root: Path, runs: int, app: list[str], floor_script: str
) -> dict[str, float]:
    """Time first opens of the pack in the window, each with empty app caches (a new cache
    folder) and, where permitted, the OS page cache dropped, alternating with the bare window.

    Returns the median first paint (``paint``), the same with the pack's files in the OS
    page cache (``paint_warm``), the floor's (``floor``), the median time
    :meth:`PackLoader.open` took to read the outline (``outline``), ``whole_tree`` (1.0 when
    the first window's tree held every topic while the pack was still loading) and
    ``dropped`` (1.0 when the OS page cache was dropped); from a check run with the OS page
    cache dropped, the rows showing a topic id at the first frame (``late``) and the seconds
    from start until every row has its title (``titled``).
    """
    paints, warm, floors, outlines, whole, dropped = [], [], [], [], [], True
    titled: list[float] = []
    lates: list[int] = []
    for run in range(runs):
        env = {**_env(root), "BRIEFING_CACHE_DIR": str(root / f"first-open-{run}")}
        dropped = common.drop_os_caches() and dropped
        paints.append(common.timed_run(app, env))
        common.drop_os_caches()
        floors.append(common.timed_run([sys.executable, "-c", floor_script], env))
        env["BRIEFING_CACHE_DIR"] = str(root / f"first-open-warm-{run}")
        _read_files(pack_dir)  # the pack's files into the OS page cache (dropped above)
        warm.append(common.timed_run(app, env))
        env["BRIEFING_CACHE_DIR"] = str(root / f"first-open-check-{run}")
        common.drop_os_caches()
        out = subprocess.run(
            [sys.executable, "-c", OUTLINE_SCRIPT, str(pack_dir)],
            env=env,
            check=True,
            capture_output=True,
            text=True,
            timeout=300,
        ).stdout.split()
        complete, rows, topics, late = (int(value) for value in out[-7:-3])
        titled.append(float(out[-3]))
        lates.append(late)
        outlines.append(float(out[-2]))
        whole.append(not complete and rows == topics)
    return {
        "paint": statistics.median(paints),
        "paint_warm": statistics.median(warm),
        "floor": statistics.median(floors),
        "outline": statistics.median(outlines),
        "late": statistics.median(lates),
        "titled": statistics.median(titled),
        "whole_tree": float(all(whole)),
        "dropped": float(dropped),
    }


def main(argv: list[str] | None = None) -> int:
    """Command line: print the table (and the rows as JSON with ``--json``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--topics", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    rows = run(args.topics, args.runs)
    print(json.dumps(rows, indent=1) if args.json else common.format_table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
