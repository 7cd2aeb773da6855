"""Open a pack without making the user wait for all of it.

A pack whose files are unchanged since the last run comes from the cache at
once, and so does a small pack (reading it takes less than the window
does).  A big pack seen for the first time is opened in steps:

1. :meth:`PackLoader.open` returns a *preview*
   (:func:`~briefing_app.core.pack.outline.begin_outline`: the manifest, the
   one topic to show and its related topics, and the title of every other
   topic, read from the first bytes of its file, in the whole tree), which
   the window paints at once; a topic clicked meanwhile is parsed when
   opened.  Titles not read within :data:`TITLE_WAIT` (a cold disk) show
   the topic's id until ``titles_loaded``;
2. a daemon thread reads the glossary (:func:`~briefing_app.core.pack.outline.with_glossary`,
   and makes its term matcher) and hands the preview with it over with
   ``glossary_loaded``, a fraction of a second after the first frame, then
   waits for the titles still being read (``titles_loaded``);
3. the same thread reads the whole pack (and writes the cache), reporting
   ``progress``, and hands it over with ``loaded``; the window then shows
   the complete pack where the user is.

At 5,000 topics step 2 takes one to two seconds on a cold disk, at 20,000
seven to twelve; the tree and the first topic are there long before.  Only the GUI thread touches widgets: the
thread's signals are queued to it (the loader object lives there).  The
thread is a daemon and checks for cancellation between files, so quitting
never waits for it; a load cancelled before its end writes no cache.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from briefing_app.core.pack import cache as packcache
from briefing_app.core.pack.model import Pack, PackInfo
from briefing_app.core.resources import bundled_pack_path
from briefing_app.ui.i18n import Context

Loader = Context("Loader")

#: A pack with more topic files than this, not in the cache, opens with a preview first.
PREVIEW_TOPICS = 300
#: Seconds a preview waits for its topics' titles once the rest is read (a cold disk may
#: take seconds for 20,000 files; the tree shows ids for the titles not read yet).  Short: the
#: rows the first frame shows are read first whatever the wait (outline.FIRST_ROWS).
TITLE_WAIT = 0.05
#: Progress is reported in steps of this many percent (each report repaints the status bar).
PROGRESS_STEP = 5


class _Cancelled(Exception):
    """Raised inside the loading thread to stop it."""


class PackLoader(QObject):
    """Opens packs for the window; big new packs load in the background.

    Signals:
        glossary_loaded(pack): the preview again, with its glossary (step 2 above).
        titles_loaded(): the preview's topics that showed their ids have their titles.
        progress(done, total): topic files read so far, and in all.
        loaded(pack): the complete :class:`Pack` that a preview stood for.
        failed(message): the background load stopped on an unexpected fault
            (the preview stays; the message is for the status bar).
    """

    glossary_loaded = Signal(object)
    titles_loaded = Signal()
    progress = Signal(int, int)
    loaded = Signal(object)
    failed = Signal(str)
    _glossary_read = Signal(int, object)
    _titles_read = Signal(int)
    _finished = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._cancel = threading.Event()
        self._cancel.set()  # nothing is loading
        self._go = threading.Event()
        self._go.set()
        self._finished.connect(self._on_finished)
        self._glossary_read.connect(self._on_glossary_read)
        self._titles_read.connect(self._on_titles_read)

    def defer(self) -> None:
        """Make background loads wait for :meth:`resume` before reading (the start-up calls
        it, so that the window's first frame does not share the processor with the parse)."""
        self._go.clear()

    def resume(self) -> None:
        """Let background loads read (see :meth:`defer`)."""
        self._go.set()

    def open(
        self,
        path: Path | str | None,
        wanted: Callable[[PackInfo], str | None] = lambda info: None,
        preview: bool = True,
    ) -> Pack:
        """Return the pack at ``path`` (the bundled pack when None), or a preview of it.

        ``wanted(info)`` names the topic the preview should show first (see
        :func:`~briefing_app.core.pack.outline.load_outline`).  With
        ``preview=False`` the whole pack is loaded before returning.  A
        preview has ``complete=False`` and no glossary yet;
        ``glossary_loaded`` follows with it, then ``loaded`` with the whole
        pack.  A pack with topics replaces the one loading, whose load is
        cancelled; a pack without topics (which the window refuses) leaves
        that load running.  Never raises on bad content.
        """
        root = bundled_pack_path() if path is None else Path(path)
        pack = packcache.cached_pack(root)
        outline: tuple[Pack, Callable[[], bool]] | None = None
        if pack is None:
            from briefing_app.core.pack.loader import count_topic_files
            from briefing_app.core.pack.outline import begin_outline

            if preview and count_topic_files(root) > PREVIEW_TOPICS:
                outline = begin_outline(root, wanted, glossary=False, wait=TITLE_WAIT)
                pack = outline[0]
            if pack is None or not pack.topics:
                outline = None
                pack = packcache.load_pack_cached(root)
        if pack.topics:
            self.cancel()
            if not pack.complete:
                self._start(root, outline=outline)
        return pack

    def reload(self, path: Path | str) -> None:
        """Read the pack at ``path`` again in the background (its files changed); ``loaded``
        follows, with no ``progress`` on the way. A load already running is cancelled."""
        self.cancel()
        self._start(Path(path), quiet=True)

    @property
    def busy(self) -> bool:
        """True while a background load runs (between a preview and ``loaded``)."""
        return not self._cancel.is_set()

    def cancel(self) -> None:
        """Stop a background load; its pack is never handed over (nothing is written)."""
        self._cancel.set()
        self._generation += 1

    def _start(
        self,
        root: Path,
        quiet: bool = False,
        outline: tuple[Pack, Callable[[], bool]] | None = None,
    ) -> None:
        self._cancel = threading.Event()
        thread = threading.Thread(
            target=self._run,
            args=(root, self._generation, self._cancel, quiet, self._go, outline),
            name="pack-load",
            daemon=True,
        )
        thread.start()

    def _run(
        self,
        root: Path,
        generation: int,
        cancel: threading.Event,
        quiet: bool,
        go: threading.Event,
        outline: tuple[Pack, Callable[[], bool]] | None,
    ) -> None:
        while not go.wait(0.05):
            if cancel.is_set():
                return
        if outline is not None:
            self._finish_outline(generation, cancel, *outline)
        reported = [-1]

        def report(done: int, total: int) -> None:
            if cancel.is_set():
                raise _Cancelled
            step = done * 100 // max(total, 1) // PROGRESS_STEP
            if step != reported[0] and not quiet:
                reported[0] = step
                with contextlib.suppress(RuntimeError):  # the window is gone
                    self.progress.emit(done, total)

        try:
            pack: object = packcache.load_pack_cached(root, progress=report)
        except _Cancelled:
            return
        except Exception as exc:  # a bug, not bad content: keep the preview, say so
            pack = f"{type(exc).__name__}: {exc}"
        if isinstance(pack, Pack):
            _warm_term_matcher(pack)
        with contextlib.suppress(RuntimeError):
            self._finished.emit(generation, pack)

    def _finish_outline(
        self,
        generation: int,
        cancel: threading.Event,
        preview: Pack,
        finish_titles: Callable[[], bool],
    ) -> None:
        """Step 2 (the module doc): the glossary of ``preview``, then the titles it lacks."""
        try:
            if not cancel.is_set():
                with contextlib.suppress(RuntimeError):  # the window is gone
                    self._glossary_read.emit(generation, _with_glossary(preview))
            if not cancel.is_set() and finish_titles():
                with contextlib.suppress(RuntimeError):
                    self._titles_read.emit(generation)
        except Exception:  # a bug: the whole pack read next brings both, or says why
            return

    def _on_titles_read(self, generation: int) -> None:
        if generation == self._generation:
            self.titles_loaded.emit()

    def _on_glossary_read(self, generation: int, pack: Pack) -> None:
        if generation == self._generation:  # not cancelled, no other pack opened meanwhile
            self.glossary_loaded.emit(pack)

    def _on_finished(self, generation: int, result: object) -> None:
        if generation != self._generation:
            return  # cancelled, or another pack was opened meanwhile
        self._cancel.set()
        if isinstance(result, Pack):
            self.loaded.emit(result)
        else:
            self.failed.emit(
                Loader.tr("Could not finish loading the pack (%1)").replace("%1", str(result))
            )


def _with_glossary(outline: Pack) -> Pack:
    """Return ``outline`` with its glossary read and its term matcher made (see
    :func:`~briefing_app.core.pack.outline.with_glossary`)."""
    from briefing_app.core.pack.outline import with_glossary

    glossed = with_glossary(outline)
    _warm_term_matcher(glossed)
    return glossed


def _warm_term_matcher(pack: Pack) -> None:
    """Make ``pack``'s glossary term matcher here, off the GUI thread (at 1,000 terms it takes
    0.2 s), so that the first page shown with term links does not wait for it."""
    from briefing_app.core.glossary.linker import matcher_for

    if pack.terms:
        with contextlib.suppress(Exception):  # the page makes it again, and reports
            matcher_for(pack)
