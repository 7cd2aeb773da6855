"""Cache signatures: file metadata, and contents only for files saved a moment before."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from briefing_app.core.pack import signature as sig
from briefing_app.core.pack.cache import load_pack_cached
from briefing_app.core.pack.signature import content_checks, metadata, pack_signature, same_files
from briefing_app.core.search.index import SearchIndex

LONG_AGO = 1_600_000_000 * 10**9  # September 2020, in nanoseconds


def age(root: Path) -> None:
    """Give every file under ``root`` a modification time long past (nothing is ambiguous)."""
    for folder, _dirs, files in os.walk(root):
        for name in files:
            os.utime(os.path.join(folder, name), ns=(LONG_AGO, LONG_AGO))


def rewrite_same_size_same_time(path: Path, old: str, new: str) -> None:
    """Replace ``old`` by ``new`` (same length) in place, keeping the modification time."""
    assert len(old) == len(new)
    info = path.stat()
    path.write_text(path.read_text("utf-8").replace(old, new), "utf-8")
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert path.stat().st_size == info.st_size


def test_old_files_are_listed_by_metadata_alone(make_pack, monkeypatch):
    root = make_pack()
    age(root)

    def never(_path):
        raise AssertionError("no file should be read")

    monkeypatch.setattr(sig, "file_digest", never)
    text = pack_signature(root)
    assert content_checks(text) == {} and metadata(text) == text
    line = next(line for line in text.splitlines() if line.startswith("topics/alpha.md\0"))
    info = (root / "topics" / "alpha.md").stat()
    assert line.split("\0")[1:] == [str(info.st_size), str(LONG_AGO), str(info.st_ino)]


def test_a_file_just_saved_carries_its_digest(make_pack):
    root = make_pack()
    age(root)
    (root / "topics" / "alpha.md").touch()
    assert set(content_checks(pack_signature(root))) == {"topics/alpha.md"}


def test_an_edit_within_the_timestamp_granularity_is_caught(make_pack):
    root = make_pack()
    age(root)
    topic = root / "topics" / "alpha.md"
    topic.touch()
    stored = pack_signature(root)  # taken right after the save: alpha is checked by contents
    rewrite_same_size_same_time(topic, "Alpha", "Omega")
    now = pack_signature(root)
    assert metadata(stored) == metadata(now), "metadata alone cannot tell"
    assert not same_files(stored, now, root)


def test_a_later_signature_without_digests_still_matches(make_pack, monkeypatch):
    root = make_pack()
    age(root)
    (root / "topics" / "alpha.md").touch()
    stored = pack_signature(root)
    monkeypatch.setattr(sig, "AMBIGUOUS_NS", 0)  # as if seconds had passed
    later = pack_signature(root)
    assert stored != later and content_checks(later) == {}
    assert same_files(stored, later, root)


def test_a_replaced_file_with_the_same_size_and_time_differs_by_inode(make_pack, tmp_path):
    root = make_pack()
    age(root)
    before = pack_signature(root)
    topic = root / "topics" / "alpha.md"
    copy = tmp_path / "copy.md"
    shutil.copy2(topic, copy)
    os.replace(copy, topic)  # a safe save that kept size and time
    assert not same_files(before, pack_signature(root), root)


def test_pipes_and_devices_are_listed_never_read(make_pack):
    root = make_pack()
    os.mkfifo(root / "topics" / "pipe.md")
    os.symlink("/dev/zero", root / "topics" / "zero.md")
    text = pack_signature(root)  # returns: neither is opened
    assert "topics/pipe.md\0" in text and "topics/zero.md\0" in text
    assert not {"topics/pipe.md", "topics/zero.md"} & set(content_checks(text))


def test_the_pack_cache_refuses_a_racy_edit(make_pack):
    root = make_pack()
    age(root)
    topic = root / "topics" / "alpha.md"
    topic.touch()
    assert load_pack_cached(root).topics["alpha"].title == "Alpha"
    rewrite_same_size_same_time(topic, "Alpha", "Omega")
    assert load_pack_cached(root).topics["alpha"].title == "Omega"


def test_the_search_index_refuses_a_racy_edit(make_pack, tmp_path):
    root = make_pack()
    age(root)
    topic = root / "topics" / "alpha.md"
    topic.touch()
    cache = tmp_path / "search-cache"
    first = SearchIndex.open(load_pack_cached(root), cache)
    assert not first.from_cache and [h.id for h in first.search("Alpha").hits][:1] == ["alpha"]
    first.close()
    rewrite_same_size_same_time(topic, "Alpha", "Omega")
    again = SearchIndex.open(load_pack_cached(root), cache)
    assert not again.from_cache, "the index was built just after the save: it must be rebuilt"
    assert "alpha" in [h.id for h in again.search("Omega").hits]


def test_an_index_of_old_files_opens_without_reading_them(make_pack, tmp_path, monkeypatch):
    root = make_pack()
    age(root)
    cache = tmp_path / "search-cache"
    SearchIndex.open(load_pack_cached(root), cache).close()
    pack = load_pack_cached(root)

    def never(_path):
        raise AssertionError("no file should be read")

    monkeypatch.setattr(sig, "file_digest", never)
    assert SearchIndex.open(pack, cache).from_cache
