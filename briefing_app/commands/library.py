"""``briefing-app library add PATH | list [--json] | remove ID``: the packs the user keeps.

``add`` loads the pack at PATH (a pack folder, an MkDocs project, an Obsidian
vault, a folder of Markdown or a ``.briefing`` file) and lists it; the same
path twice is one entry.  ``list`` prints one line per pack, recently opened
first (``--json``: ``{"packs": [{"id", "path", "format", "title", "edition",
"audience", "facts_as_of", "size", "source", "signature", "signature_state",
"integrity", "integrity_state", "failed_files", "added", "opened", "bundled"}, ...]}``;
``integrity`` is "verified" or what failed, e.g. "ALTERED: topics/a.md").  Adding a
``.briefing`` file whose files do not match its manifest warns on stderr, naming
the file and the files that failed; adding a path already listed says so.  ``remove`` takes a pack off the list
(its files stay).  The list is :mod:`briefing_app.core.library.shelf`'s, in the
user data folder (``$BRIEFING_DATA_DIR``).

Exit codes: 0 done; 2 a path with no usable pack, an unknown id, the bundled
pack's id, or a library file that cannot be written (the message says which).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_app.commands.options import fail

if TYPE_CHECKING:
    from briefing_app.core.library.shelf import Entry


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the ``add``, ``list`` and ``remove`` actions to the ``library`` subparser."""
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a pack folder or .briefing file to the library")
    add.add_argument("path", type=Path, help="the pack folder or .briefing file")
    listing = actions.add_parser("list", help="list the packs, recently opened first")
    listing.add_argument("--json", action="store_true", help="print one JSON object")
    remove = actions.add_parser("remove", help="take a pack off the list (its files stay)")
    remove.add_argument("id", help="the pack's id, as `library list` shows it")


def run(args: argparse.Namespace) -> int:
    """Run the action; return 0, or 2 with a message on stderr (see module doc)."""
    from briefing_app.core.library import shelf

    try:
        if args.action == "add":
            known = shelf.find_path(args.path)
            entry = shelf.add(args.path)
            if known is not None:
                print(f"already in the library: {entry.id} ({entry.path}); details refreshed")
            else:
                print(f"added {entry.id}: {entry.title} ({entry.path})")
            if entry.integrity_state == "altered":
                print(
                    f"briefing-app library add: warning: {entry.path} failed verification "
                    f"({entry.integrity}); those files were changed after the pack was made and "
                    "are left out: ask its publisher for a fresh copy",
                    file=sys.stderr,
                )
        elif args.action == "remove":
            entry = shelf.remove(args.id)
            print(f"removed {entry.id}: {entry.title} (its files are not touched)")
        elif args.json:
            report = {"packs": [entry.as_dict() for entry in shelf.entries()]}
            json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
        else:
            for entry in shelf.entries():
                print(describe(entry))
    except shelf.ShelfError as error:
        return fail(f"library {args.action}", str(error))
    return 0


def describe(entry: Entry) -> str:
    """Return a library entry as two lines: id, title and edition, then path, size and,
    for a pack file, whether it verified and who signed it."""
    from briefing_app.core.library.limits import size_text

    head = f"{entry.id}  {entry.title}"
    if entry.edition:
        head += f"  [{entry.edition}]"
    if entry.bundled:
        head += "  (bundled)"
    tail = f"    {entry.path}  {size_text(entry.size)}"
    if entry.integrity and entry.integrity_state != "verified":
        tail += f"  {entry.integrity}"
    if entry.signature:
        tail += f"  {entry.signature}"
    return f"{head}\n{tail}"
