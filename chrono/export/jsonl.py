"""Timeline as JSON Lines: one event per line, for streams and line-oriented tools.

Each line is one ``Event`` (``schemas/event.schema.json``), in timeline order,
with no indentation, so ``grep``, ``jq -c`` or a log shipper can take it a line at
a time. Documents and their audit trail are left to the JSON timeline.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from pydantic import ValidationError

from chrono.errors import InputError, first_problem
from chrono.export.json import event_json
from chrono.models import Event, Timeline
from chrono.views import TimelineView, view_of


def event_lines(timeline: Timeline | TimelineView) -> Iterator[bytes]:
    for event in view_of(timeline).events():
        yield event.model_dump_json().encode("utf-8") + b"\n"


def write_jsonl(timeline: Timeline | TimelineView, stream: BinaryIO) -> None:
    """One line per event, written a mention at a time (an event may have thousands)."""
    for entry in view_of(timeline).entries():
        for piece in event_json(entry, indent=False):
            stream.write(piece.encode("utf-8"))
        stream.write(b"\n")


def timeline_to_jsonl(timeline: Timeline) -> bytes:
    return b"".join(event_lines(timeline))


# pydantic places a JSON syntax error by line and column of the text it was given: one line here.
_PLACE_IN_LINE = re.compile(r" at line 1 column (\d+)$")


def iter_jsonl_events(lines: Iterable[bytes | str], *, name: str = "<jsonl>") -> Iterator[Event]:
    """Events from JSON Lines, one at a time, blank lines skipped; a bad line is an InputError naming it.

    A line cut short (a stream that was killed) is told by its column: "line 7 is not an
    event (top level: Invalid JSON: EOF while parsing a string at column 31)".
    """
    for number, line in enumerate(lines, start=1):
        record = line.strip()
        if not record:
            continue
        try:
            yield Event.model_validate_json(record)
        except ValidationError as error:
            problem = _PLACE_IN_LINE.sub(r" at column \1", first_problem(error))
            raise InputError(f"{name}: line {number} is not an event ({problem})") from error


def events_from_jsonl(data: bytes | str, *, name: str = "<jsonl>") -> list[Event]:
    text = data.decode("utf-8") if isinstance(data, bytes) else data
    return list(iter_jsonl_events(text.splitlines(), name=name))
