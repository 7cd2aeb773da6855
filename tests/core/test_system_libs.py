"""Finding the system libraries a Qt platform plugin lacks, and naming their Debian packages."""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

import pytest

from briefing_app.core import system_libs
from briefing_app.core.system_libs import (
    desktop_platforms,
    install_command,
    missing_libraries,
    missing_message,
    needed_libraries,
)


def write_elf(path: Path, needed: list[str], wide: bool = True, order: str = "<") -> Path:
    """Write a minimal ELF shared object whose dynamic section lists ``needed``."""
    strings = b"\0" + b"".join(name.encode() + b"\0" for name in needed)
    offsets = [strings.index(name.encode() + b"\0") for name in needed]
    entry = order + ("qQ" if wide else "iI")
    dynamic = b"".join(struct.pack(entry, 1, offset) for offset in offsets)
    dynamic += struct.pack(entry, 0, 0)
    header_size = 64 if wide else 52
    strings_at = header_size
    dynamic_at = strings_at + len(strings)
    sections_at = dynamic_at + len(dynamic)
    section = order + ("IIQQQQIIQQ" if wide else "IIIIIIIIII")
    sections = struct.pack(section, *[0] * 10)
    sections += struct.pack(section, 0, 3, 0, 0, strings_at, len(strings), 0, 0, 1, 0)
    sections += struct.pack(section, 0, 6, 0, 0, dynamic_at, len(dynamic), 1, 0, 8, 16)
    ident = b"\x7fELF" + bytes([2 if wide else 1, 1 if order == "<" else 2, 1]) + b"\0" * 9
    if wide:
        rest = struct.pack(order + "HHIQQQIHHHHHH", 3, 62, 1, 0, 0, sections_at, 0, 64, 0, 0,
                           struct.calcsize(section), 3, 0)
    else:
        rest = struct.pack(order + "HHIIIIIHHHHHH", 3, 3, 1, 0, 0, sections_at, 0, 52, 0, 0,
                           struct.calcsize(section), 3, 0)
    path.write_bytes(ident + rest + strings + dynamic + sections)
    return path


@pytest.mark.parametrize(("wide", "order"), [(True, "<"), (False, "<"), (True, ">"), (False, ">")])
def test_needed_libraries_reads_the_dynamic_section(tmp_path: Path, wide: bool, order: str):
    elf = write_elf(tmp_path / "libq.so", ["libQt6XcbQpa.so.6", "libxcb-cursor.so.0"], wide, order)
    assert needed_libraries(elf) == ["libQt6XcbQpa.so.6", "libxcb-cursor.so.0"]


def test_needed_libraries_of_the_real_xcb_plugin():
    import PySide6  # the file only; no Qt library is loaded

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.is_file():
        pytest.skip("no xcb plugin in this PySide6 (not Linux)")
    needed = needed_libraries(plugin)
    assert "libQt6XcbQpa.so.6" in needed and "libxcb.so.1" in needed


def test_a_file_that_is_not_elf_is_refused(tmp_path: Path):
    (tmp_path / "x.so").write_text("not a library")
    with pytest.raises(ValueError, match="not an ELF file"):
        needed_libraries(tmp_path / "x.so")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="loads Linux libraries")
def test_without_ldd_each_library_is_loaded_and_the_missing_ones_named(tmp_path: Path, monkeypatch):
    import shutil

    monkeypatch.setattr(shutil, "which", lambda _name: None)
    qt = tmp_path / "qt-lib"
    qt.mkdir()
    write_elf(qt / "libQt6FakeQpa.so.6", ["libc.so.6", "libbriefing-absent-two.so.3"])
    plugin = write_elf(
        tmp_path / "libqfake.so", ["libQt6FakeQpa.so.6", "libbriefing-absent.so.7", "libm.so.6"]
    )
    assert missing_libraries(plugin, [qt]) == ["libbriefing-absent-two.so.3", "libbriefing-absent.so.7"]


def test_with_ldd_its_not_found_lines_are_the_answer(tmp_path: Path, monkeypatch):
    fake = tmp_path / "bin" / "ldd"
    fake.parent.mkdir()
    fake.write_text(
        "#!/bin/sh\n"
        'echo "\tlibQt6XcbQpa.so.6 => $LD_LIBRARY_PATH/libQt6XcbQpa.so.6 (0x0)"\n'
        'echo "\tlibxcb-icccm.so.4 => not found"\n'
        'echo "\tlibxcb-keysyms.so.1 => not found"\n'
        'echo "\tlibxcb-icccm.so.4 => not found"\n'
    )
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}{os.pathsep}{os.environ['PATH']}")
    plugin = tmp_path / "libqxcb.so"
    plugin.write_bytes(b"")
    assert missing_libraries(plugin, [tmp_path]) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]


def test_the_message_names_each_library_its_package_and_the_install_line():
    assert missing_message("xcb", ["libxcb-cursor.so.0", "libxcb-icccm.so.4"]) == (
        "Qt's xcb platform plugin needs libraries that are missing: libxcb-cursor.so.0 (package "
        "libxcb-cursor0), libxcb-icccm.so.4 (package libxcb-icccm4). Install them with: "
        "sudo apt install libxcb-cursor0 libxcb-icccm4"
    )
    odd = missing_message("xcb", ["libodd.so.2"])
    assert "libodd.so.2 (package unknown: `apt-file search libodd.so.2` finds it)" in odd
    assert "Install" not in odd
    assert install_command(["libX11.so.6", "libX11.so.6", "libxcb-util.so.1"]) == (
        "sudo apt install libx11-6 libxcb-util1"
    )


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, []),
        ({"DISPLAY": ":0"}, ["xcb"]),
        ({"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland", "DISPLAY": ":0"},
         ["wayland", "xcb"]),
        ({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":1"}, ["xcb", "wayland"]),
        ({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, ["xcb"]),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, ["wayland", "xcb"]),
        ({"QT_QPA_PLATFORM": "xcb:nomitshm", "DISPLAY": ":0"}, ["xcb"]),
    ],
)
def test_desktop_platforms_follow_the_session(environ, expected):
    assert desktop_platforms(environ) == expected


def test_every_base_library_has_a_package():
    assert all(system_libs.package_for(name) for name in system_libs.SONAME_PACKAGES)
