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


def test_the_light_import_scan_is_in_place_and_answers_as_pysides_own(tmp_path):
    import importlib.util
    import inspect

    from briefing_app.ui import import_scan

    feature = sys.modules.get("shibokensupport.feature")
    if not callable(getattr(feature, "_mod_uses_pyside", None)):
        pytest.skip("this PySide6 has no per-import source scan to lighten")
    light = feature._mod_uses_pyside
    assert getattr(light, import_scan._LIGHT, False)  # importing briefing_app.ui did it
    assert import_scan.lighten()
    assert feature._mod_uses_pyside is light  # not wrapped a second time

    (tmp_path / "mentions_qt.py").write_text("# drawn with PySide6\nvalue = 1\n")
    (tmp_path / "plain.py").write_text("value = 2\n")
    samples = [sys.modules[name] for name in ("json", "pathlib")]
    for name in ("mentions_qt", "plain"):
        spec = importlib.util.spec_from_file_location(name, tmp_path / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        samples.append(module)
    answers = {module.__name__: light(module) for module in samples}
    assert answers == {m.__name__: "PySide6" in inspect.getsource(m) for m in samples}
    assert answers["mentions_qt"]
    assert not answers["plain"] and not answers["json"]
    assert light(sys) is False  # a built-in module: PySide6's own answer
    # The app's own modules are not read: they import PySide6 but never use __feature__.
    assert light(sys.modules["briefing_app.ui.reader.browser"]) is False


def test_no_module_of_the_app_uses_pysides_feature_switches():
    """The light scan answers "no" for the app's modules unread (briefing_app.ui.import_scan):
    that is right only while none of them selects a ``__feature__`` (snake_case, true_property)."""
    from pathlib import Path

    import briefing_app

    package = Path(briefing_app.__file__).parent
    users = [
        str(path.relative_to(package))
        for path in package.rglob("*.py")
        if path.name != "import_scan.py" and "__feature__" in path.read_text(encoding="utf-8")
    ]
    assert users == []


def test_the_standard_library_is_told_apart_from_packages_installed_inside_it():
    import json
    import os

    from briefing_app.ui.import_scan import in_stdlib

    assert in_stdlib(json.__file__) and in_stdlib(os.__file__)
    stdlib = os.path.dirname(os.__file__)
    for packages in ("site-packages", "dist-packages"):
        assert not in_stdlib(os.path.join(stdlib, packages, "PySide6", "__init__.py"))
    assert not in_stdlib(sys.modules["briefing_app.ui.reader.browser"].__file__)
