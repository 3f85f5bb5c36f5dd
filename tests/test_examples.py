"""The examples run as written and produce what their docstrings promise."""

import subprocess
import sys

import vobject
from python_calamine import CalamineWorkbook

from tests.conftest import ROOT

EXAMPLES = ROOT / "examples"


def run(script: str, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / script), *args], capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_library_example_prints_the_events():
    output = run("library.py")
    assert "talks" in output and "Talks, round 3" in output
    assert "2026-01-28" in output  # last Wednesday from Thursday 5 February


def test_calendar_example_writes_an_importable_calendar(tmp_path):
    target = tmp_path / "seed.ics"
    run("calendar_file.py", str(target))
    calendar = vobject.readOne(target.read_text("utf-8"))
    assert len(calendar.vevent_list) == 7


def test_spreadsheet_example_merges_two_outlets(tmp_path):
    target = tmp_path / "analyst.xlsx"
    output = run("analyst_spreadsheet.py", str(target))
    assert "2 source(s)" in output
    rows = CalamineWorkbook.from_path(str(target)).get_sheet_by_name("Timeline").to_python()
    assert rows[0][0] == "Start" and len(rows) >= 3


def test_batch_example_merges_a_folder_in_two_processes(tmp_path):
    output = run("batch_corpus.py", str(tmp_path))
    assert "2 document(s)  Talks, round 3: Iran – Oman in Muscat" in output
    assert (tmp_path / "timeline.xlsx").read_bytes()[:2] == b"PK"
    assert b"Wire stories" in (tmp_path / "timeline.html").read_bytes()
