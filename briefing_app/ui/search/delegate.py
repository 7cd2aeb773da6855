"""Draws a search hit as rich text: the kind icon, the title, and the snippet with bold matches.

The row's HTML comes from the model's
:data:`~briefing_app.ui.search.results.HTML_ROLE`; it is laid out in a
``QTextDocument`` as wide as the list's viewport, so the row is as tall as
its wrapped text.  Colours come from the view's palette when the row is
painted: the title in the text colour, the snippet in a colour between text
and base (a quieter grey that still reads in light and dark), the matches in
the full text colour and bold; a selected row uses the palette's highlight
and highlighted-text colours throughout.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QIcon,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from briefing_app.ui.search.results import HTML_ROLE

#: Space around a row's content and between the icon and the text (device-independent pixels).
MARGIN = 6
#: Size of the kind icon.
ICON_SIZE = 18
#: Laid-out row documents kept for reuse between sizing and painting.
CACHE_SIZE = 256

ModelIndex = QModelIndex | QPersistentModelIndex


def mix(first: QColor, second: QColor, weight: float) -> QColor:
    """Return the colour ``weight`` (0-1) of the way from ``first`` to ``second``."""
    return QColor(
        round(first.red() + (second.red() - first.red()) * weight),
        round(first.green() + (second.green() - first.green()) * weight),
        round(first.blue() + (second.blue() - first.blue()) * weight),
    )


def row_stylesheet(palette: QPalette, selected: bool) -> str:
    """Return the CSS for a row's document in ``palette``'s colours (``selected``: highlighted)."""
    group = QPalette.ColorGroup.Active
    if selected:
        text = palette.color(group, QPalette.ColorRole.HighlightedText)
        quiet = text
    else:
        text = palette.color(group, QPalette.ColorRole.Text)
        quiet = mix(text, palette.color(group, QPalette.ColorRole.Base), 0.3)
    return (
        f"div.title {{ color: {text.name()}; font-weight: 600; }}"
        f"div.snippet {{ color: {quiet.name()}; margin-top: 2px; }}"
        f"b {{ color: {text.name()}; font-weight: 700; }}"
    )


class HitDelegate(QStyledItemDelegate):
    """Paints and sizes search-hit rows of a list view (see module doc).

    Args:
        view: the list the delegate serves; its viewport width is the rows' width.
    """

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view
        self._documents: dict[tuple[str, int, str, str], QTextDocument] = {}

    @staticmethod
    def text_width(row_width: int) -> int:
        """Return the width of a row's text, in pixels, for a row ``row_width`` pixels wide."""
        return max(80, row_width - ICON_SIZE - 3 * MARGIN)

    def document(
        self, index: ModelIndex, width: int, palette: QPalette, selected: bool
    ) -> QTextDocument:
        """Return the laid-out document of the row at ``index``, ``width`` pixels wide.

        Documents are kept (up to :data:`CACHE_SIZE`) by HTML, width, colours
        and font, so sizing a row and painting it lay it out once.
        """
        html = index.data(HTML_ROLE) or ""
        style = row_stylesheet(palette, selected)
        font = self._view.font()
        key = (html, width, style, font.key())
        doc = self._documents.get(key)
        if doc is None:
            if len(self._documents) >= CACHE_SIZE:
                self._documents.clear()
            doc = QTextDocument()
            doc.setDocumentMargin(0)
            doc.setDefaultFont(font)
            doc.setDefaultStyleSheet(style)
            doc.setHtml(html)
            doc.setTextWidth(width)
            self._documents[key] = doc
        return doc

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        """Qt API: the row's size, its document wrapped to the viewport's width."""
        row_width = self._view.viewport().width() or option.rect.width()
        doc = self.document(index, self.text_width(row_width), option.palette, False)
        height = max(ICON_SIZE, round(doc.size().height())) + 2 * MARGIN
        return QSize(row_width, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        """Qt API: draw the row's background and focus by the style, then icon and rich text."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        decoration = QIcon(opt.icon)
        opt.text = ""
        opt.icon = QIcon()
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        rect: QRect = opt.rect
        icon_rect = QRect(rect.left() + MARGIN, rect.top() + MARGIN, ICON_SIZE, ICON_SIZE)
        mode = QIcon.Mode.Selected if selected else QIcon.Mode.Normal
        decoration.paint(painter, icon_rect, Qt.AlignmentFlag.AlignCenter, mode)

        left = icon_rect.right() + 1 + MARGIN
        width = self.text_width(rect.width())
        doc = self.document(index, width, opt.palette, selected)
        painter.save()
        painter.translate(left, rect.top() + MARGIN)
        clip = QRect(0, 0, width, rect.height() - 2 * MARGIN)
        painter.setClipRect(clip)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = clip.toRectF()
        doc.documentLayout().draw(painter, context)
        painter.restore()
