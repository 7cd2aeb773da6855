"""The outline of a big pack: every topic's title in the tree, read in a fraction of a parse.

Parsing a 20,000-topic pack takes seconds (YAML front matter, Markdown
checks, links).  The window's tree needs only each topic's ``title`` and the
tree of ``briefing.yaml``, so :func:`load_outline` reads the manifest, the
glossary and the topic to show as :func:`~briefing_app.core.pack.loader.load_preview`
does, then only the first :data:`HEAD_BYTES` of every other topic file, and
takes the ``title:`` line of its front matter.  The pack it returns has
``complete=False``, every topic in file-name order and the whole tree; the
window shows it while :func:`~briefing_app.core.pack.loader.load_pack` reads
everything, then replaces it.  The titles are read on threads while the
manifest is parsed; :func:`begin_outline` does not wait long for them (a cold
disk takes seconds for 20,000 files): a topic whose title is not read yet is
titled with its id until it is.

The topics only outlined are :class:`OutlineTopic` objects: their ``id``,
``title`` and ``path`` are known; reading any other field (the body, the
summary a tooltip shows, the related topics a page lists) parses the file
there and then, once, so a topic clicked before the whole pack is read still
opens in full.  The problems such a parse finds are not kept: the whole
load reports every problem, and the problems list, the search index and the
cache all come from it.  A title the quick reading cannot be sure of (quoted
with escapes, a block scalar, no ``title:`` line in the first bytes) is
taken from a full parse of that file.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

from briefing_app.core.pack import loader
from briefing_app.core.pack.model import LazyTopic, Pack, PackInfo, Problem, Topic, TreeNode
from briefing_app.core.pack.parse import TreeSpec, one_line

#: Threads reading topic files' first bytes at once.
READERS = 8
#: The name of those threads.
TITLE_THREAD = "pack-titles"
#: Bytes read from the start of each topic file for its title.
HEAD_BYTES = 2048
#: Rows of the tree whose titles are read on the spot when the threads have not read them yet:
#: about what the first frame shows (the tree's top, folded or not, and the open topic's group).
FIRST_ROWS = 40
#: Fields an outline topic knows without parsing its file.
KNOWN = frozenset({"id", "title", "path"})
_LAZY = frozenset(item.name for item in fields(Topic)) - KNOWN
#: One parse at a time (the window's thread and the search thread may both ask).
_PARSING = threading.RLock()
#: Plain scalars YAML reads as something other than text (null, booleans, numbers, dates).
_NOT_TEXT = re.compile(
    r"(?i)~|null|true|false|yes|no|on|off|[-+]?(\.?\d[\d_.,:eE+-]*|\.inf|\.nan)|\d{4}-\d\d-\d\d.*"
)
_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


class OutlineTopic(LazyTopic):
    """A :class:`Topic` known by its id, title and path until another field is read.

    Reading any other field parses the file (once; see the module doc).
    Make one with :func:`outline_topic`.
    """

    def __getattribute__(self, name: str) -> Any:
        """Return the field ``name``, parsing the topic's file first if it is not parsed yet."""
        if name in _LAZY:
            state = object.__getattribute__(self, "__dict__")
            if "_root" in state:
                _fill(self, state)
        return object.__getattribute__(self, name)


def outline_topic(root: Path, topic_id: str, title: str) -> OutlineTopic:
    """Return the outline of topic ``topic_id`` of the pack at ``root``, titled ``title``."""
    topic = OutlineTopic(id=topic_id, title=title, path=f"topics/{topic_id}.md")
    topic.__dict__["_root"] = root
    return topic


def is_parsed(topic: Topic) -> bool:
    """True unless ``topic`` is an :class:`OutlineTopic` whose file has not been parsed yet
    (asking does not parse it)."""
    return "_root" not in topic.__dict__


def _fill(topic: OutlineTopic, state: dict[str, Any]) -> None:
    """Parse ``topic``'s file and take every field from it (its title included); the topic
    is a plain :class:`Topic` from then on."""
    with _PARSING:
        root = state.get("_root")
        if root is None:  # another thread parsed it meanwhile
            return
        parsed = _parse_file(root, state["id"])
        if parsed is not None:
            for item in fields(Topic):
                state[item.name] = parsed.__dict__[item.name]
        del state["_root"]
        topic.__class__ = Topic  # type: ignore[assignment]


def _parse_file(root: Path, topic_id: str) -> Topic | None:
    """Return topic ``topic_id`` of the pack at ``root`` parsed in full, or None if unreadable."""
    scratch = Pack(root=root)
    if not loader._load_one_topic(scratch, topic_id, set()):
        return None
    return scratch.topics[topic_id]


