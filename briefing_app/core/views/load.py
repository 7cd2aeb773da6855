"""Reading a pack's optional ``timeline.yaml`` and ``places.yaml`` into the pack.

The loader (:func:`briefing_app.core.pack.loader.load_pack`) calls
:func:`load_views` once the topics are read, handing it its own file reader
(size limit, encoding and the checks on links out of the pack), so these files
are read like every other pack file.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from briefing_app.core.pack.model import Pack, Problem
from briefing_app.core.views.places import PLACES, parse_places
from briefing_app.core.views.timeline import TIMELINE, parse_timeline

#: Only this much of ``timeline.yaml`` or ``places.yaml`` is read (bytes): thousands of entries.
MAX_VIEW_BYTES = 2 * 1024 * 1024

#: Reads a pack file: (path relative to the pack, size limit in bytes) -> text, or None
#: after recording why not in the pack's problems.
Reader = Callable[[str, int], str | None]


def load_views(pack: Pack, read: Reader) -> None:
    """Fill ``pack.timeline``, ``pack.places`` and ``pack.routes`` from their files, if any.

    Both files are optional: a pack without them gets empty lists and no
    problem.  Their problems go to ``pack.problems``; then every ``topics`` id
    they name is checked against ``pack.topics`` (:func:`check_view_topics`).
    Never raises on bad content.
    """
    if os.path.lexists(pack.root / TIMELINE):
        text = read(TIMELINE, MAX_VIEW_BYTES)
        if text is not None:
            pack.timeline = parse_timeline(text, pack.problems)
    if os.path.lexists(pack.root / PLACES):
        text = read(PLACES, MAX_VIEW_BYTES)
        if text is not None:
            pack.places, pack.routes = parse_places(text, pack.problems)
    check_view_topics(pack)


def check_view_topics(pack: Pack) -> None:
    """Warn about each ``topics`` id of an event, place or route that names no topic."""
    entries: list[tuple[str, int, str, list[str]]] = [
        (TIMELINE, event.line, f"event {event.title!r}", event.topics) for event in pack.timeline
    ]
    entries += [(PLACES, place.line, f"place {place.id!r}", place.topics) for place in pack.places]
    entries += [(PLACES, route.line, f"route {route.id!r}", route.topics) for route in pack.routes]
    for rel, line, owner, topic_ids in entries:
        for topic_id in topic_ids:
            if topic_id not in pack.topics:
                pack.problems.append(
                    Problem(
                        rel,
                        line,
                        "warning",
                        f"{owner} names topic {topic_id!r}, which does not exist; "
                        "correct the id or add topics/" + topic_id + ".md",
                        missing_topic=topic_id,
                    )
                )
