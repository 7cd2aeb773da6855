"""Benchmark glossary term linking: a 2,000-term glossary against a 5,000-word topic.

    python bench/glossary_bench.py [--terms 2000] [--words 5000] [--repeat 15]

The glossary and the topic are generated here, deterministically: headwords
of one to four invented words, an acronym alias for most, Russian and Kazakh
names in Cyrillic and a Chinese name for each; the topic is Markdown with a
heading every ~150 words, paragraphs and lists, in which about one word in
twenty belongs to a term name (headword, acronym or translation).

Figures are medians over ``--repeat`` runs, in milliseconds, each printed
beside a floor measured in the same run on the same text:

* ``build matcher`` (once per pack) beside one ``re.compile`` of an
  alternation of all names;
* ``link one page`` (the per-topic cost of linking) beside one
  ``re.finditer(r"\\w+")`` over the page's text and beside rendering the
  same topic's Markdown without linking;
* ``render with links`` beside ``render without links``.

The best of the runs is printed too: on a busy machine it is the steadier figure.

The budget is 20 ms for ``link one page`` (issue #4).  :func:`run` returns
the rows so that a collecting script can call it.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from briefing_app.core import Pack, Term, Topic, render_topic
from briefing_app.core.glossary.linker import TermMatcher, link_html, matcher_for

#: The per-topic linking budget of issue #4 (milliseconds).
BUDGET_MS = 20.0

_LATIN = "bcdfghjklmnprstvz"
_VOWELS = "aeiou"
_CYRILLIC = "бвгджзклмнпрстфхцчшқңү"
_CYR_VOWELS = "аеиоуыәөұі"
_HAN = [chr(c) for c in range(0x4E00, 0x4E00 + 2500)]
FILLER = [
    "the",
    "of",
    "and",
    "to",
    "in",
    "is",
    "that",
    "for",
    "on",
    "as",
    "with",
    "by",
    "from",
    "at",
    "this",
    "which",
    "be",
    "are",
    "was",
    "has",
    "been",
    "not",
    "or",
    "an",
    "it",
    "will",
    "more",
    "their",
    "also",
    "other",
    "than",
    "but",
    "they",
    "between",
    "new",
    "can",
    "into",
    "about",
    "over",
    "such",
    "after",
    "only",
    "under",
    "two",
    "first",
    "would",
    "could",
    "one",
    "three",
    "years",
    "since",
    "border",
    "rail",
    "trade",
    "port",
    "transit",
]


def _word(rng: random.Random, consonants: str, vowels: str, syllables: int) -> str:
    return "".join(rng.choice(consonants) + rng.choice(vowels) for _ in range(syllables))


def make_glossary(count: int, seed: int = 4) -> list[Term]:
    """Return ``count`` synthetic terms with aliases and ru/kk/zh names (deterministic)."""
    rng = random.Random(seed)
    terms: list[Term] = []
    seen: set[str] = set()
    while len(terms) < count:
        words = [_word(rng, _LATIN, _VOWELS, rng.randint(2, 4)) for _ in range(rng.randint(1, 4))]
        headword = " ".join(w.capitalize() if rng.random() < 0.6 else w for w in words)
        if headword.casefold() in seen:
            continue
        seen.add(headword.casefold())
        acronym = "".join(w[0] for w in words).upper() + rng.choice(["", "X", "Z", "Q"])
        aliases = [acronym] if len(acronym) >= 2 and rng.random() < 0.7 else []
        ru = " ".join(_word(rng, _CYRILLIC, _CYR_VOWELS, rng.randint(2, 3)) for _ in words)
        kk = " ".join(_word(rng, _CYRILLIC, _CYR_VOWELS, rng.randint(2, 3)) for _ in words)
        zh = "".join(rng.choice(_HAN) for _ in range(rng.randint(2, 5)))
        terms.append(
            Term(
                id=f"t{len(terms)}",
                term=headword,
                aliases=aliases,
                translations={"ru": ru, "kk": kk, "zh": zh},
                definition=f"Definition of {headword}. It matters.",
            )
        )
    return terms


def make_topic(terms: list[Term], words: int, seed: int = 5) -> Topic:
    """Return a synthetic topic of about ``words`` words mentioning the terms' names."""
    rng = random.Random(seed)
    names = [name for term in terms for name in term.names()]
    lines: list[str] = []
    written = 0
    section = 0
    while written < words:
        if written // 150 >= section:
            section += 1
            lines += ["", f"## Section {section}", ""]
        sentence: list[str] = []
        for _ in range(rng.randint(8, 20)):
            if rng.random() < 0.05:
                sentence.append(rng.choice(names))
            else:
                sentence.append(rng.choice(FILLER))
        text = " ".join(sentence).capitalize() + "."
        lines.append(("- " if rng.random() < 0.2 else "") + text)
        if rng.random() < 0.3:
            lines.append("")
        written += len(sentence)
    return Topic(id="big", title="A long topic", summary="Many words.", body="\n".join(lines))


