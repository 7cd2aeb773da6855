"""places.yaml: places with checked coordinates, routes through known places."""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing_app.core.pack.model import Problem
from briefing_app.core.views.places import parse_places

GOOD = """
places:
  - id: aktau
    name: Aktau
    names: {ru: Актау, kk: Ақтау, zh: 阿克套}
    lat: 43.65
    lon: 51.17
    kind: seaport
    topics: [transit-corridors]
  - id: alat
    name: Port of Baku (Alat)
    lat: "39.96"
    lon: 49.41
routes:
  - id: caspian
    name: Caspian crossing
    kind: sea
    places: [aktau, alat]
"""


def parse(text: str) -> tuple[list, list, list[str]]:
    problems: list[Problem] = []
    places, routes = parse_places(textwrap.dedent(text).lstrip(), problems)
    return places, routes, [problem.format() for problem in problems]


def test_places_and_routes_are_read():
    places, routes, problems = parse(GOOD)
    assert problems == []
    aktau, alat = places
    assert (aktau.id, aktau.lat, aktau.lon, aktau.kind) == ("aktau", 43.65, 51.17, "seaport")
    assert aktau.names == {"ru": "Актау", "kk": "Ақтау", "zh": "阿克套"}
    assert (alat.kind, alat.line) == ("city", 9)
    assert [(r.id, r.kind, r.places) for r in routes] == [("caspian", "sea", ["aktau", "alat"])]


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("lat", "200", "'lat' is 200, outside -90 to 90; write the latitude in decimal degrees"),
        ("lon", "-180.5", "'lon' is -180.5, outside -180 to 180; write the longitude"),
        ("lat", "43°39′N", "'lat' is '43°39′N', which is not a number; write the latitude"),
        ("lon", "nan", "'lon' is 'nan', which is not a number"),
        ("lat", "[1, 2]", "the 'lat' of place 'x' must be text, not a list"),
    ],
)
def test_a_bad_coordinate_leaves_the_place_out(key: str, value: str, message: str):
    other = "lon" if key == "lat" else "lat"
    places, _, problems = parse(
        f"""
        places:
          - id: x
            name: X
            {key}: {value}
            {other}: 10
          - id: y
            name: Y
            lat: 1
            lon: 2
        """
    )
    assert [p.id for p in places] == ["y"]
    assert len(problems) == 1 and message in problems[0]
    assert problems[0].startswith("places.yaml:4: error:")


def test_a_route_through_an_unknown_place_is_left_out_at_the_line_of_the_id():
    _, routes, problems = parse(
        GOOD
        + """
  - id: middle-corridor
    name: Middle Corridor
    places:
      - aktau
      - bakuu
  - id: short
    name: Too short
    places: [aktau]
  - id: caspian
    name: Twice
    places: [aktau, alat]
"""
    )
    assert [r.id for r in routes] == ["caspian"]
    assert problems[0] == (
        "places.yaml:23: error: route 'middle-corridor' names an unknown place 'bakuu'; add it "
        "under 'places:' or correct the id — the route is left out"
    )
    assert problems[1].startswith(
        "places.yaml:26: error: route 'short' needs 'places', at least two"
    )
    assert problems[2].startswith("places.yaml:27: error: route id 'caspian' is used twice")


def test_kinds_ids_and_names_are_checked():
    places, routes, problems = parse(
        """
        places:
          - id: Aktau Port
            name: Aktau
            lat: 1
            lon: 1
          - id: a
            lat: 1
            lon: 1
          - id: b
            name: B
            lat: 1
            lon: 1
            kind: harbour
          - id: c
            name: C
            lat: 1
        routes:
          - id: r
            name: R
            kind: canal
            places: [b, b]
        """
    )
    assert [(p.id, p.kind) for p in places] == [("b", "city")]
    assert [(r.id, r.kind) for r in routes] == [("r", "rail")]
    assert "place id 'Aktau Port' must be lowercase letters" in problems[0]
    assert "place 'a' needs a 'name'" in problems[1]
    assert "warning: the 'kind' of place 'b' is 'harbour', which is not one of" in problems[2]
    assert "place 'c' needs 'lon'" in problems[3]
    assert "warning: the 'kind' of route 'r' is 'canal'" in problems[4]


@pytest.mark.parametrize("text", ["", "- a list", "places: {}", "places: [", "routes: 3"])
def test_a_file_of_the_wrong_shape_gives_no_crash(text: str):
    places, routes, problems = parse(text)
    assert places == [] and routes == []
    assert text == "" or problems


@given(st.text(max_size=300))
def test_any_text_parses_without_an_exception(text: str):
    parse_places(text, [])
