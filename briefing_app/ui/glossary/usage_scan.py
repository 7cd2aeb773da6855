"""Work out where each glossary term is used, off the GUI thread, for big packs.

"Used in" needs every topic scanned for every term: tens of milliseconds for
a small pack, tens of seconds at 5,000 topics.  Small packs are scanned when
first asked (:data:`~briefing_app.core.glossary.usage.SYNC_TOPICS`); for a big one
this scan runs in a daemon thread when a term page first needs it, reuses the map
saved by an earlier session of the same files, and saves a new one.  Term
pages say "Looking through the topics…" until :attr:`UsageScan.finished`.
"""

from __future__ import annotations

import contextlib
import threading

from PySide6.QtCore import QObject, Signal

from briefing_app.core.pack import cache as packcache
from briefing_app.core.pack.model import Pack


class UsageScan(QObject):
    """Runs :func:`term_usage` for one pack in the background; emits ``finished`` when installed."""

    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._started: set[int] = set()

    def start(self, pack: Pack) -> bool:
        """Start scanning ``pack`` unless it is small, a preview or already scanned; True if started."""
        from briefing_app.core.glossary.usage import (
            SYNC_TOPICS,  # the scanner loads when first asked
        )

        small = len(pack.topics) <= SYNC_TOPICS
        if small or not pack.complete or not pack.terms or id(pack) in self._started:
            return False
        self._started.add(id(pack))
        threading.Thread(target=self._scan, args=(pack,), name="term-usage", daemon=True).start()
        return True

    def _scan(self, pack: Pack) -> None:
        from briefing_app.core.glossary.usage import set_usage, term_usage

        usage = packcache.load_extra(pack, "usage")
        if isinstance(usage, dict):
            set_usage(pack, usage)
        else:
            usage = term_usage(pack)
            packcache.save_extra(pack, "usage", usage)
        with contextlib.suppress(RuntimeError):  # the window was closed while scanning
            self.finished.emit()  # queued to the GUI thread: this object lives there
