"""Headless subcommands of ``briefing-app``.

``COMMAND_MODULES`` names the modules of this package, in the order ``--help``
lists them.  Each module defines ``NAME`` (the subcommand), ``HELP`` (one
line), ``add_arguments(parser)`` and ``run(args) -> int`` (the exit code), and
imports anything heavy inside ``run`` so that ``--help`` stays fast.
"""

from __future__ import annotations

COMMAND_MODULES: tuple[str, ...] = ("check", "search", "export_glossary", "export", "self_test")
