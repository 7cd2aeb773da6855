"""Strict, safe YAML parsing for pack files, with line numbers.

Pack files are written by people and shared between organisations, so the
parser here is stricter than PyYAML's ``safe_load``:

* nothing is constructed but text, lists and mappings: PyYAML only composes
  the node graph, and a tag such as ``!!python/object/apply`` is refused,
  never run;
* a duplicate key in any mapping is an error (PyYAML silently keeps the last
  one; YAML 1.2 §3.2.1.1 says keys must be unique);
* aliases (``*name``) are refused, which also rules out "billion laughs"
  alias bombs;
* every plain scalar stays the string the author wrote: ``no``, ``1.10`` and
  ``2022-09-17`` are not turned into a bool, a float or a date, because every
  value of the pack format is text (``docs/content-format.md``);
* a tab used for indentation gets a message that says "tab".

Mappings come back as :class:`LineDict` and sequences as :class:`LineList`, so
that the loader can point at the line of any key or item.
"""

from __future__ import annotations

from typing import Any, ClassVar

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode


class YamlError(Exception):
    """A YAML text could not be parsed.

    Attributes:
        line: 1-based line of the fault in the parsed text (plus the offset
            given to :func:`parse_yaml`), or ``None`` if unknown.
        message: a sentence for the author, saying what to do.
    """

    def __init__(self, message: str, line: int | None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


class LineDict(dict[str, Any]):
    """A mapping that remembers the line of itself and of each key.

    ``line`` is the 1-based line where the mapping starts; ``key_lines`` maps
    each key to the 1-based line where it is written.
    """

    line: int = 0
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        """Return the line of ``key``, or the mapping's own line if it is absent."""
        return self.key_lines.get(key, self.line)


class LineList(list[Any]):
    """A sequence that remembers its line and each item's line (1-based)."""

    line: int = 0
    item_lines: list[int]

    def line_of(self, index: int) -> int:
        """Return the line of item ``index``, or the sequence's own line."""
        if 0 <= index < len(self.item_lines):
            return self.item_lines[index]
        return self.line


#: libyaml's composer when PyYAML was built with it (much faster), else the pure-Python one.
class _Composer(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """The composer, with no implicit tag resolution: every plain scalar stays text."""

    yaml_implicit_resolvers: ClassVar[dict[Any, Any]] = {}


#: Tags of the YAML core schema; their scalars are kept as the text written.
_CORE_TAGS = {
    f"tag:yaml.org,2002:{name}"
    for name in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")
}


#: Deepest nesting of lists and mappings accepted (a topic tree level takes two).
MAX_DEPTH = 100


class _Builder:
    """Turns a composed YAML node graph into LineDict/LineList/str values.

    Composing (done by PyYAML) keeps one node for an anchor and its aliases, so
    meeting a node twice means an alias: refused here, which bounds the work
    of an alias bomb to the size of the text.
    """

    def __init__(self, line_offset: int) -> None:
        self.line_offset = line_offset
        self.seen: set[int] = set()

    def line(self, node: Node) -> int:
        return int(node.start_mark.line) + 1 + self.line_offset

    def build(self, node: Node, where: int | None = None, depth: int = 0) -> Any:
        """Return the value of ``node``; ``where`` is the line that refers to it (for aliases)."""
        if depth > MAX_DEPTH:
            raise YamlError(
                f"values are nested more than {MAX_DEPTH} levels deep; flatten this part",
                self.line(node),
            )
        if id(node) in self.seen:
            raise YamlError(
                "YAML aliases (*name) are not allowed in packs; write the value out in full",
                where or self.line(node),
            )
        self.seen.add(id(node))
        if node.tag not in _CORE_TAGS:
            raise YamlError(
                f"unsupported YAML tag {node.tag!r}; packs allow plain values, lists and mappings only",
                self.line(node),
            )
        if isinstance(node, ScalarNode):
            return str(node.value)
        if isinstance(node, SequenceNode):
            items = LineList(self.build(child, self.line(node), depth + 1) for child in node.value)
            items.line = self.line(node)
            items.item_lines = [self.line(child) for child in node.value]
            return items
        assert isinstance(node, MappingNode)
        mapping = LineDict()
        mapping.line = self.line(node)
        mapping.key_lines = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode) or key_node.tag not in _CORE_TAGS:
                raise YamlError("a mapping key must be plain text", self.line(key_node))
            key = str(key_node.value)
            if key in mapping.key_lines:
                raise YamlError(
                    f"duplicate key {key!r} (first on line {mapping.key_lines[key]}); "
                    "remove one of them",
                    self.line(key_node),
                )
            mapping.key_lines[key] = self.line(key_node)
            mapping[key] = self.build(value_node, mapping.key_lines[key], depth + 1)
        return mapping


def _tab_line(text: str) -> int | None:
    """Return the 1-based line of the first line indented with a tab, if any."""
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.lstrip(" ")
        if stripped.startswith("\t"):
            return number
    return None


def parse_yaml(text: str, line_offset: int = 0) -> Any:
    """Parse one YAML document under the pack rules above.

    Args:
        text: the YAML source (already decoded; no BOM).
        line_offset: added to every line number, for YAML embedded in a
            larger file (front matter starting below line 1).

    Returns:
        ``LineDict``, ``LineList``, ``str``, or ``None`` for an empty document.

    Raises:
        YamlError: on any syntax error, duplicate key, alias or unsafe tag,
            with the line and a message for the author.
    """
    loader = _Composer(text)
    try:
        node = loader.get_single_node()
        return None if node is None else _Builder(line_offset).build(node)
    except YamlError:
        raise
    except RecursionError:
        raise YamlError(
            "values are nested too deeply to read; flatten this part of the file", None
        ) from None
    except yaml.MarkedYAMLError as exc:
        tab = _tab_line(text)
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 + line_offset if mark else None
        if tab is not None and (line is None or tab + line_offset <= line):
            raise YamlError(
                "a tab is used for indentation; YAML allows spaces only, replace the tab",
                tab + line_offset,
            ) from None
        reason = exc.problem or "invalid YAML"
        start = exc.context_mark
        if (
            exc.context
            and start is not None
            and line is not None
            and start.line + 1 + line_offset < line
        ):
            raise YamlError(
                f"invalid YAML: {exc.context} that starts here, {reason} on line {line}; "
                "check that its quotes and brackets are closed",
                start.line + 1 + line_offset,
            ) from None
        context = f" {exc.context}" if exc.context else ""
        raise YamlError(
            f"invalid YAML: {reason}{context}; check the indentation and quoting here",
            line,
        ) from None
    except yaml.YAMLError as exc:
        raise YamlError(f"invalid YAML: {exc}", None) from None
    finally:
        loader.dispose()
