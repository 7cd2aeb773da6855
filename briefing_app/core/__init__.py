"""The Qt-free core: content model, loading, rendering, search and user data.

Nothing in this package imports PySide6, so all of it is tested without a
display.  The public names below are imported on first use (PEP 562 module
``__getattr__``), so that importing one core module does not pay for all of
them at start-up.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from briefing_app.core.loader import load_pack
    from briefing_app.core.model import Pack, PackInfo, Problem, Term, Topic, TreeNode
    from briefing_app.core.search import SearchIndex

_WHERE = {
    "load_pack": "loader",
    "Pack": "model",
    "PackInfo": "model",
    "Problem": "model",
    "Term": "model",
    "Topic": "model",
    "TreeNode": "model",
    "SearchIndex": "search",
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
]


def __getattr__(name: str) -> Any:
    """Import ``name`` from its module the first time it is asked for."""
    if name not in _WHERE:
        raise AttributeError(f"module 'briefing_app.core' has no attribute {name!r}")
    return getattr(import_module(f"briefing_app.core.{_WHERE[name]}"), name)
