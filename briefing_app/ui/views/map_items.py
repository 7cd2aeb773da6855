"""What the map draws: its colours, the base map, place markers, routes and labels.

Scene units are the projection's kilometres with y downwards (scene y = -north).
Markers and labels ignore the view's transformation, so they keep their size
in pixels as the map zooms; lines are cosmetic (their widths are pixels too).

Colours come from the theme: the labels take the palette's text and base
colours; land, water, borders and the symbols of each kind take the scheme's
row of :data:`SCHEMES` (``light``, ``dark``, ``high-contrast``, as the reader's
stylesheet is chosen, :func:`briefing_app.ui.theme.reader_scheme`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QStyleOptionGraphicsItem, QWidget

from briefing_app.core.geo.basemap import Basemap, Line
from briefing_app.core.geo.graticule import graticule
from briefing_app.core.pack.model import Place, Route
from briefing_app.ui.i18n import QT_TRANSLATE_NOOP, Context, interface_language
from briefing_app.ui.theme import reader_scheme

Map = Context("Map")

#: Colours by scheme: the base map, then route kinds, then place kinds.
SCHEMES: dict[str, dict[str, str]] = {
    "light": {
        "water": "#c9dcea", "land": "#f3f0e8", "coast": "#7f9cb4", "border": "#a08f9c",
        "graticule": "#b3c9dc", "country": "#8a8176", "sea label": "#4f7594", "frame": "#5f6b76",
        "rail": "#2d2d2d", "road": "#c4432f", "sea": "#1f63a3", "pipeline": "#7a3f98",
        "capital": "#b3261e", "city": "#3a3a3a", "border crossing": "#c25e00",
        "dry port": "#00796b", "seaport": "#1f63a3", "SEZ": "#7a3f98",
    },
    "dark": {
        "water": "#0f1b27", "land": "#2e333b", "coast": "#4d6a84", "border": "#7d7582",
        "graticule": "#1f3446", "country": "#858d97", "sea label": "#7ea6c8", "frame": "#8e98a3",
        "rail": "#e3e7ec", "road": "#ff7d6b", "sea": "#6cb2f0", "pipeline": "#c79de8",
        "capital": "#ff6f61", "city": "#d9dde2", "border crossing": "#ffa040",
        "dry port": "#4fd1bf", "seaport": "#6cb2f0", "SEZ": "#c79de8",
    },
    "high-contrast": {
        "water": "#000000", "land": "#262626", "coast": "#ffffff", "border": "#c0c0c0",
        "graticule": "#404040", "country": "#ffffff", "sea label": "#1aebff", "frame": "#ffffff",
        "rail": "#ffffff", "road": "#ffff00", "sea": "#1aebff", "pipeline": "#ff80ff",
        "capital": "#ffff00", "city": "#ffffff", "border crossing": "#ffb000",
        "dry port": "#3ff23f", "seaport": "#1aebff", "SEZ": "#ff80ff",
    },
}  # fmt: skip

#: Names of the seas in view (English; written as ``Map.tr(name)``), with where to write them
#: (latitude, longitude).
SEA_LABELS = (
    (QT_TRANSLATE_NOOP("Map", "Caspian Sea"), 45.0, 50.0),  # north of the Aktau and Kuryk ferries
    (QT_TRANSLATE_NOOP("Map", "Black Sea"), 43.4, 34.2),
    (QT_TRANSLATE_NOOP("Map", "Yellow Sea"), 35.6, 123.4),
    (QT_TRANSLATE_NOOP("Map", "Persian Gulf"), 27.2, 51.0),
    (QT_TRANSLATE_NOOP("Map", "Baltic Sea"), 56.8, 19.2),
    (QT_TRANSLATE_NOOP("Map", "Mediterranean Sea"), 34.6, 21.5),
)

#: The base map's countries by their English names (as its data spell them), written on the
#: map as ``Countries.tr(name)``: short names, as a map writes them, in every language.
COUNTRY_NAMES = (
    QT_TRANSLATE_NOOP("Countries", "Afghanistan"),
    QT_TRANSLATE_NOOP("Countries", "Albania"),
    QT_TRANSLATE_NOOP("Countries", "Armenia"),
    QT_TRANSLATE_NOOP("Countries", "Austria"),
    QT_TRANSLATE_NOOP("Countries", "Azerbaijan"),
    QT_TRANSLATE_NOOP("Countries", "Bangladesh"),
    QT_TRANSLATE_NOOP("Countries", "Belarus"),
    QT_TRANSLATE_NOOP("Countries", "Belgium"),
    QT_TRANSLATE_NOOP("Countries", "Bhutan"),
    QT_TRANSLATE_NOOP("Countries", "Bosnia and Herz."),
    QT_TRANSLATE_NOOP("Countries", "Bulgaria"),
    QT_TRANSLATE_NOOP("Countries", "China"),
    QT_TRANSLATE_NOOP("Countries", "Croatia"),
    QT_TRANSLATE_NOOP("Countries", "Cyprus"),
    QT_TRANSLATE_NOOP("Countries", "Czechia"),
    QT_TRANSLATE_NOOP("Countries", "Denmark"),
    QT_TRANSLATE_NOOP("Countries", "Egypt"),
    QT_TRANSLATE_NOOP("Countries", "Estonia"),
    QT_TRANSLATE_NOOP("Countries", "Finland"),
    QT_TRANSLATE_NOOP("Countries", "France"),
    QT_TRANSLATE_NOOP("Countries", "Georgia"),
    QT_TRANSLATE_NOOP("Countries", "Germany"),
    QT_TRANSLATE_NOOP("Countries", "Greece"),
    QT_TRANSLATE_NOOP("Countries", "Hungary"),
    QT_TRANSLATE_NOOP("Countries", "India"),
    QT_TRANSLATE_NOOP("Countries", "Iran"),
    QT_TRANSLATE_NOOP("Countries", "Iraq"),
    QT_TRANSLATE_NOOP("Countries", "Ireland"),
    QT_TRANSLATE_NOOP("Countries", "Israel"),
    QT_TRANSLATE_NOOP("Countries", "Italy"),
    QT_TRANSLATE_NOOP("Countries", "Jordan"),
    QT_TRANSLATE_NOOP("Countries", "Kazakhstan"),
    QT_TRANSLATE_NOOP("Countries", "Kuwait"),
    QT_TRANSLATE_NOOP("Countries", "Kyrgyzstan"),
    QT_TRANSLATE_NOOP("Countries", "Laos"),
    QT_TRANSLATE_NOOP("Countries", "Latvia"),
    QT_TRANSLATE_NOOP("Countries", "Lebanon"),
    QT_TRANSLATE_NOOP("Countries", "Lithuania"),
    QT_TRANSLATE_NOOP("Countries", "Luxembourg"),
    QT_TRANSLATE_NOOP("Countries", "Moldova"),
    QT_TRANSLATE_NOOP("Countries", "Mongolia"),
    QT_TRANSLATE_NOOP("Countries", "Montenegro"),
    QT_TRANSLATE_NOOP("Countries", "Myanmar"),
    QT_TRANSLATE_NOOP("Countries", "Nepal"),
    QT_TRANSLATE_NOOP("Countries", "Netherlands"),
    QT_TRANSLATE_NOOP("Countries", "North Korea"),
    QT_TRANSLATE_NOOP("Countries", "North Macedonia"),
    QT_TRANSLATE_NOOP("Countries", "Norway"),
    QT_TRANSLATE_NOOP("Countries", "Pakistan"),
    QT_TRANSLATE_NOOP("Countries", "Palestine"),
    QT_TRANSLATE_NOOP("Countries", "Poland"),
    QT_TRANSLATE_NOOP("Countries", "Qatar"),
    QT_TRANSLATE_NOOP("Countries", "Romania"),
    QT_TRANSLATE_NOOP("Countries", "Russia"),
    QT_TRANSLATE_NOOP("Countries", "Saudi Arabia"),
    QT_TRANSLATE_NOOP("Countries", "Serbia"),
    QT_TRANSLATE_NOOP("Countries", "Slovakia"),
    QT_TRANSLATE_NOOP("Countries", "Slovenia"),
    QT_TRANSLATE_NOOP("Countries", "South Korea"),
    QT_TRANSLATE_NOOP("Countries", "Sudan"),
    QT_TRANSLATE_NOOP("Countries", "Sweden"),
    QT_TRANSLATE_NOOP("Countries", "Switzerland"),
    QT_TRANSLATE_NOOP("Countries", "Syria"),
    QT_TRANSLATE_NOOP("Countries", "Tajikistan"),
    QT_TRANSLATE_NOOP("Countries", "Turkey"),
    QT_TRANSLATE_NOOP("Countries", "Turkmenistan"),
    QT_TRANSLATE_NOOP("Countries", "Ukraine"),
    QT_TRANSLATE_NOOP("Countries", "United Arab Emirates"),
    QT_TRANSLATE_NOOP("Countries", "United Kingdom"),
    QT_TRANSLATE_NOOP("Countries", "Uzbekistan"),
    QT_TRANSLATE_NOOP("Countries", "Vietnam"),
)

#: How the legend names each kind (English; :func:`kind_name` gives it translated).
KIND_NAMES = {
    "capital": QT_TRANSLATE_NOOP("Map", "Capital"),
    "city": QT_TRANSLATE_NOOP("Map", "City"),
    "border crossing": QT_TRANSLATE_NOOP("Map", "Border crossing"),
    "dry port": QT_TRANSLATE_NOOP("Map", "Dry port"),
    "seaport": QT_TRANSLATE_NOOP("Map", "Seaport"),
    "SEZ": QT_TRANSLATE_NOOP("Map", "Special economic zone"),
    "rail": QT_TRANSLATE_NOOP("Map", "Railway"),
    "road": QT_TRANSLATE_NOOP("Map", "Road"),
    "sea": QT_TRANSLATE_NOOP("Map", "Sea route"),
    "pipeline": QT_TRANSLATE_NOOP("Map", "Pipeline"),
}


def kind_name(kind: str) -> str:
    """Return how the legend names a place or route ``kind``, in the interface language (a
    kind the app does not know as the data spell it)."""
    return Map.tr(KIND_NAMES[kind]) if kind in KIND_NAMES else kind


@dataclass(frozen=True)
class MapStyle:
    """The map's colours for one palette: ``colour(name)`` for a row of :data:`SCHEMES`,
    ``text`` and ``halo`` from the palette itself."""

    scheme: str
    text: QColor
    halo: QColor

    def colour(self, name: str) -> QColor:
        """Return the scheme's colour ``name`` (a base map part, route kind or place kind)."""
        table = SCHEMES[self.scheme]
        return QColor(table.get(name, table["city"]))


