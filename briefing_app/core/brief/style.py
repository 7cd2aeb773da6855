"""The brief's stylesheets: one for paged output through QTextDocument, one for browsers.

Both are filled from palettes: the reader's (:data:`briefing_app.core.render.stylesheet.PALETTES`)
and the few colours only a brief uses (:data:`BRIEF_PALETTES`), so no colour is written
anywhere else.

* :func:`paged_css` keeps to the CSS subset ``QTextDocument`` supports (Qt docs, "Supported
  HTML Subset").  It marks the blocks that must stay with the block after them with
  ``-qt-user-state: 1`` (:data:`KEEP_WITH_NEXT`), and a closing line that must not stand
  alone with ``-qt-user-state: 2`` (:data:`KEEP_WITH_PREVIOUS`); the PDF paginator in
  ``briefing_app.ui.prep.brief_pages`` reads that state back from the laid-out document,
  because QTextDocument has no ``break-after: avoid`` of its own.
* :func:`browser_css` is for the HTML file opened in a browser: a readable measure
  (``max-width: 70ch``; Bringhurst's 45–75 characters a line), light and dark schemes
  (Media Queries Level 5, ``prefers-color-scheme``), and print rules from CSS Paged Media
  Level 3 (``@page`` size and margins, margin boxes carrying the marking at the top and
  foot of every page and "Page N of M") and CSS Fragmentation Level 3 (``break-after:
  avoid`` on headings, ``break-inside: avoid`` on boxes and table rows).
"""

from __future__ import annotations

from string import Template

from briefing_app.core.render.stylesheet import PALETTES, stylesheet

#: ``-qt-user-state`` of a block that must share its page with the next block.
KEEP_WITH_NEXT = 1
#: ``-qt-user-state`` of a short closing block that must not stand alone on a page.
KEEP_WITH_PREVIOUS = 2

#: Colours a brief uses beyond the reader's palette, per scheme.
BRIEF_PALETTES = {
    "light": {
        "marking": "#8b1e1e",
        "mynote": "#f6f2fb",
        "mynote_border": "#b6a4d2",
        "surround": "#eef1f4",
    },
    "dark": {
        "marking": "#f0a3a3",
        "mynote": "#2a2335",
        "mynote_border": "#6e5a93",
        "surround": "#14171b",
    },
}


def colours(scheme: str) -> dict[str, str]:
    """Return the reader's palette of ``scheme`` with the brief's colours added.

    Raises:
        KeyError: ``scheme`` is not "light" or "dark".
    """
    return {**PALETTES[scheme], **BRIEF_PALETTES[scheme]}


_PAGED = Template(
    """
body { font-size: 11pt; }
p.marking { text-align: center; font-weight: 600; color: $marking; margin-top: 0; margin-bottom: 6px; }
p.cover-space { margin-top: 150px; }
h1.cover-title { font-size: 26pt; font-weight: 600; text-align: center; margin-bottom: 8px; }
p.cover-subtitle { font-size: 13pt; font-style: italic; text-align: center; color: $muted; }
p.cover-meta { text-align: center; margin-top: 18px; }
p.cover-source { text-align: center; font-size: 9.5pt; color: $muted; margin-top: 60px; }
h1.part { font-size: 20pt; font-weight: 600; margin-bottom: 12px; }
table.toc td { padding-top: 3px; padding-bottom: 3px; }
table.toc td.num { color: $muted; }
table.toc td.page { text-align: right; }
table.mynotes { background-color: $mynote; border-color: $mynote_border; }
h3.term { font-size: 12pt; margin-top: 12px; margin-bottom: 2px; }
p.names { color: $muted; margin-top: 0; }
p.figure { line-height: 100%; margin-top: 6px; margin-bottom: 6px; }
img { max-width: 100%; }
p.aliases, p.names, p.label, p.sheet-meta { -qt-user-state: $keep; }
p.sources { -qt-user-state: $keep_after; }
h1.sheet-title { font-size: 18pt; font-weight: 600; margin-bottom: 0; }
p.sheet-meta { color: $muted; margin-top: 2px; margin-bottom: 6px; }
h2.topic { font-size: 13.5pt; font-weight: 600; color: $text; margin-top: 16px; margin-bottom: 0; }
p.label { font-size: 9.5pt; font-weight: 600; color: $muted; margin-top: 4px; margin-bottom: 1px; }
ol.talking, ul.keyfacts { margin-top: 0; margin-bottom: 2px; }
ol.talking li, ul.keyfacts li { line-height: 125%; }
"""
)

