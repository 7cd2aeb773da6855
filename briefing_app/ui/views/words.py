"""The views' words in the interface language: dates, periods and the glance page's labels.

The core writes dates and the glance page in English
(:mod:`briefing_app.core.views.timeline`, :mod:`briefing_app.core.views.glance`);
this module gives them in the language :func:`~briefing_app.ui.i18n.install_translators`
chose, with :class:`QLocale`'s month names and each language's date order (a
translation of the QDate format: "d MMMM yyyy" in Russian, "yyyy年M月d日" in
Chinese).  It imports no widget module, so the reader can use it for the glance
page without loading the timeline's.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale

from briefing_app.core.pack.model import TimelineEvent
from briefing_app.core.views.glance import GlanceWords
from briefing_app.core.views.timeline import format_date, format_when
from briefing_app.ui.i18n import SOURCE_LANGUAGE, Context, fill, interface_language

Timeline = Context("Timeline")
Glance = Context("Glance")


def _date_parts(text: str) -> tuple[int, int, int] | None:
    """(year, month, day) of a pack date, 0 for a month or day it leaves out; None if invalid."""
    try:
        numbers = [int(part) for part in text.split("-")]
    except ValueError:
        return None
    if not 1 <= len(numbers) <= 3:
        return None
    year, month, day = (*numbers, 0, 0)[:3]
    if month and not 1 <= month <= 12:
        return None
    if day and not QDate(year, month, day).isValid():
        return None
    return year, month, day


def _format_day(locale: QLocale, year: int, month: int, day: int, form: str) -> str:
    """``QDate(year, month, day)`` written in ``form`` (a QDate format) in ``locale``'s words,
    a month without a day in the name it has alone ("сентябрь 2013", not "сентября 2013")."""
    text = locale.toString(QDate(year, month, day), form)
    alone, in_date = locale.standaloneMonthName(month), locale.monthName(month)
    if "d" not in form.replace("'", " ") and alone.lower() != in_date.lower():
        text = text.replace(in_date, alone)
    return text


def date_words(text: str) -> str:
    """Return a pack date in the interface language: "7 сентября 2013", "2013年9月", "2012"
    (English as the core writes it, :func:`~briefing_app.core.views.timeline.format_date`)."""
    language = interface_language()
    parts = _date_parts(text)
    if language == SOURCE_LANGUAGE or parts is None:
        return format_date(text)
    year, month, day = parts
    locale = QLocale(language)
    if not month:
        return str(year)
    if not day:
        form = Timeline.tr("MMMM yyyy", "a month, as a QDate format writes it")
        return _format_day(locale, year, month, 1, form)
    form = Timeline.tr("d MMMM yyyy", "a day, as a QDate format writes it")
    return _format_day(locale, year, month, day, form)


def when_words(event: TimelineEvent) -> str:
    """Return when ``event`` happened in the interface language: a day, a month or a year, or
    a period ("March 2019 – September 2022"; days of one month as "17–18 October 2023")."""
    language = interface_language()
    if language == SOURCE_LANGUAGE:
        return format_when(event)
    if not event.end:
        return date_words(event.date)
    start, end = _date_parts(event.date), _date_parts(event.end)
    if start and end and start[2] and end[2] and start[:2] == end[:2] and start[2] != end[2]:
        form = Timeline.tr("%1–d MMMM yyyy", "days of one month; %1 is the first day")
        text = _format_day(QLocale(language), *end, form)
        return text.replace("%1", str(start[2]))
    period = Timeline.tr("%1 – %2", "a period: its first and its last date")
    return period.replace("%1", date_words(event.date)).replace("%2", date_words(event.end))


def glance_words() -> GlanceWords:
    """Return the glance page's labels and date writers in the interface language
    (English: the core's own, :class:`~briefing_app.core.views.glance.GlanceWords`)."""
    if interface_language() == SOURCE_LANGUAGE:
        return GlanceWords()
    return GlanceWords(
        key_facts=Glance.tr("Key facts"),
        latest_events=Glance.tr("Latest events"),
        headline_figures=Glance.tr("Headline figures"),
        figures_intro=Glance.tr(
            "Trade, investment, debt and transit figures with their year and source:"
        ),
        where_to_start=Glance.tr("Where to start"),
        no_timeline=Glance.tr(
            "No timeline in this pack. Add timeline.yaml to the pack folder (see the format "
            "guide) and its latest events show here."
        ),
        all_events=lambda count: Glance.tr("All %n events: Go › Timeline (Ctrl+T)", None, count),
        more_topics=lambda count: Glance.tr(
            "… and %n more top-level topic(s) in Contents", None, count
        ),
        edition=lambda version: fill(Glance.tr("Edition %1"), version),
        facts_as_of=lambda date: fill(Glance.tr("facts as of %1"), date_words(date)),
        audience=lambda audience: fill(Glance.tr("For %1"), audience),
        when=when_words,
    )
