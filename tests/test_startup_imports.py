"""What the app imports before its first page is painted (issue #7: do at start only what
the first paint needs).  Each run is a real ``briefing-app`` process."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefing_app.core.resources import bundled_pack_path
from tests.conftest import run_python

#: Runs the app to its first paint and prints the modules imported by then.
AT_FIRST_PAINT = """
import sys
from PySide6.QtCore import QEvent
from briefing_app.ui.window import app

quit_filter = app.QuitAfterFirstPaint.eventFilter

def list_modules(self, watched, event):
    if event.type() == QEvent.Type.Paint:
        print("modules:", " ".join(sorted(sys.modules)), flush=True)
    return quit_filter(self, watched, event)

app.QuitAfterFirstPaint.eventFilter = list_modules
from briefing_app.cli import main
sys.exit(main(["--quit-after-first-paint", *sys.argv[1:]]))
"""

#: Not needed for the first page, whether or not the pack comes from the cache.
NEVER = (
    "briefing_app.ui.search.controller",
    "briefing_app.ui.search.panel",
    "briefing_app.core.search.index",
    "briefing_app.core.brief.model",
    "briefing_app.commands.check",
    "briefing_app.commands.export",
    "qtawesome",
    "hashlib",  # the pack cache's signature is a listing, not a digest
    "briefing_app.ui.window.focus",  # F6 and the focus rings come after the first paint
    "briefing_app.ui.window.preferences",
    "briefing_app.ui.accessible",
    "briefing_app.ui.library.shelf_dialog",  # File → Library… loads it on first use
    "briefing_app.core.library.shelf",  # the library is written after the first paint
)
#: Only needed to parse and render a pack that is not cached yet.
PARSING = ("yaml", "markdown", "nh3", "briefing_app.core.pack.loader")


def modules_at_first_paint(tmp_path: Path, *args: str) -> set[str]:
    """Run the app to its first paint (in this test's own user folders); return its modules."""
    result = run_python(["-c", AT_FIRST_PAINT, *args], tmp_path)
    assert result.returncode == 0, result.stderr
    line = next(x for x in result.stdout.splitlines() if x.startswith("modules:"))
    return set(line.split()[1:])


@pytest.mark.gui
def test_the_first_page_imports_only_what_it_needs(tmp_path: Path):
    first = modules_at_first_paint(tmp_path)  # nothing cached yet: the pack comes prepared
    assert "briefing_app.ui.window.main_window" in first
    assert not first & {*NEVER, *PARSING}
    again = modules_at_first_paint(tmp_path)  # the pack and its page are in the user cache
    assert "briefing_app.ui.window.main_window" in again
    assert not again & {*NEVER, *PARSING, "briefing_app.core.pack.prepared"}


@pytest.mark.gui
def test_a_pack_that_is_not_prepared_is_parsed_for_its_first_page(tmp_path: Path):
    pack = tmp_path / "kazakhstan-bri"
    shutil.copytree(bundled_pack_path(), pack)
    topic = next((pack / "topics").glob("*.md"))
    topic.write_text(topic.read_text(encoding="utf-8") + "\nEdited.\n", encoding="utf-8")
    first = modules_at_first_paint(tmp_path, "--content", str(pack))
    assert "yaml" in first and "markdown" in first
    assert not first & set(NEVER)


#: Reports whether the cyclic garbage collector runs at the first paint and at the screenshot.
COLLECTOR = """
import gc, sys
from PySide6.QtCore import QEvent
from briefing_app.ui.window import app

watch = app.QuitAfterFirstPaint.eventFilter
seen = []

def report(self, watched, event):
    if event.type() == QEvent.Type.Paint and not seen:
        seen.append(1)
        print("at first paint:", gc.isenabled(), flush=True)
    return False

app.QuitAfterFirstPaint.eventFilter = report
shoot = app.save_screenshot

def save(window, path):
    print("at screenshot:", gc.isenabled(), flush=True)
    return shoot(window, path)

app.save_screenshot = save
from briefing_app.cli import main
code = main(sys.argv[1:])
print("after:", gc.isenabled(), flush=True)
sys.exit(code)
"""


@pytest.mark.gui
def test_the_collector_pauses_for_the_start_and_runs_again_once_the_page_is_painted(
    tmp_path: Path,
):
    shot = tmp_path / "shot.png"
    # --quit-after-first-paint installs the paint watch; --screenshot keeps the window 150 ms
    result = run_python(
        ["-c", COLLECTOR, "--quit-after-first-paint", "--screenshot", str(shot)], tmp_path
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "at first paint: False" in lines
    assert "at screenshot: True" in lines
    assert lines[-1] == "after: True"


#: Runs the app to the end of its first frame; prints the Python enums PySide6 made by then.
ENUMS_AT_FIRST_FRAME = """
import enum, sys
made = []
create = enum.EnumType._create_  # the functional API, which PySide6 makes its enums with

def record(cls, *args, **kwargs):
    kind = create(cls, *args, **kwargs)
    made.append(kind)
    return kind

enum.EnumType._create_ = record
from PySide6.QtCore import QEvent, QTimer
from briefing_app.ui.window import app

quit_filter = app.QuitAfterFirstPaint.eventFilter

def report():  # queued at the reader's paint: runs once the whole frame is painted
    print("enums:", " ".join(sorted(kind.__qualname__ for kind in made)), flush=True)

def watch(self, watched, event):
    if event.type() == QEvent.Type.Paint:
        QTimer.singleShot(0, report)
    return quit_filter(self, watched, event)

app.QuitAfterFirstPaint.eventFilter = watch
from briefing_app.cli import main
sys.exit(main(["--quit-after-first-paint"]))
"""


def enums_at_first_frame(tmp_path: Path) -> list[str]:
    """Run the app to the end of its first frame; return the qualified names of the enums
    PySide6 created by then."""
    result = run_python(["-c", ENUMS_AT_FIRST_FRAME], tmp_path)
    assert result.returncode == 0, result.stderr
    line = next(x for x in result.stdout.splitlines() if x.startswith("enums:"))
    return line.split()[1:]


@pytest.mark.gui
def test_a_start_with_saved_state_paints_its_first_frame_without_the_qt_namespace(
    tmp_path: Path,
):
    """``Qt``'s 98 enums cost about 20 ms, which a bare window never pays (see qt_ints)."""
    first = enums_at_first_frame(tmp_path)  # no saved state: docks go to their default areas
    assert "QEvent.Type" in first, "the enum hook saw PySide6 make its enums"
    assert "Qt.DockWidgetArea" in first
    again = enums_at_first_frame(tmp_path)  # the layout the first run saved is restored
    assert "QEvent.Type" in again
    assert [name for name in again if name.startswith("Qt.")] == []
