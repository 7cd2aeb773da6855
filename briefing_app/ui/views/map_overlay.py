"""What the map paints over itself in screen pixels: the legend, the scale bar and the credit,
and the map's export to SVG and PNG (which include them).

The overlay is painted in the view's pixels whatever the zoom, both on screen and when
:meth:`QGraphicsView.render` draws the view into a file, so an export shows what the
window shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath

from briefing_app.core.pack.model import PLACE_KINDS, ROUTE_KINDS
from briefing_app.ui.i18n import QT_TRANSLATE_NOOP, Context
from briefing_app.ui.views.map_items import (
    MapStyle,
    cosmetic,
    kind_name,
    paint_marker,
    route_pens,
)

if TYPE_CHECKING:
    from briefing_app.ui.views.map import MapView

Map = Context("Map")

#: Credit for the base map, shown on the map and in every export (Natural Earth asks for none
#: but welcomes it: naturalearthdata.com/about/terms-of-use).  English; :func:`credit` gives
#: it translated.
CREDIT = QT_TRANSLATE_NOOP("Map", "Base map: Natural Earth")
MARGIN = 10.0
ROW = 20.0
SWATCH = 30.0


def credit() -> str:
    """Return the base map's credit in the interface language."""
    return Map.tr(CREDIT)


def legend_size(font: QFont, places: Sequence[str], routes: Sequence[str]) -> QSize:
    """The legend's size in pixels for the place and route kinds shown."""
    metrics = QFontMetricsF(font)
    names = [kind_name(kind) for kind in (*places, *routes)]
    width = max((metrics.horizontalAdvance(n) for n in names), default=0) + SWATCH + 22
    rows = len(places) + len(routes) + (0.4 if places and routes else 0)
    return QSize(round(width), round(rows * ROW + 12))


def kinds_in_order(found: set[str], order: Sequence[str]) -> list[str]:
    """The kinds of ``found`` in the model's order, unknown ones last (as the data spell them)."""
    return [k for k in order if k in found] + sorted(found - set(order))


def paint_legend(
    painter: QPainter,
    rect: QRectF,
    font: QFont,
    style: MapStyle,
    places: Sequence[str],
    routes: Sequence[str],
) -> None:
    """Paint the legend in ``rect`` (pixels): a marker per place kind, a stroke per route kind."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    background = QColor(style.halo)
    background.setAlphaF(0.88)
    painter.setPen(cosmetic(style.colour("frame"), 1.0))
    painter.setBrush(background)
    painter.drawRoundedRect(rect, 4, 4)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    y = rect.top() + 6 + ROW / 2
    for kind in places:
        painter.save()
        painter.translate(rect.left() + 8 + SWATCH / 2, y)
        paint_marker(painter, kind, style)
        painter.restore()
        _legend_text(painter, rect, y, metrics, kind_name(kind), style)
        y += ROW
    if places and routes:
        y += 0.4 * ROW
    for kind in routes:
        line = QPainterPath(QPointF(rect.left() + 8, y))
        line.lineTo(rect.left() + 8 + SWATCH, y)
        for pen in route_pens(kind, style):
            painter.setPen(pen)
            painter.drawPath(line)
        _legend_text(painter, rect, y, metrics, kind_name(kind), style)
        y += ROW
    painter.restore()


def _legend_text(
    painter: QPainter, rect: QRectF, y: float, metrics: QFontMetricsF, text: str, style: MapStyle
) -> None:
    painter.setPen(style.text)
    baseline = y + (metrics.ascent() - metrics.descent()) / 2
    painter.drawText(QPointF(rect.left() + 16 + SWATCH, baseline), text)


def paint_scale_bar(
    painter: QPainter,
    right: float,
    bottom: float,
    km: float,
    pixels: float,
    font: QFont,
    style: MapStyle,
) -> QRectF:
    """Paint a scale bar of ``pixels`` for ``km`` ending at ``right``, ``bottom``; return its area.

    Two halves, dark and light, with the length written above its right end, as
    topographic maps draw them.
    """
    metrics = QFontMetricsF(font)
    label = Map.tr("%1 km").replace("%1", f"{km:g}")
    left = right - pixels
    top = bottom - 6
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(cosmetic(style.text, 1.0))
    painter.setBrush(style.text)
    painter.drawRect(QRectF(left, top, pixels / 2, 6))
    painter.setBrush(style.halo)
    painter.drawRect(QRectF(left + pixels / 2, top, pixels / 2, 6))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(font)
    _halo_text(painter, QPointF(left, top - 4), "0", font, style)
    width = metrics.horizontalAdvance(label)
    _halo_text(painter, QPointF(right - width / 2, top - 4), label, font, style)
    painter.restore()
    return QRectF(
        left - 4, top - metrics.height() - 6, pixels + width / 2 + 8, metrics.height() + 14
    )


def paint_credit(
    painter: QPainter, right: float, bottom: float, font: QFont, style: MapStyle
) -> None:
    """Write the base map's credit, small, in the bottom right corner."""
    small = QFont(font)
    small.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
    text = credit()
    width = QFontMetricsF(small).horizontalAdvance(text)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _halo_text(painter, QPointF(right - width, bottom), text, small, style, style.colour("country"))
    painter.restore()


def _halo_text(
    painter: QPainter,
    at: QPointF,
    text: str,
    font: QFont,
    style: MapStyle,
    colour: QColor | None = None,
) -> None:
    path = QPainterPath()
    path.addText(at, font, text)
    painter.strokePath(path, cosmetic(style.halo, 3.0))
    painter.fillPath(path, colour or style.text)


def place_kinds(kinds: set[str]) -> list[str]:
    """The place kinds to list, in :data:`PLACE_KINDS` order."""
    return kinds_in_order(kinds, PLACE_KINDS)


def route_kinds(kinds: set[str]) -> list[str]:
    """The route kinds to list, in :data:`ROUTE_KINDS` order."""
    return kinds_in_order(kinds, ROUTE_KINDS)


def export_png(view: MapView, path: Path, scale: float = 2.0) -> None:
    """Write what ``view`` shows to the PNG
    ``path`` at ``scale`` times its size in pixels.

    Raises:
        OSError: the file could not be written.
    """
    size = view.viewport().size()
    image = QImage(
        round(size.width() * scale), round(size.height() * scale), QImage.Format.Format_ARGB32
    )
    image.fill(view.map_style.colour("water"))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    view.render(painter, QRectF(image.rect()), view.viewport().rect())
    painter.end()
    if not image.save(str(path)):  # the format from the suffix, which export() ensures
        raise OSError(f"could not write {path}")


def export_svg(view: MapView, path: Path, title: str = "") -> None:
    """Write what ``view`` shows to the SVG ``path`` (vector lines and shapes, text as outlines).

    Raises:
        OSError: the file could not be written.
    """
    from PySide6.QtSvg import QSvgGenerator

    size = view.viewport().size()
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(size)
    generator.setResolution(view.logicalDpiX())  # so text keeps the size it has on screen
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    title = title or Map.tr("Map")
    generator.setTitle(title)
    generator.setDescription(
        Map.tr("%1. %2 (public domain).").replace("%1", title).replace("%2", credit())
    )
    painter = QPainter()
    if not painter.begin(generator):
        raise OSError(f"could not write {path}")
    painter.fillRect(QRectF(0, 0, size.width(), size.height()), view.map_style.colour("water"))
    view.render(painter, QRectF(0, 0, size.width(), size.height()), view.viewport().rect())
    painter.end()
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(f"could not write {path}")
