"""Ed25519 signatures over a pack file's manifest, and the keys an organisation trusts.

Keys (``briefing-app keygen``) are PEM files: the private key in PKCS #8,
the public key in SubjectPublicKeyInfo.  Above the PEM block each carries a
line ``Name: <organisation>`` (RFC 7468 section 5.2 lets text precede the
block); a key without one is named after its file (``policy-unit.public.pem``
→ "policy-unit").

Trust lives outside the pack.  A signer is *trusted* when its public key is
installed in a folder the IT department controls (:func:`system_keys_dir`),
or in the user's own folder (:func:`user_keys_dir`); the name shown is the
one in that installed key file, never the one the pack claims.  A pack signed
by any other key is reported as signed by an unknown key, with the name it
claims and the key's fingerprint, so the user can ask who that is.

``META-INF/signature.json`` holds::

    {"format": 1, "algorithm": "Ed25519", "signer": "<name the signer's key file gives>",
     "public_key": "<base64 of the 32-byte raw key>", "key_id": "<SHA-256 hex of those bytes>",
     "signature": "<base64 of the 64-byte signature over the manifest's bytes>"}

``cryptography`` is imported inside the functions that need it, so opening an
unsigned pack or a folder never loads it.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from briefing_app.core import paths

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import (
        Ed25519PrivateKey,
    )

#: Overrides the system folder of trusted keys (tests, or a site that keeps them elsewhere).
TRUSTED_KEYS_ENV = "BRIEFING_TRUSTED_KEYS_DIR"
#: A key file larger than this is not a key (bytes).
MAX_KEY_BYTES = 64 * 1024
_BEGIN = "-----BEGIN "

State = Literal["trusted", "unknown", "bad", "unsigned"]


class KeyFileError(ValueError):
    """A key file cannot be used; ``str(error)`` says why, for the user."""


@dataclass(frozen=True)
class TrustedKey:
    """An installed public key: the raw 32 bytes, its name and the folder kind ("system"/"user")."""

    raw: bytes
    name: str
    where: Literal["system", "user"]
    path: Path

    @property
    def key_id(self) -> str:
        return key_id(self.raw)


@dataclass(frozen=True)
class SignatureStatus:
    """Who signed a pack file, as far as this machine can tell.

    Attributes:
        state: "trusted", "unknown" (a valid signature by a key not installed
            here), "bad" (the signature does not verify, or cannot be read) or
            "unsigned".
        signer: the trusted key's name when trusted, else the name the pack claims ("" if none).
        key_id: the signing key's SHA-256 (hex), "" when unsigned.
        detail: for "bad", why; for "trusted", "system" or "user" (who installed the key).
    """

    state: State
    signer: str = ""
    key_id: str = ""
    detail: str = ""

    def describe(self) -> str:
        """Return one line for the user: "signed by X (trusted)", "unsigned", ..."""
        if self.state == "trusted":
            by = " by you" if self.detail == "user" else ""
            return f"signed by {self.signer} (trusted{by})"
        if self.state == "unknown":
            claims = f"it says “{self.signer}”; " if self.signer else ""
            return f"signed by an unknown key ({claims}fingerprint {fingerprint(self.key_id)})"
        if self.state == "bad":
            return f"signature does not verify: {self.detail}"
        return "unsigned"

    def as_dict(self) -> dict[str, str]:
        """Return the status JSON-ready: state, signer, key_id, detail, and the line describe() gives."""
        return {
            "state": self.state,
            "signer": self.signer,
            "key_id": self.key_id,
            "detail": self.detail,
            "text": self.describe(),
        }


def key_id(raw: bytes) -> str:
    """Return the SHA-256 (64 lowercase hex digits) of a raw 32-byte public key."""
    return hashlib.sha256(raw).hexdigest()


def fingerprint(identifier: str) -> str:
    """Return the first 16 hex digits of a key id in groups of four ("1a2b 3c4d 5e6f 7a8b")."""
    short = identifier[:16]
    return " ".join(short[i : i + 4] for i in range(0, len(short), 4))


def system_keys_dir() -> Path:
    """Return the folder of keys the IT department trusts (``$BRIEFING_TRUSTED_KEYS_DIR`` if set).

    ``/etc/briefing/trusted-keys`` on Linux and other Unix systems,
    ``%ProgramData%\\Briefing\\trusted-keys`` on Windows,
    ``/Library/Application Support/Briefing/trusted-keys`` on macOS: folders
    only an administrator can write to.
    """
    override = os.environ.get(TRUSTED_KEYS_ENV)
    if override:
        return Path(override)
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / "Briefing" / "trusted-keys"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/Briefing/trusted-keys")
    return Path("/etc/briefing/trusted-keys")


def user_keys_dir() -> Path:
    """Return the user's own folder of trusted keys: ``trusted-keys`` in the user data folder."""
    return paths.data_dir() / "trusted-keys"


