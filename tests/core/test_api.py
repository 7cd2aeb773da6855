"""The public core API: the names ``briefing_app.core`` exports, and the README's example."""

from __future__ import annotations

import contextlib
import io
import os
import re
from pathlib import Path

import pytest

import briefing_app.core as core

README = Path(__file__).resolve().parents[2] / "README.md"


def test_every_public_name_resolves_and_unknown_names_are_refused():
    for name in core.__all__:
        assert getattr(core, name).__name__ == name
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        _ = core.nothing


def test_render_topic_gives_the_page_the_reader_shows():
    from briefing_app.core.render.page import render_topic

    pack = core.load_pack()
    html = core.render_topic(pack, pack.topics["khorgos"])
    assert core.render_topic is render_topic
    assert pack.topics["khorgos"].title in html and "<table" in html


def test_the_readmes_api_example_runs_and_finds_the_dry_port(monkeypatch):
    text = README.read_text(encoding="utf-8")
    section = text[text.index("### The core API") :]
    example = re.search(r"```python\n(.*?)```", section, re.S)
    assert example, "the README's core API section has no Python example"
    monkeypatch.chdir(README.parent)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(example.group(1), "README example", "exec"), {})
    assert "term dry-port" in out.getvalue()
    assert os.getcwd() == str(README.parent)
