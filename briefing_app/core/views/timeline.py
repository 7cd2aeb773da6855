"""``timeline.yaml``: dated events and periods, parsed entry by entry.

The file is a list of events (``docs/content-format.md``, "timeline.yaml")::

    - date: 2013-09-07
      title: Xi Jinping launches the Silk Road Economic Belt in Astana
      text: A speech at Nazarbayev University.
      topics: [bri-at-a-glance, overview]
    - date: "2019-03"
      end: "2022-09"
      title: The capital is called Nur-Sultan

``date`` and ``end`` take ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` and must be
real calendar dates (:func:`~briefing_app.core.pack.dates.check_date`); a
period's ``end`` may not come before its ``date``.  Each entry is read on its
own, as glossary entries are: an entry without a usable ``date`` or
``title`` is left out with an error naming its line; a bad ``end`` costs the
end (the event stays, as a single date).  Unknown topic ids are checked by
:func:`briefing_app.core.views.load.check_view_topics` once the topics are known.
"""

from __future__ import annotations

import calendar
from datetime import date
from typing import Any

from briefing_app.core.pack.dates import ALL_SHAPES, check_date, date_problem
from briefing_app.core.pack.fields import Fields
from briefing_app.core.pack.model import Problem, TimelineEvent
from briefing_app.core.pack.yamlsafe import LineDict, LineList, YamlError, parse_yaml_salvaging

TIMELINE = "timeline.yaml"
EVENT_KEYS = {"date", "end", "title", "text", "topics"}

#: English month names, for dates shown to readers.
MONTHS = (
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
)


def parse_timeline(text: str, problems: list[Problem]) -> list[TimelineEvent]:
    """Parse ``timeline.yaml`` text into events, in file order; never raises.

    Problems (appended to ``problems``, file ``timeline.yaml``): text that is
    not YAML or not a list is an error and gives no events; an entry that is
    not a mapping, or has no usable ``date`` or ``title``, is an error and is
    left out; a bad ``end`` is an error and only the end is dropped; unknown
    keys are warnings.
    """
    try:
        parsed = parse_yaml_salvaging(text)
    except YamlError as exc:
        problems.append(Problem(TIMELINE, exc.line, "error", exc.message))
        return []
    fields = Fields(TIMELINE, problems, parsed.faults)
    data = parsed.value
    try:
        if data is None or fields.refused(data, "the whole timeline is left out"):
            return []
        if not isinstance(data, LineList):
            fields.add(1, "error", "timeline.yaml must be a list of events ('- date: ...')")
            return []
        events = []
        for index, item in enumerate(data):
            event = _event(item, data.line_of(index), fields)
            if event is not None:
                events.append(event)
        return events
    finally:
        fields.finish()


def _event(item: Any, line: int, fields: Fields) -> TimelineEvent | None:
    """Return the event of entry ``item`` (written at ``line``), or None if it is left out."""
    if fields.refused(item, "this timeline event is left out"):
        return None
    if not isinstance(item, LineDict):
        fields.add(
            line,
            "error",
            "each timeline entry must be a mapping with 'date:' and 'title:'; this one is left out",
        )
        return None
    fields.unknown_keys(item, EVENT_KEYS, "a timeline event")
    before = len(fields.problems)
    title = fields.text(item, "title", required="the event is left out")
    when = fields.text(item, "date", required="the event is left out")
    if len(fields.problems) > before:
        return None
    for key, value in (("title", title), ("date", when)):
        if not value:
            fields.add(
                item.line_of(key),
                "error",
                f"a timeline event needs a {key!r}; add it — the event is left out",
            )
            return None
    message = date_problem("date", when, ALL_SHAPES)
    if message is not None:
        fields.add(item.line_of("date"), "error", f"{message} — the event is left out")
        return None
    end = fields.text(item, "end", owner=f"event {title!r}")
    if end:
        message = date_problem("end", end, ALL_SHAPES)
        if message is None and last_day(end) < first_day(when):
            message = f"'end' is {end}, before the 'date' {when}; write the period's last date"
        if message is not None:
            fields.add(item.line_of("end"), "error", f"{message} — the end is left out")
            end = ""
    return TimelineEvent(
        date=when,
        title=title,
        text=fields.text(item, "text", owner=f"event {title!r}"),
        topics=fields.text_list(item, "topics", owner=f"event {title!r}", ids=True),
        end=end,
        line=line,
    )


def _parts(text: str) -> tuple[int, int | None, int | None]:
    """Return (year, month or None, day or None) of a date checked by :func:`check_date`."""
    numbers = [int(part) for part in text.split("-")]
    return (
        numbers[0],
        (numbers[1] if len(numbers) > 1 else None),
        (numbers[2] if len(numbers) > 2 else None),
    )


def first_day(text: str) -> date:
    """Return the first day a date of the pack covers: ``2014-11`` -> 1 November 2014.

    Raises:
        ValueError: ``text`` is not a valid date of the shapes YYYY, YYYY-MM, YYYY-MM-DD.
    """
    if not check_date(text, ALL_SHAPES).ok:
        raise ValueError(f"not a date: {text!r}")
    year, month, day = _parts(text)
    return date(year, month or 1, day or 1)


def last_day(text: str) -> date:
    """Return the last day a date of the pack covers: ``2014`` -> 31 December 2014.

    Raises:
        ValueError: ``text`` is not a valid date (see :func:`first_day`).
    """
    if not check_date(text, ALL_SHAPES).ok:
        raise ValueError(f"not a date: {text!r}")
    year, month, day = _parts(text)
    month = month or 12
    return date(year, month, day or calendar.monthrange(year, month)[1])


def year_position(text: str, end: bool = False) -> float:
    """Return a date as a fractional year (2013-09-07 -> about 2013.68), for drawing.

    A day is its middle; a month or a year without ``end`` is its first day, with
    ``end`` its last day's end, so a period ``2019``–``2019`` spans the year.
    """
    day = last_day(text) if end else first_day(text)
    start = date(day.year, 1, 1).toordinal()
    length = date(day.year, 12, 31).toordinal() - start + 1
    offset = day.toordinal() - start + (1.0 if end else 0.5 if text.count("-") == 2 else 0.0)
    return day.year + offset / length


def format_date(text: str) -> str:
    """Return a pack date in words: "7 September 2013", "November 2014", "2012"."""
    try:
        year, month, day = _parts(text)
    except ValueError:
        return text
    if month is None or not 1 <= month <= 12:
        return str(year)
    if day is None:
        return f"{MONTHS[month - 1]} {year}"
    return f"{day} {MONTHS[month - 1]} {year}"


def format_when(event: TimelineEvent) -> str:
    """Return when ``event`` happened in words, a period as "March 2019 – September 2022"
    (days of one month as "17–18 October 2023")."""
    if not event.end:
        return format_date(event.date)
    start, end = event.date.split("-"), event.end.split("-")
    if len(start) == len(end) == 3 and start[:2] == end[:2] and start[2] != end[2]:
        return f"{int(start[2])}–{format_date(event.end)}"
    return f"{format_date(event.date)} – {format_date(event.end)}"


def chronological(events: list[TimelineEvent]) -> list[TimelineEvent]:
    """Return ``events`` sorted by their first day, a year or month before a day it begins with
    (as they are drawn); otherwise the sort is stable, so same-day events keep file order."""
    return sorted(events, key=lambda event: (first_day(event.date), len(event.date)))