def map_style(palette: QPalette) -> MapStyle:
    """Return the map's colours for ``palette`` and the theme in force."""
    scheme = reader_scheme(palette)
    return MapStyle(
        scheme, palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    )


def cosmetic(colour: QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    """A pen of ``width`` pixels at any zoom."""
    pen = QPen(colour, width, style, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    pen.setCosmetic(True)
    return pen


def lines_path(lines: list[Line], closed: bool = False) -> QPainterPath:
    """A path of ``lines`` (plane kilometres) in scene units (y flipped)."""
    path = QPainterPath()
    for line in lines:
        if len(line) < 2:
            continue
        path.moveTo(line[0][0], -line[0][1])
        for x, y in line[1:]:
            path.lineTo(x, -y)
        if closed:
            path.closeSubpath()
    return path


def land_path(basemap: Basemap) -> QPainterPath:
    """The land as one path (holes by the odd-even rule: the Caspian is a hole)."""
    path = lines_path([ring for polygon in basemap.land for ring in polygon], closed=True)
    path.setFillRule(Qt.FillRule.OddEvenFill)
    return path


def graticule_path(basemap: Basemap, step: int = 10) -> QPainterPath:
    """Meridians and parallels every ``step`` degrees, inside the base map's extent."""

    def forward(lat: float, lon: float) -> tuple[float, float]:
        x, y = basemap.projection.forward(lat, lon)
        return x / 1000, y / 1000

    return lines_path(graticule(forward, basemap.extent, step))


def marker_path(kind: str) -> QPainterPath:
    """The marker of a place ``kind``, centred on (0, 0), in pixels: a star for a capital,
    a dot for a city, a diamond for a border crossing, a square for a dry port, a
    down-pointing triangle for a seaport and a hexagon for a special economic zone."""
    path = QPainterPath()
    if kind == "capital":
        points = [
            QPointF(r * math.sin(a), -r * math.cos(a))
            for i in range(10)
            for r, a in [((7.5 if i % 2 == 0 else 3.2), i * math.pi / 5)]
        ]
        path.addPolygon(QPolygonF(points))
    elif kind == "border crossing":
        path.addPolygon(QPolygonF([QPointF(0, -6), QPointF(6, 0), QPointF(0, 6), QPointF(-6, 0)]))
    elif kind == "dry port":
        path.addRect(QRectF(-4.5, -4.5, 9, 9))
    elif kind == "seaport":
        path.addPolygon(QPolygonF([QPointF(-5.5, -4), QPointF(5.5, -4), QPointF(0, 5.5)]))
    elif kind == "SEZ":
        path.addPolygon(
            QPolygonF([QPointF(5.5 * math.cos(a), 5.5 * math.sin(a)) for a in _sixths()])
        )
    else:
        path.addEllipse(QPointF(0, 0), 4, 4)
    path.closeSubpath()
    return path


def _sixths() -> list[float]:
    return [i * math.pi / 3 + math.pi / 6 for i in range(6)]


def paint_marker(painter: QPainter, kind: str, style: MapStyle, hovered: bool = False) -> None:
    """Paint the marker of ``kind`` at the painter's origin (pixels)."""
    painter.setPen(QPen(style.halo, 3.0 if hovered else 1.6))
    painter.setBrush(QBrush(style.colour(kind)))
    painter.drawPath(marker_path(kind))


def route_pens(kind: str, style: MapStyle, hovered: bool = False) -> list[QPen]:
    """The pens a route of ``kind`` is drawn with, bottom first: rail is the railway's
    black-and-white band, road a red line in a pale casing, sea a dashed line and a
    pipeline a dash-dot line."""
    colour = style.colour(kind)
    grow = 1.5 if hovered else 0.0
    if kind == "rail":
        ties = cosmetic(style.colour("land"), 2.0 + grow)
        ties.setDashPattern([3.0, 3.0])
        ties.setCapStyle(Qt.PenCapStyle.FlatCap)
        return [cosmetic(colour, 4.0 + grow), ties]
    if kind == "road":
        return [cosmetic(style.halo, 5.0 + grow), cosmetic(colour, 3.0 + grow)]
    if kind == "sea":
        pen = cosmetic(colour, 2.2 + grow, Qt.PenStyle.DashLine)
        pen.setDashPattern([4.0, 2.5])
        return [pen]
    pen = cosmetic(colour, 2.2 + grow)
    pen.setDashPattern([6.0, 2.0, 1.0, 2.0])
    return [pen]


def great_circle(a: Place, b: Place, steps: int = 24) -> list[tuple[float, float]]:
    """Points (lat, lon) along the great circle from ``a`` to ``b``, ends included."""
    p1, l1, p2, l2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    v1 = (math.cos(p1) * math.cos(l1), math.cos(p1) * math.sin(l1), math.sin(p1))
    v2 = (math.cos(p2) * math.cos(l2), math.cos(p2) * math.sin(l2), math.sin(p2))
    angle = math.acos(max(-1.0, min(1.0, sum(x * y for x, y in zip(v1, v2, strict=True)))))
    if angle < 1e-9:
        return [(a.lat, a.lon), (b.lat, b.lon)]
    points = []
    for i in range(steps + 1):
        f = i / steps
        s1, s2 = math.sin((1 - f) * angle) / math.sin(angle), math.sin(f * angle) / math.sin(angle)
        x, y, z = (s1 * u + s2 * v for u, v in zip(v1, v2, strict=True))
        points.append(
            (math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x)))
        )
    return points


