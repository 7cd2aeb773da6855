"""``briefing-app self-test [--json]``: check that this installation works.

Runs the checks of :mod:`briefing_app.ui.self_test` (the desktop platform
plugin of this session and its system libraries, package metadata, data
folders, the bundled pack, the icon font, the SVG and JPEG image plugins, ICU
collation, print support) and prints one ``ok``/``FAIL`` line per check, or
with ``--json`` one object ``{"ok": bool, "checks": [{"name", "ok", "detail"}]}``.
Exit 0 if every check passed, else 1.  With no display (no ``DISPLAY`` or
``WAYLAND_DISPLAY``) and no ``QT_QPA_PLATFORM``, or when the session's
platform plugin lacks libraries (reported by name), the checks run on Qt's
offscreen platform instead of failing to start.
"""

from __future__ import annotations

import argparse
import json
import os
import sys


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add ``--json`` to the ``self-test`` subparser."""
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def run(args: argparse.Namespace) -> int:
    """Run the checks, print them, return 0 if all passed else 1."""
    if not any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from briefing_app.ui.self_test import run_checks

    checks = run_checks()
    ok = all(check.ok for check in checks)
    if args.json:
        report = {"ok": ok, "checks": [check.as_dict() for check in checks]}
        json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for check in checks:
            print(f"{'ok  ' if check.ok else 'FAIL'}  {check.name}: {check.detail}")
    return 0 if ok else 1
