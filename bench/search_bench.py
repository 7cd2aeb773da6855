"""Search benchmark: build, cached load and query latency at 100, 1,000 and 5,000 topics.

    python bench/search_bench.py [--sizes 100 1000 5000] [--repeat 5]

For each size a synthetic pack (:mod:`bench.make_pack`) is written to a
temporary folder and measured:

* ``build``: :meth:`SearchIndex.open` with an empty cache folder (index
  built and written);
* ``load``: :meth:`SearchIndex.open` again (the cache is checked and used);
* query latency, p50 and p95, over a fixed mix of prefix, phrase,
  multi-word, Cyrillic, Chinese and no-hit queries (:data:`QUERIES`), each
  run ``repeat`` times, 20 hits with snippets;
* the floor: the same queries, each word quoted the plain way, against a
  bare FTS5 table of the same text (``unicode61``, title and body, BM25 and
  ``snippet()``) in the same process, and our latency as a ratio of it.

Targets at 5,000 topics: p95 <= 16 ms, load <= 0.3 s, build <= 5 s.

:func:`bench_size` and :func:`run` return rows (dicts) so that another
script can collect them; :func:`format_table` prints them.  Packs are read
with the pack parsers directly (:func:`read_pack`), not ``load_pack``, whose
checks are not what is measured here.
"""

from __future__ import annotations

import argparse
import gc
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.make_pack import make_pack
from briefing_app.core import Pack, Problem, SearchIndex, TreeNode
from briefing_app.core.pack import parse as packparse
from briefing_app.core.search.text import pack_docs

#: The query mix: (kind, text).  Words are from the synthetic packs' vocabulary.
QUERIES: tuple[tuple[str, str], ...] = (
    ("prefix", "corr"),
    ("prefix", "khor"),
    ("prefix", "infrastr"),
    ("prefix", "z"),
    ("phrase", '"dry port"'),
    ("phrase", '"railway station"'),
    ("multi-word", "freight rail europe"),
    ("multi-word", "customs tariff border"),
    ("cyrillic", "железная дорога"),
    ("cyrillic", "Қорғас"),
    ("chinese", "霍尔果斯"),
    ("chinese", "铁"),
    ("no-hit", "qxzvbt"),
    ("no-hit", "zzyzx plover"),
)
TARGETS = {"build_s": 5.0, "load_s": 0.3, "p95_ms": 16.0}


def read_pack(root: Path) -> Pack:
    """Read a pack folder with the project's parsers, skipping the loader's cross checks."""
    problems: list[Problem] = []
    pack = Pack(root=root, problems=problems)
    pack.info, spec = packparse.parse_manifest(
        (root / "briefing.yaml").read_text("utf-8"), problems
    )
    for path in sorted((root / "topics").glob("*.md")):
        rel = f"topics/{path.name}"
        pack.topics[path.stem] = packparse.parse_topic(
            path.stem, rel, path.read_text("utf-8"), problems
        )
    glossary = root / "glossary.yaml"
    if glossary.is_file():
        pack.terms = packparse.parse_glossary(glossary.read_text("utf-8"), problems)

    def nodes(items: list[packparse.TreeSpec], parent: TreeNode | None) -> list[TreeNode]:
        built = []
        for item in items:
            node = TreeNode(item.topic_id, parent=parent)
            node.children = nodes(item.children, node)
            built.append(node)
        return built

    pack.tree = nodes(spec, None)
    return pack


def _timed(action: Callable[[], object]) -> float:
    """Return the seconds ``action()`` takes (garbage collection paused)."""
    gc.collect()
    gc.disable()
    try:
        start = time.perf_counter()
        action()
        return time.perf_counter() - start
    finally:
        gc.enable()


def _timed_search(index: SearchIndex, text: str) -> tuple[float, int]:
    """Return (seconds, number of hits) of one search for 20 hits with snippets."""
    found: list[int] = []
    seconds = _timed(lambda: found.append(len(index.search(text, limit=20).hits)))
    return seconds, found[0]


def _percentiles(samples: Sequence[float]) -> tuple[float, float]:
    """Return (p50, p95) of ``samples`` in milliseconds."""
    cuts = statistics.quantiles(samples, n=20, method="inclusive")
    return statistics.median(samples) * 1000, cuts[18] * 1000


def bare_fts(pack: Pack) -> Callable[[str], list[tuple[object, ...]]]:
    """Return a function running a query against a bare FTS5 table of ``pack`` (the floor).

    The table holds title and body text (all fields joined) with the
    ``unicode61`` tokenizer; the query's words are quoted, the last one a
    prefix, ANDed; rows come back ranked by BM25 with FTS5's ``snippet()``.
    """
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(title, body, tokenize='unicode61')")
    conn.executemany(
        "INSERT INTO t VALUES (?, ?)",
        ((doc.title, "\n".join(doc.fields()[1:])) for doc in pack_docs(pack)),
    )
    conn.commit()
    sql = (
        "SELECT rowid, title, snippet(t, 1, '<b>', '</b>', '…', 24) FROM t "
        "WHERE t MATCH ? ORDER BY bm25(t, 10.0, 1.0) LIMIT 20"
    )

    def run(text: str) -> list[tuple[object, ...]]:
        words = text.replace('"', " ").split()
        if not words:
            return []
        expression = " AND ".join(f'"{w}"' for w in words[:-1]) + (
            " AND " if len(words) > 1 else ""
        )
        expression += f'"{words[-1]}"*'
        return conn.execute(sql, (expression,)).fetchall()

    return run


