"""Folders written as authors write them, for the tests of other formats (core and window)."""

from __future__ import annotations

import base64
from pathlib import Path

#: A 1×1 PNG.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


def write(root: Path, files: dict[str, str | bytes]) -> Path:
    """Write ``files`` (path relative to ``root`` -> text or bytes) under ``root``; return it."""
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


MKDOCS_YML = """\
site_name: Field Manual
site_description: How the team works
docs_dir: pages
theme:
  name: material
  features: [navigation.indexes]
markdown_extensions:
  - admonition
  - pymdownx.emoji:
      emoji_index: !!python/name:material.extensions.emoji.twemoji
      emoji_generator: !!python/name:material.extensions.emoji.to_svg
  - pymdownx.superfences
extra:
  analytics: !ENV [GOOGLE_ANALYTICS_KEY, '']
nav:
  - Home: index.md
  - Getting started:
      - start/index.md
      - Install: start/install.md
      - start/configure.md
  - Reference:
      - Commands: reference/commands.md
      - Deep:
          - reference/deep/detail.md
  - Source: https://example.org/source
"""


def mkdocs_project(root: Path) -> Path:
    """An MkDocs project: nested nav, docs_dir ``pages``, a section index page, an unlisted page."""
    return write(
        root,
        {
            "mkdocs.yml": MKDOCS_YML,
            "pages/index.md": "# Welcome\n\nRead [the install guide](start/install.md#on-linux).\n",
            "pages/start/index.md": "# Starting out\n\nFirst steps.\n",
            "pages/start/install.md": (
                "# Installing\n\n## On Linux\n\nSee ![diagram](../img/flow.png) and "
                "[commands](../reference/commands.md).\n"
            ),
            "pages/start/configure.md": "---\ntitle: Configure it\n---\n\nSettings.\n",
            "pages/reference/commands.md": (
                '# Commands\n\n!!! note "Remember"\n    Check first.\n\n'
                "[Back home](../index.md) and [the detail](deep/detail.md).\n"
            ),
            "pages/reference/deep/detail.md": "Nothing but text.\n",
            "pages/unlisted.md": "# Not in nav\n\nStill here.\n",
            "pages/img/flow.png": PNG,
            "README.md": "# The repository's readme, outside docs_dir\n",
        },
    )


def plain_folder(root: Path) -> Path:
    """A plain folder: subfolders, index.md and README.md pages, names that sort naturally."""
    return write(
        root,
        {
            "README.md": "# Team notes\n\nStart here.\n",
            "file10.md": "# File ten\n",
            "file2.md": "# File two\n\nSee [ten](file10.md) and [guides](guides/).\n",
            "file1.md": "---\ntitle: First file\ntags: [alpha, beta]\n---\n# Heading kept\n",
            "guides/index.md": "# All guides\n",
            "guides/README.md": "# Not the folder's page: index.md is\n",
            "guides/chapter 3.md": "Text of chapter three.\n",
            "guides/chapter 12.md": "# Chapter twelve\n\n![map](img/map.png)\n",
            "guides/img/map.png": PNG,
            "archive/old-notes.md": "# Old notes\n",
            "archive/deeper/README.md": "# Deeper\n",
            "empty-folder/picture.png": PNG,
            ".hidden/secret.md": "# Hidden\n",
        },
    )


def vault(root: Path) -> Path:
    """An Obsidian vault: wikilinks with aliases and headings, an embed, an alias in front matter."""
    return write(
        root,
        {
            ".obsidian/app.json": "{}",
            ".obsidian/workspace.json": "{}",
            "Home.md": (
                "Links: [[Projects/Alpha]], [[Alpha|the alpha project]], [[Beta#Risks]],\n"
                "[[Gamma Notes|see gamma]], [[#Local]], [[Nowhere]] and `[[in code]]`.\n\n"
                "![[diagram.png]]\n\n![[diagram.png|200]]\n\n## Local\n\nText.\n"
            ),
            "Projects/Alpha.md": "---\naliases: [First project]\n---\n# Alpha\n\nBack to [[Home]].\n",
            "Projects/Beta.md": "# Beta\n\n## Risks\n\nMany. Also [[First project]].\n",
            "Gamma Notes.md": "Gamma body.\n",
            "attachments/diagram.png": PNG,
        },
    )
