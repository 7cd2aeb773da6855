"""What kind of folder was opened (briefing_app.core.formats.detect)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.core.formats.detect import folder_kind
from tests.core.formats.samples import write


@pytest.mark.parametrize(
    ("files", "kind"),
    [
        ({"briefing.yaml": "id: x\n", "mkdocs.yml": "site_name: y\n"}, "briefing"),
        ({"topics/a.md": "---\ntitle: A\n---\n"}, "briefing"),
        ({"mkdocs.yml": "site_name: y\n", "docs/index.md": "# Y\n"}, "mkdocs"),
        ({"mkdocs.yaml": "site_name: y\n"}, "mkdocs"),
        ({".obsidian/app.json": "{}", "Note.md": "x"}, "obsidian"),
        ({"deep/er/note.md": "x"}, "markdown"),
        ({"picture.png": "x", ".hidden/note.md": "x"}, None),
        ({}, None),
    ],
)
def test_the_kind_of_a_folder(tmp_path: Path, files: dict[str, str], kind: str | None):
    assert folder_kind(write(tmp_path, dict(files))) == kind


def test_a_missing_folder_is_no_kind(tmp_path: Path):
    assert folder_kind(tmp_path / "nothing") is None
