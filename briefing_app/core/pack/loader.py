"""Load a pack folder into a :class:`~briefing_app.core.pack.model.Pack`.

The loader reads files; the parsers in :mod:`briefing_app.core.pack.parse`
take text.  Nothing here raises on bad content: every fault becomes a
:class:`~briefing_app.core.pack.model.Problem` with the file and line, and the pack
keeps everything that is valid.  The format is ``docs/content-format.md``.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

from briefing_app.core.pack import parse as packparse
from briefing_app.core.pack.limits import (
    FORMAT_GUIDE,
    Cut,
    cut_to_limit,
    glossary_entry_start,
)
from briefing_app.core.pack.links import check_links
from briefing_app.core.pack.model import Pack, PackInfo, Problem, Topic, TreeNode
from briefing_app.core.resources import bundled_pack_path

#: Topic ids are file names; keep them portable (lowercase ASCII, digits, hyphens).
TOPIC_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")

#: File names Windows cannot create (any extension): CON, NUL, COM1, ...
WINDOWS_RESERVED = frozenset(
    {"con", "prn", "aux", "nul"} | {f"{port}{n}" for port in ("com", "lpt") for n in range(1, 10)}
)

#: Only this much of a topic file is read (bytes): a briefing note is far smaller.
MAX_TOPIC_BYTES = 4 * 1024 * 1024
#: Only this much of ``glossary.yaml`` is read (bytes): some 5,000 terms with definitions.
MAX_GLOSSARY_BYTES = 2 * 1024 * 1024
#: ``briefing.yaml`` larger than this is refused (bytes): a tree of 10,000s of topics fits.
MAX_MANIFEST_BYTES = 2 * 1024 * 1024

UTF8_BOM = b"\xef\xbb\xbf"
#: Where a file over its size limit may be cut: before these bytes, or before
#: the bytes a function of the file's first bytes returns.
#: ``progress(done, total)`` and ``keep(topic)`` of :func:`load_pack`.
Progress = Callable[[int, int], None]
Keep = Callable[[Topic], Topic]
#: Topic files a preview tries, in name order, when the tree names none that can be read.
PREVIEW_CANDIDATES = 20


def decode_text(data: bytes, rel: str, problems: list[Problem]) -> str | None:
    """Decode a pack file's bytes as UTF-8, the only encoding packs use.

    A UTF-8 byte-order mark is dropped.  Returns the text, or ``None`` after
    appending an error to ``problems`` (UTF-16, NUL bytes, invalid UTF-8 with
    the line of the first bad byte).
    """
    if data.startswith(UTF8_BOM):
        data = data[len(UTF8_BOM) :]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        problems.append(
            Problem(rel, 1, "error", "the file is UTF-16; save it as UTF-8 and reopen the pack")
        )
        return None
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        problems.append(
            Problem(rel, line, "error", "the file contains NUL bytes; it is not a text file")
        )
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        problems.append(
            Problem(
                rel,
                line,
                "error",
                f"the file is not UTF-8 (byte 0x{data[exc.start]:02x}); "
                "save it as UTF-8 in your editor",
            )
        )
        return None


def _read(
    root: Path, rel: str, limit: int, problems: list[Problem], cut_at: Cut | None = None
) -> str | None:
    """Read ``root/rel`` as pack text, or record why not and return ``None``.

    A file over ``limit`` bytes is refused with an error, unless ``cut_at`` is
    given: then only the part before the last ``cut_at`` within the limit is
    read (a whole line, a whole glossary entry) and a warning says so.  This
    bounds the time and memory a hostile or mistaken file can take.
    ``cut_at`` is bytes, or a function of the bytes read that returns them.
    Either message says what the author can do (:func:`size_advice`).
    """
    path = root / rel
    if not _inside(root, path):
        problems.append(
            Problem(
                rel,
                None,
                "error",
                "the file links outside the pack folder (or in a loop); not read",
            )
        )
        return None
    return _read_file(path, rel, limit, problems, cut_at)


def _read_file(
    path: Path | str, rel: str, limit: int, problems: list[Problem], cut_at: Cut | None
) -> str | None:
    """Read the file at ``path`` as pack text (see :func:`_read`); record why not and return None."""
    try:
        data, size = read_bytes(path, limit)
    except NotRegularFile as exc:
        problems.append(
            Problem(rel, None, "error", f"this is {exc.kind}, not a text file; not read")
        )
        return None
    except OSError as exc:
        problems.append(Problem(rel, None, "error", f"cannot read the file: {exc.strerror}"))
        return None
    return _limited_text(data, size, rel, limit, problems, cut_at)


def _limited_text(
    data: bytes, size: int, rel: str, limit: int, problems: list[Problem], cut_at: Cut | None
) -> str | None:
    """Decode ``data`` (the first ``limit + 1`` bytes of a ``size``-byte file), cut as
    :func:`~briefing_app.core.pack.limits.cut_to_limit` says."""
    kept = cut_to_limit(data, size, rel, limit, problems, cut_at)
    return None if kept is None else decode_text(kept, rel, problems)


class NotRegularFile(OSError):
    """The path names a folder, pipe or device, not a file (``kind`` says which, in words)."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


