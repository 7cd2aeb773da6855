"""File → Print: a print preview of the current topic or of a brief.

Printing uses the same paged layout as the PDF brief
(:mod:`briefing_app.ui.prep.brief_pdf`): the running header carries the
classification marking and the footer "Page N of M".  The preview is Qt's
``QPrintPreviewDialog``; its ``paintRequested`` paints the pages for the
printer and page setup the user picks there.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from briefing_app.core.brief.html import brief_to_html
from briefing_app.core.brief.model import Brief, BriefOptions, build_brief
from briefing_app.core.pack.model import Pack
from briefing_app.ui.i18n import Context
from briefing_app.ui.prep.brief_pdf import PagedDocument, lay_out_brief, setup_page

Printing = Context("Printing")

#: Paints the pages of one document on a printer.
PagePainter = Callable[[QPrinter], None]


def topic_brief(pack: Pack, topic_id: str, note: str = "") -> Brief:
    """Return a one-topic brief of ``topic_id`` with the pack's marking (for printing it).

    Raises:
        BriefError: there is no such topic.
    """
    options = BriefOptions(
        topic_ids=[topic_id],
        include_notes=bool(note),
        include_glossary=False,
        marking=pack.info.classification,
    )
    return build_brief(pack, options, {topic_id: note})


def paint_topic(brief: Brief) -> PagePainter:
    """Return a painter of ``brief``'s topics without cover or contents (File → Print)."""

    def paint(printer: QPrinter) -> None:
        html = brief_to_html(brief, paged=True, cover=False)
        title = brief.sections[0].topic.title if len(brief.sections) == 1 else brief.options.title
        paged = PagedDocument(html, printer, brief.options.marking, title)
        _paint(printer, paged)

    return paint


def paint_brief(brief: Brief) -> PagePainter:
    """Return a painter of the whole brief: cover, numbered contents, topics, glossary."""

    def paint(printer: QPrinter) -> None:
        _paint(printer, lay_out_brief(brief, printer))

    return paint


def _paint(printer: QPrinter, paged: PagedDocument) -> None:
    painter = QPainter()
    if not painter.begin(printer):
        return  # the printer refused (no file, no device); the dialog says so itself
    try:
        paged.paint_all(painter)
    finally:
        painter.end()


def make_printer() -> QPrinter:
    """Return a high-resolution printer set to A4 with the brief's margins."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    setup_page(printer)
    return printer


def open_preview(parent: QWidget, title: str, paint: PagePainter) -> int:
    """Show the print preview of the pages ``paint`` draws; return the dialog's result.

    Modal: tests replace this function rather than open it.
    """
    printer = make_printer()
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(Printing.tr("Print — %1").replace("%1", title))
    dialog.paintRequested.connect(paint)
    result = dialog.exec()
    dialog.deleteLater()
    return int(result)
