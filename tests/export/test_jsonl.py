"""JSON Lines: one event per line, each valid against the published event schema."""

import json
from pathlib import Path

import jsonschema
import pytest

from chrono.errors import InputError
from chrono.export import read_timeline
from chrono.export.jsonl import events_from_jsonl

EVENT_SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "schemas" / "event.schema.json").read_text("utf-8"))


def test_one_event_per_line_each_valid_against_the_event_schema(crafted_timeline):
    lines = crafted_timeline.to_jsonl().decode("utf-8").splitlines()
    assert len(lines) == len(crafted_timeline.events)
    validator = jsonschema.Draft202012Validator(EVENT_SCHEMA)
    for line, event in zip(lines, crafted_timeline.events, strict=True):
        record = json.loads(line)
        validator.validate(record)
        assert record["id"] == event.id


def test_lines_read_back_to_the_same_events(crafted_timeline, tmp_path):
    path = tmp_path / "events.jsonl"
    crafted_timeline.save(path)
    assert read_timeline(path).events == crafted_timeline.events
    assert events_from_jsonl(crafted_timeline.to_jsonl() + b"\n\n") == crafted_timeline.events


def test_a_bad_line_is_named(seed_timeline):
    lines = seed_timeline.to_jsonl().splitlines()
    lines.insert(2, b'{"id": "x"}')
    with pytest.raises(InputError, match=r"<jsonl>: line 3 is not an event \(type: Field required\)"):
        events_from_jsonl(b"\n".join(lines))


def test_a_line_cut_short_is_named_with_the_column_where_it_ends(seed_timeline):
    first, second = seed_timeline.to_jsonl().splitlines()[:2]
    cut = second[:40]
    with pytest.raises(InputError, match=rf"<jsonl>: line 2 is not an event \(top level: .* at column {len(cut)}\)$"):
        events_from_jsonl(first + b"\n" + cut + b"\n")
