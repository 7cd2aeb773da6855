"""Headless subcommands of ``briefing-app``.

:data:`COMMANDS` maps each subcommand to the module of this package that
implements it and its one-line help, in the order ``--help`` lists them.  A
module defines ``add_arguments(parser)`` and ``run(args) -> int`` (the exit
code) and imports anything heavy inside ``run``.  The command line imports a
module only when its subcommand is used, so opening the window and
``--help`` import none of them.
"""

from __future__ import annotations

#: Subcommand → (module in this package, one-line help).
COMMANDS: dict[str, tuple[str, str]] = {
    "check": ("check", "validate a pack (the bundled one by default) and list its problems"),
    "search": (
        "search",
        "search a pack (the bundled one by default), or every pack with --all, and print the hits",
    ),
    "export-glossary": (
        "export_glossary",
        "write the glossary to a CSV (UTF-8 with BOM) or Markdown file",
    ),
    "export": ("export", "write a brief of chosen topics as PDF, HTML or Markdown"),
    "pack": ("pack", "check a pack folder and write it as one verifiable .briefing file"),
    "keygen": ("keygen", "make an Ed25519 key pair for signing pack files"),
    "library": ("library", "add, list or remove the packs of your library"),
    "diff": ("diff", "list the topics added, removed and changed between two editions of a pack"),
    "self-test": (
        "self_test",
        "check that this installation works (data, icons, image formats, collation) and exit",
    ),
}
