"""Which system libraries a Qt platform plugin needs, which are missing, and their packages.

A pip install brings Qt but not the system libraries its X11 and Wayland
platform plugins link to.  When one is missing, Qt prints a hint that names
``libxcb-cursor0`` whatever is missing, then aborts.  This module finds the
truth without Qt: :func:`missing_libraries` asks ``ldd`` (glibc's, on every
Debian and Ubuntu system), or, without it, reads the plugin's ``DT_NEEDED``
entries (:func:`needed_libraries`, the ELF format's dynamic section) and tries
to load each with ``ctypes``; :func:`missing_message` turns the result into one
line naming each library and its Debian package.

:data:`SONAME_PACKAGES` is also the table ``packaging/deb.py`` declares as the
``.deb``'s base ``Depends`` and the README's ``apt install`` line repeats
(a test keeps the three in agreement).
"""

from __future__ import annotations

import os
import re
import struct
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

#: Libraries Qt's xcb and wayland platforms load, by soname, with the Debian package that ships
#: each (Qt for X11 requirements, Qt 6 documentation).  ``packaging/deb.py`` always declares
#: these packages, and uses the table when a library is not installed on the build machine.
SONAME_PACKAGES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}

#: More libraries the platform plugins link to, present on nearly every desktop (so not in the
#: ``.deb``'s base list, whose build finds their packages with ``dpkg -S``); Debian 12 names.
OTHER_SONAME_PACKAGES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-render.so.0": "libxcb-render0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libOpenGL.so.0": "libopengl0",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libfreetype.so.6": "libfreetype6",
}

#: How long ``ldd`` may take before the answer is "unknown" (s).
LDD_TIMEOUT_S = 10.0

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)
_CANNOT_OPEN = re.compile(r"^(?:.*/)?([^/:\s]+\.so[^:\s]*): cannot open shared object file")

SHT_DYNAMIC = 6
DT_NEEDED = 1


def package_for(soname: str) -> str | None:
    """Return the Debian package that ships ``soname`` (e.g. ``"libxcb-cursor0"``), if known."""
    return SONAME_PACKAGES.get(soname) or OTHER_SONAME_PACKAGES.get(soname)


def needed_libraries(elf: Path) -> list[str]:
    """Return the ``DT_NEEDED`` entries of the ELF shared object ``elf``, in file order.

    Reads the section headers, the ``SHT_DYNAMIC`` section and the string
    table it links to (System V ABI, "Dynamic Section"); 32- and 64-bit,
    either byte order.

    Raises:
        OSError: the file cannot be read.
        ValueError: it is not an ELF file, or has no section headers.
    """
    with open(elf, "rb") as file:
        ident = file.read(64)
        if len(ident) < 52 or ident[:4] != b"\x7fELF":
            raise ValueError(f"{elf} is not an ELF file")
        wide = ident[4] == 2
        order = "<" if ident[5] == 1 else ">"
        if wide:
            (shoff,) = struct.unpack_from(order + "Q", ident, 0x28)
            shentsize, shnum = struct.unpack_from(order + "HH", ident, 0x3A)
            header, entry = order + "IIQQQQIIQQ", order + "qQ"
        else:
            (shoff,) = struct.unpack_from(order + "I", ident, 0x20)
            shentsize, shnum = struct.unpack_from(order + "HH", ident, 0x2E)
            header, entry = order + "IIIIIIIIII", order + "iI"
        if not shoff or not shnum:
            raise ValueError(f"{elf} has no section headers")
        file.seek(shoff)
        table = file.read(shentsize * shnum)
        sections = [struct.unpack_from(header, table, index * shentsize) for index in range(shnum)]
        dynamic = next((s for s in sections if s[1] == SHT_DYNAMIC), None)
        if dynamic is None:
            return []  # a static binary
        file.seek(dynamic[4])
        entries = file.read(dynamic[5])
        strtab = sections[dynamic[6]]
        file.seek(strtab[4])
        strings = file.read(strtab[5])
    size = struct.calcsize(entry)
    needed = []
    for offset in range(0, len(entries) - size + 1, size):
        tag, value = struct.unpack_from(entry, entries, offset)
        if tag == 0:
            break
        if tag == DT_NEEDED:
            needed.append(strings[value : strings.index(b"\0", value)].decode("utf-8", "replace"))
    return needed


def _unique(names: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(names))