#: Open flags for pack files: never wait on a pipe, no CRLF translation (Windows).
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def read_bytes(path: Path | str, limit: int, follow_symlinks: bool = True) -> tuple[bytes, int]:
    """Return up to ``limit + 1`` bytes of the file at ``path`` and its size in bytes.

    The file is opened without blocking and checked *after* opening (the
    checked file is the one read, even if the path changes meanwhile).  With
    ``follow_symlinks=False`` a symlink is not opened (``O_NOFOLLOW``).

    Raises:
        NotRegularFile: the path is a folder, pipe or device.
        OSError: the file cannot be opened or read (``ELOOP`` for a symlink
            when not following them).
    """
    flags = _OPEN_FLAGS | (0 if follow_symlinks else getattr(os, "O_NOFOLLOW", 0))
    descriptor = os.open(path, flags)
    try:
        mode = os.fstat(descriptor).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegularFile("a folder" if stat.S_ISDIR(mode) else "a pipe or device")
        handle = os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise
    with handle:
        data = handle.read(limit + 1)
        return data, (os.fstat(descriptor).st_size if len(data) > limit else len(data))


def _inside(root: Path, path: Path) -> bool:
    """True if ``path`` (symlinks resolved) lies inside ``root``; False for a symlink loop.

    Only a path with a symlink below ``root`` can leave it (the loader builds
    paths from names listed in the pack), so plain files skip the costly resolve.
    """
    try:
        rel = path.relative_to(root)
        if not any((root / Path(*rel.parts[: i + 1])).is_symlink() for i in range(len(rel.parts))):
            return True
        path.resolve(strict=True).relative_to(root.resolve())
    except (ValueError, OSError, RuntimeError):  # outside, missing, or a symlink loop
        return False
    return True


def is_pack_file(root: Path, path: Path) -> bool:
    """True if ``path`` is a regular file inside the pack folder ``root`` (symlinks resolved).

    Pipes, devices, folders and symlinks that leave the pack or loop are not
    pack files: reading them could block or never end.
    """
    try:
        return _inside(root, path) and stat.S_ISREG(path.stat().st_mode)
    except (OSError, RuntimeError):
        return False


