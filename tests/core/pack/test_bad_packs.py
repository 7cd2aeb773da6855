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
    assert len(content_key(load_pack(root)).key) == 64, "returns at once instead of reading forever"


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


def tree(pack) -> list[object]:
    """The tree as nested lists: a topic id, or [id, children...] for a node with children."""

    def shape(node):
        return [node.topic_id, *map(shape, node.children)] if node.children else node.topic_id

    return [shape(node) for node in pack.tree]


def test_an_impossible_date_is_left_out_and_the_rest_of_the_manifest_stays():
    pack = load_pack(CORPUS / "date-not-a-date")
    assert pack.info.updated == ""
    assert (pack.info.title, pack.info.version, tree(pack)) == (
        "Bad pack",
        "1.0",
        ["alpha", "beta"],
    )


def test_a_title_blank_to_the_eye_falls_back_to_the_id():
    pack = load_pack(CORPUS / "invisible-title")
    alpha = pack.topics["alpha"]
    assert alpha.title == "alpha"
    assert alpha.summary.startswith("The title above")


def test_invisible_optional_text_is_dropped_and_the_visible_rest_kept():
    pack = load_pack(CORPUS / "invisible-optional-text")
    alpha, (khorgos,) = pack.topics["alpha"], pack.terms
    assert (alpha.summary, alpha.tags) == ("", ["corridor"])
    assert (khorgos.aliases, khorgos.translations) == (["Horgos"], {"ru": "Хоргос"})


def test_a_headword_blank_to_the_eye_costs_only_its_entry():
    pack = load_pack(CORPUS / "invisible-term")
    assert [term.term for term in pack.terms] == ["Khorgos", "Beta port"]
    assert "" not in {term.id for term in pack.terms}


def test_ids_lose_their_invisible_characters_and_still_resolve():
    pack = load_pack(CORPUS / "invisible-id")
    assert tree(pack) == ["alpha", "beta"]
    assert pack.topics["beta"].related == ["alpha"]
    (sez,) = pack.terms
    assert (sez.id, sez.topics) == ("sez", ["beta"])
    assert not pack.has_errors, [p.format() for p in pack.problems]


def test_one_bad_glossary_entry_costs_only_itself():
    pack = load_pack(CORPUS / "glossary-one-bad-entry")
    assert [term.id for term in pack.terms] == ["khorgos", "beta-port", "dry-port"]
    assert pack.term("beta-port").definition == "The port of the Beta topic."


def test_an_object_tag_in_one_definition_costs_only_that_definition():
    pack = load_pack(CORPUS / "glossary-one-bad-tag")
    assert [term.id for term in pack.terms] == ["khorgos", "beta-port", "dry-port"]
    beta_port = pack.term("beta-port")
    assert (beta_port.aliases, beta_port.definition) == (["BP"], "")
    assert not Path("/tmp/briefing-pwned-glossary").exists()


def test_one_bad_tree_node_costs_only_itself():
    pack = load_pack(CORPUS / "tree-one-bad-node")
    assert tree(pack) == ["alpha", ["beta", "gamma"]]
    assert pack.info.title == "Bad pack"


def test_a_tree_node_without_id_gives_its_place_to_its_children():
    pack = load_pack(CORPUS / "tree-node-without-id")
    assert tree(pack) == ["alpha", "beta", "gamma"]
    assert not any("not in the tree" in p.message for p in pack.problems)


def test_one_bad_front_matter_field_costs_only_itself():
    alpha = load_pack(CORPUS / "front-matter-one-bad-field").topics["alpha"]
    assert alpha.title == "Alpha"
    assert alpha.summary == "The summary survives its neighbour."
    assert (alpha.key_facts, alpha.talking_points) == ([], ["A point that survives too."])


def test_a_duplicate_key_keeps_the_first_value_and_the_rest_of_the_file():
    pack = load_pack(CORPUS / "duplicate-key-manifest")
    assert (pack.info.title, tree(pack)) == ("One", ["alpha", "beta"])
    glossary = load_pack(CORPUS / "duplicate-key-glossary")
    assert [term.id for term in glossary.terms]


