"""What changed between two editions: the right topics, the right words, and the record of
the edition last read."""

from __future__ import annotations

import re
from pathlib import Path

from briefing_app.core import load_pack
from briefing_app.core.library.changes import (
    compare,
    diff_hunks,
    hunks_html,
    hunks_text,
    snapshot,
    word_diff,
)
from briefing_app.core.library.editions import load_record, load_texts, mark_read, note_edition
from briefing_app.core.render.stylesheet import PALETTES


def new_edition(folder: Path) -> None:
    """Make ``folder`` (a copy of the bundled pack) its next edition: one topic changed, one
    added, one removed."""
    manifest = folder / "briefing.yaml"
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(
        re.sub(r"(?m)^version: .*$", 'version: "3.0"', text, count=1), encoding="utf-8"
    )
    khorgos = folder / "topics" / "khorgos.md"
    khorgos.write_text(
        khorgos.read_text(encoding="utf-8").replace("dry port", "inland port", 1), encoding="utf-8"
    )
    (folder / "topics" / "new-corridor.md").write_text(
        "---\ntitle: A new corridor\n---\nNew text.\n", encoding="utf-8"
    )
    (folder / "topics" / "balancing.md").unlink()


def test_word_diff_marks_only_the_words_that_changed():
    pieces = word_diff("The port moved 10 million tonnes.", "The port moved 12 million tonnes.")
    assert pieces == [
        ("same", "The port moved "),
        ("del", "10"),
        ("ins", "12"),
        ("same", " million tonnes."),
    ]
    assert hunks_text([pieces], indent="") == "The port moved [-10-]{+12+} million tonnes."


def test_unchanged_lines_are_left_out_of_the_hunks():
    old = "one\ntwo\nthree\nfour"
    new = "one\ntwo 2\nthree\nfour\nfive"
    hunks = diff_hunks(old, new)
    assert hunks == [[("same", "two"), ("ins", " 2")], [("ins", "five")]]
    assert diff_hunks(old, old) == []


def test_the_html_underlines_insertions_and_strikes_out_deletions_in_the_palettes_colours():
    palette = PALETTES["light"]
    page = hunks_html([word_diff("a <b> c", "a <i> c")], palette)
    assert "<s>b</s>" in page and "<u>i</u>" in page
    assert "&lt;" in page and "<b>" not in page and "<i>" not in page, "the text is escaped"
    assert palette["talk"] in page and palette["note"] in page


def test_two_editions_differ_in_the_topics_changed_added_and_removed(pack_copy: Path, bundled_pack):
    new_edition(pack_copy)
    changes = compare(snapshot(bundled_pack), snapshot(load_pack(pack_copy)))
    assert [key for key, _ in changes.changed] == ["khorgos"]
    assert changes.added == [("new-corridor", "A new corridor")]
    assert [key for key, _ in changes.removed] == ["balancing"]
    assert changes.summary() == "1 topic changed, 1 added, 1 removed"
    before = snapshot(bundled_pack)["khorgos"].text
    after = snapshot(load_pack(pack_copy))["khorgos"].text
    text = hunks_text(diff_hunks(before, after), indent="")
    assert "[-dry-]{+inland+} port" in text
    assert text.count("[-") == 1 and text.count("{+") == 1


def test_the_first_open_records_the_edition_and_a_new_one_records_what_changed(
    pack_copy: Path, bundled_pack
):
    first = note_edition(bundled_pack)
    assert not first.changes and first.unread == set()
    again = note_edition(bundled_pack)
    assert again.version == first.version and not again.changes, "same edition: nothing new"
    assert again.topics == {}, "the texts are not read for the same edition"
    assert load_texts(again) and again.topics == first.topics
    new_edition(pack_copy)
    newer = note_edition(load_pack(pack_copy))
    assert newer.previous == (bundled_pack.info.version, bundled_pack.info.updated)
    assert newer.unread == {"khorgos", "new-corridor"}
    assert set(newer.old) == {"khorgos", "balancing"}
    assert mark_read(newer, "khorgos") and not mark_read(newer, "khorgos")
    again = load_record(newer.key)
    assert again is not None and again.unread == {"new-corridor"}
    assert again.changes.as_dict() == newer.changes.as_dict()


def test_a_damaged_record_counts_as_none(bundled_pack):
    record = note_edition(bundled_pack)
    from briefing_app.core.library.editions import record_path

    record_path(record.key).write_bytes(b"not JSON")
    assert load_record(record.key) is None
    assert note_edition(bundled_pack).version == bundled_pack.info.version