class RouteItem(QGraphicsPathItem):
    """A route: great-circle arcs between its places in order, in the stroke of its kind."""

    def __init__(self, route: Route, path: QPainterPath, style: MapStyle) -> None:
        super().__init__(path)
        self.route = route
        self.map_style = style
        self.hovered = False
        self.setAcceptHoverEvents(True)
        self.setZValue(2)
        self.setToolTip(route_tooltip(route))
        if route.topics:
            self.setCursor(Qt.CursorShape.PointingHandCursor)

    def shape(self) -> QPainterPath:
        """A band about 8 pixels wide round the line, so a thin route is easy to hover."""
        stroker = QPainterPathStroker()
        scale = self.scene_scale()
        stroker.setWidth(8.0 / scale if scale > 0 else 8.0)
        return stroker.createStroke(self.path())

    def boundingRect(self) -> QRectF:
        pad = 10.0 / max(self.scene_scale(), 1e-6)
        return self.path().boundingRect().adjusted(-pad, -pad, pad, pad)

    def scene_scale(self) -> float:
        """Pixels per scene unit in the first view showing this item (1 with none)."""
        views = self.scene().views() if self.scene() is not None else []
        return views[0].transform().m11() if views else 1.0

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for pen in route_pens(self.route.kind, self.map_style, self.hovered):
            painter.setPen(pen)
            painter.drawPath(self.path())

    def hoverEnterEvent(self, event: object) -> None:
        self.hovered = True
        self.update()

    def hoverLeaveEvent(self, event: object) -> None:
        self.hovered = False
        self.update()


