"""Exporters: JSON, iCal and Excel, chosen by name or by file extension."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from chrono.errors import OutputError
from chrono.export.csv import timeline_to_csv
from chrono.export.excel import timeline_to_xlsx
from chrono.export.files import write_atomic
from chrono.export.html import timeline_to_html
from chrono.export.ical import timeline_to_ical
from chrono.export.json import timeline_to_json
from chrono.models import Timeline

FORMATS: dict[str, Callable[[Timeline], bytes]] = {
    "json": lambda t: timeline_to_json(t).encode("utf-8"),
    "ics": timeline_to_ical,
    "xlsx": timeline_to_xlsx,
    "csv": timeline_to_csv,
    "html": timeline_to_html,
}
EXTENSIONS = {
    ".json": "json",
    ".ics": "ics",
    ".ical": "ics",
    ".xlsx": "xlsx",
    ".csv": "csv",
    ".html": "html",
    ".htm": "html",
}
ALIASES = {
    "ical": "ics",
    "icalendar": "ics",
    "excel": "xlsx",
    "json": "json",
    "ics": "ics",
    "xlsx": "xlsx",
    "csv": "csv",
    "html": "html",
}


def format_for(path: str | os.PathLike[str], fmt: str | None = None) -> str:
    """The format named by ``fmt``, else by the file's extension; OutputError if neither is known."""
    if fmt is not None:
        name = ALIASES.get(fmt.lower())
        if name is None:
            raise OutputError(f"unknown format {fmt!r}; choose one of {', '.join(sorted(FORMATS))}")
        return name
    suffix = Path(path).suffix.lower()
    if suffix not in EXTENSIONS:
        raise OutputError(
            f"{path}: cannot tell the format from the extension {suffix or '(none)'}; "
            f"use .json, .ics, .xlsx, .csv or .html, or pass --format"
        )
    return EXTENSIONS[suffix]


def render(timeline: Timeline, fmt: str) -> bytes:
    return FORMATS[format_for("", fmt)](timeline)


def write_timeline(timeline: Timeline, path: str | os.PathLike[str], fmt: str | None = None) -> str:
    """Write ``timeline`` atomically in the chosen format; returns the format used."""
    name = format_for(path, fmt)
    write_atomic(path, FORMATS[name](timeline))
    return name
