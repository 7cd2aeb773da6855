"""Nothing typed is lost when the app is killed: type a note in a real process, wait for
the save, SIGKILL the process, start the app again and find the note."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from briefing_app.core.user.store import UserStore, default_path

DRIVER = Path(__file__).with_name("notes_driver.py")
NOTE = "Freight volumes at Altynkol? — Хоргос 霍尔果斯"


def run_driver(*args: str, **kwargs) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, str(DRIVER), *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        **kwargs,
    )


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_note_survives_sigkill():
    typing = run_driver("type", "khorgos", NOTE)
    lines: list[str] = []
    saved = threading.Event()

    def read() -> None:
        assert typing.stdout is not None
        for line in typing.stdout:
            lines.append(line.strip())
            if line.strip() == "SAVED":
                saved.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        assert saved.wait(timeout=60), f"no save reported: {lines} {typing.stderr}"
        assert typing.poll() is None, "the app is still running when it is killed"
        os.kill(typing.pid, signal.SIGKILL)
        assert typing.wait(timeout=30) == -signal.SIGKILL
    finally:
        if typing.poll() is None:
            typing.kill()
    assert lines[:2] == ["TYPED", "SAVED"]

    again = run_driver("read", "khorgos")
    out, err = again.communicate(timeout=60)
    assert again.returncode == 0, err
    assert json.loads(out.strip().splitlines()[-1]) == NOTE



def test_a_clean_quit_leaves_every_note_in_the_main_file_while_another_copy_runs(tmp_path: Path):
    """With a second Briefing open on the file, the quitting one is not the last connection, so
    SQLite's own checkpoint-at-last-close does not run: the app's explicit checkpoint must."""
    other = UserStore.open(default_path())  # another copy of Briefing, idle
    try:
        quitting = run_driver("quit", "khorgos", NOTE)
        out, err = quitting.communicate(timeout=60)
        assert quitting.returncode == 0, err
        assert out.split() == ["TYPED", "SAVED"], "closing the window saved the note"
        copy = tmp_path / "copy" / "briefing.sqlite3"
        copy.parent.mkdir()
        shutil.copy(default_path(), copy)  # the main file alone, as a backup tool copies it
        assert UserStore.open(copy).note("kazakhstan-bri", "khorgos") == NOTE
    finally:
        other.close()
    data = default_path().parent
    assert sorted(p.name for p in data.iterdir()) == ["briefing.sqlite3"], "no -wal or -shm left"
