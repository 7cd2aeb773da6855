"""Links between the pages of a folder: ``[[wikilinks]]`` and relative ``.md`` links, made topic links.

A page of a folder or vault links to another by its file
(``[Install](../guide/install.md#linux)``, ``[Guide](guide/)``) or, in
Obsidian, by its name (``[[Install]]``, ``[[Install|how to install]]``,
``[[Install#Linux]]``, ``[[#Linux]]`` in the same page) and embeds an image
by its name (``![[map.png]]``, ``![[map.png|300]]`` for a width).  The
reader knows topics by id, so each page's body is rewritten once when the
folder is read, line for line (line numbers stay true for ``check``):
a link to a page becomes ``topic:ID#ANCHOR``, an embed a Markdown image
with the path relative to the page.  Code (fenced blocks, code spans) is
left alone.

A wikilink's name is looked up as Obsidian does ("Internal links" in its
help): a path from the vault's top (``[[guide/Install]]``), else a page of
that name anywhere, the one in the linking page's folder first, then the one
with the shortest path; names compare without case and without ``.md``; a
front matter ``aliases`` entry also names its page.  An anchor is the slug
of the heading as the renderer makes it.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from urllib.parse import quote, urlsplit

from markdown.extensions.toc import slugify_unicode

from briefing_app.core.formats.names import MARKDOWN_SUFFIXES, natural_key, strip_suffix
from briefing_app.core.pack.model import Problem, Topic
from briefing_app.core.pack.urls import resolve_target

_WIKILINK = re.compile(r"(!?)\[\[([^\[\]\n]+?)\]\]")
_INLINE_TARGET = re.compile(r"(\]\(\s*)(<[^<>\n]*>|[^\s()<>]+)")
_REFERENCE = re.compile(r"^(\s{0,3}\[(?!\^)[^\]]+\]:\s*)(<[^<>\n]*>|\S+)")
_CODE_SPAN = re.compile(r"(`+)(?:.+?)\1")
_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
_SIZE = re.compile(r"^(\d+)(?:x(\d+))?$")


@dataclass
class LinkIndex:
    """The pages and files of a folder, for resolving links (paths relative to the opened folder).

    Attributes:
        by_path: page file to topic id.
        by_folder: folder to the topic that stands for it (its index page or
            its list of contents).
        files: the other files (images, PDFs), for embeds.
        aliases: a front matter alias (case-folded) to its topic id.
        docs: the folder of pages ("" for the opened folder; MkDocs' docs_dir).
    """

    by_path: dict[str, str] = field(default_factory=dict)
    by_folder: dict[str, str] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)
    aliases: dict[str, str] = field(default_factory=dict)
    docs: str = ""
    _lower: dict[str, str] | None = field(default=None, repr=False)
    _page_names: dict[str, list[str]] | None = field(default=None, repr=False)
    _file_names: dict[str, list[str]] | None = field(default=None, repr=False)

    def linked_page(self, path: str) -> str | None:
        """Return the topic id of a resolved link path: a page (``.md`` optional) or a folder."""
        for candidate in (path, path + ".md"):
            if candidate in self.by_path:
                return self.by_path[candidate]
        folder = path.rstrip("/")
        return self.by_folder.get("" if folder == "." else folder)

    def wiki_page(self, name: str, from_rel: str) -> str | None:
        """Return the topic id a wikilink's ``name`` (``Install``, ``guide/Install.md``) names."""
        wanted = strip_suffix(name.strip().replace("\\", "/")).strip("/").casefold()
        if not wanted:
            return None
        if self._lower is None:
            self._lower = {strip_suffix(p).casefold(): i for p, i in self.by_path.items()}
        top = f"{self.docs}/{wanted}".casefold() if self.docs else wanted
        here = posixpath.join(posixpath.dirname(from_rel), wanted).casefold()
        for key in (top, here):
            if key in self._lower:
                return self._lower[key]
        if self._page_names is None:
            self._page_names = _by_last_name(self.by_path, strip=True)
        path = _by_name(wanted, self._page_names, from_rel, strip=True)
        return self.by_path[path] if path else self.aliases.get(wanted)

    def wiki_file(self, name: str, from_rel: str) -> str | None:
        """Return the file (relative to the opened folder) an embed's ``name`` names."""
        wanted = name.strip().replace("\\", "/").strip("/").casefold()
        if self._file_names is None:
            self._file_names = _by_last_name(self.files, strip=False)
        return _by_name(wanted, self._file_names, from_rel, strip=False) if wanted else None


def _by_last_name(paths: Iterable[str], strip: bool) -> dict[str, list[str]]:
    """Index ``paths`` by their last part, case-folded (without ``.md`` when ``strip``)."""
    index: dict[str, list[str]] = {}
    for path in paths:
        name = posixpath.basename(strip_suffix(path) if strip else path).casefold()
        index.setdefault(name, []).append(path)
    return index


def _by_name(wanted: str, index: dict[str, list[str]], from_rel: str, strip: bool) -> str | None:
    """The path ending in ``wanted`` (``Name`` or ``folder/Name``, case-folded), from an
    index of :func:`_by_last_name`: the one in ``from_rel``'s folder first, then the shortest."""

    def key(path: str) -> str:
        return (strip_suffix(path) if strip else path).casefold()

    candidates = index.get(posixpath.basename(wanted), [])
    found = [p for p in candidates if key(p) == wanted or key(p).endswith("/" + wanted)]
    if not found:
        return None
    folder = posixpath.dirname(from_rel)
    return min(
        found,
        key=lambda p: (posixpath.dirname(p) != folder, p.count("/"), natural_key(p)),
    )


def rewrite_links(topic: Topic, index: LinkIndex, problems: list[Problem]) -> None:
    """Rewrite ``topic.body``'s wikilinks, embeds and links to pages in place (see module doc).

    A wikilink that names no page is left as its text, with a warning at its
    line; an embed of a file that cannot be found stays an image of that
    name, which the link check reports.
    """
    if "[" not in topic.body:
        return
    lines = topic.body.splitlines(keepends=True)
    fence = ""
    for number, line in enumerate(lines):
        opened = _FENCE.match(line)
        if fence:
            if opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence):
                fence = ""
            continue
        if opened:
            fence = opened.group(1)
            continue
        if "[" not in line:
            continue

        def report(message: str, at: int = number) -> None:
            problems.append(Problem(topic.path, topic.body_line + at, "warning", message))

        lines[number] = _outside_code(line, lambda text: _rewrite(text, topic, index, report))
    topic.body = "".join(lines)


