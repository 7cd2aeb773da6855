"""Help → User Guide (F1): the guide that ships inside the package, shown as the reader shows topics.

The guide is Markdown in the app's resources (``resources/guide/``, read
with :func:`briefing_app.core.resources.read_resource`): the start page in
the interface language when the package has that translation
(``user-guide.ru.md``, ``user-guide.kk.md``, ``user-guide.zh_CN.md``; see
:func:`guide_file`), else in English.  It is rendered by the pack renderer
(:func:`~briefing_app.core.render.markdown.markdown_to_html`) with the
reader's stylesheet in the current theme, in a window of its own beside the
main window (as Frescobaldi shows its user guide in a browser pane).  A link
to another guide file (``content-format.md``) opens that page, under a link
back to the start titled with the start page's own first heading, so in the
guide's language (:func:`back_link`).  ``content-format.md`` is a copy of
``docs/content-format.md``, which ``tests/ui/window/test_help.py`` keeps
equal; it is for pack authors and stays English.  The same tests keep each
translation's headings, anchors, links and commands those of the English
guide, and its menu paths those of the window.  Web links go to the main
window, which asks before opening them, as for the reader's links.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout, QWidget

from briefing_app.core.resources import read_resource, resources_dir
from briefing_app.ui.i18n import SOURCE_LANGUAGE, Context, interface_language

if TYPE_CHECKING:
    from briefing_app.ui.window.main_window import MainWindow

Guide = Context("Guide")

#: The guide's pages (file names without ``.md`` in ``resources/guide/``), the first the start.
GUIDE_PAGES = ("user-guide", "content-format")
#: The start page's title when it has none (the English guide's).
GUIDE_TITLE = "Briefing User Guide"


def page_title(markdown_text: str) -> str:
    """Return the text of the first ``# `` heading of ``markdown_text`` ("" if none)."""
    for line in markdown_text.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return ""


def guide_file(page: str, language: str | None = None) -> str:
    """Return the resource name of guide page ``page`` (one of :data:`GUIDE_PAGES`) in
    ``language`` (a key of :data:`~briefing_app.ui.i18n.LANGUAGES`; by default the interface
    language): ``guide/<page>.<language>.md`` if the package has that translation, else the
    English ``guide/<page>.md``.

    Raises:
        KeyError: ``page`` is not a guide page.
    """
    if page not in GUIDE_PAGES:
        raise KeyError(page)
    if language is None:
        language = interface_language()
    if language != SOURCE_LANGUAGE:
        translated = f"guide/{page}.{language}.md"
        if (resources_dir() / translated).is_file():
            return translated
    return f"guide/{page}.md"


def guide_source(page: str, language: str | None = None) -> str:
    """Return the Markdown of guide page ``page`` (one of :data:`GUIDE_PAGES`) in ``language``
    (by default the interface language), or in English if it has no such translation.

    Raises:
        KeyError: ``page`` is not a guide page.
        OSError: the file is missing (a broken install).
    """
    return read_resource(guide_file(page, language))


def back_link(language: str | None = None) -> str:
    """Return the link back to the start, above every other page: "« " and the start page's
    title in ``language`` (by default the interface language's guide)."""
    from briefing_app.core.render.markdown import escape

    title = page_title(guide_source(GUIDE_PAGES[0], language)) or GUIDE_TITLE
    return f'<p><a href="topic:{GUIDE_PAGES[0]}">« {escape(title)}</a></p>'


def guide_html(page: str) -> str:
    """Return guide page ``page`` rendered to HTML (links to guide pages as ``topic:`` URLs)."""
    from briefing_app.core.render.markdown import markdown_to_html  # not needed at start-up

    body = markdown_to_html(guide_source(page), f"topics/{page}.md")
    return body if page == GUIDE_PAGES[0] else back_link() + body


class GuideBrowser(QTextBrowser):
    """Shows one guide page at a time in the reader's stylesheet; follows links in the guide.

    Args:
        open_external: called with a web or mail link (the window confirms it first).
    """

    def __init__(
        self, open_external: Callable[[QUrl], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setObjectName("user-guide-text")
        self.setAccessibleName(Guide.tr("User guide"))
        self.setAccessibleDescription(Guide.tr("How to read, search and prepare with Briefing"))
        self.document().setDocumentMargin(18)
        self._open_external = open_external
        self.page = ""
        self._scheme = ""
        self.anchorClicked.connect(self.follow)

    def show_page(self, page: str, anchor: str = "") -> None:
        """Show guide page ``page`` (scrolled to ``anchor``, else to the top)."""
        from briefing_app.core.render.stylesheet import stylesheet
        from briefing_app.ui.theme import reader_scheme

        self._scheme = reader_scheme(self.palette())
        self.document().setDefaultStyleSheet(stylesheet(self._scheme))
        self.setHtml(guide_html(page))
        self.page = page
        if anchor:
            self.scrollToAnchor(anchor)
        else:
            self.verticalScrollBar().setValue(0)

    def title(self) -> str:
        """Return the title of the page shown."""
        return page_title(guide_source(self.page)) if self.page else ""

    def follow(self, url: QUrl) -> None:
        """Follow a link of the guide: an anchor, another guide page, or (confirmed) the web."""
        from briefing_app.core.pack.links import route

        target = route(url.toString())
        if target.kind == "anchor":
            self.scrollToAnchor(target.anchor)
        elif target.kind == "topic" and target.target in GUIDE_PAGES:
            self.show_page(target.target, target.anchor)
        elif target.kind == "external":
            self._open_external(url)

    def changeEvent(self, event: QEvent) -> None:
        """Qt API: render the page again in the new colours after a theme switch."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.page:
            from briefing_app.ui.theme import reader_scheme

            if reader_scheme(self.palette()) != self._scheme:
                scroll = self.verticalScrollBar().value()
                self.show_page(self.page)
                self.verticalScrollBar().setValue(scroll)


class UserGuide(QDialog):
    """The guide's window (not modal: read it beside the briefing)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("user-guide")
        self.setWindowTitle(Guide.tr("Briefing User Guide"))
        self.browser = GuideBrowser(window.open_external, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self.resize(720, 760)
        self.browser.show_page(GUIDE_PAGES[0])


def show_user_guide(window: MainWindow) -> UserGuide:
    """Help → User Guide (F1): show the guide (one window per main window), focused."""
    guide = window.findChild(UserGuide)
    if guide is None:
        guide = UserGuide(window)
    guide.show()
    guide.raise_()
    guide.activateWindow()
    guide.browser.setFocus()
    return guide
