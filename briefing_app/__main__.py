"""``python -m briefing_app``: the same as the ``briefing-app`` command."""

from __future__ import annotations

import sys

from briefing_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
