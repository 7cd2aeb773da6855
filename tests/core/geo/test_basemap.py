"""The bundled base map: small, from Natural Earth, covering the corridors' countries."""

from __future__ import annotations

import json

import pytest

from briefing_app.core.geo.basemap import BASEMAP, load_basemap, parse_basemap
from briefing_app.core.geo.projection import CENTRAL_ASIA
from briefing_app.core.resources import resources_dir
from tests.core.geo.demo import demo_places

#: The whole resource, under this many bytes.
BUDGET = 300_000


def test_the_resource_is_small_and_says_where_it_comes_from():
    path = resources_dir() / BASEMAP
    assert path.stat().st_size < BUDGET
    data = json.loads(path.read_text(encoding="utf-8"))
    assert "Natural Earth" in data["source"] and "public domain" in data["source"]
    expected = {k: getattr(CENTRAL_ASIA, k) for k in ("lat1", "lat2", "lat0", "lon0")}
    assert {k: data["projection"][k] for k in expected} == expected, (
        "the projection changed: run python packaging/basemap.py"
    )


def test_it_loads_in_the_plane_and_holds_land_borders_and_the_region_s_countries():
    basemap = load_basemap()
    assert len(basemap.land) > 10 and len(basemap.borders) > 50
    ids = {country.id for country in basemap.countries}
    region = {"KAZ", "CHN", "RUS", "KGZ", "UZB", "TKM", "TJK", "AZE", "GEO", "ARM", "TUR", "IRN"}
    assert region | {"DEU", "POL", "MNG", "AFG"} <= ids
    kaz = next(c for c in basemap.countries if c.id == "KAZ")
    assert kaz.names["ru"] == "Казахстан" and kaz.names["zh"] == "哈萨克斯坦"


def test_every_demo_place_lies_inside_the_extent():
    xmin, ymin, xmax, ymax = load_basemap().extent
    for place in demo_places():
        x, y = CENTRAL_ASIA.forward(place.lat, place.lon)
        assert xmin < x / 1000 < xmax and ymin < y / 1000 < ymax, place.id


def point_in_ring(x: float, y: float, ring: list[tuple[float, float]]) -> bool:
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def on_land(lat: float, lon: float) -> bool:
    x, y = CENTRAL_ASIA.forward(lat, lon)
    x, y = x / 1000, y / 1000
    return any(
        point_in_ring(x, y, polygon[0]) and not any(point_in_ring(x, y, h) for h in polygon[1:])
        for polygon in load_basemap().land
    )


@pytest.mark.parametrize(
    ("where", "lat", "lon", "land"),
    [
        ("Astana", 51.17, 71.45, True),
        ("Duisburg", 51.43, 6.76, True),
        ("the middle of the Caspian Sea", 42.0, 50.5, False),
        ("the Black Sea", 43.0, 34.0, False),
        ("the Yellow Sea", 35.5, 123.0, False),
        ("the Mediterranean off Crete", 34.0, 25.0, False),
    ],
)
def test_land_and_water_are_where_they_should_be(where, lat, lon, land):
    assert on_land(lat, lon) is land, where


def test_a_damaged_or_newer_file_is_refused_with_a_value_error():
    with pytest.raises(ValueError, match="format"):
        parse_basemap('{"format": 99}')
    with pytest.raises(ValueError, match="damaged"):
        parse_basemap('{"format": 1, "land": []}')


def _on_land(basemap, lat: float, lon: float) -> bool:
    """Whether (lat, lon) falls on the land by the odd-even rule the map fills it with."""
    x, y = basemap.projection.forward(lat, lon)
    x, y = x / 1000, y / 1000
    inside = False
    for polygon in basemap.land:
        for ring in polygon:
            for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
                if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
                    inside = not inside
    return inside


@pytest.mark.parametrize(
    ("lake", "lat", "lon"),
    [
        ("Balkhash, western basin", 46.5, 74.5),
        ("Balkhash, eastern basin", 46.5, 78.0),
        ("Issyk-Kul", 42.4, 77.3),
        ("Zaysan", 48.0, 84.0),
        ("Alakol", 46.1, 81.7),
        ("the Small Aral", 46.4, 61.0),
        ("Baikal", 53.5, 108.0),
        ("the Caspian Sea", 42.0, 51.0),
    ],
)
def test_lakes_are_water(lake, lat, lon):
    assert not _on_land(load_basemap(), lat, lon), f"{lake} is drawn as land"


@pytest.mark.parametrize(
    ("place", "lat", "lon"),
    [("Astana", 51.17, 71.45), ("Almaty", 43.25, 76.9), ("Khorgos", 44.2, 80.4)],
)
def test_towns_by_the_lakes_stay_on_land(place, lat, lon):
    assert _on_land(load_basemap(), lat, lon), f"{place} is drawn in water"
