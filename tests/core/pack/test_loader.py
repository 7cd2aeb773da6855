"""The loader: every kind of bad content gives a clear, located message and the rest loads."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.core import Pack, load_pack
from briefing_app.core.pack.loader import load_preview


def messages(pack: Pack) -> list[str]:
    return [problem.format() for problem in pack.problems]


def test_valid_pack_loads_clean(make_pack):
    pack = load_pack(make_pack())
    assert messages(pack) == []
    assert [node.topic_id for node in pack.nodes()] == ["alpha", "beta"]
    assert pack.tree[0].children[0].parent is pack.tree[0]
    assert pack.topics["alpha"].summary == "The first topic."
    assert pack.topics["beta"].body_line == 4


def test_missing_folder_is_a_problem_not_an_exception(tmp_path: Path):
    pack = load_pack(tmp_path / "nowhere")
    assert pack.has_errors and not pack.topics
    assert "no pack folder" in messages(pack)[0]


def test_missing_manifest(make_pack):
    root = make_pack()
    (root / "briefing.yaml").unlink()
    pack = load_pack(root)
    assert any(
        m.startswith("briefing.yaml: error:") and "no briefing.yaml" in m for m in messages(pack)
    )
    assert set(pack.topics) == {"alpha", "beta"}, "topics still load"


def test_malformed_yaml_names_file_and_line(make_pack):
    pack = load_pack(make_pack(manifest="id: x\ntitle: [unclosed\ntopics: [alpha]\n"))
    problem = pack.problems[0]
    assert problem.file == "briefing.yaml" and problem.severity == "error"
    assert problem.line in (2, 3)
    assert "invalid YAML" in problem.message


def test_tab_indentation_says_tab(make_pack):
    pack = load_pack(make_pack(manifest="id: x\ntitle: T\ntopics:\n\t- alpha\n"))
    assert messages(pack)[0] == (
        "briefing.yaml:4: error: a tab is used for indentation; YAML allows spaces only, replace the tab"
    )


def test_duplicate_key_in_manifest_is_refused(make_pack):
    pack = load_pack(make_pack(manifest="id: x\ntitle: One\ntitle: Two\ntopics: [alpha, beta]\n"))
    assert "briefing.yaml:3: error: duplicate key 'title' (first on line 2)" in messages(pack)[0]


def test_duplicate_key_in_front_matter_names_the_topic_line(make_pack):
    topics = {
        "alpha": "---\ntitle: A\nsummary: s\ntitle: B\n---\nBody\n",
        "beta": "---\ntitle: Beta\n---\n",
    }
    pack = load_pack(make_pack(topics=topics))
    assert any(
        m.startswith("topics/alpha.md:4: error: duplicate key 'title'") for m in messages(pack)
    )
    assert "alpha" in pack.topics and pack.topics["alpha"].body == "Body\n", "the body is not lost"


def test_duplicate_key_in_glossary(make_pack):
    glossary = "- term: Khorgos\n  id: khorgos\n  id: again\n"
    pack = load_pack(make_pack(glossary=glossary))
    assert any(m.startswith("glossary.yaml:3: error: duplicate key 'id'") for m in messages(pack))


def test_duplicate_topic_id_in_tree(make_pack):
    pack = load_pack(
        make_pack(manifest="id: x\ntitle: T\ntopics:\n  - alpha\n  - beta\n  - alpha\n")
    )
    assert "briefing.yaml:6: error: topic 'alpha' is in the tree twice; keep one place" in messages(
        pack
    )
    assert [n.topic_id for n in pack.nodes()] == ["alpha", "beta"]


def test_duplicate_topic_id_by_case(make_pack):
    root = make_pack()
    (root / "topics" / "Alpha.md").write_text("---\ntitle: Other\n---\n", encoding="utf-8")
    pack = load_pack(root)
    assert any("Alpha.md" in m and "error" in m for m in messages(pack))


def test_tree_node_without_file(make_pack):
    pack = load_pack(
        make_pack(manifest="id: x\ntitle: T\ntopics:\n  - alpha\n  - ghost\n  - beta\n")
    )
    assert (
        "briefing.yaml:5: error: the tree names topic 'ghost' but topics/ghost.md does not exist; "
        "create it or remove the entry"
    ) in messages(pack)
    assert [n.topic_id for n in pack.nodes()] == ["alpha", "beta"]


def test_file_not_utf8(make_pack):
    raw = {"topics/gamma.md": "---\ntitle: Gamma\n---\nAlmaty caf\xe9\n".encode("latin-1")}
    pack = load_pack(make_pack(raw=raw))
    assert any(
        m.startswith("topics/gamma.md:4: error: the file is not UTF-8 (byte 0xe9)")
        for m in messages(pack)
    )
    assert "alpha" in pack.topics and "gamma" not in pack.topics


def test_utf16_file_is_named_as_such(make_pack):
    raw = {"topics/gamma.md": "---\ntitle: Gamma\n---\n".encode("utf-16")}
    pack = load_pack(make_pack(raw=raw))
    assert any("topics/gamma.md:1: error: the file is UTF-16" in m for m in messages(pack))


def test_utf8_bom_is_fine(make_pack):
    raw = {"topics/gamma.md": b"\xef\xbb\xbf---\ntitle: Gamma\n---\nText\n"}
    pack = load_pack(make_pack(raw=raw))
    assert pack.topics["gamma"].title == "Gamma"
    assert not any(p.severity == "error" for p in pack.problems)


def test_missing_title(make_pack):
    topics = {
        "alpha": "---\nsummary: no title here\n---\nBody\n",
        "beta": "---\ntitle: Beta\n---\n",
    }
    pack = load_pack(make_pack(topics=topics))
    assert any(m.startswith("topics/alpha.md:") and "has no 'title'" in m for m in messages(pack))
    assert pack.topics["alpha"].title == "alpha", "shown under its id, nothing lost"


def test_missing_front_matter(make_pack):
    topics = {"alpha": "# Just markdown\n", "beta": "---\ntitle: Beta\n---\n"}
    pack = load_pack(make_pack(topics=topics))
    assert "topics/alpha.md:1: error: no front matter" in messages(pack)[0]


def test_link_leaving_the_pack_is_an_error(make_pack):
    topics = {
        "alpha": "---\ntitle: A\n---\nSee [secret](../../etc/passwd.md) and ![x](/etc/logo.png)\n",
        "beta": "---\ntitle: Beta\n---\n",
    }
    pack = load_pack(make_pack(topics=topics))
    found = [m for m in messages(pack) if "outside the pack" in m]
    assert len(found) == 2 and all(m.startswith("topics/alpha.md:4: error:") for m in found)


def test_unknown_related_and_broken_links_are_warnings(make_pack):
    topics = {
        "alpha": "---\ntitle: A\nrelated:\n  - beta\n  - nowhere\n---\n[x](beta.md#nope) [y](ghost.md)\n",
        "beta": "---\ntitle: Beta\n---\n## Here\n",
    }
    pack = load_pack(make_pack(topics=topics))
    got = messages(pack)
    assert "topics/alpha.md:5: warning: related topic 'nowhere' does not exist" in got
    assert "topics/alpha.md:7: warning: topic 'beta' has no heading with anchor #nope" in got
    assert "topics/alpha.md:7: warning: link to topic 'ghost', which does not exist" in got
    assert not pack.has_errors


def test_values_stay_as_written(make_pack):
    manifest = "id: x\ntitle: T\nversion: 1.10\nupdated: 2022-09-17\nclassification: no\ntopics: [alpha, beta]\n"
    pack = load_pack(make_pack(manifest=manifest))
    assert (pack.info.version, pack.info.updated, pack.info.classification) == (
        "1.10",
        "2022-09-17",
        "no",
    )


def test_python_tags_are_refused_and_never_run(make_pack, tmp_path: Path):
    marker = tmp_path / "ran"
    manifest = (
        f"id: !!python/object/apply:os.system ['touch {marker}']\ntitle: T\ntopics: [alpha]\n"
    )
    pack = load_pack(make_pack(manifest=manifest))
    assert not marker.exists()
    assert "unsupported YAML tag" in messages(pack)[0]


def test_aliases_are_refused(make_pack):
    manifest = "id: x\ntitle: &t T\nsubtitle: *t\ntopics: [alpha, beta]\n"
    pack = load_pack(make_pack(manifest=manifest))
    assert messages(pack)[0].startswith("briefing.yaml:3: error: YAML aliases")


def test_topic_outside_tree_is_shown_at_the_end(make_pack):
    pack = load_pack(make_pack(manifest="id: x\ntitle: T\ntopics: [alpha]\n"))
    assert [n.topic_id for n in pack.nodes()] == ["alpha", "beta"]
    assert "topics/beta.md: warning: topic 'beta' is not in the tree" in messages(pack)[0]


def test_glossary_terms(make_pack):
    glossary = """
        - term: Khorgos
          aliases: [Khorgas, Horgos]
          translations: {ru: Хоргос, kk: Қорғас, zh: 霍尔果斯}
          definition: A border crossing.
          topics: [alpha, nowhere]
        - id: x
        """
    pack = load_pack(make_pack(glossary=glossary))
    assert [t.id for t in pack.terms] == ["khorgos"]
    assert pack.terms[0].translations["kk"] == "Қорғас"
    got = messages(pack)
    assert (
        "glossary.yaml:1: warning: term 'Khorgos' names topic 'nowhere', which does not exist"
        in got
    )
    assert (
        "glossary.yaml:6: error: a glossary entry has no 'term'; add the headword — the entry is left out"
        in got
    )


def test_wrong_types_are_errors_not_crashes(make_pack):
    topics = {
        "alpha": "---\ntitle: [a, list]\nkey_facts: {a: b}\n---\n",
        "beta": "---\n- just\n- a list\n---\n",
    }
    pack = load_pack(make_pack(topics=topics))
    got = messages(pack)
    assert any("'title' must be text" in m for m in got)
    assert any("'key_facts' must be a list of text" in m for m in got)
    assert any(
        m.startswith("topics/beta.md:2: error: the front matter must be a mapping") for m in got
    )


@pytest.mark.parametrize("change", ["fifo", "symlink-out", "folder"])
def test_a_topic_changed_after_the_listing_is_checked_again_when_read(
    pack_copy, tmp_path, monkeypatch, change
):
    """A background load takes seconds: a file may become a pipe or a link out meanwhile."""
    import os
    import threading

    from briefing_app.core.pack import parse as packparse

    victim = pack_copy / "topics" / "sovereignty.md"
    secret = tmp_path / "secret.txt"
    secret.write_text("---\ntitle: Not in the pack\n---\nprivate\n", encoding="utf-8")
    real_parse = packparse.parse_topic

    def parse_then_change(topic_id, rel, text, problems):
        if topic_id == "balancing" and victim.exists():  # the first file; sovereignty is later
            victim.unlink()
            if change == "fifo":
                os.mkfifo(victim)
            elif change == "symlink-out":
                victim.symlink_to(secret)
            else:
                victim.mkdir()
        return real_parse(topic_id, rel, text, problems)

    monkeypatch.setattr(packparse, "parse_topic", parse_then_change)
    result: list = []
    thread = threading.Thread(target=lambda: result.append(load_pack(pack_copy)), daemon=True)
    thread.start()
    thread.join(20)
    assert result, "the load hung on the changed file"
    pack = result[0]
    assert "sovereignty" not in pack.topics
    expected = {
        "fifo": "this is a pipe or device, not a text file; not read",
        "symlink-out": "the file links outside the pack folder (or in a loop); not read",
        "folder": "this is a folder, not a text file; not read",
    }[change]
    assert f"topics/sovereignty.md: error: {expected}" in [p.format() for p in pack.problems]


@pytest.mark.parametrize(
    "manifest", ["id: kz\ntitle: K\n", "id: kz\ntitle: K\ntopics:\n\t- overview\n", None]
)
def test_without_a_usable_tree_every_topic_is_listed_and_previewed(pack_copy, manifest):
    path = pack_copy / "briefing.yaml"
    if manifest is None:
        path.unlink()
    else:
        path.write_text(manifest, encoding="utf-8")
    pack = load_pack(pack_copy)
    assert sorted(node.topic_id for node in pack.nodes()) == sorted(pack.topics)
    assert len(pack.topics) == 17
    assert pack.has_errors, "the manifest's own error says what is wrong"
    preview = load_preview(pack_copy, lambda info: None)
    assert [node.topic_id for node in preview.tree] == ["balancing"], "first file by name"


def test_a_file_name_ending_in_a_newline_is_not_a_topic_id(pack_copy):
    import shutil as sh

    sh.copy(pack_copy / "topics" / "overview.md", pack_copy / "topics" / "evil\n.md")
    pack = load_pack(pack_copy)
    assert "evil\n" not in pack.topics
    bad = [p for p in pack.problems if p.file == "topics/evil\n.md"]
    assert bad and "must be lowercase letters" in bad[0].message
    preview = load_preview(pack_copy, lambda info: "evil\n")
    assert "evil\n" not in preview.topics
    assert "\n" not in bad[0].format() and "evil\\n.md" in bad[0].format()


def test_links_with_brackets_in_their_text_are_checked():
    from briefing_app.core.pack.links import markdown_links

    assert markdown_links("see [a [b] c](x.md) and ![m [1]](m.png)") == [
        (0, "x.md", False),
        (0, "m.png", True),
    ]
    assert markdown_links("[" * 2000 + "](x") == [], "no link, found without scanning forever"
