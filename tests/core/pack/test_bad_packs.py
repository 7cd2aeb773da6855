"""The bad-pack corpus: every fault gives its message, through the API and the command line.

Each folder of ``tests/data/bad_packs`` holds one small pack with one fault
and an ``EXPECTED`` file: a comment saying what the fault is, then the
problem lines the pack must produce (a line matches a problem that starts
with it).  Faults that need big or special files are made in ``tmp_path``.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from briefing_app.cli import main
from briefing_app.core import load_pack
from briefing_app.core.pack.loader import MAX_GLOSSARY_BYTES, MAX_TOPIC_BYTES

CORPUS = Path(__file__).resolve().parents[2] / "data" / "bad_packs"
CASES = sorted(path.name for path in CORPUS.iterdir() if (path / "EXPECTED").is_file())


def expected(case: str) -> list[str]:
    lines = (CORPUS / case / "EXPECTED").read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")]


def test_corpus_is_large_enough():
    assert len(CASES) >= 25


@pytest.mark.parametrize("case", CASES)
def test_load_pack_reports_the_fault(case: str):
    pack = load_pack(CORPUS / case)
    found = [problem.format() for problem in pack.problems]
    for line in expected(case):
        assert any(problem.startswith(line) for problem in found), (line, found)
    if not expected(case):
        assert found == []


@pytest.mark.parametrize("case", CASES)
def test_check_command_prints_it_and_exits_by_severity(case: str, capsys):
    code = main(["check", str(CORPUS / case)])
    out = capsys.readouterr().out.splitlines()
    for line in expected(case):
        assert any(printed.startswith(line) for printed in out), (line, out)
    assert code == (1 if any(": error: " in line for line in expected(case)) else 0)


def test_python_tag_never_runs():
    load_pack(CORPUS / "python-tag")
    assert not Path("/tmp/briefing-pwned").exists()


def test_valid_parts_of_a_bad_pack_still_load():
    pack = load_pack(CORPUS / "latin1-topic")
    assert list(pack.topics) == ["beta"] and [n.topic_id for n in pack.nodes()] == ["beta"]


def test_symlink_pointing_outside_is_refused(make_pack, tmp_path: Path):
    secret = tmp_path / "secret.md"
    secret.write_text("---\ntitle: Secret\n---\nsecret text\n", encoding="utf-8")
    root = make_pack()
    os.symlink(secret, root / "topics" / "leak.md")
    pack = load_pack(root)
    assert "leak" not in pack.topics
    assert any(
        p.format().startswith("topics/leak.md: error: the file links outside")
        for p in pack.problems
    )


def test_huge_topic_is_bounded_with_a_warning(make_pack):
    root = make_pack()
    line = "Khorgos dry port and the Middle Corridor. " * 20 + "\n"
    with (root / "topics" / "huge.md").open("w", encoding="utf-8") as handle:
        handle.write("---\ntitle: Huge\n---\n")
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            handle.write(line)
    assert (root / "topics" / "huge.md").stat().st_size > 50 * 1024 * 1024
    pack = load_pack(root)
    huge = pack.topics["huge"]
    assert len(huge.body.encode()) <= MAX_TOPIC_BYTES
    assert any(
        p.file == "topics/huge.md" and p.severity == "warning" and "MB" in p.message
        for p in pack.problems
    )


def test_huge_glossary_is_bounded_with_a_warning(make_pack):
    entries = "".join(f"- term: Term {i}\n  definition: Text {i}\n" for i in range(100_000))
    root = make_pack(glossary=entries)
    assert len(entries.splitlines()) == 200_000
    started = time.process_time()
    pack = load_pack(root)
    assert 0 < len(pack.terms) < 100_000
    assert any(p.file == "glossary.yaml" and p.severity == "warning" for p in pack.problems)
    assert (root / "glossary.yaml").stat().st_size > MAX_GLOSSARY_BYTES
    print(f"200,000-line glossary loaded in {time.process_time() - started:.2f} s CPU")


def test_symlink_loop_pipe_and_device_are_refused_without_hanging(make_pack):
    root = make_pack()
    topics = root / "topics"
    os.symlink("loop-b.md", topics / "loop-a.md")
    os.symlink("loop-a.md", topics / "loop-b.md")
    os.mkfifo(topics / "pipe.md")
    os.symlink("/dev/zero", topics / "zero.md")
    pack = load_pack(root)
    got = [p.format() for p in pack.problems]
    for name in ("loop-a", "loop-b", "zero"):
        assert any(g.startswith(f"topics/{name}.md: error: the file links outside") for g in got), (
            name
        )
    assert "topics/pipe.md: error: this is a pipe or device, not a text file; not read" in got
    assert set(pack.topics) == {"alpha", "beta"}


def test_search_cache_key_never_reads_what_the_loader_refuses(make_pack):
    from briefing_app.core.search.db import content_key

    root = make_pack()
    os.symlink("/dev/zero", root / "topics" / "zero.md")
    os.mkfifo(root / "topics" / "pipe.md")
    assert len(content_key(load_pack(root))) == 64, "returns at once instead of reading forever"


def test_deep_nesting_is_an_error_not_a_crash(make_pack):
    depth = 300
    tree = "".join(f"{{id: n{i}, children: [" for i in range(depth)) + "]}" * depth
    pack = load_pack(make_pack(manifest=f"id: deep\ntitle: Deep\ntopics: [{tree}]\n"))
    assert any("nested more than" in p.message and p.file == "briefing.yaml" for p in pack.problems)


def test_wrong_kinds_of_file_are_named(make_pack):
    root = make_pack()
    (root / "glossary.yaml").mkdir()
    (root / "topics" / "con.md").write_text("---\ntitle: Con\n---\n", encoding="utf-8")
    got = [p.format() for p in load_pack(root).problems]
    assert "glossary.yaml: error: this is a folder, not a text file; not read" in got
    assert any(
        g.startswith("topics/con.md: warning: 'con' is a reserved file name on Windows")
        for g in got
    )


def test_pack_id_must_be_a_plain_name(make_pack):
    pack = load_pack(make_pack(manifest='id: "../../Evil Pack"\ntitle: T\ntopics: [alpha, beta]\n'))
    assert (
        "briefing.yaml:1: error: pack id '../../Evil Pack' must be lowercase letters, digits and hyphens"
        in [p.format() for p in pack.problems]
    )
