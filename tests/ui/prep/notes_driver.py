"""Drives the real window in a separate process, for the kill test of the notes.

    python notes_driver.py type TOPIC TEXT   types TEXT into the note of TOPIC, prints
                                             "SAVED" when the store has it, then waits
                                             (forever: the test kills the process)
    python notes_driver.py read TOPIC        prints the note the window shows, as JSON
    python notes_driver.py quit TOPIC TEXT   types TEXT, then closes the window as a user
                                             does (the app quits) and exits

The user folders come from the environment (``BRIEFING_DATA_DIR`` and friends).
"""

from __future__ import annotations

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent

from briefing_app.core import load_pack
from briefing_app.ui.window.app import make_application
from briefing_app.ui.window.main_window import MainWindow


def main() -> int:
    mode, topic = sys.argv[1], sys.argv[2]
    app = make_application()
    window = MainWindow(load_pack())
    window.show()
    window.open_topic(topic)
    editor = window.prep.notes.editor
    if mode == "read":
        print(json.dumps(editor.toPlainText()), flush=True)
        return 0
    text = sys.argv[3]

    def type_all() -> None:
        editor.setFocus()
        for char in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
                app.sendEvent(editor, event)
        print("TYPED", flush=True)

    window.prep.notes.note_saved.connect(lambda _topic: print("SAVED", flush=True))
    QTimer.singleShot(0, type_all)
    if mode == "quit":
        QTimer.singleShot(0, window.close)  # before the half-second save timer fires
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