def bench_size(
    topics: int, repeat: int = 5, workdir: Path | None = None
) -> list[dict[str, object]]:
    """Measure one pack size; return one row per query kind plus an ``all`` row.

    Every row has: ``topics``, ``kind``, ``build_s``, ``load_s``,
    ``p50_ms``, ``p95_ms``, ``floor_p50_ms``, ``floor_p95_ms``, ``ratio_p95``
    (ours / floor), ``hits`` (mean hits per query of that kind) and
    ``loadavg`` (the machine's one-minute load average when the size
    started: wall-clock times stretch when other work shares the cores; the
    ratio to the floor does not).
    """
    loadavg = round(os.getloadavg()[0], 1) if hasattr(os, "getloadavg") else None
    with tempfile.TemporaryDirectory(dir=workdir) as temp:
        root = make_pack(Path(temp) / "pack", topics)
        pack = read_pack(root)
        cache = Path(temp) / "cache"
        built: list[SearchIndex] = []
        build_s = _timed(lambda: built.append(SearchIndex.open(pack, cache_dir=cache)))
        built[0].close()
        loaded: list[SearchIndex] = []
        load_s = _timed(lambda: loaded.append(SearchIndex.open(pack, cache_dir=cache)))
        index = loaded[0]
        assert index.from_cache, "the second open should use the cache"
        floor = bare_fts(pack)
        for _, text in QUERIES:  # warm up: page cache, vocabulary, regex caches
            index.search(text)
            floor(text)
        ours: dict[str, list[float]] = {}
        theirs: dict[str, list[float]] = {}
        hits: dict[str, list[int]] = {}
        for _ in range(repeat):
            for kind, text in QUERIES:
                seconds, count = _timed_search(index, text)
                ours.setdefault(kind, []).append(seconds)
                hits.setdefault(kind, []).append(count)
                theirs.setdefault(kind, []).append(_timed(partial(floor, text)))
        index.close()
    rows = []
    kinds = [*dict.fromkeys(kind for kind, _ in QUERIES), "all"]
    for kind in kinds:
        mine = [s for k, v in ours.items() if kind in (k, "all") for s in v]
        base = [s for k, v in theirs.items() if kind in (k, "all") for s in v]
        counts = [n for k, v in hits.items() if kind in (k, "all") for n in v]
        p50, p95 = _percentiles(mine)
        f50, f95 = _percentiles(base)
        rows.append(
            {
                "topics": topics,
                "kind": kind,
                "build_s": round(build_s, 3),
                "load_s": round(load_s, 3),
                "p50_ms": round(p50, 2),
                "p95_ms": round(p95, 2),
                "floor_p50_ms": round(f50, 2),
                "floor_p95_ms": round(f95, 2),
                "ratio_p95": round(p95 / f95, 1) if f95 else None,
                "hits": round(statistics.mean(counts), 1),
                "loadavg": loadavg,
            }
        )
    return rows


def run(sizes: Sequence[int] = (100, 1000, 5000), repeat: int = 5) -> list[dict[str, object]]:
    """Run :func:`bench_size` for each size and return all rows."""
    rows: list[dict[str, object]] = []
    for size in sizes:
        rows.extend(bench_size(size, repeat))
    return rows


def format_table(rows: Sequence[dict[str, object]]) -> str:
    """Return the rows as a fixed-width text table, with the targets checked on ``all`` rows."""
    columns = ["topics", "kind", "build_s", "load_s", "p50_ms", "p95_ms", "floor_p50_ms"]
    columns += ["floor_p95_ms", "ratio_p95", "hits", "loadavg"]
    lines = ["  ".join(f"{c:>12}" for c in columns)]
    for row in rows:
        lines.append("  ".join(f"{row[c]!s:>12}" for c in columns))
    for row in rows:
        if row["kind"] == "all" and row["topics"] == max(int(str(r["topics"])) for r in rows):
            verdict = [
                f"{name} {row[name]} (target <= {limit}) {'ok' if float(str(row[name])) <= limit else 'MISSED'}"
                for name, limit in TARGETS.items()
            ]
            lines.append(f"at {row['topics']} topics: " + "; ".join(verdict))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark from the command line and print the table; return 0."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 5000])
    parser.add_argument("--repeat", type=int, default=5, help="runs of the query mix per size")
    args = parser.parse_args(argv)
    print(format_table(run(args.sizes, args.repeat)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
