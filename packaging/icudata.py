"""Trim the ICU data library that ships with Qt to the parts Qt uses (Linux builds).

PySide6's wheels bundle ICU, whose data library ``libicudata.so.<N>`` (32 MB
for ICU 73) is the largest file of the frozen app.  Qt calls ICU only for
collation (``ucol_*``: QCollator, file dialogs), legacy text codecs
(``ucnv_*``: QStringConverter), case mapping (``u_strToUpper``/``Lower``) and
time-zone ids and names (``ucal_*``) -- found with ``readelf --dyn-syms`` on
the Qt libraries.  Its locale data comes from Qt's own CLDR tables, not ICU's.

So the trimmed library keeps every top-level ``.icu``/``.nrm``/``.spp``/``.cfu``
file (character properties, normalisation, converter aliases), the structural
top-level ``.res`` bundles (likely subtags, time-zone rules, supplemental data,
``root.res``) and the whole ``coll/`` tree, and drops break-iterator
dictionaries, transliterators, spell-out rules, the display names of units,
currencies, languages, regions and time zones, the per-locale main bundles and
the converter tables.  What ICU then cannot find it reports as missing, and
ICU falls back (root collation, ``GMT+05:00`` for a zone name); legacy codecs
such as Windows-1251 become unavailable to Qt (the app reads UTF-8 only).

The data is ICU's "common data" format (``CmnD``; ICU's ``ucmndata.h``): a
data header, a table of contents (count, then name and data offsets relative
to the table), the item names, then the items, each 16-byte aligned.  The new
library is assembled with the C compiler (``.incbin``), exporting the same
``icudt<N>_dat`` symbol under the same soname.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

DROPPED_TREES = ("brkitr", "translit", "rbnf", "unit", "curr", "lang", "region", "zone")
_LOCALE_BUNDLE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]+)*\.res$")


def keep_item(name: str) -> bool:
    """Return True if ICU item ``name`` (e.g. ``"icudt73l/coll/ru.res"``) stays (see module doc)."""
    parts = name.split("/")[1:]
    if len(parts) > 1:
        return parts[0] not in DROPPED_TREES
    leaf = parts[0] if parts else name
    if leaf.endswith(".cnv"):
        return False
    return not _LOCALE_BUNDLE.match(leaf)


def _dynamic_symbol(elf: bytes, pattern: re.Pattern[str]) -> tuple[str, int, int]:
    """Return ``(name, file_offset, size)`` of the first dynamic symbol matching ``pattern``.

    Reads a 64-bit little-endian ELF file's section headers and ``.dynsym``.

    Raises:
        ValueError: if ``elf`` is not such a file or has no matching symbol.
    """
    if elf[:4] != b"\x7fELF" or elf[4] != 2 or elf[5] != 1:
        raise ValueError("not a 64-bit little-endian ELF file")
    (shoff,) = struct.unpack_from("<Q", elf, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", elf, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", elf, shoff + i * shentsize) for i in range(shnum)]
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        strtab_offset = sections[link][4]
        for index in range(size // entsize):
            st_name, _st_info, _other, _shndx, value, sym_size = struct.unpack_from(
                "<IBBHQQ", elf, offset + index * entsize
            )
            end = elf.index(b"\0", strtab_offset + st_name)
            symbol = elf[strtab_offset + st_name : end].decode("ascii", "replace")
            if pattern.fullmatch(symbol) and sym_size:
                for section in sections:
                    s_addr, s_offset, s_size = section[3], section[4], section[5]
                    if section[1] != 8 and s_addr <= value < s_addr + s_size:  # not NOBITS
                        return symbol, s_offset + value - s_addr, sym_size
    raise ValueError(f"no dynamic symbol matching {pattern.pattern}")


def read_common_data(blob: bytes) -> tuple[bytes, dict[str, bytes]]:
    """Split ICU common data into its header and its items (name -> bytes), in TOC order.

    Raises:
        ValueError: if ``blob`` is not ICU common data (magic ``0xda27``, format ``CmnD``).
    """
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD":
        raise ValueError("not ICU common data (CmnD)")
    toc = blob[header_size:]
    (count,) = struct.unpack_from("<I", toc, 0)
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    ends = [entry[1] for entry in entries[1:]] + [len(toc)]
    items = {}
    for (name_offset, data_offset), end in zip(entries, ends, strict=True):
        name = toc[name_offset : toc.index(b"\0", name_offset)].decode("ascii")
        items[name] = toc[data_offset:end]
    return blob[:header_size], items


def write_common_data(header: bytes, items: dict[str, bytes]) -> bytes:
    """Return ICU common data with ``header`` and ``items`` (sorted by name, as ICU searches them)."""
    names = sorted(items)
    names_start = 4 + 8 * len(names)
    name_offsets, name_blob = [], b""
    for name in names:
        name_offsets.append(names_start + len(name_blob))
        name_blob += name.encode("ascii") + b"\0"
    position = names_start + len(name_blob)
    padding = (-(len(header) + position)) % 16
    position += padding
    data_offsets, data_blob = [], b""
    for name in names:
        data_offsets.append(position + len(data_blob))
        data_blob += items[name] + b"\0" * ((-len(items[name])) % 16)
    toc = struct.pack("<I", len(names))
    toc += b"".join(
        struct.pack("<II", n, d) for n, d in zip(name_offsets, data_offsets, strict=True)
    )
    return header + toc + name_blob + b"\0" * padding + data_blob


def build_library(data: bytes, symbol: str, soname: str, out: Path) -> None:
    """Write a shared library ``out`` exporting ``data`` as ``symbol``, with ``soname``.

    Raises:
        RuntimeError: if there is no C compiler (``cc``/``gcc``) or it fails.
    """
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        raise RuntimeError("no C compiler (cc or gcc) to build the trimmed ICU data library")
    with tempfile.TemporaryDirectory() as work:
        (Path(work) / "icu.dat").write_bytes(data)
        source = Path(work) / "icudata.S"
        source.write_text(
            f"\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n"
            f'{symbol}:\n\t.incbin "icu.dat"\n\t.size {symbol}, . - {symbol}\n'
            '\t.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        result = subprocess.run(
            [
                compiler,
                "-shared",
                "-nostdlib",
                f"-Wl,-soname,{soname}",
                "-o",
                str(out),
                source.name,
            ],
            cwd=work,
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            raise RuntimeError(f"building {out.name} failed: {result.stderr.strip()}")


def trim(library: Path) -> tuple[int, int]:
    """Replace the ICU data ``library`` by a trimmed one; return its sizes before and after (bytes).

    Raises:
        ValueError: if ``library`` holds no ICU common data.
        RuntimeError: from :func:`build_library`; ``library`` is then left as it was.
    """
    elf = library.read_bytes()
    symbol, offset, size = _dynamic_symbol(elf, re.compile(r"icudt\d+_dat"))
    header, items = read_common_data(elf[offset : offset + size])
    kept = {name: data for name, data in items.items() if keep_item(name)}
    new = library.with_name(library.name + ".trimmed")
    build_library(write_common_data(header, kept), symbol, library.name, new)
    _, check = read_common_data(_extract(new.read_bytes()))
    if check != kept:
        new.unlink()
        raise RuntimeError(f"{new}: the trimmed ICU data does not read back as written")
    new.chmod(library.stat().st_mode)
    before = len(elf)
    new.replace(library)
    return before, library.stat().st_size


def _extract(elf: bytes) -> bytes:
    """Return the ICU common data exported by an ICU data library's bytes."""
    _, offset, size = _dynamic_symbol(elf, re.compile(r"icudt\d+_dat"))
    return elf[offset : offset + size]


def trim_bundle(folder: Path) -> tuple[int, int] | None:
    """Trim the ICU data library found under ``folder``; sizes before/after, or None if none."""
    found = [p for p in folder.rglob("libicudata.so*") if p.is_file() and not p.is_symlink()]
    if not found:
        return None
    return trim(found[0])
