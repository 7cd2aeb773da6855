"""Say why no window can open, instead of Qt's abort: missing libraries or no display.

When Qt cannot start any platform plugin it reports ``qFatal`` ("This
application failed to start because no Qt platform plugin could be
initialized") and aborts the process, after a hint that blames
``libxcb-cursor0`` whatever is missing.  Qt hands every message, the fatal
one included, to the installed message handler first (Qt docs,
``qInstallMessageHandler``), and aborts only when the handler returns.
:class:`briefing_app.ui.window.app.StartGuard` is that handler while the
QApplication is created: on the fatal message it calls
:func:`explain_and_exit`, which prints :func:`diagnose`'s explanation and
exits with code 1 before Qt can abort.  This module is imported only then, so
a normal start pays for two ``qInstallMessageHandler`` calls and nothing
else, and the check never second-guesses Qt: it runs once Qt has failed.

:func:`desktop_check` is the same inspection for ``briefing-app self-test``,
made *before* any QApplication exists, for the plugin the user's session
would use (from ``DISPLAY``, ``WAYLAND_DISPLAY``, ``XDG_SESSION_TYPE``,
``QT_QPA_PLATFORM``).
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import NoReturn

from PySide6.QtCore import QLibraryInfo

from briefing_app.core import system_libs

_TRIED = re.compile(r'platform plugin "([^"]+)"')
_NO_CONNECTION = re.compile(r"could not connect to display ?(\S*)")
#: Qt's hint printed whatever the xcb plugin lacks (even a reachable display): never repeated.
_MISLEADING = "xcb-cursor0 or libxcb-cursor0 is needed"
PROGRAM = "briefing-app"


def plugins_dir() -> Path:
    """Return Qt's plugin folder (``QLibraryInfo.LibraryPath.PluginsPath``; PySide6's own)."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))


def library_dirs() -> list[Path]:
    """Return the folders of the libraries that ship with Qt (and, frozen, with the app)."""
    found = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.LibrariesPath))]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        found.append(Path(bundle))
    return found


def plugin_file(platform: str) -> Path:
    """Return the file of the platform plugin ``platform`` (``wayland-egl`` lives in libqwayland)."""
    base = "wayland" if platform.startswith("wayland") else platform
    suffix = ".dll" if sys.platform == "win32" else ".dylib" if sys.platform == "darwin" else ".so"
    return plugins_dir() / "platforms" / f"libq{base}{suffix}"


def missing_for(platform: str) -> list[str]:
    """Return the libraries the plugin of ``platform`` needs and cannot find ([] if none, or
    if the plugin is not there or cannot be inspected)."""
    plugin = plugin_file(platform)
    if not sys.platform.startswith("linux") or not plugin.is_file():
        return []
    try:
        return system_libs.missing_libraries(plugin, library_dirs())
    except (OSError, ValueError):
        return []


def diagnose(tried: list[str], qt_said: str, environ: Mapping[str, str] | None = None) -> str:
    """Return the message for a window that cannot open, one ``briefing-app: ...`` line per cause.

    Args:
        tried: the platform plugins Qt tried (from its messages), e.g. ``["xcb"]``.
        qt_said: Qt's own messages, quoted when no cause is found.
        environ: the environment (default ``os.environ``).
    """
    environ = os.environ if environ is None else environ
    platforms = tried or system_libs.desktop_platforms(environ) or ["xcb"]
    lines = []
    for platform in dict.fromkeys(platforms):
        missing = missing_for(platform)
        if missing:
            lines.append(system_libs.missing_message(platform, missing))
    requested = environ.get("QT_QPA_PLATFORM", "")
    if not system_libs.has_display(environ) and requested in ("", "xcb"):
        lines.append(system_libs.NO_DISPLAY)
    unreachable = _NO_CONNECTION.search(qt_said)
    if not lines and unreachable:
        display = unreachable.group(1) or environ.get("DISPLAY", "")
        lines.append(
            f"cannot connect to the X display {display!r}: check that it is running and that "
            "this user may use it (DISPLAY, XAUTHORITY); for headless use set "
            "QT_QPA_PLATFORM=offscreen."
        )
    if not lines:
        said = [
            line.strip()
            for line in qt_said.splitlines()
            if line.strip() and _MISLEADING not in line and not line.startswith("Available")
        ]
        lines.append(
            f"Qt could not start its {' or '.join(platforms)} platform plugin "
            f"({' '.join(said)}). For headless use set QT_QPA_PLATFORM=offscreen."
        )
    return "\n".join(f"{PROGRAM}: cannot open a window: {line}" for line in lines)


def explain_and_exit(held: list[str], fatal: str) -> NoReturn:
    """Qt's fatal start-up message arrived: print :func:`diagnose`'s lines and exit with code 1.

    Args:
        held: the ``qt.qpa`` messages Qt wrote before (they name the plugins it tried).
        fatal: the fatal message itself.

    Exits with ``os._exit(1)`` from inside Qt's message handler, before Qt's
    ``abort()``: no core dump, and a clear exit code.
    """
    tried = _TRIED.findall("\n".join(held))
    sys.stdout.flush()
    print(diagnose(tried, "\n".join([*held, fatal])), file=sys.stderr, flush=True)
    os._exit(1)


def desktop_check(environ: Mapping[str, str] | None = None) -> tuple[bool, str]:
    """Return (ok, detail) for the platform plugin a window would use in this session.

    Inspects the plugins of :func:`system_libs.desktop_platforms` without
    loading Qt's GUI: ok if one of them has every library it needs.  With no
    display it is ok (the installation is fine; the session has no desktop)
    and says so.  Never raises.
    """
    environ = os.environ if environ is None else environ
    platforms = system_libs.desktop_platforms(environ)
    if not platforms:
        return True, f"none: {system_libs.NO_DISPLAY}"
    problems = []
    for platform in platforms:
        if not plugin_file(platform).is_file():
            problems.append(f"{platform}: no plugin at {plugin_file(platform)}")
            continue
        missing = missing_for(platform)
        if not missing:
            where = environ.get("WAYLAND_DISPLAY" if platform.startswith("wayland") else "DISPLAY")
            return True, f"{platform} ({where or 'from QT_QPA_PLATFORM'}): its libraries load"
        problems.append(system_libs.missing_message(platform, missing))
    return False, " ".join(problems)