def read_key_text(path: Path) -> tuple[str, bytes]:
    """Return the name a key file gives (its ``Name:`` line, else its file name) and its PEM block.

    Raises:
        KeyFileError: the file cannot be read, is too big or holds no PEM block.
    """
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_KEY_BYTES + 1)
    except OSError as exc:
        raise KeyFileError(f"cannot read the key file {path}: {exc.strerror}") from exc
    text = data.decode("utf-8", errors="replace")
    if len(data) > MAX_KEY_BYTES or _BEGIN not in text:
        raise KeyFileError(f"{path} is not a PEM key file")
    head, block = text.split(_BEGIN, 1)
    name = ""
    for line in head.splitlines():
        if line.lower().startswith("name:"):
            name = line[len("name:") :].strip()
    stem = path.name
    for suffix in (".pem", ".public", ".private", ".key"):
        stem = stem.removesuffix(suffix)
    return name or stem, (_BEGIN + block).encode("ascii", errors="replace")


def load_public_key(path: Path) -> tuple[str, bytes]:
    """Return the name and the raw 32 bytes of the Ed25519 public key in PEM file ``path``.

    Raises:
        KeyFileError: not a readable Ed25519 public key.
    """
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    name, block = read_key_text(path)
    try:
        key = serialization.load_pem_public_key(block)
    except (ValueError, TypeError) as exc:
        raise KeyFileError(f"{path} is not a public key ({exc})") from exc
    if not isinstance(key, Ed25519PublicKey):
        raise KeyFileError(f"{path} is not an Ed25519 key")
    return name, key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def load_private_key(path: Path) -> tuple[str, Ed25519PrivateKey]:
    """Return the name and the Ed25519 private key in PEM file ``path`` (unencrypted PKCS #8).

    Raises:
        KeyFileError: not a readable, unencrypted Ed25519 private key.
    """
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    name, block = read_key_text(path)
    if b"PUBLIC KEY-----" in block:
        stem = path.name.removesuffix(".pem").removesuffix(".public")
        raise KeyFileError(
            f"{path} is a public key; sign with the private key file "
            f"(keygen wrote {stem}.private.pem beside it)"
        )
    try:
        key = serialization.load_pem_private_key(block, password=None)
    except (ValueError, TypeError) as exc:
        raise KeyFileError(
            f"{path} is not a private key Briefing can sign with; give the NAME.private.pem "
            "file `briefing-app keygen` wrote (an unencrypted Ed25519 key)"
        ) from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFileError(f"{path} is not an Ed25519 key")
    return name, key


def trusted_keys() -> list[TrustedKey]:
    """Return every readable Ed25519 key in the system folder, then the user's (``*.pem``).

    Files that are not such keys are skipped: one bad file must not stop the others.
    """
    found: list[TrustedKey] = []
    for where, folder in (("system", system_keys_dir()), ("user", user_keys_dir())):
        try:
            names = sorted(folder.glob("*.pem"))
        except OSError:
            continue
        for path in names:
            try:
                name, raw = load_public_key(path)
            except KeyFileError:
                continue
            found.append(TrustedKey(raw, name, where, path))  # type: ignore[arg-type]
    return found


