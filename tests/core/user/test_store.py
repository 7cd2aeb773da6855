"""The user store: notes, bookmarks, recent topics, WAL, migrations, newer and broken files."""

from __future__ import annotations

import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from briefing_app.core.user import store as store_module
from briefing_app.core.user.store import SCHEMA_VERSION, StoreError, UserStore, data_dir, migrate


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "briefing.sqlite3"


def test_default_location_follows_the_environment(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("BRIEFING_DATA_DIR", str(tmp_path / "here"))
    assert data_dir() == tmp_path / "here"
    opened = UserStore.open()
    assert opened.path == tmp_path / "here" / "briefing.sqlite3" and opened.path.is_file()
    opened.close()


def test_notes_round_trip_and_empty_text_deletes(store_path: Path):
    store = UserStore.open(store_path)
    assert store.notice == "" and not store.read_only
    store.save_note("pack", "khorgos", "Ask about **freight** volumes — Хоргос")
    store.save_note("pack", "icbc", "Second")
    store.save_note("other", "khorgos", "Another pack")
    store.close()
    again = UserStore.open(store_path)
    assert again.note("pack", "khorgos") == "Ask about **freight** volumes — Хоргос"
    assert again.notes("pack") == {
        "khorgos": "Ask about **freight** volumes — Хоргос",
        "icbc": "Second",
    }
    again.save_note("pack", "icbc", "  \n")
    assert again.note("pack", "icbc") == "" and "icbc" not in again.notes("pack")
    assert again.notes("other") == {"khorgos": "Another pack"}


def test_bookmarks_keep_star_order(store_path: Path):
    store = UserStore.open(store_path)
    for topic in ("khorgos", "overview", "icbc"):
        store.set_bookmarked("pack", topic, True)
    store.set_bookmarked("pack", "khorgos", True)  # starring twice changes nothing
    store.set_bookmarked("pack", "overview", False)
    assert store.bookmarks("pack") == ["khorgos", "icbc"]
    assert store.is_bookmarked("pack", "icbc") and not store.is_bookmarked("pack", "overview")


def test_recent_topics_newest_first_and_capped(store_path: Path):
    store = UserStore.open(store_path)
    for number in range(store_module.RECENT_LIMIT + 5):
        store.record_visit("pack", f"t{number}")
    store.record_visit("pack", "t3")
    recent = store.recent("pack")
    assert recent[0] == "t3" and recent[1] == f"t{store_module.RECENT_LIMIT + 4}"
    assert len(recent) == store_module.RECENT_LIMIT
    assert store.recent("pack", limit=2) == recent[:2]


def test_file_is_in_wal_mode_at_the_current_version(store_path: Path):
    UserStore.open(store_path).close()
    raw = sqlite3.connect(store_path)
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    raw.close()


def test_an_older_file_is_migrated_and_keeps_its_notes(store_path: Path):
    store_path.parent.mkdir(parents=True)
    raw = sqlite3.connect(store_path, isolation_level=None)
    raw.executescript(store_module.MIGRATIONS[0] + "PRAGMA user_version = 1;")
    raw.execute(
        "INSERT INTO notes VALUES ('pack', 'khorgos', 'kept across the upgrade', '2026-01-01')"
    )
    raw.close()
    store = UserStore.open(store_path)
    assert store.notice == ""
    assert store.note("pack", "khorgos") == "kept across the upgrade"
    store.record_visit("pack", "khorgos")  # the table added by step 2 exists
    assert store.recent("pack") == ["khorgos"]


def test_a_failing_migration_step_leaves_the_old_version(monkeypatch):
    connection = sqlite3.connect(":memory:", isolation_level=None)
    monkeypatch.setattr(
        store_module, "MIGRATIONS", (*store_module.MIGRATIONS, "CREATE TABLE notes (x);")
    )
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", len(store_module.MIGRATIONS))
    with pytest.raises(sqlite3.Error):
        migrate(connection)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert not connection.in_transaction


def test_migrating_a_newer_file_is_refused():
    connection = sqlite3.connect(":memory:", isolation_level=None)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(ValueError, match="newer"):
        migrate(connection)


def test_a_newer_file_opens_read_only_with_a_notice(store_path: Path):
    store = UserStore.open(store_path)
    store.save_note("pack", "khorgos", "written before the upgrade")
    store.close()
    raw = sqlite3.connect(store_path)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.commit()
    raw.close()
    newer = UserStore.open(store_path)
    assert newer.read_only
    assert "newer version of Briefing" in newer.notice and str(store_path) in newer.notice
    assert newer.note("pack", "khorgos") == "written before the upgrade"
    with pytest.raises(StoreError, match="newer version"):
        newer.save_note("pack", "khorgos", "lost?")
    raw = sqlite3.connect(store_path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1, "untouched"
    raw.close()


def test_a_damaged_file_is_moved_aside_and_a_new_store_started(store_path: Path):
    store_path.parent.mkdir(parents=True)
    store_path.write_bytes(b"this is not SQLite " * 100)
    store = UserStore.open(store_path)
    moved = list(store_path.parent.glob(f"{store_path.name}.damaged-*"))
    assert len(moved) == 1 and moved[0].read_bytes().startswith(b"this is not SQLite"), (
        "kept, not lost"
    )
    assert store.path == store_path and str(moved[0]) in store.notice
    store.save_note("pack", "khorgos", "a new note")
    assert UserStore.open(store_path).note("pack", "khorgos") == "a new note"


def test_a_folder_that_cannot_hold_the_file_gives_a_working_memory_store(tmp_path: Path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    store = UserStore.open(blocker / "notes.sqlite3")
    assert store.path is None and "until you quit" in store.notice
    assert "File → Back Up Notes… saves them" in store.notice
    store.save_note("pack", "khorgos", "still editable")
    assert store.note("pack", "khorgos") == "still editable"


def test_two_instances_share_the_file_safely(store_path: Path):
    first, second = UserStore.open(store_path), UserStore.open(store_path)
    for n in range(20):
        first.save_note("pack", "a", f"first {n}")
        second.save_note("pack", "b", f"second {n}")
        second.set_bookmarked("pack", f"t{n}", True)
    assert first.note("pack", "b") == "second 19" and second.note("pack", "a") == "first 19"
    assert len(first.bookmarks("pack")) == 20


def _open_when_all_are_ready(path: Path, ready, results) -> None:
    ready.wait()
    store = UserStore.open(path)
    results.put(store.notice if store.path is not None else "in memory")


def test_windows_started_at_the_same_moment_on_a_new_file_all_keep_their_notes(tmp_path: Path):
    # Each process switches the new file to WAL and creates the tables; before the fix a
    # third of them lost the race ("database is locked", "table notes already exists").
    import multiprocessing

    spawn = multiprocessing.get_context("spawn")
    problems = []
    for round_ in range(6):
        path = tmp_path / f"round-{round_}" / "briefing.sqlite3"
        ready, results = spawn.Barrier(3), spawn.Queue()
        workers = [
            spawn.Process(target=_open_when_all_are_ready, args=(path, ready, results))
            for _ in range(3)
        ]
        for worker in workers:
            worker.start()
        problems += [notice for notice in (results.get(timeout=30) for _ in workers) if notice]
        for worker in workers:
            worker.join(timeout=30)
    assert problems == []
    assert UserStore.open(path).notice == ""


def test_quote_for_note_links_back_to_the_heading():
    from briefing_app.core.user.notes import append_to_note, quote_for_note

    text = quote_for_note(
        "First line\u2029\u2029Second [x]", "The case of [Khorgos]", "khorgos", "components"
    )
    assert text == (
        "> First line\n>\n> Second [x]\n\n— [The case of \\[Khorgos\\]](khorgos.md#components)"
    )
    assert quote_for_note("  \n ", "T", "t") == ""
    assert quote_for_note("Хоргос", "T", "t", "нұрлы-жол").endswith("](t.md#нұрлы-жол)")
    assert quote_for_note("x", "T", "t", "a b(c)").endswith("](t.md#a%20b%28c%29)")
    assert append_to_note("", "> q") == "> q\n"
    assert append_to_note("Mine\n\n", "> q") == "Mine\n\n> q\n"
    assert append_to_note("Mine", "  ") == "Mine"


def test_recent_topics_skip_the_disk_flush_but_notes_keep_it(tmp_path):
    store = UserStore.open(tmp_path / "notes.sqlite3")
    store.record_visit("pack", "khorgos")
    assert store._db.execute("PRAGMA synchronous").fetchone()[0] == 2, "FULL again after a visit"
    assert store._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


# -- one file holds everything: checkpoint at close ----------------------------------------


def _copy_main_file_only(path: Path, folder: Path) -> Path:
    """Copy the database file alone (no -wal, no -shm), as a user backing up one file does."""
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy2(path, folder / path.name))


def _write_some(store: UserStore) -> None:
    store.save_note("pack", "khorgos", "Ask about freight — Хоргос")
    store.save_note("pack", "icbc", "Second note")
    store.set_bookmarked("pack", "khorgos", True)


def test_a_checkpoint_puts_every_saved_note_in_the_main_file(store_path: Path, tmp_path: Path):
    store = UserStore.open(store_path)
    _write_some(store)
    wal = Path(f"{store_path}-wal")
    assert wal.stat().st_size > 0, "the saves are in the write-ahead log"
    before = UserStore.open(_copy_main_file_only(store_path, tmp_path / "before"))
    assert before.notes("pack") == {}, "without a checkpoint the main file alone lacks them"
    before.close()

    done = store.checkpoint()
    assert done.complete and done.truncated, done.detail
    assert wal.stat().st_size == 0
    copy = UserStore.open(_copy_main_file_only(store_path, tmp_path / "after"))
    assert copy.notes("pack") == {"khorgos": "Ask about freight — Хоргос", "icbc": "Second note"}
    assert copy.bookmarks("pack") == ["khorgos"]
    store.save_note("pack", "later", "the store goes on working after a checkpoint")
    assert store.note("pack", "later")


def test_close_checkpoints_and_removes_the_log(store_path: Path, tmp_path: Path):
    store = UserStore.open(store_path)
    _write_some(store)
    done = store.close()
    assert done.complete and done.truncated, done.detail
    assert not Path(f"{store_path}-wal").exists() and not Path(f"{store_path}-shm").exists()
    assert store.close().complete, "a second close is harmless"
    copy = UserStore.open(_copy_main_file_only(store_path, tmp_path / "copy"))
    assert set(copy.notes("pack")) == {"khorgos", "icbc"}


def test_an_idle_second_instance_does_not_stop_the_checkpoint(store_path: Path, tmp_path: Path):
    other = UserStore.open(store_path)
    assert other.notes("pack") == {}  # it has read the file, and is idle now
    store = UserStore.open(store_path)
    _write_some(store)
    done = store.close()
    assert done.complete and done.truncated, done.detail
    assert Path(f"{store_path}-wal").stat().st_size == 0, "kept (the other has it open) but empty"
    copy = UserStore.open(_copy_main_file_only(store_path, tmp_path / "copy"))
    assert set(copy.notes("pack")) == {"khorgos", "icbc"}
    other.close()


def test_a_reader_in_a_transaction_blocks_it_and_the_result_says_so(store_path: Path):
    store = UserStore.open(store_path)
    store.save_note("pack", "khorgos", "first")
    reader = sqlite3.connect(store_path, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM notes").fetchall()  # holds this snapshot
    store.save_note("pack", "icbc", "newer than the reader's snapshot")
    started = time.monotonic()
    done = store.checkpoint(wait_ms=200)
    assert time.monotonic() - started < 3, "waits briefly, not for ever"
    assert not done.complete and not done.truncated
    assert "another connection" in done.detail
    reader.execute("COMMIT")
    reader.close()
    done = store.close()
    assert done.complete and done.truncated, "the last to quit completes it"


def test_read_only_and_memory_stores_have_nothing_to_checkpoint(tmp_path: Path):
    memory = UserStore._in_memory(tmp_path / "x", OSError("test"))
    assert memory.checkpoint().complete and memory.close().complete
