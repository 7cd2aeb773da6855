"""Prepare the bundled pack for a fast first start: ``resources/prepared/<pack>.pickle``.

    python packaging/prepare_pack.py

Parses the bundled pack and renders its pages once, here, so that the app's
first start after installing need not (:mod:`briefing_app.core.pack.prepared`).
Run it again after editing the bundled pack, changing how pages render, or
changing the version; a test fails, naming this command, while the shipped
file does not match.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    """Write the prepared file of the bundled pack; return 0."""
    from briefing_app.core.pack.prepared import prepared_path, write_prepared
    from briefing_app.core.resources import bundled_pack_path

    destination = prepared_path()
    write_prepared(bundled_pack_path(), destination)
    print(f"wrote {destination.relative_to(ROOT)} ({destination.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
