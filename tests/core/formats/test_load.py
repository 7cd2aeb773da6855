"""MkDocs projects, plain Markdown folders and Obsidian vaults opened by load_pack."""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.pack.loader import load_pack
from briefing_app.core.pack.model import Pack, TreeNode
from briefing_app.core.render.page import render_topic
from briefing_app.core.search.index import SearchIndex
from tests.core.formats.samples import mkdocs_project, plain_folder, vault, write


def outline(pack: Pack, nodes: list[TreeNode] | None = None) -> list[object]:
    """The tree as nested ``(title, [children])`` pairs, a leaf as its title."""
    shown: list[object] = []
    for node in pack.tree if nodes is None else nodes:
        title = pack.topics[node.topic_id].title
        shown.append((title, outline(pack, node.children)) if node.children else title)
    return shown


def test_an_mkdocs_project_opens_with_its_nav_as_the_tree(tmp_path: Path):
    pack = load_pack(mkdocs_project(tmp_path))
    assert pack.info.title == "Field Manual" and pack.info.subtitle == "How the team works"
    assert pack.info.id == "field-manual"
    assert outline(pack) == [
        "Home",
        ("Getting started", ["Install", "Configure it"]),
        ("Reference", ["Commands", ("Deep", ["Detail"])]),
        "Not in nav",  # a page nav leaves out comes after it
    ]
    assert pack.problems == []  # the !!python/name: and !ENV tags are refused quietly
    start = pack.topics["start"]  # the section's index page is the section's own page
    assert start.path == "pages/start/index.md" and "Starting out" in start.body
    assert pack.topics["reference-commands"].path == "pages/reference/commands.md"
    assert "README" not in str([t.path for t in pack.topics.values()])  # outside docs_dir


def test_mkdocs_links_and_images_resolve_across_folders(tmp_path: Path):
    pack = load_pack(mkdocs_project(tmp_path))
    page = render_topic(pack, pack.topics["start-install"])
    assert 'src="pack:pages/img/flow.png"' in page
    assert 'href="topic:reference-commands"' in page
    home = render_topic(pack, pack.topics["index"])
    assert 'href="topic:start-install#on-linux"' in home
    commands = render_topic(pack, pack.topics["reference-commands"])
    assert 'href="topic:index"' in commands and 'href="topic:reference-deep-detail"' in commands
    assert "admonition note" in commands
    # A section without a page of its own lists its entries.
    reference = render_topic(pack, pack.topics["reference"])
    assert 'href="topic:reference-commands"' in reference and 'href="topic:deep"' in reference


def test_mkdocs_problems_name_the_file_and_line(tmp_path: Path):
    mkdocs_project(tmp_path)
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("start/configure.md", "start/gone.md"),
        encoding="utf-8",
    )
    (tmp_path / "pages/start/install.md").write_text(
        "# Installing\n\n[missing](nothere.md) and [bad anchor](../index.md#nowhere)\n",
        encoding="utf-8",
    )
    (tmp_path / "pages/latin1.md").write_bytes("caf\xe9\n".encode("latin-1"))
    lines = [p.format() for p in load_pack(tmp_path).problems]
    assert (
        "mkdocs.yml:20: warning: the nav names 'start/gone.md', which is not a page in pages/; "
        "it is left out"
    ) in lines
    assert any(line.startswith("pages/start/install.md:3: warning: link target") for line in lines)
    assert (
        "pages/start/install.md:3: warning: topic 'index' has no heading with anchor #nowhere"
        in lines
    )
    assert any(line.startswith("pages/latin1.md:1: error: the file is not UTF-8") for line in lines)
    # The unlisted configure page is still shown, after the nav.
    assert "start-configure" in load_pack(tmp_path).topics


def test_an_mkdocs_yml_that_is_not_yaml_opens_the_docs_folder(tmp_path: Path):
    write(
        tmp_path,
        {"mkdocs.yml": "site_name: [unclosed\n", "docs/b.md": "# B\n", "docs/a.md": "# A\n"},
    )
    pack = load_pack(tmp_path)
    assert next(p.format() for p in pack.problems).startswith("mkdocs.yml:1: error: invalid YAML")
    assert outline(pack) == ["A", "B"]


