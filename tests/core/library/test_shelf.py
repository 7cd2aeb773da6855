"""The library of packs: added, listed recent first, removed; the bundled pack always there;
the same path once; bad paths refused with a message; kept in the user data folder."""

from __future__ import annotations

import json
import shutil
import textwrap
from pathlib import Path

import pytest

from briefing_app.core import load_pack
from briefing_app.core.library import shelf
from briefing_app.core.library.signing import generate_key_pair, system_keys_dir
from briefing_app.core.library.writer import write_packfile
from briefing_app.core.resources import bundled_pack_path


def small_pack(folder: Path, pack_id: str = "second", title: str = "Second pack") -> Path:
    """Write a one-topic Briefing pack in ``folder`` (a topic ``caravan`` about a caravanserai)."""
    (folder / "topics").mkdir(parents=True)
    (folder / "briefing.yaml").write_text(
        textwrap.dedent(
            f"""\
            id: {pack_id}
            title: {title}
            version: "3"
            updated: 2026-01-15
            audience: Trade delegations
            facts_as_of: 2026-01-10
            topics:
              - caravan
            """
        ),
        encoding="utf-8",
    )
    (folder / "topics" / "caravan.md").write_text(
        "---\ntitle: The old caravanserai\n---\nA caravanserai on the Silk Road near Zharkent.\n",
        encoding="utf-8",
    )
    return folder


def test_the_bundled_pack_is_always_listed_and_cannot_be_removed():
    listed = shelf.entries()
    assert [e.source for e in listed] == ["bundled"]
    bundled = listed[0]
    assert bundled.bundled and bundled.title.startswith("Kazakhstan")
    assert bundled.facts_as_of == "2025-06-30" and bundled.audience
    assert bundled.size > 50_000 and bundled.format == "briefing"
    with pytest.raises(shelf.ShelfError, match="ships with Briefing"):
        shelf.remove(bundled.id)
    assert shelf.library_file().is_file(), "the bundled entry is written"


def test_add_lists_metadata_and_the_same_path_is_one_entry(tmp_path: Path):
    folder = small_pack(tmp_path / "second")
    entry = shelf.add(folder)
    assert (entry.id, entry.title, entry.format, entry.source) == (
        "second",
        "Second pack",
        "briefing",
        "folder",
    )
    assert entry.edition == "3 (2026-01-15)"
    assert (entry.audience, entry.facts_as_of) == ("Trade delegations", "2026-01-10")
    assert entry.size == sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    assert entry.added and not entry.opened
    again = shelf.add(tmp_path / "second" / ".." / "second")
    assert again.id == entry.id and again.added == entry.added
    assert [e.id for e in shelf.entries()].count("second") == 1
    assert len(shelf.entries()) == 2


def test_recently_opened_first_and_ids_stay_unique(tmp_path: Path):
    first = shelf.add(small_pack(tmp_path / "a"))
    second = shelf.add(small_pack(tmp_path / "b"))  # the same pack id in another folder
    assert (first.id, second.id) == ("second", "second-2")
    assert [e.id for e in shelf.entries()][:2] == ["second-2", "second"]
    shelf.record(load_pack(tmp_path / "a"))  # opened now
    assert shelf.entries()[0].id == "second" and shelf.entries()[0].opened
    shelf.record(load_pack(bundled_pack_path()))
    assert shelf.entries()[0].bundled


def test_remove_takes_it_off_the_list_and_leaves_the_files(tmp_path: Path):
    folder = small_pack(tmp_path / "second")
    shelf.add(folder)
    removed = shelf.remove("second")
    assert removed.path == str(folder)
    assert [e.source for e in shelf.entries()] == ["bundled"]
    assert (folder / "briefing.yaml").is_file()
    with pytest.raises(shelf.ShelfError, match="no pack 'second' in the library"):
        shelf.remove("second")


@pytest.mark.parametrize("kind", ["missing", "empty folder", "not a pack file"])
def test_a_bad_path_is_refused_with_a_message_naming_it(tmp_path: Path, kind: str):
    path = tmp_path / "nothing"
    if kind == "empty folder":
        path.mkdir()
    elif kind == "not a pack file":
        path = tmp_path / "junk.briefing"
        path.write_bytes(b"not a zip")
    with pytest.raises(shelf.ShelfError) as raised:
        shelf.add(path)
    assert str(path) in str(raised.value)
    assert "Traceback" not in str(raised.value)
    assert len(shelf.entries()) == 1, "nothing added"


