"""Run every benchmark and print one table: figure, floor, ratio, target, pass/miss.

    python bench/run_all.py [--quick] [--skip package]

Each benchmark module measures its figures beside a floor taken in the same
run (see their docstrings); this script calls their ``run`` functions, puts
the rows into one shape and prints a Markdown table headed by the machine it
ran on, ready for the README.  ``--quick`` uses smaller sizes (minutes, not a
quarter of an hour); ``--skip`` leaves benchmarks out by name (``package``
builds the frozen app, which takes about a minute the first time).
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import common

Row = dict[str, object]


def _ms(value: object) -> str:
    return f"{float(str(value)):.1f} ms"


def search_rows(quick: bool) -> list[Row]:
    """Search: build, cached load and query latency at each size, for the whole query mix."""
    from bench import search_bench

    rows: list[Row] = []
    for row in search_bench.run((100, 1000) if quick else (100, 1000, 5000)):
        if row["kind"] != "all":
            continue
        size = f"{int(str(row['topics'])):,} topics"
        big = not quick and row["topics"] == 5000
        p95, floor = float(str(row["p95_ms"])), float(str(row["floor_p95_ms"]))
        rows += [
            {
                "benchmark": f"search index build, {size}",
                "figure": f"{row['build_s']} s",
                "target": "<= 5 s" if big else "",
                "result": _verdict(big, float(str(row["build_s"])) <= 5),
            },
            {
                "benchmark": f"search cached load, {size}",
                "figure": f"{row['load_s']} s",
                "target": "<= 0.3 s" if big else "",
                "result": _verdict(big, float(str(row["load_s"])) <= 0.3),
            },
            {
                "benchmark": f"search query p95 with snippets, {size}",
                "figure": _ms(p95),
                "floor": f"{_ms(floor)} (bare FTS5)",
                "ratio": f"{p95 / floor:.2f}x" if floor else "",
                "target": "<= 16 ms" if big else "",
                "result": _verdict(big, p95 <= 16),
            },
        ]
    return rows


def glossary_rows(quick: bool) -> list[Row]:
    """Glossary linking: a 2,000-term glossary on a 5,000-word topic."""
    from bench import glossary_bench

    rows: list[Row] = []
    for row in glossary_bench.run(repeat=5 if quick else 15):
        if "median_ms" not in row:
            continue
        median, floor = float(str(row["median_ms"])), float(str(row["floor_median_ms"]))
        budget = row["name"] == "link one page"
        rows.append(
            {
                "benchmark": f"glossary: {row['name']}",
                "figure": _ms(median),
                "floor": f"{_ms(floor)} ({row['floor']})",
                "ratio": f"{median / floor:.2f}x",
                "target": "<= 20 ms" if budget else "",
                "result": _verdict(budget, median <= 20),
            }
        )
    return rows


def startup_rows(quick: bool) -> list[Row]:
    """Start-up to first paint, beside a bare PySide6 window."""
    from bench import startup_bench

    return startup_bench.run((0, 1000) if quick else (0, 1000, 5000), runs=5 if quick else 10)


def scale_rows(quick: bool) -> list[Row]:
    """Topic switching, the 2 MB topic and memory at scale."""
    from bench import scale_bench

    return scale_bench.run(1000 if quick else 5000, 60 if quick else 200)


def library_rows(quick: bool) -> list[Row]:
    """Library scale: a 20,000-topic pack (2,000 with ``--quick``): index open, search,
    the search command, warm first paint and memory, each beside its floor."""
    from bench import library_bench

    return library_bench.run(2000 if quick else 20000, 3 if quick else 5)


def brief_rows(quick: bool) -> list[Row]:
    """Brief export (PDF, HTML, Markdown) and note saving."""
    from bench import brief_bench

    return [
        {
            "benchmark": f"brief: {row.get('benchmark', row.get('name', ''))}",
            **{k: row.get(k, "") for k in common.KEYS[1:]},
        }
        for row in brief_bench.run(20 if quick else 100, 100)
    ]


def package_rows(quick: bool) -> list[Row]:
    """The frozen app and the .deb: size and start-up against the source start-up."""
    from bench import package_bench

    return package_bench.run(3 if quick else 7)


def _verdict(has_target: bool, ok: bool) -> str:
    return ("pass" if ok else "miss") if has_target else ""


BENCHMARKS: dict[str, Callable[[bool], list[Row]]] = {
    "startup": startup_rows,
    "scale": scale_rows,
    "search": search_rows,
    "library": library_rows,
    "glossary": glossary_rows,
    "brief": brief_rows,
    "package": package_rows,
}


def machine() -> str:
    """Return a one-line description of this machine."""
    cores = os.cpu_count() or 0
    load = f", load {os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else ""
    return (
        f"{platform.system()} {platform.machine()}, {cores} cores, Python {platform.python_version()}"
        f"{load}, {time.strftime('%Y-%m-%d')}"
    )


def main(argv: list[str] | None = None) -> int:
    """Command line: run the benchmarks and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, fewer runs")
    parser.add_argument("--skip", nargs="*", default=[], choices=sorted(BENCHMARKS))
    args = parser.parse_args(argv)
    rows: list[Row] = []
    for name, bench in BENCHMARKS.items():
        if name in args.skip:
            continue
        started = time.perf_counter()
        rows += bench(args.quick)
        print(f"{name}: {time.perf_counter() - started:.0f} s", file=sys.stderr)
    print(f"Measured on {machine()}.\n")
    print(common.format_table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
