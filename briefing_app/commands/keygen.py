"""``briefing-app keygen --output NAME [--name TEXT]``: make a key pair for signing pack files.

Writes ``NAME.private.pem`` (permissions 0600: keep it secret, sign with it)
and ``NAME.public.pem`` (give it to the IT departments that should trust the
packs), each with a ``Name:`` line naming the signer (``--name``, else the
file name), and says where this platform's trusted-keys folders are.  Refuses to overwrite either file (exit 2).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from briefing_app.commands.options import fail


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add ``--output`` and ``--name`` to the ``keygen`` subparser."""
    parser.add_argument(
        "--output",
        "-o",
        type=Path,
        required=True,
        metavar="NAME",
        help="write NAME.private.pem and NAME.public.pem",
    )
    parser.add_argument(
        "--name", metavar="TEXT", help="the signer's name packs show (default: NAME's file name)"
    )


def run(args: argparse.Namespace) -> int:
    """Make the key pair; return 0, or 2 if a file exists or cannot be written."""
    from briefing_app.core.library.signing import (
        fingerprint,
        generate_key_pair,
        key_id,
        load_public_key,
        system_keys_dir,
        user_keys_dir,
    )

    stem: Path = args.output
    if stem.name.endswith(".pem"):
        stem = stem.with_name(stem.name[: -len(".pem")])
    name = (args.name or stem.name).strip()
    if not name:
        return fail("keygen", "give the signer a name with --name")
    try:
        private, public = generate_key_pair(stem, name)
    except FileExistsError as exc:
        return fail("keygen", str(exc))
    except OSError as exc:
        return fail("keygen", f"cannot write the key files: {exc.strerror or exc}")
    raw = load_public_key(public)[1]
    print(
        f"private key: {private} (keep it secret; sign with: briefing-app pack … --sign {private})"
    )
    print(
        f"public key:  {public} (to trust packs you sign, copy it into the trusted-keys folder "
        f"{system_keys_dir()}, or {user_keys_dir()} for one user)"
    )
    print(f"signer: {name}; fingerprint {fingerprint(key_id(raw))}")
    return 0
