"""Timeline as CSV: one row per event, UTF-8, safe to open in a spreadsheet.

A cell that starts with = + - @ (or a tab or carriage return) would be run as a
formula by spreadsheet programs; such cells get a leading apostrophe, the
convention spreadsheets themselves use for "this is text".
"""

from __future__ import annotations

import csv
import io

from chrono.export.fields import actors_text, first_url, quantities_text, quote_or_claim
from chrono.models import Event, Timeline

COLUMNS = [
    "start",
    "end",
    "value",
    "precision",
    "type",
    "subtype",
    "title",
    "actors",
    "location",
    "quote_or_claim",
    "quantities",
    "confidence",
    "date_certainty",
    "source_count",
    "sentence",
    "date_rationale",
    "event_id",
    "url",
]
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """Text a spreadsheet will show as text, never evaluate."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _row(event: Event) -> list[str]:
    date = event.date
    values: list[object] = [
        date.start if date else "",
        date.end if date else "",
        date.value if date else "",
        date.precision.value if date else "undated",
        event.type,
        event.subtype,
        event.title,
        actors_text(event),
        event.location.name if event.location else "",
        quote_or_claim(event),
        quantities_text(event),
        event.confidence,
        date.certainty if date else "",
        event.source_count,
        event.sources[0].sentence,
        date.rationale if date else "no date in the text",
        event.id,
        first_url(event),
    ]
    return [safe_cell(v) for v in values]


def timeline_to_csv(timeline: Timeline, *, excel_bom: bool = False) -> bytes:
    """CSV bytes; ``excel_bom`` prepends the byte order mark Excel needs to read UTF-8."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for event in timeline.events:
        writer.writerow(_row(event))
    data = buffer.getvalue().encode("utf-8")
    return b"\xef\xbb\xbf" + data if excel_bom else data
