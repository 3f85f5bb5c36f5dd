"""Event fields as one line of text, shared by the tabular and page exporters."""

from __future__ import annotations

from chrono.models import Event


def quote_or_claim(event: Event) -> str:
    quotes = "; ".join(f"“{q}”" for q in event.attributes.quotes)
    return quotes or event.attributes.claim or ""


def actors_text(event: Event) -> str:
    return "; ".join(f"{a.name} ({a.role})" for a in event.actors)


def quantities_text(event: Event) -> str:
    return "; ".join(q.text for q in event.attributes.quantities)


def first_url(event: Event) -> str:
    return next((s.url for s in event.sources if s.url), "")


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


def event_row(event: Event) -> list[object]:
    """The event's cells in COLUMNS order; None where there is nothing (an undated event)."""
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
        first_url(event),
    ]
