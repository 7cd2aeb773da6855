"""MkDocs projects, Markdown folders and vaults opened in the window (File → Open Pack)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QUrl
from PySide6.QtGui import QTextCursor

from briefing_app.core.render.stylesheet import PALETTES
from briefing_app.ui import theme
from briefing_app.ui.window.main_window import MainWindow
from tests.core.formats.samples import mkdocs_project, plain_folder, vault, write


def tree_labels(window: MainWindow, parent: QModelIndex | None = None) -> list[object]:
    """The tree as shown: nested ``(label, [children])``, a leaf as its label."""
    model = window.tree.topic_model()
    parent = parent or QModelIndex()
    shown: list[object] = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        label = model.data(index, Qt.ItemDataRole.DisplayRole)
        children = tree_labels(window, index)
        shown.append((label, children) if children else label)
    return shown


@pytest.fixture(autouse=True)
def _back_to_system():
    yield
    theme.apply_theme("system")


def test_an_mkdocs_project_opens_with_its_nav(window: MainWindow, tmp_path: Path, qtbot):
    window.open_pack_folder(str(mkdocs_project(tmp_path)))
    assert window.windowTitle() == "Field Manual — Briefing"
    assert tree_labels(window) == [
        "Home",
        ("Getting started", ["Install", "Configure it"]),
        ("Reference", ["Commands", ("Deep", ["Detail"])]),
        "Not in nav",
    ]
    assert window.open_topic("start-install")
    assert "On Linux" in window.reader.toPlainText()
    window.reader.anchorClicked.emit(QUrl("topic:reference-commands"))  # a link across folders
    assert window.reader.page == ("topic", "reference-commands")


def test_a_folder_and_a_vault_open_with_their_folders(window: MainWindow, tmp_path: Path):
    window.open_pack_folder(str(plain_folder(tmp_path / "notes")))
    assert tree_labels(window)[-3:] == ["First file", "File two", "File ten"]
    window.open_pack_folder(str(vault(tmp_path / "vault")))
    assert tree_labels(window) == [("Projects", ["Alpha", "Beta"]), "Gamma Notes", "Home"]
    assert window.open_topic("home")
    assert "the alpha project" in window.reader.toPlainText()
    assert window.problems.lines() == [
        "Home.md:2: warning: [[Nowhere]] names no page in this folder; it is shown as text"
    ]


def keyword_colour(window: MainWindow, word: str) -> str:
    """The colour the reader draws ``word`` in (its first occurrence)."""
    found = window.reader.document().find(word)
    assert not found.isNull(), word
    cursor = QTextCursor(found)
    cursor.setPosition(found.selectionStart() + 1)
    return cursor.charFormat().foreground().color().name()


def test_code_is_coloured_from_the_theme_in_light_and_dark(
    window: MainWindow, tmp_path: Path, qtbot
):
    write(tmp_path, {"code.md": "# Code\n\n```python\nimport os\nprint('hello')\n```\n"})
    window.open_pack_folder(str(tmp_path))
    window.open_topic("code")  # a pack opened for the first time starts at a glance
    assert keyword_colour(window, "import") == PALETTES["light"]["code_keyword"]
    assert keyword_colour(window, "'hello'") == PALETTES["light"]["code_string"]
    window.theme_actions["dark"].trigger()
    qtbot.waitUntil(lambda: keyword_colour(window, "import") == PALETTES["dark"]["code_keyword"])
    assert keyword_colour(window, "'hello'") == PALETTES["dark"]["code_string"]
