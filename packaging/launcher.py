"""Entry script of the frozen app: the same as the ``briefing-app`` console script."""

from __future__ import annotations

import sys

from briefing_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
