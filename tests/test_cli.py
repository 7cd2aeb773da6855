"""The command line: check, --version, --screenshot (in a real process)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from briefing_app import version
from briefing_app.cli import main
from tests.conftest import run_python


def test_check_bundled_pack_is_clean(capsys):
    assert main(["check"]) == 0
    assert capsys.readouterr().out == ""


def test_check_reports_lines_and_exit_code(make_pack, capsys):
    root = make_pack(manifest="id: x\ntitle: T\ntopics:\n\t- alpha\n")
    assert main(["check", str(root)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert (
        out[0]
        == "briefing.yaml:4: error: a tab is used for indentation; YAML allows spaces only, replace the tab"
    )


def test_check_json(make_pack, capsys):
    root = make_pack()
    assert main(["check", str(root), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["pack"] == {
        "id": "test",
        "title": "Test pack",
        "language": "en",
        "version": "1.0",
        "updated": "",
        "topics": 2,
        "terms": 0,
    }
    assert report["problems"] == []


def test_version(capsys):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"briefing-app {version()}\n"


def test_the_version_is_the_one_in_pyproject_and_in_the_package_metadata():
    import tomllib
    from importlib import metadata

    pyproject = tomllib.loads((Path(__file__).parent.parent / "pyproject.toml").read_text())
    assert version() == pyproject["project"]["version"] == metadata.version("briefing-app")


@pytest.mark.gui
def test_screenshot_writes_a_png(tmp_path: Path):
    out = tmp_path / "shot.png"
    result = run_python(
        ["-m", "briefing_app", "--screenshot", str(out), "--topic", "khorgos"], tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert out.stat().st_size > 20_000, "a real window, not an empty image"
    from PySide6.QtGui import QImage

    assert QImage(str(out)).size().toTuple() == (1280, 800), "the same size on any screen"


def test_screenshot_takes_a_size_and_refuses_a_bad_one(tmp_path: Path):
    from PySide6.QtGui import QImage

    out = tmp_path / "laptop.png"
    done = run_python(
        ["-m", "briefing_app", "--screenshot", str(out), "--size", "1366x768"], tmp_path
    )
    assert done.returncode == 0, done.stderr
    assert QImage(str(out)).size().toTuple() == (1366, 768)
    bad = run_python(["-m", "briefing_app", "--screenshot", str(out), "--size", "huge"], tmp_path)
    assert bad.returncode == 2 and "'huge' is not a size like 1366x768" in bad.stderr


@pytest.mark.gui
def test_a_big_pack_is_cached_once_its_background_load_ends(tmp_path: Path):
    from bench.make_pack import make_pack
    from briefing_app.core.pack import cache as packcache

    pack = make_pack(tmp_path / "big", topics=320, terms=20)

    def run(flag: str) -> subprocess.CompletedProcess[str]:
        return run_python(["-m", "briefing_app", "--content", str(pack), flag], tmp_path)

    first = run("--quit-after-first-paint")  # may quit before the background load ends
    assert first.returncode == 0, first.stderr
    assert "first-paint-monotonic" in first.stdout
    loaded = run("--quit-after-load")
    assert loaded.returncode == 0, loaded.stderr
    cached = packcache.cached_pack(pack)
    assert cached is not None and cached.complete and len(cached.topics) == 320


@pytest.mark.gui
@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--topic", "nope"], "no topic 'nope' in this pack"),
        (
            ["--screenshot", "/nonexistent-folder/shot.png"],
            "the folder /nonexistent-folder does not exist",
        ),
        (["--screenshot", "shot.xyz"], "cannot write .xyz"),
    ],
)
def test_screenshot_refuses_bad_input(tmp_path: Path, arguments: list[str], message: str):
    result = run_python(
        ["-m", "briefing_app", "--screenshot", str(tmp_path / "s.png"), *arguments], tmp_path
    )
    assert result.returncode == 2
    assert message in result.stderr
    assert not (tmp_path / "s.png").exists() or "--topic" not in arguments


def test_search_limit_must_be_positive(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["search", "Khorgos", "--limit", "0"])
    assert exit_info.value.code == 2
    assert "1 or more" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("words", "refused"),
    [
        (["--screenshot", "s.png", "check"], "--screenshot only applies to the window, not check"),
        (["--topic", "nope", "search", "Khorgos"], "--topic only applies to the window"),
    ],
)
def test_window_options_are_refused_with_a_subcommand(capsys, words: list[str], refused: str):
    with pytest.raises(SystemExit) as stop:
        main(words)
    assert stop.value.code == 2
    assert refused in capsys.readouterr().err


def test_check_refuses_two_different_packs(make_pack, tmp_path: Path, capsys):
    root = make_pack()
    assert main(["--content", str(root), "check", str(tmp_path / "other")]) == 2
    assert "two packs given" in capsys.readouterr().err
    assert main(["--content", str(root), "check", str(root)]) == 0, "the same pack twice is fine"


def test_commands_say_when_the_pack_has_errors(make_pack, tmp_path: Path, capsys):
    root = make_pack(manifest="id: x\ntitle: Bad\ntopics:\n  - alpha\n  - ghost\n  - beta\n")
    assert main(["export", "-o", str(tmp_path / "b.md"), "--content", str(root)]) == 0
    err = capsys.readouterr().err
    assert f"{root} has 1 error; what could be read is used" in err
    assert f"briefing-app check {root}" in err
    assert main(["search", "alpha", "--content", str(root), "--json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["query"] == "alpha", "the note goes to stderr, not into the JSON"
    assert "has 1 error" in err
    missing = tmp_path / "missing"
    assert main(["export-glossary", "-o", str(tmp_path / "g.csv"), "--content", str(missing)]) == 2
    err = capsys.readouterr().err
    assert f"{missing}: error: no pack folder here" in err
    assert "nothing usable in this pack" in err


@pytest.mark.gui
def test_a_window_refused_early_leaves_the_collector_running(
    qapp, tmp_path: Path, capsys, monkeypatch
):
    import gc

    from briefing_app.ui.window import crash

    monkeypatch.setattr(crash, "install", lambda watched=True: None)  # keep this process's hook
    assert gc.isenabled()
    assert main(["--screenshot", str(tmp_path / "missing" / "s.png")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert gc.isenabled(), "the pause for the start ends with run_gui, whatever it returns"


@pytest.mark.gui
def test_a_screenshot_leaves_the_library_and_the_window_state_alone(tmp_path: Path, make_pack):
    """A picture of a pack (for docs or a bug report) is not an opening: the library does not
    list the pack, and the saved window geometry and last topic stay as they were."""
    import os

    from briefing_app.core.library import shelf

    root = make_pack()
    out = tmp_path / "shot.png"
    done = run_python(
        ["-m", "briefing_app", "--content", str(root), "--screenshot", str(out)], tmp_path
    )
    assert done.returncode == 0, done.stderr
    assert out.is_file()
    assert str(root) not in {entry.path for entry in shelf.entries()}
    config = Path(os.environ["BRIEFING_CONFIG_DIR"])
    saved = "".join(p.read_text(errors="replace") for p in config.rglob("*") if p.is_file())
    assert "geometry" not in saved
