"""Reading the values of one pack file with the format's types, reporting what is wrong.

The parsers (:mod:`briefing_app.core.pack.parse`) read ``briefing.yaml``,
front matter and ``glossary.yaml`` through a :class:`Fields` reader, which
turns each key into the type the format gives it (text, a list of text, a
mapping of text; ``docs/content-format.md``), never raises, and appends a
:class:`~briefing_app.core.pack.model.Problem` for each value it cannot use.
The rules it applies everywhere:

* a value of the wrong type is an error and is left out; its neighbours stay;
* a value the YAML reader refused (an unsupported tag, an alias;
  :class:`~briefing_app.core.pack.yamlsafe.Refused`) is reported once, at its
  line, saying what was left out;
* text made only of invisible characters (:mod:`briefing_app.core.pack.invisible`)
  counts as missing: an error for a required field (the caller says what
  happens instead), a warning for an optional one or a list item;
* an id loses its invisible characters, with a warning naming them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from briefing_app.core.pack.invisible import describe_invisible, is_blank, strip_invisible
from briefing_app.core.pack.model import Problem, Severity
from briefing_app.core.pack.yamlsafe import LineDict, LineList, Refused, YamlError

#: Refused YAML values reported one by one per file; the rest are counted in one line.
MAX_FAULTS_LISTED = 50


def kind(value: Any) -> str:
    """Return the format's word for the type of a parsed YAML value (for messages)."""
    if isinstance(value, dict):
        return "mapping"
    if isinstance(value, list):
        return "list"
    return "value"


def _where(key: str, owner: str) -> str:
    """Name the value of ``key`` for a message: ``'title'``, ``the 'aliases' of term 'SEZ'``."""
    return f"the {key!r} of {owner}" if owner else repr(key)


def empty_mapping(line: int = 1) -> LineDict:
    """Return an empty :class:`LineDict` that claims to start at ``line``."""
    mapping = LineDict()
    mapping.line, mapping.key_lines = line, {}
    return mapping