def _timed(action: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Run ``action`` ``repeat`` times; return (median, best) wall time in milliseconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times)


def run(terms: int = 2000, words: int = 5000, repeat: int = 15) -> list[dict[str, object]]:
    """Run the benchmark and return its rows.

    Each row is ``{"name", "median_ms", "best_ms", "floor", "floor_median_ms",
    "floor_best_ms"}``; the floor is measured in the same run, on the same text.
    """
    glossary = make_glossary(terms)
    topic = make_topic(glossary, words)
    pack = Pack(root=Path("."), terms=glossary, topics={topic.id: topic})
    names = sorted({n for t in glossary for n in t.names()}, key=len, reverse=True)
    alternation = "|".join(re.escape(n) for n in names)
    few = max(3, repeat // 3)
    matcher = matcher_for(pack)
    plain = render_topic(pack, topic, term_links=False)
    text = re.sub(r"<[^>]+>", " ", plain)
    measured = [
        (
            "build matcher (once per pack)",
            lambda: TermMatcher(glossary),
            few,
            "re.compile(alternation of names)",
            lambda: (re.purge(), re.compile(alternation)),
            few,
        ),
        (
            "link one page",
            lambda: link_html(plain, matcher),
            repeat,
            r"re.finditer(\w+) over its text",
            lambda: sum(1 for _ in re.finditer(r"\w+", text)),
            repeat,
        ),
        (
            "link one page",
            lambda: link_html(plain, matcher),
            repeat,
            "render the page without links",
            lambda: render_topic(pack, topic, term_links=False),
            repeat,
        ),
        (
            "render with links",
            lambda: render_topic(pack, topic, term_links=True),
            repeat,
            "render the page without links",
            lambda: render_topic(pack, topic, term_links=False),
            repeat,
        ),
    ]
    rows: list[dict[str, object]] = []
    for name, action, times, floor, floor_action, floor_times in measured:
        median, best = _timed(action, times)
        floor_median, floor_best = _timed(floor_action, floor_times)
        rows.append(
            {
                "name": name,
                "median_ms": median,
                "best_ms": best,
                "floor": floor,
                "floor_median_ms": floor_median,
                "floor_best_ms": floor_best,
            }
        )
    linked = link_html(plain, matcher)
    rows.append(
        {"name": "links made", "count": len(linked.linked), "terms found": len(linked.found)}
    )
    return rows


def main(argv: list[str] | None = None) -> int:
    """Print the benchmark table; exit 1 if linking one page (median) is over the budget."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--terms", type=int, default=2000)
    parser.add_argument("--words", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args(argv)
    rows = run(args.terms, args.words, args.repeat)
    print(f"glossary linking: {args.terms} terms, a {args.words}-word topic; ms, median (best)")
    for row in rows:
        if "median_ms" not in row:
            print(f"  {row['name']}: {row['count']} ({row['terms found']} distinct terms)")
            continue
        print(
            f"  {row['name']:<30} {row['median_ms']:8.2f} ({row['best_ms']:6.2f})"
            f"   floor: {row['floor']:<34} {row['floor_median_ms']:8.2f} ({row['floor_best_ms']:6.2f})"
        )
    link_ms = float(rows[1]["median_ms"])  # type: ignore[arg-type]
    verdict = "within" if link_ms <= BUDGET_MS else "OVER"
    print(f"  linking one page: {link_ms:.2f} ms median, {verdict} the {BUDGET_MS:.0f} ms budget")
    return 0 if link_ms <= BUDGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
