"""The bundled pack prepared with the app: current, taken on a first start, refused when stale."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

import briefing_app
from briefing_app.core import TreeNode
from briefing_app.core.pack import cache as packcache
from briefing_app.core.pack.cache import load_pack_cached, load_pages
from briefing_app.core.pack.prepared import load_prepared, prepare, prepared_path
from briefing_app.core.resources import bundled_pack_path

REGENERATE = "run: python packaging/prepare_pack.py"


def must_not_parse(*_args, **_kwargs):
    raise AssertionError("the prepared pack should have been used")


def test_the_shipped_file_is_what_preparing_the_bundled_pack_gives_now():
    root = bundled_pack_path()
    shipped = load_prepared(root)
    assert shipped is not None, f"{prepared_path()} does not match this app and pack; {REGENERATE}"
    pack, pages = prepare(root)
    assert shipped[1] == pages, f"the shipped pages differ from today's rendering; {REGENERATE}"
    assert shape(shipped[0].tree) == shape(pack.tree), REGENERATE
    assert replace(shipped[0], root=root, tree=[]) == replace(pack, root=root, tree=[]), REGENERATE


def shape(nodes: list[TreeNode], parent: TreeNode | None = None) -> list[object]:
    """The tree as nested (topic id, children) lists; tree nodes compare by identity."""
    assert all(node.parent is parent for node in nodes)
    return [(node.topic_id, shape(node.children, node)) for node in nodes]


def test_a_first_start_takes_the_prepared_pack_and_caches_it_and_its_pages(monkeypatch):
    monkeypatch.setattr("briefing_app.core.pack.loader.load_pack", must_not_parse)
    monkeypatch.setattr("briefing_app.core.render.page.render_topic", must_not_parse)
    pack = load_pack_cached()
    assert pack.root == bundled_pack_path() and pack.signature
    assert "dry-port" in pack.topics and pack.terms and not pack.has_errors
    assert packcache._entry_path(pack.root, "pack").is_file()
    pages = load_pages(pack)
    assert set(pages) == {f"topic:{topic_id}:1" for topic_id in pack.topics} | {"view:glance"}
    assert "Khorgos" in pages["topic:dry-port:1"]
    again = load_pack_cached()  # from the user cache now, with the same signature
    assert again.signature == pack.signature and again.topics.keys() == pack.topics.keys()


@pytest.fixture
def bundled_copy(tmp_path: Path, monkeypatch) -> Path:
    """A copy of the bundled pack (new modification times), standing in for the bundled one."""
    copy = tmp_path / bundled_pack_path().name
    shutil.copytree(bundled_pack_path(), copy)
    monkeypatch.setattr("briefing_app.core.pack.prepared.bundled_pack_path", lambda: copy)
    return copy


def test_the_prepared_file_is_checked_against_contents_not_times(bundled_copy):
    prepared = load_prepared(bundled_copy)  # every file has a new mtime, as after installing
    assert prepared is not None and prepared[0].root == bundled_copy


def test_an_edit_that_keeps_the_size_is_noticed(bundled_copy, monkeypatch):
    topic = bundled_copy / "topics" / "dry-port.md"
    text = topic.read_text(encoding="utf-8")
    edited = text.replace("Khorgos", "Khorgoz", 1)
    assert edited != text and len(edited) == len(text)
    topic.write_text(edited, encoding="utf-8")
    assert load_prepared(bundled_copy) is None
    pack = load_pack_cached(bundled_copy)  # parsed instead, with the edit
    assert "Khorgoz" in pack.topics["dry-port"].summary


def ship_instead(data: bytes, tmp_path: Path, monkeypatch) -> None:
    """Make ``data`` the prepared file the app finds."""
    shipped = tmp_path / "resources" / "prepared" / prepared_path().name
    shipped.parent.mkdir(parents=True)
    shipped.write_bytes(data)
    monkeypatch.setattr(
        "briefing_app.core.pack.prepared.resources_dir", lambda: tmp_path / "resources"
    )


def test_another_version_or_a_foreign_pack_or_a_damaged_file_is_ignored(
    bundled_copy, tmp_path, monkeypatch
):
    monkeypatch.setattr(briefing_app, "__version__", "99.0")
    assert load_prepared(bundled_copy) is None
    monkeypatch.undo()
    other = tmp_path / "other" / bundled_copy.name  # same name, but not the bundled folder
    shutil.copytree(bundled_copy, other)
    assert load_prepared(other) is None
    monkeypatch.setattr("briefing_app.core.pack.prepared.bundled_pack_path", lambda: bundled_copy)
    ship_instead(prepared_path().read_bytes()[:5000], tmp_path, monkeypatch)  # cut short
    assert load_prepared(bundled_copy) is None


def test_a_payload_of_the_wrong_shape_is_ignored(bundled_copy, tmp_path, monkeypatch):
    import pickle

    with prepared_path().open("rb") as shipped:
        header = pickle.load(shipped)  # the right header, then something else
    ship_instead(pickle.dumps(header) + pickle.dumps(["not", "a", "dict"]), tmp_path, monkeypatch)
    assert load_prepared(bundled_copy) is None
    assert "dry-port" in load_pack_cached(bundled_copy).topics  # parsed instead


def test_a_cache_left_by_an_older_version_gives_way_to_the_prepared_pack(monkeypatch):
    first = load_pack_cached()
    entry = packcache._entry_path(first.root, "pack")
    packcache._write(entry, first.signature, first)
    monkeypatch.setattr(packcache, "_app_version", lambda: "0.0.1")  # the cache is refused now
    monkeypatch.setattr("briefing_app.core.pack.loader.load_pack", must_not_parse)
    again = packcache.cached_pack(first.root)
    assert again is not None and again.topics.keys() == first.topics.keys()


def test_the_bundled_pack_reached_through_a_link_is_still_prepared(tmp_path):
    link = tmp_path / "briefing-pack"
    link.symlink_to(bundled_pack_path(), target_is_directory=True)
    prepared = load_prepared(link)
    assert prepared is not None and prepared[0].root == link