def test_the_list_is_kept_in_the_user_data_folder(tmp_path: Path):
    shelf.add(small_pack(tmp_path / "second"))
    document = json.loads(shelf.library_file().read_text(encoding="utf-8"))
    assert document["format"] == shelf.FORMAT
    assert {p["id"] for p in document["packs"]} == {"second", "kazakhstan-bri"}
    assert shelf.find("second") is not None
    assert shelf.find_path(tmp_path / "second").id == "second"


def test_a_damaged_file_is_moved_aside_and_a_newer_one_never_overwritten(tmp_path: Path):
    file = shelf.library_file()
    file.parent.mkdir(parents=True)
    file.write_text("{not json", encoding="utf-8")
    assert [e.source for e in shelf.entries()] == ["bundled"]
    assert file.with_name("library.json.damaged").read_text() == "{not json"
    newer = {"format": 99, "packs": [{"id": "future", "path": "/somewhere", "new": 1}]}
    file.write_text(json.dumps(newer), encoding="utf-8")
    assert "future" in [e.id for e in shelf.entries()]
    with pytest.raises(shelf.ShelfError, match="newer version of Briefing"):
        shelf.add(small_pack(tmp_path / "second"))
    assert json.loads(file.read_text())["format"] == 99


def test_a_pack_file_says_who_signed_it(tmp_path: Path):
    private, public = generate_key_pair(tmp_path / "unit", "Policy Unit")
    system_keys_dir().mkdir(parents=True)
    shutil.copy(public, system_keys_dir())
    signed = write_packfile(bundled_pack_path(), tmp_path / "kz.briefing", key=private).output
    unsigned = write_packfile(small_pack(tmp_path / "s"), tmp_path / "s.briefing").output
    entry = shelf.add(signed)
    assert (entry.format, entry.source, entry.path) == ("packfile", "file", str(signed))
    assert entry.signature == "signed by Policy Unit (trusted)"
    assert entry.signature_state == "trusted"
    assert entry.size == signed.stat().st_size
    assert entry.id == "kazakhstan-bri-2", "the bundled pack has the plain id"
    assert shelf.add(unsigned).signature_state == "unsigned"


def test_other_formats_are_listed_with_their_kind(tmp_path: Path):
    vault = tmp_path / "vault"
    (vault / ".obsidian").mkdir(parents=True)
    (vault / "Note.md").write_text("# Note\n\nText.\n", encoding="utf-8")
    entry = shelf.add(vault)
    assert (entry.format, entry.title) == ("obsidian", "vault")


def test_the_file_is_in_the_data_folder_the_environment_names():
    import os

    assert shelf.library_file() == Path(os.environ["BRIEFING_DATA_DIR"]) / "library.json"


def test_a_pack_file_records_whether_its_files_verified(tmp_path: Path):
    from tests.core.library.zips import rewrite

    folder = small_pack(tmp_path / "s")
    (folder / "topics" / "inn.md").write_text("---\ntitle: Inn\n---\nAn inn.\n", encoding="utf-8")
    manifest = folder / "briefing.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8") + "  - inn\n", encoding="utf-8")
    good = write_packfile(folder, tmp_path / "s.briefing").output
    entry = shelf.add(good)
    assert (entry.integrity, entry.integrity_state, entry.failed_files) == (
        "verified",
        "verified",
        [],
    )
    altered = rewrite(
        good, tmp_path / "altered.briefing", {"topics/caravan.md": b"---\ntitle: X\n---\nx\n"}
    )
    entry = shelf.add(altered)
    assert entry.integrity == "ALTERED: topics/caravan.md"
    assert (entry.integrity_state, entry.failed_files) == ("altered", ["topics/caravan.md"])
    assert entry.signature_state == "unsigned", "alongside the signature"
    again = shelf.find(entry.id)
    assert again is not None and again.failed_files == ["topics/caravan.md"], "kept in the file"


def test_a_pack_file_opened_from_another_folder_is_recorded_where_it_was_given(
    tmp_path: Path, monkeypatch
):
    """The extraction is shared by copies of one file: the path recorded is the one given
    now, absolute, never a relative path remembered from the first extraction."""
    packfile = write_packfile(small_pack(tmp_path / "s"), tmp_path / "in" / "s.briefing").output
    monkeypatch.chdir(tmp_path / "in")
    load_pack(Path("s.briefing"))  # the first open, by a relative path
    elsewhere = tmp_path / "x"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    entry = shelf.record(load_pack(packfile))
    assert entry.path == str(packfile) and entry.size == packfile.stat().st_size
    assert [e.path for e in shelf.entries() if not e.bundled] == [str(packfile)]
