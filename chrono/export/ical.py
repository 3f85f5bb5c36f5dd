"""Timeline as an RFC 5545 calendar (with RFC 7986 names): one all-day VEVENT per dated event.

DTEND is exclusive for all-day events (a one-day event on 4 February ends on
the 5th). UIDs come from event ids, and SEQUENCE counts the mentions behind an
event, so importing a newer export of the same story updates the entries
instead of duplicating them. LAST-MODIFIED is the newest publication date among
the event's sources: deterministic, and it moves forward when new reports do.
The description carries the evidence so the calendar alone can be checked.
"""

from __future__ import annotations

import datetime as dt
import re
from itertools import islice

from icalendar import Calendar
from icalendar import Event as VEvent

from chrono import __version__
from chrono.export.fields import DAY_PRECISIONS, display_date, quote_or_claim, web_url
from chrono.export.files import output_timestamp
from chrono.models import Event, Timeline
from chrono.views import Documents, EventEntry, TimelineView, view_of

# RFC 5545 TEXT allows no control characters but tab and (escaped) newline.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")

_LISTED_SOURCES = 10  # source sentences quoted in a description

# RFC 7986 COLOR takes a CSS3 colour name; these match the workbook's and the page's type colours.
_CSS_COLOURS = {"talks": "seagreen", "strike": "firebrick", "statement": "royalblue", "other": "sienna"}


def _clean(text: str) -> str:
    return _CONTROL.sub("\ufffd", text)


def summary(event: Event) -> str:
    """The title, plus what a calendar cell cannot show: a coarse, approximate or planned date."""
    notes = []
    if event.date is not None and event.date.precision not in DAY_PRECISIONS:
        notes.append(f"{event.date.precision.value}: {display_date(event.date)}")
    if event.date is not None and event.date.modifier == "APPROX":
        notes.append("approximate date")
    if event.attributes.planned:
        notes.append("planned")
    return _clean(f"{event.title} ({'; '.join(notes)})" if notes else event.title)


def _description(entry: EventEntry) -> str:
    event = entry.event
    lines = [event.summary]
    quote = quote_or_claim(event)
    if quote:
        lines.append(f"Quote or claim: {quote}")
    if event.date is not None:
        lines.append(f"Date: {event.date.value} — {event.date.rationale} (certainty {event.date.certainty})")
    for source in islice(entry.sources(), _LISTED_SOURCES):
        lines.append(f"Source ({source.document_id}): {source.sentence}")
    if entry.mentions > _LISTED_SOURCES:
        # A story told by thousands of outlets would make a description of megabytes.
        lines.append(f"... and {entry.mentions - _LISTED_SOURCES} more mentions (see the JSON or the workbook)")
    lines.append(f"Confidence: {event.confidence}; reported by {event.source_count} document(s)")
    return _clean("\n".join(lines))


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc)


def _from_mentions(entry: EventEntry, documents: Documents) -> tuple[tuple[dt.date, dt.date] | None, str | None]:
    """The span of the mentions' publication days and the first web link, in one pass over them."""
    first: dt.date | None = None
    last: dt.date | None = None
    url: str | None = None
    for source in entry.sources():
        publication = documents.publication(source.document_id)
        if publication is not None:
            day = publication.date
            first, last = min(first or day, day), max(last or day, day)
        if url is None and source.url and web_url(source.url):
            url = source.url
    return ((first, last) if first is not None and last is not None else None), url


def _vevent(item: EventEntry, stamp: dt.datetime, documents: Documents) -> VEvent | None:
    event = item.event
    if event.date is None or event.date.start is None:
        return None  # a calendar cannot hold an undated event; JSON and Excel keep it
    end = event.date.end or event.date.start
    entry = VEvent()
    entry.add("uid", f"{event.id}@chrono-timeline")
    entry.add("dtstamp", stamp)
    span, url = _from_mentions(item, documents)
    if span is not None:
        entry.add("created", _midnight(span[0]))
        entry.add("last-modified", _midnight(span[1]))
    entry.add("sequence", item.mentions - 1)
    entry.add("dtstart", event.date.start)
    entry.add("dtend", end + dt.timedelta(days=1))
    entry.add("summary", summary(event))
    entry.add("description", _description(item))
    entry.add("categories", [event.type, event.subtype])
    tentative = event.attributes.planned or event.date.modifier == "APPROX"
    entry.add("status", "TENTATIVE" if tentative else "CONFIRMED")
    entry.add("transp", "TRANSPARENT")  # a news event does not make the reader busy
    if event.type in _CSS_COLOURS:
        entry.add("color", _CSS_COLOURS[event.type])
    if event.location is not None:
        entry.add("location", _clean(event.location.name))
        if event.location.latitude is not None and event.location.longitude is not None:
            entry.add("geo", (event.location.latitude, event.location.longitude))
    if url:
        entry.add("url", url)
    entry.add("x-chrono-event-id", event.id)
    entry.add("x-chrono-confidence", str(event.confidence))
    entry.add("x-chrono-date-precision", event.date.precision.value)
    entry.add("x-chrono-date-certainty", str(event.date.certainty))
    entry.add("x-chrono-timex-value", event.date.value)
    entry.add("x-chrono-source-count", str(event.source_count))
    return entry


def timeline_to_ical(timeline: Timeline | TimelineView, *, name: str = "chrono-timeline") -> bytes:
    view = view_of(timeline)
    stamp = output_timestamp(view.documents)
    calendar = Calendar()
    calendar.add("prodid", f"-//chrono-timeline//chrono {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("name", name)
    calendar.add("x-wr-calname", name)
    about = f"Events extracted from {len(view.documents)} document(s) by chrono-timeline {__version__}"
    calendar.add("description", about)
    calendar.add("x-wr-caldesc", about)
    calendar.add("last-modified", stamp)
    for item in view.entries():
        entry = _vevent(item, stamp, view.documents)
        if entry is not None:
            calendar.add_component(entry)
    return calendar.to_ical()
