"""The content model: a pack, its topics, its sidebar tree and its glossary.

Plain dataclasses and a plain Python tree, with no Qt and no I/O.  The
loader (:mod:`briefing_app.core.pack.loader`) builds them from a pack folder;
everything else reads them.  The pack format is described in
``docs/content-format.md``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a pack, found by the loader or the checks.

    Attributes:
        file: path of the offending file relative to the pack folder, with
            forward slashes (``topics/khorgos.md``); ``"."`` for the pack
            folder itself.
        line: 1-based line number in that file, or ``None`` where no single
            line is to blame (a missing file, say).
        severity: ``"error"`` (the item was left out or is unusable) or
            ``"warning"`` (the item is shown but something should be fixed).
        message: one sentence saying what is wrong and what to do.
        missing_topic: for a reference to a topic that does not exist (a link, a
            glossary term's, a timeline event's or a place's ``topics``), that topic's
            id; "" for any other problem.  Lets a reader group the references to a
            topic that was left out (a pack file's altered topic) into one line.
    """

    file: str
    line: int | None
    severity: Severity
    message: str
    missing_topic: str = field(default="", compare=False)

    def format(self) -> str:
        """Return the problem as one ``FILE:LINE: SEVERITY: MESSAGE`` line.

        The shape is the one compilers use (GNU Coding Standards, "Formatting
        Error Messages"), so editors can jump to the place.  The line part is
        left out where the line is unknown.  Characters that would break the
        line (a newline in a file name) are written as escapes (``\\n``).
        """
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return _one_line(f"{where}: {self.severity}: {self.message}")

    def as_dict(self) -> dict[str, object]:
        """Return the problem as a JSON-ready mapping (file, line, severity, message)."""
        return {
            "file": self.file,
            "line": self.line,
            "severity": self.severity,
            "message": self.message,
        }


@dataclass
class Topic:
    """One briefing note: front matter plus a Markdown body.

    Attributes:
        id: the topic id, the file name of ``topics/<id>.md`` without suffix.
        title: the heading shown in the tree and the pane.
        summary: a one-line summary (plain text, may be empty).
        tags: free keywords.
        key_facts: Markdown strings, one per fact.
        talking_points: Markdown strings, one per point.
        related: ids of related topics, in the author's order.
        sources: citations, e.g. the section of the source article drawn on.
        body: the Markdown body after the front matter (str, no BOM).
        path: the file relative to the pack folder (``topics/<id>.md``).
        body_line: the 1-based line of the file where the body starts.
        related_lines: related id to the line it is written on (for problems).
    """

    id: str
    title: str
    summary: str = ""
    tags: list[str] = field(default_factory=list)
    key_facts: list[str] = field(default_factory=list)
    talking_points: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    body: str = ""
    path: str = ""
    body_line: int = 1
    related_lines: dict[str, int] = field(default_factory=dict, repr=False)