def sign_manifest(manifest: bytes, key_path: Path) -> bytes:
    """Return ``META-INF/signature.json`` (UTF-8 JSON) signing ``manifest`` with the key at ``key_path``.

    Raises:
        KeyFileError: the key file cannot be used.
    """
    from cryptography.hazmat.primitives import serialization

    name, key = load_private_key(key_path)
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    document = {
        "format": 1,
        "algorithm": "Ed25519",
        "signer": name,
        "public_key": base64.b64encode(raw).decode("ascii"),
        "key_id": key_id(raw),
        "signature": base64.b64encode(key.sign(manifest)).decode("ascii"),
    }
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def verify_signature(
    manifest: bytes, signature: bytes | None, trusted: list[TrustedKey] | None = None
) -> SignatureStatus:
    """Check ``signature`` (the bytes of ``signature.json``, None if absent) over ``manifest``.

    ``trusted`` defaults to :func:`trusted_keys`.  A trusted key is used when
    one has the signature's key id; otherwise the key the signature carries
    checks it, telling a valid signature by an unknown key from a broken one.
    Never raises.
    """
    if signature is None:
        return SignatureStatus("unsigned")
    try:
        document = json.loads(signature.decode("utf-8"))
        claimed = str(document.get("signer", ""))[:200]
        raw = base64.b64decode(document["public_key"], validate=True)
        signed = base64.b64decode(document["signature"], validate=True)
        if document.get("algorithm") != "Ed25519" or len(raw) != 32 or len(signed) != 64:
            raise ValueError("not an Ed25519 signature")
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        return SignatureStatus("bad", detail="the signature file cannot be read")
    identifier = key_id(raw)
    if document.get("key_id") not in (None, identifier):
        return SignatureStatus("bad", claimed, identifier, "its key id does not match its key")
    keys = trusted_keys() if trusted is None else trusted
    installed = next((key for key in keys if key.raw == raw), None)
    if not _verifies(raw, signed, manifest):
        return SignatureStatus(
            "bad", claimed, identifier, "the pack was changed after it was signed"
        )
    if installed is not None:
        return SignatureStatus("trusted", installed.name, identifier, installed.where)
    return SignatureStatus("unknown", claimed, identifier)


def _verifies(raw: bytes, signed: bytes, message: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(raw).verify(signed, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def key_pair_paths(stem: Path) -> tuple[Path, Path]:
    """Return the private and public key files ``keygen --output STEM`` writes:
    ``STEM.private.pem`` and ``STEM.public.pem``."""
    return stem.with_name(stem.name + ".private.pem"), stem.with_name(stem.name + ".public.pem")


def generate_key_pair(stem: Path, name: str) -> tuple[Path, Path]:
    """Make a new Ed25519 key pair named ``name``; return the private and public key files.

    The private key file is created with permissions 0600 (owner only) before
    anything is written to it; neither file may exist already.

    Raises:
        FileExistsError: a key file is already there (nothing is written).
        OSError: a file cannot be written (what was written is removed).
    """
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    private_path, public_path = key_pair_paths(stem)
    for path in (private_path, public_path):
        if os.path.lexists(path):
            raise FileExistsError(f"{path} already exists; keys are never overwritten")
    key = Ed25519PrivateKey.generate()
    private_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    public_pem = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    header = f"Name: {' '.join(name.split())}\n".encode()
    _create(private_path, header + private_pem, 0o600)
    try:
        _create(public_path, header + public_pem, 0o644)
    except OSError:
        private_path.unlink(missing_ok=True)
        raise
    return private_path, public_path


def _create(path: Path, data: bytes, mode: int) -> None:
    """Write ``data`` to a new file ``path`` made with ``mode`` (``O_EXCL``: never an existing one)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags, mode)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    if os.name == "posix":
        os.chmod(path, mode)  # the umask may have taken bits away from the public key
