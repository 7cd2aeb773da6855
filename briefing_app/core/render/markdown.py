"""Markdown to safe HTML, with pack links rewritten to the app's URLs.

Python-Markdown does the parsing, with the extensions a briefing note needs
(tables, footnotes, toc with Unicode-safe anchors, attr_list, admonition,
def_list, sane_lists), those of pymdown-extensions that MkDocs sites use
(superfences with Pygments highlighting, details, tabbed, tasklist) and one
of ours that nests lists indented by two spaces as GitHub does
(:mod:`briefing_app.core.render.lists`).  A tree processor rewrites links and
images as :mod:`briefing_app.core.pack.links` describes, gives tables grid lines
that ``QTextDocument`` understands, and turns admonitions, collapsible blocks
and tabs into what it can show (:mod:`briefing_app.core.render.blocks`).  The
result then goes through ``nh3`` with an allowlist, so raw HTML in a pack can
never bring in a script, a form, an event handler or a remote image.
"""

from __future__ import annotations

import html
import re
import threading
import xml.etree.ElementTree as etree
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar
from urllib.parse import quote, unquote, urlsplit

import markdown
import nh3
from markdown.extensions import Extension
from markdown.extensions.admonition import AdmonitionExtension
from markdown.extensions.attr_list import AttrListExtension
from markdown.extensions.def_list import DefListExtension
from markdown.extensions.footnotes import FootnoteExtension
from markdown.extensions.sane_lists import SaneListExtension
from markdown.extensions.tables import TableExtension
from markdown.extensions.toc import TocExtension, slugify_unicode
from markdown.treeprocessors import Treeprocessor
from markdown.util import AMP_SUBSTITUTE

from briefing_app.core.pack.urls import EXTERNAL_SCHEMES, image_problem, resolve_target
from briefing_app.core.render.blocks import box_details, flatten_tabs, register_blocks
from briefing_app.core.render.lists import NestedListExtension

#: Schemes a sanitised document may keep; relative ``#anchor`` links also pass.
SAFE_SCHEMES = {"topic", "glossary", "pack", *EXTERNAL_SCHEMES}
SAFE_TAGS = {
    "a",
    "abbr",
    "b",
    "blockquote",
    "br",
    "code",
    "dd",
    "del",
    "div",
    "dl",
    "dt",
    "em",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "img",
    "li",
    "ol",
    "p",
    "pre",
    "s",
    "small",
    "span",
    "strong",
    "sub",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "u",
    "ul",
}
SAFE_ATTRIBUTES = {
    "*": {"class", "id", "title", "lang", "dir", "align"},
    "a": {"href", "name"},
    "img": {"src", "alt", "width", "height"},
    "table": {"border", "cellpadding", "cellspacing", "width"},
    "td": {"colspan", "rowspan", "width", "valign"},
    "th": {"colspan", "rowspan", "width", "valign"},
    "ol": {"start"},
}


def slugify(text: str, separator: str = "-") -> str:
    """Return the anchor of a heading whose rendered text is ``text``.

    The one slug function of the app: the toc extension calls it for every
    heading (with the heading's text after inline Markdown is rendered, so
    ``**bold**`` and ``[link](x)`` give their words), and the link checker
    reads the ids the renderer made (:func:`page_anchors`).  It is
    Python-Markdown's ``slugify_unicode``: Unicode letters, digits and ``_``
    are kept and lower-cased, other marks (brackets, ``?``, ``&``, emoji)
    dropped, runs of spaces and ``-`` become one ``-``
    (``"Brackets [draft]!"`` -> ``brackets-draft``, ``"Нұрлы жол"`` ->
    ``нұрлы-жол``, ``"snake_case"`` -> ``snake_case``).  A repeated heading
    is numbered by the toc extension: ``intro``, ``intro_1``, ``intro_2``.
    """
    return slugify_unicode(text, separator)


def _keep_attribute(element: str, attribute: str, value: str) -> str | None:
    """nh3 attribute filter: images may only come from the pack (``pack:``)."""
    if element == "img" and attribute == "src" and not value.startswith("pack:"):
        return None
    return value


