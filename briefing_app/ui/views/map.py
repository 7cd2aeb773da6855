"""The Map view: a pack's places and routes on a base map the app draws itself.

:class:`MapView` is a :class:`QGraphicsView` over the projected plane
(:data:`~briefing_app.core.geo.projection.CENTRAL_ASIA`, scene units in
kilometres): land, seas and borders from the bundled base map
(:mod:`briefing_app.core.geo.basemap`), routes as great-circle arcs in the
stroke of their kind, places as markers of their kind's shape with labels
placed so that none overlap (:mod:`briefing_app.core.geo.labels`) -- in the
interface language when the pack names the place in it -- and a
legend, a scale bar and the data's credit over it all.  Clicking a place or
a route emits :attr:`MapView.topic_requested` with its first topic; hovering
shows its names in every language.  Ctrl+wheel, +/- and the toolbar zoom,
dragging pans.

:func:`show_map` opens the map of a main window's pack in a window of its own.
Nothing here is loaded until the map is first opened.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QGraphicsScene,
    QGraphicsView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QToolBar,
    QWidget,
)

from briefing_app.core.geo.basemap import Basemap, load_basemap
from briefing_app.core.geo.labels import Anchor, place_labels
from briefing_app.core.geo.projection import round_distance
from briefing_app.core.pack.model import PLACE_KINDS, Pack, Place
from briefing_app.ui.i18n import QT_TRANSLATE_NOOP, Context, fill, interface_language
from briefing_app.ui.views import map_overlay
from briefing_app.ui.views.map_items import (
    SEA_LABELS,
    LabelItem,
    PlaceItem,
    RouteItem,
    cosmetic,
    graticule_path,
    great_circle,
    land_path,
    lines_path,
    map_style,
    place_label,
)

if TYPE_CHECKING:
    from briefing_app.ui.window.main_window import MainWindow

#: Zoom limits in pixels per kilometre; the base map is simplified to 2.5 km.
MIN_SCALE, MAX_SCALE = 0.04, 2.0
ZOOM_STEP = 1.25
#: Labels are placed most important first: capitals, then crossings and ports, cities last.
LABEL_ORDER = ("capital", "border crossing", "dry port", "seaport", "city", "SEZ")
#: The largest country label rank shown at a zoom (pixels per km): more countries closer in.
COUNTRY_RANKS = ((0.12, 3), (0.3, 4), (0.6, 5), (float("inf"), 8))

Map = Context("Map")
Countries = Context("Countries")

#: Shown instead of the map when the pack has no places (English; shown translated).
NO_PLACES = QT_TRANSLATE_NOOP(
    "Map",
    "This pack has no places.yaml, so there is nothing to show on the map.\n\n"
    "To add places, put a places.yaml beside the pack's briefing.yaml listing each place "
    "(id, name, lat, lon, kind and the topics about it) and the routes between them; "
    "the pack format guide describes the file.",
)


class MapView(QGraphicsView):
    """The map of ``pack``'s places and routes.  ``topic_requested(topic_id)`` when a place
    or route with topics is clicked; ``position_changed(text)`` names the point under the mouse."""

    topic_requested = Signal(str)
    position_changed = Signal(str)

    def __init__(
        self, pack: Pack, basemap: Basemap | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.pack = pack
        self.basemap = basemap or load_basemap()
        self.map_style = map_style(self.palette())
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setMouseTracking(True)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.place_items: list[PlaceItem] = []
        self.route_items: list[RouteItem] = []
        self.labels: list[tuple[LabelItem, Anchor, str]] = []  # item, anchor template, group
        self._press: QPoint | None = None
        self._framed = True  # the view shows every place; False once the user zooms or pans
        self._build()
        self.fit()

    # -- building ---------------------------------------------------------------------
    def _build(self) -> None:
        scene = self.scene()
        scene.clear()
        self.place_items, self.route_items, self.labels = [], [], []
        style = self.map_style
        xmin, ymin, xmax, ymax = self.basemap.extent
        extent = QRectF(xmin, -ymax, xmax - xmin, ymax - ymin)
        scene.setSceneRect(extent)
        self.setBackgroundBrush(self.palette().color(self.backgroundRole()))
        scene.addRect(extent, QPen(Qt.PenStyle.NoPen), QBrush(style.colour("water"))).setZValue(-3)
        grid = scene.addPath(graticule_path(self.basemap), cosmetic(style.colour("graticule"), 0.7))
        grid.setZValue(-2)
        scene.addPath(
            land_path(self.basemap),
            cosmetic(style.colour("coast"), 0.9),
            QBrush(style.colour("land")),
        ).setZValue(-1)
        borders = scene.addPath(
            lines_path(self.basemap.borders),
            cosmetic(style.colour("border"), 1.0, Qt.PenStyle.DashLine),
        )
        borders.setZValue(0)
        frame = scene.addRect(extent, cosmetic(style.colour("frame"), 1.2))
        frame.setZValue(1)
        self._add_routes()
        self._add_places()
        self._add_names()

    def _add_routes(self) -> None:
        places = {place.id: place for place in self.pack.places}
        project = self.basemap.projection.forward
        for route in self.pack.routes:
            stops = [places[i] for i in route.places if i in places]
            if len(stops) < 2:
                continue
            points = [(stops[0].lat, stops[0].lon)]
            for a, b in pairwise(stops):
                points += great_circle(a, b)[1:]
            line = [(x / 1000, y / 1000) for x, y in (project(lat, lon) for lat, lon in points)]
            item = RouteItem(route, lines_path([line]), self.map_style)
            self.scene().addItem(item)
            self.route_items.append(item)

    def _add_places(self) -> None:
        style = self.map_style
        font = QFont(self.font())
        capital = QFont(font)
        capital.setBold(True)
        ordered = sorted(self.pack.places, key=_label_rank)
        for place in ordered:
            x, y = self.project(place)
            marker = PlaceItem(place, style)
            marker.setPos(x, y)
            self.scene().addItem(marker)
            self.place_items.append(marker)
            label = LabelItem(
                place_label(place),
                capital if place.kind == "capital" else font,
                style.text,
                style.halo,
            )
            label.setPos(x, y)
            self.scene().addItem(label)
            w, h = label.size
            self.labels.append((label, Anchor(0, 0, w, h, radius=PlaceItem.RADIUS - 1), "place"))

    def _add_names(self) -> None:
        style = self.map_style
        project = self.basemap.projection.forward
        sea = QFont(self.font())
        sea.setItalic(True)
        sea.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
        for name, lat, lon in SEA_LABELS:
            x, y = project(lat, lon)
            self._add_fixed(
                Map.tr(name), sea, style.colour("sea label"), x / 1000, -y / 1000, "sea"
            )
        country = QFont(self.font())
        country.setPointSizeF(max(6.5, country.pointSizeF() * 0.85))
        country.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 125)
        country.setCapitalization(QFont.Capitalization.AllUppercase)
        for entry in sorted(self.basemap.countries, key=lambda c: c.rank):
            name = Countries.tr(entry.names.get("en", entry.id))
            self._add_fixed(
                name, country, style.colour("country"), entry.x, -entry.y, f"country {entry.rank}"
            )

    def _add_fixed(
        self, text: str, font: QFont, colour: QColor, x: float, y: float, group: str
    ) -> None:
        label = LabelItem(text, font, colour, self.map_style.halo)
        label.setZValue(0.5)
        label.setPos(x, y)
        self.scene().addItem(label)
        w, h = label.size
        self.labels.append((label, Anchor(0, 0, w, h, fixed=True), group))

    def project(self, place: Place) -> tuple[float, float]:
        """The scene position of ``place`` (kilometres, y down)."""
        x, y = self.basemap.projection.forward(place.lat, place.lon)
        return x / 1000, -y / 1000

    # -- zoom and labels ------------------------------------------------------------------
    def scale_factor(self) -> float:
        """Pixels per scene kilometre at the current zoom."""
        return self.transform().m11()

    def fit(self) -> None:
        """Show every place (or the whole base map when the pack has none), with a margin."""
        points = [self.project(place) for place in self.pack.places]
        if points:
            xs, ys = [p[0] for p in points], [p[1] for p in points]
            area = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
            pad = max(area.width(), area.height()) * 0.06 + 150
            area.adjust(-pad, -pad, pad, pad)
        else:
            area = self.sceneRect()
        self.fitInView(area.intersected(self.sceneRect()), Qt.AspectRatioMode.KeepAspectRatio)
        self._clamp()
        self.relayout()
        self._framed = True

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom by ``factor`` (within the limits), keeping ``anchor`` (viewport pixels) or the
        centre where it is."""
        target = min(MAX_SCALE, max(self.min_scale(), self.scale_factor() * factor))
        factor = target / self.scale_factor()
        if abs(factor - 1) < 1e-6:
            return
        self._framed = False
        if anchor is None:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.scale(factor, factor)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.relayout()

    def min_scale(self) -> float:
        """The least zoom (pixels per km): the base map still fills the window, or
        :data:`MIN_SCALE` in a window larger than the map at that zoom."""
        extent, size = self.sceneRect(), self.viewport().size()
        if extent.isEmpty():
            return MIN_SCALE
        return max(MIN_SCALE, size.width() / extent.width(), size.height() / extent.height())

    def _clamp(self) -> None:
        factor = self.min_scale() / self.scale_factor()
        if factor > 1:
            self.scale(factor, factor)

    def relayout(self) -> None:
        """Place the labels again for the current zoom (pixels), most important first."""
        scale = self.scale_factor()
        max_rank = next(rank for limit, rank in COUNTRY_RANKS if scale < limit)
        obstacles = [_tuple(rect) for rect in self.overlay_rects()]
        anchors, shown = [], []
        for label, template, group in self.labels:
            if group.startswith("country") and int(group.split()[1]) > max_rank:
                label.place(None)
                continue
            at = self.mapFromScene(label.pos())
            anchors.append(
                Anchor(
                    at.x(), at.y(), template.width, template.height, template.radius, template.fixed
                )
            )
            shown.append(label)
        size = self.viewport().size()
        bounds = (0.0, 0.0, float(size.width()), float(size.height()))
        placements = place_labels(anchors, bounds=bounds, obstacles=obstacles)
        for label, anchor, placement in zip(shown, anchors, placements, strict=True):
            if placement is None:
                label.place(None)
                continue
            left, top, right, bottom = placement.rect
            label.place(
                QRectF(left - anchor.x, top - anchor.y, right - left, bottom - top),
                placement.leader,
            )

    # -- overlay ----------------------------------------------------------------------------
    def scale_bar(self) -> tuple[float, float]:
        """The scale bar for the current zoom: (ground kilometres, pixels), true at the latitude
        of the view's centre (the scale varies by about 2 % across the map)."""
        centre = self.mapToScene(self.viewport().rect().center())
        lat, _lon = self.basemap.projection.inverse(centre.x() * 1000, -centre.y() * 1000)
        pixels_per_km = self.scale_factor() * self.basemap.projection.scale(lat)
        km = round_distance(160 / pixels_per_km)
        return km, km * pixels_per_km

    def overlay_rects(self) -> list[QRectF]:
        """Where the legend and the scale bar sit, in viewport pixels."""
        size = self.viewport().size()
        legend = map_overlay.legend_size(self.font(), *self.legend_kinds())
        rects = [
            QRectF(
                map_overlay.MARGIN,
                size.height() - legend.height() - map_overlay.MARGIN,
                legend.width(),
                legend.height(),
            )
        ]
        rects.append(QRectF(size.width() - 230, size.height() - 50, 230, 50))
        return rects

    def legend_kinds(self) -> tuple[list[str], list[str]]:
        """The place kinds and route kinds this pack uses, in the model's order."""
        return (
            map_overlay.place_kinds({p.kind for p in self.pack.places}),
            map_overlay.route_kinds({r.kind for r in self.pack.routes}),
        )

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        painter.save()
        painter.setWorldTransform(self.viewportTransform().inverted()[0], True)
        size = self.viewport().size()
        legend = self.overlay_rects()[0]
        map_overlay.paint_legend(painter, legend, self.font(), self.map_style, *self.legend_kinds())
        km, pixels = self.scale_bar()
        right, bottom = size.width() - map_overlay.MARGIN - 36, size.height() - 26
        map_overlay.paint_scale_bar(painter, right, bottom, km, pixels, self.font(), self.map_style)
        map_overlay.paint_credit(
            painter,
            size.width() - map_overlay.MARGIN,
            size.height() - 8,
            self.font(),
            self.map_style,
        )
        painter.restore()

    # -- input ------------------------------------------------------------------------------
    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            self.zoom_by(ZOOM_STEP**steps, event.position())
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(ZOOM_STEP)
        elif event.key() == Qt.Key.Key_Minus:
            self.zoom_by(1 / ZOOM_STEP)
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        self._framed = False
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, self._press = self._press, None
        super().mouseReleaseEvent(event)
        at = event.position().toPoint()
        moved = press is None or (at - press).manhattanLength() > QApplication.startDragDistance()
        if event.button() == Qt.MouseButton.LeftButton and not moved:
            topic = self.topic_at(at)
            if topic:
                self.topic_requested.emit(topic)

    def topic_at(self, at: QPoint) -> str:
        """The first topic of the place under viewport point ``at`` (the nearest, where
        markers overlap), else of the route under it, else ""."""
        places = [i for i in self.items(at) if isinstance(i, PlaceItem) and i.place.topics]
        if places:
            nearest = min(places, key=lambda i: (self.mapFromScene(i.pos()) - at).manhattanLength())
            return nearest.place.topics[0]
        for item in self.items(at):
            if isinstance(item, RouteItem) and item.route.topics:
                return item.route.topics[0]
        return ""

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = self.mapToScene(event.position().toPoint())
        lat, lon = self.basemap.projection.inverse(point.x() * 1000, -point.y() * 1000)
        # The interface language's decimal sign: 43.20 in English, 43,20 in Russian.
        locale = QLocale(interface_language())
        north = Map.tr("%1° N") if lat >= 0 else Map.tr("%1° S")
        east = Map.tr("%1° E") if lon >= 0 else Map.tr("%1° W")
        self.position_changed.emit(
            fill(
                Map.tr("%1, %2"),
                fill(north, locale.toString(abs(lat), "f", 2)),
                fill(east, locale.toString(abs(lon), "f", 2)),
            )
        )
        super().mouseMoveEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Frame every place again in the new size, unless the user has zoomed or panned."""
        super().resizeEvent(event)
        if self._framed:
            self.fit()
        else:
            self._clamp()
            self.relayout()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self.relayout()  # labels near the window's edges move in or out of it

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.map_style = map_style(self.palette())
            transform, centre = self.transform(), self.mapToScene(self.viewport().rect().center())
            self._build()
            self.setTransform(transform)
            self.centerOn(centre)
            self.relayout()


def _label_rank(place: Place) -> int:
    return LABEL_ORDER.index(place.kind) if place.kind in LABEL_ORDER else len(PLACE_KINDS)


def _tuple(rect: QRectF) -> tuple[float, float, float, float]:
    return (rect.left(), rect.top(), rect.right(), rect.bottom())


class MapWindow(QMainWindow):
    """A window of its own for the map of ``pack``, with zoom and export in its toolbar.

    A pack without places shows how to add them instead of a map.
    """

    topic_requested = Signal(str)

    def __init__(self, pack: Pack, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.view: MapView | None = None
        self.message: QLabel | None = None
        self.set_pack(pack)
        self.resize(1100, 720)

    def set_pack(self, pack: Pack) -> None:
        """Show the map of ``pack`` (or the message of a pack without places)."""
        self.pack = pack
        title = pack.info.title or "Briefing"
        self.setWindowTitle(Map.tr("Map — %1").replace("%1", title))
        for toolbar in self.findChildren(QToolBar):
            self.removeToolBar(toolbar)
            toolbar.deleteLater()
        if not pack.places:
            self.view = None
            self.message = QLabel(Map.tr(NO_PLACES))
            self.message.setWordWrap(True)
            self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.message.setMargin(40)
            self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.setCentralWidget(self.message)
            return
        self.message = None
        self.view = MapView(pack, parent=self)
        self.view.topic_requested.connect(self.topic_requested)
        self.view.position_changed.connect(self.statusBar().showMessage)
        self.setCentralWidget(self.view)
        self._add_toolbar(self.view)

    def _add_toolbar(self, view: MapView) -> None:
        from briefing_app.ui.window.actions import make_action, set_shortcuts, show_keys_in_tooltip

        toolbar = self.addToolBar(Map.tr("Map"))
        toolbar.setObjectName("map-toolbar")
        zoom_in = make_action(
            self, Map.tr("Zoom &In"), lambda: view.zoom_by(ZOOM_STEP), None, "zoom-in"
        )
        set_shortcuts(zoom_in, QKeySequence.StandardKey.ZoomIn)
        zoom_out = make_action(
            self, Map.tr("Zoom &Out"), lambda: view.zoom_by(1 / ZOOM_STEP), None, "zoom-out"
        )
        set_shortcuts(zoom_out, QKeySequence.StandardKey.ZoomOut)
        fit = make_action(self, Map.tr("Show &All Places"), view.fit, "Ctrl+0")
        svg = make_action(self, Map.tr("Export as &SVG…"), lambda: self.export("svg"), "Ctrl+E")
        png = make_action(
            self, Map.tr("Export as &PNG…"), lambda: self.export("png"), "Ctrl+Shift+E"
        )
        close = make_action(self, Map.tr("&Close"), self.close, QKeySequence.StandardKey.Close)
        self.addAction(close)
        for action in (zoom_in, zoom_out, fit, svg, png):
            show_keys_in_tooltip(action)
            toolbar.addAction(action)
            self.addAction(action)
        self.export_actions = (svg, png)

    def export(self, kind: str, path: Path | None = None) -> Path | None:
        """Export the map as shown to an SVG or PNG file (``kind``), asking where unless
        ``path`` is given; return the path written, or None when cancelled or failed."""
        if self.view is None:
            return None
        if path is None:
            name, _filter = QFileDialog.getSaveFileName(
                self,
                Map.tr("Export Map"),
                f"map.{kind}",
                Map.tr("SVG image (*.svg)") if kind == "svg" else Map.tr("PNG image (*.png)"),
            )
            if not name:
                return None
            path = Path(name)
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(f"{path.name}.{kind}")
        try:
            if kind == "svg":
                map_overlay.export_svg(self.view, path, self.windowTitle())
            else:
                map_overlay.export_png(self.view, path)
        except OSError as error:
            QMessageBox.warning(
                self,
                Map.tr("Export Map"),
                Map.tr("The map could not be saved: %1").replace("%1", str(error)),
            )
            return None
        self.statusBar().showMessage(Map.tr("Saved %1").replace("%1", str(path)), 5000)
        return path


def show_map(window: MainWindow) -> MapWindow:
    """Open (or raise) the map of ``window``'s pack in a window of its own, not modal;
    clicking a place or route opens its topic in ``window``."""
    existing = window.findChild(MapWindow)
    if isinstance(existing, MapWindow):
        if existing.pack is not window.pack:
            existing.set_pack(window.pack)
        existing.show()
        existing.raise_()
        existing.activateWindow()
        return existing
    map_window = MapWindow(window.pack, window)
    map_window.topic_requested.connect(lambda topic_id: window.open_topic(topic_id))
    map_window.show()
    return map_window