def load_outline(
    path: Path | str, wanted: Callable[[PackInfo], str | None], glossary: bool = True
) -> Pack:
    """Return the outline of the pack folder at ``path``: every topic titled, the whole tree.

    The manifest, the glossary (unless ``glossary`` is False: then the pack
    has no terms yet, and :func:`with_glossary` adds them), the topic
    ``wanted(info)`` names (or the first of the tree) and its related topics
    are read in full, as :func:`~briefing_app.core.pack.loader.load_preview`
    reads them; every other topic file gives only its title
    (:class:`OutlineTopic`).  The pack has ``complete=False``, ``start``
    names the topic read to be shown first, and it has only the problems of
    the files read in full.  Never raises.
    """
    return begin_outline(path, wanted, glossary)[0]


def begin_outline(
    path: Path | str,
    wanted: Callable[[PackInfo], str | None],
    glossary: bool = True,
    wait: float | None = None,
) -> tuple[Pack, Callable[[], bool]]:
    """Return :func:`load_outline`'s pack without waiting more than ``wait`` seconds for titles.

    The titles are read on threads while the manifest, the glossary and the
    first topic are parsed; ``wait`` (None: as long as it takes) is how long
    to wait for the rest once those are done.  A topic whose title is not
    read by then is titled with its id for now.  The function returned waits
    for the titles still being read and gives those topics their titles (a
    title the quick reading is unsure of comes from parsing the file); it
    returns True if there were any, and may be called from any thread.  On a
    cold disk 20,000 topic files take a second or two: the tree is shown
    before them.
    """
    root = Path(path)
    pack = Pack(root=root, complete=False)
    reading = _TitleReading(root)  # the disk's waits overlap the parsing below
    spec = loader._read_manifest(pack)
    # The topic to show first and its related topics, read in full as load_preview reads them.
    candidates = [wanted(pack.info) or ""]
    candidates += [item.topic_id for item in loader._walk_spec(spec)]
    candidates += (reading.ids or [])[: loader.PREVIEW_CANDIDATES]
    tried: set[str] = set()
    for topic_id in candidates:
        if topic_id not in tried and loader._load_one_topic(pack, topic_id, tried):
            pack.start = topic_id
            for related in pack.topics[topic_id].related:  # its page lists their titles
                if related not in tried:
                    loader._load_one_topic(pack, related, tried)
            break
    if glossary:
        loader._load_glossary(pack)
    if reading.ids is None:  # no topics folder: the topic read, if any (the whole load says why)
        pack.tree = [TreeNode(pack.start)] if pack.start else []
        return pack, lambda: False
    if wait is not None:  # the rows the first frame shows are not left to the threads' order
        reading.read_now(_first_rows(spec, pack.start))
    reading.finished.wait(wait)
    read_in_full = pack.topics
    topics: dict[str, Topic] = {}
    late: dict[int, OutlineTopic] = {}
    for place, topic_id in enumerate(reading.ids):
        if topic_id in read_in_full:
            topics[topic_id] = read_in_full[topic_id]
        elif not reading.done[place]:  # titled with its id until its title is read
            topics[topic_id] = late[place] = outline_topic(root, topic_id, topic_id)
        elif (title := reading.titles[place]) is not None:
            topics[topic_id] = outline_topic(root, topic_id, title)
        elif (parsed := _parse_file(root, topic_id)) is not None:  # a title to be sure of
            topics[topic_id] = parsed
    pack.topics = topics
    problems: list[Problem] = []  # the tree's own problems come with the whole load
    shown = Pack(root=root, topics=topics, problems=problems)
    pack.tree = loader._build_tree(shown, spec)

    def finish() -> bool:
        reading.finished.wait()
        for place, topic in late.items():
            title = reading.titles[place]
            if is_parsed(topic):  # opened meanwhile: parsed, titled from its file
                continue
            if title is not None:
                topic.__dict__["title"] = title
            else:  # a title to be sure of: parse the file (an unreadable one keeps its id)
                _ = topic.summary
        return bool(late)

    return pack, finish


