"""Watch the folder of the pack shown, so that an author sees a saved page at once.

A :class:`QFileSystemWatcher` watches the pack's folders and files (which
ones, and how many, :func:`briefing_app.core.pack.watch.watch_list` says).
Editors save in bursts (a temporary file, a rename, a backup), so each
signal restarts a :data:`DEBOUNCE_MS` timer; when it runs out the folder is
looked at again and, if a file that matters was added, removed or
modified, :attr:`PackWatch.changed` tells the window, which reloads the pack
in the background and keeps the page and its scroll position.  The watched
paths are set again after each look: a file replaced by a safe save is a
new file that the watcher has dropped.

The bundled pack is not watched: it is installed inside the app, read-only,
and never changes while the app runs.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from briefing_app.core.pack.model import Pack
from briefing_app.core.resources import bundled_pack_path

if TYPE_CHECKING:
    from types import ModuleType

    from briefing_app.core.pack import watch


def _watch() -> ModuleType:
    """:mod:`briefing_app.core.pack.watch`, imported when a folder is first followed (the
    bundled pack, shown at most starts, is never watched)."""
    from briefing_app.core.pack import watch

    return watch


#: Quiet time after the last file signal before the folder is looked at (ms).
DEBOUNCE_MS = 300
#: The watch begins this long after a pack is shown (ms), not to delay its first paint.
START_DELAY_MS = 500


class PackWatch(QObject):
    """Watches one pack folder at a time (see module doc).

    Signals:
        changed(changes): files of the pack changed (a
            :class:`~briefing_app.core.pack.watch.Changes`).
    """

    changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.root: Path | None = None
        self._snapshot: watch.Snapshot | None = None  # the last look, once a folder is followed
        self._watcher: QFileSystemWatcher | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.look)

    def follow(self, pack: Pack) -> None:
        """Watch ``pack``'s folder (nothing for the bundled pack or a preview of a big pack).

        Following the folder already watched keeps its last look, so a change
        made while the pack was reloading is still seen.  The files as the pack
        was read (its cache signature) are the first look; the folder is looked
        at again and watched :data:`START_DELAY_MS` later, after the first paint.
        """
        root = pack.root if pack.complete and not _is_bundled(pack.root) else None
        if root == self.root:
            return
        self.root = root
        self._timer.stop()
        if self._watcher is not None:
            self._watcher.deleteLater()
            self._watcher = None
        if root is None:
            return
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._on_signal)
        self._watcher.fileChanged.connect(self._on_signal)
        watch = _watch()
        if pack.signature:
            self._snapshot = watch.from_signature(pack.signature)
        else:
            self._snapshot = watch.snapshot(root)
        self._timer.start(START_DELAY_MS)

    def watched(self) -> list[str]:
        """Return the paths watched now (absolute, as Qt holds them)."""
        if self._watcher is None:
            return []
        return [*self._watcher.directories(), *self._watcher.files()]

    def look(self) -> watch.Changes:
        """Look at the folder now; emit ``changed`` if a file that matters changed. Returns
        what changed (empty when nothing did or no folder is watched)."""
        watch = _watch()
        if self.root is None or self._snapshot is None:
            return watch.Changes()
        shot = watch.snapshot(self.root)
        changes = watch.diff(self._snapshot, shot)
        self._snapshot = shot
        self._watch_paths()
        if changes:
            self.changed.emit(changes)
        return changes

    def _on_signal(self, _path: str) -> None:
        self._timer.start(DEBOUNCE_MS)  # (re)started: the look waits for the burst to end

    def _watch_paths(self) -> None:
        if self._watcher is None or self.root is None or self._snapshot is None:
            return
        watch = _watch()
        wanted = [
            str(self.root / rel) if rel else str(self.root)
            for rel in watch.watch_list(self._snapshot, watch.watch_budget())
        ]
        held = set(self.watched())
        new = [path for path in wanted if path not in held]
        gone = [path for path in held if path not in set(wanted)]
        if gone:
            self._watcher.removePaths(gone)
        if new:
            self._watcher.addPaths(new)  # paths Qt cannot watch (just deleted) are skipped


def _is_bundled(root: Path) -> bool:
    with contextlib.suppress(OSError):
        return root.resolve() == bundled_pack_path().resolve()
    return False
