"""Event fields as one line of text, shared by the tabular and page exporters."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from chrono.models import Event, Precision, Source, TimeValue
from chrono.views import EventEntry, entry_of


def quote_or_claim(event: Event) -> str:
    quotes = "; ".join(f"“{q}”" for q in event.attributes.quotes)
    return quotes or event.attributes.claim or ""


def actors_text(event: Event) -> str:
    return "; ".join(f"{a.name} ({a.role})" for a in event.actors)


def quantities_text(event: Event) -> str:
    return "; ".join(q.text for q in event.attributes.quantities)


# One colour per event type, the same in the workbook, the HTML page and the calendar.
TYPE_COLOURS = {"talks": "2E7D32", "strike": "C62828", "statement": "1565C0", "other": "6D4C41"}


def web_url(url: str) -> bool:
    """Whether a link may be made clickable: only http(s), never javascript: or file:."""
    return url.lower().startswith(("https://", "http://"))


_MONTH_NAMES = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip
# Precisions at which a date is a day (or finer); coarser ones are shown as a span.
DAY_PRECISIONS = {Precision.TIME, Precision.DAY}


def _day(day: dt.date) -> str:
    return f"{day.day} {_MONTH_NAMES[day.month - 1]} {day.year}"


def display_date(value: TimeValue) -> str | None:
    """What a reader should see for a coarse date: "week of 2 February 2026", "February 2026", ...

    None for day-precise dates, which show as they are.
    """
    start, precision = value.start, value.precision
    if start is None or precision in DAY_PRECISIONS:
        return None
    end = value.end or start
    if precision == Precision.WEEK and (end - start).days < 7:
        return f"week of {_day(start)}"
    if (
        precision == Precision.MONTH
        and start.day == 1
        and (end + dt.timedelta(days=1)).day == 1
        and (end.month == start.month)
    ):
        return f"{_MONTH_NAMES[start.month - 1]} {start.year}"
    if precision == Precision.YEAR and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        return str(start.year) if start.year == end.year else f"{start.year} to {end.year}"
    return f"{_day(start)} to {_day(end)} ({precision.value} precision)"


def first_url(sources: Iterable[Source]) -> str:
    return next((s.url for s in sources if s.url), "")


# (key, heading) of each column of one-row-per-event outputs, in order.
COLUMNS: list[tuple[str, str]] = [
    ("start", "Start"),
    ("end", "End"),
    ("precision", "Precision"),
    ("type", "Type"),
    ("subtype", "Subtype"),
    ("title", "Title"),
    ("actors", "Actors"),
    ("location", "Location"),
    ("quote_or_claim", "Quote or claim"),
    ("quantities", "Quantities"),
    ("confidence", "Confidence"),
    ("date_certainty", "Date certainty"),
    ("documents", "Documents"),
    ("sentence", "Source sentence"),
    ("date_rationale", "Date rationale"),
    ("value", "TIMEX3 value"),
    ("event_id", "Event id"),
    ("url", "URL"),
]


def event_row(event: Event | EventEntry, *, url: str | None = None) -> list[object]:
    """The event's cells in COLUMNS order; None where there is nothing (an undated event).

    ``url`` is the first link among the mentions when the caller has just read them all (the
    workbook's Sources sheet): otherwise finding it is one more pass over every mention.
    """
    entry = event if isinstance(event, EventEntry) else entry_of(event)
    event = entry.event
    date = event.date
    return [
        date.start if date else None,
        date.end if date else None,
        date.precision.value if date else "undated",
        event.type,
        event.subtype,
        event.title,
        actors_text(event),
        event.location.name if event.location else "",
        quote_or_claim(event),
        quantities_text(event),
        event.confidence,
        date.certainty if date else None,
        event.source_count,
        event.sources[0].sentence,
        date.rationale if date else "no date in the text",
        date.value if date else "",
        event.id,
        first_url(entry.sources()) if url is None else url,
    ]
