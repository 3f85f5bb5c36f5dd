import json
from pathlib import Path

import jsonschema

from chrono.export.json import timeline_from_json
from chrono.models import SCHEMA_VERSION

SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "schemas" / "timeline.schema.json").read_text("utf-8"))


def test_seed_json_validates_against_the_published_schema(seed_timeline):
    document = json.loads(seed_timeline.to_json())
    jsonschema.Draft202012Validator(SCHEMA).validate(document)
    assert document["schema_version"] == SCHEMA_VERSION
    first = document["events"][0]
    assert {"id", "type", "subtype", "title", "date", "sources"} <= set(first)
    assert {"value", "start", "end", "precision", "certainty"} <= set(first["date"])
    assert "sentence" in first["sources"][0]


def test_the_schema_rejects_a_broken_timeline(seed_timeline):
    document = json.loads(seed_timeline.to_json())
    document["events"][0]["type"] = "picnic"
    errors = list(jsonschema.Draft202012Validator(SCHEMA).iter_errors(document))
    assert errors


def test_json_round_trips_to_an_equal_timeline(seed_timeline):
    assert timeline_from_json(seed_timeline.to_json()) == seed_timeline
