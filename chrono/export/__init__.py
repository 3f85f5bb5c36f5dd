"""Exporters, chosen by name or by file extension, all written atomically.

Every format is a function that writes a timeline to a binary stream, so a big
workbook streams to disk instead of being built in memory first. A writer takes a
``Timeline`` or a ``TimelineView`` (:mod:`chrono.views`) and reads it an event
(and a mention) at a time, so a merge spooled to disk is written without ever
being whole in memory.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from pydantic import ValidationError

from chrono.errors import InputError, OutputError, first_problem
from chrono.export.csv import timeline_to_csv
from chrono.export.excel import write_events_xlsx, write_xlsx_stream
from chrono.export.files import replace_atomic
from chrono.export.html import timeline_to_html
from chrono.export.ical import timeline_to_ical
from chrono.export.json import timeline_to_json, write_json
from chrono.export.jsonl import events_from_jsonl, iter_jsonl_events, write_jsonl
from chrono.export.timelinejs import timeline_to_timelinejs_bytes
from chrono.models import Timeline, whole_characters
from chrono.views import TimelineView


@dataclass(frozen=True)
class ExportOptions:
    """Settings some formats take; the others ignore them."""

    title: str = "chrono-timeline"  # calendar name (iCal), page and slide-show title (HTML, TimelineJS)
    excel_bom: bool = False  # CSV: start with a byte order mark so Excel reads UTF-8

    def __post_init__(self) -> None:
        # A title from a command line in another encoding arrives with half characters; no file can hold them.
        object.__setattr__(self, "title", whole_characters(self.title))


Writer = Callable[[Timeline | TimelineView, BinaryIO, ExportOptions], object]  # what it returns is ignored


def _json(timeline: Timeline | TimelineView, stream: BinaryIO) -> None:
    if isinstance(timeline, TimelineView):
        write_json(timeline, stream)
    else:
        stream.write(timeline_to_json(timeline).encode("utf-8"))


WRITERS: dict[str, Writer] = {
    "json": lambda t, s, o: _json(t, s),
    "jsonl": lambda t, s, o: write_jsonl(t, s),
    "ics": lambda t, s, o: s.write(timeline_to_ical(t, name=o.title)),
    "xlsx": lambda t, s, o: write_xlsx_stream(t, s),
    "csv": lambda t, s, o: s.write(timeline_to_csv(t, excel_bom=o.excel_bom)),
    "html": lambda t, s, o: s.write(timeline_to_html(t, title=o.title)),
    "timelinejs": lambda t, s, o: s.write(timeline_to_timelinejs_bytes(t, title=o.title)),
}
FORMATS = sorted(WRITERS)
# Longest suffix first: "x.timelinejs.json" is TimelineJS, "x.json" a timeline.
EXTENSIONS = {
    ".timelinejs.json": "timelinejs",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".ics": "ics",
    ".ical": "ics",
    ".xlsx": "xlsx",
    ".csv": "csv",
    ".html": "html",
    ".htm": "html",
}
ALIASES = {name: name for name in WRITERS} | {
    "ical": "ics",
    "icalendar": "ics",
    "excel": "xlsx",
    "ndjson": "jsonl",
    "timeline.js": "timelinejs",
}


def format_for(path: str | os.PathLike[str], fmt: str | None = None) -> str:
    """The format named by ``fmt``, else by the file's extension; OutputError if neither is known."""
    if fmt is not None:
        name = ALIASES.get(fmt.lower())
        if name is None:
            raise OutputError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        return name
    filename = Path(path).name.lower()
    for suffix, name in EXTENSIONS.items():
        if filename.endswith(suffix) and len(filename) > len(suffix):
            return name
    known = ", ".join(EXTENSIONS)
    raise OutputError(
        f"{path}: cannot tell the format from the extension {Path(path).suffix or '(none)'}; "
        f"use one of {known}, or pass --format"
    )


def render(timeline: Timeline | TimelineView, fmt: str, options: ExportOptions | None = None) -> bytes:
    """The timeline in format ``fmt`` as bytes."""
    buffer = io.BytesIO()
    WRITERS[format_for("", fmt)](timeline, buffer, options or ExportOptions())
    return buffer.getvalue()


def write_timeline(
    timeline: Timeline | TimelineView,
    path: str | os.PathLike[str],
    fmt: str | None = None,
    options: ExportOptions | None = None,
) -> str:
    """Write ``timeline`` atomically in the chosen format; returns the format used."""
    name = format_for(path, fmt)
    with replace_atomic(path) as stream:
        WRITERS[name](timeline, stream, options or ExportOptions())
    return name


def read_timeline(path: str | os.PathLike[str]) -> Timeline:
    """A timeline from a file this package wrote: timeline JSON, or JSON Lines of events.

    JSON Lines carry no documents, so a timeline read from them has events only.
    """
    with _open_input(path) as stream:
        data = stream.read()
    if is_jsonl(path):
        return Timeline(events=events_from_jsonl(data, name=str(path)))
    try:
        return Timeline.model_validate_json(data)
    except ValidationError as error:
        raise InputError(f"{path}: not a chrono timeline JSON file ({first_problem(error)})") from error


def _open_input(path: str | os.PathLike[str]) -> BinaryIO:
    try:
        return open(path, "rb")
    except FileNotFoundError as error:
        raise InputError(f"{path}: no such file") from error
    except IsADirectoryError as error:
        raise InputError(f"{path}: is a directory, not a timeline file") from error
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from error


def is_jsonl(path: str | os.PathLike[str]) -> bool:
    return Path(path).name.lower().endswith((".jsonl", ".ndjson"))


def export_file(
    source: str | os.PathLike[str],
    path: str | os.PathLike[str],
    fmt: str | None = None,
    options: ExportOptions | None = None,
) -> str:
    """Convert a saved timeline file to another format; returns the format written.

    JSON Lines to a workbook streams: one event in memory at a time, however
    many there are. Everything else loads the timeline first.
    """
    name = format_for(path, fmt)
    if not (is_jsonl(source) and name == "xlsx"):
        return write_timeline(read_timeline(source), path, name, options)
    with _open_input(source) as lines, replace_atomic(path) as stream:
        write_events_xlsx(iter_jsonl_events(lines, name=str(source)), [], stream)
    return name
