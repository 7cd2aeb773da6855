"""The Map view: markers, routes, labels, clicks, zoom, the scale bar, export and themes."""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel

from briefing_app.core.geo.labels import overlaps
from briefing_app.core.geo.projection import great_circle_km
from briefing_app.core.pack.model import Pack
from briefing_app.ui import theme
from briefing_app.ui.views.map import MapView, MapWindow, show_map
from briefing_app.ui.views.map_items import LabelItem, PlaceItem, RouteItem
from briefing_app.ui.window.main_window import MainWindow
from tests.core.geo.demo import demo_pack, demo_places, demo_routes


@pytest.fixture(autouse=True)
def _back_to_system():
    yield
    theme.apply_theme("system")


@pytest.fixture
def map_window(qtbot) -> MapWindow:
    window = MapWindow(demo_pack())
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    qtbot.waitExposed(window)
    assert window.view is not None
    window.view.fit()
    return window


def view_of(window: MapWindow) -> MapView:
    assert window.view is not None
    return window.view


def at(view: MapView, item) -> QPoint:
    """Where ``item``'s anchor is in the viewport."""
    return view.mapFromScene(item.pos())


def label_rects(view: MapView) -> list[tuple[str, tuple[float, float, float, float]]]:
    """Each shown label's text rectangle, in viewport pixels."""
    found = []
    for label, _anchor, _group in view.labels:
        if label.isVisible():
            rect = label.rect.translated(QPointF(view.mapFromScene(label.pos())))
            found.append((label.text, (rect.left(), rect.top(), rect.right(), rect.bottom())))
    return found


def test_one_marker_per_place_and_one_path_per_route(map_window: MapWindow):
    view = view_of(map_window)
    markers = [i for i in view.scene().items() if isinstance(i, PlaceItem)]
    routes = [i for i in view.scene().items() if isinstance(i, RouteItem)]
    assert sorted(m.place.id for m in markers) == sorted(p.id for p in demo_places())
    assert sorted(r.route.id for r in routes) == sorted(r.id for r in demo_routes())
    northern = next(r for r in routes if r.route.id == "northern-rail")
    assert northern.path().elementCount() > 7, "great-circle arcs, not straight chords"


def test_astana_is_drawn_north_of_almaty_and_aktau_west_of_it(map_window: MapWindow):
    view = view_of(map_window)
    where = {item.place.id: at(view, item) for item in view.place_items}
    assert where["astana"].y() < where["almaty"].y()
    assert where["aktau"].x() < where["almaty"].x()
    assert all(view.viewport().rect().contains(point) for point in where.values()), (
        "every place is in view at first"
    )


def test_clicking_a_place_or_a_route_asks_for_its_first_topic(map_window: MapWindow, qtbot):
    view = view_of(map_window)
    khorgos = next(i for i in view.place_items if i.place.id == "khorgos")
    with qtbot.waitSignal(view.topic_requested) as signal:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at(view, khorgos))
    assert signal.args == ["khorgos"]
    ferry = next(i for i in view.route_items if i.route.id == "trans-caspian-ferry")
    middle = view.mapFromScene(ferry.path().pointAtPercent(0.5))
    with qtbot.waitSignal(view.topic_requested) as signal:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    assert signal.args == ["transit-corridors"]


def test_a_place_without_topics_asks_for_nothing(map_window: MapWindow, qtbot):
    view = view_of(map_window)
    atyrau = next(i for i in view.place_items if i.place.id == "atyrau")
    with qtbot.assertNotEmitted(view.topic_requested):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at(view, atyrau))


def test_hovering_a_place_names_it_in_every_language(map_window: MapWindow):
    khorgos = next(i for i in view_of(map_window).place_items if i.place.id == "khorgos")
    tip = khorgos.toolTip()
    assert "Khorgos" in tip and "Қорғас" in tip and "霍尔果斯" in tip and "Хоргос" in tip


