"""Timeline as CSV: one row per event, UTF-8, safe to open in a spreadsheet.

A cell that starts with = + - @ (or a tab or carriage return) would be run as a
formula by spreadsheet programs; such cells get a leading apostrophe, the
convention spreadsheets themselves use for "this is text".
"""

from __future__ import annotations

import csv
import io

from chrono.export.fields import COLUMNS as FIELD_COLUMNS
from chrono.export.fields import event_row
from chrono.models import Timeline
from chrono.views import TimelineView, view_of

COLUMNS = [key for key, _ in FIELD_COLUMNS]
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """Text a spreadsheet will show as text, never evaluate."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def timeline_to_csv(timeline: Timeline | TimelineView, *, excel_bom: bool = False) -> bytes:
    """CSV bytes; ``excel_bom`` prepends the byte order mark Excel needs to read UTF-8."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for entry in view_of(timeline).entries():
        writer.writerow([safe_cell(value) for value in event_row(entry)])
    data = buffer.getvalue().encode("utf-8")
    return b"\xef\xbb\xbf" + data if excel_bom else data
