"""Timeline as JSON, in the shape of ``schemas/timeline.schema.json``."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from pydantic import BaseModel

from chrono.models import Timeline
from chrono.views import EventEntry, TimelineView


def timeline_to_json(timeline: Timeline, *, indent: int | None = 2) -> str:
    return timeline.model_dump_json(indent=indent) + "\n"


def timeline_from_json(data: str | bytes) -> Timeline:
    return Timeline.model_validate_json(data)


def _indented(item: BaseModel, depth: int, **options: object) -> str:
    """``item`` as ``model_dump_json(indent=2)`` writes it ``depth`` levels deep in a document.

    Strings in JSON hold no raw line breaks, so indenting each line is exactly
    what pretty-printing the enclosing document does to the item.
    """
    return item.model_dump_json(indent=2, **options).replace("\n", "\n" + "  " * depth)  # type: ignore[arg-type]


def _array(pieces: Iterable[str], depth: int) -> Iterator[str]:
    """A pretty-printed JSON array of already formatted items, ``depth`` levels deep."""
    inner, outer = "\n" + "  " * (depth + 1), "\n" + "  " * depth
    first = True
    for piece in pieces:
        yield ("[" if first else ",") + inner + piece
        first = False
    yield "[]" if first else outer + "]"


def event_json(entry: EventEntry, *, indent: bool, depth: int = 0) -> Iterator[str]:
    """The event as ``model_dump_json`` writes it, its mentions read one at a time.

    ``sources`` is the last field of an Event, so the event without it, then
    the mentions, make the same text as the whole event would.
    """
    if not indent:
        head = entry.event.model_dump_json(exclude={"sources"})
        yield head[:-1] + ',"sources":['
        for number, source in enumerate(entry.sources()):
            yield ("," if number else "") + source.model_dump_json()
        yield "]}"
        return
    head = _indented(entry.event, depth, exclude={"sources"})
    closing = "\n" + "  " * depth + "}"
    yield head[: -len(closing)] + ",\n" + "  " * (depth + 1) + '"sources": '
    yield from _array((_indented(source, depth + 2) for source in entry.sources()), depth + 1)
    yield closing


def write_json(view: TimelineView, stream: BinaryIO) -> None:
    """The same bytes as :func:`timeline_to_json`, written a document and a mention at a time."""
    version = json.dumps(Timeline.model_fields["schema_version"].default, ensure_ascii=False)
    stream.write(f'{{\n  "schema_version": {version},\n  "documents": '.encode())
    for piece in _array((_indented(document, 2) for document in view.documents), 1):
        stream.write(piece.encode("utf-8"))
    stream.write(b',\n  "events": ')
    first = True
    for entry in view.entries():
        stream.write(b"[\n    " if first else b",\n    ")
        for piece in event_json(entry, indent=True, depth=2):
            stream.write(piece.encode("utf-8"))
        first = False
    stream.write(b"[]" if first else b"\n  ]")
    stream.write(b"\n}\n")
