"""Unhandled exceptions: logged to a file, shown once in a dialog, and survived.

PySide6 reports an exception raised in a slot or a virtual override through
``sys.excepthook`` and then returns to the event loop, so replacing the hook
is enough to keep the app running where it can.  The log goes to the user
log directory (:func:`briefing_app.core.paths.log_dir`).
"""

from __future__ import annotations

import datetime as dt
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6 import QtWidgets  # the message box's class is made when there is a crash
from PySide6.QtWidgets import QApplication

from briefing_app.core import paths
from briefing_app.ui.i18n import Context

Crash = Context("Crash")

LOG_NAME = "briefing-app.log"
#: The log is cut back to its last half once it grows past this many bytes.
MAX_LOG_BYTES = 1_000_000

_showing = False
#: False for runs nobody watches (``--screenshot``, the offscreen platform): no dialog, which
#: would wait forever for a click, only the log and stderr.
interactive = True


def log_path() -> Path:
    """Return the crash log file (its folder may not exist yet)."""
    return paths.log_dir() / LOG_NAME


def write_log(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> Path | None:
    """Append a dated traceback to the log; return its path, or None if it cannot be written."""
    path = log_path()
    text = "".join(traceback.format_exception(kind, value, tb))
    stamp = dt.datetime.now().isoformat(timespec="seconds")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > MAX_LOG_BYTES:
            kept = path.read_bytes()[-MAX_LOG_BYTES // 2 :]
            path.write_bytes(kept)
        with path.open("a", encoding="utf-8") as handle:
            handle.write(f"--- {stamp}\n{text}\n")
    except OSError:
        return None
    return path


def handle_exception(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> None:
    """``sys.excepthook``: log the error and tell the user, without a traceback on screen."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    global _showing
    path = write_log(kind, value, tb)
    sys.stderr.write("".join(traceback.format_exception(kind, value, tb)))
    app = QApplication.instance()
    if _showing or app is None or not interactive:
        return
    _showing = True
    try:
        where = (
            Crash.tr("The details were saved to:\n%1").replace("%1", str(path))
            if path
            else Crash.tr("The details could not be saved.")
        )
        text = Crash.tr(
            "Something went wrong: %1\n\nYour notes and the open pack are kept; you can go on "
            "working, or restart the app if something looks wrong."
        ).replace("%1", str(value))
        QtWidgets.QMessageBox.critical(None, Crash.tr("Briefing hit a problem"), f"{text}\n\n{where}")
    finally:
        _showing = False


#: False for runs nobody watches (``--screenshot``, the offscreen platform): no dialog, which
#: would wait forever for a click, only the log and stderr.
interactive = True


def install(watched: bool = True) -> None:
    """Make :func:`handle_exception` the process's exception hook.

    ``watched=False`` (a screenshot run, the offscreen platform) logs errors
    without a dialog.
    """
    global interactive
    interactive = watched
    sys.excepthook = handle_exception
