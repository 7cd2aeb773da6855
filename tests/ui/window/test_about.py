"""Help → About: the version, the pack, and the licences of what ships, checked against the
installed packages' own metadata."""

from __future__ import annotations

import re
from dataclasses import replace
from importlib import metadata

import pytest
from PySide6.QtCore import QUrl

from briefing_app import version
from briefing_app.core.pack.model import PackInfo
from briefing_app.ui.window.about import LICENCES, AboutDialog, about_html, pack_rows
from briefing_app.ui.window.main_window import MainWindow

#: Trove classifiers to SPDX identifiers, for distributions that state their licence only so.
CLASSIFIERS = {
    "License :: OSI Approved :: MIT License": "MIT",
    "License :: OSI Approved :: ISC License (ISCL)": "ISC",
    "License :: OSI Approved :: BSD License": "BSD-3-Clause",
    "License :: OSI Approved :: Apache Software License": "Apache-2.0",
}


def installed_licence(distribution: str) -> str:
    """The licence an installed distribution declares: License-Expression, else License (a
    one-line identifier, not a whole text), else its licence classifiers."""
    data = metadata.metadata(distribution)
    expression = data.get("License-Expression") or ""
    if expression:
        return expression.strip()
    field = (data.get("License") or "").strip()
    if field and "\n" not in field and len(field) < 80:
        return field
    found = [CLASSIFIERS[c] for c in data.get_all("Classifier") or [] if c in CLASSIFIERS]
    return " OR ".join(found)


@pytest.mark.parametrize("item", [x for x in LICENCES if x.distribution], ids=lambda x: x.name)
def test_each_licence_is_the_one_the_installed_package_declares(item):
    try:
        declared = installed_licence(item.distribution)
    except metadata.PackageNotFoundError:
        pytest.skip(f"{item.distribution} is not installed here")
    assert declared == item.licence


def test_the_icon_font_licence_is_the_one_qtawesome_states():
    text = metadata.metadata("QtAwesome").get_payload() or ""
    assert re.search(
        r"Material Design Icons\].*licensed under the \[Apache License Version 2\.0", text
    )
    icons = next(x for x in LICENCES if x.name.startswith("Material Design Icons"))
    assert icons.licence == "Apache-2.0"


def test_the_about_box_shows_the_version_the_pack_and_the_licences(window: MainWindow, qtbot):
    window.about_action.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    text = dialog.text.toPlainText()
    info = window.pack.info
    assert f"Briefing {version()}" in text
    for shown in (
        info.title,
        info.version,
        info.updated,
        info.source["title"],
        info.source["publisher"],
    ):
        assert shown in text
    for item in LICENCES:
        assert item.name in text and item.licence in text
    assert "LGPL-3.0-only" in text and "BSD-3-Clause" in text and "ISC" in text
    bar = dialog.text.verticalScrollBar()
    assert bar.maximum() > 0, "long enough to scroll, and it does"


def test_pack_rows_leave_out_what_the_pack_does_not_say_and_show_audience_and_facts_date():
    info = PackInfo(title="T", version="2", updated="2026-01-02", source={"publisher": "P"})
    assert pack_rows(info) == [
        ("Pack", "T"),
        ("Edition", "2"),
        ("Updated", "2026-01-02"),
        ("Source", "P"),
    ]

    told = replace(info, audience="Ministers and their advisers", facts_as_of="2025-06-30")
    rows = dict(pack_rows(told))
    assert rows["Audience"] == "Ministers and their advisers"
    assert rows["Facts as of"] == "2025-06-30"
    assert "Ministers and their advisers" in about_html(told)


def test_a_licence_link_asks_before_it_leaves_the_app(window: MainWindow, _no_modal_dialogs):
    window.about_action.trigger()
    dialog = window.findChild(AboutDialog)
    dialog.text.anchorClicked.emit(QUrl(LICENCES[0].url))
    assert any(LICENCES[0].url in shown for shown in _no_modal_dialogs), "asked first"
    assert dialog.text.toPlainText().startswith("Briefing"), "the text stays"
