"""The map's base layer: land, land borders and country names, projected to the plane.

The data ship as ``resources/geo/basemap.json``, made from Natural Earth
(public domain; Lake Balkhash from GSHHG) by ``packaging/basemap.py``, which
documents the format: longitudes and latitudes in hundredths of a degree, land
as polygons of rings (the first ring the outline, the rest holes: the lakes),
borders as lines, and each
country's ISO code, names and label point.  :func:`load_basemap` reads it once
and projects it; nothing is ever fetched.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache

from briefing_app.core.geo.projection import CENTRAL_ASIA, LambertConformalConic
from briefing_app.core.resources import resources_dir

#: The resource, relative to the resources folder.
BASEMAP = "geo/basemap.json"
#: The format this module reads (the file's ``format``).
FORMAT = 1

Point = tuple[float, float]
#: A polyline or ring in the plane: (x, y) in kilometres, y to the north.
Line = list[Point]


@dataclass(frozen=True)
class Country:
    """A country's name and where to write it.

    Attributes:
        id: ISO 3166-1 alpha-3 code (``KAZ``).
        names: language code (``en``, ``ru``, ``zh``) to the short name.
        x, y: Natural Earth's label point in the plane, kilometres.
        rank: Natural Earth's label rank: 2 for the biggest countries, larger for smaller ones.
    """

    id: str
    names: dict[str, str]
    x: float
    y: float
    rank: int


@dataclass(frozen=True)
class Basemap:
    """The base layer in the plane of ``projection`` (kilometres, y to the north).

    Attributes:
        land: polygons, each a list of rings (the outline first, then holes: lakes).
        borders: the land borders between countries, as polylines.
        countries: the countries whose label point lies in the extent.
        extent: (xmin, ymin, xmax, ymax), the rectangle the data were cut to.
        source: where the data come from, with its version and licence.
    """

    land: list[list[Line]]
    borders: list[Line]
    countries: list[Country]
    extent: tuple[float, float, float, float]
    source: str
    projection: LambertConformalConic = field(default=CENTRAL_ASIA, repr=False)


def _decode(flat: list[int], projection: LambertConformalConic) -> Line:
    """Hundredths of a degree (lon, lat, lon, lat, ...) -> plane kilometres."""
    line: Line = []
    for index in range(0, len(flat) - 1, 2):
        x, y = projection.forward(flat[index + 1] / 100, flat[index] / 100)
        line.append((x / 1000, y / 1000))
    return line


def parse_basemap(text: str, projection: LambertConformalConic = CENTRAL_ASIA) -> Basemap:
    """Return the base map in the JSON ``text``, projected with ``projection``.

    Raises:
        ValueError: the text is not JSON, is of another format, or lacks a part.
    """
    try:
        data = json.loads(text)
        if data.get("format") != FORMAT:
            raise ValueError(f"base map format {data.get('format')!r}; this version reads {FORMAT}")
        land = [[_decode(ring, projection) for ring in polygon] for polygon in data["land"]]
        borders = [_decode(line, projection) for line in data["borders"]]
        countries = []
        for entry in data["countries"]:
            x, y = projection.forward(entry["label"][1] / 100, entry["label"][0] / 100)
            countries.append(
                Country(entry["id"], dict(entry["names"]), x / 1000, y / 1000, int(entry["rank"]))
            )
        xmin, ymin, xmax, ymax = (float(v) for v in data["extent_km"])
        return Basemap(
            land, borders, countries, (xmin, ymin, xmax, ymax), str(data["source"]), projection
        )
    except (KeyError, TypeError, IndexError, AttributeError) as error:
        raise ValueError(f"the base map is damaged: {error!r}") from error


@cache
def load_basemap() -> Basemap:
    """Return the bundled base map in :data:`CENTRAL_ASIA` (read once, then kept).

    Raises:
        OSError: the resource is missing (a broken install).
        ValueError: it is damaged.
    """
    return parse_basemap((resources_dir() / BASEMAP).read_text(encoding="utf-8"))
