"""``briefing-app --screenshot FILE --view NAME``: each view rendered in light and dark."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from briefing_app.cli import main
from tests.conftest import run_python


def mean_lightness(image: QImage) -> float:
    step = max(1, image.width() // 40)
    values = [
        image.pixelColor(x, y).lightness()
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    ]
    return sum(values) / len(values)


@pytest.mark.parametrize("view", ["glance", "timeline", "map", "rehearse"])
def test_each_view_is_rendered_in_light_and_dark_at_the_size_asked(view: str, tmp_path: Path):
    shots = {}
    for theme in ("light", "dark"):
        shot = tmp_path / f"{view}-{theme}.png"
        args = ["-m", "briefing_app", "--screenshot", str(shot), "--view", view, "--theme", theme]
        args += ["--size", "1000x640"]  # the view's own window too; rehearsal leaves full screen
        if view == "rehearse":
            args += ["--topic", "khorgos"]
        result = run_python(args, tmp_path)
        assert result.returncode == 0, result.stderr
        image = QImage(str(shot))
        assert not image.isNull() and (image.width(), image.height()) == (1000, 640)
        shots[theme] = mean_lightness(image)
    assert shots["dark"] < 110 < shots["light"]


def test_an_unknown_view_is_refused(capsys, tmp_path: Path, monkeypatch):
    from briefing_app.ui.window import crash

    monkeypatch.setattr(crash, "interactive", crash.interactive)  # run_gui installs its hook
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    code = main(["--screenshot", str(tmp_path / "x.png"), "--view", "nope"])
    assert code == 2
    assert "no view 'nope'; use one of: glance, timeline, map, rehearse" in capsys.readouterr().err


def test_view_belongs_to_the_window_not_to_a_subcommand(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["check", "--view", "timeline"])
    assert exit_info.value.code == 2
