"""Paged output of HTML through QTextDocument: the brief as PDF, and printing.

The technique is the one ``QTextDocument::print`` uses (Qt docs, "Rich Text
Processing" and ``QTextDocument.drawContents``): the document is laid out
for the printer (``documentLayout().setPaintDevice``) with a page size of
the printable body, then painted page by page through a translated,
clipped QPainter, with a running header (the classification marking) and a
footer (the title, the marking again and "Page N of M") drawn around each
page.  After each layout :func:`briefing_app.ui.prep.brief_pages.settle_steps`
adds the page breaks that keep headings with what follows them and boxes and
tables whole.

Page numbers in the table of contents come from a first layout: the page a
topic starts on is the top of the block carrying its anchor divided by the
page height.  The numbers are then written in and the document laid out
again, until they settle.

Only QtGui is used (no widgets), so the ``export`` command runs this with a
QGuiApplication on the offscreen platform.  A QTextDocument belongs to the
thread that made it; :class:`PdfJob` builds and paints it in one thread, a
page per step, so the window can stay responsive between steps.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QMarginsF, QRectF, QSize, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImageReader,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextCursor,
    QTextDocument,
)

from briefing_app.core.brief.files import partial_path
from briefing_app.core.brief.html import GLOSSARY_KEY, brief_to_html
from briefing_app.core.brief.model import Brief, Progress
from briefing_app.core.render.stylesheet import PALETTES
from briefing_app.ui.prep.brief_pages import settle_steps

#: Resolution of written PDFs (dots per inch); 300 is print quality.
PDF_DPI = 300
#: Page margins (millimetres) and the bands for the running header and footer.
MARGINS_MM = QMarginsF(18, 12, 18, 12)
BAND_MM = 10.0
_IMG_TAG = re.compile(r"<img\b([^>]*)>")
_DATA_SRC = re.compile(r'\s*src="data:([^;,"]*);base64,([^"]*)"')
_SIZE_ATTR = re.compile(r'\s*(width|height)="[^"]*"')

#: Times the contents are laid out at most while their page numbers settle.
MAX_LAYOUT_PASSES = 3


def _mm(device: QPagedPaintDevice, millimetres: float) -> float:
    """Convert millimetres to device pixels."""
    return millimetres / 25.4 * device.logicalDpiY()


def _counting(
    steps: Generator[None, None, PagedDocument],
) -> Generator[tuple[int, int], None, PagedDocument]:
    """Report each layout pass as (0, 0): work going on, pages not known yet."""
    while True:
        try:
            next(steps)
        except StopIteration as done:
            paged: PagedDocument = done.value
            return paged
        yield 0, 0


class PagedDocument:
    """A QTextDocument laid out in pages of ``device``, with header and footer bands.

    Args:
        html: the document (a whole HTML page; its ``<style>`` applies).
        device: a QPdfWriter or QPrinter, its page size and margins set.
        marking: text of the running header ("" for none).
        footer_left: text at the left of the footer (the brief's title).
    """

    def __init__(
        self, html: str, device: QPagedPaintDevice, marking: str = "", footer_left: str = ""
    ) -> None:
        self.device = device
        self.marking = marking
        self.footer_left = footer_left
        paint = device.pageLayout().paintRectPixels(device.logicalDpiY())
        self.width = float(paint.width())
        self.band = _mm(device, BAND_MM)
        self.body_height = float(paint.height()) - 2 * self.band
        self.document = QTextDocument()
        self.document.setUndoRedoEnabled(False)
        self.document.documentLayout().setPaintDevice(device)
        self.document.setDocumentMargin(0)
        self.document.setPageSize(QSizeF(self.width, self.body_height))
        self.set_html(html)

    def set_html(self, html: str) -> None:
        """Replace the text and lay it out again (embedded images fitted to the page),
        with the page breaks of :func:`~briefing_app.ui.prep.brief_pages.settle_steps`."""
        for _step in self.set_html_steps(html):
            pass

    def set_html_steps(self, html: str) -> Generator[None, None, None]:
        """:meth:`set_html` in steps: yields after the layout and after each page break added."""
        self.document.setHtml(self._load_images(html))
        yield
        yield from settle_steps(self.document, self.body_height)

    def _load_images(self, html: str) -> str:
        """Serve ``data:`` images as document resources, fitted to the page width.

        QTextDocument lets a wide image overflow the page and rasterises an
        SVG at its natural size, which prints blurred; so each image is
        decoded here (an SVG at the printer's resolution), added with
        ``addResource`` and given its width and height in CSS pixels, which
        the layout scales by the device's resolution (``QTextImageHandler``).
        """
        screen = QGuiApplication.primaryScreen()
        screen_dpi = screen.logicalDotsPerInchY() if screen is not None else 96.0
        ratio = self.device.logicalDpiY() / (screen_dpi or 96.0)
        max_css = self.width / ratio
        counter = iter(range(1_000_000))

        def replace(match: re.Match[str]) -> str:
            attributes = match.group(1)
            src = _DATA_SRC.search(attributes)
            if src is None:
                return match.group(0)
            try:
                data = QByteArray.fromBase64(src.group(2).encode("ascii"))
            except UnicodeEncodeError:
                return match.group(0)
            buffer = QBuffer()
            buffer.setData(data)
            reader = QImageReader(buffer)
            natural = reader.size()
            if not natural.isValid() or natural.width() <= 0:
                return match.group(0)
            css_width = min(float(natural.width()), max_css)
            css_height = natural.height() * css_width / natural.width()
            if "svg" in src.group(1):
                reader.setScaledSize(QSize(int(css_width * ratio), int(css_height * ratio)))
            image = reader.read()
            if image.isNull():
                return match.group(0)
            name = f"brief-image:{next(counter)}"
            self.document.addResource(
                QTextDocument.ResourceType.ImageResource.value, QUrl(name), image
            )
            kept = _SIZE_ATTR.sub("", _DATA_SRC.sub("", attributes))
            return f'<img src="{name}" width="{css_width:.0f}" height="{css_height:.0f}"{kept}>'

        return _IMG_TAG.sub(replace, html)

    def write_over(self, tokens: Mapping[str, str], pages: Mapping[str, int]) -> None:
        """Replace each placeholder text ``tokens[anchor]`` by ``pages[anchor]``, in place.

        One edit block, so the layout is brought up to date once, for the
        blocks that changed.
        """
        edit = QTextCursor(self.document)
        edit.beginEditBlock()
        try:
            for anchor, token in tokens.items():
                found = self.document.find(token)
                if not found.isNull():
                    found.insertText(str(pages.get(anchor, "")))
        finally:
            edit.endEditBlock()

    def page_count(self) -> int:
        """Return the number of pages (lays the document out if needed)."""
        return max(1, self.document.pageCount())

    def anchor_pages(self) -> dict[str, int]:
        """Return each anchor name to the 1-based page it is on (first occurrence)."""
        pages: dict[str, int] = {}
        layout = self.document.documentLayout()
        block = self.document.begin()
        while block.isValid():
            iterator = block.begin()
            names: list[str] = list(block.charFormat().anchorNames())
            while not iterator.atEnd():
                names.extend(iterator.fragment().charFormat().anchorNames())
                iterator += 1
            if names:
                top = layout.blockBoundingRect(block).top()
                page = int(top // self.body_height) + 1
                for name in names:
                    pages.setdefault(name, page)
            block = block.next()
        return pages

    def paint_page(self, painter: QPainter, index: int, count: int) -> None:
        """Paint page ``index`` (0-based) of ``count``: header, text, footer, in reading order.

        The header carries the marking; the footer the title (left, shortened
        to fit), the marking again (centre) and "Page N of M" (right), so a
        page torn from the brief still shows its classification at both ends.
        """
        head = QRectF(0, 0, self.width, self.band * 0.8)
        foot = QRectF(
            0, self.band + self.body_height + self.band * 0.2, self.width, self.band * 0.8
        )
        pen = QPen(QColor(PALETTES["light"]["muted"]), max(1.0, self.band / 200))
        font = QFont(self.document.defaultFont())
        font.setPointSizeF(8.5)
        bold = QFont(font)
        bold.setBold(True)
        painter.save()
        painter.setPen(pen)
        if self.marking:
            painter.setFont(bold)
            painter.drawText(head, Qt.AlignmentFlag.AlignCenter, self.marking)
        painter.drawLine(0, int(head.bottom()), int(self.width), int(head.bottom()))
        painter.restore()

        top = index * self.body_height
        painter.save()
        painter.translate(0, self.band - top)
        # A line the layout moved to the next page can start a fraction of a pixel above
        # that page's top; a clip one pixel short keeps it (and its text) off this page.
        clip = QRectF(0, top, self.width, self.body_height - 1)
        self.document.drawContents(painter, clip)
        painter.restore()

        painter.save()
        painter.setPen(pen)
        painter.drawLine(0, int(foot.top()), int(self.width), int(foot.top()))
        align_v = Qt.AlignmentFlag.AlignVCenter
        number = f"Page {index + 1} of {count}"
        painter.setFont(bold)
        marking_width = QFontMetricsF(bold, painter.device()).horizontalAdvance(self.marking)
        painter.setFont(font)
        metrics = QFontMetricsF(font, painter.device())
        room = (self.width - marking_width) / 2 - metrics.horizontalAdvance("  ")
        if not self.marking:
            room = self.width - metrics.horizontalAdvance(number + "    ")
        title = metrics.elidedText(self.footer_left, Qt.TextElideMode.ElideRight, max(0.0, room))
        painter.drawText(foot, Qt.AlignmentFlag.AlignLeft | align_v, title)
        painter.drawText(foot, Qt.AlignmentFlag.AlignRight | align_v, number)
        if self.marking:
            painter.setFont(bold)
            painter.drawText(foot, Qt.AlignmentFlag.AlignCenter, self.marking)
        painter.restore()

    def paint_all(self, painter: QPainter) -> None:
        """Paint every page on ``painter`` (begun on :attr:`device`), with page breaks."""
        count = self.page_count()
        for index in range(count):
            if index:
                self.device.newPage()
            self.paint_page(painter, index, count)


def describe_pdf(writer: QPdfWriter, brief: Brief) -> None:
    """Write the brief's title, author and the creating program into the PDF's metadata.

    The title and creator go in the document information dictionary (PDF 1.7,
    §14.3.3: ``/Title``, ``/Creator``).  ``QPdfWriter.setAuthor`` (``/Author``)
    came with Qt 6.8; with an older Qt the author is on the cover only.
    """
    writer.setCreator("Briefing")
    writer.setTitle(brief.options.title)
    if brief.options.author and hasattr(writer, "setAuthor"):
        writer.setAuthor(brief.options.author)


def setup_page(device: QPagedPaintDevice, paper: str = "A4") -> None:
    """Give ``device`` portrait pages of ``paper`` (``A4`` or ``Letter``) with the brief's
    margins."""
    size = QPageSize.PageSizeId.Letter if paper == "Letter" else QPageSize.PageSizeId.A4
    device.setPageSize(QPageSize(size))
    device.setPageOrientation(QPageLayout.Orientation.Portrait)
    device.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)


@dataclass(frozen=True)
class BriefTemplate:
    """The brief's HTML with a placeholder where each page number of the contents goes.

    Made without Qt (:func:`brief_template`), so a worker thread can prepare
    it; :meth:`fill` writes the numbers in without rebuilding the HTML.
    """

    html: str
    tokens: dict[str, str]

    def fill(self, pages: Mapping[str, int]) -> str:
        """Return the HTML with the page numbers of ``pages`` (anchor to page) written in."""
        html = self.html
        for anchor, token in self.tokens.items():
            html = html.replace(token, str(pages.get(anchor, "")))
        return html


def brief_template(brief: Brief, progress: Progress | None = None) -> BriefTemplate:
    """Return the paged HTML of ``brief`` with page-number placeholders (Qt-free).

    Raises:
        BriefCancelled: ``progress`` returned False.
    """
    anchors = [section.anchor for section in brief.sections] + [GLOSSARY_KEY]
    tokens = {anchor: f"\ue000{index}\ue001" for index, anchor in enumerate(anchors)}
    return BriefTemplate(brief_to_html(brief, tokens, paged=True, progress=progress), tokens)


def lay_out_steps(
    template: BriefTemplate, device: QPagedPaintDevice, marking: str, title: str
) -> Generator[None, None, PagedDocument]:
    """Lay the brief out for ``device`` in steps, writing in the contents' page numbers.

    Steps: read the HTML (placeholders in the contents), lay it out, add each page
    break :func:`~briefing_app.ui.prep.brief_pages.settle_steps` asks for, find
    the page of each anchor, then write the numbers over the placeholders in
    the laid-out document (one edit block: the contents' rows keep their
    height, so nothing after them moves) and check that the pages held.
    Should they not, the HTML is read and laid out again with the numbers,
    at most :data:`MAX_LAYOUT_PASSES` times.  Yields after each step; returns
    the laid-out document.
    """
    paged = PagedDocument("", device, marking, title)
    yield from paged.set_html_steps(template.html)
    found = paged.anchor_pages()
    yield
    pages = {anchor: found[anchor] for anchor in template.tokens if anchor in found}
    paged.write_over(template.tokens, pages)
    yield
    for _ in range(MAX_LAYOUT_PASSES):
        found = paged.anchor_pages()
        settled = {anchor: found[anchor] for anchor in template.tokens if anchor in found}
        if settled == pages:
            break
        pages = settled
        yield from paged.set_html_steps(template.fill(pages))
    return paged


def lay_out_brief(brief: Brief, device: QPagedPaintDevice) -> PagedDocument:
    """Return the brief laid out for ``device`` at once, its contents numbered."""
    steps = lay_out_steps(brief_template(brief), device, brief.options.marking, brief.options.title)
    while True:
        try:
            next(steps)
        except StopIteration as done:
            paged: PagedDocument = done.value
            return paged


class PdfJob:
    """Writes a brief to a PDF file, a layout pass or a page per step (see :meth:`steps`).

    The file appears only when the job completes: pages go to a temporary
    file beside it, renamed at the end; a cancelled or failed job leaves no file.

    Args:
        brief: the brief to write.
        path: the PDF file.
        template: :func:`brief_template` of ``brief`` if already made (in a
            worker thread, say).
    """

    def __init__(self, brief: Brief, path: Path, template: BriefTemplate | None = None) -> None:
        self.brief = brief
        self.path = path
        self.template = template
        self._partial = partial_path(path)

    def steps(self) -> Generator[tuple[int, int], None, None]:
        """Lay out a pass per step, then paint a page per step.

        Yields (pages done, page count); the count is 0 while laying out.

        Raises:
            OSError: the file cannot be written (the message names it).
        """
        template = self.template or brief_template(self.brief)
        writer = QPdfWriter(str(self._partial))
        writer.setResolution(PDF_DPI)
        describe_pdf(writer, self.brief)
        setup_page(writer, self.brief.options.paper)
        options = self.brief.options
        paged = yield from _counting(
            lay_out_steps(template, writer, options.marking, options.title)
        )
        count = paged.page_count()
        painter = QPainter()
        if not painter.begin(writer):
            self._partial.unlink(missing_ok=True)
            raise OSError(f"cannot write {self.path}: the PDF file could not be created")
        finished = False
        try:
            for index in range(count):
                if index:
                    writer.newPage()
                paged.paint_page(painter, index, count)
                yield index + 1, count
            finished = True
        finally:
            painter.end()
            if finished:
                os.replace(self._partial, self.path)
            else:
                self._partial.unlink(missing_ok=True)

    def run(self, progress: Callable[[int, int], bool] | None = None) -> bool:
        """Run every step; False if ``progress`` asked to stop (no file is left then)."""
        steps = self.steps()
        for done, total in steps:
            if progress is not None and progress(done, total) is False:
                steps.close()
                return False
        return True
