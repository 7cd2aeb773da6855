"""The package's shape: core never imports Qt, no import cycles, small modules, few top modules.

These are the rules of the layout described in the README ("Where things live"):
imports run one way (ui -> core, features -> pack/render), ``core/`` is tested
without a display, and each feature is a package of small modules.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import briefing_app

PACKAGE = Path(briefing_app.__file__).parent
MAX_LINES = 600
MAX_TOP_MODULES = 8


def module_name(path: Path) -> str:
    """``briefing_app/core/pack/cache.py`` -> ``briefing_app.core.pack.cache``."""
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imported(name: str, path: Path) -> set[str]:
    """The app's modules that module ``name`` imports, anywhere in its body.

    ``from pkg import sub`` counts as importing ``pkg.sub`` when that is a
    module; imports under ``if TYPE_CHECKING:`` are left out (they never run).
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    type_only: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            type_only.update(id(inner) for inner in ast.walk(node))
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in type_only:
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                found.add(sub if sub in MODULES else node.module)
    return {target for target in found if target in MODULES and target != name}


GRAPH = {name: imported(name, path) for name, path in MODULES.items()}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """Return one import cycle as a list of module names (first == last), or None."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == 1:
                return [*stack[stack.index(target) :], target]
            if target not in state and (cycle := visit(target)):
                return cycle
        stack.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (cycle := visit(start)):
            return cycle
    return None


def test_no_import_cycle_between_the_apps_modules():
    assert find_cycle(GRAPH) is None, " -> ".join(find_cycle(GRAPH) or [])


def test_the_cycle_finder_finds_a_cycle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


@pytest.mark.parametrize("name", sorted(n for n in MODULES if n.startswith("briefing_app.core")))
def test_core_never_imports_qt(name):
    source = MODULES[name].read_text(encoding="utf-8")
    tree = ast.parse(source)
    qt = [
        ast.unparse(node)
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        and any(
            part.startswith(("PySide6", "PyQt", "qtawesome", "qtpy", "briefing_app.ui"))
            for part in ([node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            + [alias.name for alias in node.names]
        )
    ]
    assert not qt, f"{name} imports {qt}"


def test_no_module_is_over_600_lines():
    long = {
        name: n
        for name, path in MODULES.items()
        if (n := len(path.read_text().splitlines())) > MAX_LINES
    }
    assert not long


@pytest.mark.parametrize("side", ["core", "ui"])
def test_core_and_ui_keep_a_handful_of_modules_at_the_top_and_features_in_packages(side):
    folder = PACKAGE / side
    top = sorted(p.name for p in folder.glob("*.py") if p.name != "__init__.py")
    features = sorted(p.name for p in folder.iterdir() if (p / "__init__.py").is_file())
    assert len(top) <= MAX_TOP_MODULES, top
    assert len(features) >= 4, features


def test_module_names_do_not_repeat_their_package():
    repeats = [
        name
        for name in MODULES
        if len(parts := name.split(".")) > 3 and parts[-1].startswith(parts[-2] + "_")
    ]
    assert not repeats


def test_tests_mirror_the_feature_packages():
    tests = Path(__file__).parent
    for side in ("core", "ui"):
        for package in (PACKAGE / side).iterdir():
            if (package / "__init__.py").is_file():
                assert list((tests / side / package.name).glob("test_*.py")), (
                    f"no tests/{side}/{package.name}/"
                )