def test_an_mkdocs_project_without_nav_or_docs(tmp_path: Path):
    write(tmp_path, {"mkdocs.yml": "site_name: Empty\ndocs_dir: src\n"})
    pack = load_pack(tmp_path)
    assert not pack.topics
    assert [p.format() for p in pack.problems] == [
        "mkdocs.yml: error: docs_dir 'src' is not a folder here; create it or set docs_dir in the config"
    ]


def test_a_plain_folder_opens_as_its_folders(tmp_path: Path):
    pack = load_pack(plain_folder(tmp_path / "Team Notes"))
    assert pack.info.title == "Team Notes" and pack.info.id == "team-notes"
    assert outline(pack) == [
        "Team notes",  # README.md at the top: the folder's own page, first
        ("Archive", ["Deeper", "Old notes"]),  # no index: a page listing its entries
        ("All guides", ["Chapter 3", "Chapter twelve", "Not the folder's page: index.md is"]),
        "First file",
        "File two",
        "File ten",  # natural order: file2 before file10
    ]
    first = pack.topics["file1"]
    assert first.tags == ["alpha", "beta"] and first.body.startswith("# Heading kept")
    assert pack.topics["guides"].path == "guides/index.md"
    assert pack.topics["archive"].path == "archive/"
    html = render_topic(pack, pack.topics["guides-chapter-12"])
    assert 'src="pack:guides/img/map.png"' in html
    two = render_topic(pack, pack.topics["file2"])
    assert 'href="topic:file10"' in two and 'href="topic:guides"' in two  # a link to a folder
    assert pack.problems == []


def test_a_vault_resolves_wikilinks_aliases_headings_and_embeds(tmp_path: Path):
    pack = load_pack(vault(tmp_path / "vault"))
    assert outline(pack) == [("Projects", ["Alpha", "Beta"]), "Gamma Notes", "Home"]
    home = render_topic(pack, pack.topics["home"])
    assert home.count('href="topic:projects-alpha"') == 2
    assert ">the alpha project</a>" in home
    assert 'href="topic:projects-beta#risks"' in home and "Beta › Risks" in home
    assert 'href="topic:gamma-notes">see gamma</a>' in home
    assert 'href="#local"' in home
    assert "Nowhere" in home and "[[in code]]" in home
    assert home.count('src="pack:attachments/diagram.png"') == 2 and 'width="200"' in home
    beta = render_topic(pack, pack.topics["projects-beta"])
    assert 'href="topic:projects-alpha">First project</a>' in beta  # a front matter alias
    assert [p.format() for p in pack.problems] == [
        "Home.md:2: warning: [[Nowhere]] names no page in this folder; it is shown as text"
    ]


def test_search_finds_pages_of_a_folder(tmp_path: Path):
    pack = load_pack(vault(tmp_path))
    hits = SearchIndex.build(pack).search("gamma").hits
    assert hits and hits[0].id == "gamma-notes"


def test_a_briefing_pack_is_still_read_as_one(tmp_path: Path):
    write(tmp_path, {"topics/a.md": "---\ntitle: A\n---\nText.\n", "notes.md": "# Not a topic\n"})
    pack = load_pack(tmp_path)
    assert "a" in pack.topics and "notes" not in pack.topics
    assert any("no briefing.yaml" in p.message for p in pack.problems)


def test_a_vault_packed_into_a_pack_file_keeps_its_folder_s_name(tmp_path: Path):
    from briefing_app.core.library.writer import write_packfile

    folder = vault(tmp_path / "Field notes")
    packed = write_packfile(folder, tmp_path / "out" / "notes.briefing").output
    pack = load_pack(packed)
    assert pack.root.parent.name == "packfiles", "read from its extracted copy"
    assert (pack.info.id, pack.info.title) == (load_pack(folder).info.id, "Field notes")
