"""JSON Schemas generated from the pydantic models: the published contract of the JSON output."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from chrono.models import Event, TemporalExpression, Timeline, TimeValue

SCHEMA_ROOT = "https://chrono-timeline.invalid/schemas/"
PUBLIC_MODELS: dict[str, type[BaseModel]] = {
    "timeline": Timeline,
    "event": Event,
    "time-value": TimeValue,
    "temporal-expression": TemporalExpression,
}


def schema_for(model: type[BaseModel], name: str) -> dict[str, object]:
    schema = model.model_json_schema(mode="serialization")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{SCHEMA_ROOT}{name}.schema.json",
        **schema,
    }


def render_schemas() -> dict[str, str]:
    """File name -> schema text, exactly as written to ``schemas/``."""
    return {
        f"{name}.schema.json": json.dumps(schema_for(model, name), indent=2, ensure_ascii=False) + "\n"
        for name, model in PUBLIC_MODELS.items()
    }


def write_schemas(directory: str | Path) -> list[Path]:
    from chrono.export.files import write_atomic

    target = Path(directory)
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for file_name, text in render_schemas().items():
        path = target / file_name
        write_atomic(path, text.encode("utf-8"))
        written.append(path)
    return written


def stale_schemas(directory: str | Path) -> list[str]:
    """Schema files in ``directory`` that differ from what the models generate."""
    target = Path(directory)
    stale = []
    for file_name, text in render_schemas().items():
        path = target / file_name
        if not path.is_file() or path.read_text("utf-8") != text:
            stale.append(file_name)
    return stale
