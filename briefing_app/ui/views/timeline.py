"""The timeline: events as markers on a zoomable, pannable time axis (a QGraphicsView).

Positions and lanes come from :func:`briefing_app.core.views.layout.lay_out`,
with label widths from Qt's font metrics, so labels never collide; periods
are bars from their start to their end.  Each label stands on a backing in the
page colour, so neither the year gridlines nor a period's bar runs through its
text.  Zooming changes the scale (pixels a year) and lays the events out again,
rather than scaling the drawing, so text
stays the size of the interface's and lanes are shared again as events draw
apart; the date at the centre of the view stays put.  Ctrl+wheel and the +
and - keys zoom, dragging or the scroll bars pan, resting the pointer on an
event shows its date and text, and clicking it emits :attr:`TimelineView.topic_requested`
with the event's first topic.  Colours are the reader's scheme for the
widget's palette (:data:`briefing_app.core.render.stylesheet.PALETTES`), so
the drawing follows the light, dark and high-contrast themes.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QWidget,
)

from briefing_app.core.pack.model import TimelineEvent
from briefing_app.core.render.stylesheet import PALETTES
from briefing_app.core.views.layout import (
    LABEL_OFFSET,
    Mark,
    TimelineLayout,
    lay_out,
    scale_to_fit,
)
from briefing_app.core.views.svg import timeline_svg
from briefing_app.ui.i18n import Context
from briefing_app.ui.theme import reader_scheme
from briefing_app.ui.views.words import when_words

Timeline = Context("Timeline")

#: Height of a lane and of the axis band (pixels); marker radius.
LANE_PX = 26.0
AXIS_PX = 34.0
MARKER_R = 5.0
#: Scale limits (pixels a year) and the factor of one zoom step.
MIN_SCALE, MAX_SCALE = 8.0, 2400.0
ZOOM_STEP = 1.25
#: Space (pixels) the opaque backing of a label keeps either side of its text, and the
#: backing's place in the drawing: over gridlines and period bars (0), under markers (2)
#: and labels (3), so no line runs through a label.
LABEL_PAD = 3.0
BACKING_Z = 1.0
#: Item data key holding the index of the event an item belongs to.
EVENT_KEY = 0


class TimelineView(QGraphicsView):
    """Draws events on a time axis (see the module doc).

    Signals:
        topic_requested(topic_id): an event was clicked; its first topic.
    """

    topic_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline-view")
        self.setScene(QGraphicsScene(self))
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setAccessibleName(Timeline.tr("Timeline"))
        self.setAccessibleDescription(
            Timeline.tr(
                "Events on a time axis; Ctrl+wheel or + and - zoom, click an event to open its topic"
            )
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.events: list[TimelineEvent] = []
        self.empty_text = ""
        self.scale_px = 0.0  # pixels a year; 0 until the first layout fits the view
        self.layout_: TimelineLayout = TimelineLayout()
        self.markers: list[QGraphicsEllipseItem] = []
        self.fitted = True  # the axis follows the view's width until the reader zooms

    # -- content -------------------------------------------------------------

    def set_events(self, events: Sequence[TimelineEvent], empty_text: str = "") -> None:
        """Show ``events`` (any order), fitted to the view's width; ``empty_text`` when none."""
        self.events = list(events)
        self.empty_text = empty_text
        self.fit()

    def fit(self) -> None:
        """Fit the whole axis to the view's width (and keep it fitted as the view resizes)."""
        self.scale_px = 0.0
        self.fitted = True
        self.rebuild()

    def zoom(self, factor: float, anchor_x: float | None = None) -> None:
        """Multiply the scale by ``factor``, keeping the date at viewport x ``anchor_x`` (default:
        the centre) where it is."""
        if not self.events:
            return
        view_x = self.viewport().width() / 2 if anchor_x is None else anchor_x
        scene_x = self.mapToScene(int(view_x), 0).x()
        year = self.layout_.start_year + (scene_x - self.layout_.x_of(self.layout_.start_year)) / (
            self.layout_.scale or 1.0
        )
        self.scale_px = max(MIN_SCALE, min(MAX_SCALE, self.layout_.scale * factor))
        self.fitted = False
        top = self.verticalScrollBar().value()
        self.rebuild()
        bar = self.horizontalScrollBar()
        bar.setValue(int(self.layout_.x_of(year) - view_x))
        self.verticalScrollBar().setValue(top)

    def rebuild(self) -> None:
        """Lay the events out again at the current scale and redraw the scene."""
        scene = self.scene()
        scene.clear()
        self.markers = []
        colours = PALETTES[reader_scheme(self.palette())]
        scene.setBackgroundBrush(QColor(colours["page"]))
        font = QFont(self.font())
        metrics = QFontMetricsF(font)
        if not self.events:
            self.layout_ = TimelineLayout()
            text = scene.addText(self.empty_text, font)
            text.setDefaultTextColor(QColor(colours["muted"]))
            text.setTextWidth(max(200.0, self.viewport().width() - 40.0))
            text.setPos(20, 20)
            scene.setSceneRect(scene.itemsBoundingRect().adjusted(-20, -20, 20, 20))
            return
        if not self.scale_px:
            self.scale_px = max(MIN_SCALE, scale_to_fit(self.events, self.viewport().width() - 4))
        layout = self.layout_ = lay_out(self.events, self.scale_px, metrics.horizontalAdvance)
        height = AXIS_PX + max(layout.lanes, 1) * LANE_PX + 12
        grid = QPen(QColor(colours["rule"]), 0.8)
        axis = QPen(QColor(colours["grid"]), 1.5)
        scene.addLine(
            layout.x_of(layout.start_year),
            AXIS_PX - 8,
            layout.x_of(layout.end_year),
            AXIS_PX - 8,
            axis,
        )
        for x, year in layout.ticks:
            scene.addLine(x, AXIS_PX - 12, x, height, grid)
            label = scene.addSimpleText(str(year), font)
            label.setBrush(QColor(colours["muted"]))
            label.setPos(x - label.boundingRect().width() / 2, AXIS_PX - 14 - metrics.height())
        for index, mark in enumerate(layout.marks):
            self._draw_mark(index, mark, colours, font, metrics)
        scene.setSceneRect(QRectF(0, 0, max(layout.width, 1.0), height))

    def _draw_mark(
        self, index: int, mark: Mark, colours: dict[str, str], font: QFont, metrics: QFontMetricsF
    ) -> None:
        """Draw one event: bar (a period), marker and label on its backing, each with its
        tooltip."""
        scene = self.scene()
        y = AXIS_PX + mark.lane * LANE_PX + LANE_PX / 2
        tip = self.tooltip(mark.event)
        items: list[QGraphicsItem] = []
        if mark.end_x is not None:
            path = QPainterPath()
            path.addRoundedRect(QRectF(mark.x, y - 5, max(mark.end_x - mark.x, 3.0), 10), 4, 4)
            items.append(
                scene.addPath(path, QPen(QColor(colours["box_border"])), QColor(colours["box"]))
            )
        marker = scene.addEllipse(
            mark.x - MARKER_R,
            y - MARKER_R,
            2 * MARKER_R,
            2 * MARKER_R,
            QPen(QColor(colours["page"]), 1.0),
            QBrush(QColor(colours["accent"])),
        )
        marker.setZValue(2)
        self.markers.append(marker)
        items.append(marker)
        label = scene.addSimpleText(mark.event.title, font)
        label.setBrush(QColor(colours["text"]))
        width = metrics.horizontalAdvance(mark.event.title)
        left = mark.x - LABEL_OFFSET - width if mark.label_left else mark.x + LABEL_OFFSET
        label.setPos(left, y - metrics.height() / 2)
        label.setZValue(3)
        items.append(label)
        backing = scene.addRect(
            label.sceneBoundingRect().adjusted(-LABEL_PAD, 0, LABEL_PAD, 0),
            QPen(Qt.PenStyle.NoPen),
            QBrush(QColor(colours["page"])),
        )
        backing.setZValue(BACKING_Z)  # over gridlines and bars, under markers and labels
        items.append(backing)
        for item in items:
            item.setData(EVENT_KEY, index)
            item.setToolTip(tip)
            if mark.event.topics:
                item.setCursor(Qt.CursorShape.PointingHandCursor)

    @staticmethod
    def tooltip(event: TimelineEvent) -> str:
        """Return the rich-text tooltip of ``event``: date, title, text and what a click opens."""
        when = when_words(event)
        parts = [f"<b>{escape(when[:1].upper() + when[1:])}</b><br>{escape(event.title)}"]
        if event.text:
            parts.append(f"<p>{escape(event.text.replace('**', ''))}</p>")
        if event.topics:
            parts.append("<i>" + escape(Timeline.tr("Click to open the topic")) + "</i>")
        return "".join(parts)

    def event_at(self, view_pos: QPointF) -> TimelineEvent | None:
        """Return the event drawn at viewport point ``view_pos``, or None."""
        for item in self.items(view_pos.toPoint()):
            index = item.data(EVENT_KEY)
            if isinstance(index, int) and 0 <= index < len(self.layout_.marks):
                return self.layout_.marks[index].event
        return None

    # -- export --------------------------------------------------------------

    def to_svg(self) -> str:
        """Return the events as an SVG document at the view's scale and in its colours."""
        return timeline_svg(
            self.events,
            scheme=reader_scheme(self.palette()),
            scale=self.layout_.scale if self.events else None,
            title=Timeline.tr("Timeline"),
            packed=True,
        )

    def to_image(self, ratio: float = 2.0) -> QImage:
        """Return the whole drawing as an image, ``ratio`` pixels per drawing pixel."""
        rect = self.scene().sceneRect()
        image = QImage(
            max(1, int(rect.width() * ratio)),
            max(1, int(rect.height() * ratio)),
            QImage.Format.Format_ARGB32,
        )
        image.fill(self.scene().backgroundBrush().color())
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.scene().render(painter, QRectF(image.rect()), rect)
        painter.end()
        return image

    # -- input ---------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Qt API: a fitted timeline is fitted again to the new width."""
        super().resizeEvent(event)
        if self.fitted and event.size().width() != event.oldSize().width():
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Qt API: Ctrl+wheel zooms about the pointer; the wheel alone scrolls."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom(ZOOM_STEP**steps, event.position().x())
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Qt API: + and - (with or without Ctrl) zoom, 0 fits the axis to the view."""
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(ZOOM_STEP)
        elif key == Qt.Key.Key_Minus:
            self.zoom(1 / ZOOM_STEP)
        elif key == Qt.Key.Key_0:
            self.fit()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Qt API: a click on an event opens its first topic; elsewhere, a drag pans."""
        if event.button() == Qt.MouseButton.LeftButton:
            clicked = self.event_at(event.position())
            if clicked is not None and clicked.topics:
                self.topic_requested.emit(clicked.topics[0])
                event.accept()
                return
        super().mousePressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        """Qt API: redraw in the new colours when the palette changes (a theme switch)."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.rebuild()
