"""The reading pane: a QTextBrowser that routes its own links and serves pack images.

As Frescobaldi's user-guide browser does, link handling is turned off
(``setOpenLinks(False)``; left on, QTextBrowser would try to load the URL as
a document and go blank) and ``anchorClicked`` is routed here.  Resources are
served by :meth:`Reader.loadResource` from the pack folder only: no remote
URL, no ``file:`` URL outside the pack is ever loaded (Qt docs,
``QTextBrowser.loadResource``).

The renderers (Markdown, glossary linking) are imported when a page is first
rendered: a page from the page cache needs none of them, which keeps them out
of the start-up.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QSizeF, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QGuiApplication,
    QHelpEvent,
    QImage,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QMenu, QTextBrowser, QWidget

from briefing_app.core.pack.cache import load_pages
from briefing_app.core.pack.entries import page_key
from briefing_app.core.pack.model import Pack
from briefing_app.core.pack.urls import route
from briefing_app.core.render.stylesheet import stylesheet
from briefing_app.core.views import GLANCE_KEY
from briefing_app.ui.i18n import SOURCE_LANGUAGE, Context, interface_language
from briefing_app.ui.qt_ints import SCROLL_BAR_ALWAYS_OFF, SCROLL_BAR_AS_NEEDED
from briefing_app.ui.theme import reader_scheme

#: Topics whose body is longer than this (characters) are shown progressively.
PROGRESSIVE_BYTES = 200_000
#: Markdown rendered per step when a topic is shown progressively (bytes).
CHUNK_BYTES = 24_000
#: Space around the page's text (device-independent pixels).
DOCUMENT_MARGIN = 18
#: The At a Glance page's measure, as a multiple of the reader's: its two columns side by side,
#: the wider (57 %) holding about a topic page's line length, centred like a topic page.
WIDE_MEASURE = 1.75
#: Images wider than this are scaled down to it (device-independent pixels).
MAX_IMAGE_WIDTH = 900


#: Key of the QImage text that :func:`placeholder_image` sets to the words it shows.
PLACEHOLDER_KEY = "briefing-placeholder"

Reading = Context("Reading")


def placeholder_image(text: str) -> QImage:
    """Return a framed box with ``text`` in it, shown in place of an image that cannot be.

    ``Qt`` is imported here, not at the top: the first frame must not touch
    the ``Qt`` namespace (:mod:`briefing_app.ui.qt_ints`).
    """
    from PySide6.QtCore import Qt

    font = QFont()
    metrics = QFontMetrics(font)
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, MAX_IMAGE_WIDTH - 24)
    image = QImage(
        metrics.horizontalAdvance(shown) + 24, metrics.height() + 16, QImage.Format.Format_ARGB32
    )
    image.fill(QColor(128, 128, 128, 40))
    painter = QPainter(image)
    painter.setPen(QColor(128, 128, 128))
    painter.drawRect(0, 0, image.width() - 1, image.height() - 1)
    painter.setFont(font)
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, shown)
    painter.end()
    image.setText(PLACEHOLDER_KEY, text)  # marks it as drawn here, not read from anywhere
    return image


class Reader(QTextBrowser):
    """Shows topic and glossary pages of one pack.

    Signals:
        topic_requested(topic_id, anchor): an in-pack topic link was clicked.
        term_requested(term_id): a glossary link was clicked.
        external_requested(QUrl): an http(s)/mailto link was clicked; the
            window asks for confirmation before opening it.
        link_refused(message): a link was refused (unknown scheme, outside
            the pack); the message is for the status bar.
        page_completed(): a long topic shown progressively is now complete.
        usage_needed(): a glossary page was shown before the big pack's "Used in"
            was worked out (the window then starts the background scan).
    """

    topic_requested = Signal(str, str)
    term_requested = Signal(str)
    external_requested = Signal(QUrl)
    link_refused = Signal(str)
    page_completed = Signal()
    usage_needed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName(Reading.tr("Reader"))
        self.setAccessibleDescription(
            Reading.tr(
                "The page shown: a topic, a glossary term or the whole glossary; "
                "links open topics and terms"
            )
        )
        self.anchorClicked.connect(self._route)
        self._pack: Pack | None = None
        self._page: tuple[str, str] | None = None  # ("topic"|"term"|"glossary", id)
        self._scheme: str | None = None  # the stylesheet's scheme (ui.theme.reader_scheme)
        self.term_links = True  # link glossary terms in topic text (View menu)
        self._pages: dict[str, str] | None = {}  # None: not read from the page cache yet
        self.loading = False  # True while a long topic is still being appended
        self._generation = 0  # bumped on every page change; stops a stale append
        #: Actions listed under the standard entries of the context menu.
        self.context_actions: list[QAction] = []
        self.document().setDocumentMargin(DOCUMENT_MARGIN)
        self._measure = 0  # characters per line at most; 0: the pane's full width
        self._sideways_off = False  # the sideways scroll bar is kept off (_on_document_size)
        self.document().documentLayout().documentSizeChanged.connect(self._on_document_size)
        self._wide = False  # the page shown has two columns: a wider measure (the glance page)

    def set_pack(self, pack: Pack) -> None:
        """Read pages from ``pack`` from now on (the pane is cleared).

        Pages rendered in an earlier session of the same pack files are
        reused (:mod:`briefing_app.core.pack.cache`).
        """
        self._pack = pack
        self._pages = None  # read when a topic is first shown (a term pane never needs them)
        self.show_nothing()

    def show_nothing(self) -> None:
        """Show no page: the pane is empty and shows its placeholder text."""
        self._stop_filling()
        self._page = None
        self.clear()

    def adopt_pack(self, pack: Pack) -> None:
        """Follow ``pack`` without touching the page shown (no new rendering, scroll kept).

        For the whole pack that replaces a preview, when the topic shown
        renders alike in both (:func:`~briefing_app.core.render.page.renders_alike`):
        a long page is not laid out twice.  The page's HTML is kept for the
        page cache; a page still filling in goes on filling.
        """
        key = self._page_key(self._page[1]) if self._page and self._page[0] == "topic" else ""
        html = self.pages.get(key)
        self._pack = pack
        self._pages = None
        if html is not None:
            self.pages[key] = html

    @property
    def pages(self) -> dict[str, str]:
        """Rendered topic HTML by page key, for revisits (most recently shown last)."""
        if self._pages is None:
            self._pages = load_pages(self._pack) if self._pack is not None else {}
        return self._pages

    def _page_key(self, topic_id: str) -> str:
        return page_key(topic_id, self.term_links)

    def _topic_html(self, topic_id: str) -> str:
        """Return the page of ``topic_id``, rendered once per session or cache."""
        assert self._pack is not None
        key = self._page_key(topic_id)
        html = self.pages.pop(key, None)
        if html is None:
            from briefing_app.core.render.page import render_topic

            html = render_topic(self._pack, self._pack.topics[topic_id], term_links=self.term_links)
        self.pages[key] = html  # (re)inserted last: the dict keeps the most recent at the end
        return html

    def _show_progressively(self, topic_id: str) -> None:
        """Show the start of a very long topic at once and append the rest from the event loop.

        Each further part is rendered and appended in its own event-loop turn
        (``QTimer.singleShot(0)``), so input is handled between parts; opening
        another page stops the appending.  The whole page is then cached.
        """
        from briefing_app.core.render.page import topic_parts

        assert self._pack is not None
        parts = topic_parts(
            self._pack, self._pack.topics[topic_id], self.term_links, chunk_bytes=CHUNK_BYTES
        )
        done = [next(parts)]
        self._set_page_html(done[0])
        generation = self._generation
        self.loading = True

        def append_next() -> None:
            if generation != self._generation:
                return
            part = next(parts, None)
            if part is None:
                self.loading = False
                self.pages[self._page_key(topic_id)] = "\n".join(done)
                self.page_completed.emit()
                return
            done.append(part)
            cursor = QTextCursor(self.document())
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertHtml(part)
            QTimer.singleShot(0, append_next)

        QTimer.singleShot(0, append_next)

    @property
    def page(self) -> tuple[str, str] | None:
        """The page shown: ``("topic", id)``, ``("term", id)``, ``("glossary", "")``,
        ``("glance", "")`` or None."""
        return self._page

    def _apply_stylesheet(self) -> None:
        scheme = reader_scheme(self.palette())
        if scheme != self._scheme:
            self._scheme = scheme
            self.document().setDefaultStyleSheet(stylesheet(scheme))

    def _set_page_html(self, html: str, wide: bool = False) -> None:
        """Show ``html`` as the whole page (``wide``: two columns, :data:`WIDE_MEASURE` times
        the measure); a long topic still filling in stops."""
        self._stop_filling()
        self._wide = wide
        self._apply_stylesheet()
        self.setHtml(html)
        self._apply_measure()

    def set_measure(self, chars: int) -> None:
        """Cap the text's line length at about ``chars`` average characters, centring the column
        when the pane is wider (0: no cap).  Typographers' readable measure is 45–90
        characters (Bringhurst, "The Elements of Typographic Style", 2.1.2); 75 is the default
        of the main reader."""
        self._measure = max(0, chars)
        self._apply_measure()

    @property
    def measure(self) -> int:
        """The line-length cap in characters (0: none); see :meth:`set_measure`."""
        return self._measure

    def _apply_measure(self) -> None:
        """Set the root frame's side margins so that lines hold at most the measure."""
        root = self.document().rootFrame()
        fmt = root.frameFormat()
        side = self._side_margin()
        if abs(fmt.leftMargin() - side) > 0.5 or abs(fmt.rightMargin() - side) > 0.5:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            root.setFrameFormat(fmt)

    def _on_document_size(self, size: QSizeF) -> None:
        """Keep the sideways scroll bar for pages really wider than the pane.

        A full-width table's outer border lies a pixel or two past the text
        column (Qt's table layout), which alone would call up a scroll bar
        that scrolls nothing worth seeing.
        """
        overflow = size.width() - self.viewport().width()
        off = 0 < overflow <= 2
        if off != self._sideways_off:  # the property reads back as a Qt enum: keep our own
            self._sideways_off = off
            policy = SCROLL_BAR_ALWAYS_OFF if off else SCROLL_BAR_AS_NEEDED
            self.setProperty("horizontalScrollBarPolicy", policy)

    def _side_margin(self) -> float:
        """The space left and right of the text column that keeps lines to the measure
        (0 without a measure or in a pane narrower than it), in whole pixels.  The At a Glance
        page (``wide``) keeps :data:`WIDE_MEASURE` times the measure, centred, and at least
        the document margin either side."""
        if self._wide:
            char = QFontMetricsF(self.document().defaultFont()).averageCharWidth()
            free = self.viewport().width() - char * self._measure * WIDE_MEASURE
            return float(max(DOCUMENT_MARGIN, int(free // 2) if self._measure else 0))
        if not self._measure:
            return 0.0
        char = QFontMetricsF(self.document().defaultFont()).averageCharWidth()
        free = self.viewport().width() - 2 * DOCUMENT_MARGIN - char * self._measure
        return float(max(0, int(free // 2)))

    def column_width(self) -> int:
        """The width of the page's text column in pixels: the pane less its margins and the
        measure's side space.  Images are scaled down to it, so none is wider than the text."""
        if self._wide:  # the side space includes the document margin
            return int(self.viewport().width() - 2 * self._side_margin() - 2)
        return int(self.viewport().width() - 2 * DOCUMENT_MARGIN - 2 * self._side_margin() - 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Qt API: keep the measure centred as the pane's width changes."""
        super().resizeEvent(event)
        self._apply_measure()

    def _stop_filling(self) -> None:
        self._generation += 1  # a pending append sees another generation and stops
        self.loading = False

    def show_topic(self, topic_id: str, anchor: str = "") -> bool:
        """Render topic ``topic_id`` and scroll to ``anchor``; False if there is no such topic."""
        if self._pack is None or topic_id not in self._pack.topics:
            return False
        if self._page != ("topic", topic_id):
            key = self._page_key(topic_id)
            if len(self._pack.topics[topic_id].body) > PROGRESSIVE_BYTES and key not in self.pages:
                self._show_progressively(topic_id)
            else:
                self._set_page_html(self._topic_html(topic_id))
            self._page = ("topic", topic_id)
        if anchor:
            self.scrollToAnchor(anchor)
        else:
            self.verticalScrollBar().setValue(0)
        return True

    def show_term(self, term_id: str) -> bool:
        """Render glossary term ``term_id``; False if there is no such term."""
        term = self._pack.term(term_id) if self._pack else None
        if term is None or self._pack is None:
            return False
        from briefing_app.core.glossary.pages import render_term_page

        self._set_page_html(render_term_page(self._pack, term))
        self._ask_for_usage()
        self._page = ("term", term_id)
        return True

    def rerender(self) -> None:
        """Render the current page again (after a palette or pack change)."""
        page, self._page = self._page, None
        if page is None:
            return
        scroll = self.verticalScrollBar().value()
        if page[0] == "glossary":
            self.show_glossary()
        elif page[0] == "glance":
            self.show_glance()
        else:
            (self.show_topic if page[0] == "topic" else self.show_term)(page[1])
        self.verticalScrollBar().setValue(scroll)

    def show_glossary(self) -> bool:
        """Show the whole glossary as one page (page ``("glossary", "")``); False without a pack."""
        if self._pack is None:
            return False
        from briefing_app.core.glossary.pages import render_glossary_page

        self._set_page_html(render_glossary_page(self._pack))
        self._ask_for_usage()
        self._page = ("glossary", "")
        return True

    def show_glance(self) -> bool:
        """Show the pack's "At a glance" page (page ``("glance", "")``); False without a pack.

        In English its HTML comes with the rendered pages (the prepared pack ships it), so
        showing it at start needs no renderer (:mod:`briefing_app.core.views.glance`); in
        another interface language it is rendered with that language's labels.
        """
        if self._pack is None:
            return False
        english = interface_language() == SOURCE_LANGUAGE  # the shipped page is in English
        html = self.pages.get(GLANCE_KEY) if english else None
        if html is None:
            from briefing_app.core.views.glance import render_glance
            from briefing_app.ui.views.words import glance_words

            html = render_glance(self._pack, glance_words())
            if english:
                self.pages[GLANCE_KEY] = html
        self._set_page_html(html, wide=True)
        self._page = ("glance", "")
        self.verticalScrollBar().setValue(0)
        return True

    def _ask_for_usage(self) -> None:
        """Emit ``usage_needed`` if "Used in" is not worked out yet for this pack."""
        from briefing_app.core.glossary.usage import usage_if_ready

        if self._pack is not None and usage_if_ready(self._pack) is None:
            self.usage_needed.emit()

    def set_term_links(self, on: bool) -> None:
        """Link glossary terms in topic text or not; the page shown is rendered again."""
        if on != self.term_links:
            self.term_links = on
            self.rerender()

    def context_menu(self, pos: QPoint) -> QMenu:
        """Return the context menu at viewport point ``pos``: Qt's standard entries (Copy,
        Copy Link Location, Select All), then :attr:`context_actions`.

        The caller owns the menu.  Qt takes the point in document coordinates
        (Qt docs, ``QTextEdit::createStandardContextMenu``), so the scroll
        offset is added.
        """
        offset = QPoint(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        menu = self.createStandardContextMenu(pos + offset)
        if self.context_actions:
            menu.addSeparator()
            menu.addActions(self.context_actions)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Qt API: show :meth:`context_menu` where it was asked for (right click or Menu key)."""
        menu = self.context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Qt API: the platform's end- and start-of-document keys (Ctrl+End, Ctrl+Home) go to
        the end and the top of the page, as in a web browser.

        QTextBrowser leaves them to its text cursor, which moves unseen on a
        read-only page.
        """
        bar = self.verticalScrollBar()
        if event.matches(QKeySequence.StandardKey.MoveToEndOfDocument):
            bar.setValue(bar.maximum())
        elif event.matches(QKeySequence.StandardKey.MoveToStartOfDocument):
            bar.setValue(bar.minimum())
        else:
            super().keyPressEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        """Show a glossary term's card when the pointer rests on a term link (QEvent.ToolTip)."""
        from briefing_app.ui.reader.term_tooltip import show_term_tooltip

        if (
            event.type() == QEvent.Type.ToolTip
            and isinstance(event, QHelpEvent)
            and self._pack is not None
            and show_term_tooltip(self, self._pack, event)
        ):
            return True
        return super().viewportEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        """Re-render in the new colours when the palette changes (a theme switch); keep the
        measure when the font changes (zoom)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._apply_measure()
        if (
            event.type() == QEvent.Type.PaletteChange
            and self._scheme is not None
            and reader_scheme(self.palette()) != self._scheme
        ):
            self._scheme = None
            self.rerender()

    def describe_link(self, url: QUrl | str) -> str:
        """Return, in words, where link ``url`` leads, for the status bar: "Topic: Economy",
        "Glossary: dry port", "Section: Assessment", "Web page: https://…", "E-mail:
        name@example.org", "Link refused: …"; "" for no link (the pointer left it)."""
        text = url.toString() if isinstance(url, QUrl) else url
        if not text:
            return ""
        target = route(text)
        pack = self._pack
        if target.kind == "topic":
            topic = pack.topics.get(target.target) if pack else None
            title = topic.title if topic else target.target
            if target.anchor:
                return (
                    Reading.tr("Topic: %1, section %2")
                    .replace("%1", title)
                    .replace("%2", target.anchor)
                )
            return Reading.tr("Topic: %1").replace("%1", title)
        if target.kind == "glossary":
            term = pack.term(target.target) if pack else None
            return Reading.tr("Glossary: %1").replace("%1", term.term if term else target.target)
        if target.kind == "anchor":
            return Reading.tr("Section: %1").replace("%1", target.anchor)
        if target.kind == "external":
            if text.lower().startswith("mailto:"):
                return Reading.tr("E-mail: %1").replace("%1", text[len("mailto:") :])
            return Reading.tr("Web page: %1").replace("%1", text)
        if target.kind == "asset":
            return Reading.tr("File in the pack: %1").replace("%1", target.target)
        return Reading.tr("Link refused: %1").replace("%1", text)

    def _route(self, url: QUrl) -> None:
        target = route(url.toString())
        if target.kind == "topic":
            self.topic_requested.emit(target.target, target.anchor)
        elif target.kind == "glossary":
            self.term_requested.emit(target.target)
        elif target.kind == "anchor":
            self.scrollToAnchor(target.anchor)
        elif target.kind == "external":
            self.external_requested.emit(url)
        else:
            shown = url.toString()
            if len(shown) > 80:
                shown = shown[:77] + "..."
            self.link_refused.emit(
                Reading.tr("Link refused: %1 is not a page of this pack").replace("%1", shown)
            )

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        """Serve ``pack:`` images from the pack folder; refuse every other URL.

        Returns a QImage for images inside the pack.  An image URL that is
        refused, missing or unreadable gets a placeholder image naming it
        (:func:`placeholder_image`), never Qt's broken-image icon; the
        renderer has made most such images text placeholders already
        (:func:`briefing_app.core.render.markdown.image_placeholder`), this
        is for a file that went missing or is damaged.  Other resources:
        None.  Never touches the network or files outside the pack.
        """
        name = url.toString() if isinstance(url, QUrl) else str(url)
        if kind != QTextDocument.ResourceType.ImageResource.value or self._pack is None:
            return None
        target = route(name)
        if target.kind != "asset":
            return placeholder_image(Reading.tr("Image refused: %1").replace("%1", name))
        path = self._asset_path(target.target)
        if path is None:
            inside = self._asset_path(target.target, existing=False) is not None
            return placeholder_image(
                (
                    Reading.tr("Image not found: %1") if inside else Reading.tr("Image refused: %1")
                ).replace("%1", target.target)
            )
        image = QImage(str(path))
        if image.isNull():
            return placeholder_image(
                Reading.tr("Image could not be read: %1").replace("%1", target.target)
            )
        ratio = (
            QGuiApplication.primaryScreen().devicePixelRatio()
            if QGuiApplication.primaryScreen()
            else 1.0
        )
        limit = int(min(MAX_IMAGE_WIDTH, max(200, self.column_width())) * ratio)
        if image.width() > limit:
            image = image.scaledToWidth(limit)
        return image

    def _asset_path(self, rel: str, existing: bool = True) -> Path | None:
        """Return the file for pack-relative ``rel`` if it lies inside the pack (and, with
        ``existing``, is a file), else None."""
        assert self._pack is not None
        root = self._pack.root.resolve()
        try:
            path = (root / rel).resolve()
            path.relative_to(root)
        except (ValueError, OSError):
            return None
        return path if path.is_file() or not existing else None
