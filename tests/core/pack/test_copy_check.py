"""The bundled pack is written in its own words, not copied from the source article.

The pack is based on one news feature (``shared/source/article.txt`` beside the
repository).  Facts and figures may carry over; sentences may not.  Every text
an author writes (topic bodies, front-matter strings, glossary definitions and
the manifest's title and subtitle) is compared with the article as 8-word
shingles after case and punctuation are folded.  Multi-word proper names and
titles (the article's own title and section headings, the names of bodies and
places) are taken out of both texts first, so quoting a name or citing a
section is allowed, while the words around it still count.

The test is skipped where the article is not available (a checkout without
``shared/``).
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from briefing_app.core import Pack

REPO = Path(__file__).resolve().parents[3]
ARTICLE = REPO / ".." / "shared" / "source" / "article.txt"
RUN = 8

# Multi-word proper names the article uses; quoting them is not copying.
PROPER_NAMES = [
    "Belt and Road Initiative",
    "Belt and Road",
    "Silk Road Economic Belt",
    "Khorgos-Eastern Gate Special Economic Zone",
    "Khorgos International Center for Cross-Border Cooperation",
    "Eurasian Economic Union",
    "Shanghai Cooperation Organization",
    "Shanghai Cooperation Organisation",
    "Chinese President Xi Jinping",
    "Xi Jinping",
    "Nurly Zhol",
    "Bright Path",
    "Central Asian",
    "China-Europe rail routes",
]


def words(text: str) -> list[str]:
    """Return the words of ``text``: case folded, apostrophes dropped, other punctuation a break."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"['\u2019\u2018`]", "", text)
    return re.findall(r"[^\W_]+", text)


def article_titles(article: str) -> list[str]:
    """Return the article's title and section headings: short lines without a closing stop."""
    titles = []
    for line in article.splitlines():
        line = line.strip()
        if line and not line.endswith((".", "?", "!", ":")) and len(line.split()) <= 14:
            titles.append(line)
    return titles


def strip_names(tokens: list[str], names: list[list[str]]) -> list[str]:
    """Return ``tokens`` with every occurrence of a name (longest first) removed."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        for name in names:
            if tokens[i : i + len(name)] == name:
                i += len(name)
                break
        else:
            out.append(tokens[i])
            i += 1
    return out


def shingles(tokens: list[str]) -> set[tuple[str, ...]]:
    return {tuple(tokens[i : i + RUN]) for i in range(len(tokens) - RUN + 1)}


def authored_texts(pack: Pack) -> list[tuple[str, str]]:
    """Return ``(where, text)`` for every text an author of the pack wrote."""
    texts: list[tuple[str, str]] = [
        ("briefing.yaml title", pack.info.title),
        ("briefing.yaml subtitle", pack.info.subtitle or ""),
    ]
    for topic in pack.topics.values():
        where = f"topics/{topic.id}.md"
        texts.append((f"{where} title", topic.title))
        texts.append((f"{where} summary", topic.summary or ""))
        texts += [(f"{where} key fact", fact) for fact in topic.key_facts]
        texts += [(f"{where} talking point", line) for line in topic.talking_points]
        texts += [(f"{where} source", line) for line in topic.sources]
        # Paragraph by paragraph, so a run is reported where it is.
        texts += [(f"{where} body", para) for para in re.split(r"\n\s*\n", topic.body)]
    for term in pack.terms:
        texts.append((f"glossary.yaml {term.id}", term.definition or ""))
    return texts


def copied_runs(text: str, article_shingles: set[tuple[str, ...]], names: list[list[str]]) -> list[str]:
    """Return the runs of ``RUN`` or more words of ``text`` that also occur in the article."""
    tokens = strip_names(words(text), names)
    hits = [i for i in range(len(tokens) - RUN + 1) if tuple(tokens[i : i + RUN]) in article_shingles]
    runs: list[str] = []
    start = end = None
    for i in hits:
        if start is not None and end is not None and i <= end:
            end = i + RUN
            continue
        if start is not None and end is not None:
            runs.append(" ".join(tokens[start:end]))
        start, end = i, i + RUN
    if start is not None and end is not None:
        runs.append(" ".join(tokens[start:end]))
    return runs


@pytest.fixture(scope="module")
def article() -> str:
    if not ARTICLE.is_file():
        pytest.skip(f"source article not found at {ARTICLE}")
    return ARTICLE.read_text(encoding="utf-8")


def test_the_checker_finds_a_copied_sentence(article: str):
    names = sorted((words(n) for n in PROPER_NAMES + article_titles(article)), key=len, reverse=True)
    article_shingles = shingles(strip_names(words(article), names))
    copied = "As the BRI evolves, it has garnered both praise for its potential to foster growth."
    assert copied_runs(copied, article_shingles, names)
    own = "Kazakhstan joined the initiative early and set its own conditions for Chinese projects."
    assert not copied_runs(own, article_shingles, names)
    cited = "Source article, section “Balancing Act: Safeguarding Sovereignty and National Interests”"
    assert not copied_runs(cited, article_shingles, names)


def test_no_run_of_eight_words_is_shared_with_the_article(article: str, bundled_pack: Pack):
    names = sorted((words(n) for n in PROPER_NAMES + article_titles(article)), key=len, reverse=True)
    article_shingles = shingles(strip_names(words(article), names))
    found = []
    for where, text in authored_texts(bundled_pack):
        found += [f"{where}: “{run}”" for run in copied_runs(text, article_shingles, names)]
    assert not found, "runs shared with the source article:\n" + "\n".join(found)
