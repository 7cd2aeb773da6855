"""``mkdocs.yml``: the site's title, its ``docs_dir`` and its ``nav``, read with the app's safe YAML.

Only ``site_name``, ``site_description``, ``docs_dir`` and ``nav`` are used
(MkDocs user guide, "Configuration").  The file is read with
:func:`~briefing_app.core.pack.yamlsafe.parse_yaml_salvaging`, so tags such as
``!!python/name:`` (common under ``markdown_extensions``) and ``!ENV`` are
refused where they stand and never run; a refused value under a key that is
not used is not even mentioned.  ``nav`` entries are read as MkDocs reads
them: ``- path.md``, ``- Title: path.md``, ``- Section: [entries]``; an
external link (``- Site: https://...``) is skipped; a section whose first
entry is an ``index.md`` takes that page as its own (MkDocs-Material's
"section index pages").
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from typing import Any

from briefing_app.core.formats.folder import NavItem
from briefing_app.core.formats.names import is_index
from briefing_app.core.pack.model import Problem
from briefing_app.core.pack.yamlsafe import (
    LineDict,
    LineList,
    Refused,
    YamlError,
    parse_yaml_salvaging,
)

#: The names MkDocs looks for, in order.
CONFIG_NAMES = ("mkdocs.yml", "mkdocs.yaml")
_URL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:|^//")


@dataclass
class Config:
    """What Briefing uses of ``mkdocs.yml``.

    Attributes:
        name: the config file's name (``mkdocs.yml``).
        site_name, site_description: the title and subtitle.
        docs_dir: the folder of pages, relative to the project, ``/`` separated.
        nav: the navigation with page paths relative to the project folder,
            or None when the file has no usable ``nav`` (the folder's tree is used).
    """

    name: str = CONFIG_NAMES[0]
    site_name: str = ""
    site_description: str = ""
    docs_dir: str = "docs"
    nav: list[NavItem] | None = None


def read_config(name: str, text: str, problems: list[Problem]) -> Config:
    """Read the text of ``mkdocs.yml`` (file ``name``); problems are appended to ``problems``.

    A file that is not YAML is an error and gives the defaults (``docs``,
    no ``nav``), so the project still opens as a folder.  Never raises.
    """
    config = Config(name=name)
    try:
        parsed = parse_yaml_salvaging(text)
    except YamlError as exc:
        problems.append(
            Problem(name, exc.line, "error", f"{exc.message} — the pages are shown as a folder")
        )
        return config
    data = parsed.value
    if not isinstance(data, LineDict):
        problems.append(Problem(name, 1, "error", f"{name} must be a mapping of settings"))
        return config
    config.site_name = _text(data, "site_name", name, problems)
    config.site_description = _text(data, "site_description", name, problems)
    docs_dir = _text(data, "docs_dir", name, problems) or "docs"
    normal = posixpath.normpath(docs_dir.replace("\\", "/"))
    if normal.startswith(("../", "/")) or normal == "..":
        problems.append(
            Problem(
                name,
                data.line_of("docs_dir"),
                "error",
                f"docs_dir {docs_dir!r} is outside the project folder; 'docs' is read instead",
            )
        )
        normal = "docs"
    config.docs_dir = "" if normal == "." else normal
    nav = data.get("nav")
    if isinstance(nav, Refused):
        problems.append(Problem(name, nav.line, "error", f"{nav.fault.message} — nav is left out"))
    elif isinstance(nav, LineList):
        config.nav = _items(nav, config, problems)
    elif nav is not None:
        problems.append(
            Problem(
                name, data.line_of("nav"), "error", "'nav' must be a list of pages and sections"
            )
        )
    return config


def _text(data: LineDict, key: str, name: str, problems: list[Problem]) -> str:
    value = data.get(key)
    if isinstance(value, Refused):
        problems.append(Problem(name, value.line, "warning", f"{value.fault.message} — ignored"))
        return ""
    if value is not None and not isinstance(value, str):
        problems.append(Problem(name, data.line_of(key), "warning", f"{key!r} must be text"))
        return ""
    return " ".join((value or "").split())


def _items(entries: LineList, config: Config, problems: list[Problem]) -> list[NavItem]:
    """Read a ``nav`` list (or a section's list) into items; bad entries are left out."""
    items: list[NavItem] = []
    for index, entry in enumerate(entries):
        line = entries.line_of(index)
        item = _item(entry, line, config, problems)
        if item is not None:
            items.append(item)
    return items


def _item(entry: Any, line: int, config: Config, problems: list[Problem]) -> NavItem | None:
    name = config.name
    if isinstance(entry, Refused):
        problems.append(Problem(name, entry.line, "error", f"{entry.fault.message} — left out"))
        return None
    title, value = "", entry
    if isinstance(entry, LineDict):
        if len(entry) != 1:
            problems.append(
                Problem(name, line, "error", "a nav entry must be 'Title: page.md' or a section")
            )
            return None
        title, value = next(iter(entry.items()))
        line = entry.line_of(title)
    if isinstance(value, LineList):
        children = _items(value, config, problems)
        section = NavItem(title=title, children=children, line=line)
        first = children[0] if children else None
        if first and first.page and not first.children and is_index(posixpath.basename(first.page)):
            section.page = first.page
            section.children = children[1:]
        return section
    if isinstance(value, Refused):
        problems.append(Problem(name, value.line, "error", f"{value.fault.message} — left out"))
        return None
    if not isinstance(value, str) or not value.strip():
        problems.append(Problem(name, line, "error", "a nav entry names no page; it is left out"))
        return None
    target = value.strip()
    if _URL.match(target):
        return None  # an external link in the site's menu: not a page
    page = posixpath.normpath(target.replace("\\", "/").lstrip("/"))
    if page == ".." or page.startswith("../"):
        problems.append(
            Problem(name, line, "error", f"nav page {target!r} is outside docs_dir; left out")
        )
        return None
    path = f"{config.docs_dir}/{page}" if config.docs_dir else page
    return NavItem(title=title, page=path, line=line)
