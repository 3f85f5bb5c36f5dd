"""Timeline as an RFC 5545 calendar: one all-day VEVENT per dated event.

DTEND is exclusive for all-day events (a one-day event on 4 February ends on
the 5th), UIDs come from event ids so a re-import updates entries, and the
description carries the evidence so the calendar alone can be checked.
"""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar
from icalendar import Event as VEvent

from chrono import __version__
from chrono.export.files import timeline_timestamp
from chrono.models import Event, Timeline


def _description(event: Event) -> str:
    lines = [event.summary]
    if event.attributes.quotes:
        lines.append("Quotes: " + "; ".join(f"“{q}”" for q in event.attributes.quotes))
    if event.date is not None:
        lines.append(f"Date: {event.date.value} — {event.date.rationale} (certainty {event.date.certainty})")
    for source in event.sources:
        lines.append(f"Source ({source.document_id}): {source.sentence}")
    lines.append(f"Confidence: {event.confidence}")
    return "\n".join(lines)


def timeline_to_ical(timeline: Timeline, *, name: str = "chrono-timeline") -> bytes:
    stamp = timeline_timestamp(timeline)
    calendar = Calendar()
    calendar.add("prodid", f"-//chrono-timeline//chrono {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("name", name)
    calendar.add("x-wr-calname", name)
    for event in timeline.events:
        if event.date is None or event.date.start is None:
            continue  # a calendar cannot hold an undated event; JSON and Excel keep it
        end = event.date.end or event.date.start
        entry = VEvent()
        entry.add("uid", f"{event.id}@chrono-timeline")
        entry.add("dtstamp", stamp)
        entry.add("dtstart", event.date.start)
        entry.add("dtend", end + dt.timedelta(days=1))
        entry.add("summary", event.title)
        entry.add("description", _description(event))
        entry.add("categories", [event.type, event.subtype])
        tentative = event.attributes.planned or event.date.modifier == "APPROX"
        entry.add("status", "TENTATIVE" if tentative else "CONFIRMED")
        if event.location is not None:
            entry.add("location", event.location.name)
            if event.location.latitude is not None and event.location.longitude is not None:
                entry.add("geo", (event.location.latitude, event.location.longitude))
        url = next((s.url for s in event.sources if s.url), None)
        if url:
            entry.add("url", url)
        entry.add("x-chrono-event-id", event.id)
        entry.add("x-chrono-confidence", str(event.confidence))
        calendar.add_component(entry)
    return calendar.to_ical()
