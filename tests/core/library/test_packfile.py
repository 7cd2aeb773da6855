"""Pack files: written from a folder, opened again whole; altered, missing and extra files named;
hostile archives refused with nothing written outside the user cache."""

from __future__ import annotations

import os
import stat
import struct
import zipfile
from pathlib import Path

import pytest

from briefing_app.core import load_pack
from briefing_app.core.library.limits import ArchiveLimits
from briefing_app.core.library.manifest import MANIFEST_PATH
from briefing_app.core.library.packfile import extraction_root, open_packfile, report_for
from briefing_app.core.library.writer import PackRefused, write_packfile
from briefing_app.core.resources import bundled_pack_path
from tests.core.library.zips import member, rewrite, write_zip


@pytest.fixture
def packfile(tmp_path: Path) -> Path:
    """The bundled pack as an unsigned pack file."""
    return write_packfile(bundled_pack_path(), tmp_path / "out" / "kz.briefing").output


def files_under(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")} if folder.exists() else set()


def test_a_pack_file_opens_with_the_same_topics_as_its_folder(packfile: Path, bundled_pack):
    pack = load_pack(packfile)
    assert pack.problems == []
    assert pack.root.is_relative_to(extraction_root())
    assert list(pack.topics) == list(bundled_pack.topics)
    assert [t.body for t in pack.topics.values()] == [t.body for t in bundled_pack.topics.values()]
    assert [n.topic_id for n in pack.nodes()] == [n.topic_id for n in bundled_pack.nodes()]
    assert len(pack.terms) == len(bundled_pack.terms)
    report = report_for(pack.root)
    assert report is not None and report.describe() == "verified; unsigned"
    assert report.manifest is not None and report.manifest.pack_id == bundled_pack.info.id


def test_the_manifest_lists_every_file_with_its_hash_and_size(packfile: Path):
    with zipfile.ZipFile(packfile) as zf:
        names = set(zf.namelist())
        from briefing_app.core.library.manifest import parse_manifest

        manifest = parse_manifest(zf.read(MANIFEST_PATH))
    assert set(manifest.files) == names - {MANIFEST_PATH}
    assert (
        manifest.files["briefing.yaml"].size
        == (bundled_pack_path() / "briefing.yaml").stat().st_size
    )
    assert manifest.created.endswith("Z") and manifest.version


def test_opening_again_reuses_the_extracted_folder(packfile: Path):
    first = open_packfile(packfile)
    second = open_packfile(packfile)
    assert first.root == second.root and second.verified
    assert len(list(extraction_root().iterdir())) == 1


def test_an_altered_file_is_named_left_out_and_is_an_error(packfile: Path, tmp_path: Path):
    altered = rewrite(
        packfile,
        tmp_path / "altered.briefing",
        {"topics/khorgos.md": b"---\ntitle: X\n---\nForged.\n"},
    )
    pack = load_pack(altered)
    report = report_for(pack.root)
    assert report is not None and report.altered == ["topics/khorgos.md"]
    assert "NOT verified" in report.describe() and "topics/khorgos.md" in report.describe()
    assert "khorgos" not in pack.topics, "what does not match the manifest is not shown"
    assert any(p.file == "topics/khorgos.md" and p.severity == "error" for p in pack.problems)


def test_a_missing_and_an_extra_file_are_named(packfile: Path, tmp_path: Path):
    changed = rewrite(
        packfile,
        tmp_path / "changed.briefing",
        {"topics/khorgos.md": None},
        add={
            "topics/added.md": b"---\ntitle: Added\n---\nSlipped in.\n",
            "META-INF/extra.txt": b"x",
        },
    )
    report = open_packfile(changed)
    assert report.missing == ["topics/khorgos.md"]
    assert report.extra == ["META-INF/extra.txt", "topics/added.md"]
    assert report.root is not None and not (report.root / "topics" / "added.md").exists()
    messages = [p.format() for p in report.problems()]
    assert any(m.startswith("topics/khorgos.md: error:") and "missing" in m for m in messages)
    assert any(
        m.startswith("topics/added.md: error:") and "not in the pack file's manifest" in m
        for m in messages
    )


def refused(path: Path, tmp_path: Path, limits: ArchiveLimits | None = None) -> str:
    """Open ``path``; assert it was refused with nothing left behind; return the reason."""
    before = files_under(tmp_path)
    report = open_packfile(path, limits) if limits else open_packfile(path)
    assert report.root is None and report.refused, report
    assert files_under(tmp_path) == before, "nothing written next to the file"
    assert files_under(extraction_root()) == set(), "nothing left in the cache"
    pack = load_pack(path) if limits is None else None
    if pack is not None:
        assert not pack.topics and pack.problems[0].severity == "error"
        assert "refused" in pack.problems[0].message
    return report.refused


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("../evil.md", "'..'"),
        ("topics/../../evil.md", "'..'"),
        ("/tmp/evil.md", "absolute path"),
        ("C:/evil.md", "drive"),
        ("topics\\..\\..\\evil.md", "backslash"),
        ("topics//evil.md", "'//'"),
        ("topics/evil.md.", "ending in a dot"),
    ],
)
def test_a_path_that_could_leave_the_folder_is_refused(tmp_path: Path, name: str, reason: str):
    bad = write_zip(tmp_path / "bad.briefing", [("briefing.yaml", b"id: t\n"), (name, b"evil")])
    assert reason in refused(bad, tmp_path)
    assert not (tmp_path.parent / "evil.md").exists() and not Path("/tmp/evil.md").exists()