class _PackTreeprocessor(Treeprocessor):
    """Rewrites links and images, styles tables and admonitions (see module doc)."""

    def __init__(self, md: markdown.Markdown) -> None:
        super().__init__(md)
        self.source_rel = "topics/_.md"
        self.root: Path | None = None

    def run(self, root: etree.Element) -> None:
        tab_sets = [div for div in root.iter("div") if "tabbed-set" in div.get("class", "")]
        for tabs in reversed(tab_sets):  # a set inside a tab first
            flatten_tabs(tabs)
        for element in list(root.iter()):
            if element.tag == "details":
                box_details(element)
            if element.tag == "a" and "href" in element.attrib:
                element.set("href", self.rewrite(element.get("href", ""), image=False))
            elif element.tag == "img":
                self._image(element)
            elif element.tag == "table" and "box" not in element.get("class", ""):
                element.set("class", (element.get("class", "") + " grid").strip())
                element.set("border", "1")
                element.set("cellspacing", "0")
                element.set("cellpadding", "5")
            elif element.tag == "div" and "admonition" in element.get("class", "").split():
                self._box_admonition(element)

    def rewrite(self, href: str, image: bool) -> str:
        """Return the app URL for a link or image written in the current file.

        An e-mail autolink (``<name@example.org>``) comes from Python-Markdown
        with its address hidden as character references behind placeholders
        (``AMP_SUBSTITUTE``, to fool address harvesters); they are decoded first,
        so it becomes the ``mailto:`` link it is rather than a relative file.
        """
        if AMP_SUBSTITUTE in href:
            href = html.unescape(href.replace(AMP_SUBSTITUTE, "&"))
        href = href.strip()
        scheme = urlsplit(href).scheme.lower()
        if href.startswith("#"):
            return href
        if len(scheme) > 1:
            return href  # glossary:, http:, ... are judged by the sanitiser and the reader
        resolved = resolve_target(self.source_rel, href)
        if resolved is None:
            return "refused:outside-pack"
        path, fragment = resolved
        if image:
            return "pack:" + quote(path)
        directory, name = path.rpartition("/")[::2]
        if directory == "topics" and name.endswith(".md"):
            return "topic:" + name[:-3] + (f"#{quote(fragment)}" if fragment else "")
        return "pack:" + quote(path)

    def _image(self, img: etree.Element) -> None:
        """Point ``img`` at its pack file, or turn it into a visible placeholder.

        An image that cannot be shown (missing or not an image when the pack
        folder is known, outside the pack, remote, another scheme) becomes
        ``<span class="missing-image">`` with its alt text and path, so that no
        page shows Qt's broken-image icon (docs/content-format.md, Images).
        """
        written = img.get("src", "").strip()
        src = self.rewrite(written, image=True)
        if src.startswith("pack:"):
            shown = unquote(src[len("pack:") :])
            problem = image_problem(self.root, shown) if self.root is not None else None
        elif src.startswith("refused:"):
            shown, problem = written, "Image outside the pack"
        else:
            scheme = urlsplit(src).scheme.lower()
            remote = scheme in {"http", "https", "ftp"}
            shown, problem = written, "Remote image not loaded" if remote else "Image refused"
        if problem is None:
            img.set("src", src)
            return
        alt = img.get("alt", "")
        img.attrib.clear()
        img.tag = "span"
        img.set("class", "missing-image")
        img.text = image_placeholder_text(problem, alt, shown)

    def raw_html_url(self, url: str, image: bool) -> str | None:
        """Return the app URL of a relative link or image written as raw HTML, or None
        for one that leaves the pack or (an image) cannot be shown."""
        rewritten = self.rewrite(url, image)
        if rewritten.startswith("refused:"):
            return None
        root = self.root if image else None
        if root is not None and image_problem(root, unquote(rewritten[len("pack:") :])):
            return None
        return rewritten

    @staticmethod
    def _box_admonition(div: etree.Element) -> None:
        """Turn ``<div class="admonition note">`` into a one-cell table (QTextDocument boxes)."""
        kind = next((c for c in div.get("class", "").split() if c != "admonition"), "note")
        children = list(div)
        for child in children:
            div.remove(child)
        div.attrib.clear()
        div.tag = "table"
        div.set("class", f"box admonition {kind}")
        div.set("width", "100%")
        div.set("cellpadding", "8")
        div.set("cellspacing", "0")
        cell = etree.SubElement(etree.SubElement(div, "tr"), "td")
        cell.extend(children)


