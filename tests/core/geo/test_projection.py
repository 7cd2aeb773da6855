"""The map's projection against known points: order, distances, scale and round trips."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing_app.core.geo.projection import (
    CENTRAL_ASIA,
    LambertConformalConic,
    great_circle_km,
    round_distance,
)

ASTANA = (51.17, 71.45)
ALMATY = (43.24, 76.89)
AKTAU = (43.65, 51.17)
DUISBURG = (51.43, 6.76)
LIANYUNGANG = (34.60, 119.22)


def km(point: tuple[float, float]) -> tuple[float, float]:
    x, y = CENTRAL_ASIA.forward(*point)
    return x / 1000, y / 1000


def plane_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    return math.dist(km(a), km(b))


def test_astana_is_north_of_almaty_and_aktau_west_of_it():
    assert km(ASTANA)[1] > km(ALMATY)[1] + 700
    assert km(AKTAU)[0] < km(ALMATY)[0] - 1800
    assert km(DUISBURG)[0] < km(AKTAU)[0] < km(ASTANA)[0] < km(LIANYUNGANG)[0]


def test_the_origin_is_at_45_north_65_east_with_north_up_along_the_central_meridian():
    assert km((45.0, 65.0)) == pytest.approx((0.0, 0.0), abs=1e-6)
    x, y = km((50.0, 65.0))
    assert x == pytest.approx(0.0, abs=1e-6) and y > 0


def test_the_great_circle_distance_almaty_astana_is_about_970_km():
    assert great_circle_km(*ALMATY, *ASTANA) == pytest.approx(972, abs=5)


@pytest.mark.parametrize(
    ("a", "b"),
    [(ALMATY, ASTANA), (AKTAU, (40.41, 49.87)), ((45.25, 82.48), (43.83, 87.62))],
    ids=["almaty-astana", "aktau-baku", "dostyk-urumqi"],
)
def test_projected_distances_match_the_great_circle_within_two_percent(a, b):
    assert plane_km(a, b) == pytest.approx(great_circle_km(*a, *b), rel=0.02)


def test_a_projected_distance_divided_by_the_local_scale_is_the_ground_distance():
    mid_lat = (ALMATY[0] + ASTANA[0]) / 2
    ground = plane_km(ALMATY, ASTANA) / CENTRAL_ASIA.scale(mid_lat)
    assert ground == pytest.approx(great_circle_km(*ALMATY, *ASTANA), rel=0.005)


def test_the_scale_is_true_on_the_standard_parallels_and_less_between_them():
    assert CENTRAL_ASIA.scale(35.0) == pytest.approx(1.0, abs=1e-9)
    assert CENTRAL_ASIA.scale(55.0) == pytest.approx(1.0, abs=1e-9)
    assert 0.98 < CENTRAL_ASIA.scale(45.0) < 0.99
    assert CENTRAL_ASIA.scale(30.0) > 1.0 and CENTRAL_ASIA.scale(60.0) > 1.0


def test_the_scale_is_measured_along_a_parallel_too():
    """Conformal: one kilometre east on the ground at 55° N is one kilometre in the plane."""
    lat, dlon = 55.0, 0.01
    x1, y1 = CENTRAL_ASIA.forward(lat, 70.0)
    x2, y2 = CENTRAL_ASIA.forward(lat, 70.0 + dlon)
    radius = (
        6378137.0
        * math.cos(math.radians(lat))
        / math.sqrt(1 - 0.00669437999014 * math.sin(math.radians(lat)) ** 2)
    )
    ground = radius * math.radians(dlon)
    assert math.hypot(x2 - x1, y2 - y1) / ground == pytest.approx(1.0, abs=1e-6)


def test_the_cone_constant_lies_between_the_sines_of_the_standard_parallels():
    n = CENTRAL_ASIA.cone_constant
    assert math.sin(math.radians(35)) < n < math.sin(math.radians(55))


@given(
    lat=st.floats(min_value=20, max_value=75),
    lon=st.floats(min_value=-10, max_value=140),
)
def test_inverse_undoes_forward(lat, lon):
    back = CENTRAL_ASIA.inverse(*CENTRAL_ASIA.forward(lat, lon))
    assert back == pytest.approx((lat, lon), abs=1e-7)


def test_a_projection_with_one_standard_parallel_is_tangent_there():
    tangent = LambertConformalConic(lat1=45.0, lat2=45.0, lat0=45.0, lon0=65.0)
    assert tangent.scale(45.0) == pytest.approx(1.0, abs=1e-9)


def test_symmetric_standard_parallels_are_refused():
    with pytest.raises(ValueError, match="symmetric"):
        LambertConformalConic(lat1=-30.0, lat2=30.0, lat0=0.0, lon0=0.0)


@pytest.mark.parametrize(
    ("limit", "expected"), [(740, 500), (1000, 1000), (199, 100), (0.3, 0.2), (25, 20)]
)
def test_scale_bars_take_round_lengths(limit, expected):
    assert round_distance(limit) == pytest.approx(expected)


def test_a_scale_bar_needs_a_positive_length():
    with pytest.raises(ValueError, match="positive"):
        round_distance(0)
