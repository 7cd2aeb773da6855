"""The plain ints of :mod:`briefing_app.ui.qt_ints` are the values of PySide6's Qt enums."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt

from briefing_app.ui import qt_ints

#: Each int of the module beside the enum member it stands for.
STANDS_FOR: dict[str, Enum] = {
    "DISPLAY_ROLE": Qt.ItemDataRole.DisplayRole,
    "DECORATION_ROLE": Qt.ItemDataRole.DecorationRole,
    "TOOL_TIP_ROLE": Qt.ItemDataRole.ToolTipRole,
    "FONT_ROLE": Qt.ItemDataRole.FontRole,
    "FOREGROUND_ROLE": Qt.ItemDataRole.ForegroundRole,
    "ACCESSIBLE_TEXT_ROLE": Qt.ItemDataRole.AccessibleTextRole,
    "USER_ROLE": Qt.ItemDataRole.UserRole,
    "VERTICAL": Qt.Orientation.Vertical,
    "TEXT_BESIDE_ICON": Qt.ToolButtonStyle.ToolButtonTextBesideIcon,
    "SCROLL_BAR_AS_NEEDED": Qt.ScrollBarPolicy.ScrollBarAsNeeded,
    "SCROLL_BAR_ALWAYS_OFF": Qt.ScrollBarPolicy.ScrollBarAlwaysOff,
}


def test_each_int_is_the_value_of_its_qt_enum():
    names = {name for name in vars(qt_ints) if name.isupper()}
    assert names == set(STANDS_FOR), "every int is checked"
    assert {name: getattr(qt_ints, name) for name in names} == {
        name: member.value for name, member in STANDS_FOR.items()
    }