class PlaceItem(QGraphicsItem):
    """A place's marker, of its kind's shape, the same size in pixels at any zoom."""

    RADIUS = 7.5

    def __init__(self, place: Place, style: MapStyle) -> None:
        super().__init__()
        self.place = place
        self.map_style = style
        self.hovered = False
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setAcceptHoverEvents(True)
        self.setZValue(4)
        self.setToolTip(place_tooltip(place))
        if place.topics:
            self.setCursor(Qt.CursorShape.PointingHandCursor)

    def boundingRect(self) -> QRectF:
        r = self.RADIUS + 2
        return QRectF(-r, -r, 2 * r, 2 * r)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), self.RADIUS + 1, self.RADIUS + 1)
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_marker(painter, self.place.kind, self.map_style, self.hovered)

    def hoverEnterEvent(self, event: object) -> None:
        self.hovered = True
        self.update()

    def hoverLeaveEvent(self, event: object) -> None:
        self.hovered = False
        self.update()


class LabelItem(QGraphicsItem):
    """A name written with a halo, placed by the view in pixels round its anchor.

    ``place(rect, leader)`` puts the text in ``rect`` (pixels, relative to the
    anchor) and draws a leader line to it when ``leader``; ``place(None)`` hides it.
    """

    def __init__(self, text: str, font: QFont, colour: QColor, halo: QColor) -> None:
        super().__init__()
        self.text = text
        self.font = font
        self.colour = colour
        self.halo = halo
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        metrics = QFontMetricsF(font)
        self.size = (metrics.horizontalAdvance(text) + 2, metrics.height())
        self._ascent = metrics.ascent()
        self.rect = QRectF()
        self.leader = False
        self.setZValue(5)

    def place(self, rect: QRectF | None, leader: bool = False) -> None:
        """Show the text in ``rect`` (anchor-relative pixels), or hide the label for None."""
        self.prepareGeometryChange()
        self.setVisible(rect is not None)
        self.rect = QRectF(rect) if rect is not None else QRectF()
        self.leader = leader

    def boundingRect(self) -> QRectF:
        return self.rect.united(QRectF(-1, -1, 2, 2)).adjusted(-3, -3, 3, 3)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.leader:
            end = QPointF(
                min(max(0.0, self.rect.left()), self.rect.right()),
                min(max(0.0, self.rect.top()), self.rect.bottom()),
            )
            painter.setPen(cosmetic(self.halo, 3.0))
            painter.drawLine(QPointF(0, 0), end)
            painter.setPen(cosmetic(self.colour, 1.0))
            painter.drawLine(QPointF(0, 0), end)
        path = QPainterPath()
        path.addText(
            QPointF(self.rect.left() + 1, self.rect.top() + self._ascent), self.font, self.text
        )
        halo = QPen(
            self.halo,
            3.0,
            Qt.PenStyle.SolidLine,
            Qt.PenCapStyle.RoundCap,
            Qt.PenJoinStyle.RoundJoin,
        )
        painter.strokePath(path, halo)
        painter.fillPath(path, self.colour)


