"""``briefing-app check [PATH] [--json]``: validate a pack.

Prints one ``FILE:LINE: error|warning: MESSAGE`` line per problem (paths
relative to the pack folder) and exits 1 if any problem is an error, else 0.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from briefing_app.commands.options import fail, pack_path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add ``PATH`` and ``--json`` to the ``check`` subparser."""
    parser.add_argument(
        "path", nargs="?", type=Path, help="the pack folder (default: the bundled pack)"
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
    pack = load_pack(args.path if args.path is not None else content)
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
        json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for problem in pack.problems:
            print(problem.format())
        errors = sum(p.severity == "error" for p in pack.problems)
        warnings = len(pack.problems) - errors
        summary = (
            f"{pack.info.title or pack.root}: {len(pack.topics)} topics, {len(pack.terms)} terms, "
        )
        summary += f"{errors} error(s), {warnings} warning(s)"
        sys.stdout.flush()
        print(summary, file=sys.stderr)
    return 1 if pack.has_errors else 0
