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

from briefing_app.core.model import Pack, Term, Topic
from briefing_app.core.render import render_topic
from briefing_app.core.termlinks import TermMatcher, link_html, matcher_for

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


def _median_ms(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def run(terms: int = 2000, words: int = 5000, repeat: int = 15) -> list[dict[str, object]]:
    """Run the benchmark; return rows ``{"name", "ms", "floor", "floor_ms"}`` (medians, ms)."""
    glossary = make_glossary(terms)
    topic = make_topic(glossary, words)
    pack = Pack(root=Path("."), terms=glossary, topics={topic.id: topic})
    names = sorted({n for t in glossary for n in t.names()}, key=len, reverse=True)
    alternation = "|".join(re.escape(n) for n in names)

    build = _median_ms(lambda: TermMatcher(glossary), max(3, repeat // 3))
    compile_floor = _median_ms(lambda: (re.purge(), re.compile(alternation)), max(3, repeat // 3))
    matcher = matcher_for(pack)
    plain = render_topic(pack, topic, term_links=False)
    text = re.sub(r"<[^>]+>", " ", plain)
    link = _median_ms(lambda: link_html(plain, matcher), repeat)
    scan_floor = _median_ms(lambda: sum(1 for _ in re.finditer(r"\w+", text)), repeat)
    render_plain = _median_ms(lambda: render_topic(pack, topic, term_links=False), repeat)
    render_linked = _median_ms(lambda: render_topic(pack, topic, term_links=True), repeat)
    linked = link_html(plain, matcher)
    return [
        {
            "name": "build matcher",
            "ms": build,
            "floor": "re.compile(alternation)",
            "floor_ms": compile_floor,
        },
        {
            "name": "link one page",
            "ms": link,
            "floor": r"re.finditer(\w+) over text",
            "floor_ms": scan_floor,
        },
        {
            "name": "link one page",
            "ms": link,
            "floor": "render without links",
            "floor_ms": render_plain,
        },
        {
            "name": "render with links",
            "ms": render_linked,
            "floor": "render without links",
            "floor_ms": render_plain,
        },
        {
            "name": "terms linked",
            "ms": float(len(linked.linked)),
            "floor": "terms found",
            "floor_ms": float(len(linked.found)),
        },
    ]


def main(argv: list[str] | None = None) -> int:
    """Print the benchmark table; exit 1 if linking one page is over the budget."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--terms", type=int, default=2000)
    parser.add_argument("--words", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args(argv)
    rows = run(args.terms, args.words, args.repeat)
    print(f"glossary linking: {args.terms} terms, {args.words}-word topic (median ms)")
    for row in rows:
        print(
            f"  {row['name']:<20} {row['ms']:9.2f}   floor: {row['floor']:<28} {row['floor_ms']:9.2f}"
        )
    link_ms = float(rows[1]["ms"])  # type: ignore[arg-type]
    verdict = "within" if link_ms <= BUDGET_MS else "OVER"
    print(f"  linking one page: {link_ms:.2f} ms, {verdict} the {BUDGET_MS:.0f} ms budget")
    return 0 if link_ms <= BUDGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
