"""What a pack folder's watch looks at, and what its changes mean (briefing_app.core.pack.watch)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefing_app.core.pack.cache import pack_signature
from briefing_app.core.pack.watch import (
    Changes,
    diff,
    from_signature,
    relevant,
    snapshot,
    watch_budget,
    watch_list,
)
from tests.core.formats.samples import write


@pytest.mark.parametrize(
    ("rel", "expected"),
    [
        ("index.md", True),
        ("guide/img/map.png", True),
        ("mkdocs.yml", True),
        (".obsidian/workspace.json", False),
        (".git/index", False),
        ("guide/.page.md.swp", False),
        ("page.md~", False),
        ("guide/#page.md#", False),
        ("4913", False),
        ("node_modules/x/readme.md", False),
    ],
)
def test_which_files_can_change_a_pack(rel: str, expected: bool):
    assert relevant(rel) is expected


def test_snapshots_tell_added_removed_and_modified_files(tmp_path: Path):
    write(tmp_path, {"a.md": "a", "b.md": "b", "sub/c.md": "c", ".obsidian/w.json": "{}"})
    before = snapshot(tmp_path)
    assert sorted(before.files) == ["a.md", "b.md", "sub/c.md"]
    assert before.folders == ["", "sub"]
    (tmp_path / "a.md").write_text("changed", encoding="utf-8")
    (tmp_path / "b.md").unlink()
    write(tmp_path, {"sub/d.md": "d", ".obsidian/w.json": "{'moved': 1}", "x.md~": "backup"})
    changes = diff(before, snapshot(tmp_path))
    assert changes == Changes(added=("sub/d.md",), removed=("b.md",), modified=("a.md",))
    assert changes.describe() == "3 files changed"
    assert Changes(modified=("a.md",)).describe() == "a.md changed"
    assert not diff(before, before)


def test_the_signature_a_pack_was_read_with_is_the_first_look(tmp_path: Path):
    write(tmp_path, {"a.md": "a", "deep/er/b.md": "b", ".git/HEAD": "ref"})
    assert from_signature(pack_signature(tmp_path)) == snapshot(tmp_path)
    shot = from_signature(pack_signature(tmp_path))
    (tmp_path / "a.md").write_text("edited after reading", encoding="utf-8")
    assert diff(shot, snapshot(tmp_path)).modified == ("a.md",)


def test_folders_are_watched_first_then_config_then_pages_within_the_budget(tmp_path: Path):
    write(tmp_path, {"mkdocs.yml": "x", "docs/a.md": "a", "docs/img/p.png": "p", "docs/b.md": "b"})
    shot = snapshot(tmp_path)
    assert watch_list(shot, 100) == [
        "",
        "docs",
        "docs/img",
        "mkdocs.yml",
        "docs/a.md",
        "docs/b.md",
        "docs/img/p.png",
    ]
    assert watch_list(shot, 4) == ["", "docs", "docs/img", "mkdocs.yml"]
    assert watch_budget("linux") > watch_budget("darwin") <= 256


def test_a_folder_that_cannot_be_read_is_no_error(tmp_path: Path):
    assert snapshot(tmp_path / "missing").files == {}
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe.md")
        assert "pipe.md" in snapshot(tmp_path).files  # stat'ed, never opened
