"""The Qt-free core: content model, loading, rendering, search and user data.

Nothing in this package imports PySide6, so all of it is tested without a
display.  Each feature is a subpackage:

========== ==============================================================
``pack``   the model (plain dataclasses, a plain tree), loading, strict
           YAML, links, the pack cache and the prepared bundled pack
``render`` Markdown to sanitised HTML, topic pages, the reader stylesheet
``glossary`` term matching and linking, "used in", glossary pages, export
``search`` the FTS5 index, queries, text folding, typos, snippets, find
``brief``  a brief and its HTML and Markdown forms, files written whole
``user``   the user's store (notes, bookmarks, recent topics), history
========== ==============================================================

The public API is the names below; scripts and tests outside the package use
these rather than module paths::

    from briefing_app.core import load_pack, render_topic, SearchIndex

    pack = load_pack(path)                   # a Pack; problems in pack.problems
    html = render_topic(pack, pack.topics["khorgos"])
    hits = SearchIndex.build(pack).search("dry port").hits

The names are imported on first use (PEP 562 module ``__getattr__``), so that
importing one core module does not pay for all of them at start-up.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from briefing_app.core.pack.loader import load_pack
    from briefing_app.core.pack.model import Pack, PackInfo, Problem, Term, Topic, TreeNode
    from briefing_app.core.render.page import render_topic
    from briefing_app.core.search.index import SearchIndex

_WHERE = {
    "load_pack": "pack.loader",
    "Pack": "pack.model",
    "PackInfo": "pack.model",
    "Problem": "pack.model",
    "Term": "pack.model",
    "Topic": "pack.model",
    "TreeNode": "pack.model",
    "render_topic": "render.page",
    "SearchIndex": "search.index",
}

__all__ = [
    "Pack",
    "PackInfo",
    "Problem",
    "SearchIndex",
    "Term",
    "Topic",
    "TreeNode",
    "load_pack",
    "render_topic",
]


def __getattr__(name: str) -> Any:
    """Import ``name`` from its module the first time it is asked for.

    Raises:
        AttributeError: ``name`` is not part of the public API.
    """
    if name not in _WHERE:
        raise AttributeError(f"module 'briefing_app.core' has no attribute {name!r}")
    return getattr(import_module(f"briefing_app.core.{_WHERE[name]}"), name)