def _click_hint(topics: list[str]) -> str:
    if topics:
        return _escape(Map.tr("Click to read about it"))
    return _escape(Map.tr("No topic in this pack is about it yet"))


def place_label(place: Place, language: str | None = None) -> str:
    """Return what the map calls ``place`` in ``language`` (by default the interface's): its
    name in that language if the pack gives one (``zh`` for ``zh_CN``), else its own name."""
    code = (language or interface_language()).split("_")[0]
    return place.names.get(code) or place.name


def place_tooltip(place: Place) -> str:
    """The tooltip of a place: its name in the interface language (and its own name if that
    differs), its kind, its names in every language given, its topics."""
    label = place_label(place)
    lines = [f"<b>{_escape(label)}</b> — {_escape(kind_name(place.kind).lower())}"]
    if label != place.name:
        lines.append(_escape(place.name))
    lines += [f"{_escape(lang)}: {_escape(name)}" for lang, name in place.names.items()]
    lines.append(_click_hint(place.topics))
    return "<br>".join(lines)


def route_tooltip(route: Route) -> str:
    """The tooltip of a route: its name, its kind and what a click does."""
    kind = _escape(kind_name(route.kind).lower())
    return f"<b>{_escape(route.name)}</b> — {kind}<br>{_click_hint(route.topics)}"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