def test_a_glossary_over_the_limit_says_what_to_do_and_keeps_whole_entries(make_pack):
    long = "A definition that goes on and on. " * 40
    entries = "".join(f"  - term: Term {i}\n    definition: {long}\n" for i in range(2_000))
    pack = load_pack(make_pack(glossary=entries))  # indented entries: cut before "  -"
    (warning,) = [p for p in pack.problems if p.file == "glossary.yaml" and "MB" in p.message]
    assert warning.severity == "warning"
    assert "move long definitions into topics and link to them" in warning.message
    assert "split it into smaller files" not in warning.message
    assert 0 < len(pack.terms) < 2_000
    assert all(term.definition == long.strip() for term in pack.terms)


def test_a_glossary_of_one_huge_entry_is_refused_with_advice_and_the_pack_opens(make_pack):
    huge = "A definition pasted from a whole report. " * (MAX_GLOSSARY_BYTES // 40 + 10)
    root = make_pack(glossary=f"- term: Report\n  definition: {huge}\n")
    pack = load_pack(root)
    got = [p.format() for p in pack.problems if p.file == "glossary.yaml"]
    assert len(got) == 1 and got[0].startswith("glossary.yaml: error: the file is 2.1 MB")
    assert got[0].endswith(
        "over the 2 MB limit, and not read; move long definitions into topics and link to "
        "them from the term, or keep glossary.yaml under 2 MB"
    )
    assert pack.terms == [] and set(pack.topics) == {"alpha", "beta"}
    assert [node.topic_id for node in pack.nodes()] == ["alpha", "beta"]


def test_oversized_manifest_and_topic_get_advice_for_their_kind_of_file(make_pack):
    from briefing_app.core.pack.loader import MAX_MANIFEST_BYTES

    root = make_pack()
    padding = "# " + "x" * 1000 + "\n"
    manifest = (root / "briefing.yaml").read_text(encoding="utf-8")
    (root / "briefing.yaml").write_text(
        manifest + padding * (MAX_MANIFEST_BYTES // len(padding) + 1), encoding="utf-8"
    )
    with (root / "topics" / "huge.md").open("w", encoding="utf-8") as handle:
        handle.write("---\ntitle: Huge\n---\n" + padding * (MAX_TOPIC_BYTES // len(padding) + 1))
    got = {p.file: p.message for p in load_pack(root).problems}
    assert "keep briefing.yaml under 2 MB" in got["briefing.yaml"]
    assert "split the topic into several topics and link them" in got["topics/huge.md"]


def test_a_glossary_syntax_error_costs_only_its_entry():
    pack = load_pack(CORPUS / "glossary-one-syntax-error")
    assert [term.id for term in pack.terms] == ["khorgos", "dry-port"]


def test_a_syntax_error_in_a_glossary_of_one_entry_is_still_reported_whole(make_pack):
    pack = load_pack(make_pack(glossary='- term: A\n  definition: "open\n'))
    (problem,) = [p for p in pack.problems if p.file == "glossary.yaml"]
    assert problem.line == 2 and "the glossary entry" not in problem.message


def test_a_huge_topic_of_one_line_keeps_its_text_up_to_the_limit(make_pack):
    """A topic whose body is one line over the limit is cut inside that line (at a space, or
    between characters), not before it: the reader still has 4 MB of text to show."""
    root = make_pack()
    words = "Хоргос 霍尔果斯 dry port "
    body = words * (MAX_TOPIC_BYTES // len(words.encode()) + 10)
    (root / "topics" / "one-line.md").write_text(f"---\ntitle: One line\n---\n{body}", "utf-8")
    unspaced = "霍尔果斯" * (MAX_TOPIC_BYTES // 12 + 10)
    (root / "topics" / "unspaced.md").write_text(f"---\ntitle: Unspaced\n---\n{unspaced}", "utf-8")
    pack = load_pack(root)
    one_line = pack.topics["one-line"].body
    assert len(one_line.encode()) > MAX_TOPIC_BYTES - 1024
    assert body.startswith(one_line.rstrip())
    assert len(pack.topics["unspaced"].body.encode()) > MAX_TOPIC_BYTES - 64
    assert unspaced.startswith(pack.topics["unspaced"].body.strip())
    (cut,) = [p for p in pack.problems if p.file == "topics/one-line.md" and "MB" in p.message]
    assert cut.severity == "warning" and cut.line == 4
    assert "only the first 4.2 MB (to this line) is used" in cut.message
