"""Start the GUI: the QApplication, the main window, and ``--screenshot`` mode."""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QMessageLogContext,
    QObject,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from briefing_app.core.resources import resources_dir
from briefing_app.ui.i18n import LANGUAGE_KEY, choose_language, install_translators
from briefing_app.ui.theme import THEMES, apply_theme
from briefing_app.ui.window import crash
from briefing_app.ui.window import settings as saved
from briefing_app.ui.window.first_paint import when_painted
from briefing_app.ui.window.pack_loader import PackLoader

#: The window's size in a screenshot unless --size says otherwise (pixels).
SCREENSHOT_SIZE = (1280, 800)
#: Time given to the window to lay out and paint before a screenshot (ms).
SCREENSHOT_SETTLE_MS = 150
#: The garbage collector, paused for the start, runs again at the first paint or after this (ms).
COLLECTOR_PAUSE_MAX_MS = 1000


def _qt_message(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt message handler for the offscreen platform: drop its one harmless complaint."""
    if "does not support propagateSizeHints" not in message:
        sys.stderr.write(message + "\n")


class StartGuard:
    """Qt message handler while the QApplication is created: Qt's abort becomes a clear message.

    On the fatal message Qt sends when no platform plugin starts, it hands
    over to :func:`briefing_app.ui.window.platform_check.explain_and_exit`
    (imported only then), which names the missing libraries or the missing
    display and exits with code 1.  Messages of the ``qt.qpa`` categories are
    held back, as one of them is Qt's misleading hint about ``libxcb-cursor0``,
    and written by :meth:`release` after a start that went on; others pass
    straight to stderr in Qt's default format.
    """

    def __init__(self) -> None:
        self.held: list[str] = []

    def __call__(self, mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        """Qt API: handle one message (on a fatal one, explain and exit)."""
        category = context.category or "default"
        text = message if category == "default" else f"{category}: {message}"
        if mode == QtMsgType.QtFatalMsg:
            from briefing_app.ui.window.platform_check import explain_and_exit

            explain_and_exit(self.held, message)
        if category.startswith("qt.qpa"):
            self.held.append(text)
        else:
            sys.stderr.write(text + "\n")

    def release(self) -> None:
        """Write the held messages to stderr (the start went on; they may still help)."""
        for text in self.held:
            sys.stderr.write(text + "\n")
        self.held.clear()


def make_application(argv: list[str] | None = None) -> QApplication:
    """Return the QApplication (creating it once) with the app's names and icon.

    If Qt cannot start a platform plugin (missing system libraries, no
    display), this prints which and how to fix it and exits the process with
    code 1 instead of Qt's abort (:class:`StartGuard`).
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        QGuiApplication.setApplicationName("briefing-app")
        QGuiApplication.setApplicationDisplayName("Briefing")
        QGuiApplication.setOrganizationName("Briefing")
        QGuiApplication.setDesktopFileName("briefing-app")
        guard = StartGuard()
        previous = qInstallMessageHandler(guard)
        try:
            app = QApplication(argv if argv is not None else sys.argv[:1])
        finally:
            qInstallMessageHandler(previous)  # None restores Qt's default handler
        guard.release()
        if QGuiApplication.platformName() == "offscreen":
            qInstallMessageHandler(_qt_message)
    icon_file = resources_dir() / "icons" / "briefing-app.svg"
    if icon_file.is_file():
        app.setWindowIcon(QIcon(str(icon_file)))
    return app


def save_screenshot(window: object, path: Path) -> bool:
    """Grab ``window`` (a QWidget) into ``path``; the format follows the suffix (.png, .jpg, ...).

    Returns False if the file could not be written (no such folder, a format
    Qt cannot write).
    """
    from PySide6.QtWidgets import QWidget

    assert isinstance(window, QWidget)
    return window.grab().save(str(path))


def screenshot_problem(path: Path) -> str | None:
    """Return why a screenshot cannot be written to ``path``, or None if it can be tried."""
    from PySide6.QtGui import QImageWriter

    if not path.parent.is_dir():
        return f"the folder {path.parent} does not exist"
    formats = {bytes(f.data()).decode() for f in QImageWriter.supportedImageFormats()}
    if path.suffix.lower().lstrip(".") not in formats:
        return f"cannot write {path.suffix or 'files without an extension'}; use .png or .jpg"
    return None


class QuitAfterFirstPaint(QObject):
    """Event filter that quits the application once ``watched`` has painted.

    Start-up benchmarks use it (``--quit-after-first-paint``): at the first
    painted page it prints ``first-paint-monotonic SECONDS`` (``time.monotonic``)
    and quits.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Qt API: on the first Paint event, schedule the quit; never consume events."""
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print("first-paint-monotonic", time.monotonic(), flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


def _unknown_view(name: str | None) -> str | None:
    """Return why ``--view name`` cannot be shown (no such view), or None."""
    if not name:
        return None
    from briefing_app.ui.views import VIEWS

    if name in VIEWS:
        return None
    return f"no view {name!r}; use one of: {', '.join(VIEWS)}"


def run_gui(args: argparse.Namespace) -> int:
    """Open the main window for ``args.content`` (or the bundled pack); return the exit code.

    With ``args.screenshot`` set, the window is rendered once, saved (the
    format follows the file's suffix) and the app exits: 0 on success, 2 if
    the file cannot be written or ``--topic`` names no topic of the pack.
    """
    from briefing_app.ui.window.main_window import MainWindow

    app = make_application()
    # Before any widget is made, so the whole window is in the language (English: nothing).
    language = choose_language(
        getattr(args, "lang", None), saved.read_str(saved.open_settings(), LANGUAGE_KEY)
    )
    install_translators(app, language)
    benchmark = getattr(args, "quit_after_first_paint", False) or getattr(
        args, "quit_after_load", False
    )
    crash.install(
        watched=args.screenshot is None
        and not benchmark
        and QGuiApplication.platformName() != "offscreen"
    )
    loader = PackLoader()
    loader.defer()  # a big pack's background load starts once the window has painted
    pack = loader.open(
        args.content,
        lambda info: args.topic or saved.last_topic(info.id),
        preview=args.screenshot is None,
    )
    if not pack.topics:
        for problem in pack.problems:
            print(problem.format(), file=sys.stderr)
        print(
            "briefing-app: the pack has no usable topics; see the problems above", file=sys.stderr
        )
        return 2
    refusal = _unknown_view(getattr(args, "view", None))
    if args.screenshot is not None:
        refusal = refusal or screenshot_problem(args.screenshot)
        if args.topic and args.topic not in pack.topics:
            refusal = f"no topic {args.topic!r} in this pack"
    if refusal:
        print(f"briefing-app: {refusal}", file=sys.stderr)
        return 2
    theme = getattr(args, "theme", None) or saved.saved_theme(THEMES)
    if theme != "system":
        apply_theme(theme)  # before the window is built, so its first frame is in the theme
    window = MainWindow(pack, loader, restore=args.screenshot is None)
    if args.screenshot is not None:  # the same picture whatever screen renders it
        window.resize(*(getattr(args, "size", None) or SCREENSHOT_SIZE))
    if args.screenshot is None:
        app.aboutToQuit.connect(window.save_state_at_quit)
    else:  # a picture leaves the user's window state and library as they were
        window.keeps_state = False
    app.aboutToQuit.connect(loader.cancel)  # a load cut short writes no cache
    if args.topic:
        window.open_topic(args.topic)
    if getattr(args, "quit_after_first_paint", False):
        watcher = QuitAfterFirstPaint(window)
        window.reader.viewport().installEventFilter(watcher)
    if getattr(args, "quit_after_load", False):  # a whole session's caches, for benchmarks
        if pack.complete:
            QTimer.singleShot(0, app.quit)
        else:
            loader.loaded.connect(lambda _pack: QTimer.singleShot(0, app.quit))
    window.show()
    # The command line paused the cyclic garbage collector for the start (cli.main).
    when_painted(window.reader.viewport(), window, gc.enable)
    when_painted(window.reader.viewport(), window, loader.resume)
    QTimer.singleShot(COLLECTOR_PAUSE_MAX_MS, gc.enable)  # a window that never paints
    QTimer.singleShot(COLLECTOR_PAUSE_MAX_MS, loader.resume)
    shown: object = window
    if getattr(args, "view", None):  # --view NAME: the view over the window
        from briefing_app.ui.views import show_view

        shown = show_view(window, args.view)
        if args.screenshot is not None and shown is not window:  # the view's window, the same size
            if shown.isFullScreen():  # rehearsal: the size of a screen, whatever renders it
                shown.showNormal()
            shown.resize(*(getattr(args, "size", None) or SCREENSHOT_SIZE))
    if args.screenshot is not None:
        result: list[int] = []

        def shoot() -> None:
            ok = save_screenshot(shown, args.screenshot)
            if not ok:
                print(f"briefing-app: cannot write {args.screenshot}", file=sys.stderr)
            result.append(0 if ok else 2)
            window.hide()
            app.quit()

        QTimer.singleShot(SCREENSHOT_SETTLE_MS, shoot)
        app.exec()
        if not result:  # the window was closed (or the display went) before the picture
            print(
                f"briefing-app: {args.screenshot} not written: the window closed first",
                file=sys.stderr,
            )
        return result[0] if result else 2
    return app.exec()