def load_pack(
    path: Path | str | None = None,
    glossary_usage: bool = True,
    progress: Callable[[int, int], None] | None = None,
    keep: Keep | None = None,
) -> Pack:
    """Load the pack folder at ``path`` (the bundled pack when ``None``).

    A folder without ``briefing.yaml`` that is an MkDocs project, an Obsidian
    vault or a folder of Markdown is read by :mod:`briefing_app.core.formats`
    into the same model (``docs/content-format.md``, "Other formats").
    ``glossary_usage=False`` skips the checks that scan every topic for every
    glossary term (an unused term, see :func:`~briefing_app.core.glossary.usage.check_glossary`):
    the window opens without them, ``briefing-app check`` runs them.
    ``progress(done, total)`` is called before each topic file is read, with
    the count of topic files read so far and in all, and once more with
    ``done == total`` when everything is read and checked; an exception it
    raises (to cancel) ends the load and propagates.  ``keep(topic)``, if
    given, is called on each topic as it is parsed and what it returns is
    kept instead (:mod:`briefing_app.core.pack.bodies` keeps bodies on disk).

    Returns:
        A :class:`Pack` holding every valid topic, the tree, the glossary and
        the list of problems.  Never raises on bad content or a missing folder:
        those come back as problems.
    """
    root = bundled_pack_path() if path is None else Path(path)
    if root.suffix.lower() == ".briefing" and not root.is_dir():
        return _load_packfile(root, glossary_usage, progress, keep)
    pack = Pack(root=root)
    problems = pack.problems
    if not root.is_dir():
        problems.append(
            Problem(
                str(root),
                None,
                "error",
                "no pack folder here; give the folder that holds briefing.yaml",
            )
        )
        return pack
    if not os.path.lexists(root / "briefing.yaml") and _load_other_format(pack, progress):
        return pack

    tree_spec = _read_manifest(pack)
    total = _load_topics(pack, progress, keep)
    pack.tree = _build_tree(pack, tree_spec)
    _load_glossary(pack)
    _load_views(pack)
    packparse.check_references(pack)
    check_links(pack)
    if glossary_usage:  # the term scanner is imported only for the checks that use it
        from briefing_app.core.glossary.usage import check_glossary

        check_glossary(pack)
    if progress is not None:
        progress(total, total)
    if not pack.topics and not any(p.severity == "error" for p in problems):
        problems.append(
            Problem("topics", None, "error", "the pack has no topics; add topics/<id>.md files")
        )
    return pack


def _load_other_format(pack: Pack, progress: Callable[[int, int], None] | None) -> bool:
    """Read ``pack.root`` as an MkDocs project, a vault or a Markdown folder, if it is one.

    Returns False (nothing read) when the folder is none of these
    (:mod:`briefing_app.core.formats`, imported only for such folders).
    """
    from briefing_app.core.formats.detect import folder_kind

    kind = folder_kind(pack.root)
    if kind is None or kind == "briefing":
        return False
    from briefing_app.core.formats.load import load_folder

    def read(rel: str, limit: int) -> str | None:
        return _read(pack.root, rel, limit, pack.problems, cut_at=b"\n")

    load_folder(pack, kind, read, progress)
    check_links(pack)
    if progress is not None:
        progress(len(pack.topics), len(pack.topics))
    return True


def _load_packfile(
    path: Path, glossary_usage: bool, progress: Progress | None, keep: Keep | None = None
) -> Pack:
    """Load a ``.briefing`` file: verified and extracted into the user cache
    (:mod:`briefing_app.core.library.packfile`), its problems first; ``pack.root``
    is the extracted folder, or ``path`` when the file was refused."""
    from briefing_app.core.library.packfile import open_packfile

    report = open_packfile(path)
    if report.root is None:
        return Pack(root=path, problems=report.problems())
    pack = load_pack(report.root, glossary_usage, progress, keep)
    pack.problems[:0] = report.problems()
    return pack


def _read_manifest(pack: Pack) -> list[packparse.TreeSpec]:
    """Parse ``briefing.yaml`` into ``pack.info``; return the tree as written."""
    root, problems = pack.root, pack.problems
    if not os.path.lexists(root / "briefing.yaml"):
        problems.append(
            Problem(
                "briefing.yaml",
                None,
                "error",
                f"the pack has no briefing.yaml; create it (see {FORMAT_GUIDE})",
            )
        )
        return []
    text = _read(root, "briefing.yaml", MAX_MANIFEST_BYTES, problems)
    if text is None:
        return []
    pack.info, tree_spec = packparse.parse_manifest(text, problems)
    return tree_spec


def _load_glossary(pack: Pack) -> None:
    """Parse ``glossary.yaml`` (optional) into ``pack.terms``."""
    if os.path.lexists(pack.root / "glossary.yaml"):
        text = _read(
            pack.root,
            "glossary.yaml",
            MAX_GLOSSARY_BYTES,
            pack.problems,
            cut_at=glossary_entry_start,
        )
        if text is not None:
            pack.terms = packparse.parse_glossary(text, pack.problems)


def _load_views(pack: Pack) -> None:
    """Parse ``timeline.yaml`` and ``places.yaml`` (both optional) into the pack."""
    from briefing_app.core.views.load import load_views

    load_views(pack, lambda rel, limit: _read(pack.root, rel, limit, pack.problems))


