"""Wrap the frozen folder in a Debian package (``dpkg-deb --build --root-owner-group``).

Layout of the package::

    /opt/briefing-app/                      the frozen one-folder build
    /usr/bin/briefing-app                   symlink to /opt/briefing-app/briefing-app
    /usr/share/applications/briefing-app.desktop
    /usr/share/icons/hicolor/<N>x<N>/apps/briefing-app.png, scalable/apps/briefing-app.svg
    /usr/share/metainfo/org.briefing.BriefingApp.metainfo.xml   (named after its AppStream id)
    /usr/share/doc/briefing-app/copyright

There are no maintainer scripts: the desktop database and the icon cache are
refreshed by the triggers of desktop-file-utils and hicolor-icon-theme, so
``apt remove`` leaves nothing behind.  ``Depends`` lists the system libraries
the bundled binaries link to (each ELF's ``NEEDED`` entries that the bundle
does not provide, resolved with ``ldd`` and mapped to packages with
``dpkg -S``) plus :data:`BASE_DEPENDS`.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import time
import xml.etree.ElementTree as ET
from pathlib import Path

from briefing_app.core.system_libs import SONAME_PACKAGES

from icons import HICOLOR_SIZES

PACKAGE = "briefing-app"
MAINTAINER = "The Briefing team <briefing-team@example.org>"

#: Always declared: the packages of SONAME_PACKAGES, the libraries Qt's xcb and wayland
#: platforms load (one table with the app, which names the package of a library missing at run
#: time; the README's ``apt install`` line repeats this tuple, tests/test_install_docs.py), and
#: the fonts the bundled pack needs (Latin, Cyrillic and Kazakh from DejaVu; Chinese from Noto CJK).
BASE_DEPENDS: tuple[str, ...] = (
    *sorted(set(SONAME_PACKAGES.values())),
    "fonts-dejavu-core",
    "fonts-noto-cjk",
)

COPYRIGHT = """\
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Briefing

Files: *
Copyright: The Briefing team
License: MIT

