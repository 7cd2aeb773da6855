"""``places.yaml``: named places with coordinates, and routes through them.

The file is a mapping with two lists (``docs/content-format.md``, "places.yaml")::

    places:
      - id: aktau
        name: Aktau
        names: {ru: Актау, kk: Ақтау, zh: 阿克套}
        lat: 43.65
        lon: 51.17
        kind: seaport
        topics: [transit-corridors]
    routes:
      - id: caspian-crossing
        name: Trans-Caspian crossing
        kind: sea
        places: [aktau, alat]

Coordinates are decimal degrees on WGS84 (north and east positive), written
as numbers: every value of the format is text, so ``43.65`` is read here and
checked against -90..90 and -180..180.  Each entry is read on its own: a place
without a usable ``id``, ``name``, ``lat`` or ``lon`` is left out with an
error naming its line; a route is left out when it names a place that is not
(or not validly) listed, or fewer than two.  An unknown ``kind`` is a warning
and the default kind is used.  Unknown topic ids are checked later, by
:func:`briefing_app.core.views.load.check_view_topics`.
"""

from __future__ import annotations

import math
import re
from typing import Any

from briefing_app.core.pack.fields import Fields
from briefing_app.core.pack.model import PLACE_KINDS, ROUTE_KINDS, Place, Problem, Route
from briefing_app.core.pack.yamlsafe import LineDict, LineList, YamlError, parse_yaml_salvaging

PLACES = "places.yaml"
FILE_KEYS = {"places", "routes"}
PLACE_KEYS = {"id", "name", "names", "lat", "lon", "kind", "topics"}
ROUTE_KEYS = {"id", "name", "kind", "places", "topics"}
#: Place and route ids: lowercase letters, digits and hyphens.
VIEW_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
DEFAULT_PLACE_KIND = "city"
DEFAULT_ROUTE_KIND = "rail"
#: What each coordinate is, its range, and which way is positive (for messages).
_COORDINATES = {
    "lat": ("latitude", 90.0, "north positive, south negative"),
    "lon": ("longitude", 180.0, "east positive, west negative"),
}


def parse_places(text: str, problems: list[Problem]) -> tuple[list[Place], list[Route]]:
    """Parse ``places.yaml`` text into places and routes, in file order; never raises.

    Problems are appended to ``problems`` (file ``places.yaml``), as the module
    doc describes.  A route is checked against the places that loaded.
    """
    try:
        parsed = parse_yaml_salvaging(text)
    except YamlError as exc:
        problems.append(Problem(PLACES, exc.line, "error", exc.message))
        return [], []
    fields = Fields(PLACES, problems, parsed.faults)
    data = parsed.value
    try:
        if data is None or fields.refused(data, "the whole file is left out"):
            return [], []
        if not isinstance(data, LineDict):
            fields.add(
                1, "error", "places.yaml must be a mapping with 'places:' and 'routes:' lists"
            )
            return [], []
        fields.unknown_keys(data, FILE_KEYS, "places.yaml")
        places: list[Place] = []
        for item, line in _entries(data, "places", fields):
            place = _place(item, line, fields, {p.id: p.line for p in places})
            if place is not None:
                places.append(place)
        known = {place.id for place in places}
        routes: list[Route] = []
        for item, line in _entries(data, "routes", fields):
            route = _route(item, line, fields, known, {r.id: r.line for r in routes})
            if route is not None:
                routes.append(route)
        return places, routes
    finally:
        fields.finish()


def _entries(data: LineDict, key: str, fields: Fields) -> list[tuple[Any, int]]:
    """Return the items of list ``data[key]`` with their lines; [] (and why) if it is no list."""
    value = data.get(key)
    if value is None or fields.refused(value, f"the {key!r} list is left out"):
        return []
    if not isinstance(value, LineList):
        fields.add(data.line_of(key), "error", f"{key!r} must be a list; it is left out")
        return []
    return [(item, value.line_of(index)) for index, item in enumerate(value)]


def _ident(item: LineDict, line: int, fields: Fields, what: str, seen: dict[str, int]) -> str:
    """Return the entry's ``id`` if it is usable and new, else "" after an error."""
    before = len(fields.problems)
    raw = fields.text(item, "id", required=f"the {what} is left out")
    ident = fields.ident(raw, item.line_of("id"), f"{what} id") if raw else ""
    if not ident:
        if len(fields.problems) == before:
            fields.add(line, "error", f"a {what} needs an 'id'; add one — the {what} is left out")
        return ""
    if not VIEW_ID.fullmatch(ident):
        fields.add(
            item.line_of("id"),
            "error",
            f"{what} id {ident!r} must be lowercase letters, digits and hyphens — "
            f"the {what} is left out",
        )
        return ""
    if ident in seen:
        fields.add(
            item.line_of("id"),
            "error",
            f"{what} id {ident!r} is used twice (first on line {seen[ident]}); rename one — "
            f"this {what} is left out",
        )
        return ""
    return ident


