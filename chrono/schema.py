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


def validate_file(path: str | Path) -> list[str]:
    """What is wrong with a timeline file (.json) or events file (.jsonl); empty when it is valid.

    Checked against the published JSON Schema with jsonschema when it is installed
    (the ``validate`` extra), and always against the pydantic model that the
    schema is generated from, which also checks what a schema cannot say.
    """
    from pydantic import ValidationError

    from chrono.errors import first_problem
    from chrono.export import is_jsonl

    source = Path(path)
    try:
        data = source.read_bytes()
    except OSError as error:
        return [f"cannot read ({error.strerror or error})"]
    if is_jsonl(source):
        documents = [(f"line {n}: ", line, "event") for n, line in enumerate(data.splitlines(), 1) if line.strip()]
    else:
        documents = [("", data, "timeline")]
    problems: list[str] = []
    for where, text, name in documents:
        try:
            instance = json.loads(text)
        except ValueError as error:
            problems.append(f"{where}not JSON ({error})")
            continue
        schema_problems = _schema_problems(instance, name)
        problems += [f"{where}{problem}" for problem in schema_problems]
        if not schema_problems:
            try:
                # From the bytes, as every command reads them: Python's json accepts half characters
                # ("\udce9") that the reader refuses, and valid must mean readable.
                PUBLIC_MODELS[name].model_validate_json(text)
            except ValidationError as error:
                problems.append(f"{where}{first_problem(error)}")
    return problems


def _schema_problems(instance: object, name: str) -> list[str]:
    try:
        import jsonschema
    except ImportError:  # the model check below still runs
        return []
    validator = jsonschema.Draft202012Validator(schema_for(PUBLIC_MODELS[name], name))
    found = []
    for error in sorted(validator.iter_errors(instance), key=lambda e: list(map(str, e.absolute_path))):
        where = "/".join(str(part) for part in error.absolute_path) or "top level"
        found.append(f"{where}: {error.message[:200]}")
    return found
