"""Helpers and fixtures shared by the packaging smoke tests (not a test module).

``build_info`` builds the app with ``packaging/build.py --reuse`` (or reuses a
build of the same sources); :func:`run_as_user` runs a command the way a user
would start the app: a clean environment (``env -i`` with only HOME,
QT_QPA_PLATFORM and DISPLAY), from another folder, and with no network (a new
network namespace, ``unshare -n``, where the kernel allows it; the reason is
printed when it does not).
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))

PACKAGE = "briefing-app"
#: System packages the task's Qt requirements name; the .deb must declare each.
REQUIRED_DEPENDS = {
    "libxcb-cursor0", "libxkbcommon-x11-0", "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1",
    "libxcb-randr0", "libxcb-render-util0", "libxcb-shape0", "libxcb-xinerama0", "libxcb-xkb1",
    "libegl1", "libgl1", "libfontconfig1", "libdbus-1-3", "fonts-noto-cjk", "fonts-dejavu-core",
}  # fmt: skip


@functools.cache
def ensure_build() -> dict:
    """Build the app (or reuse a build of the same sources); return dist/build-info.json.

    Fails the calling test with the build's error output if the build fails.
    """
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "--reuse"],
        capture_output=True,
        text=True,
        timeout=1800,
    )
    if result.returncode != 0:
        pytest.fail(f"packaging/build.py failed:\n{result.stderr[-4000:]}")
    return dict(json.loads((ROOT / "dist" / "build-info.json").read_text(encoding="utf-8")))


@functools.cache
def offline_prefix() -> tuple[list[str], str]:
    """Return the command prefix that cuts the network (``unshare -n``) and why, or [] and why not."""
    if shutil.which("unshare") is None:
        return [], "unshare is not installed"
    probe = subprocess.run(["unshare", "-n", "true"], capture_output=True, text=True)
    if probe.returncode != 0:
        return [], f"unshare -n is not permitted here: {probe.stderr.strip()}"
    return ["unshare", "-n"], "network namespace without interfaces (unshare -n)"


def run_as_user(command: list[str], cwd: Path, home: Path, offline: bool = True):
    """Run ``command`` in a clean environment from ``cwd``; return the CompletedProcess."""
    env = {"HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    if "DISPLAY" in os.environ:
        env["DISPLAY"] = os.environ["DISPLAY"]
    prefix, reason = offline_prefix() if offline else ([], "network not cut for this run")
    print(f"running {command[0]} {' '.join(command[1:])}: {reason}")
    return subprocess.run(
        ["env", "-i", *[f"{k}={v}" for k, v in env.items()], *prefix, *command],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=90,  # a start takes about a second; a hang (e.g. a modal dialog) fails fast
    )


def screenshot_stats(path: Path) -> tuple[int, int, int]:
    """Return (width, height, distinct colours) of the PNG at ``path``."""
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull(), f"{path} is not a readable image"
    colours = {image.pixel(x, y) for y in range(0, image.height(), 2) for x in range(image.width())}
    return image.width(), image.height(), len(colours)


def differing_pixels(a: Path, b: Path) -> float:
    """Return the share (0..1) of pixels that differ between two same-sized images."""
    from PySide6.QtGui import QImage

    first, second = QImage(str(a)), QImage(str(b))
    assert first.size() == second.size()
    differ = sum(
        first.pixel(x, y) != second.pixel(x, y)
        for y in range(first.height())
        for x in range(first.width())
    )
    return differ / (first.width() * first.height())
