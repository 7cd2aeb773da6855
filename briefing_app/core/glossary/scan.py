"""The words of a topic as the term matcher sees them, straight from its Markdown.

Finding where each glossary term is used must be cheap: ``load_pack`` does it
for every topic to warn about unused terms.  Rendering every topic to HTML
costs several milliseconds per topic (seconds for a large pack), so this
module takes the Markdown apart with a few regular expressions instead and
keeps the same rules as the page pass of :mod:`briefing_app.core.glossary.linker`:
code and images are dropped, a link keeps its text (and a ``glossary:`` link
counts as a use of its term), HTML tags, attribute lists and reference
definitions go, blocks marked ``{: .no-terms}`` are left out, and each block
(paragraph, list item, table row, heading) is scanned on its own, as the
reader sees the text in separate elements.  The sources and the related list
are not part of the text.  ``tests/core/glossary/test_glossary.py`` checks that this
finds the same terms as scanning the rendered pages of the bundled pack.
"""

from __future__ import annotations

import html
import re
from urllib.parse import unquote

from briefing_app.core.glossary.linker import URL, TermMatcher
from briefing_app.core.pack.model import Topic

#: Separates blocks in the scanned text: a mark no name contains, so no name spans two blocks.
BLOCK = "\x00"

_FENCED = re.compile(r"^[ \t]*(`{3,}|~{3,})[^\n]*\n.*?(?:^[ \t]*\1[ \t]*$|\Z)", re.M | re.S)
_CODE_SPAN = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)", re.S)
_IMAGE = re.compile(r"!\[(?:[^\]\\]|\\.)*\](?:\([^)]*\)|\[[^\]]*\])")
_LINK = re.compile(r"\[((?:[^\]\\]|\\.)*)\]\(\s*<?([^)\s>]*)>?(?:\s+[\"'(][^)]*)?\)")
_REF_LINK = re.compile(r"\[((?:[^\]\\]|\\.)*)\]\[[^\]]*\]")
_REF_DEF = re.compile(r"^ {0,3}\[(?!\^)[^\]]+\]:.*$", re.M)
_FOOTNOTE_REF = re.compile(r"\[\^[^\]]+\](?!:)")
_FOOTNOTE_DEF = re.compile(r"^ {0,3}\[\^[^\]]+\]:", re.M)
_AUTOLINK = re.compile(r"<(?:https?|ftp|mailto):[^>\s]*>", re.I)
_TAG = re.compile(r"</?[A-Za-z][^>]*>")
_ATTRS = re.compile(r"\{:?\s*[#.][^}\n]*\}")
_NO_TERMS = re.compile(r"\{:?[^}\n]*\.no-terms\b[^}\n]*\}")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])")
_UNDERSCORE_EMPHASIS = re.compile(r"(?<![^\W_])_+|_+(?![^\W_])")
_BLOCK_BREAK = re.compile(r"\n[ \t]*\n|\n(?=[ \t]*(?:[-*+]|\d+[.)]|#{1,6}|>|\|)[ \t])|\|")
_ADMONITION = re.compile(r'^!!!\s+\S+(?:\s+"([^"]*)")?\s*$', re.M)


def markdown_scan_text(source: str) -> tuple[str, set[str]]:
    """Return the text of Markdown ``source`` as the matcher should see it, and the
    term ids of its ``glossary:`` links.

    Blocks are separated by :data:`BLOCK`.  Never raises.
    """
    glossary: set[str] = set()

    def link_text(match: re.Match[str]) -> str:
        target = match.group(2)
        if target.lower().startswith("glossary:"):
            glossary.add(unquote(target[9:]))
        return BLOCK + match.group(1) + BLOCK

    text = source
    if "{" in text:
        text = "\n\n".join(b for b in re.split(r"\n[ \t]*\n", text) if not _NO_TERMS.search(b))
    if "`" in text or "~~~" in text:
        text = _CODE_SPAN.sub(BLOCK, _FENCED.sub(BLOCK, text))
    if "[" in text:
        text = _IMAGE.sub(BLOCK, text)
        text = _LINK.sub(link_text, text)
        text = _REF_LINK.sub(lambda m: BLOCK + m.group(1) + BLOCK, text)
        text = _REF_DEF.sub("", text)
        text = _FOOTNOTE_DEF.sub(BLOCK, _FOOTNOTE_REF.sub("", text))
    if "<" in text:
        text = _TAG.sub(BLOCK, _AUTOLINK.sub(BLOCK, text))
    if "{" in text:
        text = _ATTRS.sub("", text)
    if "!!!" in text:
        text = _ADMONITION.sub(lambda m: BLOCK + (m.group(1) or "") + BLOCK, text)
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    if "_" in text:
        text = _UNDERSCORE_EMPHASIS.sub(BLOCK, text)
    text = _BLOCK_BREAK.sub(BLOCK, text)
    if "&" in text:
        text = html.unescape(text)
    return text, glossary


def topic_terms(topic: Topic, matcher: TermMatcher) -> set[str]:
    """Return the ids of the terms ``topic``'s text mentions: title, summary, key facts,
    body and talking points (not the sources), by name or by ``glossary:`` link."""
    parts = [topic.title, topic.summary, *topic.key_facts, topic.body, *topic.talking_points]
    found: set[str] = set()
    chunks: list[str] = []
    for part in parts:
        text, linked = markdown_scan_text(part)
        found |= linked
        chunks.append(URL.sub(BLOCK, text))
    found.update(match.term_id for match in matcher.find(BLOCK.join(chunks)))
    return found
