"""``briefing-app diff OLD NEW [--json]``: what changed between two editions of a pack.

``OLD`` and ``NEW`` are pack folders or ``.briefing`` files.  Prints the two
editions, a summary line, the topics added and removed, and for each changed
topic the changed lines with deletions as ``[-…-]`` and insertions as
``{+…+}`` (wdiff's marks; :mod:`briefing_app.core.library.changes`).  Exit 0
whatever changed; 2 when either pack has no usable topics.  A ``.briefing`` file
that failed verification is named in a warning on stderr.  ``--json`` prints
``{"old", "new", "summary", "added", "removed", "changed": [{"id", "title",
"hunks": [[{"op": "same"|"del"|"ins", "text"}]], "diff"}]}``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_app.commands.options import fail, warn_packfile

if TYPE_CHECKING:
    from briefing_app.core.pack.model import Pack


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add ``OLD``, ``NEW`` and ``--json`` to the ``diff`` subparser."""
    parser.add_argument("old", type=Path, help="the older edition (folder or .briefing file)")
    parser.add_argument("new", type=Path, help="the newer edition (folder or .briefing file)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def _edition(pack: Pack, given: Path) -> dict[str, str]:
    info = pack.info
    return {
        "path": str(given),
        "id": info.id,
        "title": info.title,
        "version": info.version,
        "updated": info.updated,
    }


def run(args: argparse.Namespace) -> int:
    """Compare the two packs and print the changes; return 0, or 2 if one cannot be read."""
    from briefing_app.core.library.changes import compare, diff_hunks, hunks_text, snapshot
    from briefing_app.core.library.editions import describe_edition
    from briefing_app.core.pack.loader import load_pack

    packs = []
    for given in (args.old, args.new):
        pack = load_pack(given, glossary_usage=False)
        if not pack.topics:
            for problem in pack.problems:
                print(problem.format(), file=sys.stderr)
            return fail("diff", f"{given}: no usable topics in this pack; see the problems above")
        warn_packfile("diff", pack)
        packs.append(pack)
    old, new = packs
    before, after = snapshot(old), snapshot(new)
    changes = compare(before, after)
    diffs = {
        topic_id: diff_hunks(before[topic_id].text, after[topic_id].text)
        for topic_id, _title in changes.changed
    }
    if args.json:
        report = {
            "old": _edition(old, args.old),
            "new": _edition(new, args.new),
            "summary": changes.summary(),
            **changes.as_dict(),
            "changed": [
                {
                    "id": topic_id,
                    "title": title,
                    "hunks": [
                        [{"op": op, "text": text} for op, text in hunk] for hunk in diffs[topic_id]
                    ],
                    "diff": hunks_text(diffs[topic_id], indent=""),
                }
                for topic_id, title in changes.changed
            ],
        }
        json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for label, pack in (("From", old), ("To", new)):
        edition = describe_edition(pack.info.version, pack.info.updated)
        print(f"{label + ':':5} {pack.info.title or pack.info.id} — {edition}")
    print(changes.summary())
    for label, mark, items in (("Added", "+", changes.added), ("Removed", "-", changes.removed)):
        if items:
            print(f"\n{label}:")
            for topic_id, title in items:
                print(f"  {mark} {topic_id}  {title}")
    if changes.changed:
        print("\nChanged:")
        for topic_id, title in changes.changed:
            print(f"  * {topic_id}  {title}")
            print(hunks_text(diffs[topic_id]))
    return 0
