"""The build tools in packaging/: version and source hash, icon files, ICU trimming, .deb metadata.

These are fast and run in every ``pytest``; the frozen build itself is tested
in test_packaging.py and test_deb_package.py (``-m packaging``).
"""

from __future__ import annotations

import shutil
import struct
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))

import deb  # noqa: E402 - packaging/ is not a package
import icons  # noqa: E402
import icudata  # noqa: E402
from build import project_version, source_hash  # noqa: E402


def test_project_version_is_read_from_the_project_table(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[build-system]\nversion = "0"\n\n[project]\nname = "x"\nversion = "9.8.7"\n\n[tool.y]\nversion = "1"\n',
        encoding="utf-8",
    )
    assert project_version(tmp_path) == "9.8.7"
    assert project_version() == project_version(ROOT)
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"pyproject\.toml: no version"):
        project_version(tmp_path)


def test_source_hash_follows_sources_not_caches(tmp_path):
    for rel in (
        "briefing_app/a.py",
        "content/p/briefing.yaml",
        "resources/r.css",
        "packaging/s.spec",
    ):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(rel, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text("[project]\n", encoding="utf-8")
    first = source_hash(tmp_path)
    (tmp_path / "briefing_app" / "__pycache__").mkdir()
    (tmp_path / "briefing_app" / "__pycache__" / "a.cpython-311.pyc").write_bytes(b"x")
    assert source_hash(tmp_path) == first
    (tmp_path / "content" / "p" / "briefing.yaml").write_text("changed", encoding="utf-8")
    assert source_hash(tmp_path) != first


def test_ico_and_icns_hold_every_size(tmp_path):
    from PySide6.QtGui import QImageReader

    written = icons.write_icons(ROOT / "resources" / "icons" / "briefing-app.svg", tmp_path)
    for kind, sizes in (("ico", icons.ICO_SIZES), ("icns", tuple(icons.ICNS_TYPES))):
        reader = QImageReader(str(written[kind]))
        widths = []
        for index in range(reader.imageCount()):
            reader.jumpToImage(index)
            widths.append(reader.read().width())
        assert sorted(widths) == sorted(sizes), kind
    for size in icons.HICOLOR_SIZES:
        assert written[f"png-{size}"].read_bytes()[:4] == b"\x89PNG"


def test_ico_refuses_sizes_the_format_cannot_hold():
    with pytest.raises(ValueError, match="1 to 256"):
        icons.ico_bytes({512: b""})
    with pytest.raises(ValueError, match="no ICNS element type for 20px"):
        icons.icns_bytes({20: b""})


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("icudt73l/coll/zh.res", True),
        ("icudt73l/coll/ucadata.icu", True),
        ("icudt73l/root.res", True),
        ("icudt73l/likelySubtags.res", True),
        ("icudt73l/cnvalias.icu", True),
        ("icudt73l/uts46.nrm", True),
        ("icudt73l/brkitr/cjdict.dict", False),
        ("icudt73l/translit/root.res", False),
        ("icudt73l/zone/ru.res", False),
        ("icudt73l/ibm-5347_P100-1998.cnv", False),
        ("icudt73l/ru.res", False),
        ("icudt73l/zh_Hant_TW.res", False),
    ],
)
def test_icu_keep_policy(name, kept):
    assert icudata.keep_item(name) is kept


def _common_data(items: dict[str, bytes]) -> bytes:
    """Build minimal ICU common data (a CmnD header of 32 bytes) holding ``items``."""
    info = struct.pack("<HHBBBB", 20, 0, 0, 0, 2, 0) + b"CmnD" + bytes([1, 0, 0, 0]) + bytes(4)
    header = struct.pack("<HBB", 32, 0xDA, 0x27) + info
    return icudata.write_common_data(header + bytes(32 - len(header)), items)


def test_icu_common_data_round_trips_sorted_and_aligned():
    items = {"icudt73l/z.res": b"zz", "icudt73l/a.icu": b"a" * 17, "icudt73l/coll/m.res": b"m"}
    blob = _common_data(items)
    header, read = icudata.read_common_data(blob)
    assert list(read) == sorted(items)
    assert {name: data[: len(items[name])] for name, data in read.items()} == items
    (count,) = struct.unpack_from("<I", blob, len(header))
    offsets = [struct.unpack_from("<II", blob, len(header) + 4 + 8 * i)[1] for i in range(count)]
    assert all((len(header) + offset) % 16 == 0 for offset in offsets)
    with pytest.raises(ValueError, match="not ICU common data"):
        icudata.read_common_data(b"\0" * 64)


def test_trimming_the_real_icu_library_keeps_collation(tmp_path):
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    if not found or (shutil.which("cc") is None and shutil.which("gcc") is None):
        pytest.skip("needs PySide6's bundled ICU (Linux wheels) and a C compiler")
    library = tmp_path / found[0].name
    shutil.copy2(found[0], library)
    before, after = icudata.trim(library)
    assert after < before / 4
    _, items = icudata.read_common_data(icudata._extract(library.read_bytes()))
    assert any(name.endswith("/coll/zh.res") for name in items)
    assert not any("/brkitr/" in name for name in items)


def test_metainfo_gets_exactly_one_release_of_this_version(tmp_path):
    source = tmp_path / "app.metainfo.xml"
    source.write_text(
        '<component type="desktop-application"><id>a.b</id>'
        '<releases><release version="0.0.1" date="2020-01-01"/></releases></component>',
        encoding="utf-8",
    )
    root = ET.fromstring(deb.metainfo_with_release(source, "1.2.3", "2026-01-02"))
    assert [(r.get("version"), r.get("date")) for r in root.iter("release")] == [
        ("1.2.3", "2026-01-02")
    ]


def test_an_undeclared_missing_library_stops_the_deb(monkeypatch, tmp_path):
    monkeypatch.setattr(deb, "system_libraries", lambda folder: ({}, ["libnowhere.so.7"]))
    with pytest.raises(RuntimeError, match=r"libnowhere\.so\.7.*SONAME_PACKAGES"):
        deb.depends(tmp_path)
    monkeypatch.setattr(deb, "system_libraries", lambda folder: ({}, ["libxcb-icccm.so.4"]))
    assert "libxcb-icccm4" in deb.depends(tmp_path)