def _missing_by_ldd(binary: Path, library_dirs: Sequence[Path]) -> list[str] | None:
    """Ask ``ldd`` which libraries of ``binary`` (and theirs) are "not found"; None without ldd."""
    import shutil
    import subprocess  # here, not at the top: the window's normal start never needs them

    ldd = shutil.which("ldd")
    if ldd is None:
        return None
    env = dict(os.environ)
    env["LD_LIBRARY_PATH"] = os.pathsep.join(
        [*(str(d) for d in library_dirs), *filter(None, [os.environ.get("LD_LIBRARY_PATH")])]
    )
    try:
        done = subprocess.run(
            [ldd, str(binary)], capture_output=True, text=True, env=env, timeout=LDD_TIMEOUT_S
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return _unique(_NOT_FOUND.findall(done.stdout))


def _missing_by_loading(binary: Path, library_dirs: Sequence[Path], seen: set[str]) -> list[str]:
    """Try to load each ``DT_NEEDED`` library of ``binary``; return those that cannot be found.

    A library found in ``library_dirs`` (Qt's own) is not loaded but read in
    turn, since its own needs are what may be missing.  When loading a system
    library fails because one of *its* libraries is missing, the one the
    loader names is reported.
    """
    import ctypes  # only here: importing it costs about 2 ms

    missing: list[str] = []
    for name in needed_libraries(binary):
        if name in seen:
            continue
        seen.add(name)
        bundled = next((d / name for d in library_dirs if (d / name).is_file()), None)
        if bundled is not None:
            missing += _missing_by_loading(bundled, library_dirs, seen)
            continue
        try:
            ctypes.CDLL(name)
        except OSError as exc:
            named = _CANNOT_OPEN.match(str(exc))
            missing.append(named.group(1) if named else name)
    return _unique(missing)


def missing_libraries(binary: Path, library_dirs: Sequence[Path] = ()) -> list[str]:
    """Return the sonames ``binary`` needs, directly or through its libraries, that cannot be found.

    Args:
        binary: a shared object, such as Qt's ``platforms/libqxcb.so``.
        library_dirs: folders of libraries that ship with the program (Qt's
            ``lib`` folder), searched first as the loader would through ``RUNPATH``.

    Returns:
        The missing sonames, each once, in the order found (empty when all load).
        Uses ``ldd`` when there is one, else :func:`needed_libraries` and ``ctypes``.

    Raises:
        OSError, ValueError: ``binary`` cannot be read as an ELF file (only without ``ldd``).
    """
    found = _missing_by_ldd(binary, library_dirs)
    if found is not None:
        return found
    return _missing_by_loading(binary, library_dirs, set())


def install_command(sonames: Iterable[str]) -> str:
    """Return ``sudo apt install PKG ...`` for the known packages of ``sonames`` ("" if none)."""
    packages = _unique(p for p in (package_for(name) for name in sonames) if p)
    return f"sudo apt install {' '.join(packages)}" if packages else ""


def missing_message(platform: str, missing: Sequence[str]) -> str:
    """Return the sentence that tells the user which libraries Qt's ``platform`` plugin lacks.

    ``missing_message("xcb", ["libxcb-cursor.so.0"])`` gives ``Qt's xcb platform plugin
    needs libraries that are missing: libxcb-cursor.so.0 (package libxcb-cursor0).
    Install them with: sudo apt install libxcb-cursor0``.
    """
    named = ", ".join(
        f"{name} (package {package_for(name)})"
        if package_for(name)
        else f"{name} (package unknown: `apt-file search {name}` finds it)"
        for name in missing
    )
    text = f"Qt's {platform} platform plugin needs libraries that are missing: {named}."
    command = install_command(missing)
    return f"{text} Install them with: {command}" if command else text


def has_display(environ: Mapping[str, str]) -> bool:
    """True if ``environ`` names an X11 or Wayland display (``DISPLAY`` or ``WAYLAND_DISPLAY``)."""
    return bool(environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))


NO_DISPLAY = (
    "there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set). Start it from a desktop "
    "session; for headless use (subcommands, --screenshot) set QT_QPA_PLATFORM=offscreen."
)


def desktop_platforms(environ: Mapping[str, str]) -> list[str]:
    """Return the platform plugins Qt would try for a window in this session, in order.

    ``QT_QPA_PLATFORM`` when it names ``xcb`` or ``wayland`` (a list separated by
    ";" is tried in order, Qt docs "Qt for Linux/X11"); otherwise what the
    session offers: ``wayland`` first in a Wayland session
    (``XDG_SESSION_TYPE=wayland`` with ``WAYLAND_DISPLAY``), then ``xcb`` when
    ``DISPLAY`` is set, then ``wayland`` when only ``WAYLAND_DISPLAY`` is (an
    approximation of Qt's own choice, which also depends on how it was built).
    Empty without a display.
    """
    requested = [
        part.split(":")[0].strip()
        for part in environ.get("QT_QPA_PLATFORM", "").split(";")
        if part.strip()
    ]
    desktop = [name for name in requested if name == "xcb" or name.startswith("wayland")]
    if desktop:
        return desktop
    found = []
    if environ.get("WAYLAND_DISPLAY") and environ.get("XDG_SESSION_TYPE") == "wayland":
        found.append("wayland")
    if environ.get("DISPLAY"):
        found.append("xcb")
    if environ.get("WAYLAND_DISPLAY") and "wayland" not in found:
        found.append("wayland")
    return found
