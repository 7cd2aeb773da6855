"""``briefing-app self-test``: every check passes from source, and a broken install is reported."""

from __future__ import annotations

import json
from pathlib import Path

from briefing_app.cli import main
from briefing_app.core import resources
from briefing_app.ui.self_test import run_checks


def test_every_check_passes_from_source(qapp):
    checks = run_checks()
    assert [c.name for c in checks if not c.ok] == []
    names = {c.name for c in checks}
    assert {"icon font", "app icon (SVG)", "image formats", "collation", "bundled pack"} <= names


def test_json_report_lists_the_checks(qapp, capsys):
    assert main(["self-test", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is True
    assert any(
        c["name"] == "collation" and "阿拉木图 < 哈萨克斯坦 < 中国" in c["detail"]
        for c in report["checks"]
    )


def test_missing_data_fails_with_the_path(qapp, monkeypatch, capsys, tmp_path: Path):
    gone = tmp_path / "not-installed"
    monkeypatch.setattr(resources, "resources_dir", lambda: gone)
    assert main(["self-test"]) == 1
    out = capsys.readouterr().out
    assert f"FAIL  data folders: content {resources.content_dir()}, resources {gone}" in out
    assert "FAIL  reader stylesheet:" in out
    assert "FAIL  app icon (SVG):" in out
