"""``briefing-app pack``, ``keygen``, ``diff`` and ``check`` on a ``.briefing`` file."""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest

from briefing_app.cli import main
from briefing_app.core.library.signing import system_keys_dir
from briefing_app.core.resources import bundled_pack_path
from tests.core.library.zips import rewrite


@pytest.fixture
def key(tmp_path: Path, capsys) -> Path:
    """A key pair made with ``keygen``; its public key installed as trusted; the private key."""
    assert main(["keygen", "--output", str(tmp_path / "unit"), "--name", "Policy Unit"]) == 0
    capsys.readouterr()
    system_keys_dir().mkdir(parents=True)
    shutil.copy(tmp_path / "unit.public.pem", system_keys_dir())
    return tmp_path / "unit.private.pem"


def test_keygen_says_where_the_keys_are_and_refuses_to_overwrite(tmp_path: Path, capsys):
    assert main(["keygen", "-o", str(tmp_path / "org")]) == 0
    out = capsys.readouterr().out
    assert "org.private.pem" in out and "org.public.pem" in out and "fingerprint" in out
    assert (tmp_path / "org.public.pem").read_text().startswith("Name: org\n")
    if os.name == "posix":
        assert (tmp_path / "org.private.pem").stat().st_mode & 0o777 == 0o600
    assert str(system_keys_dir()) in out, "names this platform's trusted-keys folder"
    assert main(["keygen", "-o", str(tmp_path / "org")]) == 2
    assert "already exists" in capsys.readouterr().err


def test_pack_signed_with_the_public_key_says_to_use_the_private_one(tmp_path: Path, capsys):
    assert main(["keygen", "-o", str(tmp_path / "org")]) == 0
    capsys.readouterr()
    public = tmp_path / "org.public.pem"
    output = tmp_path / "x.briefing"
    assert main(["pack", str(bundled_pack_path()), "-o", str(output), "--sign", str(public)]) == 2
    err = capsys.readouterr().err
    assert err == (
        f"briefing-app pack: {public} is a public key; sign with the private key file "
        "(keygen wrote org.private.pem beside it)\n"
    )
    assert not output.exists()


def test_check_of_a_path_that_does_not_exist_says_so(tmp_path: Path, capsys):
    assert main(["check", str(tmp_path / "nowhere")]) == 2
    assert f"{tmp_path / 'nowhere'}: no such folder or file; give a pack folder" in (
        capsys.readouterr().err
    )