_BROWSER = Template(
    """
html { background: $surround; }
body { max-width: 70ch; margin: 2rem auto; padding: 2.5rem 3rem; background: $page;
  font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans", "DejaVu Sans", sans-serif;
  line-height: 1.5; border: 1px solid $rule; border-radius: 6px; }
h1, h2, h3 { line-height: 1.25; }
h1.title { margin-top: 3rem; padding-top: 1.5rem; border-top: 1px solid $rule; }
p.marking { margin-top: 3rem; padding-top: 1.5rem; border-top: 1px solid $rule; }
body > p.marking:first-child { margin-top: 0; padding-top: 0; border-top: none; }
p.marking + h1.title { margin-top: 0.5rem; padding-top: 0; border-top: none; }
p.cover-space { margin-top: 3rem; }
p.cover-source { margin-top: 2rem; }
h2.topic { padding-top: 0.6rem; border-top: 1px solid $rule; }
img { height: auto; display: block; margin: 0 auto; }
table.box { border-radius: 4px; margin: 0.75rem 0 1rem; }
table.box td { padding: 0.75rem 1rem; }
table.grid { border-collapse: collapse; width: 100%; }
table.grid th, table.grid td { border: 1px solid $grid; padding: 0.3em 0.5em; vertical-align: top; text-align: left; }
table.toc { border-collapse: collapse; width: 100%; }
table.toc td { padding: 0.3em 0; vertical-align: baseline; border-bottom: 1px dotted $rule; }
table.toc td.num { width: 2.5em; text-align: right; padding-right: 0.9em; font-variant-numeric: tabular-nums; }
table.toc a { text-decoration: none; }
table.toc a:hover { text-decoration: underline; }
p.marking { letter-spacing: 0.04em; }
p.figure { text-align: center; }
@media screen and (prefers-color-scheme: dark) {
$dark
}
@page { size: $paper; margin: 22mm 18mm 20mm 18mm;
$margin_boxes}
@media print {
  html, body { background: none; }
  body { max-width: none; margin: 0; padding: 0; border: none; font-size: 10.5pt; }
  p.marking { display: none; }
  p.cover-space { margin-top: 150px; }
  p.cover-source { margin-top: 60px; }
  h1.title { break-before: page; border-top: none; padding-top: 0; margin-top: 0; }
  h2.topic { border-top: none; }
  h1, h2, h3, h4, p.boxhead, p.label, p.aliases, p.names, p.sheet-meta {
    break-after: avoid; page-break-after: avoid; }
  table.box, table.grid tr, table.toc tr, p.figure, li { break-inside: avoid; page-break-inside: avoid; }
  p { orphans: 3; widows: 3; }
  a { color: inherit; text-decoration: none; }
}
"""
)

_DARK_EXTRA = Template(
    """html { background: $surround; }
body { background: $page; border-color: $rule; }
p.marking { color: $marking; border-top-color: $rule; }
p.cover-subtitle, p.cover-source, p.names, p.sheet-meta, p.label, table.toc td.num { color: $muted; }
table.mynotes { background-color: $mynote; border-color: $mynote_border; }
table.toc td { border-bottom-color: $rule; }
table.grid th, table.grid td { border-color: $grid; }
h1.title, h2.topic { border-top-color: $rule; }
h2.topic { color: $text; }"""
)


def css_string(text: str) -> str:
    """Return ``text`` as a quoted CSS string (CSS Syntax Level 3, §4.3.5).

    Quotes, backslashes, control characters and ``<``, ``>``, ``&`` are written as
    hexadecimal escapes, so the string can neither end early nor close the ``<style>``.
    """
    escaped = "".join(
        f"\\{ord(ch):x} " if ch in '"\\<>&' or ord(ch) < 32 or ord(ch) == 127 else ch for ch in text
    )
    return f'"{escaped}"'


def paged_css() -> str:
    """Return the CSS a brief adds to the reader's light stylesheet for paged output."""
    return _PAGED.substitute(colours("light"), keep=KEEP_WITH_NEXT, keep_after=KEEP_WITH_PREVIOUS)


def browser_css(marking: str, title: str, paper: str = "A4") -> str:
    """Return the CSS a brief's HTML file adds for browsers: measure, dark scheme, print.

    Args:
        marking: the classification marking printed at the top and foot of every
            printed page ("" for none).
        title: the brief's title, printed at the foot of every page.
        paper: ``A4`` or ``Letter``, the printed page size (CSS Paged Media ``size``).
    """
    light = colours("light")
    boxes = [
        f"  @bottom-left {{ content: {css_string(title)}; }}\n",
        '  @bottom-right { content: "Page " counter(page) " of " counter(pages); }\n',
    ]
    if marking:
        text = css_string(marking)
        boxes += [
            f"  @top-center {{ content: {text}; font-weight: 600; }}\n",
            f"  @bottom-center {{ content: {text}; font-weight: 600; }}\n",
        ]
    style = f"font-size: 8.5pt; color: {light['muted']}; font-family: sans-serif;"
    margin_boxes = "".join(box.replace("content:", f"{style} content:", 1) for box in boxes)
    dark = stylesheet("dark") + "\n" + _DARK_EXTRA.substitute(colours("dark"))
    return _BROWSER.substitute(light, dark=dark, margin_boxes=margin_boxes, paper=paper)
