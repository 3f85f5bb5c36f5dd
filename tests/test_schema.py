"""The files in schemas/ are generated from the models; this fails when they drift."""

from chrono.schema import render_schemas, stale_schemas
from tests.conftest import ROOT


def test_published_schemas_match_the_models():
    stale = stale_schemas(ROOT / "schemas")
    assert stale == [], f"regenerate with: chrono schema -o schemas/ (stale: {stale})"


def test_drift_is_detected(tmp_path):
    for name, text in render_schemas().items():
        (tmp_path / name).write_text(text, "utf-8")
    (tmp_path / "event.schema.json").write_text("{}", "utf-8")
    assert stale_schemas(tmp_path) == ["event.schema.json"]
