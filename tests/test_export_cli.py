"""``briefing-app export``: formats by extension, clean failures with exit 2, notes from the store."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefing_app.cli import main
from briefing_app.core.user.store import UserStore
from tests.conftest import run_python


def test_unknown_topic_id_fails_cleanly(tmp_path: Path, capsys):
    out = tmp_path / "brief.html"
    assert main(["export", "-o", str(out), "--topics", "khorgos,atlantis"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("briefing-app export: no topic 'atlantis'")
    assert "Traceback" not in err and not out.exists()


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("brief.docx", "use .pdf, .html or .md"),
        ("brief", "no extension; give a file name ending in .pdf, .html or .md"),
    ],
)
def test_unknown_extension_fails_cleanly(tmp_path: Path, capsys, name: str, said: str):
    assert main(["export", "-o", str(tmp_path / name)]) == 2
    assert said in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_a_folder_as_output_asks_for_a_file_name(tmp_path: Path, capsys):
    assert main(["export", "-o", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert f"{tmp_path}: it is a folder; give a file name ending in .pdf, .html or .md" in err


def test_unwritable_paths_fail_cleanly(tmp_path: Path, capsys):
    assert main(["export", "-o", str(tmp_path / "no" / "such" / "brief.md")]) == 2
    assert "the folder" in capsys.readouterr().err
    (tmp_path / "folder.md").mkdir()
    assert main(["export", "-o", str(tmp_path / "folder.md")]) == 2
    assert "it is a folder" in capsys.readouterr().err


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_read_only_folder_fails_cleanly(tmp_path: Path, capsys):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        assert main(["export", "-o", str(locked / "brief.md")]) == 2
        assert "permission denied" in capsys.readouterr().err
    finally:
        locked.chmod(0o700)


def test_bad_date_fails_cleanly(tmp_path: Path, capsys):
    assert main(["export", "-o", str(tmp_path / "b.md"), "--date", "30/11/2026"]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_markdown_with_notes_from_the_store(tmp_path: Path, capsys):
    store = UserStore.open()
    store.save_note("kazakhstan-bri", "khorgos", "Ask about **freight volumes**.")
    store.close()
    out = tmp_path / "brief.md"
    args = ["export", "-o", str(out), "--topics", "khorgos", "--key-points-only", "--with-notes"]
    assert main([*args, "--no-glossary", "--marking", "SECRET", "--author", "Me"]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("**SECRET**") and "Prepared by Me" in text
    assert "Ask about **freight volumes**." in text
    assert "## Glossary" not in text and "### Why it matters" not in text
    assert capsys.readouterr().out.strip() == f"{out}: 1 topic, 0 glossary terms"


def test_html_of_a_small_pack(make_pack, tmp_path: Path):
    root = make_pack()
    out = tmp_path / "brief.html"
    assert main(["export", "--content", str(root), "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert '<h1 class="cover-title">Test pack</h1>' in page
    assert 'href="#topic-beta"' in page and 'id="topic-beta"' in page
    assert main(["--content", str(root), "export", "-o", str(out), "--topics", "beta"]) == 0


def test_pdf_in_a_real_process_without_a_display(tmp_path: Path):
    out = tmp_path / "brief.pdf"
    env = {
        key: value for key, value in os.environ.items() if key not in ("DISPLAY", "QT_QPA_PLATFORM")
    }
    result = run_python(
        ["-m", "briefing_app", "export", "-o", str(out), "--topics", "khorgos"], tmp_path, env
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:5] == b"%PDF-" and out.stat().st_size > 20_000
    assert [p.name for p in tmp_path.iterdir()] == ["brief.pdf"], "no temporary file is left"


@pytest.mark.parametrize("topics", ["", ",,", " , "])
def test_topics_that_name_nothing_fail_cleanly(tmp_path: Path, capsys, topics: str):
    assert main(["export", "--output", str(tmp_path / "b.md"), "--topics", topics]) == 2
    assert "--topics names no topic" in capsys.readouterr().err
    assert not (tmp_path / "b.md").exists()


def test_a_marking_too_long_for_the_page_fails_cleanly(tmp_path: Path, capsys):
    assert main(["export", "--output", str(tmp_path / "b.pdf"), "--marking", "SECRET " * 100]) == 2
    assert "--marking is 700 characters long" in capsys.readouterr().err
