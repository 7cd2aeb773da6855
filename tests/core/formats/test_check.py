"""``briefing-app check`` on an MkDocs project and a vault: problems of that format, at FILE:LINE."""

from __future__ import annotations

from pathlib import Path

from briefing_app.cli import main
from tests.core.formats.samples import mkdocs_project, vault, write


def test_check_reports_an_mkdocs_projects_problems_by_file_and_line(tmp_path: Path, capsys):
    mkdocs_project(tmp_path)
    write(tmp_path, {"pages/start/install.md": "# Installing\n\n![gone](../img/gone.png)\n"})
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("reference/commands.md", "reference/cmds.md"),
        encoding="utf-8",
    )
    assert main(["check", str(tmp_path)]) == 0  # warnings only
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        "mkdocs.yml:22: warning: the nav names 'reference/cmds.md', which is not a page in "
        "pages/; it is left out",
        "pages/index.md:3: warning: topic 'start-install' has no heading with anchor #on-linux",
        "pages/start/install.md:3: warning: image 'pages/img/gone.png' does not exist",
    ]
    assert "Field Manual: 9 topics, 0 terms, 0 errors, 3 warnings" in err


def test_check_reports_a_vaults_wikilink_to_nowhere(tmp_path: Path, capsys):
    assert main(["check", str(vault(tmp_path))]) == 0
    assert capsys.readouterr().out == (
        "Home.md:2: warning: [[Nowhere]] names no page in this folder; it is shown as text\n"
    )


def test_a_folder_with_nothing_to_read_is_still_not_a_pack(tmp_path: Path, capsys):
    write(tmp_path, {"picture.png": "x"})
    assert main(["check", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "This folder is not a Briefing pack." in err and "Obsidian vault" in err