def no_overlaps(view: MapView) -> None:
    rects = label_rects(view)
    assert len(rects) >= 10
    for n, (text, a) in enumerate(rects):
        for other, b in rects[n + 1 :]:
            assert not overlaps(a, b), f"{text!r} overlaps {other!r}"
        for marker in view.place_items:
            if marker.place.name != text:
                p = at(view, marker)
                box = (p.x() - 6, p.y() - 6, p.x() + 6, p.y() + 6)
                assert not overlaps(a, box), f"{text!r} covers {marker.place.name}"


def test_labels_never_overlap_each_other_or_other_markers_at_any_zoom(map_window: MapWindow):
    view = view_of(map_window)
    no_overlaps(view)
    view.zoom_by(0.5)
    no_overlaps(view)
    view.fit()
    view.zoom_by(3)
    view.centerOn(*view.project(demo_places()[2]))  # Khorgos, where places crowd
    no_overlaps(view)


def test_the_crowded_border_places_are_all_labelled_or_leader_lined_when_zoomed_in(
    map_window: MapWindow,
):
    view = view_of(map_window)
    view.zoom_by(8)
    view.centerOn(*view.project(demo_places()[2]))
    shown = {text for text, _rect in label_rects(view)}
    assert {"Khorgos", "Dostyk", "Alashankou"} <= shown


@pytest.mark.parametrize("zoom", [1.0, 3.0, 10.0])
def test_the_scale_bar_measures_true_ground_kilometres_at_the_centre(map_window: MapWindow, zoom):
    view = view_of(map_window)
    view.zoom_by(zoom)
    km, pixels = view.scale_bar()
    centre = QPointF(view.viewport().rect().center())
    a = view.mapToScene(centre.toPoint())
    b = view.mapToScene((centre + QPointF(pixels, 0)).toPoint())
    projection = view.basemap.projection
    lat1, lon1 = projection.inverse(a.x() * 1000, -a.y() * 1000)
    lat2, lon2 = projection.inverse(b.x() * 1000, -b.y() * 1000)
    assert great_circle_km(lat1, lon1, lat2, lon2) == pytest.approx(km, rel=0.03)
    assert 40 <= pixels <= 160


def test_ctrl_wheel_and_plus_minus_zoom_a_plain_wheel_does_not(map_window: MapWindow, qtbot):
    from PySide6.QtCore import QPointF as P
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    view = view_of(map_window)
    view.zoom_by(2)  # well inside the limits
    before = view.scale_factor()

    def wheel(modifiers):
        centre = P(view.viewport().rect().center())
        event = QWheelEvent(
            centre, view.viewport().mapToGlobal(centre), QPoint(), QPoint(0, 120),
            Qt.MouseButton.NoButton, modifiers, Qt.ScrollPhase.NoScrollPhase, False,
        )  # fmt: skip
        QApplication.sendEvent(view.viewport(), event)

    wheel(Qt.KeyboardModifier.NoModifier)
    assert view.scale_factor() == pytest.approx(before)
    wheel(Qt.KeyboardModifier.ControlModifier)
    assert view.scale_factor() == pytest.approx(before * 1.25)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.scale_factor() == pytest.approx(before / 1.25)
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.scale_factor() == pytest.approx(before)
    for _ in range(40):
        view.zoom_by(0.5)
    assert view.scale_factor() == pytest.approx(view.min_scale())


def test_dragging_pans_without_opening_a_topic(map_window: MapWindow, qtbot):
    view = view_of(map_window)
    view.zoom_by(4)
    khorgos = next(i for i in view.place_items if i.place.id == "khorgos")
    start = at(view, khorgos)
    with qtbot.assertNotEmitted(view.topic_requested):
        qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
        for step in range(1, 6):
            qtbot.mouseMove(view.viewport(), start + QPoint(step * 20, 0))
        qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(100, 0))
    assert at(view, khorgos).x() > start.x() + 50


