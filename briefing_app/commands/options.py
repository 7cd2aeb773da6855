"""Options and messages the subcommands share."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
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


def fail(command: str, message: str) -> int:
    """Print ``briefing-app COMMAND: MESSAGE`` on stderr and return exit code 2."""
    print(f"briefing-app {command}: {message}", file=sys.stderr)
    return 2


def refuse_unusable(command: str, pack: Pack, usable: bool) -> int | None:
    """If the pack is not ``usable``, list its problems on stderr and return exit code 2.

    Otherwise, if the pack has errors, say how many on stderr and how to list
    them (the command goes on with what could be read, as the window does),
    and return None.
    """
    if not usable:
        for problem in pack.problems:
            print(problem.format(), file=sys.stderr)
        return fail(command, f"{pack.root}: nothing usable in this pack; see the problems above")
    errors = sum(problem.severity == "error" for problem in pack.problems)
    if errors:
        print(
            f"briefing-app {command}: {pack.root} has {errors} error{'s' * (errors != 1)}; "
            f"what could be read is used. List them with: briefing-app check {pack.root}",
            file=sys.stderr,
        )
    return None
