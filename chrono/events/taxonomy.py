"""The event taxonomy as data: labels and CAMEO / ACLED codes per type and subtype."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from chrono.models import EventCodes


@cache
def taxonomy() -> dict[str, dict[str, dict[str, Any]]]:
    text = resources.files("chrono.events.lexicons").joinpath("taxonomy.json").read_text("utf-8")
    data: dict[str, dict[str, dict[str, Any]]] = json.loads(text)["types"]
    return data


def label(event_type: str, subtype: str) -> str:
    entry = taxonomy().get(event_type, {}).get(subtype)
    return entry["label"] if entry else subtype.replace("_", " ").capitalize()


def codes(event_type: str, subtype: str) -> EventCodes | None:
    entry = taxonomy().get(event_type, {}).get(subtype)
    if entry is None:
        return None
    return EventCodes(
        cameo=entry["cameo"],
        acled_event_type=entry["acled_event_type"],
        acled_sub_event_type=entry["acled_sub_event_type"],
    )
