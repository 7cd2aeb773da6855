"""Write a synthetic content pack for benchmarks, in the bundled pack's format.

    python bench/make_pack.py --topics 1000 --out /tmp/pack [--terms 200] [--big-topic]

The pack has ``briefing.yaml`` (a two-level tree: one chapter topic per
twenty topics, the others under it), ``topics/<id>.md`` (front matter with
title, summary, key_facts, talking_points, related; a Markdown body of about
800 words with headings, lists, links, emphasis and now and then a table)
and ``glossary.yaml`` (``topics // 5`` terms by default, each with aliases,
``ru``/``kk``/``zh`` translations, a definition and the topics it concerns).
The text is English words with about one word in ten Cyrillic (Russian and
Kazakh) and one in twenty-five Chinese, drawn with a Zipf-like frequency from
a vocabulary of some thousands of words, so that searches behave as on real
text.  Glossary headwords are sprinkled through the topics.  With
``--big-topic`` one more topic of about 2 MB with an 80-row table is added.

Generation is deterministic for a given ``--seed``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sys
from pathlib import Path


def _split(text: str) -> list[str]:
    """Return the words of a space-separated word list."""
    return text.split()


ENGLISH = _split(
    "the of and to in a is that for on as with by from at this which its be are was has have "
    "been not or an it will more their also other than but they between new can most into "
    "about over such these after only under its two first would could one three years since "
    "border rail railway freight corridor transit trade port dry terminal container logistics "
    "zone economic special investment agreement project projects infrastructure capacity "
    "customs gauge wagon station route routes europe china kazakhstan astana almaty khorgos "
    "caspian sea pipeline oil gas energy grain metals uranium copper loan loans debt bank "
    "government ministry president policy strategy programme cooperation partner partners "
    "sovereignty balance multi-vector russia union eurasian shanghai organisation security "
    "summit visit minister agreement memorandum tariff tariffs volume volumes growth market "
    "markets industrial industry factory plant jobs workers labour local content transfer "
    "technology digital fibre network networks data power plant solar wind coal hydro water "
    "environment social protest protests land lease public opinion media transparency "
    "contract contracts tender tenders state owned company companies fund funds equity stake "
    "share shares majority minority control ownership joint venture ventures operator "
    "operators shipping ferry ferries aktau kuryk baku georgia turkey middle northern southern "
    "western eastern gateway hub hubs centre center free duty retail shuttle informal cargo "
    "empty return westbound eastbound scheduling delays throughput bottleneck bottlenecks "
    "highway road roads bridge tunnel airport aviation corridor corridors connectivity "
    "integration diversification exports imports surplus deficit currency tenge yuan dollar "
    "interest rates risk risks assessment outlook watch points sources source article "
    "according report reports analysts observers critics supporters officials diplomats"
)
RUSSIAN = _split(
    "железная дорога граница транзит порт сухой коридор грузы контейнер инвестиции соглашение "
    "проект экономика торговля сотрудничество суверенитет баланс таможня станция перевозки "
    "Хоргос Астана Алматы Казахстан Китай Европа пояс путь инициатива развитие зона ёмкость "
    "объём рост рынок промышленность нефть газ энергия зерно металлы кредит долг банк"
)
KAZAKH = _split(
    "Қорғас Нұрлы жол шекара теміржол құрғақ порт дәліз жүк сауда ынтымақтастық егемендік "
    "кеден бекеті тасымал экономикалық аймақ Қазақстан Қытай белдеу бастама даму өңір"
)
CHINESE = _split(
    "一带一路 霍尔果斯 哈萨克斯坦 中国 铁路 口岸 物流 合作 投资 经济带 丝绸之路 无水港 "
    "集装箱 过境 运输 贸易 能源 管道 中欧班列 阿斯塔纳 阿拉木图 边境 自由贸易区 基础设施"
)
#: Whole sentences sprinkled through the text, so that phrase queries have something to find.
STOCK = (
    "The dry port at Khorgos handles rail freight from China to Europe.",
    "Trains stop at the railway station in Altynkol for a gauge change.",
    "Железная дорога связывает Хоргос и Алматы.",
    "霍尔果斯口岸是中哈边境的重要物流枢纽。",
    "Қорғас шекара бекеті арқылы жүк тасымалы өсті.",
    "Customs procedures at the border decide how fast a tariff is paid.",
)
SYLLABLES = _split("ka ra to ni mo sa lu ve de ri an or el is ut on ba ko mi ze tar pol gen vin")


class Words:
    """A deterministic source of text in the pack's language mix."""

    def __init__(self, rng: random.Random, extra: int = 4000) -> None:
        self.rng = rng
        made = {
            "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))) for _ in range(extra)
        }
        latin = ENGLISH + sorted(made)
        self.latin = latin
        weights = [1.0 / (rank + 8) for rank in range(len(latin))]
        self.latin_cum = list(itertools.accumulate(weights))
        self.cyrillic = RUSSIAN + KAZAKH

    def words(self, count: int) -> list[str]:
        """Return ``count`` words: ~86% Latin (Zipf-like), ~10% Cyrillic, ~4% Chinese."""
        rng = self.rng
        out = rng.choices(self.latin, cum_weights=self.latin_cum, k=count)
        for i in range(count):
            roll = rng.random()
            if roll < 0.10:
                out[i] = rng.choice(self.cyrillic)
            elif roll < 0.14:
                out[i] = rng.choice(CHINESE)
        return out

    def sentence(self, count: int) -> str:
        """Return one sentence of about ``count`` words, capitalised, with a full stop."""
        words = self.words(max(3, count + self.rng.randint(-3, 3)))
        words[0] = words[0][:1].upper() + words[0][1:]
        return " ".join(words) + "."


