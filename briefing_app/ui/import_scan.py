"""A lighter form of the source scan PySide6 runs after every Python import.

Once ``PySide6.QtCore`` is imported, PySide6 replaces ``__import__`` so that
each module imported afterwards is looked at once, to learn whether it may use
the opt-in ``from __feature__ import snake_case, true_property`` switches
(Qt for Python's "Why do we have a __feature__?" page; PYSIDE-2029).  The look
is ``"PySide6" in inspect.getsource(module)``: every module's whole source is
decoded and split into lines, through ``linecache``.  Over the sixty-odd
modules this app imports before its first page is painted that costs about
15 ms, a tenth of a bare Qt window's whole start.

:func:`lighten` keeps the question and changes how it is asked: a module of
Python's standard library, or of this app, is answered "no" without being
read (the standard library never uses PySide6; this app uses it but never
its ``__feature__`` switches, which a test keeps so, and a "no" only makes
PySide6 leave the module out of its feature selection, which is then the
default for every module anyway); any other module with a ``.py`` file is
answered by a search of the file's bytes for ``b"PySide6"`` (Python source is
in an ASCII-compatible encoding, PEP 263, so the text contains the word
exactly when the bytes do).  Anything else (no file, a file that cannot be
read) goes to PySide6's own check.  Not reading the app's own sources matters
most after a reboot, when each would be one more read from the disk before
the first paint.

The scan lives in the private module ``shibokensupport.feature``; if a later
PySide6 has no such function, :func:`lighten` changes nothing.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from types import ModuleType

#: Marks the replacement, so that a second call does not wrap it again.
_LIGHT = "_briefing_light_scan"
#: This app's package folder: its modules never use ``__feature__`` (see the module doc).
_OWN = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + os.sep
#: The standard library's folder, and the folders inside it that hold other packages.
_STDLIB = os.path.dirname(os.__file__) + os.sep
_NOT_STDLIB = ("site-packages", "dist-packages")


def lighten() -> bool:
    """Replace PySide6's per-import source scan with a byte search of the module's file.

    Call after ``PySide6.QtCore`` is imported; idempotent.  Returns True if
    the scan is now the light one, False if this PySide6 has no such scan
    (nothing is changed then).  Raises nothing.
    """
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if not callable(original):
        return False
    if getattr(original, _LIGHT, False):
        return True
    feature._mod_uses_pyside = _light_scan(original)  # type: ignore[union-attr]
    return True


def _light_scan(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            if in_stdlib(path) or path.startswith(_OWN):
                return False
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(original(module))

    setattr(uses_pyside, _LIGHT, True)
    return uses_pyside


def in_stdlib(path: str) -> bool:
    """True if ``path`` (a module's ``__file__``) is in Python's standard library folder.

    Packages installed inside that folder (``site-packages``, Debian's
    ``dist-packages``) are not the standard library.
    """
    if not path.startswith(_STDLIB):
        return False
    return path[len(_STDLIB) :].split(os.sep, 1)[0] not in _NOT_STDLIB
