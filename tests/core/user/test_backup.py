"""Back Up Notes: a consistent one-file copy, WAL included, never over the live file."""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from briefing_app.core.user import backup as backup_module
from briefing_app.core.user.backup import BackupError, back_up, default_name
from briefing_app.core.user.store import UserStore


@pytest.fixture
def store(tmp_path: Path) -> UserStore:
    """A store with two notes and a bookmark, all still in the write-ahead log."""
    opened = UserStore.open(tmp_path / "data" / "briefing.sqlite3")
    opened.save_note("pack", "khorgos", "Ask about freight — Хоргос 霍尔果斯")
    opened.save_note("other", "icbc", "A note of another pack")
    opened.set_bookmarked("pack", "khorgos", True)
    yield opened
    opened.close()


def test_the_default_name_carries_the_date():
    assert default_name(date(2026, 12, 5)) == "briefing-notes-2026-12-05.sqlite3"


def test_a_backup_taken_with_the_log_open_holds_the_latest_notes(store: UserStore, tmp_path: Path):
    assert store.path is not None
    store.save_note("pack", "khorgos", "Edited a moment ago")  # the latest version
    assert Path(f"{store.path}-wal").stat().st_size > 0, "the notes are still in the log"
    (tmp_path / "plain").mkdir()
    plain = Path(shutil.copy(store.path, tmp_path / "plain" / "copy.sqlite3"))
    assert UserStore.open(plain).notes("pack") == {}, "a plain copy of the main file lacks them"

    result = back_up(store, tmp_path / "mine")
    assert result.path == tmp_path / "mine.sqlite3", "the suffix is added"
    assert (result.notes, result.bookmarks) == (2, 1)
    assert result.summary() == f"Backed up 2 notes and 1 bookmark to {result.path}"
    assert not Path(f"{result.path}-wal").exists(), "one self-contained file"
    copy = UserStore.open(result.path)
    assert copy.note("pack", "khorgos") == "Edited a moment ago"
    assert copy.notes("other") == {"icbc": "A note of another pack"}
    assert copy.bookmarks("pack") == ["khorgos"]
    copy.close()
    store.save_note("pack", "after", "the live store goes on working")
    assert store.note("pack", "after")


def test_the_backup_is_a_rollback_journal_file(store: UserStore, tmp_path: Path):
    result = back_up(store, tmp_path / "b.sqlite3")
    raw = sqlite3.connect(result.path)
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert raw.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    raw.close()


def test_the_live_database_is_never_a_target(store: UserStore):
    assert store.path is not None
    before = store.path.read_bytes()
    for target in (store.path, Path(f"{store.path}-wal"), store.path.parent / "." / store.path.name):
        with pytest.raises(BackupError, match="the notes file Briefing is using"):
            back_up(store, target)
    link = store.path.with_name("alias.sqlite3")
    os.link(store.path, link)
    with pytest.raises(BackupError, match="the notes file Briefing is using"):
        back_up(store, link)
    assert store.path.read_bytes() == before
    assert store.note("pack", "khorgos")


def test_a_missing_folder_is_named(store: UserStore, tmp_path: Path):
    with pytest.raises(BackupError, match=r"The folder .*nowhere does not exist"):
        back_up(store, tmp_path / "nowhere" / "b.sqlite3")


def test_an_unwritable_folder_is_named(store: UserStore, tmp_path: Path, monkeypatch):
    def refuse(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(backup_module.tempfile, "mkstemp", refuse)
    with pytest.raises(BackupError, match=f"Cannot write to {tmp_path}: Permission denied"):
        back_up(store, tmp_path / "b.sqlite3")


def test_a_failed_copy_keeps_the_older_backup_and_leaves_no_partial_file(
    store: UserStore, tmp_path: Path, monkeypatch
):
    old = tmp_path / "b.sqlite3"
    old.write_bytes(b"an older backup")

    def full_disk(_self, _target):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(UserStore, "copy_to", full_disk)
    with pytest.raises(BackupError, match=r"database or disk is full.*Nothing was changed there"):
        back_up(store, old)
    assert old.read_bytes() == b"an older backup"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.sqlite3", "data"], "no partial file"


def test_an_in_memory_store_can_be_rescued_to_a_file(tmp_path: Path):
    memory = UserStore._in_memory(tmp_path / "unreadable", OSError("no permission"))
    memory.save_note("pack", "khorgos", "only in memory")
    result = back_up(memory, tmp_path / "rescued.sqlite3")
    assert (result.notes, result.bookmarks) == (1, 0)
    assert UserStore.open(result.path).note("pack", "khorgos") == "only in memory"
