"""Where the bundled pack and the app's resources are.

Both ship as package data (``briefing_app._content`` and
``briefing_app._resources``, mapped from the repository's ``content/`` and
``resources/`` folders in ``pyproject.toml``) and are found with
:mod:`importlib.resources`, never from the working directory or
``sys.executable``.  In a source checkout that was never installed, the same
folders are found beside the package.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

BUNDLED_PACK = "kazakhstan-bri"


def _data_dir(name: str, checkout_name: str) -> Path:
    """Return the data folder ``briefing_app/<name>``, installed or in a source checkout.

    The data folders have no ``__init__.py`` (they are data, not code), so they
    are looked up as children of the ``briefing_app`` package rather than as
    packages of their own.
    """
    found = Path(str(resources.files("briefing_app").joinpath(name)))
    if found.is_dir():
        return found
    return Path(__file__).resolve().parents[2] / checkout_name


@cache
def content_dir() -> Path:
    """Return the folder that holds the bundled packs."""
    return _data_dir("_content", "content")


@cache
def resources_dir() -> Path:
    """Return the folder of the app's resources (stylesheets, icons)."""
    return _data_dir("_resources", "resources")


def bundled_pack_path() -> Path:
    """Return the folder of the pack that ships with the app."""
    return content_dir() / BUNDLED_PACK


def read_resource(name: str) -> str:
    """Return the UTF-8 text of resource ``name`` (e.g. ``"reader.css"``).

    Raises:
        OSError: if the resource is missing (a broken install).
    """
    return (resources_dir() / name).read_text(encoding="utf-8")
