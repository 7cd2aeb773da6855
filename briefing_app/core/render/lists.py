"""Nested lists as authors indent them: by two spaces, by four, or by the width of the marker.

Python-Markdown nests a list only when it is indented by four spaces (its
``tab_length``; "Lists" in its documentation, "Differences" from other
implementations), while GitHub, Obsidian and MkDocs' editors follow
CommonMark ("List items", spec 0.31): a line belongs to an item when it is
indented at least to the column where the item's text starts, so

.. code-block:: markdown

    - Khorgos
      - dry port
    1. first
       - nested under the number

is a nested list there and a flat one in Python-Markdown, silently.  The
preprocessor here rewrites the indentation of list lines, before any other
block parsing, into the four-spaces-per-level shape Python-Markdown reads:

* a list item nested by any indent that reaches its parent's text (2, 3 or
  4 spaces, or a mix) is moved to ``4 × depth`` spaces; lists indented by
  four spaces come out as they went in;
* a paragraph or other block inside an item (indented to the item's text)
  moves with its item; one to four spaces more than the item's text count
  as the item's text too (CommonMark), so ``!!! note`` and tables keep working;
* an indented code block inside an item (four spaces past the item's text,
  after a blank line) stays a code block, its own indentation kept;
* a fenced code block inside an item, which Python-Markdown reads only at the
  left margin ("Fenced Code Blocks": "only at the document root level"),
  becomes an indented code block of that item (its language tag is lost,
  so it is not coloured);
* lines outside lists, fenced code at the margin and indented code blocks
  outside lists are not touched.

Blockquotes and admonition bodies are not looked into: a list inside them
keeps Python-Markdown's four-space rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from markdown import Markdown
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor

#: A list item: indent, marker (``-``, ``*``, ``+`` or ``1.``), then spaces or the line's end.
_MARKER = re.compile(r"^( *)([-*+]|\d{1,9}\.)( +|$)")
#: A thematic break (``* * *``, ``---``), which looks like an item but is not one.
_RULE = re.compile(r"^ {0,3}([-*_])(?: *\1){2,} *$")
_FENCE = re.compile(r"^( *)(`{3,}|~{3,})")


@dataclass
class _Item:
    """An open list item: where its marker and text start in the source, and its text's
    column in the output (four spaces a level)."""

    marker: int
    content: int
    out: int


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _owner(stack: list[_Item], indent: int) -> int:
    """Index of the deepest open item a line indented by ``indent`` belongs to, or -1."""
    for index in range(len(stack) - 1, -1, -1):
        if indent >= stack[index].content:
            return index
    return -1


def indent_lists(lines: list[str], tab: int = 4) -> list[str]:
    """Return ``lines`` with list indentation rewritten for Python-Markdown (see module doc).

    Args:
        lines: Markdown lines, tabs already expanded (Python-Markdown's
            whitespace preprocessor does it), without line ends.
        tab: the indent of one list level Python-Markdown expects.

    Returns:
        New lines; the text after the indentation is unchanged except that
        fence lines of a fenced code block inside a list item are dropped
        (its lines become an indented code block) and blank lines are added
        around such a block.  Never raises.
    """
    out: list[str] = []
    stack: list[_Item] = []
    blank_before = True
    margin_fence = ""  # the fence of a fenced code block outside any list, while in it
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if margin_fence:
            out.append(line)
            if line.strip().startswith(margin_fence) and not line.strip().strip(margin_fence[0]):
                margin_fence = ""
            continue
        if not line.strip():
            out.append(line)
            blank_before = True
            continue
        indent = _indent(line)
        owner = _owner(stack, indent)
        fence = _FENCE.match(line)
        marker = None if fence or _RULE.match(line) else _MARKER.match(line)
        if fence and owner >= 0:
            del stack[owner + 1 :]
            index = _fenced_in_item(lines, index, fence, stack[owner], out, blank_before, tab)
            blank_before = True
            continue
        if marker and (stack or indent < tab):
            del stack[owner + 1 :]
            depth = len(stack)
            spaces = len(marker.group(3))
            width = len(marker.group(2)) + (spaces if 0 < spaces <= tab else 1)
            out.append(" " * (tab * depth) + line[indent:])
            stack.append(_Item(indent, indent + width, tab * depth + tab))
            blank_before = False
            continue
        if owner < 0:
            if blank_before or fence:
                stack.clear()
            if fence and indent < tab:
                margin_fence = fence.group(2)
            out.append(line)
            blank_before = False
            continue
        if blank_before:
            del stack[owner + 1 :]
        item = stack[owner]
        if indent - item.content < tab:  # the item's text; up to three more spaces do not count
            out.append(" " * item.out + line[indent:])
        elif blank_before:  # an indented code block of the item
            index = _code_in_item(lines, index - 1, item, out, tab)
        else:  # a continuation line indented deeper (an admonition's body, say)
            base = max(item.content + tab, min(indent, item.marker + 2 * tab))
            out.append(" " * (item.out + tab + max(0, indent - base)) + line[indent:])
        blank_before = False
    return out


def _code_in_item(lines: list[str], start: int, item: _Item, out: list[str], tab: int) -> int:
    """Copy the indented code block of ``item`` that starts at ``lines[start]``; return the
    index after it.

    The block runs while lines are blank or indented four spaces past the
    item's text.  Its common indentation is measured from where CommonMark
    starts code (the item's text + 4) or, for a list written with four
    spaces a level, from the marker + 8, whichever the block's lines reach:
    both styles keep the code's own indentation.
    """
    end = start
    while end < len(lines) and (
        not lines[end].strip() or _indent(lines[end]) >= item.content + tab
    ):
        end += 1
    while end > start and not lines[end - 1].strip():
        end -= 1
    block = lines[start:end]
    least = min(_indent(line) for line in block if line.strip())
    base = max(item.content + tab, min(least, item.marker + 2 * tab))
    for line in block:
        if line.strip():
            out.append(" " * (item.out + tab + max(0, _indent(line) - base)) + line.lstrip(" "))
        else:
            out.append("")
    return end


def _fenced_in_item(
    lines: list[str],
    index: int,
    fence: re.Match[str],
    item: _Item,
    out: list[str],
    blank_before: bool,
    tab: int,
) -> int:
    """Turn the fenced code block opened by ``fence`` inside ``item`` into an indented code
    block of that item; return the index of the line after its closing fence.

    The block ends at its closing fence, or (unclosed) before the first
    non-blank line that is indented less than the item's text.  The fence's
    own indentation is removed from the code's lines (CommonMark, "Fenced
    code blocks").
    """
    mark = fence.group(2)
    fence_indent = len(fence.group(1))
    if not blank_before:
        out.append("")
    code: list[str] = []
    while index < len(lines):
        line = lines[index]
        stripped = line.strip()
        if stripped and _indent(line) < item.content:
            break
        index += 1
        if stripped.startswith(mark[0] * len(mark)) and not stripped.strip(mark[0]):
            break
        code.append(line[min(fence_indent, _indent(line)) :] if stripped else "")
    while code and not code[-1]:
        code.pop()
    out.extend(" " * (item.out + tab) + line if line else "" for line in code)
    out.append("")
    return index


class _ListIndentPreprocessor(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        return indent_lists(lines, self.md.tab_length)


class NestedListExtension(Extension):
    """Python-Markdown extension: lists nested by two spaces (or any indent reaching the
    parent item's text) render nested (see the module doc)."""

    def extendMarkdown(self, md: Markdown) -> None:
        # After "normalize_whitespace" (30: tabs expanded), before "fenced_code_block" (25).
        md.preprocessors.register(_ListIndentPreprocessor(md), "briefing-list-indent", 28)
