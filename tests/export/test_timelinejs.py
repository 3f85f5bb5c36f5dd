"""TimelineJS: Knight Lab's slide format, checked against the fields its documentation requires."""

import json

import jsonschema

DATE = {
    "type": "object",
    "required": ["year"],
    "properties": {
        "year": {"type": "integer"},
        "month": {"type": "integer", "minimum": 1, "maximum": 12},
        "day": {"type": "integer", "minimum": 1, "maximum": 31},
        "display_date": {"type": "string"},
    },
    "additionalProperties": False,
}
TEXT = {"type": "object", "properties": {"headline": {"type": "string"}, "text": {"type": "string"}}}
SLIDE = {
    "type": "object",
    "required": ["start_date", "text"],
    "properties": {
        "start_date": DATE,
        "end_date": DATE,
        "text": TEXT,
        "group": {"type": "string"},
        "display_date": {"type": "string"},
        "unique_id": {"type": "string", "pattern": "^[A-Za-z][A-Za-z0-9_-]*$"},
        "background": {"type": "object", "properties": {"color": {"type": "string", "pattern": "^#[0-9A-F]{6}$"}}},
        "autolink": {"type": "boolean"},
    },
    "additionalProperties": False,
}
TIMELINEJS = {
    "type": "object",
    "required": ["events"],
    "properties": {
        "title": {"type": "object", "properties": {"text": TEXT}},
        "events": {"type": "array", "items": SLIDE},
    },
}


def test_slides_follow_the_timelinejs_format(seed_timeline, crafted_timeline):
    for timeline in (seed_timeline, crafted_timeline):
        data = json.loads(json.dumps(timeline.to_timelinejs()))
        jsonschema.Draft202012Validator(TIMELINEJS).validate(data)
        ids = [slide["unique_id"] for slide in data["events"]]
        assert len(ids) == len(set(ids))


def test_days_show_as_days_and_coarse_dates_say_so(crafted_timeline):
    slides = {s["unique_id"]: s for s in crafted_timeline.to_timelinejs()["events"]}
    two_days = slides["event-twoday00000000004"]
    assert two_days["start_date"] == {"year": 2026, "month": 2, "day": 4}
    assert two_days["end_date"] == {"year": 2026, "month": 2, "day": 5}
    assert "display_date" not in two_days
    assert slides["event-week0000000000001"]["display_date"] == "week of 2 February 2026"
    month = slides["event-month000000000002"]
    assert month["start_date"] == {"year": 2026, "month": 3} and month["display_date"] == "March 2026"
    assert {s["group"] for s in slides.values()} == {"talks", "statement"}


def test_undated_events_are_left_out_and_text_is_escaped(crafted_timeline, hostile_timeline):
    slides = crafted_timeline.to_timelinejs()["events"]
    assert "event-undated0000000006" not in {s["unique_id"] for s in slides}
    text = json.dumps(crafted_timeline.to_timelinejs(title="<b>x</b>"))
    assert "<b>x</b>" not in text and "&lt;b&gt;x&lt;/b&gt;" in text
    assert "javascript:" not in text  # an unsafe source link is never an <a href>
    hostile = json.dumps(hostile_timeline.to_timelinejs())
    assert '<a href=\\"https://example.invalid/a\\">source</a>' in hostile
