"""Dates written in packs: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, checked against the calendar.

Every value of the pack format is text (``docs/content-format.md``), so a
date is the string the author wrote.  :func:`check_date` says whether that
string is a date of an allowed shape, and if not, what is wrong in words an
author can act on.  The shapes are the ISO 8601 calendar forms with a full
year (ISO 8601-1:2019, 5.2.2.1 and 5.2.2.2, "complete" and "reduced
precision" representations); the Gregorian calendar decides which days exist.
Year 0000 is refused: ISO 8601 allows it only by agreement between the
parties, and in a briefing it is always a typing mistake.

``briefing.yaml``'s ``updated`` takes ``YYYY-MM-DD`` only; a later timeline
feature will allow all three shapes.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Collection
from dataclasses import dataclass
from typing import Literal

DateShape = Literal["YYYY", "YYYY-MM", "YYYY-MM-DD"]
ALL_SHAPES: tuple[DateShape, ...] = ("YYYY", "YYYY-MM", "YYYY-MM-DD")
DAY_ONLY: tuple[DateShape, ...] = ("YYYY-MM-DD",)

_SHAPES: dict[DateShape, re.Pattern[str]] = {
    "YYYY": re.compile(r"([0-9]{4})"),
    "YYYY-MM": re.compile(r"([0-9]{4})-([0-9]{2})"),
    "YYYY-MM-DD": re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})"),
}

#: English month names for messages (``calendar.month_name`` follows the locale).
_MONTHS = (
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
)


@dataclass(frozen=True)
class DateCheck:
    """The outcome of :func:`check_date`.

    Attributes:
        ok: True when the text is a real date of an allowed shape.
        shape: the shape the text has (even when the date is not real), or
            ``None`` when it has none of the allowed shapes.
        reason: empty when ``ok``; else why not, a phrase that follows
            in brackets in a message (see :func:`date_problem`).
    """

    ok: bool
    shape: DateShape | None = None
    reason: str = ""


def check_date(text: str, shapes: Collection[DateShape] = DAY_ONLY) -> DateCheck:
    """Check that ``text`` is a calendar date written in one of ``shapes``.

    Args:
        text: the value as written (surrounding whitespace is not allowed;
            the parsers strip it before).
        shapes: the shapes accepted, a subset of :data:`ALL_SHAPES`; the
            default is ``YYYY-MM-DD`` only.

    Returns:
        A :class:`DateCheck`.  ``shape is None`` means the text is not written
        in an allowed shape at all ("Sept 2022", "17/09/2022"); a shape with
        ``ok=False`` means it looks like a date but is none: month 00 or 13,
        day 00 or 30 February, year 0000.  Never raises.
    """
    for shape in ALL_SHAPES:
        if shape not in shapes:
            continue
        match = _SHAPES[shape].fullmatch(text)
        if match is None:
            continue
        parts = [int(part) for part in match.groups()]
        year = parts[0]
        if year == 0:
            return DateCheck(False, shape, "there is no year 0000")
        if len(parts) > 1 and not 1 <= parts[1] <= 12:
            return DateCheck(False, shape, f"there is no month {match.group(2)}")
        if len(parts) > 2:
            last = calendar.monthrange(year, parts[1])[1]
            if not 1 <= parts[2] <= last:
                month = _MONTHS[parts[1] - 1]
                return DateCheck(False, shape, f"{month} {match.group(1)} has {last} days")
        return DateCheck(True, shape)
    return DateCheck(False, None, "the date is not written " + _wanted(shapes))


def _wanted(shapes: Collection[DateShape]) -> str:
    """Return the allowed shapes in words: ``"YYYY or YYYY-MM-DD"``."""
    return " or ".join(shape for shape in ALL_SHAPES if shape in shapes)


def date_problem(key: str, text: str, shapes: Collection[DateShape] = DAY_ONLY) -> str | None:
    """Return a message for a date field that fails :func:`check_date`, or ``None`` if it passes.

    ``key`` names the field (``'updated'``).  A real shape with an impossible
    date gives ``'updated' is 2026-02-30, which is not a calendar date (February
    2026 has 28 days); write a real date as YYYY-MM-DD``; a wrong shape gives
    ``'updated' is 'Sept 2022', which is not written YYYY-MM-DD; write the date so
    (2024-05-31)``.
    """
    result = check_date(text, shapes)
    if result.ok:
        return None
    wanted = _wanted(shapes)
    if result.shape is None:
        examples = {"YYYY": "2024", "YYYY-MM": "2024-05", "YYYY-MM-DD": "2024-05-31"}
        example = " or ".join(examples[shape] for shape in ALL_SHAPES if shape in shapes)
        return f"{key!r} is {text!r}, which is not written {wanted}; write the date so ({example})"
    return (
        f"{key!r} is {text}, which is not a calendar date ({result.reason}); "
        f"write a real date as {wanted}"
    )
