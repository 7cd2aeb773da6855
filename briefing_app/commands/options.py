"""Options and messages the subcommands share."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing_app.core.library.packfile import PackFileReport
    from briefing_app.core.pack.model import Pack


def add_content_option(parser: argparse.ArgumentParser) -> None:
    """Add ``--content PATH`` to a subcommand.

    The default is suppressed, so ``briefing-app --content P export ...`` and
    ``briefing-app export --content P ...`` both work: the subcommand's value,
    when given, replaces the top-level one.  Read it with :func:`pack_path`.
    """
    parser.add_argument(
        "--content",
        type=Path,
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="the pack folder (default: the bundled pack)",
    )


def add_output_option(parser: argparse.ArgumentParser, formats: str) -> None:
    """Add the required ``--output FILE`` (``-o``); ``formats`` lists the extensions, e.g. ".csv or .md"."""
    parser.add_argument(
        "--output",
        "-o",
        type=Path,
        required=True,
        metavar="FILE",
        help=f"the file to write; its extension ({formats}) chooses the format",
    )


def pack_path(args: argparse.Namespace) -> Path | None:
    """Return the ``--content`` folder given anywhere on the command line, or None."""
    return getattr(args, "content", None)


def count(number: int, noun: str) -> str:
    """Return ``number`` and ``noun``, plural unless it is one: "1 topic", "3 topics"."""
    return f"{number} {noun}{'s' * (number != 1)}"


def fail(command: str, message: str) -> int:
    """Print ``briefing-app COMMAND: MESSAGE`` on stderr and return exit code 2."""
    print(f"briefing-app {command}: {message}", file=sys.stderr)
    return 2


def _packfile_report(pack: Pack) -> PackFileReport | None:
    """Return the report of the ``.briefing`` file ``pack`` was extracted from, or None."""
    if pack.root.parent.name != "packfiles":
        return None  # a folder the user gave: not worth importing the pack-file reader
    from briefing_app.core.library.packfile import report_for

    return report_for(pack.root)


def shown_path(pack: Pack) -> Path:
    """Return the path to name ``pack`` by in a message: the ``.briefing`` file the user
    gave for a pack extracted into the user cache, else the pack's folder."""
    report = _packfile_report(pack)
    return report.source if report is not None else pack.root


def warn_packfile(command: str, pack: Pack) -> None:
    """If ``pack`` came from a ``.briefing`` file that failed verification, say so on stderr,
    naming the file and the files that failed."""
    report = _packfile_report(pack)
    if report is not None and not report.verified:
        print(f"briefing-app {command}: warning: {report.warning()}", file=sys.stderr)


def refuse_unusable(command: str, pack: Pack, usable: bool) -> int | None:
    """If the pack is not ``usable``, list its problems on stderr and return exit code 2.

    Otherwise warn about a ``.briefing`` file that failed verification
    (:func:`warn_packfile`) and, if the pack has errors, say how many on
    stderr and how to list them (the command goes on with what could be read,
    as the window does), and return None.  Messages name the ``.briefing``
    file, not the folder it was extracted into.
    """
    shown = shown_path(pack)
    if not usable:
        for problem in pack.problems:
            print(problem.format(), file=sys.stderr)
        return fail(command, f"{shown}: nothing usable in this pack; see the problems above")
    warn_packfile(command, pack)
    errors = sum(problem.severity == "error" for problem in pack.problems)
    if errors:
        print(
            f"briefing-app {command}: {shown} has {count(errors, 'error')}; "
            f"what could be read is used. List them with: briefing-app check {shown}",
            file=sys.stderr,
        )
    return None
