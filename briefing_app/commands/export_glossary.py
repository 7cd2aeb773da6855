"""``briefing-app export-glossary --output FILE.(csv|md) [--content PATH]``: export the glossary.

Writes the glossary of a pack (the bundled one by default) as CSV (UTF-8
with a byte-order mark, for spreadsheets) or Markdown, chosen by the file's
extension; the formats are described in :mod:`briefing_app.core.glossary.export`.
Exit codes: 0 written; 2 an unknown extension, an unwritable path or a pack
that cannot be opened, with a one-line message on stderr.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from briefing_app.commands.options import (
    add_content_option,
    add_output_option,
    count,
    fail,
    pack_path,
    refuse_unusable,
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add ``--output FILE`` (required) and ``--content PATH`` to the subparser."""
    add_output_option(parser, ".csv or .md")
    add_content_option(parser)


def run(args: argparse.Namespace) -> int:
    """Load the pack and write its glossary; return 0, or 2 with a message on stderr."""
    from briefing_app.core.glossary.export import FORMATS, export_glossary
    from briefing_app.core.pack.cache import load_pack_cached

    output: Path = args.output
    if output.suffix.lower() not in FORMATS:
        return fail(
            "export-glossary",
            f"cannot tell the format of {str(output)!r}; name the file .csv or .md",
        )
    path = pack_path(args)
    pack = load_pack_cached(path)
    refused = refuse_unusable("export-glossary", pack, bool(pack.topics or pack.terms))
    if refused is not None:
        return refused
    if output.is_dir():
        return fail(
            "export-glossary",
            f"{str(output)!r} is a folder; give a file name ending in .csv or .md",
        )
    try:
        kind = export_glossary(pack, output)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return fail(
            "export-glossary",
            f"cannot write {str(output)!r}: {reason}; choose a folder you can write to",
        )
    print(f"wrote {count(len(pack.terms), 'term')} as {kind} to {output}", file=sys.stderr)
    return 0
