"""Render the window's qtawesome icons to PNG files shipped in ``resources/icons/qta/``.

    python packaging/render_ui_icons.py

Importing qtawesome costs about half a second at start-up (it imports all of
qtpy's Qt enums), more than the rest of the window.  So the icons the window
uses (:data:`briefing_app.ui.icons.ICONS`) are rendered once, here, in the
colours of a light and a dark palette, and the app loads the PNGs; qtawesome
is imported at run time only for an icon that has no PNG.  Run this again
after adding a role to ``ICONS`` (a test checks that every role has its PNGs).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: Pixel size of the rendered icons: sharp at 32 px toolbars on 2x screens.
SIZE = 64


def main() -> int:
    """Write ``resources/icons/qta/<theme>/<role>.png`` for every role and theme."""
    import qtawesome
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QApplication

    from briefing_app.ui.icons import ICONS, THEME_COLOURS

    app = QApplication.instance() or QApplication([])
    for theme, colour in THEME_COLOURS.items():
        folder = ROOT / "resources" / "icons" / "qta" / theme
        folder.mkdir(parents=True, exist_ok=True)
        for role, name in ICONS.items():
            pixmap = qtawesome.icon(name, color=QColor(colour)).pixmap(SIZE, SIZE)
            if not pixmap.save(str(folder / f"{role}.png"), "PNG"):
                print(f"cannot write {role}.png", file=sys.stderr)
                return 1
    del app
    print(f"rendered {len(ICONS)} icons in {len(THEME_COLOURS)} themes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