def _outside_code(line: str, change: Callable[[str], str]) -> str:
    """Apply ``change`` to the parts of ``line`` outside code spans."""
    if "`" not in line:
        return change(line)
    parts, last = [], 0
    for span in _CODE_SPAN.finditer(line):
        parts.append(change(line[last : span.start()]))
        parts.append(span.group(0))
        last = span.end()
    parts.append(change(line[last:]))
    return "".join(parts)


def _rewrite(text: str, topic: Topic, index: LinkIndex, report: Callable[[str], None]) -> str:
    if "[[" in text:
        text = _WIKILINK.sub(lambda match: _wikilink(match, topic, index, report), text)
    if "](" in text:
        text = _INLINE_TARGET.sub(lambda m: m.group(1) + _target(m.group(2), topic, index), text)
    reference = _REFERENCE.match(text)
    if reference:
        text = (
            reference.group(1) + _target(reference.group(2), topic, index) + text[reference.end() :]
        )
    return text


def _target(written: str, topic: Topic, index: LinkIndex) -> str:
    """Return the target of a Markdown link or image, as a topic URL where it names a page."""
    bare = written[1:-1] if written.startswith("<") else written
    parts = urlsplit(bare)
    if parts.scheme or parts.netloc or bare.startswith("#") or not bare:
        return written
    resolved = resolve_target(topic.path, bare)
    if resolved is None:
        return written
    path, fragment = resolved
    topic_id = index.linked_page(path)
    if topic_id is not None:
        return f"topic:{topic_id}" + (f"#{quote(fragment)}" if fragment else "")
    if path in index.files or path.lower().endswith(MARKDOWN_SUFFIXES):
        return written
    found = index.wiki_file(posixpath.basename(path), topic.path)  # Obsidian's shortest form
    return _relative(found, topic.path) if found else written


def _wikilink(
    match: re.Match[str], topic: Topic, index: LinkIndex, report: Callable[[str], None]
) -> str:
    embed, inner = match.group(1), match.group(2)
    target, _bar, label = inner.replace("\\|", "|").partition("|")
    name, _, heading = target.partition("#")
    heading = heading.split("^", 1)[0].strip()
    name = name.split("^", 1)[0]
    label = label.strip()
    suffix = posixpath.splitext(name.strip())[1].lower()
    if embed and suffix and suffix not in MARKDOWN_SUFFIXES:
        found = index.wiki_file(name, topic.path)
        src = _relative(found, topic.path) if found else quote(name.strip())
        size = _SIZE.match(label)
        alt = _escape(posixpath.basename(name.strip()) if size or not label else label)
        image = f"![{alt}]({src})"
        if size:
            image += "{: " + f'width="{size.group(1)}"'
            image += f' height="{size.group(2)}"' if size.group(2) else ""
            image += "}"
        return image
    topic_id = index.wiki_page(name, topic.path) if name.strip() else topic.id
    shown = label or (f"{name.strip()} › {heading}" if heading and name.strip() else "")
    shown = shown or name.strip() or heading
    if topic_id is None:
        report(f"[[{inner}]] names no page in this folder; it is shown as text")
        return _escape(shown)
    anchor = f"#{quote(slugify_unicode(heading, '-'))}" if heading else ""
    if not name.strip():
        return f"[{_escape(shown)}]({anchor or '#'})"
    return f"[{_escape(shown)}](topic:{topic_id}{anchor})"


def _relative(path: str, from_rel: str) -> str:
    """The link from page ``from_rel`` to file ``path`` (both relative to the opened folder)."""
    start = posixpath.dirname(from_rel) or "."
    return quote(posixpath.relpath(path, start))


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
