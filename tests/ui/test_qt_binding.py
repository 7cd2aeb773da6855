"""The Qt binding itself: a regression that would crash a long session is caught here."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    happened = Signal(int)


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="True is immortal from Python 3.12")
def test_emitting_a_signal_keeps_the_references_to_true(qapp):
    # PySide6 6.12.0 dropped a reference to True on every emit(); after a few
    # thousand emits the interpreter aborted with "bool_dealloc".
    emitter = _Emitter()
    emitter.happened.connect(lambda _value: None)
    before = sys.getrefcount(True)
    for value in range(500):
        emitter.happened.emit(value)
    assert sys.getrefcount(True) >= before - 10
