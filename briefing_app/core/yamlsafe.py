"""Strict, safe YAML parsing for pack files, with line numbers.

Pack files are written by people and shared between organisations, so the
parser here is stricter than PyYAML's ``safe_load``:

* only the safe constructors (``yaml.SafeLoader``); a tag such as
  ``!!python/object/apply`` is refused, never run;
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

from typing import Any

import yaml
from yaml.constructor import ConstructorError
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


class _PackLoader(yaml.SafeLoader):
    """SafeLoader with string-only scalars, no aliases and no duplicate keys."""

    line_offset = 0

    def _line(self, node: Node) -> int:
        return node.start_mark.line + 1 + self.line_offset

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise YamlError(
                "YAML aliases (*name) are not allowed in packs; write the value out in full",
                event.start_mark.line + 1 + self.line_offset,
            )
        return super().compose_node(parent, index)

    def construct_pack_mapping(self, node: MappingNode) -> LineDict:
        result = LineDict()
        result.line = self._line(node)
        result.key_lines = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                raise YamlError("a mapping key must be plain text", self._line(key_node))
            key = str(self.construct_scalar(key_node))
            if key in result.key_lines:
                raise YamlError(
                    f"duplicate key {key!r} (first on line {result.key_lines[key]}); "
                    "remove one of them",
                    self._line(key_node),
                )
            result.key_lines[key] = self._line(key_node)
            result[key] = self.construct_object(value_node, deep=True)
        return result

    def construct_pack_sequence(self, node: SequenceNode) -> LineList:
        result = LineList(self.construct_object(child, deep=True) for child in node.value)
        result.line = self._line(node)
        result.item_lines = [self._line(child) for child in node.value]
        return result

    def construct_pack_scalar(self, node: ScalarNode) -> str:
        return str(self.construct_scalar(node))


# Every plain scalar stays a string: drop the implicit resolvers (bool, int,
# float, null, timestamp, ...), keep the explicit mapping/sequence/string ones.
_PackLoader.yaml_implicit_resolvers = {}
_PackLoader.add_constructor("tag:yaml.org,2002:map", _PackLoader.construct_pack_mapping)
_PackLoader.add_constructor("tag:yaml.org,2002:seq", _PackLoader.construct_pack_sequence)
_PackLoader.add_constructor("tag:yaml.org,2002:str", _PackLoader.construct_pack_scalar)
for _tag in ("bool", "int", "float", "null", "timestamp", "binary", "omap", "pairs", "set"):
    _PackLoader.add_constructor(f"tag:yaml.org,2002:{_tag}", _PackLoader.construct_pack_scalar)


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
    loader = _PackLoader(text)
    loader.line_offset = line_offset
    try:
        return loader.get_single_data()
    except YamlError:
        raise
    except ConstructorError as exc:
        mark = exc.problem_mark
        line = mark.line + 1 + line_offset if mark else None
        tag = getattr(exc, "problem", "") or ""
        raise YamlError(
            f"unsupported YAML tag ({tag}); packs allow plain values, lists and mappings only",
            line,
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
        context = f" {exc.context}" if exc.context else ""
        raise YamlError(
            f"invalid YAML: {reason}{context}; check the indentation and quoting here",
            line,
        ) from None
    except yaml.YAMLError as exc:
        raise YamlError(f"invalid YAML: {exc}", None) from None
    finally:
        loader.dispose()
