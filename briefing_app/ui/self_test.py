"""Checks that an installation can run: what a frozen or packaged build can lose.

A frozen app can start and still miss a data folder, an icon font, an image
plugin or the ICU data Qt collates with; each check here exercises one of them
the way the app uses it and says what it saw.  ``briefing-app self-test``
(:mod:`briefing_app.commands.self_test`) runs them; the packaging smoke tests
run that command against the frozen folder and the installed package.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCollator, QLocale, QSize
from PySide6.QtGui import QGuiApplication, QIcon, QImage, QImageReader

from briefing_app import __version__
from briefing_app.core import resources

#: Image formats the reader and the icons need (PNG is built into QtGui; SVG and
#: JPEG come from plugins a frozen build must carry).
NEEDED_IMAGE_FORMATS = ("png", "svg", "jpeg")


@dataclass(frozen=True)
class Check:
    """One check's outcome: its ``name``, whether it passed, and what was seen (``detail``)."""

    name: str
    ok: bool
    detail: str

    def as_dict(self) -> dict[str, object]:
        """Return the check as a JSON-ready dict with keys ``name``, ``ok``, ``detail``."""
        return {"name": self.name, "ok": self.ok, "detail": self.detail}


def painted_pixels(icon: QIcon, side: int = 32) -> int:
    """Return how many pixels of ``icon`` rendered at ``side`` x ``side`` px are not transparent."""
    image = icon.pixmap(QSize(side, side)).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha()
    )


def _version() -> Check:
    from importlib import metadata

    try:
        installed = metadata.version("briefing-app")
    except metadata.PackageNotFoundError:
        return Check("version", False, "no package metadata: the app is not installed")
    ok = installed == __version__
    return Check(
        "version",
        ok,
        __version__ if ok else f"the code says {__version__}, the package {installed}",
    )


def _data_folders() -> Check:
    content, res = resources.content_dir(), resources.resources_dir()
    ok = content.is_dir() and res.is_dir()
    return Check("data folders", ok, f"content {content}, resources {res}")


def _bundled_pack() -> Check:
    from briefing_app.core.pack.loader import load_pack

    pack = load_pack()
    errors = sum(p.severity == "error" for p in pack.problems)
    detail = (
        f"{pack.info.title}: {len(pack.topics)} topics, {len(pack.terms)} terms, {errors} errors"
    )
    return Check("bundled pack", bool(pack.topics) and not errors, detail)


def _stylesheet() -> Check:
    text = resources.read_resource("reader.css")
    return Check("reader stylesheet", bool(text.strip()), f"{len(text)} characters")


def _icon_font() -> Check:
    import qtawesome

    drawn = painted_pixels(qtawesome.icon("mdi6.magnify", color="black"))
    return Check("icon font", drawn > 0, f"qtawesome mdi6.magnify: {drawn} of 1024 pixels drawn")


def _app_icon() -> Check:
    path = resources.resources_dir() / "icons" / "briefing-app.svg"
    drawn = painted_pixels(QIcon(str(path))) if path.is_file() else 0
    return Check("app icon (SVG)", drawn > 0, f"{path.name}: {drawn} of 1024 pixels drawn")


def _image_formats() -> Check:
    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    missing = [f for f in NEEDED_IMAGE_FORMATS if f not in formats]
    detail = f"missing {', '.join(missing)}" if missing else ", ".join(NEEDED_IMAGE_FORMATS)
    return Check("image formats", not missing, detail)


def _collation() -> Check:
    """Sort with Qt's ICU collation: Russian alphabetical order and Chinese pinyin order."""
    russian = QCollator(QLocale(QLocale.Language.Russian))
    words = sorted(["яблоко", "ёж", "абрикос"], key=russian.sortKey)
    chinese = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    places = sorted(["中国", "哈萨克斯坦", "阿拉木图"], key=chinese.sortKey)
    ok = words == ["абрикос", "ёж", "яблоко"] and places == ["阿拉木图", "哈萨克斯坦", "中国"]
    return Check("collation", ok, f"{' < '.join(words)}; {' < '.join(places)}")


def _print_support() -> Check:
    from PySide6 import QtPrintSupport

    return Check("print support", True, f"{QtPrintSupport.__name__} imported")


def _child_environment() -> Check:
    """Programs the app starts (a browser for a web link) must not get the bundle's libraries.

    Only a frozen build (``sys._MEIPASS``) can leak them, through ``LD_LIBRARY_PATH``,
    ``DYLD_LIBRARY_PATH`` or ``QT_PLUGIN_PATH``; see packaging/rthook_qt.py.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is None:
        return Check("child environment", True, "not a frozen build")
    names = ("LD_LIBRARY_PATH", "DYLD_LIBRARY_PATH", "QT_PLUGIN_PATH")
    leaked = [name for name in names if bundle in os.environ.get(name, "")]
    shown = ", ".join(f"{name}={os.environ[name]}" for name in names if name in os.environ)
    detail = (
        f"{', '.join(leaked)} point into {bundle}" if leaked else (shown or "no library paths set")
    )
    return Check("child environment", not leaked, detail)


def _platform() -> Check:
    name = QGuiApplication.platformName()
    return Check("platform plugin", bool(name), name or "none")


def desktop_platform() -> Check:
    """The plugin a window would use in the user's session (xcb or wayland), and whether
    its system libraries are all there; made before any QApplication exists, since Qt
    aborts when that plugin cannot load (:func:`platform_check.desktop_check`)."""
    from briefing_app.ui.window.platform_check import desktop_check

    ok, detail = desktop_check()
    return Check("desktop platform", ok, detail)


#: The checks in the order they run, with the name each reports under.
CHECKS: tuple[tuple[str, Callable[[], Check]], ...] = (
    ("version", _version),
    ("data folders", _data_folders),
    ("bundled pack", _bundled_pack),
    ("reader stylesheet", _stylesheet),
    ("platform plugin", _platform),
    ("icon font", _icon_font),
    ("app icon (SVG)", _app_icon),
    ("image formats", _image_formats),
    ("collation", _collation),
    ("print support", _print_support),
    ("child environment", _child_environment),
)


def run_checks() -> list[Check]:
    """Run every check (creating the QApplication if needed) and return the outcomes in order.

    A check that raises is reported as failed with the exception's message;
    nothing here raises.  The desktop platform is checked first; if its
    plugin cannot load, the other checks run on Qt's offscreen platform so
    that they still report (the QApplication would otherwise not start).
    """
    from briefing_app.ui.window.app import make_application

    try:
        desktop = desktop_platform()
    except Exception as error:  # report, never crash: this is a diagnostic
        desktop = Check("desktop platform", False, f"{type(error).__name__}: {error}")
    if not desktop.ok and QGuiApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    make_application()
    outcomes = [desktop]
    for name, check in CHECKS:
        try:
            outcomes.append(check())
        except Exception as error:  # report, never crash: this is a diagnostic
            outcomes.append(Check(name, False, f"{type(error).__name__}: {error}"))
    return outcomes
