"""Running a brief export from the window: off the GUI thread, with a cancellable progress dialog.

The brief is assembled in a worker (``QThreadPool``/``QRunnable``): choosing
the topics, collecting the glossary and writing HTML or Markdown are plain
Python in :mod:`briefing_app.core`, and for a PDF the worker also prepares
the paged HTML.  A QTextDocument belongs to the thread that made it, so the
PDF is laid out and painted on the GUI thread, one layout pass or one page
per turn of the event loop (:class:`~briefing_app.ui.prep.brief_pdf.PdfJob`),
and the window keeps answering between steps.  The worker never touches a
widget; it reports through queued signals.
"""

from __future__ import annotations

import threading
from collections.abc import Generator, Mapping
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from briefing_app.core.brief.files import write_text_brief
from briefing_app.core.brief.model import (
    FORMATS,
    BriefCancelled,
    BriefError,
    BriefOptions,
    build_brief,
)
from briefing_app.core.pack.model import Pack
from briefing_app.ui.i18n import Context
from briefing_app.ui.prep.brief_pdf import PdfJob, brief_template

Exporting = Context("Exporting")


class _Signals(QObject):
    """Signals of a worker (a QRunnable is not a QObject)."""

    progressed = Signal(int, int)
    assembled = Signal(object)  # (Brief, BriefTemplate) for a PDF; the Path for text
    failed = Signal(str)
    cancelled = Signal()


class _AssembleTask(QRunnable):
    """Builds the brief and writes HTML/Markdown, or prepares the PDF's HTML, in a worker."""

    def __init__(
        self, pack: Pack, options: BriefOptions, notes: Mapping[str, str], path: Path, kind: str
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the BriefExport keeps it (and its signals) alive
        self.signals = _Signals()
        self.stop = threading.Event()
        self._args = (pack, options, dict(notes), path, kind)

    def _progress(self, done: int, total: int) -> bool:
        self.signals.progressed.emit(done, total)
        return not self.stop.is_set()

    def run(self) -> None:
        """Qt API: do the work and report the outcome through :attr:`signals`."""
        pack, options, notes, path, kind = self._args
        try:
            brief = build_brief(pack, options, notes)
            if kind == "pdf":
                template = brief_template(brief, self._progress)
                self.signals.assembled.emit((brief, template))
            else:
                write_text_brief(brief, path, kind, self._progress)
                self.signals.assembled.emit(path)
        except BriefCancelled:
            self.signals.cancelled.emit()
        except BriefError as exc:
            self.signals.failed.emit(str(exc))
        except OSError as exc:
            self.signals.failed.emit(
                Exporting.tr("Cannot write %1: %2")
                .replace("%2", str(exc.strerror or exc))
                .replace("%1", str(path))
            )


class BriefExport(QObject):
    """One export of a brief to ``path`` (its extension picks PDF, HTML or Markdown).

    Signals:
        finished(path): the file is written.
        failed(message): it could not be; the message says why.
        cancelled(): the user stopped it; no file is left.
        progressed(done, total): steps done (``total`` 0 while unknown).
    """

    finished = Signal(str)
    failed = Signal(str)
    cancelled = Signal()
    progressed = Signal(int, int)

    def __init__(
        self,
        pack: Pack,
        options: BriefOptions,
        notes: Mapping[str, str],
        path: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.kind = FORMATS.get(path.suffix.lower(), "")
        self._task = _AssembleTask(pack, options, notes, path, self.kind)
        self._steps: Generator[tuple[int, int], None, None] | None = None
        self._cancelled = False
        self._done = False
        self.dialog: QProgressDialog | None = None
        self._task.signals.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._task.signals.assembled.connect(self._on_assembled, Qt.ConnectionType.QueuedConnection)
        self._task.signals.failed.connect(self._fail, Qt.ConnectionType.QueuedConnection)
        self._task.signals.cancelled.connect(self._on_cancelled, Qt.ConnectionType.QueuedConnection)

    @property
    def done(self) -> bool:
        """True once the export finished, failed or was cancelled."""
        return self._done

    def start(self, show_progress: bool = True) -> None:
        """Start the worker (and show the progress dialog, parented to the window)."""
        if not self.kind:
            self._fail(
                Exporting.tr("%1: unknown file type; use .pdf, .html or .md").replace(
                    "%1", self.path.name
                )
            )
            return
        if show_progress:
            parent = self.parent()
            self.dialog = QProgressDialog(
                Exporting.tr("Writing %1…").replace("%1", self.path.name),
                Exporting.tr("Cancel"),
                0,
                0,
                parent if isinstance(parent, QWidget) else None,
            )
            self.dialog.setWindowTitle(Exporting.tr("Build Brief"))
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(300)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            self.dialog.canceled.connect(self.cancel)
        QThreadPool.globalInstance().start(self._task)

    def cancel(self) -> None:
        """Stop the export; the partial file is removed and ``cancelled`` is emitted."""
        if self._done:
            return
        self._cancelled = True
        self._task.stop.set()
        if self._steps is not None:
            self._steps.close()
            self._on_cancelled()

    def _on_progress(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)
        if self.dialog is not None and not self._done:
            self.dialog.setMaximum(total)
            self.dialog.setValue(done)

    def _on_assembled(self, result: object) -> None:
        if self._cancelled:
            if isinstance(result, Path):  # written just before the cancel arrived
                result.unlink(missing_ok=True)
            self._on_cancelled()
            return
        if isinstance(result, Path):
            self._finish()
            return
        assert isinstance(result, tuple)
        brief, template = result
        if self.dialog is not None:
            self.dialog.setLabelText(
                Exporting.tr("Laying out and printing %1…").replace("%1", self.path.name)
            )
        self._steps = PdfJob(brief, self.path, template).steps()
        QTimer.singleShot(0, self._step)

    def _step(self) -> None:
        """Do one layout pass or paint one page, then yield to the event loop."""
        if self._steps is None or self._done:
            return
        try:
            done, total = next(self._steps)
        except StopIteration:
            self._finish()
            return
        except OSError as exc:
            self._fail(str(exc))
            return
        self._on_progress(done, total)
        QTimer.singleShot(0, self._step)

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def _finish(self) -> None:
        self._done = True
        self._close_dialog()
        self.finished.emit(str(self.path))

    def _fail(self, message: str) -> None:
        if self._done:
            return
        self._done = True
        if self._steps is not None:
            self._steps.close()
        self._close_dialog()
        self.failed.emit(message)

    def _on_cancelled(self) -> None:
        if self._done:
            return
        self._done = True
        self._close_dialog()
        self.cancelled.emit()