def _yaml(value: str) -> str:
    """Quote a string for YAML (JSON strings are valid YAML flow scalars)."""
    return json.dumps(value, ensure_ascii=False)


def _term_names(index: int, words: Words) -> dict[str, str]:
    """Return a term's headword, two aliases and three translations (keys term, a1, a2, ru, kk, zh)."""
    stem = "".join(words.rng.choice(SYLLABLES) for _ in range(3)).capitalize()
    return {
        "term": f"{stem} Corridor {index}",
        "a1": f"{stem}-{index}",
        "a2": f"{stem[:3].upper()}{index}",
        "ru": f"{words.rng.choice(RUSSIAN).capitalize()} {stem} {index}",
        "kk": f"{words.rng.choice(KAZAKH).capitalize()} {index}",
        "zh": f"{words.rng.choice(CHINESE)}{index}号",
    }


def _body(words: Words, ids: list[str], terms: list[str], target: int) -> str:
    rng = words.rng
    parts: list[str] = []
    written = 0
    section = 0
    while written < target:
        section += 1
        parts.append(f"## {words.sentence(4)[:-1]}\n")
        for _ in range(rng.randint(2, 3)):
            sentences = [words.sentence(14) for _ in range(rng.randint(3, 5))]
            if rng.random() < 0.3:
                sentences.append(rng.choice(STOCK))
            if terms and rng.random() < 0.5:
                sentences.insert(1, f"The **{rng.choice(terms)}** matters here.")
            if ids and rng.random() < 0.4:
                target_id = rng.choice(ids)
                sentences.append(f"See [{target_id.replace('-', ' ')}]({target_id}.md).")
            paragraph = " ".join(sentences)
            parts.append(paragraph + "\n")
            written += paragraph.count(" ") + 1
        if section % 3 == 0:
            parts.append("\n".join(f"- {words.sentence(8)}" for _ in range(4)) + "\n")
            written += 36
        if section % 4 == 0:
            rows = ["| Item | Value | Note |", "| --- | ---: | --- |"]
            rows += [
                f"| {words.sentence(2)} | {rng.randint(1, 9999)} | {words.sentence(4)} |"
                for _ in range(4)
            ]
            parts.append("\n".join(rows) + "\n")
            written += 30
    return "\n".join(parts)


def _topic_file(words: Words, ids: list[str], terms: list[str], size: int) -> str:
    rng = words.rng
    front = [
        "---",
        f"title: {_yaml(words.sentence(4)[:-1])}",
        f"summary: {_yaml(words.sentence(20))}",
        "key_facts:",
        *(f"  - {_yaml(words.sentence(12))}" for _ in range(3)),
        "talking_points:",
        *(f"  - {_yaml(words.sentence(12))}" for _ in range(2)),
        f"related: [{', '.join(rng.sample(ids, min(3, len(ids))))}]",
        "---",
        "",
    ]
    return "\n".join(front) + _body(words, ids, terms, size)