def count_topic_files(path: Path | str) -> int:
    """Return how many topic files (``topics/*.md``) the pack folder at ``path`` has; 0 if none.

    Cheap (one directory listing, no file read): callers use it to decide
    whether a pack is big enough to open with :func:`load_preview` first.
    """
    try:
        with os.scandir(Path(path) / "topics") as listing:
            return sum(_is_topic_file_name(entry.name) for entry in listing)
    except OSError:
        return 0


def load_preview(path: Path | str, wanted: Callable[[PackInfo], str | None]) -> Pack:
    """Load what the first page of a big pack needs: manifest, glossary and one topic.

    The topic's related topics are read too: its page lists their titles.
    ``wanted(info)`` names the topic to show (the one open when the pack was
    last closed, say), or None; if that topic has no file, the first topic of
    the tree is taken.  The returned pack has ``complete=False``, a tree of
    that one topic, and only the problems found in the files read; the
    window shows it while :func:`load_pack` reads everything.  Never raises.
    """
    root = Path(path)
    pack = Pack(root=root, complete=False)
    tree_spec = _read_manifest(pack)
    candidates = [wanted(pack.info) or ""]
    candidates += [spec.topic_id for spec in _walk_spec(tree_spec)]
    candidates += _first_topic_ids(root, PREVIEW_CANDIDATES)  # no usable tree: file order
    tried: set[str] = set()
    for topic_id in candidates:
        if topic_id not in tried and _load_one_topic(pack, topic_id, tried):
            pack.tree = [TreeNode(topic_id)]
            for related in pack.topics[topic_id].related:  # its page lists their titles
                if related not in tried:
                    _load_one_topic(pack, related, tried)
            break
    _load_glossary(pack)
    return pack


def _load_one_topic(pack: Pack, topic_id: str, tried: set[str]) -> bool:
    """Read topic ``topic_id`` into ``pack.topics`` if its file can be read; True if it was.

    ``topic_id`` is added to ``tried``, so that no file is read (or reported) twice.
    """
    tried.add(topic_id)
    rel = f"topics/{topic_id}.md"
    if not TOPIC_ID.fullmatch(topic_id) or not is_pack_file(pack.root, pack.root / rel):
        return False
    text = _read(pack.root, rel, MAX_TOPIC_BYTES, pack.problems, cut_at=b"\n")
    if text is None:
        return False
    pack.topics[topic_id] = packparse.parse_topic(topic_id, rel, text, pack.problems)
    return True


def _first_topic_ids(root: Path, count: int) -> list[str]:
    """Return the ids of the first ``count`` topic files of the pack, in file name order."""
    try:
        with os.scandir(root / "topics") as listing:
            names = sorted(entry.name for entry in listing if _is_topic_file_name(entry.name))
    except OSError:
        return []
    return [name[: -len(".md")] for name in names[:count]]


def _walk_spec(specs: list[packparse.TreeSpec]) -> Iterator[packparse.TreeSpec]:
    for spec in specs:
        yield spec
        yield from _walk_spec(spec.children)


