"""Quitting while the search index is being built stops the build and leaves no files behind."""

from __future__ import annotations

from briefing_app.core import load_pack
from briefing_app.ui.search.worker import IndexBuilder


def test_a_cancelled_build_stops_and_cleans_up(qtbot, tmp_path):
    builder = IndexBuilder(load_pack(), tmp_path)
    outcomes: list[str] = []
    builder.index_ready.connect(lambda *_: outcomes.append("ready"))
    builder.index_failed.connect(lambda message: outcomes.append(message))
    builder.cancel()
    builder.start()
    assert builder.wait(30_000)
    qtbot.wait(50)
    assert outcomes == [], "a cancelled build reports nothing"
    assert [p.name for p in tmp_path.rglob("*") if p.is_file()] == [], "no index or temporary file"


def test_an_uncancelled_build_reports_ready(qtbot, tmp_path):
    builder = IndexBuilder(load_pack(), tmp_path)
    with qtbot.waitSignal(builder.index_ready, timeout=60_000):
        builder.start()
    builder.wait(30_000)
