"""Demo places and routes of the New Silk Road, for the map's tests and screenshots.

Coordinates are WGS84 decimal degrees, checked to a tenth of a degree against
the places' city centres (the seaports' own quays can lie a few kilometres off:
Lianyungang's port is about 25 km north-east of the city, Baku's new port at
Alat 60 km south).  The bundled pack's real places are in its ``places.yaml``.
"""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.pack.model import Pack, Place, Route

# id, English name, lat, lon, kind, other names ("lang=name; ..."), topics (space-separated)
PLACES = [
    ("astana", "Astana", 51.17, 71.45, "capital", "ru=Астана; kk=Астана; zh=阿斯塔纳", "kazakhstan-profile"),
    ("almaty", "Almaty", 43.24, 76.89, "city", "ru=Алматы; kk=Алматы; zh=阿拉木图", "economy"),
    ("khorgos", "Khorgos", 44.21, 80.41, "dry port", "ru=Хоргос; kk=Қорғас; zh=霍尔果斯", "khorgos dry-port"),
    ("khorgos-sez", "Khorgos – Eastern Gate", 44.18, 80.32, "SEZ",
     "ru=Хоргос – Восточные ворота; kk=Қорғас – Шығыс қақпасы", "khorgos-eastern-gate-sez"),
    ("dostyk", "Dostyk", 45.25, 82.48, "border crossing", "ru=Достык; kk=Достық; zh=多斯特克", "transit-corridors"),
    ("alashankou", "Alashankou", 45.17, 82.57, "border crossing", "ru=Алашанькоу; zh=阿拉山口", "transit-corridors"),
    ("aktau", "Aktau", 43.65, 51.17, "seaport", "ru=Актау; kk=Ақтау; zh=阿克套", "transit-corridors"),
    ("kuryk", "Kuryk", 43.17, 51.66, "seaport", "ru=Курык; kk=Құрық; zh=库雷克", ""),
    ("atyrau", "Atyrau", 47.11, 51.92, "city", "ru=Атырау; kk=Атырау; zh=阿特劳", ""),
    ("urumqi", "Urumqi", 43.83, 87.62, "city", "ru=Урумчи; kk=Үрімжі; zh=乌鲁木齐", ""),
    ("xian", "Xi'an", 34.34, 108.94, "dry port", "ru=Сиань; zh=西安", ""),
    ("lianyungang", "Lianyungang", 34.60, 119.22, "seaport", "ru=Ляньюньган; zh=连云港", ""),
    ("baku", "Baku", 40.41, 49.87, "capital", "ru=Баку; az=Bakı; zh=巴库", "transit-corridors"),
    ("duisburg", "Duisburg", 51.43, 6.76, "dry port", "ru=Дуйсбург; de=Duisburg; zh=杜伊斯堡", "transit-corridors"),
]  # fmt: skip

# id, name, kind, places (space-separated), topics (space-separated)
ROUTES = [
    ("northern-rail", "Northern route via Dostyk", "rail",
     "lianyungang xian urumqi alashankou dostyk astana duisburg", "transit-corridors"),
    ("khorgos-altynkol", "Khorgos–Altynkol railway", "rail", "urumqi khorgos almaty", "khorgos"),
    ("middle-corridor-rail", "Middle Corridor: rail to the Caspian", "rail", "almaty aktau",
     "transit-corridors"),
    ("trans-caspian-ferry", "Trans-Caspian ferry", "sea", "aktau baku", "transit-corridors"),
    ("kuryk-ferry", "Kuryk–Baku ferry", "sea", "kuryk baku", ""),
    ("western-europe-western-china", "Western Europe–Western China road", "road", "khorgos almaty",
     "transit-corridors"),
    ("kazakhstan-china-pipeline", "Kazakhstan–China oil pipeline", "pipeline", "atyrau alashankou", ""),
]  # fmt: skip


def demo_places() -> list[Place]:
    """Return fourteen places from the Rhine to the Yellow Sea, of every kind of PLACE_KINDS."""
    return [
        Place(
            id_,
            name,
            lat,
            lon,
            kind,
            dict(pair.split("=", 1) for pair in names.split("; ")),
            topics.split(),
        )
        for id_, name, lat, lon, kind, names, topics in PLACES
    ]


def demo_routes() -> list[Route]:
    """Return the northern rail route via Dostyk, Khorgos–Altynkol, the Middle Corridor
    (rail to Aktau, the ferries to Baku), the Western Europe–Western China road and the
    Kazakhstan–China oil pipeline: every kind of ROUTE_KINDS."""
    return [
        Route(id_, name, kind, places.split(), topics.split())
        for id_, name, kind, places, topics in ROUTES
    ]


def demo_pack(root: Path | None = None) -> Pack:
    """Return an otherwise empty pack holding the demo places and routes."""
    return Pack(root=root or Path("demo"), places=demo_places(), routes=demo_routes())