class Fields:
    """Reads the YAML values of one pack file ``rel``, appending problems to ``problems``.

    ``faults`` are the YAML faults of the file (from
    :func:`~briefing_app.core.pack.yamlsafe.parse_yaml_salvaging`); the ones no
    read met are reported by :meth:`finish`, so every fault is reported once.
    """

    def __init__(self, rel: str, problems: list[Problem], faults: Iterable[YamlError] = ()) -> None:
        self.rel = rel
        self.problems = problems
        self.faults = list(faults)
        self._reported: set[int] = set()
        self._messages: set[tuple[int | None, str]] = set()
        self._listed = 0

    def add(self, line: int | None, severity: Severity, message: str) -> None:
        """Append one problem about this file."""
        self.problems.append(Problem(self.rel, line, severity, message))

    def refused(self, value: Any, left_out: str) -> bool:
        """If ``value`` was refused by the YAML reader, report it (once) and return True.

        ``left_out`` completes the message: what the author loses until the
        fault is fixed (``"the 'definition' of term 'SEZ' is left out"``).
        """
        if not isinstance(value, Refused):
            return False
        self._report(value.fault, left_out)
        return True

    def _report(self, fault: YamlError, left_out: str = "") -> None:
        """Report ``fault`` unless it was reported, or is the same as one reported (line, message)."""
        if id(fault) in self._reported:
            return
        self._reported.add(id(fault))
        message = f"{fault.message} — {left_out}" if left_out else fault.message
        if (fault.line, message) in self._messages:  # nine aliases on one line: one problem
            return
        self._messages.add((fault.line, message))
        self._listed += 1
        if self._listed <= MAX_FAULTS_LISTED:
            self.add(fault.line, "error", message)

    def finish(self) -> None:
        """Report the faults no read met (under keys that are ignored), and how many were not listed."""
        for fault in self.faults:
            self._report(fault)
        if self._listed > MAX_FAULTS_LISTED:
            self.add(
                None,
                "error",
                f"{self._listed - MAX_FAULTS_LISTED} more YAML faults like the ones above "
                "are not listed; fix those and check again",
            )

    def unknown_keys(self, mapping: LineDict, allowed: set[str], what: str) -> None:
        """Warn about each key of ``mapping`` not in ``allowed`` (``what`` names the mapping)."""
        for key in mapping:
            if key not in allowed:
                self.add(
                    mapping.line_of(key),
                    "warning",
                    f"unknown key {key!r} in {what} is ignored; known keys: {', '.join(sorted(allowed))}",
                )

    def text(
        self, mapping: LineDict, key: str, owner: str = "", required: str | None = None
    ) -> str:
        """Return ``mapping[key]`` as stripped text, or ``""`` if it is absent or unusable.

        Args:
            mapping: the parsed mapping.
            key: the key to read.
            owner: who the key belongs to, for messages (``"term 'SEZ'"``);
                empty for the file itself.
            required: for a required field, what happens without it (``"the
                topic is titled by its id"``); the messages then say so, and
                a value made only of invisible characters is an error.  For an
                optional field (``None``) such a value is a warning.

        Problems: an error for a refused value or a value that is not text; an
        error or warning (above) for text made only of invisible characters.
        A missing key is not reported here: the caller knows what it means.
        """
        value = mapping.get(key, "")
        if type(value) is str:  # the common case first: no message is built
            value = value.strip()
            if not value or not is_blank(value):
                return value
        where = _where(key, owner)
        consequence = required or "it is left out"
        left_out = f"{where} is unusable, so {required}" if required else f"{where} is left out"
        if self.refused(value, left_out):
            return ""
        if not isinstance(value, str):
            self.add(
                mapping.line_of(key),
                "error",
                f"{where} must be text, not a {kind(value)}; {consequence}",
            )
            return ""
        value = value.strip()
        if value and is_blank(value):
            names = describe_invisible(value)
            if required is not None:
                self.add(
                    mapping.line_of(key),
                    "error",
                    f"{where} is made only of invisible characters ({names}), so it counts as "
                    f"missing and {required}; write it in visible characters",
                )
            else:
                self.add(
                    mapping.line_of(key),
                    "warning",
                    f"{where} is made only of invisible characters ({names}); it is ignored — "
                    "write visible text or remove the key",
                )
            return ""
        return value

    def text_items(
        self, mapping: LineDict, key: str, owner: str = "", ids: bool = False
    ) -> list[tuple[str, int]]:
        """Return ``mapping[key]`` as ``(text, line)`` items; a single text is a one-item list.

        Empty items are skipped; items that are not text are errors, items made
        only of invisible characters warnings, and both are left out.  With
        ``ids=True`` each item is an id: its invisible characters are removed
        (a warning names them).
        """
        value = mapping.get(key)
        if value is None:
            return []
        where = _where(key, owner)
        line = mapping.line_of(key)
        if self.refused(value, f"{where} is left out"):
            return []
        if isinstance(value, str):
            item = self._item(value, line, where, ids)
            return [] if item is None else [(item, line)]
        if not isinstance(value, LineList):
            self.add(
                line,
                "error",
                f"{where} must be a list of text, not a {kind(value)}; it is left out",
            )
            return []
        items: list[tuple[str, int]] = []
        for index, raw in enumerate(value):
            item_line = value.line_of(index)
            if isinstance(raw, Refused):
                self.refused(raw, f"that item of {where} is left out")
                continue
            if not isinstance(raw, str):
                self.add(
                    item_line,
                    "error",
                    f"each item of {where} must be text, not a {kind(raw)}; this one is left out",
                )
                continue
            item = self._item(raw, item_line, where, ids)
            if item is not None:
                items.append((item, item_line))
        return items

    def text_list(
        self, mapping: LineDict, key: str, owner: str = "", ids: bool = False
    ) -> list[str]:
        """Return ``mapping[key]`` as a list of text (see :meth:`text_items`)."""
        return [item for item, _ in self.text_items(mapping, key, owner, ids)]

    def _item(self, raw: str, line: int, where: str, ids: bool) -> str | None:
        """Return one list item stripped (an id also cleaned), or None when it is empty or blank."""
        item = raw.strip()
        if not item:
            return None
        if is_blank(item):
            self.add(
                line,
                "warning",
                f"an item of {where} is made only of invisible characters "
                f"({describe_invisible(item)}); it is ignored",
            )
            return None
        return self.ident(item, line, "id", f" in {where}") if ids else item

    def ident(self, raw: str, line: int | None, label: str, where: str = "") -> str:
        """Return the id ``raw`` stripped and without invisible characters; warn if it had any.

        ``label`` and ``where`` place the id in the message (``"topic id"``,
        ``" in the tree"``).  An id made only of invisible characters comes
        back empty without a message: the caller says what a missing id means
        there.
        """
        clean = strip_invisible(raw)
        if clean and clean != raw.strip():
            self.add(
                line,
                "warning",
                f"{label} {raw.strip()!r}{where} holds invisible characters "
                f"({describe_invisible(raw)}); it is read as {clean!r} — delete them",
            )
        return clean

    def text_mapping(
        self, mapping: LineDict, key: str, owner: str = "", what: str = "name: text"
    ) -> dict[str, str]:
        """Return ``mapping[key]``, a mapping of names to text, keeping its valid entries.

        A value that is not a mapping is an error (``what`` says what the keys
        and values are, for the message); an entry whose value is not text is an
        error and one made only of invisible characters a warning, and either
        is left out while the other entries stay.
        """
        value = mapping.get(key)
        if value is None:
            return {}
        where = _where(key, owner)
        if self.refused(value, f"{where} is left out"):
            return {}
        if not isinstance(value, LineDict):
            self.add(
                mapping.line_of(key),
                "error",
                f"{where} must be a mapping ({what}), not a {kind(value)}; it is left out",
            )
            return {}
        result: dict[str, str] = {}
        for name in value:
            text = self.text(value, name, owner=where)
            if text:
                result[str(name).strip()] = text
        return result
