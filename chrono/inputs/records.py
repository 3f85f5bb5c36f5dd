"""Records: articles given as JSON objects (one file, an array, or JSON Lines).

A record is ``{"text": ..., "published": ..., "url": ..., "title": ..., "outlet": ...,
"id": ...}``; only ``text`` is required, and other fields (a scraper's own) are
ignored. A bad record is reported with its line or position and skipped; the
others in the file still count.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from chrono.dates import parse_date
from chrono.errors import ChronoError, InputError, first_problem
from chrono.inputs.files import InputFailure
from chrono.models import Document


class Record(BaseModel):
    """One article as a scraper or feed reader hands it over."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=False)

    text: str = Field(min_length=1)
    published: str | dt.date | None = None
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    id: str | int | None = None

    def document(self, default_id: str, published: str | None = None) -> Document:
        """The Document, dated by ``published`` (the user's, for every input) before the record's own."""
        if not self.text.strip():
            raise InputError("record has no text")
        given = published or self.published
        date = given if isinstance(given, dt.date) else parse_date(given, what="published") if given else None
        return Document(
            text=self.text,
            id=str(self.id) if self.id is not None else default_id,
            published=date,
            url=self.url,
            title=self.title,
            outlet=self.outlet,
        )


def _document(data: object, name: str, published: str | None) -> Document:
    try:
        return Record.model_validate(data).document(name, published)
    except ValidationError as error:
        raise InputError(f"not an article record ({first_problem(error)})") from error


def _json_line(line: bytes, number: int) -> object:
    """One line of JSON Lines, parsed; a fault is placed by its column in the line (a stream cut short
    ends in one), not by json's "line 1" of the one-line text it was given."""
    try:
        return json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(f"line {number} is not JSON ({error.msg}: column {error.colno})") from error
    except ValueError as error:  # bytes that are not UTF-8
        raise InputError(f"line {number} is not JSON ({error})") from error


def read_records(
    lines: Iterable[bytes], source: str, stem: str, *, jsonl: bool, published: str | None = None
) -> Iterator[Document | InputFailure]:
    """Documents from a JSON or JSON Lines source, with an InputFailure in place of each bad record."""
    if jsonl:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                document = _document(_json_line(line, number), f"{stem}-{number}", published)
            except ChronoError as error:
                yield InputFailure(f"{source}:{number}", str(error))
                continue
            yield document
        return
    try:
        data = json.loads(b"".join(lines))
    except ValueError as error:
        yield InputFailure(source, f"not JSON ({error})")
        return
    if isinstance(data, dict) and "schema_version" in data and "events" in data:
        yield InputFailure(source, "a chrono timeline, not article records (combine timelines with chrono merge)")
        return
    items = data if isinstance(data, list) else [data]
    for number, item in enumerate(items, start=1):
        name = stem if len(items) == 1 else f"{stem}-{number}"
        try:
            yield _document(item, name, published)
        except ChronoError as error:
            yield InputFailure(f"{source}[{number}]", str(error))
