"""Shared fixtures: the real bundled pack, isolated settings and data folders, bad packs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from briefing_app.core import Pack, load_pack
from briefing_app.core.resources import bundled_pack_path


def run_python(
    args: list[str], cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run this interpreter with ``args`` from ``cwd``; return the finished process (text output).

    ``env`` defaults to this process's environment on the offscreen platform.  A
    process still running after two minutes raises ``subprocess.TimeoutExpired``.
    """
    if env is None:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, *args], env=env, capture_output=True, text=True, timeout=120, cwd=cwd
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip ``packaging`` tests (they build the frozen app) unless ``-m`` selects them."""
    expression = config.getoption("markexpr") or ""
    if "packaging" in expression and "not packaging" not in expression:
        return
    skip = pytest.mark.skip(reason="builds the frozen app: run with -m packaging")
    for item in items:
        if item.get_closest_marker("packaging"):
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep settings, caches, user data and trusted keys of every test in its own temporary folders."""
    base = tmp_path_factory.mktemp("user")
    for name in ("CONFIG", "CACHE", "DATA", "TRUSTED_KEYS"):
        monkeypatch.setenv(f"BRIEFING_{name}_DIR", str(base / name.lower()))


@pytest.fixture(scope="session")
def bundled_pack() -> Pack:
    """The real bundled pack, loaded once (treat it as read-only)."""
    return load_pack()


@pytest.fixture
def pack_copy(tmp_path: Path) -> Path:
    """A copy of the real bundled pack that a test may change."""
    root = tmp_path / "pack"
    shutil.copytree(bundled_pack_path(), root)
    return root


PackWriter = Callable[..., Path]


@pytest.fixture
def make_pack(tmp_path: Path) -> PackWriter:
    """Return a function that writes a small pack and returns its folder.

    ``make_pack(manifest=..., topics={"id": text}, glossary=..., raw={"rel": bytes})``:
    text values are dedented; ``None`` leaves a file out.  Defaults give a
    valid two-topic pack.
    """

    def write(
        manifest: str | None = None,
        topics: dict[str, str] | None = None,
        glossary: str | None = "",
        raw: dict[str, bytes] | None = None,
    ) -> Path:
        root = tmp_path / "pack"
        (root / "topics").mkdir(parents=True, exist_ok=True)
        if manifest is None:
            manifest = """
                id: test
                title: Test pack
                version: "1.0"
                topics:
                  - id: alpha
                    children: [beta]
                """
        (root / "briefing.yaml").write_text(textwrap.dedent(manifest).lstrip(), encoding="utf-8")
        if topics is None:
            topics = {
                "alpha": """
                    ---
                    title: Alpha
                    summary: The first topic.
                    related: [beta]
                    ---
                    ## Start
                    See [Beta](beta.md#detail).
                    """,
                "beta": """
                    ---
                    title: Beta
                    ---
                    ## Detail
                    Back to [Alpha](alpha.md).
                    """,
            }
        for topic_id, text in topics.items():
            (root / "topics" / f"{topic_id}.md").write_text(
                textwrap.dedent(text).lstrip(), encoding="utf-8"
            )
        if glossary:
            (root / "glossary.yaml").write_text(
                textwrap.dedent(glossary).lstrip(), encoding="utf-8"
            )
        for rel, data in (raw or {}).items():
            target = root / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        return root

    return write
