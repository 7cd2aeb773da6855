"""Back/forward navigation history: a list of visited places and a cursor into it.

The model is the one web browsers use (WHATWG HTML, "session history"):
visiting a new place drops everything forward of the current entry and
appends; going back or forward only moves the cursor.  Entries are opaque,
comparable values (the app stores topic ids, ``str``).  The list is capped
so a long session cannot grow it without bound; the oldest entries go first.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Generic, TypeVar

T = TypeVar("T", bound=Hashable)

#: Entries kept by default; browsers keep about 50 per tab.
DEFAULT_MAX_LENGTH = 100


class History(Generic[T]):
    """A back/forward list over entries of type ``T``.

    Args:
        max_length: most entries kept (``>= 1``); when a push goes beyond it,
            the oldest entry is dropped.

    Raises:
        ValueError: if ``max_length`` is smaller than 1.
    """

    def __init__(self, max_length: int = DEFAULT_MAX_LENGTH) -> None:
        if max_length < 1:
            raise ValueError(f"max_length must be at least 1, not {max_length}")
        self._entries: list[T] = []
        self._index = -1
        self._max_length = max_length

    def __len__(self) -> int:
        """Return the number of entries, back and forward included."""
        return len(self._entries)

    @property
    def current(self) -> T | None:
        """The entry shown now, or ``None`` while the history is empty."""
        return self._entries[self._index] if self._entries else None

    def push(self, entry: T) -> bool:
        """Record a visit to ``entry``; returns False if it is already the current entry.

        Everything forward of the current entry is dropped (a new visit
        starts a new branch), then ``entry`` becomes current.
        """
        if self.current == entry:
            return False
        del self._entries[self._index + 1 :]
        self._entries.append(entry)
        overflow = len(self._entries) - self._max_length
        if overflow > 0:
            del self._entries[:overflow]
        self._index = len(self._entries) - 1
        return True

    def can_go_back(self) -> bool:
        """True if there is an entry before the current one."""
        return self._index > 0

    def can_go_forward(self) -> bool:
        """True if there is an entry after the current one."""
        return 0 <= self._index < len(self._entries) - 1

    def back(self) -> T | None:
        """Move one entry back and return it; ``None`` (and no move) at the start."""
        return self.go(-1)

    def forward(self) -> T | None:
        """Move one entry forward and return it; ``None`` (and no move) at the end."""
        return self.go(1)

    def go(self, offset: int) -> T | None:
        """Move ``offset`` entries (negative is back) and return the new current entry.

        Returns ``None`` and leaves the cursor where it was if the move would
        leave the list or ``offset`` is 0.
        """
        target = self._index + offset
        if offset == 0 or not 0 <= target < len(self._entries):
            return None
        self._index = target
        return self._entries[target]

    def back_entries(self) -> list[T]:
        """Return the entries behind the current one, nearest first (for a Back menu)."""
        return self._entries[: max(self._index, 0)][::-1]

    def forward_entries(self) -> list[T]:
        """Return the entries ahead of the current one, nearest first (for a Forward menu)."""
        return self._entries[self._index + 1 :]

    def clear(self) -> None:
        """Forget every entry (a new pack was opened)."""
        self._entries.clear()
        self._index = -1
