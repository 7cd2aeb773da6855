"""The bundled pack prepared ahead of time: parsed, with its pages rendered, shipped in the app.

The user caches of :mod:`briefing_app.core.pack.cache` make every start after
the first one skip parsing.  The very first start after installing has no
cache yet, so it would read YAML, render Markdown and link glossary terms
before the first page could be painted.  For the pack that ships with the
app that work is done once, when the app is built: ``packaging/prepare_pack.py``
writes ``resources/prepared/<pack folder>.pickle``, and a first start takes the
pack and its pages from there (``packcache`` then writes its own cache as
usual).

The file is a pickle of a header, then the payload::

    (PREPARED_FORMAT, CACHE_FORMAT, app version, listing)
    {"pack": Pack, "pages": {page key: HTML}}

The listing names every file of the pack with its size and CRC-32 (zlib): the
contents, not the modification times, which an install does not keep.  A
prepared file is used only if its header matches this app and the pack's
files as they are on disk; anything else (an edited pack, another version,
a damaged file) is ignored and the pack is parsed as before.  A test checks
that the shipped file matches the bundled pack, with the command to run if
it does not.
"""

from __future__ import annotations

import zlib
from pathlib import Path

from briefing_app import version
from briefing_app.core.pack.entries import (
    CACHE_FORMAT,
    pack_files,
    page_key,
    read_entry,
    write_entry,
)
from briefing_app.core.pack.model import Pack
from briefing_app.core.resources import bundled_pack_path, resources_dir

#: Bump when the header changes shape.
PREPARED_FORMAT = 1


def prepared_path() -> Path:
    """Return where the prepared file of the bundled pack ships."""
    return resources_dir() / "prepared" / f"{bundled_pack_path().name}.pickle"


def content_listing(root: Path) -> str:
    """Return one line per file under ``root``, sorted: ``relative path NUL size NUL CRC-32``.

    Reads every file.  Paths use ``/`` on every system.

    Raises:
        OSError: if ``root`` cannot be listed or a file cannot be read.
    """
    lines = []
    for rel, path in pack_files(root):
        data = Path(path).read_bytes()
        lines.append(f"{rel}\0{len(data)}\0{zlib.crc32(data):08x}\n")
    return "".join(lines)


def _header(root: Path) -> tuple[int, int, str, str]:
    return (PREPARED_FORMAT, CACHE_FORMAT, version(), content_listing(root))


def load_prepared(root: Path) -> tuple[Pack, dict[str, str]] | None:
    """Return the prepared pack of folder ``root`` and its pages (page key to HTML), or None.

    None unless ``root`` is the bundled pack and its prepared file matches
    this app and the files on disk (see the module doc).  The pack's
    ``root`` is set to ``root``; its ``signature`` is left for the caller.
    Raises nothing.
    """
    try:
        if root.resolve() != bundled_pack_path().resolve():
            return None
        payload = read_entry(prepared_path(), _header(root))
        pack, pages = payload["pack"], payload["pages"]
    except Exception:  # missing, damaged or foreign: the pack is parsed instead
        return None
    if not isinstance(pack, Pack) or not isinstance(pages, dict):
        return None
    pack.root = root
    return pack, pages


def prepare(root: Path) -> tuple[Pack, dict[str, str]]:
    """Parse the pack at ``root`` and render every topic's page, as the window would.

    Returns the pack (loaded as :func:`~briefing_app.core.pack.cache.load_pack_cached`
    loads it, without a signature) and its pages keyed as the reader keys
    them, with glossary terms linked (the reader's default), and the glance page.
    """
    from briefing_app.core.pack.loader import load_pack
    from briefing_app.core.render.page import render_topic
    from briefing_app.core.views.glance import GLANCE_KEY, render_glance

    pack = load_pack(root, glossary_usage=False)
    pages = {
        page_key(topic_id, term_links=True): render_topic(pack, topic, term_links=True)
        for topic_id, topic in pack.topics.items()
    }
    pages[GLANCE_KEY] = render_glance(pack)  # the first page when no topic was opened before
    return pack, pages


def write_prepared(root: Path, destination: Path) -> None:
    """Prepare the pack at ``root`` and write it to ``destination`` (atomically).

    Raises:
        OSError: if ``destination`` cannot be written.
    """
    pack, pages = prepare(root)
    pack.root = Path(root.name)  # set again on loading; no path of the building machine ships
    destination.parent.mkdir(parents=True, exist_ok=True)
    write_entry(destination, _header(root), {"pack": pack, "pages": pages})
