"""Lambert conformal conic projection on the WGS84 ellipsoid, set for Central Asia.

The formulas are Snyder's (J. P. Snyder, *Map Projections — A Working
Manual*, USGS Professional Paper 1395, 1987, pp. 104–110, equations 15-1 to
15-11, 7-9 and 14-15): a cone cut through the ellipsoid along two standard
parallels, where the scale is exactly true; between them the map shrinks
a little (about 1 % at 45° N for parallels 35° and 55°), outside it grows.
Being conformal, it keeps shapes and angles locally, which suits a region
that is wide east to west and lies in the middle latitudes.

Units: degrees in, metres out (plane ``x`` east, ``y`` north, origin at the
central meridian and the latitude of origin).  :data:`CENTRAL_ASIA` is the
projection the map view uses.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

#: WGS84 semi-major axis (metres) and flattening (NIMA TR8350.2, 3rd edition, table 3.1).
WGS84_A = 6_378_137.0
WGS84_F = 1 / 298.257223563
#: The mean Earth radius (IUGG, R1 = (2a + b) / 3), metres, for great-circle distances.
MEAN_RADIUS = 6_371_008.8


@dataclass(frozen=True)
class LambertConformalConic:
    """A Lambert conformal conic projection with two standard parallels.

    Attributes:
        lat1, lat2: the standard parallels (degrees north), where the scale is 1.
        lat0: the latitude of origin (degrees north), ``y = 0`` on the central meridian.
        lon0: the central meridian (degrees east), ``x = 0``; north is up along it.
        a, f: the ellipsoid's semi-major axis (metres) and flattening.
    """

    lat1: float
    lat2: float
    lat0: float
    lon0: float
    a: float = WGS84_A
    f: float = WGS84_F
    _e: float = field(init=False, repr=False)
    _n: float = field(init=False, repr=False)
    _af: float = field(init=False, repr=False)
    _rho0: float = field(init=False, repr=False)

    def __post_init__(self) -> None:
        if math.isclose(self.lat1, -self.lat2):
            raise ValueError("the standard parallels must not be symmetric about the equator")
        e = math.sqrt(self.f * (2 - self.f))
        phi1, phi2 = math.radians(self.lat1), math.radians(self.lat2)
        m1, m2 = _m(phi1, e), _m(phi2, e)
        t1, t2 = _t(phi1, e), _t(phi2, e)
        if math.isclose(self.lat1, self.lat2):
            n = math.sin(phi1)  # one standard parallel (Snyder 15-8 in the limit)
        else:
            n = (math.log(m1) - math.log(m2)) / (math.log(t1) - math.log(t2))
        af = self.a * m1 / (n * t1**n)
        object.__setattr__(self, "_e", e)
        object.__setattr__(self, "_n", n)
        object.__setattr__(self, "_af", af)
        object.__setattr__(self, "_rho0", af * _t(math.radians(self.lat0), e) ** n)

    @property
    def cone_constant(self) -> float:
        """The cone constant ``n`` (Snyder 15-8): meridians meet at ``n`` times their angle."""
        return self._n

    def forward(self, lat: float, lon: float) -> tuple[float, float]:
        """Return the plane position ``(x, y)`` in metres of ``lat``, ``lon`` (degrees).

        ``lon`` is taken relative to the central meridian and wrapped to ±180°.
        Raises:
            ValueError: at the pole opposite the cone's apex, which has no position.
        """
        phi = math.radians(lat)
        if abs(lat) >= 90 and lat * self._n < 0:
            raise ValueError(f"latitude {lat} has no position in this projection")
        rho = 0.0 if abs(lat) >= 90 else self._af * _t(phi, self._e) ** self._n
        theta = self._n * math.radians(_wrap(lon - self.lon0))
        return rho * math.sin(theta), self._rho0 - rho * math.cos(theta)

    def inverse(self, x: float, y: float) -> tuple[float, float]:
        """Return ``(lat, lon)`` in degrees of the plane position ``x``, ``y`` (metres)."""
        n, e = self._n, self._e
        dy = self._rho0 - y
        rho = math.copysign(math.hypot(x, dy), n)
        if rho == 0:
            return math.copysign(90.0, n), self.lon0
        if n < 0:
            x, dy = -x, -dy
        theta = math.atan2(x, dy)
        t = (rho / self._af) ** (1 / n)
        phi = math.pi / 2 - 2 * math.atan(t)
        for _ in range(15):  # Snyder 7-9; converges to 1e-12 rad in a handful of steps
            sin_phi = e * math.sin(phi)
            nxt = math.pi / 2 - 2 * math.atan(t * ((1 - sin_phi) / (1 + sin_phi)) ** (e / 2))
            if abs(nxt - phi) < 1e-12:
                phi = nxt
                break
            phi = nxt
        return math.degrees(phi), _wrap(math.degrees(theta / n) + self.lon0)

    def scale(self, lat: float) -> float:
        """Return the scale factor ``k`` at latitude ``lat`` (degrees): plane length over
        ground length (Snyder 15-4).  1 on the standard parallels; the same in every
        direction, since the projection is conformal."""
        phi = math.radians(lat)
        rho = self._af * _t(phi, self._e) ** self._n
        return rho * self._n / (self.a * _m(phi, self._e))


def _m(phi: float, e: float) -> float:
    """Snyder 14-15: the parallel's radius over ``a``."""
    return math.cos(phi) / math.sqrt(1 - (e * math.sin(phi)) ** 2)


def _t(phi: float, e: float) -> float:
    """Snyder 15-9: the isometric latitude, exponentiated."""
    sin_phi = e * math.sin(phi)
    return math.tan(math.pi / 4 - phi / 2) / ((1 - sin_phi) / (1 + sin_phi)) ** (e / 2)


def _wrap(lon: float) -> float:
    """Return ``lon`` wrapped into [-180, 180)."""
    return (lon + 180.0) % 360.0 - 180.0


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Return the great-circle distance in kilometres between two points (degrees).

    The haversine formula on a sphere of the mean Earth radius; within about
    0.5 % of the ellipsoidal (geodesic) distance.
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * MEAN_RADIUS * math.asin(min(1.0, math.sqrt(h))) / 1000


def round_distance(limit: float) -> float:
    """Return the longest distance of the form 1, 2 or 5 times a power of ten that is at
    most ``limit`` (> 0), as scale bars show: 740 -> 500, 0.3 -> 0.2.

    Raises:
        ValueError: ``limit`` is not positive.
    """
    if not limit > 0:
        raise ValueError(f"a scale bar needs a positive length, not {limit}")
    power = 10.0 ** math.floor(math.log10(limit))
    return next(step * power for step in (5, 2, 1) if step * power <= limit * (1 + 1e-12))


#: The projection of the map view: standard parallels 35° N and 55° N, which bracket the
#: region from the Iranian plateau to the West Siberian plain; origin 45° N 65° E, the
#: middle of the corridors from the Rhine to the Yellow Sea (7° E–119° E) and of Kazakhstan.
CENTRAL_ASIA = LambertConformalConic(lat1=35.0, lat2=55.0, lat0=45.0, lon0=65.0)