def _big_topic(words: Words, target_bytes: int = 2 * 1024 * 1024) -> str:
    rows = ["| # | Corridor | Cargo | Volume | Note |", "| ---: | --- | --- | ---: | --- |"]
    for number in range(1, 81):
        rows.append(
            f"| {number} | {words.sentence(3)[:-1]} | {words.sentence(2)[:-1]} | "
            f"{words.rng.randint(100, 99999)} | {words.sentence(6)} |"
        )
    parts = [
        "---",
        'title: "A very large topic"',
        'summary: "About 2 MB of text with an 80-row table, for rendering benchmarks."',
        "---",
        "",
        "## The table",
        "",
        "\n".join(rows),
        "",
    ]
    text = "\n".join(parts)
    chunks = [text]
    size = len(text.encode())
    section = 0
    while size < target_bytes:
        section += 1
        paragraph = (
            f"## Section {section}\n\n" + " ".join(words.sentence(14) for _ in range(40)) + "\n\n"
        )
        chunks.append(paragraph)
        size += len(paragraph.encode())
    return "".join(chunks)


def make_pack(
    out: Path, topics: int, terms: int | None = None, big_topic: bool = False, seed: int = 1
) -> Path:
    """Write a synthetic pack of ``topics`` topics into folder ``out`` and return ``out``.

    Args:
        out: the folder to write (created; existing pack files are overwritten).
        topics: number of ordinary topics (about 800 words each).
        terms: number of glossary terms (default ``topics // 5``).
        big_topic: also write ``topics/big-topic.md`` (about 2 MB, an 80-row table).
        seed: the random seed; the same arguments give the same pack.
    """
    rng = random.Random(seed)
    words = Words(rng)
    term_count = topics // 5 if terms is None else terms
    ids = [f"topic-{n:05d}" for n in range(1, topics + 1)]
    names = [_term_names(n, words) for n in range(1, term_count + 1)]
    headwords = [name["term"] for name in names]
    (out / "topics").mkdir(parents=True, exist_ok=True)
    for topic_id in ids:
        text = _topic_file(words, ids, headwords, size=800)
        (out / "topics" / f"{topic_id}.md").write_text(text, encoding="utf-8")
    tree = ["id: synthetic", 'title: "Synthetic benchmark pack"', "language: en", "topics:"]
    chapters = ids[::20]
    for start, chapter in zip(range(0, topics, 20), chapters, strict=True):
        tree.append(f"  - id: {chapter}")
        children = ids[start + 1 : start + 20]
        if children:
            tree.append("    children:")
            tree.extend(f"      - {child}" for child in children)
    if big_topic:
        (out / "topics" / "big-topic.md").write_text(_big_topic(words), encoding="utf-8")
        tree.append("  - big-topic")
    (out / "briefing.yaml").write_text("\n".join(tree) + "\n", encoding="utf-8")
    glossary: list[str] = []
    for index, name in enumerate(names):
        concerned = rng.sample(ids, min(3, len(ids)))
        glossary += [
            f"- term: {_yaml(name['term'])}",
            f"  id: term-{index + 1:05d}",
            f"  aliases: [{_yaml(name['a1'])}, {_yaml(name['a2'])}]",
            "  translations:",
            *(f"    {lang}: {_yaml(name[lang])}" for lang in ("ru", "kk", "zh")),
            f"  definition: {_yaml(words.sentence(25))}",
            f"  topics: [{', '.join(concerned)}]",
            "",
        ]
    (out / "glossary.yaml").write_text("\n".join(glossary), encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    """Parse the command line, write the pack, print its folder; return 0."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--topics", type=int, required=True, help="number of topics")
    parser.add_argument("--out", type=Path, required=True, help="folder to write the pack into")
    parser.add_argument("--terms", type=int, default=None, help="glossary terms (default topics/5)")
    parser.add_argument("--big-topic", action="store_true", help="add one 2 MB topic with a table")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    args = parser.parse_args(argv)
    make_pack(args.out, args.topics, args.terms, args.big_topic, args.seed)
    print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
