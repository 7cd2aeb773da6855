"""The Qt-free core: content model, loading, rendering, search and user data.

Nothing in this package imports PySide6, so all of it is tested without a
display.
"""

from __future__ import annotations

from briefing_app.core.loader import load_pack
from briefing_app.core.model import Pack, PackInfo, Problem, Term, Topic, TreeNode
from briefing_app.core.search import SearchIndex

__all__ = ["Pack", "PackInfo", "Problem", "SearchIndex", "Term", "Topic", "TreeNode", "load_pack"]