def test_pack_then_check_says_verified_and_signed(tmp_path: Path, key: Path, capsys):
    output = tmp_path / "kz.briefing"
    assert (
        main(["pack", str(bundled_pack_path()), "--output", str(output), "--sign", str(key)]) == 0
    )
    assert "signed by Policy Unit" in capsys.readouterr().out
    assert main(["check", str(output)]) == 0
    err = capsys.readouterr().err
    assert "pack file: verified; signed by Policy Unit (trusted)" in err
    assert main(["check", str(output), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["packfile"]["verified"] is True
    assert report["packfile"]["signature"]["state"] == "trusted"


def test_other_commands_read_a_pack_file_with_content(tmp_path: Path, capsys):
    output = tmp_path / "kz.briefing"
    assert main(["pack", str(bundled_pack_path()), "-o", str(output)]) == 0
    capsys.readouterr()
    assert main(["search", "Khorgos", "--content", str(output), "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)["hits"]
    assert any(hit["id"] == "khorgos" for hit in hits)


def test_check_exits_1_and_names_an_altered_file(tmp_path: Path, capsys):
    output = tmp_path / "kz.briefing"
    assert main(["pack", str(bundled_pack_path()), "-o", str(output)]) == 0
    altered = rewrite(
        output, tmp_path / "altered.briefing", {"topics/khorgos.md": b"---\ntitle: K\n---\nx\n"}
    )
    capsys.readouterr()
    assert main(["check", str(altered)]) == 1
    captured = capsys.readouterr()
    assert "topics/khorgos.md: error: this file was changed after the pack was made" in captured.out
    assert "pack file: NOT verified — 1 altered: topics/khorgos.md; unsigned" in captured.err


def test_pack_refuses_a_pack_with_errors_and_says_so(make_pack, tmp_path: Path, capsys):
    folder = make_pack(topics={"a": "---\ntitle: A\nrelated: [nowhere]\n---\nText.\n"})
    assert main(["pack", str(folder), "-o", str(tmp_path / "x.briefing")]) == 1
    err = capsys.readouterr().err
    assert "error" in err and "refused" in err and "briefing-app check" in err
    assert not (tmp_path / "x.briefing").exists()


def test_pack_wants_a_briefing_extension(tmp_path: Path, capsys):
    assert main(["pack", str(bundled_pack_path()), "-o", str(tmp_path / "x.zip")]) == 2
    assert ".briefing" in capsys.readouterr().err


def test_diff_prints_the_changes_between_two_editions(pack_copy: Path, tmp_path: Path, capsys):
    from tests.core.library.test_changes import new_edition

    old = tmp_path / "old.briefing"
    assert main(["pack", str(bundled_pack_path()), "-o", str(old)]) == 0
    new_edition(pack_copy)
    capsys.readouterr()
    assert main(["diff", str(old), str(pack_copy)]) == 0
    out = capsys.readouterr().out
    assert "1 topic changed, 1 added, 1 removed" in out
    assert re.search(r"(?m)^  \+ new-corridor  A new corridor$", out)
    assert re.search(r"(?m)^  - balancing  ", out)
    assert re.search(r"(?m)^  \* khorgos  ", out) and "[-dry-]{+inland+} port" in out
    assert main(["diff", str(old), str(pack_copy), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["new"]["version"] == "3.0"
    assert [t["id"] for t in report["added"]] == ["new-corridor"]
    changed = report["changed"][0]
    assert changed["id"] == "khorgos" and "[-dry-]{+inland+}" in changed["diff"]
    assert {"op": "del", "text": "dry"} in changed["hunks"][0]


def test_diff_of_a_pack_that_cannot_be_read_exits_2(tmp_path: Path, capsys):
    assert main(["diff", str(tmp_path / "nothing"), str(bundled_pack_path())]) == 2
    assert "no usable topics" in capsys.readouterr().err


def test_commands_warn_when_a_pack_file_failed_verification(tmp_path: Path, capsys):
    output = tmp_path / "kz.briefing"
    assert main(["pack", str(bundled_pack_path()), "-o", str(output)]) == 0
    altered = rewrite(
        output, tmp_path / "altered.briefing", {"topics/khorgos.md": b"---\ntitle: K\n---\nx\n"}
    )
    capsys.readouterr()
    assert main(["library", "add", str(altered)]) == 0
    err = capsys.readouterr().err
    assert f"warning: {altered} failed verification (ALTERED: topics/khorgos.md)" in err
    assert main(["library", "list"]) == 0
    assert "ALTERED: topics/khorgos.md  unsigned" in capsys.readouterr().out
    assert main(["library", "list", "--json"]) == 0
    entry = json.loads(capsys.readouterr().out)["packs"][0]
    assert entry["integrity"] == "ALTERED: topics/khorgos.md"
    assert entry["integrity_state"] == "altered" and entry["signature_state"] == "unsigned"
    assert main(["diff", str(output), str(altered)]) == 0
    err = capsys.readouterr().err
    assert f"briefing-app diff: warning: {altered} failed verification" in err
    assert str(output) + " " not in err, "the good one verified"
    assert main(["export", "--content", str(altered), "-o", str(tmp_path / "b.md")]) == 0
    err = capsys.readouterr().err
    assert f"briefing-app export: warning: {altered} failed verification" in err
    assert f"briefing-app check {altered}" in err, "the file given, not the cache folder"
    assert "packfiles" not in err


def test_pack_keeps_an_existing_file_unless_forced(tmp_path: Path, capsys):
    output = tmp_path / "kz.briefing"
    output.write_bytes(b"earlier")
    assert main(["pack", str(bundled_pack_path()), "-o", str(output)]) == 2
    err = capsys.readouterr().err
    assert f"{output} already exists; give another name, or add --force to replace it" in err
    assert output.read_bytes() == b"earlier"
    assert main(["pack", str(bundled_pack_path()), "-o", str(output), "--force"]) == 0
    out = capsys.readouterr().out
    assert output.read_bytes() != b"earlier" and " files, unsigned" in out


def test_counts_are_singular_or_plural_as_they_should_be(make_pack, tmp_path: Path, capsys):
    folder = make_pack(topics={"a": "---\ntitle: A\n---\nText.\n"})
    assert main(["check", str(folder)]) == 1
    err = capsys.readouterr().err
    assert "Test pack: 1 topic, 0 terms, 2 errors, 1 warning\n" in err
    assert "(s)" not in err


def test_check_groups_the_references_to_a_refused_topic_into_one_line(tmp_path: Path, capsys):
    output = tmp_path / "kz.briefing"
    assert main(["pack", str(bundled_pack_path()), "-o", str(output)]) == 0
    altered = rewrite(
        output, tmp_path / "altered.briefing", {"topics/khorgos.md": b"---\ntitle: K\n---\nx\n"}
    )
    capsys.readouterr()
    assert main(["check", str(altered)]) == 1
    out = capsys.readouterr().out
    assert "add topics/khorgos.md" not in out and "topic 'khorgos', which does not" not in out
    grouped = re.findall(
        r"(?m)^topics/khorgos\.md: warning: (\d+) links lead to topics/khorgos\.md, "
        r"which was refused: altered$",
        out,
    )
    assert len(grouped) == 1 and int(grouped[0]) > 10
    assert main(["check", str(altered), "--json"]) == 1
    messages = [p["message"] for p in json.loads(capsys.readouterr().out)["problems"]]
    assert sum("which was refused: altered" in m for m in messages) == 1
