"""Views of a pack beyond its pages: the timeline, places and routes, and the glance page.

``timeline.yaml`` and ``places.yaml`` are optional pack files
(``docs/content-format.md``); :mod:`.timeline` and :mod:`.places` parse them
into the model's :class:`~briefing_app.core.pack.model.TimelineEvent`,
:class:`~briefing_app.core.pack.model.Place` and
:class:`~briefing_app.core.pack.model.Route`, and :mod:`.load` hooks them into
the loader.  :mod:`.layout` places events on a time axis (lanes that keep
labels apart), which the window's timeline and :mod:`.svg` (the timeline as
an SVG image, for briefs and export) both draw from; :mod:`.glance` renders
the "At a glance" page and :mod:`.rehearse` the cards of a rehearsal.
"""

#: The page-cache key of the glance page (topic pages are ``topic:<id>:<0|1>``), here so that
#: the reader can look it up without importing the renderer.
GLANCE_KEY = "view:glance"
