"""Run-time hook of the frozen app: start it without importing Qt, and keep children clean.

It replaces PyInstaller's own PySide6 run-time hook (see packaging/briefing-app.spec),
which imports ``PySide6.QtCore`` before the app starts to register a ``qt.conf`` and sets
``QT_PLUGIN_PATH``.  The PySide6 wheels register an embedded ``qt.conf`` themselves when
QtCore is first imported, which is how Qt finds the bundled plugins; importing Qt up front
made every headless command (``check``, ``search``, ``--version``) about 80 ms slower than
from source, and ``QT_PLUGIN_PATH`` would be inherited by every program the app starts.

On Linux the bootloader restarts the app with ``LD_LIBRARY_PATH`` pointing into the
bundle (keeping the user's value in ``LD_LIBRARY_PATH_ORIG``).  The dynamic loader reads it
once, at start, so it can be put back now: a program the app starts (``xdg-open`` and the
browser, for a web link) then loads its own libraries, not the bundle's Qt and ICU.
"""

import os
import sys

if sys.platform.startswith("linux"):
    _original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if _original is None:
        os.environ.pop("LD_LIBRARY_PATH", None)
    else:
        os.environ["LD_LIBRARY_PATH"] = _original
    del _original