class _PackExtension(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:
        processor = _PackTreeprocessor(md)
        md.treeprocessors.register(processor, "briefing-pack", 1)
        md.pack_processor = processor  # type: ignore[attr-defined]
        # Indented code stays plain <pre><code>, as before pymdownx.highlight (which wraps it).
        if "indent-highlight" in md.treeprocessors:
            md.treeprocessors.deregister("indent-highlight")
        register_blocks(md)


def _extensions(mkdocs: bool) -> list[Extension]:
    """Return new instances of the extensions a briefing note uses (one set per converter).

    With ``mkdocs``, also those of pymdown-extensions (see the module doc),
    imported on first use: they bring ``urllib.request`` and Pygments (some
    30 ms), which a page without fences, collapsible blocks, tabs or tasks
    never needs (:data:`_MKDOCS_MARKS`); without those marks both sets give
    the same HTML.  Passed as instances, not names: a name makes
    Python-Markdown look it up among every installed package's entry points,
    which costs tens of milliseconds on a cold start.
    """
    extensions: list[Extension] = [
        NestedListExtension(),
        TableExtension(),
        FootnoteExtension(),
        AttrListExtension(),
        AdmonitionExtension(),
        DefListExtension(),
    ]
    if mkdocs:
        from pymdownx.details import DetailsExtension
        from pymdownx.highlight import HighlightExtension
        from pymdownx.superfences import SuperFencesCodeExtension
        from pymdownx.tabbed import TabbedExtension
        from pymdownx.tasklist import TasklistExtension

        extensions += [
            # Code in fences, also inside admonitions, tabs and lists, coloured by Pygments
            # with class names (the stylesheet's palette colours them); no language, no colour.
            HighlightExtension(use_pygments=True, guess_lang=False, css_class="highlight"),
            SuperFencesCodeExtension(),
            DetailsExtension(),
            TabbedExtension(alternate_style=True),
            TasklistExtension(custom_checkbox=False),
        ]
    return [
        *extensions,
        SaneListExtension(),
        TocExtension(slugify=slugify, permalink=False),
        _PackExtension(),
    ]


#: What only the pymdown-extensions read: a code fence, a collapsible block, tabs, a task.
_MKDOCS_MARKS = re.compile(
    r"^[ \t>]*(?:```|~~~|\?\?\?|===)|^[ \t>]*(?:[-*+]|\d+[.)]) +\[[ xX]\]", re.MULTILINE
)

_local = threading.local()


def _converter(source: str) -> markdown.Markdown:
    """Return this thread's Markdown instance for ``source`` (instances are not thread-safe)."""
    mkdocs = _MKDOCS_MARKS.search(source) is not None
    name = "mkdocs" if mkdocs else "plain"
    md = getattr(_local, name, None)
    if md is None:
        md = markdown.Markdown(extensions=_extensions(mkdocs), output_format="html")
        setattr(_local, name, md)
    return md


def markdown_to_html(source: str, source_rel: str = "topics/_.md", root: Path | None = None) -> str:
    """Render Markdown to sanitised HTML.

    Args:
        source: Markdown text.
        source_rel: the file the text comes from, relative to the pack folder;
            relative links are resolved from it.
        root: the pack folder; given, an image whose file is missing or is
            not an image is shown as a placeholder with its alt text
            (:func:`image_placeholder`).  Images that are remote or outside
            the pack are placeholders either way.

    Returns:
        An HTML fragment (str) whose links use the app's URLs.
    """
    md = _converter(source)
    md.reset()
    md.pack_processor.source_rel = source_rel  # type: ignore[attr-defined]
    md.pack_processor.root = root  # type: ignore[attr-defined]
    try:
        raw = md.convert(source)
    except Exception:
        return f"<pre>{html.escape(source)}</pre>"
    processor: _PackTreeprocessor = md.pack_processor  # type: ignore[attr-defined]
    return break_long_runs(_placehold_bare_images(sanitise(raw, processor.raw_html_url)))


#: A run of text this long with no place to break a line gets one every :data:`BREAK_EVERY`.
LONG_RUN = 200
BREAK_EVERY = 80
#: Characters a line may break after anyway: spaces, CJK and full-width forms (UAX #14).
_NO_BREAK_RUN = re.compile(
    r"[^\s<>&\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]{" + str(LONG_RUN) + ",}"
)
_PRE_OR_TAG = re.compile(r"(<pre\b.*?</pre>|<[^>]*>)", re.DOTALL | re.IGNORECASE)


def break_long_runs(fragment: str) -> str:
    """Return the HTML ``fragment`` with a zero-width space (U+200B) every :data:`BREAK_EVERY`
    characters of any text run of :data:`LONG_RUN` or more that has no other place to break.

    Qt's text layout takes time that grows with the square of an unbroken run's length
    (100,000 characters: 0.6 s; 200,000: 2.2 s, measured with ``QTextBrowser.setHtml``), so
    a pasted hash, base64 blob or line of dashes would freeze the window.  A zero-width space
    is a break opportunity (UAX #14, class ZW) that shows nothing.  Tags, attributes, entities
    and ``<pre>`` blocks (which do not wrap) are left as they are.
    """
    if len(fragment) < LONG_RUN:
        return fragment

    def breaks(match: re.Match[str]) -> str:
        run = match.group(0)
        return "\u200b".join(run[i : i + BREAK_EVERY] for i in range(0, len(run), BREAK_EVERY))

    parts = _PRE_OR_TAG.split(fragment)
    for index in range(0, len(parts), 2):  # the text between tags and <pre> blocks
        if len(parts[index]) >= LONG_RUN:
            parts[index] = _NO_BREAK_RUN.sub(breaks, parts[index])
    return "".join(parts)


def image_placeholder_text(problem: str, alt: str, path: str) -> str:
    """Return the words shown in place of an image: ``"Image not found: Map (assets/m.png)"``.

    ``problem`` says why (see :func:`briefing_app.core.pack.urls.image_problem`),
    ``alt`` is the image's alt text (may be empty), ``path`` where it was
    looked for.
    """
    if not path:
        return f"{problem}: {alt}" if alt.strip() else problem
    return f"{problem}: {alt} ({path})" if alt.strip() else f"{problem}: {path}"


def image_placeholder(problem: str, alt: str, path: str) -> str:
    """Return the HTML shown in place of an image (a ``missing-image`` span, styled by
    the stylesheet); the reader, the HTML brief and the PDF brief all use it."""
    return (
        f'<span class="missing-image">{escape(image_placeholder_text(problem, alt, path))}</span>'
    )


def escape(text: str) -> str:
    """Escape text for an element's content or a double-quoted attribute value (``html.escape``)."""
    return html.escape(text, quote=True)


def sanitise(fragment: str, rewrite: Callable[[str, bool], str | None] | None = None) -> str:
    """Clean an HTML fragment with nh3 and the allowlists above; returns HTML.

    ``rewrite(url, is_image)``, when given, turns the relative ``href`` of an
    ``<a>`` and ``src`` of an ``<img>`` that raw HTML in the Markdown wrote
    (``<a href="khorgos.md">``) into app URLs as the Markdown renderer does
    for Markdown links; None drops the attribute.
    """

    def keep(element: str, attribute: str, value: str) -> str | None:
        is_image = element == "img" and attribute == "src"
        relative = not value.startswith("#") and len(urlsplit(value).scheme) <= 1
        if rewrite is not None and relative and (is_image or (element, attribute) == ("a", "href")):
            rewritten = rewrite(value, is_image)
            if rewritten is None:
                return None
            value = rewritten
        return _keep_attribute(element, attribute, value)

    return nh3.clean(
        fragment,
        tags=SAFE_TAGS,
        attributes=SAFE_ATTRIBUTES,
        url_schemes=SAFE_SCHEMES,
        attribute_filter=keep,
        link_rel=None,
        strip_comments=True,
    )


_BARE_IMAGE = re.compile(r"<img\b(?![^>]*\bsrc=)([^>]*)>")
_ALT = re.compile(r'\balt="([^"]*)"')


def _placehold_bare_images(fragment: str) -> str:
    """Replace each ``<img>`` the sanitiser left without a source (raw HTML naming a remote,
    missing or refused image) by a placeholder with its alt text."""
    if "<img" not in fragment:
        return fragment

    def placeholder(match: re.Match[str]) -> str:
        alt = _ALT.search(match.group(1))
        return image_placeholder("Image not shown", html.unescape(alt.group(1)) if alt else "", "")

    return _BARE_IMAGE.sub(placeholder, fragment)


class _TextCollector(HTMLParser):
    """Collects the text of an HTML fragment, a newline after each block element."""

    BLOCKS: ClassVar[frozenset[str]] = frozenset(
        ["p", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "dt", "dd", "br", "td", "th"]
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.BLOCKS:
            self.parts.append("\n")


class _AnchorCollector(HTMLParser):
    """Collects the anchors of an HTML fragment: every ``id``, and ``name`` of ``<a>``."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.anchors: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for key, value in attrs:
            if value and (key == "id" or (key == "name" and tag == "a")):
                self.anchors.add(value)


def page_anchors(source: str, source_rel: str = "topics/_.md") -> set[str]:
    """Return the anchors a ``#anchor`` link may name in the rendering of ``source``.

    Args:
        source: Markdown text (a topic body).
        source_rel: the file it comes from, relative to the pack folder.

    Returns:
        The ``id`` values (and ``<a name>`` values) of the HTML that
        :func:`markdown_to_html` makes of it: heading slugs (:func:`slugify`),
        ``{#id}`` attributes, footnote ids.  ``QTextBrowser.scrollToAnchor``
        finds each of them.
    """
    collector = _AnchorCollector()
    collector.feed(markdown_to_html(source, source_rel))
    collector.close()
    return collector.anchors


def plain_text(source: str) -> str:
    """Return the words of a Markdown text without markup (for search and snippets).

    Block elements end with a newline; runs of blank lines are folded.
    """
    collector = _TextCollector()
    collector.feed(markdown_to_html(source))
    collector.close()
    lines = (" ".join(line.split()) for line in "".join(collector.parts).splitlines())
    return "\n".join(line for line in lines if line)
