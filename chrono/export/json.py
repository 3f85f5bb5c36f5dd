"""Timeline as JSON, in the shape of ``schemas/timeline.schema.json``."""

from __future__ import annotations

from chrono.models import Timeline


def timeline_to_json(timeline: Timeline, *, indent: int | None = 2) -> str:
    return timeline.model_dump_json(indent=indent) + "\n"


def timeline_from_json(data: str | bytes) -> Timeline:
    return Timeline.model_validate_json(data)
