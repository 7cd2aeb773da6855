"""Strict, safe YAML parsing for pack files, with line numbers.

Pack files are written by people and shared between organisations, so the
parser here is stricter than PyYAML's ``safe_load``:

* nothing is constructed but text, lists and mappings: PyYAML only composes
  the node graph, and a tag such as ``!!python/object/apply`` is refused,
  never run;
* a duplicate key in any mapping is an error (PyYAML silently keeps the last
  one; YAML 1.2 §3.2.1.1 says keys must be unique); the first one is used;
* aliases (``*name``) are refused, which also rules out "billion laughs"
  alias bombs;
* every plain scalar stays the string the author wrote: ``no``, ``1.10`` and
  ``2022-09-17`` are not turned into a bool, a float or a date, because every
  value of the pack format is text (``docs/content-format.md``);
* a tab used for indentation gets a message that says "tab".

Mappings come back as :class:`LineDict` and sequences as :class:`LineList`, so
that the loader can point at the line of any key or item.  A refused value
(tag, alias, depth) is refused *where it stands*: :func:`parse_yaml_salvaging`
puts a :class:`Refused` in its place and keeps the rest of the document, so
one bad glossary definition costs that definition, not the glossary.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
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


def _written(tag: str) -> str:
    """Return ``tag`` as an author writes it: ``!!python/object`` for ``tag:yaml.org,2002:python/object``."""
    prefix = "tag:yaml.org,2002:"
    return "!!" + tag[len(prefix) :] if tag.startswith(prefix) else tag


#: Deepest nesting of lists and mappings accepted (a topic tree level takes two).
MAX_DEPTH = 100


@dataclass(eq=False)
class Refused:
    """Stands in for a node the pack rules refuse: an unsupported tag, an alias, too deep.

    The node is never constructed (nothing in it is even read as text); the
    rest of the document around it is kept.  ``fault`` says where and why, and
    is also in the :class:`Salvaged` result's ``faults``, so that a parser
    that meets the value can report it with what was left out, and report the
    faults it never met (under a key it ignores) as they are.
    """

    fault: YamlError

    @property
    def line(self) -> int | None:
        """The 1-based line of the refused value (or of the key that refers to it)."""
        return self.fault.line


@dataclass
class Salvaged:
    """A parsed document with its refused parts left in place (see :func:`parse_yaml_salvaging`).

    Attributes:
        value: ``LineDict``, ``LineList``, ``str``, :class:`Refused` or ``None``
            (an empty document); refused nodes are :class:`Refused` values, a
            duplicate key keeps its first value, a non-text key is left out.
        faults: every fault found, in document order (a refused node, a
            duplicate key, a non-text key).
    """

    value: Any
    faults: list[YamlError] = field(default_factory=list)


class _Builder:
    """Turns a composed YAML node graph into LineDict/LineList/str values.

    Composing (done by PyYAML) keeps one node for an anchor and its aliases, so
    meeting a node twice means an alias: refused here, which bounds the work
    of an alias bomb to the size of the text.  A refused node becomes a
    :class:`Refused` value where it stands and its fault is recorded, so one
    bad value costs only itself (``docs/content-format.md``, "YAML rules").
    """

    def __init__(self, line_offset: int, text: str = "") -> None:
        self.line_offset = line_offset
        self.text = text
        self.seen: set[int] = set()
        self.faults: list[YamlError] = []
        self._aliases: dict[tuple[int, int], list[int]] | None = None

    def alias_line(self, node: Node, where: int | None) -> int:
        """Return the line of the alias that refers to ``node`` here (met after line ``where``).

        The composed graph keeps no trace of an alias (it *is* the anchored
        node), so the text's events are read again, once, the first time an
        alias is met: each anchored node's position maps to its aliases' lines.
        """
        if self._aliases is None:
            self._aliases = {}
            anchors: dict[str, tuple[int, int]] = {}
            # the text composed, so it parses: an error here is never expected
            with contextlib.suppress(yaml.YAMLError):
                for event in yaml.parse(self.text, Loader=_Composer):
                    mark, anchor = event.start_mark, getattr(event, "anchor", None)
                    if mark is None or not anchor:
                        continue
                    if not isinstance(event, yaml.AliasEvent):
                        anchors[anchor] = (int(mark.line), int(mark.column))
                    elif anchor in anchors:
                        line = int(mark.line) + 1 + self.line_offset
                        self._aliases.setdefault(anchors[anchor], []).append(line)
        lines = self._aliases.get((int(node.start_mark.line), int(node.start_mark.column)), [])
        for index, line in enumerate(lines):
            if where is None or line >= where:
                return lines.pop(index)
        return where or self.line(node)

    def line(self, node: Node) -> int:
        return int(node.start_mark.line) + 1 + self.line_offset

    def refuse(self, message: str, line: int | None) -> Refused:
        fault = YamlError(message, line)
        self.faults.append(fault)
        return Refused(fault)

    def build(self, node: Node, where: int | None = None, depth: int = 0) -> Any:
        """Return the value of ``node``; ``where`` is the line that refers to it (for aliases)."""
        if id(node) in self.seen:
            return self.refuse(
                "YAML aliases (*name) are not allowed in packs; write the value out in full",
                self.alias_line(node, where),
            )
        self.seen.add(id(node))
        if depth > MAX_DEPTH:
            return self.refuse(
                f"values are nested more than {MAX_DEPTH} levels deep; flatten this part",
                self.line(node),
            )
        if node.tag not in _CORE_TAGS:
            return self.refuse(
                f"unsupported YAML tag {_written(node.tag)!r}; packs allow plain values, lists "
                "and mappings only",
                self.line(node),
            )
        if isinstance(node, ScalarNode):
            return str(node.value)
        if isinstance(node, SequenceNode):
            items = LineList()
            items.line = self.line(node)
            items.item_lines = []
            for child in node.value:
                item = self.build(
                    child, items.item_lines[-1] if items.item_lines else items.line, depth + 1
                )
                items.append(item)
                refused_line = item.line if isinstance(item, Refused) else None
                items.item_lines.append(refused_line or self.line(child))
            return items
        assert isinstance(node, MappingNode)
        mapping = LineDict()
        mapping.line = self.line(node)
        mapping.key_lines = {}
        for key_node, value_node in node.value:
            if isinstance(key_node, ScalarNode):
                if id(key_node) in self.seen:  # an alias used as a key, or a key used by one
                    self.refuse(
                        "YAML aliases (*name) are not allowed in packs; write the value out in full",
                        self.alias_line(key_node, mapping.line),
                    )
                    self._discard(key_node, value_node, depth)
                    continue
                self.seen.add(id(key_node))
            if not isinstance(key_node, ScalarNode) or key_node.tag not in _CORE_TAGS:
                self.refuse(
                    "a mapping key must be plain text; this key and its value are left out",
                    self.line(key_node),
                )
                self._discard(key_node, value_node, depth)
                continue
            key = str(key_node.value)
            if key in mapping.key_lines:
                self.refuse(
                    f"duplicate key {key!r} (first on line {mapping.key_lines[key]}); "
                    "remove one of them (the first is used)",
                    self.line(key_node),
                )
                self._discard(key_node, value_node, depth)
                continue
            mapping.key_lines[key] = self.line(key_node)
            mapping[key] = self.build(value_node, mapping.key_lines[key], depth + 1)
        return mapping

    def _discard(self, key_node: Node, value_node: Node, depth: int) -> None:
        """Walk a left-out key and value: faults in them are still found, aliases still refused."""
        line = self.line(key_node)
        if not isinstance(key_node, ScalarNode):
            self.build(key_node, line, depth + 1)
        self.build(value_node, line, depth + 1)


def _tab_line(text: str) -> int | None:
    """Return the 1-based line of the first line indented with a tab, if any."""
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.lstrip(" ")
        if stripped.startswith("\t"):
            return number
    return None


def parse_yaml(text: str, line_offset: int = 0) -> Any:
    """Parse one YAML document under the pack rules above, refusing it whole on any fault.

    Args:
        text: the YAML source (already decoded; no BOM).
        line_offset: added to every line number, for YAML embedded in a
            larger file (front matter starting below line 1).

    Returns:
        ``LineDict``, ``LineList``, ``str``, or ``None`` for an empty document.

    Raises:
        YamlError: on any syntax error, duplicate key, alias or unsafe tag,
            with the line and a message for the author (the first fault).
            The pack parsers use :func:`parse_yaml_salvaging`, which keeps
            what is valid around such faults.
    """
    salvaged = parse_yaml_salvaging(text, line_offset)
    if salvaged.faults:
        raise salvaged.faults[0]
    return salvaged.value


def parse_yaml_salvaging(text: str, line_offset: int = 0) -> Salvaged:
    """Parse one YAML document, refusing bad values where they stand and keeping the rest.

    A value with an unsupported tag, an alias, or nesting deeper than
    :data:`MAX_DEPTH` becomes a :class:`Refused` value; a duplicate key keeps
    its first value; a key that is not plain text is left out with its value.
    Each such fault is in the result's ``faults``.  Nothing is ever
    constructed, whatever the tag.

    Args:
        text: the YAML source (already decoded; no BOM).
        line_offset: added to every line number (front matter starts on line 2).

    Returns:
        A :class:`Salvaged` document.

    Raises:
        YamlError: when the text is not YAML at all (a syntax error, a tab
            used for indentation, nesting too deep to compose): then no part
            of it can be trusted.
    """
    loader = _Composer(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return Salvaged(None)
        builder = _Builder(line_offset, text)
        value = builder.build(node)
        return Salvaged(value, builder.faults)
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
