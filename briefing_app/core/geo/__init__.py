"""Geography for the map view: the projection, the bundled base map and label placement.

Qt-free, like the rest of :mod:`briefing_app.core`.  :mod:`.projection` turns
latitude and longitude into plane kilometres (Lambert conformal conic on the
WGS84 ellipsoid), :mod:`.basemap` reads the land, borders and country names
shipped in ``resources/geo/`` and :mod:`.labels` places labels that do not
overlap.  The view that draws them is :mod:`briefing_app.ui.views.map`.
"""
