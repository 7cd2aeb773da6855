"""``briefing-app check [PATH] [--json]``: validate a pack (a folder or a ``.briefing`` file).

For a ``.briefing`` file it also says on stderr whether every file matched
the manifest and who signed it (``pack file: verified; signed by …``); an
altered, missing or extra file, or a signature that does not verify, is an
error.

Prints one ``FILE:LINE: error|warning: MESSAGE`` line per problem (paths
relative to the pack folder) and exits 1 if any problem is an error, else 0;
a path that does not exist exits 2 with a message.
A folder that is not a pack at all (no ``briefing.yaml`` and no topics) also
gets, on stderr, the three kinds of file a pack holds and the path of the
format guide installed with the app (``guide/content-format.md`` among the
resources, which Help → User Guide also shows; a copy of ``docs/content-format.md``
that a test keeps equal), since ``docs/`` itself is not installed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_app.commands.options import count, fail, pack_path, shown_path

if TYPE_CHECKING:
    from briefing_app.core.pack.model import Pack

#: The format guide, among the app's installed resources.
GUIDE = "guide/content-format.md"


def not_a_pack_help(folder: Path) -> str:
    """Return what a pack is made of and where the installed format guide is (several lines),
    for ``folder``, which is not a pack (or does not exist)."""
    from briefing_app.core.resources import resources_dir

    start = "This folder is not a Briefing pack. " if folder.is_dir() else ""
    return (
        f"{start}A Briefing pack is a folder with:\n"
        "  briefing.yaml     the pack's id, title and topic tree (YAML)\n"
        "  topics/<id>.md    one topic per file: YAML front matter with a title, then Markdown\n"
        "  glossary.yaml     the glossary terms (YAML; optional)\n"
        "An MkDocs project, an Obsidian vault or any folder with Markdown (.md) files opens too.\n"
        f"The format guide is installed with Briefing: {resources_dir() / GUIDE}"
    )


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add ``PATH`` and ``--json`` to the ``check`` subparser."""
    parser.add_argument(
        "path", nargs="?", type=Path, help="the pack folder or .briefing file (default: the bundled pack)"
    )
    parser.add_argument(
        "--json", action="store_true", help="print one JSON object instead of lines"
    )


def run(args: argparse.Namespace) -> int:
    """Load the pack, print its problems, return 1 on any error else 0."""
    from briefing_app.core.pack.loader import load_pack

    content = pack_path(args)
    if args.path is not None and content is not None and args.path != content:
        return fail("check", f"two packs given ({content} and {args.path}); give one")
    given = args.path if args.path is not None else content
    if given is not None and not os.path.lexists(given):
        return fail(
            "check",
            f"{given}: no such folder or file; give a pack folder, an MkDocs project, "
            "an Obsidian vault, a folder of Markdown or a .briefing file",
        )
    pack = load_pack(given)
    _point_to_installed_guide(pack)
    packfile = _packfile_report(pack)
    if args.json:
        report = {
            "pack": {
                "id": pack.info.id,
                "title": pack.info.title,
                "language": pack.info.language,
                "version": pack.info.version,
                "updated": pack.info.updated,
                "topics": len(pack.topics),
                "terms": len(pack.terms),
            },
            "problems": [problem.as_dict() for problem in pack.problems],
        }
        if packfile is not None:
            report["packfile"] = packfile
        json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for problem in pack.problems:
            print(problem.format())
        errors = sum(p.severity == "error" for p in pack.problems)
        warnings = len(pack.problems) - errors
        counts = (
            count(len(pack.topics), "topic"),
            count(len(pack.terms), "term"),
            count(errors, "error"),
            count(warnings, "warning"),
        )
        summary = f"{pack.info.title or shown_path(pack)}: {', '.join(counts)}"
        sys.stdout.flush()
        print(summary, file=sys.stderr)
        if packfile is not None:
            print(f"pack file: {packfile['text']}", file=sys.stderr)
        if pack.root.is_file():
            pass  # a refused pack file: its problem says why
        elif not pack.topics and not (pack.root / "briefing.yaml").is_file():
            print(not_a_pack_help(pack.root), file=sys.stderr)
    return 1 if pack.has_errors else 0


def _point_to_installed_guide(pack: Pack) -> None:
    """Make problems that send the author to the format guide in Help → User Guide
    (:data:`~briefing_app.core.pack.limits.FORMAT_GUIDE`) name its installed file too."""
    from dataclasses import replace

    from briefing_app.core.pack.limits import FORMAT_GUIDE
    from briefing_app.core.resources import resources_dir

    guide = f"{FORMAT_GUIDE}, or {resources_dir() / GUIDE}"
    pack.problems[:] = [
        replace(p, message=p.message.replace(FORMAT_GUIDE, guide))
        if FORMAT_GUIDE in p.message
        else p
        for p in pack.problems
    ]


def _packfile_report(pack: Pack) -> dict[str, object] | None:
    """Return how the ``.briefing`` file ``pack`` came from checked out, JSON-ready, or None
    for a pack folder (:func:`briefing_app.core.library.packfile.report_for`); the
    references to a topic file it left out become one problem each."""
    if pack.root.is_file():  # refused: nothing was extracted
        return {"file": str(pack.root), "verified": False, "text": "refused"}
    if pack.root.parent.name != "packfiles":
        return None  # a folder the user gave: not worth importing the pack-file reader
    from briefing_app.core.library.packfile import report_for

    report = report_for(pack.root)
    if report is None:
        return None
    pack.problems[:] = report.group_references(pack.problems)  # one line per refused topic
    return report.as_dict()