def _name(item: LineDict, line: int, fields: Fields, what: str, ident: str) -> str:
    """Return the entry's ``name``, or "" after an error (the entry is then left out)."""
    before = len(fields.problems)
    name = fields.text(item, "name", owner=f"{what} {ident!r}", required=f"the {what} is left out")
    if not name and len(fields.problems) == before:
        fields.add(
            line,
            "error",
            f"{what} {ident!r} needs a 'name'; add one — the {what} is left out",
        )
    return name


def _kind(item: LineDict, fields: Fields, owner: str, kinds: tuple[str, ...], default: str) -> str:
    """Return the entry's ``kind``, or ``default`` (with a warning if one was given but unknown)."""
    kind = fields.text(item, "kind", owner=owner)
    if not kind:
        return default
    if kind not in kinds:
        fields.add(
            item.line_of("kind"),
            "warning",
            f"the 'kind' of {owner} is {kind!r}, which is not one of {', '.join(kinds)}; "
            f"it is shown as {default!r} — write one of those",
        )
        return default
    return kind


def _place(item: Any, line: int, fields: Fields, seen: dict[str, int]) -> Place | None:
    """Return the place of entry ``item`` (written at ``line``), or None if it is left out."""
    if fields.refused(item, "this place is left out"):
        return None
    if not isinstance(item, LineDict):
        fields.add(line, "error", "each place must be a mapping with 'id:'; this one is left out")
        return None
    fields.unknown_keys(item, PLACE_KEYS, "a place")
    ident = _ident(item, line, fields, "place", seen)
    if not ident:
        return None
    name = _name(item, line, fields, "place", ident)
    lat = _coordinate(item, "lat", fields, ident)
    lon = _coordinate(item, "lon", fields, ident)
    if not name or lat is None or lon is None:
        return None
    owner = f"place {ident!r}"
    return Place(
        id=ident,
        name=name,
        lat=lat,
        lon=lon,
        kind=_kind(item, fields, owner, PLACE_KINDS, DEFAULT_PLACE_KIND),
        names=fields.text_mapping(item, "names", owner, what="language code: name"),
        topics=fields.text_list(item, "topics", owner, ids=True),
        line=line,
    )


def _coordinate(item: LineDict, key: str, fields: Fields, ident: str) -> float | None:
    """Return ``item[key]`` as decimal degrees in range, or None after an error."""
    label, limit, sign = _COORDINATES[key]
    text = fields.text(item, key, owner=f"place {ident!r}", required="the place is left out")
    where = item.line_of(key)
    if not text:
        if key not in item:
            fields.add(
                item.line,
                "error",
                f"place {ident!r} needs {key!r}, its {label} in decimal degrees — "
                "the place is left out",
            )
        return None
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or not re.fullmatch(r"[-+]?[0-9]+(\.[0-9]+)?", text):
        fields.add(
            where,
            "error",
            f"{key!r} is {text!r}, which is not a number; write the {label} in decimal degrees "
            f"({sign}, such as 43.65) — place {ident!r} is left out",
        )
        return None
    if not -limit <= value <= limit:
        fields.add(
            where,
            "error",
            f"{key!r} is {text}, outside -{limit:.0f} to {limit:.0f}; write the {label} in "
            f"decimal degrees ({sign}) — place {ident!r} is left out",
        )
        return None
    return value


def _route(
    item: Any, line: int, fields: Fields, known: set[str], seen: dict[str, int]
) -> Route | None:
    """Return the route of entry ``item`` (written at ``line``), or None if it is left out.

    ``known`` holds the ids of the places that loaded.
    """
    if fields.refused(item, "this route is left out"):
        return None
    if not isinstance(item, LineDict):
        fields.add(line, "error", "each route must be a mapping with 'id:'; this one is left out")
        return None
    fields.unknown_keys(item, ROUTE_KEYS, "a route")
    ident = _ident(item, line, fields, "route", seen)
    if not ident:
        return None
    name = _name(item, line, fields, "route", ident)
    if not name:
        return None
    owner = f"route {ident!r}"
    stops = fields.text_items(item, "places", owner, ids=True)
    for place_id, place_line in stops:
        if place_id not in known:
            fields.add(
                place_line,
                "error",
                f"{owner} names an unknown place {place_id!r}; add it under 'places:' or "
                "correct the id — the route is left out",
            )
            return None
    if len(stops) < 2:
        fields.add(
            item.line_of("places"),
            "error",
            f"{owner} needs 'places', at least two place ids in order along it — "
            "the route is left out",
        )
        return None
    return Route(
        id=ident,
        name=name,
        kind=_kind(item, fields, owner, ROUTE_KINDS, DEFAULT_ROUTE_KIND),
        places=[place_id for place_id, _ in stops],
        topics=fields.text_list(item, "topics", owner, ids=True),
        line=line,
    )
