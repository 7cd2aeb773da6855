"""Read an MkDocs project, an Obsidian vault or a folder of Markdown into a :class:`Pack`.

The result is the same model a Briefing pack gives, so search, briefs and
the reader work on it unchanged: each Markdown page is a topic, the
navigation (``nav`` of ``mkdocs.yml``, else the folders) is the tree, and
there is no glossary.  Topic ids are made from the pages' paths
(:func:`.names.topic_id_for`); ``Topic.path`` is the page's real file,
relative to the opened folder, so relative images resolve and problems name
the file.  Links between pages are rewritten to topic links
(:mod:`.wikilinks`).  A section with no page of its own (a folder without
``index.md``, a ``nav`` section) gets a page listing its entries, with the
path of its folder (``guide/``) or of ``mkdocs.yml``.

The pack is named after its folder (or ``site_name``).  A folder packed into a
``.briefing`` file keeps that name: the extracted copy's folder is named by
the file's hash, so the title the manifest recorded when it was packed is used.
"""

from __future__ import annotations

import contextlib
import json
import posixpath
from collections.abc import Callable
from pathlib import Path

from briefing_app.core.formats.detect import FolderKind
from briefing_app.core.formats.folder import NavItem, scan_folder
from briefing_app.core.formats.mkdocs import CONFIG_NAMES, Config, read_config
from briefing_app.core.formats.names import (
    is_index,
    natural_key,
    title_from_name,
    topic_id_for,
    unique_id,
)
from briefing_app.core.formats.pages import read_page
from briefing_app.core.formats.wikilinks import LinkIndex, rewrite_links
from briefing_app.core.pack.model import Pack, PackInfo, Problem, Topic, TreeNode

#: Reads a file of the opened folder: ``read(rel, limit_bytes)`` -> its text, or None after
#: recording why not among the pack's problems (the Briefing loader's reader).
Reader = Callable[[str, int], "str | None"]
#: Pages and ``mkdocs.yml`` are read up to these sizes (bytes), as topics and manifests are.
MAX_PAGE_BYTES = 4 * 1024 * 1024
MAX_CONFIG_BYTES = 2 * 1024 * 1024


