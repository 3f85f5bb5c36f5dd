"""The workbook is read back with python-calamine, a reader we did not write."""

import datetime as dt
import io

import openpyxl
from python_calamine import CalamineWorkbook


def sheets(timeline):
    workbook = CalamineWorkbook.from_filelike(io.BytesIO(timeline.to_excel()))
    return {name: workbook.get_sheet_by_name(name).to_python() for name in workbook.sheet_names}


def test_one_row_per_event_with_real_date_cells(seed_timeline):
    timeline_rows = sheets(seed_timeline)["Timeline"]
    header, rows = timeline_rows[0], timeline_rows[1:]
    assert header[:5] == ["Start", "End", "Precision", "Type", "Subtype"]
    assert len(rows) == len(seed_timeline.events)
    assert all(isinstance(row[0], dt.date) for row in rows)
    assert [row[0] for row in rows] == sorted(row[0] for row in rows)


def test_sources_and_dates_sheets_hold_the_audit_trail(seed_timeline):
    book = sheets(seed_timeline)
    mentions = sum(len(e.sources) for e in seed_timeline.events)
    assert len(book["Sources"]) - 1 == mentions
    assert len(book["Dates"]) - 1 == len(seed_timeline.documents[0].temporal_expressions)


def test_header_is_frozen_filtered_and_readable(seed_timeline, tmp_path):
    path = tmp_path / "t.xlsx"
    seed_timeline.to_excel(str(path))
    sheet = openpyxl.load_workbook(path)["Timeline"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref.startswith("A1:")
    assert sheet.column_dimensions["F"].width >= 40
    assert sheet["A2"].number_format == "yyyy-mm-dd"


def test_text_that_looks_like_a_formula_stays_text(hostile_timeline, tmp_path):
    path = tmp_path / "h.xlsx"
    hostile_timeline.to_excel(str(path))
    rows = sheets(hostile_timeline)["Timeline"]
    sentences = [row[13] for row in rows[1:]]
    assert any(s.startswith("=HYPERLINK(") for s in sentences)
    sheet = openpyxl.load_workbook(path)["Timeline"]
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


def test_same_timeline_same_bytes(seed_timeline):
    assert seed_timeline.to_excel() == seed_timeline.to_excel()
