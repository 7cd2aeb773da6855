"""Render the app icon (an SVG) into the bitmap files installers need.

Linux desktops take PNGs at the hicolor theme sizes, Windows an ``.ico`` and
macOS an ``.icns``.  All three are made here at build time from
``resources/icons/briefing-app.svg`` with Qt's own SVG renderer, so only the SVG
is kept in the repository.  The ``.ico`` and ``.icns`` writers store PNG
images, which both formats allow (ICO since Windows Vista; ICNS types
``icp4``...``ic10`` since OS X 10.7), so no image library beyond Qt is needed.
"""

from __future__ import annotations

import struct
from pathlib import Path

#: Sizes of the hicolor theme's ``apps`` folders we fill, in pixels (freedesktop
#: Icon Theme Specification; 16 to 256 is what desktops ask for).
HICOLOR_SIZES: tuple[int, ...] = (16, 22, 24, 32, 48, 64, 128, 256)

#: Sizes stored in the Windows ``.ico``; 256 is the largest the format allows.
ICO_SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256)

#: ICNS element types holding PNG data, by pixel size (Apple's icns format).
ICNS_TYPES: dict[int, bytes] = {
    16: b"icp4",
    32: b"icp5",
    64: b"icp6",
    128: b"ic07",
    256: b"ic08",
    512: b"ic09",
    1024: b"ic10",
}


def render_png(svg: Path, size: int) -> bytes:
    """Render ``svg`` into a square PNG of ``size`` x ``size`` pixels and return its bytes.

    The image has a transparent background.  Needs a QGuiApplication only for
    fonts, which the icon does not use, so none is created here.

    Raises:
        ValueError: if the SVG cannot be parsed or the PNG cannot be encoded.
    """
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QImageWriter, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a valid SVG; open it in an editor and fix the markup")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    if not writer.write(image):
        raise ValueError(f"{svg}: could not encode a {size}px PNG: {writer.errorString()}")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """Return a Windows icon file holding the PNG images ``pngs`` (pixel size -> PNG bytes).

    Layout: ICONDIR (6 bytes), one ICONDIRENTRY (16 bytes) per image, then the
    images.  A width or height of 256 is written as 0, as the format requires.

    Raises:
        ValueError: if a size is outside 1..256.
    """
    sizes = sorted(pngs)
    if any(not 1 <= s <= 256 for s in sizes):
        raise ValueError(f"ICO images must be 1 to 256 pixels, got {sizes}")
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size == 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """Return a macOS ``.icns`` file holding the PNG images ``pngs`` (pixel size -> PNG bytes).

    Layout: the magic ``icns`` and the total length (big-endian), then one
    element per image: its type (see :data:`ICNS_TYPES`), its length including
    the 8-byte element header, and the PNG bytes.

    Raises:
        ValueError: if a size has no ICNS type.
    """
    body = b""
    for size in sorted(pngs):
        kind = ICNS_TYPES.get(size)
        if kind is None:
            raise ValueError(f"no ICNS element type for {size}px; use one of {sorted(ICNS_TYPES)}")
        body += kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_icons(svg: Path, out_dir: Path) -> dict[str, Path]:
    """Render ``svg`` into ``out_dir`` for every platform and return the files by kind.

    Writes ``png/<size>.png`` for each of :data:`HICOLOR_SIZES`,
    ``briefing-app.ico`` and ``briefing-app.icns``.  Returned keys: ``"png-<size>"``,
    ``"ico"``, ``"icns"``.

    Raises:
        ValueError: from :func:`render_png`.
        OSError: if ``out_dir`` cannot be written.
    """
    wanted = set(HICOLOR_SIZES) | set(ICO_SIZES) | set(ICNS_TYPES)
    pngs = {size: render_png(svg, size) for size in sorted(wanted)}
    (out_dir / "png").mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {}
    for size in HICOLOR_SIZES:
        path = out_dir / "png" / f"{size}.png"
        path.write_bytes(pngs[size])
        written[f"png-{size}"] = path
    ico = out_dir / "briefing-app.ico"
    ico.write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    written["ico"] = ico
    icns = out_dir / "briefing-app.icns"
    icns.write_bytes(icns_bytes({s: pngs[s] for s in ICNS_TYPES}))
    written["icns"] = icns
    return written
