"""Key pairs, signing a pack file and what opening it says: trusted, unknown key, tampered
manifest, tampered file, unsigned."""

from __future__ import annotations

import os
import shutil
import zipfile
from pathlib import Path

import pytest

from briefing_app.core import load_pack
from briefing_app.core.library.manifest import MANIFEST_PATH
from briefing_app.core.library.packfile import open_packfile
from briefing_app.core.library.signing import (
    generate_key_pair,
    load_public_key,
    system_keys_dir,
    user_keys_dir,
)
from briefing_app.core.library.writer import write_packfile
from briefing_app.core.resources import bundled_pack_path
from tests.core.library.zips import rewrite


@pytest.fixture
def keys(tmp_path: Path) -> tuple[Path, Path]:
    """A key pair of "Ministry Policy Unit" (private, public)."""
    (tmp_path / "keys").mkdir()
    return generate_key_pair(tmp_path / "keys" / "policy", "Ministry Policy Unit")


@pytest.fixture
def signed(keys: tuple[Path, Path], tmp_path: Path) -> Path:
    return write_packfile(bundled_pack_path(), tmp_path / "signed.briefing", key=keys[0]).output


def trust(public: Path, folder: Path | None = None) -> None:
    folder = folder or system_keys_dir()
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(public, folder)


def test_keygen_writes_a_private_key_only_the_owner_reads_and_a_named_public_key(keys):
    private, public = keys
    assert private.name == "policy.private.pem" and public.name == "policy.public.pem"
    if os.name == "posix":
        assert private.stat().st_mode & 0o777 == 0o600
    assert public.read_text().startswith("Name: Ministry Policy Unit\n-----BEGIN PUBLIC KEY-----")
    name, raw = load_public_key(public)
    assert name == "Ministry Policy Unit" and len(raw) == 32


def test_keygen_never_overwrites(keys):
    private, _public = keys
    before = private.read_bytes()
    with pytest.raises(FileExistsError):
        generate_key_pair(private.parent / "policy", "Someone else")
    assert private.read_bytes() == before


def test_a_pack_signed_by_an_installed_key_is_trusted_under_that_keys_name(keys, signed):
    trust(keys[1])
    report = open_packfile(signed)
    assert report.signature.state == "trusted"
    assert report.describe() == "verified; signed by Ministry Policy Unit (trusted)"
    assert report.problems() == []


def test_a_key_the_user_installed_is_trusted_by_the_user(keys, signed):
    trust(keys[1], user_keys_dir())
    assert open_packfile(signed).signature.describe() == (
        "signed by Ministry Policy Unit (trusted by you)"
    )


def test_the_name_shown_is_the_installed_keys_not_the_packs(keys, signed):
    folder = system_keys_dir()
    folder.mkdir(parents=True)
    text = keys[1].read_text().replace("Ministry Policy Unit", "IT: Policy Unit (verified)")
    (folder / "policy.pem").write_text(text)
    assert open_packfile(signed).signature.signer == "IT: Policy Unit (verified)"


def test_a_pack_signed_by_a_key_not_installed_says_so_with_a_fingerprint(signed):
    report = open_packfile(signed)
    assert report.signature.state == "unknown"
    text = report.signature.describe()
    assert text.startswith("signed by an unknown key (it says “Ministry Policy Unit”; fingerprint ")
    assert [p.severity for p in report.problems()] == ["warning"]


def test_a_tampered_manifest_breaks_the_signature(keys, signed, tmp_path: Path):
    trust(keys[1])
    with zipfile.ZipFile(signed) as zf:
        manifest = zf.read(MANIFEST_PATH)
    forged = manifest.replace(b'"created": "', b'"created": "1999-')
    tampered = rewrite(signed, tmp_path / "forged.briefing", {MANIFEST_PATH: forged})
    report = open_packfile(tampered)
    assert report.signature.state == "bad"
    assert report.signature.describe() == (
        "signature does not verify: the pack was changed after it was signed"
    )
    pack = load_pack(tampered)
    assert any(p.file == "META-INF/signature.json" and p.severity == "error" for p in pack.problems)


def test_a_tampered_file_is_named_though_the_signature_over_the_manifest_holds(
    keys, signed, tmp_path
):
    trust(keys[1])
    tampered = rewrite(signed, tmp_path / "t.briefing", {"glossary.yaml": b"terms: []\n"})
    report = open_packfile(tampered)
    assert report.altered == ["glossary.yaml"] and not report.verified
    assert report.signature.state == "trusted"
    assert report.describe().startswith("NOT verified — 1 altered: glossary.yaml")


def test_an_unsigned_pack_says_unsigned(tmp_path: Path):
    written = write_packfile(bundled_pack_path(), tmp_path / "u.briefing")
    report = open_packfile(written.output)
    assert report.signature.state == "unsigned" and report.describe() == "verified; unsigned"


def test_a_broken_key_in_the_trusted_folder_does_not_hide_the_others(keys, signed):
    folder = system_keys_dir()
    folder.mkdir(parents=True)
    (folder / "a-broken.pem").write_text("-----BEGIN PUBLIC KEY-----\nnonsense\n")
    trust(keys[1])
    assert open_packfile(signed).signature.state == "trusted"