def test_export_writes_a_valid_svg_and_png(map_window: MapWindow, tmp_path: Path):
    from PySide6.QtSvg import QSvgRenderer

    svg = map_window.export("svg", tmp_path / "map.svg")
    png = map_window.export("png", tmp_path / "map.png")
    assert svg is not None and png is not None
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    assert "Natural Earth" in svg.read_text(encoding="utf-8")
    assert QSvgRenderer(str(svg)).isValid()
    image = QImage(str(png))
    size = view_of(map_window).viewport().size()
    assert (image.width(), image.height()) == (size.width() * 2, size.height() * 2)


def test_a_failed_export_says_so(map_window: MapWindow, tmp_path: Path, _no_modal_dialogs):
    assert map_window.export("png", tmp_path / "missing" / "map.png") is None
    assert any("could not be saved" in shown for shown in _no_modal_dialogs)


def test_a_pack_without_places_says_how_to_add_them(qtbot, tmp_path: Path):
    window = MapWindow(Pack(root=tmp_path))
    qtbot.addWidget(window)
    assert window.view is None
    message = window.centralWidget()
    assert isinstance(message, QLabel)
    assert "no places.yaml" in message.text() and "briefing.yaml" in message.text()


def test_the_map_follows_the_theme(map_window: MapWindow, qtbot):
    view = view_of(map_window)
    assert view.map_style.scheme == "light"
    theme.apply_theme("dark")
    qtbot.waitUntil(lambda: view_of(map_window).map_style.scheme == "dark")
    assert len(view.place_items) == len(demo_places()), "rebuilt once, not doubled"
    theme.apply_theme("high-contrast")
    qtbot.waitUntil(lambda: view_of(map_window).map_style.scheme == "high-contrast")


def test_go_map_opens_one_window_whose_clicks_open_topics(window: MainWindow, qtbot):
    window.pack.places, window.pack.routes = demo_places(), demo_routes()
    first = show_map(window)
    qtbot.waitExposed(first)
    assert not first.isModal() and show_map(window) is first
    assert first.view is not None
    first.view.topic_requested.emit("khorgos")
    assert window.reader.page == ("topic", "khorgos")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_screenshots_in_light_and_dark(qtbot, tmp_path: Path, scheme: str):
    """Writes map-<scheme>.png (to $BRIEFING_SCREENSHOT_DIR when set, to look at)."""
    theme.apply_theme(scheme)
    window = MapWindow(demo_pack())
    qtbot.addWidget(window)
    window.resize(1400, 850)
    window.show()
    qtbot.waitExposed(window)
    view = view_of(window)
    view.fit()
    folder = Path(os.environ.get("BRIEFING_SCREENSHOT_DIR", tmp_path))
    out = folder / f"map-{scheme}.png"
    assert window.grab().save(str(out))
    image = QImage(str(out))
    land = view.mapFromScene(*view.project(demo_places()[0])) + QPoint(0, 40)  # south of Astana
    lightness = image.pixelColor(view.mapTo(window, land)).lightness()
    assert lightness > 180 if scheme == "light" else lightness < 80


def test_label_items_keep_their_pixel_size_as_the_map_zooms(map_window: MapWindow):
    view = view_of(map_window)
    label = next(item for item, _a, group in view.labels if group == "place" and item.isVisible())
    assert isinstance(label, LabelItem)
    width = label.rect.width()
    view.zoom_by(2)
    assert label.rect.width() == pytest.approx(width) or not label.isVisible()
    assert QRectF(label.rect).isValid() or not label.isVisible()


def test_go_map_is_in_the_go_menu_with_ctrl_shift_m(window: MainWindow, qtbot):
    from PySide6.QtGui import QKeySequence

    go = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Go")
    action = next(a for a in go.actions() if a.text() == "M&ap")
    assert action.shortcut() == QKeySequence("Ctrl+Shift+M")
    action.trigger()
    opened = window.findChild(MapWindow)
    assert isinstance(opened, MapWindow) and opened.isVisible()
    assert (opened.view is None) == (not window.pack.places), "a map, or how to add places"