def load_folder(
    pack: Pack,
    kind: FolderKind,
    read: Reader,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Fill ``pack`` (its ``root`` set, nothing else) from a folder of kind ``kind``.

    ``progress(done, total)`` is called before each page is read, as
    :func:`~briefing_app.core.pack.loader.load_pack` does.  Never raises on
    bad content: problems go to ``pack.problems``.
    """
    config = _config(pack, read) if kind == "mkdocs" else None
    docs = config.docs_dir if config else ""
    if docs and not (pack.root / docs).is_dir():
        pack.problems.append(
            Problem(
                config.name if config else ".",
                None,
                "error",
                f"docs_dir {docs!r} is not a folder here; create it or set docs_dir in the config",
            )
        )
        return
    listing = scan_folder(pack.root, docs, folders_first=kind != "mkdocs")
    folder_name = _packed_name(pack.root) or pack.root.resolve().name or "Pages"
    title = (config.site_name if config else "") or folder_name
    pack.info = PackInfo(
        id=topic_id_for(title + ".md") if title else "pages",
        title=title,
        subtitle=config.site_description if config else "",
    )
    builder = _Builder(pack, read, listing.pages, docs, progress)
    builder.index.files = listing.files
    nav = config.nav if config and config.nav is not None else listing.items
    pack.tree = builder.nodes(nav, None)
    unlisted = [page for page in listing.pages if page not in builder.placed]
    for page in sorted(unlisted, key=natural_key):  # pages nav leaves out: after it
        node = builder.page_node(NavItem(page=page), None)
        if node is not None:
            pack.tree.append(node)
    for topic_id in builder.pages_read:
        rewrite_links(pack.topics[topic_id], builder.index, pack.problems)
    if listing.truncated:
        pack.problems.append(
            Problem(".", None, "warning", f"only the first {len(listing.pages):,} pages are read")
        )
    if not pack.topics and not pack.has_errors:
        where = f"{docs}/" if docs else "this folder"
        pack.problems.append(Problem(".", None, "error", f"no Markdown pages in {where}"))


def _packed_name(root: Path) -> str:
    """Return the title recorded in the manifest of a folder extracted from a ``.briefing``
    file (the packed folder's name), or "" for any other folder.  Never raises."""
    manifest = root / "META-INF" / "manifest.json"
    if root.parent.name != "packfiles" or not manifest.is_file():
        return ""
    with contextlib.suppress(OSError, ValueError, LookupError, TypeError):
        if manifest.stat().st_size <= MAX_CONFIG_BYTES:
            title = json.loads(manifest.read_bytes().decode("utf-8"))["pack"]["title"]
            return title.strip() if isinstance(title, str) else ""
    return ""


def _config(pack: Pack, read: Reader) -> Config:
    name = next((n for n in CONFIG_NAMES if (pack.root / n).is_file()), CONFIG_NAMES[0])
    text = read(name, MAX_CONFIG_BYTES)
    return Config(name=name) if text is None else read_config(name, text, pack.problems)


class _Builder:
    """Reads pages as the tree meets them and builds its nodes."""

    def __init__(
        self,
        pack: Pack,
        read: Reader,
        pages: list[str],
        docs: str,
        progress: Callable[[int, int], None] | None,
    ) -> None:
        self.pack, self.read, self.docs, self.progress = pack, read, docs, progress
        self.total = len(pages)
        self.taken: set[str] = set()
        self.index = LinkIndex(docs=docs)
        # index.md before README.md, so that a folder's page is its index.md
        for page in sorted(
            pages, key=lambda p: (natural_key(p), not p.lower().endswith("index.md"))
        ):
            inside = page[len(docs) + 1 :] if docs else page
            topic_id = unique_id(topic_id_for(inside), self.taken)
            self.index.by_path[page] = topic_id
            if is_index(posixpath.basename(page)):
                self.index.by_folder.setdefault(posixpath.dirname(page), topic_id)
        self.placed: set[str] = set()
        self.pages_read: list[str] = []
        self._config: str | None = None

    def nodes(self, items: list[NavItem], parent: TreeNode | None) -> list[TreeNode]:
        nodes: list[TreeNode] = []
        for item in items:
            node = (
                self.section_node(item, parent)
                if item.children or not item.page
                else self.page_node(item, parent)
            )
            if node is not None:
                nodes.append(node)
        return nodes

    def page_node(self, item: NavItem, parent: TreeNode | None) -> TreeNode | None:
        """The node of a page (read now), or None if it is missing, repeated or unreadable."""
        topic_id = self._read_page(item)
        return None if topic_id is None else TreeNode(topic_id, parent=parent)

    def section_node(self, item: NavItem, parent: TreeNode | None) -> TreeNode | None:
        """The node of a section: its own page, or a made-up page listing its entries."""
        own = self._read_page(item) if item.page else None
        topic_id = own or self._contents_page(item)
        node = TreeNode(topic_id, parent=parent)
        node.children = self.nodes(item.children, node)
        if own is None:
            if not node.children:
                del self.pack.topics[topic_id]
                return None
            self.pack.topics[topic_id].body = "".join(
                f"- [{_escape(self.pack.topics[child.topic_id].title)}](topic:{child.topic_id})\n"
                for child in node.children
            )
        return node

    def _read_page(self, item: NavItem) -> str | None:
        where = self._config_name()
        topic_id = self.index.by_path.get(item.page)
        if topic_id is None:
            inside = item.page[len(self.docs) + 1 :] if self.docs else item.page
            folder = f"{self.docs}/" if self.docs else "the project folder"
            self.pack.problems.append(
                Problem(
                    where,
                    item.line,
                    "warning",
                    f"the nav names {inside!r}, which is not a page in {folder}; it is left out",
                )
            )
            return None
        if item.page in self.placed:
            self.pack.problems.append(
                Problem(
                    where,
                    item.line,
                    "warning",
                    f"{item.page!r} is in the nav twice; it is shown at its first place",
                )
            )
            return None
        self.placed.add(item.page)
        if self.progress is not None:
            self.progress(len(self.placed) - 1, self.total)
        text = self.read(item.page, MAX_PAGE_BYTES)
        if text is None:
            return None
        folder = posixpath.dirname(item.page)
        name = posixpath.basename(folder) if is_index(posixpath.basename(item.page)) else ""
        page = read_page(topic_id, item.page, text, self.pack.problems, item.title, name)
        self.pack.topics[topic_id] = page.topic
        self.pages_read.append(topic_id)
        for alias in page.aliases:
            self.index.aliases.setdefault(alias.casefold(), topic_id)
        return topic_id

    def _contents_page(self, item: NavItem) -> str:
        if item.folder:
            inside = item.folder[len(self.docs) + 1 :] if self.docs else item.folder
            topic_id = unique_id(topic_id_for(f"{inside}/index.md"), self.taken)
            title = item.title or title_from_name(posixpath.basename(item.folder))
            path = f"{item.folder}/"
            self.index.by_folder.setdefault(item.folder, topic_id)
        else:
            topic_id = unique_id(topic_id_for(f"{item.title or 'section'}.md"), self.taken)
            title, path = item.title or "Section", self._config_name()
        self.pack.topics[topic_id] = Topic(id=topic_id, title=title, path=path)
        return topic_id

    def _config_name(self) -> str:
        if self._config is None:
            self._config = next((n for n in CONFIG_NAMES if (self.pack.root / n).is_file()), ".")
        return self._config


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
