"""The command line: ``briefing-app [OPTIONS]`` opens the window, subcommands work headless.

Each subcommand lives in its own module of :mod:`briefing_app.commands` with
``add_arguments(parser)`` and ``run(args) -> int``; this module only parses
and dispatches, and imports a subcommand's module only when it is used, so
opening the window stays cheap.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import sys
from collections.abc import Collection, Sequence
from pathlib import Path

from briefing_app import version
from briefing_app.commands import COMMANDS

#: The window's colour themes (briefing_app.ui.theme.THEMES, which a test keeps equal):
#: written out so that the command line needs no Qt to list them.
THEMES = ("system", "light", "dark", "high-contrast")
#: The interface languages (briefing_app.ui.i18n.LANGUAGES, which a test keeps equal).
LANGUAGES = ("en", "ru", "kk", "zh_CN")


def _size(text: str) -> tuple[int, int]:
    """Parse ``--size``'s ``WIDTHxHEIGHT`` (such as ``1366x768``) into two ints.

    Raises:
        argparse.ArgumentTypeError: not two whole numbers from 200 to 8000 joined by "x".
    """
    width, _, height = text.lower().partition("x")
    if not (width.isdigit() and height.isdigit()) or not (
        200 <= int(width) <= 8000 and 200 <= int(height) <= 8000
    ):
        raise argparse.ArgumentTypeError(f"{text!r} is not a size like 1366x768")
    return int(width), int(height)


def build_parser(used: Collection[str] = ()) -> argparse.ArgumentParser:
    """Return the argument parser for the whole command line.

    Every subcommand is listed with its help, but only the modules of the
    subcommands in ``used`` are imported to add their arguments: pass the
    words of the command line (a word that is an option's value and happens
    to name a subcommand costs only an import).
    """
    parser = argparse.ArgumentParser(
        prog="briefing-app",
        description="Offline briefing reader. With no command, opens the window.",
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument(
        "--content",
        type=Path,
        metavar="PATH",
        help="open this pack folder instead of the bundled one",
    )
    parser.add_argument("--topic", metavar="ID", help="open at this topic")
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="FILE.png",
        help="render the main window to a PNG file and exit (works offscreen)",
    )
    parser.add_argument(
        "--size",
        type=_size,
        metavar="WxH",
        help="with --screenshot: the window's size in pixels (default 1280x800)",
    )
    parser.add_argument(
        "--view",
        metavar="NAME",
        help="with --screenshot: show this view and render it: glance, timeline, map or rehearse",
    )
    parser.add_argument(
        "--theme",
        choices=THEMES,
        help="colour theme of the window (default: as chosen in View → Theme, else system)",
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="interface language for this run (default: as chosen in Preferences, else the "
        "system's)",
    )
    # For start-up benchmarks: exit as soon as the reader has painted once.
    parser.add_argument("--quit-after-first-paint", action="store_true", help=argparse.SUPPRESS)
    # For benchmarks: exit once the whole pack is loaded (a big pack's background load too).
    parser.add_argument("--quit-after-load", action="store_true", help=argparse.SUPPRESS)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module_name, text) in COMMANDS.items():
        sub = subparsers.add_parser(name, help=text, description=text)
        if name in used:
            module = importlib.import_module(f"briefing_app.commands.{module_name}")
            module.add_arguments(sub)
            sub.set_defaults(run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv`` (default ``sys.argv[1:]``), run the command, return the exit code.

    Exit codes: 0 success, 1 the command found errors (``check``), 2 bad usage
    or an input that cannot be used (argparse's convention).
    """
    words = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(words)
    args = parser.parse_args(words)
    if args.version:
        print(f"briefing-app {version()}")
        return 0
    if getattr(args, "run", None) is not None:
        window_only = [
            option
            for option, value in (
                ("--screenshot", args.screenshot),
                ("--topic", args.topic),
                ("--theme", args.theme),
                ("--size", args.size),
                ("--lang", args.lang),
                ("--view", args.view),
            )
            if value is not None
        ]
        if window_only:  # exits with argparse's usage message and code 2
            verb = "apply" if len(window_only) > 1 else "applies"
            parser.error(
                f"{' and '.join(window_only)} only {verb} to the window, not {args.command}"
            )
        try:
            return int(args.run(args))
        except BrokenPipeError:
            # The reader of our output went away (``| head``): stop quietly, as other
            # command-line tools do (Python docs, "Note on SIGPIPE").
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            return 1
    # Until the window has painted, nearly everything allocated (modules, Qt's enums, the
    # pack) lives all session, so the cyclic collector's passes over it are wasted: about
    # 6 ms of the start.  run_gui turns it back on at the first paint.
    gc.disable()
    try:
        from briefing_app.ui.window.app import run_gui

        return run_gui(args)
    finally:
        gc.enable()


if __name__ == "__main__":
    sys.exit(main())
