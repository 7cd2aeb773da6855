"""``briefing-app pack PATH --output NAME.briefing [--sign KEYFILE] [--force]``: write a pack file.

The pack is checked first; one with errors is refused (its problems on
stderr, exit 1), as is an output that does not end in ``.briefing``, exists
already (unless ``--force``) or cannot be written, or a key that cannot be
used (exit 2).  On success one line on
stdout names the file, its pack and edition, the number of files and the
signer.  The format is ``docs/packs-and-signing.md``.
"""

from __future__ import annotations

import argparse
import os
import stat
import sys
from pathlib import Path

from briefing_app.commands.options import count, fail


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add ``PATH``, ``--output``, ``--sign`` and ``--force`` to the ``pack`` subparser."""
    parser.add_argument("path", type=Path, help="the pack folder")
    parser.add_argument(
        "--output",
        "-o",
        type=Path,
        required=True,
        metavar="NAME.briefing",
        help="the file to write",
    )
    parser.add_argument(
        "--sign",
        type=Path,
        metavar="KEYFILE",
        help="sign it with this Ed25519 private key (from briefing-app keygen)",
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="replace the output file if it exists (without it, an existing file is kept)",
    )


def run(args: argparse.Namespace) -> int:
    """Write the pack file; return 0, 1 (the pack has errors) or 2 (bad usage or I/O)."""
    from briefing_app.core.library.writer import PackRefused, write_packfile

    if args.output.suffix.lower() != ".briefing":
        return fail("pack", f"{args.output}: the output must end in .briefing")
    if not args.path.is_dir():
        return fail("pack", f"{args.path}: no pack folder here")
    if os.path.lexists(args.output) and not args.force:
        return fail(
            "pack",
            f"{args.output} already exists; give another name, or add --force to replace it",
        )
    if args.sign is not None:
        _warn_if_readable(args.sign)
    try:
        written = write_packfile(args.path, args.output, key=args.sign)
    except PackRefused as exc:
        if exc.pack is not None and exc.pack.has_errors:
            for problem in exc.pack.problems:
                print(problem.format(), file=sys.stderr)
            print(f"briefing-app pack: refused: {exc}", file=sys.stderr)
            return 1
        return fail("pack", str(exc))
    except OSError as exc:
        return fail("pack", f"cannot write {args.output}: {exc.strerror or exc}")
    info = written.pack.info
    edition = " ".join(
        part for part in (info.version and f"edition {info.version}", info.updated) if part
    )
    signed = f"signed by {written.signed_by}" if written.signed_by else "unsigned"
    print(
        f"{written.output}: {info.title or info.id} ({edition or 'no edition'}), "
        f"{count(len(written.manifest.files), 'file')}, {signed}"
    )
    return 0


def _warn_if_readable(key: Path) -> None:
    """Say on stderr if others may read the private key file (POSIX permissions)."""
    from briefing_app.core.library.signing import KeyFileError, read_key_text

    try:
        mode = os.stat(key).st_mode
        if b"PUBLIC KEY-----" in read_key_text(key)[1]:
            return  # not a private key: the writer says so
    except (OSError, KeyFileError):
        return  # the writer says what is wrong with it
    if os.name == "posix" and mode & (stat.S_IRWXG | stat.S_IRWXO):
        print(
            f"briefing-app pack: warning: {key} can be read by others; "
            f"keep it to yourself (chmod 600 {key})",
            file=sys.stderr,
        )