class _TitleReading:
    """The titles of the topic files of a pack, read on :data:`READERS` daemon threads.

    ``ids`` are the topic ids (file-name order; None when the pack has no
    ``topics`` folder); ``titles[place]`` is the title of ``ids[place]``
    once ``done[place]`` is set (None where :func:`_quick_title` was unsure
    or the file is not a plain file); ``finished`` is set when every file is
    read.  Files are read in inode order (near each other on disk), one slice
    per thread, so that the threads' waits for the disk overlap; the threads
    are daemons, so quitting never waits for them.
    """

    def __init__(self, root: Path) -> None:
        self.finished = threading.Event()
        self.ids: list[str] | None = None
        self.titles: list[str | None] = []
        self.done = bytearray()
        try:
            with os.scandir(root / "topics") as listing:
                entries = sorted(
                    (entry for entry in listing if loader._is_topic_file_name(entry.name)),
                    key=lambda entry: entry.name,
                )
        except OSError:
            self.finished.set()
            return
        self._kept: list[os.DirEntry[str]] = []
        ids: list[str] = []
        seen_lower: set[str] = set()
        for entry in entries:
            topic_id = entry.name[: -len(".md")]
            if not loader.TOPIC_ID.fullmatch(topic_id) or topic_id.lower() in seen_lower:
                continue  # the whole load says why
            seen_lower.add(topic_id.lower())
            ids.append(topic_id)
            self._kept.append(entry)
        self.ids = ids
        self.titles = [None] * len(ids)
        self.done = bytearray(len(ids))
        by_inode = sorted(range(len(ids)), key=lambda place: self._kept[place].inode())
        size = -(-len(by_inode) // READERS) or 1
        slices = [by_inode[start : start + size] for start in range(0, len(by_inode), size)]
        self._left = len(slices)
        self._lock = threading.Lock()
        if not slices:
            self.finished.set()
        for places in slices:
            threading.Thread(
                target=self._read, args=(places,), name=TITLE_THREAD, daemon=True
            ).start()

    def read_now(self, topic_ids: Iterable[str]) -> None:
        """Read the titles of ``topic_ids`` not read yet, on :data:`READERS` threads of their
        own, and return when they are read (a reading thread may read one again: the same
        title)."""
        places = {topic_id: place for place, topic_id in enumerate(self.ids or [])}
        wanted = {places[topic_id] for topic_id in topic_ids if topic_id in places}
        unread = [place for place in wanted if not self.done[place]]

        if unread:
            with ThreadPoolExecutor(READERS, thread_name_prefix="first-rows") as pool:
                list(pool.map(self._read_one, unread))

    def _read_one(self, place: int) -> None:
        self.titles[place] = _title_of(self._kept[place])
        self.done[place] = 1

    def _read(self, places: list[int]) -> None:
        try:
            for place in places:
                self._read_one(place)
        finally:
            with self._lock:
                self._left -= 1
                if self._left == 0:
                    self.finished.set()


def _first_rows(spec: list[TreeSpec], start: str) -> list[str]:
    """Return the topic ids of about the rows a first frame shows of the tree ``spec``: its
    first :data:`FIRST_ROWS` rows unfolded and folded, and ``start``'s ancestors and siblings."""
    rows = [item.topic_id for item in itertools.islice(loader._walk_spec(spec), FIRST_ROWS)]
    rows += [item.topic_id for item in spec[:FIRST_ROWS]]
    path: list[TreeSpec] = []

    def find(items: list[TreeSpec]) -> bool:
        for item in items:
            path.append(item)
            if item.topic_id == start or find(item.children):
                return True
            path.pop()
        return False

    if start and find(spec):
        rows += [item.topic_id for item in path]
        siblings = path[-2].children if len(path) > 1 else []
        rows += [item.topic_id for item in siblings[:FIRST_ROWS]]
    return rows


def with_glossary(outline: Pack) -> Pack:
    """Return a copy of ``outline`` (a pack from :func:`load_outline` with ``glossary=False``)
    with its glossary read: the same topics and tree, the terms of ``glossary.yaml`` and the
    problems found in it.  Never raises."""
    glossed = replace(outline, terms=[], problems=list(outline.problems))
    loader._load_glossary(glossed)
    return glossed


def _title_of(entry: os.DirEntry[str]) -> str | None:
    """Return :func:`_quick_title` of a plain file, None for anything else."""
    return _quick_title(entry) if entry.is_file(follow_symlinks=False) else None


def _quick_title(entry: os.DirEntry[str]) -> str | None:
    """Return the title in the front matter at the start of ``entry``'s file, or None when
    that reading is unsure (see the module doc)."""
    try:
        descriptor = os.open(entry.path, _FLAGS | getattr(os, "O_NOFOLLOW", 0))
        try:
            head = os.read(descriptor, HEAD_BYTES)
        finally:
            os.close(descriptor)
    except OSError:
        return None
    lines = head.removeprefix(b"\xef\xbb\xbf").split(b"\n")
    if lines[0].rstrip() != b"---":
        return None
    for line in lines[1:-1]:  # the last line may be cut
        if line.rstrip() in (b"---", b"..."):
            return None
        if line.startswith(b"title:"):
            try:
                title = _scalar(line[len(b"title:") :].decode("utf-8").strip())
            except UnicodeDecodeError:
                return None
            return None if title is None else one_line(title)
    return None


def _scalar(text: str) -> str | None:
    """Return the YAML scalar ``text`` (one line) if it is plain or simply quoted, else None."""
    if not text or text[0] in "|>[{&*!%@`#":
        return None
    if text[0] == '"':
        try:
            value = json.loads(text)
        except ValueError:
            return None
        return value if isinstance(value, str) and value.strip() else None
    if text[0] == "'":
        if len(text) < 2 or not text.endswith("'"):
            return None
        value = text[1:-1]
        return value.replace("''", "'") if "'" not in value.replace("''", "") else None
    if " #" in text or ": " in text or text.endswith(":") or _NOT_TEXT.fullmatch(text):
        return None
    return text