def test_a_symlink_member_is_refused(tmp_path: Path):
    link = member("topics/passwd.md", stat.S_IFLNK | 0o777)
    bad = write_zip(
        tmp_path / "link.briefing", [("briefing.yaml", b"id: t\n"), (link, b"/etc/passwd")]
    )
    assert "symbolic link" in refused(bad, tmp_path)


def test_two_names_that_differ_only_in_case_are_refused(tmp_path: Path):
    bad = write_zip(tmp_path / "case.briefing", [("topics/a.md", b"1"), ("topics/A.md", b"2")])
    assert "would be the same file" in refused(bad, tmp_path)


def test_too_many_members_are_refused(tmp_path: Path):
    bad = write_zip(tmp_path / "many.briefing", [(f"topics/t{i}.md", b"x") for i in range(12)])
    assert "at most 10" in refused(bad, tmp_path, ArchiveLimits(max_entries=10))


def test_an_oversized_member_is_refused(tmp_path: Path):
    bad = write_zip(tmp_path / "big.briefing", [("topics/big.md", os.urandom(5000))])
    assert "more than" in refused(bad, tmp_path, ArchiveLimits(max_entry_bytes=4000))


def test_too_much_in_all_is_refused(tmp_path: Path):
    members = [(f"topics/t{i}.md", b"abc" * 1000) for i in range(4)]
    bad = write_zip(tmp_path / "total.briefing", members)
    assert "in all" in refused(bad, tmp_path, ArchiveLimits(max_total_bytes=10_000))


def test_a_high_ratio_bomb_is_refused_while_inflating(tmp_path: Path):
    bomb = write_zip(tmp_path / "bomb.briefing", [("topics/bomb.md", b"\0" * (8 * 1024 * 1024))])
    assert bomb.stat().st_size < 100_000
    assert "zip bomb" in refused(bomb, tmp_path)


def test_a_member_whose_header_understates_its_size_is_refused(tmp_path: Path):
    """The sizes in the headers are the maker's word: a member that inflates to more than
    they say is cut off there and fails its CRC."""
    path = write_zip(tmp_path / "lying.briefing", [("topics/a.md", b"a" * 200_000)])
    data = bytearray(path.read_bytes())
    name = b"topics/a.md"
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = data.find(signature)
        while at >= 0:
            header_name_at = at + (30 if signature == b"PK\x03\x04" else 46)
            if data[header_name_at : header_name_at + len(name)] == name:
                struct.pack_into("<L", data, at + offset, 100)
            at = data.find(signature, at + 4)
    path.write_bytes(bytes(data))
    assert "damaged" in refused(path, tmp_path)


def test_a_file_that_is_not_a_pack_file_is_refused(tmp_path: Path):
    no_manifest = tmp_path / "none.briefing"
    with zipfile.ZipFile(no_manifest, "w") as zf:
        zf.writestr("a.md", "x")
    assert "no META-INF/manifest.json" in refused(no_manifest, tmp_path)
    junk = tmp_path / "junk.briefing"
    junk.write_bytes(b"not a zip at all")
    assert "not a ZIP archive" in refused(junk, tmp_path)


def test_a_pack_with_errors_is_not_packed(make_pack, tmp_path: Path):
    folder = make_pack(topics={"a": "---\ntitle: A\nrelated: [missing]\n---\nText.\n"})
    with pytest.raises(PackRefused, match="error") as caught:
        write_packfile(folder, tmp_path / "x.briefing")
    assert caught.value.pack is not None and caught.value.pack.has_errors
    assert not (tmp_path / "x.briefing").exists()


def test_hidden_files_are_left_out_of_a_pack_file(pack_copy: Path, tmp_path: Path):
    (pack_copy / ".git").mkdir()
    (pack_copy / ".git" / "config").write_text("x")
    (pack_copy / ".DS_Store").write_text("x")
    written = write_packfile(pack_copy, tmp_path / "p.briefing")
    assert not any(name.startswith(".") for name in written.manifest.files)


def test_references_to_a_topic_left_out_are_grouped_and_others_kept():
    from briefing_app.core.library.packfile import PackFileReport
    from briefing_app.core.pack.model import Problem

    report = PackFileReport(Path("x.briefing"), altered=["topics/a.md", "glossary.yaml"])
    problems = [
        Problem("topics/a.md", None, "error", "changed"),
        Problem("topics/b.md", 3, "warning", "link to topic 'a'", missing_topic="a"),
        Problem("topics/b.md", 4, "warning", "link to topic 'c'", missing_topic="c"),
        Problem("timeline.yaml", 9, "warning", "event names topic 'a'", missing_topic="a"),
    ]
    assert [p.format() for p in report.group_references(problems)] == [
        "topics/a.md: error: changed",
        "topics/a.md: warning: 2 links lead to topics/a.md, which was refused: altered",
        "topics/b.md:4: warning: link to topic 'c'",
    ]