def _load_topics(pack: Pack, progress: Progress | None = None, keep: Keep | None = None) -> int:
    """Parse every ``topics/*.md`` file into ``pack.topics`` (sorted by file name).

    Returns the number of topic files found (loaded or not).
    """
    topics_dir = pack.root / "topics"
    if not topics_dir.is_dir():
        pack.problems.append(
            Problem(
                "topics",
                None,
                "error",
                "topics is not a folder (or links in a loop); it must be a folder with one .md file per topic"
                if os.path.lexists(topics_dir)
                else "the pack has no topics/ folder; create it with one .md file per topic",
            )
        )
        return 0
    # A plain file in a topics folder that is not a symlink needs no further
    # checks (the directory entry says so without a stat); anything else goes
    # through _read's checks for links out of the pack, pipes and devices.
    plain_folder = not topics_dir.is_symlink()
    with os.scandir(topics_dir) as listing:
        entries = sorted(listing, key=lambda entry: entry.name)
    seen_lower: dict[str, str] = {}
    total = sum(_is_topic_file_name(entry.name) for entry in entries)
    done = 0
    for entry in entries:
        name = entry.name
        if not _is_topic_file_name(name):
            continue
        if progress is not None:
            progress(done, total)
        done += 1
        rel = f"topics/{name}"
        topic_id = name[: -len(".md")]
        if not TOPIC_ID.fullmatch(topic_id):
            pack.problems.append(
                Problem(
                    rel,
                    None,
                    "error",
                    f"topic id {topic_id!r} must be lowercase letters, digits, '-' and '_'; "
                    "rename the file",
                )
            )
            continue
        if topic_id.lower() in seen_lower:
            pack.problems.append(
                Problem(
                    rel, None, "error", f"duplicate topic id {topic_id!r}; rename one of the files"
                )
            )
            continue
        seen_lower[topic_id.lower()] = topic_id
        if topic_id in WINDOWS_RESERVED:
            pack.problems.append(
                Problem(
                    rel,
                    None,
                    "warning",
                    f"{topic_id!r} is a reserved file name on Windows; rename the file so the "
                    "pack can be copied there",
                )
            )
        if plain_folder and entry.is_file(follow_symlinks=False):
            text = _read_listed(pack, entry.path, rel)
        else:
            text = _read(pack.root, rel, MAX_TOPIC_BYTES, pack.problems, cut_at=b"\n")
        if text is None:
            continue
        topic = packparse.parse_topic(topic_id, rel, text, pack.problems)
        pack.topics[topic_id] = keep(topic) if keep is not None else topic
    return total


def _read_listed(pack: Pack, path: str, rel: str) -> str | None:
    """Read a topic the listing showed as a plain file, without following symlinks.

    If it cannot be read so (it has become a symlink, folder or pipe since
    it was listed: an editor saving, another program), :func:`_read` checks
    it again and says what it is.
    """
    try:
        data, size = read_bytes(path, MAX_TOPIC_BYTES, follow_symlinks=False)
    except OSError:
        return _read(pack.root, rel, MAX_TOPIC_BYTES, pack.problems, cut_at=b"\n")
    return _limited_text(data, size, rel, MAX_TOPIC_BYTES, pack.problems, b"\n")


def _build_tree(pack: Pack, spec: list[packparse.TreeSpec]) -> list[TreeNode]:
    """Turn the manifest's tree spec into nodes over the loaded topics.

    A node whose topic did not load is dropped (its children take its place);
    a topic listed twice keeps its first place; topics in no node are added at
    the end, so nothing the author wrote is hidden, with a warning unless the
    tree itself is missing (its own error says so).
    """
    placed: set[str] = set()

    def build(items: list[packparse.TreeSpec], parent: TreeNode | None) -> list[TreeNode]:
        nodes: list[TreeNode] = []
        for item in items:
            if item.topic_id in placed:
                pack.problems.append(
                    Problem(
                        "briefing.yaml",
                        item.line,
                        "error",
                        f"topic {item.topic_id!r} is in the tree twice; keep one place",
                    )
                )
                nodes.extend(build(item.children, parent))
                continue
            if item.topic_id not in pack.topics:
                if os.path.lexists(pack.root / "topics" / f"{item.topic_id}.md"):
                    pass  # the file exists but failed to load: its own problem says why
                else:
                    pack.problems.append(
                        Problem(
                            "briefing.yaml",
                            item.line,
                            "error",
                            f"the tree names topic {item.topic_id!r} but topics/{item.topic_id}.md "
                            "does not exist; create it or remove the entry",
                        )
                    )
                nodes.extend(build(item.children, parent))
                continue
            placed.add(item.topic_id)
            node = TreeNode(item.topic_id, parent=parent)
            node.children = build(item.children, node)
            nodes.append(node)
        return nodes

    roots = build(spec, None)
    for topic_id, topic in pack.topics.items():
        if topic_id not in placed:
            if spec:
                pack.problems.append(
                    Problem(
                        topic.path,
                        None,
                        "warning",
                        f"topic {topic_id!r} is not in the tree of briefing.yaml; it is shown at the end",
                    )
                )
            roots.append(TreeNode(topic_id))
    return roots


def _is_topic_file_name(name: str) -> bool:
    """True for the names the loader reads as topics: ``*.md``, not hidden."""
    return name.endswith(".md") and not name.startswith(".")
