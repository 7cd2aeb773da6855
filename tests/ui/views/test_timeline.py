"""Go → Timeline: one marker per event, clicks open topics, a topic filter, zoom, export."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage, QPalette

from briefing_app.core import load_pack
from briefing_app.ui.views import VIEWS, show_view
from briefing_app.ui.views.timeline_window import NO_TIMELINE, TimelineWindow
from briefing_app.ui.window.main_window import MainWindow


def open_timeline(window: MainWindow, qtbot) -> TimelineWindow:
    shown = show_view(window, "timeline")
    assert isinstance(shown, TimelineWindow)
    qtbot.waitExposed(shown)
    return shown


def test_one_marker_per_event_and_lanes_without_collisions(window: MainWindow, qtbot):
    timeline = open_timeline(window, qtbot)
    view = timeline.view
    assert len(view.markers) == len(window.pack.timeline) == len(view.layout_.marks)
    assert timeline.count.text() == f"{len(window.pack.timeline)} events"
    labels = [item for item in view.scene().items() if hasattr(item, "text") and item.zValue() == 3]
    rects = sorted((item.sceneBoundingRect() for item in labels), key=lambda r: r.left())
    for index, a in enumerate(rects):
        for b in rects[index + 1 :]:
            assert not a.adjusted(1, 1, -1, -1).intersects(b.adjusted(1, 1, -1, -1)), (a, b)
    assert show_view(window, "timeline") is timeline  # one window, raised again
    assert "timeline" in VIEWS and "glance" in VIEWS and "rehearse" in VIEWS


def test_clicking_a_marker_opens_its_topic_in_the_main_window(window: MainWindow, qtbot):
    timeline = open_timeline(window, qtbot)
    view = timeline.view
    index = next(i for i, m in enumerate(view.layout_.marks) if m.event.topics[0] == "dry-port")
    marker = view.markers[index]
    view.ensureVisible(marker)
    point = view.mapFromScene(marker.sceneBoundingRect().center())
    assert view.event_at(point.toPointF()) is view.layout_.marks[index].event
    assert "Click to open the topic" in marker.toolTip()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.reader.page == ("topic", "dry-port")


def test_the_filter_shows_the_events_of_a_topic_and_the_topics_under_it(window, qtbot):
    timeline = open_timeline(window, qtbot)
    index = timeline.filter.findData("khorgos")
    assert index > 0
    timeline.filter.setCurrentIndex(index)
    under = {"khorgos", "khorgos-eastern-gate-sez", "icbc", "dry-port"}
    expected = [e for e in window.pack.timeline if under & set(e.topics)]
    assert len(timeline.view.markers) == len(expected) < len(window.pack.timeline)
    assert timeline.count.text() == f"{len(expected)} of {len(window.pack.timeline)} events"
    timeline.filter.setCurrentIndex(0)
    assert len(timeline.view.markers) == len(window.pack.timeline)


def test_zoom_keeps_the_centre_and_frees_lanes(window: MainWindow, qtbot):
    view = open_timeline(window, qtbot).view
    before_scale, before_lanes = view.layout_.scale, view.layout_.lanes
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    view.zoom(4.0)
    assert view.layout_.scale > before_scale * 4 and view.layout_.lanes < before_lanes
    assert not view.fitted
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert view.fitted and abs(view.layout_.scale - before_scale) < 1e-6
    view.wheelEvent  # noqa: B018 - Ctrl+wheel goes through zoom(), tested above


def test_export_writes_a_valid_svg_and_png(window: MainWindow, qtbot, tmp_path: Path):
    timeline = open_timeline(window, qtbot)
    assert timeline.save(tmp_path / "t.svg") == ""
    root = ET.parse(tmp_path / "t.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert len(root.findall(".//{http://www.w3.org/2000/svg}circle")) == len(window.pack.timeline)
    assert timeline.save(tmp_path / "t.png") == ""
    image = QImage(str(tmp_path / "t.png"))
    assert not image.isNull() and image.width() > 400
    assert "use a name ending in .svg or .png" in timeline.save(tmp_path / "t.gif")
    assert timeline.save(tmp_path / "missing" / "t.svg").startswith("Could not write")


def test_no_gridline_or_bar_runs_through_a_label(window: MainWindow, qtbot, tmp_path: Path):
    from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsPathItem, QGraphicsRectItem

    from briefing_app.ui.theme import apply_theme

    try:
        apply_theme("high-contrast")
        timeline = open_timeline(window, qtbot)
        view = timeline.view
        qtbot.waitUntil(lambda: view.scene().backgroundBrush().color().name() == "#000000")
        items = view.scene().items()
        lines = [i for i in items if isinstance(i, QGraphicsLineItem | QGraphicsPathItem)]
        labels = [i for i in items if hasattr(i, "text") and i.zValue() == 3]
        page = view.scene().backgroundBrush().color()
        backings = [
            i for i in items if isinstance(i, QGraphicsRectItem) and i.brush().color() == page
        ]
        assert len(backings) == len(labels) == len(window.pack.timeline)
        crossed = 0
        for label in labels:
            text = label.sceneBoundingRect()
            backing = next(b for b in backings if b.sceneBoundingRect().contains(text))
            under = [line for line in lines if line.sceneBoundingRect().intersects(text)]
            crossed += bool(under)
            assert all(line.zValue() < backing.zValue() < label.zValue() for line in under)
        assert crossed > 5  # gridlines and the periods' bars pass under labels
        svg = ET.fromstring(view.to_svg())
        ns = "{http://www.w3.org/2000/svg}"
        for group in svg.iter(f"{ns}g"):  # each event: its label's backing before its text
            tags = [child.tag.removeprefix(ns) for child in group]
            assert tags.index("rect") < tags.index("text"), tags
            rects = [r for r in group.iter(f"{ns}rect") if r.get("fill") == "#000000"]
            assert rects, "the label's backing is the page colour"
    finally:
        apply_theme("system")


def test_the_timeline_follows_the_theme(window: MainWindow, qtbot):
    from briefing_app.ui.theme import apply_theme

    view = open_timeline(window, qtbot).view
    try:
        apply_theme("dark")  # the view redraws itself when the palette changes
        qtbot.waitUntil(lambda: view.scene().backgroundBrush().color().lightness() < 60)
        apply_theme("light")
        qtbot.waitUntil(lambda: view.scene().backgroundBrush().color().lightness() > 200)
    finally:
        apply_theme("system")


def test_the_filter_and_buttons_are_outlined_in_high_contrast(window: MainWindow, qtbot):
    from briefing_app.ui.theme import apply_theme

    timeline = open_timeline(window, qtbot)
    try:
        apply_theme("high-contrast")
        qtbot.waitUntil(
            lambda: timeline.palette().color(QPalette.ColorRole.Window).name() == "#000000"
        )
        for control in timeline.controls:
            image = control.grab().toImage()
            edge = [image.pixelColor(0, y).lightness() for y in range(image.height())]
            assert max(edge) > 120, control  # Fusion's outline: black on the black window
    finally:
        apply_theme("system")


def test_a_pack_without_a_timeline_says_how_to_add_one(make_pack, qtbot):
    win = MainWindow(load_pack(make_pack()))
    qtbot.addWidget(win)
    win.show()
    timeline = open_timeline(win, qtbot)
    assert timeline.view.markers == [] and not timeline.filter.isEnabled()
    texts = [item for item in timeline.view.scene().items() if hasattr(item, "toPlainText")]
    assert texts and "timeline.yaml" in texts[0].toPlainText()
    assert "timeline.yaml" in NO_TIMELINE
    timeline.view.mousePressEvent  # noqa: B018
    qtbot.mouseClick(timeline.view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(30, 30))