Files: opt/briefing-app/_internal/*
Comment: Bundled runtime: Python (PSF-2.0), Qt 6 and PySide6 (LGPL-3.0-only),
 PyYAML (MIT), Markdown (BSD-3-Clause), QtAwesome (MIT; icon fonts under
 SIL OFL-1.1 and Apache-2.0), nh3 (MIT), platformdirs (MIT), anyascii (ISC),
 RapidFuzz (MIT). Their licence texts ship with each project.

License: MIT
 Permission is hereby granted, free of charge, to any person obtaining a copy
 of this software and associated documentation files (the "Software"), to deal
 in the Software without restriction, including without limitation the rights
 to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
 copies of the Software, and to permit persons to whom the Software is
 furnished to do so, subject to the following conditions:
 .
 The above copyright notice and this permission notice shall be included in
 all copies or substantial portions of the Software.
 .
 THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
 IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
 FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT.
"""


def elf_files(folder: Path) -> list[Path]:
    """Return every ELF file (executable or shared library) under ``folder``, symlinks skipped."""
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def needed(elf: Path) -> list[str]:
    """Return the ``NEEDED`` sonames of ``elf`` (from ``readelf -d``, GNU binutils)."""
    out = subprocess.run(
        ["readelf", "-d", str(elf)], capture_output=True, text=True, check=True
    ).stdout
    return [
        line.split("[", 1)[1].split("]", 1)[0] for line in out.splitlines() if "(NEEDED)" in line
    ]


def system_libraries(folder: Path) -> tuple[dict[str, str], list[str]]:
    """Find the libraries the bundle in ``folder`` takes from the system.

    Returns ``(resolved, missing)``: ``resolved`` maps each soname some bundled
    ELF needs, that the bundle does not ship, to the path ``ldd`` finds on this
    machine; ``missing`` lists such sonames that are not installed here.
    """
    elves = elf_files(folder)
    shipped = {p.name for p in folder.rglob("*.so*")}
    lib_dirs = sorted({str(p.parent) for p in elves})
    env = {**os.environ, "LD_LIBRARY_PATH": os.pathsep.join(lib_dirs)}
    resolved: dict[str, str] = {}
    missing: set[str] = set()
    for elf in elves:
        wanted = [name for name in needed(elf) if name not in shipped]
        if not wanted:
            continue
        out = subprocess.run(["ldd", str(elf)], capture_output=True, text=True, env=env).stdout
        where = {}
        for line in out.splitlines():
            if "=>" in line:
                name, _, rest = line.strip().partition(" => ")
                where[name] = rest.split(" (")[0].strip()
            elif line.strip().startswith(
                "/"
            ):  # the dynamic loader: "/lib64/ld-linux-x86-64.so.2 (0x...)"
                path = line.strip().split(" (")[0]
                where[Path(path).name] = path
        for name in wanted:
            path = where.get(name, "not found")
            if path == "not found" or not path:
                missing.add(name)
            else:
                resolved[name] = path
    return resolved, sorted(missing - set(resolved))


def owning_package(path: str) -> str | None:
    """Return the Debian package that installed library ``path``, or None (``dpkg -S``)."""
    candidates = [path, os.path.realpath(path)]
    candidates += [
        c.removeprefix("/usr") if c.startswith("/usr/lib") else "/usr" + c for c in candidates
    ]
    for candidate in candidates:
        result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if result.returncode == 0 and ":" in result.stdout:
            return result.stdout.split(":")[0].split(",")[0].strip()
    return None


def depends(folder: Path) -> list[str]:
    """Return the sorted ``Depends`` of the package for the frozen ``folder``.

    Raises:
        RuntimeError: if a needed library is neither installed here nor listed in
            :data:`SONAME_PACKAGES` (install it, or add its package to the table).
    """
    resolved, missing = system_libraries(folder)
    unknown = [name for name in missing if name not in SONAME_PACKAGES]
    if unknown:
        raise RuntimeError(
            f"the bundle needs {', '.join(unknown)}, which is not installed on this machine and not "
            "listed in SONAME_PACKAGES (briefing_app/core/system_libs.py): install it, or add its "
            "Debian package there"
        )
    packages = set(BASE_DEPENDS)
    for name, path in resolved.items():
        package = owning_package(path) or SONAME_PACKAGES.get(name)
        if package is None:
            raise RuntimeError(
                f"{path} (needed as {name}) belongs to no Debian package; add it to SONAME_PACKAGES"
            )
        packages.add(package)
    return sorted(packages)


def metainfo_with_release(source: Path, version: str, date: str) -> bytes:
    """Return the AppStream file ``source`` with a ``<releases>`` entry for ``version`` added.

    The version lives only in pyproject.toml, so the release is added at build time.
    """
    tree = ET.parse(source)
    root = tree.getroot()
    for old in root.findall("releases"):
        root.remove(old)
    releases = ET.SubElement(root, "releases")
    ET.SubElement(releases, "release", {"version": version, "date": date})
    ET.indent(tree)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def _normalise_modes(stage: Path) -> None:
    """Make folders 0755 and files 0755 (if executable) or 0644, as Debian policy asks."""
    for path in [stage, *stage.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            path.chmod(0o755 if path.stat().st_mode & 0o111 else 0o644)


def stage_tree(root: Path, frozen: Path, icons: dict[str, Path], stage: Path, version: str) -> None:
    """Lay out the package's files in ``stage`` (see the module doc), without ``DEBIAN/``."""
    if stage.exists():
        shutil.rmtree(stage)
    shutil.copytree(frozen, stage / "opt" / PACKAGE, symlinks=True)
    (stage / "usr" / "bin").mkdir(parents=True)
    (stage / "usr" / "bin" / PACKAGE).symlink_to(f"/opt/{PACKAGE}/{PACKAGE}")
    share = stage / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(root / "packaging" / "linux" / f"{PACKAGE}.desktop", share / "applications")
    hicolor = share / "icons" / "hicolor"
    (hicolor / "scalable" / "apps").mkdir(parents=True)
    shutil.copy2(root / "resources" / "icons" / f"{PACKAGE}.svg", hicolor / "scalable" / "apps")
    for size in HICOLOR_SIZES:
        target = hicolor / f"{size}x{size}" / "apps"
        target.mkdir(parents=True)
        shutil.copy2(icons[f"png-{size}"], target / f"{PACKAGE}.png")
    (share / "metainfo").mkdir(parents=True)
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", time.time()))
    date = time.strftime("%Y-%m-%d", time.gmtime(epoch))
    metainfo = root / "packaging" / "linux" / f"{PACKAGE}.metainfo.xml"
    component_id = ET.parse(metainfo).getroot().findtext("id", PACKAGE)
    # AppStream wants the installed file named after the component id.
    target = share / "metainfo" / f"{component_id}.metainfo.xml"
    target.write_bytes(metainfo_with_release(metainfo, version, date))
    (share / "doc" / PACKAGE).mkdir(parents=True)
    (share / "doc" / PACKAGE / "copyright").write_text(COPYRIGHT, encoding="utf-8")
    _normalise_modes(stage)


def write_control(stage: Path, version: str, arch: str, depends_on: list[str]) -> None:
    """Write ``DEBIAN/control`` and ``DEBIAN/md5sums`` for the files in ``stage``."""
    files = [p for p in sorted(stage.rglob("*")) if p.is_file() and not p.is_symlink()]
    installed_kib = sum((p.stat().st_size + 1023) // 1024 for p in files)
    debian = stage / "DEBIAN"
    debian.mkdir(exist_ok=True)
    control = (
        f"Package: {PACKAGE}\nVersion: {version}\nArchitecture: {arch}\nMaintainer: {MAINTAINER}\n"
        f"Installed-Size: {installed_kib}\nDepends: {', '.join(depends_on)}\n"
        "Section: text\nPriority: optional\n"
        "Description: offline desktop briefing reader\n"
        " Briefing presents a content pack of Markdown briefing notes as a topic\n"
        " tree with a reading pane, a glossary and search. It never uses the\n"
        " network. Ships with a pack on Kazakhstan and the Belt and Road Initiative.\n"
    )
    (debian / "control").write_text(control, encoding="utf-8")
    sums = "".join(
        f"{hashlib.md5(p.read_bytes()).hexdigest()}  {p.relative_to(stage).as_posix()}\n"
        for p in files
    )
    (debian / "md5sums").write_text(sums, encoding="utf-8")
    _normalise_modes(debian)


def build_deb(
    root: Path, frozen: Path, icons: dict[str, Path], out_dir: Path, version: str, arch: str
) -> Path:
    """Build ``<out_dir>/briefing-app_<version>_<arch>.deb`` from the frozen folder; return its path.

    Raises:
        RuntimeError: from :func:`depends`.
        subprocess.CalledProcessError: if ``dpkg-deb`` fails.
    """
    stage = root / "build" / "deb" / f"{PACKAGE}_{version}_{arch}"
    stage_tree(root, frozen, icons, stage, version)
    write_control(stage, version, arch, depends(stage / "opt" / PACKAGE))
    out = out_dir / f"{PACKAGE}_{version}_{arch}.deb"
    partial = out.with_name(out.name + ".part")  # never leave a half-written .deb under its name
    # xz level 3: within 10% of level 6's size in a fifth of the time (measured).
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "-z3", "--build", str(stage), str(partial)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    partial.replace(out)
    return out
