"""``briefing-app search QUERY [--content PATH | --all] [--limit N] [--json]``: search a pack.

Prints the ranked hits (title, kind and id, then a plain-text snippet), or
with ``--json`` one object::

    {"query": "...", "did_you_mean": "..." or null,
     "hits": [{"id": "...", "kind": "topic"|"term", "title": "...",
               "snippet": "...", "score": 1.23}, ...]}

With ``--all`` every pack of the library is searched
(:mod:`briefing_app.core.library.search_all`), the hits merged in one order, and
each hit names its pack: ``"pack": {"id": "...", "title": "..."}`` in JSON, the
pack's title in brackets in text.  A pack that cannot be searched is named
on stderr and the others are searched.

Any query is valid and exits 0, including one that finds nothing.  Exit 2
only if the pack cannot be loaded at all.  The index is cached like the
window's (``$BRIEFING_CACHE_DIR`` or the user cache folder).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing_app.commands.options import add_content_option, fail, pack_path, refuse_unusable

if TYPE_CHECKING:
    from briefing_app.core.search.index import SearchIndex


def positive_int(text: str) -> int:
    """argparse type: a whole number of at least 1."""
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of 1 or more")
    return number


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add ``QUERY``, ``--content``, ``--limit`` and ``--json`` to the ``search`` subparser."""
    parser.add_argument("query", help="what to search for (any text; quote phrases)")
    add_content_option(parser)
    parser.add_argument(
        "--limit",
        type=positive_int,
        default=20,
        metavar="N",
        help="print at most N hits (default 20)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument(
        "--all",
        action="store_true",
        help="search every pack of the library (briefing-app library list), not one",
    )


def run(args: argparse.Namespace) -> int:
    """Load the pack, search it, print the hits; return 0 (2 if the pack cannot be loaded,
    or ``--all`` with ``--content``)."""
    if args.all:
        if pack_path(args) is not None:
            return fail("search", "--all searches the whole library; leave out --content")
        return _run_all(args)
    from briefing_app.core.pack.cache import load_pack_cached
    from briefing_app.core.search.index import SearchIndex

    index = _cached_index(pack_path(args))
    if index is None:
        pack = load_pack_cached(pack_path(args))
        refused = refuse_unusable("search", pack, bool(pack.topics or pack.terms))
        if refused is not None:
            return refused
        index = SearchIndex.open(pack)
    try:
        result = index.search(args.query, limit=args.limit)
    finally:
        index.close()
    return _report(args, result.did_you_mean, result.hits, lambda hit: "")


def _run_all(args: argparse.Namespace) -> int:
    """Search every pack of the library; print the merged hits; return 0."""
    from briefing_app.core.library import shelf
    from briefing_app.core.library.search_all import LibrarySearch

    searcher = LibrarySearch()
    try:
        result = searcher.search(args.query, shelf.entries(), limit=args.limit)
    finally:
        searcher.close()
    for why in result.failed.values():
        print(f"briefing-app search: not searched: {why}", file=sys.stderr)
    return _report(
        args, result.did_you_mean, result.hits, lambda hit: f"  ({hit.pack_title} · {hit.pack_id})"
    )


def _report(
    args: argparse.Namespace,
    did_you_mean: str | None,
    hits: Sequence[Any],
    where: Callable[[Any], str],
) -> int:
    """Print ``hits`` (objects with ``as_dict``, ``title``, ``kind``, ``id``, ``snippet_text``)
    as JSON with ``--json``, else as numbered lines, each ended by ``where(hit)``; return 0."""
    if args.json:
        report = {
            "query": args.query,
            "did_you_mean": did_you_mean,
            "hits": [hit.as_dict() for hit in hits],
        }
        json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    if did_you_mean is not None:
        print(f"No results for {args.query!r}; showing results for {did_you_mean!r}.")
    if not hits:
        print("No results.")
    for number, hit in enumerate(hits, start=1):
        print(f"{number:2}. {hit.title}  [{hit.kind} {hit.id}]{where(hit)}")
        if hit.snippet_text:
            print(f"    {hit.snippet_text}")
    return 0


def _cached_index(path: Path | None) -> SearchIndex | None:
    """Return the cached index of the pack folder ``path`` (the bundled pack if None), or None.

    A cached index answers without loading the pack (most of a second at
    20,000 topics); it says how many errors the pack had, and they are
    reported as :func:`refuse_unusable` reports them.  A pack file
    (``.briefing``) or a folder without a current index gives None.
    """
    from briefing_app.core.resources import bundled_pack_path
    from briefing_app.core.search.index import SearchIndex

    root = bundled_pack_path() if path is None else path
    if not root.is_dir():
        return None
    index = SearchIndex.open_cached(root)
    if index is not None and index.pack_errors:
        errors = index.pack_errors
        print(
            f"briefing-app search: {root} has {errors} error{'s' * (errors != 1)}; "
            f"what could be read is used. List them with: briefing-app check {root}",
            file=sys.stderr,
        )
    return index