class LazyTopic(Topic):
    """Base of the topics that read some fields only when asked for them (a body kept in the
    cache file, :class:`~briefing_app.core.pack.bodies.StoredTopic`; a topic of a big pack's
    outline, :class:`~briefing_app.core.pack.outline.OutlineTopic`).  Such a topic compares
    and pickles as the plain :class:`Topic` it stands for."""

    def __eq__(self, other: object) -> bool:
        """Equal to any topic, lazy or not, with the same fields (read to compare)."""
        if not isinstance(other, Topic):
            return NotImplemented
        return all(getattr(self, f.name) == getattr(other, f.name) for f in fields(Topic))

    __hash__ = None  # type: ignore[assignment]  # mutable, as Topic

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle as a plain :class:`Topic`, every field read."""
        return (Topic, tuple(getattr(self, item.name) for item in fields(Topic)))


@dataclass(eq=False)
class TreeNode:
    """A node of the sidebar tree: a topic id and its children, in order.

    ``parent`` is ``None`` for top-level nodes.  Nodes compare by identity, so
    the same topic id can never be confused with another node of the tree.
    """

    topic_id: str
    children: list[TreeNode] = field(default_factory=list)
    parent: TreeNode | None = field(default=None, repr=False)

    def walk(self) -> Iterator[TreeNode]:
        """Yield this node and then its descendants, depth first, in order."""
        yield self
        for child in self.children:
            yield from child.walk()

    def ancestors(self) -> list[TreeNode]:
        """Return the chain of parents from the root down to (not including) this node."""
        chain: list[TreeNode] = []
        node = self.parent
        while node is not None:
            chain.append(node)
            node = node.parent
        chain.reverse()
        return chain


@dataclass
class Term:
    """A glossary term.

    Attributes:
        id: a stable id (given, or derived from the term by :func:`slugify`).
        term: the headword as shown (``"Belt and Road Initiative"``).
        aliases: other spellings and acronyms (``["BRI", "One Belt, One Road"]``).
        translations: language code (``ru``, ``kk``, ``zh``, ...) to the name
            in that language.
        definition: Markdown text.
        topics: ids of topics the author says the term concerns.
        line: the 1-based line in ``glossary.yaml`` where the term starts.
    """

    id: str
    term: str
    aliases: list[str] = field(default_factory=list)
    translations: dict[str, str] = field(default_factory=dict)
    definition: str = ""
    topics: list[str] = field(default_factory=list)
    line: int | None = None

    def names(self) -> list[str]:
        """Return every name of the term: headword, aliases, then translations."""
        return [self.term, *self.aliases, *self.translations.values()]


@dataclass
class PackInfo:
    """The metadata of ``briefing.yaml`` (all strings, as the author wrote them)."""

    id: str = ""
    title: str = ""
    subtitle: str = ""
    language: str = "en"
    version: str = ""
    updated: str = ""
    source: dict[str, str] = field(default_factory=dict)
    classification: str = ""
    #: Who the pack is written for; "we" in its text means them.
    audience: str = ""
    #: The date the pack's facts were last checked against events (YYYY-MM-DD).
    facts_as_of: str = ""


#: The kinds of place a map marks, each drawn in its own way.
PLACE_KINDS = ("capital", "city", "border crossing", "dry port", "seaport", "SEZ")
#: The kinds of route a map draws.
ROUTE_KINDS = ("rail", "road", "sea", "pipeline")


@dataclass
class TimelineEvent:
    """One dated event, or a period when ``end`` is given.

    Attributes:
        date: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, a real calendar date.
        title: one line.
        text: Markdown, may be empty.
        topics: ids of the topics that tell more.
        end: the period's last date, in the same shapes, or "" for an event.
        line: the line of ``timeline.yaml`` the entry starts on.
    """

    date: str
    title: str
    text: str = ""
    topics: list[str] = field(default_factory=list)
    end: str = ""
    line: int = 0


@dataclass
class Place:
    """A named place on the map.

    Attributes:
        id: lowercase letters, digits and hyphens.
        name: the English name.
        names: the name by language code (``ru``, ``kk``, ``zh``).
        lat: latitude in decimal degrees, WGS84, -90 to 90.
        lon: longitude in decimal degrees, WGS84, -180 to 180.
        kind: one of :data:`PLACE_KINDS`.
        topics: ids of the topics about it.
        line: the line of ``places.yaml`` the entry starts on.
    """

    id: str
    name: str
    lat: float
    lon: float
    kind: str = "city"
    names: dict[str, str] = field(default_factory=dict)
    topics: list[str] = field(default_factory=list)
    line: int = 0


@dataclass
class Route:
    """A corridor: places in order along it.

    Attributes:
        id: lowercase letters, digits and hyphens.
        name: one line.
        kind: one of :data:`ROUTE_KINDS`.
        places: place ids in order, at least two.
        topics: ids of the topics about it.
        line: the line of ``places.yaml`` the entry starts on.
    """

    id: str
    name: str
    kind: str
    places: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    line: int = 0


@dataclass
class Pack:
    """A loaded content pack: what is valid, plus the problems found.

    Attributes:
        root: the pack folder.
        info: metadata from ``briefing.yaml``.
        topics: topic id to topic, for every topic that loaded.
        tree: the top-level nodes of the sidebar tree, in order; only
            topics that loaded appear in it.
        terms: the glossary terms, in file order.
        problems: everything the loader found wrong, in the order found.
        signature: a digest of the pack's files when it was loaded through
            :mod:`briefing_app.core.pack.cache` (else empty); keys page caches.
        timeline, places, routes: the optional ``timeline.yaml`` and ``places.yaml``
            (:class:`TimelineEvent`, :class:`Place`, :class:`Route`); empty when the pack has none.
        complete: False for a preview of a big pack (see
            :func:`~briefing_app.core.pack.loader.load_preview`, one topic, and
            :func:`~briefing_app.core.pack.outline.load_outline`, every topic's
            title), shown while the whole pack loads.
        start: the topic a preview was read to show first (its file read in
            full); empty for a whole pack.
    """

    root: Path
    info: PackInfo = field(default_factory=PackInfo)
    topics: dict[str, Topic] = field(default_factory=dict)
    tree: list[TreeNode] = field(default_factory=list)
    terms: list[Term] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    signature: str = ""
    complete: bool = True
    start: str = ""
    timeline: list[TimelineEvent] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    routes: list[Route] = field(default_factory=list)

    @property
    def has_errors(self) -> bool:
        """True when any problem is an error (``check`` then exits 1)."""
        return any(problem.severity == "error" for problem in self.problems)

    def nodes(self) -> Iterator[TreeNode]:
        """Yield every tree node, depth first, in reading order."""
        for root in self.tree:
            yield from root.walk()

    def topic_order(self) -> list[str]:
        """Return topic ids in reading order: the tree, then any topic not in it."""
        order = [node.topic_id for node in self.nodes()]
        seen = set(order)
        order.extend(topic_id for topic_id in self.topics if topic_id not in seen)
        return order

    def node_for(self, topic_id: str) -> TreeNode | None:
        """Return the first tree node showing ``topic_id``, or ``None``."""
        return next((node for node in self.nodes() if node.topic_id == topic_id), None)

    def term(self, term_id: str) -> Term | None:
        """Return the glossary term with id ``term_id``, or ``None``."""
        return next((term for term in self.terms if term.id == term_id), None)


def _one_line(text: str) -> str:
    """Return ``text`` with unprintable characters as Python escapes (``\\n``, ``\\x1b``)."""
    if text.isprintable():
        return text
    return "".join(char if char.isprintable() else repr(char)[1:-1] for char in text)
