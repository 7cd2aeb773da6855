"""The blocks of MkDocs-style Markdown, in the shapes ``QTextDocument`` can show.

The extensions of pymdown-extensions parse them (``pymdownx.details``,
``pymdownx.tabbed``, ``pymdownx.tasklist``, ``pymdownx.superfences`` with
``pymdownx.highlight``); what they make is meant for a browser with CSS and
script, which the reader is not ("Supported HTML Subset" in the Qt docs: no
``<details>``, no ``<input>``, no hidden tabs).  So:

* a collapsible block (``??? note "Title"``, ``???+``) is shown open, as a
  box like an admonition, its summary as the box's title;
* tabs (``=== "Tab"``) are shown one after another, each under its title;
* a task (``- [ ]``, ``- [x]``) starts with a ballot box, ☐ or ☑, in a list
  without bullets;
* highlighted code keeps Pygments' class names (``<span class="k">``); the
  reader's stylesheet colours them from the theme's palette.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Markdown
from markdown.postprocessors import Postprocessor


def box_details(details: etree.Element) -> None:
    """Turn ``<details class="KIND"><summary>T</summary>...`` into an admonition ``<div>``.

    The result is what the admonition extension makes (``div.admonition KIND``
    with ``p.admonition-title``), which the renderer then boxes.
    """
    kinds = [c for c in details.get("class", "").split() if c != "admonition"] or ["note"]
    summary = details.find("summary")
    details.tag = "div"
    details.attrib.clear()
    details.set("class", "admonition " + " ".join(kinds))
    if summary is not None:
        summary.tag = "p"
        summary.attrib.clear()
        summary.set("class", "admonition-title")


def flatten_tabs(tabs: etree.Element) -> None:
    """Turn a ``div.tabbed-set`` into its tabs one after another, each under an ``h4`` title.

    Both of pymdownx.tabbed's shapes are read: the alternate one (labels in
    ``div.tabbed-labels``, contents in ``div.tabbed-block``) and the classic
    one (``<label>`` then ``div.tabbed-content`` per tab).  A set inside a
    tab must be flattened first (the renderer works from the inside out).
    """
    labels = tabs.findall("./div[@class='tabbed-labels']/label") or tabs.findall("./label")
    content = tabs.find("./div[@class='tabbed-content']")
    if "tabbed-alternate" in tabs.get("class", "").split() and content is not None:
        blocks = content.findall("./div[@class='tabbed-block']")
    else:
        blocks = tabs.findall("./div[@class='tabbed-content']")
    children: list[etree.Element] = []
    for index, block in enumerate(blocks):
        title = etree.Element("h4", {"class": "tab-title"})
        label = labels[index] if index < len(labels) else None
        title.text = "".join(label.itertext()) if label is not None else f"Tab {index + 1}"
        title.tail = "\n"
        children.append(title)
        children.extend(block)
    tail = tabs.tail
    tabs.clear()
    tabs.set("class", "tabs")
    tabs.extend(children)
    tabs.tail = tail


#: The checkbox pymdownx.tasklist writes (``custom_checkbox`` off), checked or not.
_CHECKBOX = re.compile(r'<input type="checkbox" disabled(?P<checked> checked)?\s*/?>\s*')
#: The empty span Pygments puts before highlighted code, for line anchors the reader has not.
_EMPTY_SPAN = "<pre><span></span><code"


class BlocksPostprocessor(Postprocessor):
    """After the HTML is put together: ballot boxes for tasks, no empty span before code."""

    def run(self, text: str) -> str:
        if "<input" in text:
            text = _CHECKBOX.sub(
                lambda m: (
                    '<span class="task done">☑</span> '
                    if m.group("checked")
                    else '<span class="task">☐</span> '
                ),
                text,
            )
        return text.replace(_EMPTY_SPAN, "<pre><code")


def register_blocks(md: Markdown) -> None:
    """Add :class:`BlocksPostprocessor` to ``md``, after the raw HTML is restored (priority 30)."""
    md.postprocessors.register(BlocksPostprocessor(md), "briefing-blocks", 5)
