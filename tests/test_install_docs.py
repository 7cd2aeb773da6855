"""What the README and the installed app tell a user stays true: the ``apt install`` line of the
pip route is the ``.deb``'s base ``Depends``, and the format guide ``check`` points to is installed
(that it is the one in ``docs/`` is kept by ``tests/ui/window/test_help.py``)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from briefing_app.core.resources import resources_dir

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))
import deb  # noqa: E402 - packaging/ is not a package


def test_the_readme_apt_line_is_the_debs_base_depends():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    setup = readme.split("## Set up and run", 1)[1].split("\n## ", 1)[0]
    lines = re.findall(r"^sudo apt install (.+)$", setup, re.MULTILINE)
    assert len(lines) == 1, "one apt line in 'Set up and run'"
    assert lines[0].split() == list(deb.BASE_DEPENDS), (
        "README's apt line differs from packaging/deb.py BASE_DEPENDS; it should read:\n"
        f"sudo apt install {' '.join(deb.BASE_DEPENDS)}"
    )


def test_check_on_a_folder_that_is_not_a_pack_points_to_the_installed_guide(
    tmp_path: Path, capsys
):
    from briefing_app.cli import main

    (tmp_path / "notes.txt").write_text("not a pack")
    assert main(["check", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "This folder is not a Briefing pack. A Briefing pack is a folder with:" in err
    for kind in ("briefing.yaml ", "topics/<id>.md ", "glossary.yaml "):
        assert f"\n  {kind}" in err
    shown = err.rsplit("The format guide is installed with Briefing: ", 1)[1].strip()
    assert Path(shown) == resources_dir() / "guide" / "content-format.md"
    assert Path(shown).is_file() and "# The content pack format" in Path(shown).read_text()
    assert Path(shown).parent.parent.name in ("_resources", "resources")


def test_check_s_problems_point_to_the_installed_guide_not_the_source_tree(
    tmp_path: Path, capsys
):
    from briefing_app.cli import main

    (tmp_path / "notes.txt").write_text("not a pack")
    assert main(["check", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "docs/content-format.md" not in out
    guide = resources_dir() / "guide" / "content-format.md"
    assert (
        "briefing.yaml: error: the pack has no briefing.yaml; create it "
        f"(see the format guide: Help → User Guide, or {guide})"
    ) in out


def test_check_on_a_pack_says_nothing_about_the_guide(pack_copy: Path, capsys):
    from briefing_app.cli import main

    assert main(["check", str(pack_copy)]) == 0
    assert "format guide" not in capsys.readouterr().err
