"""The workbook is read back with python-calamine, a reader we did not write."""

import datetime as dt
import gc
import io
import shutil
import subprocess
import sys
import warnings
import zipfile

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

import chrono


def sheets(timeline):
    workbook = CalamineWorkbook.from_filelike(io.BytesIO(timeline.to_excel()))
    return {name: workbook.get_sheet_by_name(name).to_python() for name in workbook.sheet_names}


def test_one_row_per_event_with_real_date_cells(seed_timeline):
    timeline_rows = sheets(seed_timeline)["Timeline"]
    header, rows = timeline_rows[0], timeline_rows[1:]
    assert header[:5] == ["Start", "End", "Precision", "Type", "Subtype"]
    assert len(rows) == len(seed_timeline.events)
    dated = [row for row in rows if row[0] != ""]
    assert all(isinstance(row[0], dt.date) for row in dated)
    assert [row[0] for row in dated] == sorted(row[0] for row in dated)
    assert rows[: len(dated)] == dated  # an undated event ("Kyiv has rejected ...") comes last, cells empty
    assert len(dated) == len([e for e in seed_timeline.events if e.date is not None])


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


def test_type_cells_are_coloured_and_limited_to_the_taxonomy(seed_timeline, tmp_path):
    path = tmp_path / "t.xlsx"
    seed_timeline.to_excel(path)
    sheet = openpyxl.load_workbook(path)["Timeline"]
    (validation,) = sheet.data_validations.dataValidation
    assert validation.type == "list" and validation.formula1 == '"talks,strike,statement,other"'
    assert str(validation.sqref) == f"D2:D{len(seed_timeline.events) + 1}"
    colours = {row[3].value: row[3].fill.fgColor.rgb for row in sheet.iter_rows(min_row=2)}
    assert colours["talks"].endswith("2E7D32") and colours["statement"].endswith("1565C0")
    ranges = {str(r.sqref) for r in sheet.conditional_formatting}
    assert f"K2:K{len(seed_timeline.events) + 1}" in ranges  # confidence, red to green


def test_wrapped_rows_get_a_height_and_text_wraps(seed_timeline, tmp_path):
    path = tmp_path / "t.xlsx"
    seed_timeline.to_excel(path)
    sheet = openpyxl.load_workbook(path)["Timeline"]
    assert sheet["N2"].alignment.wrap_text  # the source sentence
    assert sheet.row_dimensions[2].height >= 30  # a long sentence takes several lines


def test_only_web_addresses_become_links(hostile_timeline, crafted_timeline, tmp_path):
    path = tmp_path / "h.xlsx"
    hostile_timeline.to_excel(path)
    book = openpyxl.load_workbook(path)
    links = [c.hyperlink.target for row in book["Timeline"].iter_rows() for c in row if c.hyperlink]
    assert links and set(links) == {"https://example.invalid/a"}
    assert any(c.hyperlink for row in book["Sources"].iter_rows() for c in row)
    crafted = tmp_path / "c.xlsx"
    crafted_timeline.to_excel(crafted)
    sheet = openpyxl.load_workbook(crafted)["Sources"]
    cells = [c for row in sheet.iter_rows() for c in row if c.value == "javascript:alert(1)"]
    assert cells and all(c.hyperlink is None for c in cells)


def test_summary_counts_by_type_and_week_with_a_chart(crafted_timeline):
    summary = sheets(crafted_timeline)["Summary"]
    counts = {row[0]: row[1] for row in summary if row and isinstance(row[1], int | float)}
    assert counts["Events"] == len(crafted_timeline.events)
    assert counts["Undated events"] == 1
    assert counts["talks"] == 3 and counts["statement"] == 3
    weeks = [row for row in summary if row and isinstance(row[0], dt.date)]
    assert [w[0] for w in weeks] == sorted(w[0] for w in weeks)
    assert all(w[0].weekday() == 0 for w in weeks)  # weeks are keyed by their Monday
    with zipfile.ZipFile(io.BytesIO(crafted_timeline.to_excel())) as archive:
        chart = archive.read("xl/charts/chart1.xml").decode("utf-8")
    assert "Events per week by type" in chart and 'val="stacked"' in chart


def test_dates_before_1900_are_text_and_control_characters_are_replaced(crafted_timeline):
    rows = sheets(crafted_timeline)["Timeline"]
    old = next(row for row in rows if row[16] == "old00000000000005")
    assert old[0] == "1066-10-14"  # no program agrees on serial numbers before 1900
    assert old[5] == "=1+1 battle\ufffd of Hastings"
    sources = sheets(crafted_timeline)["Sources"]
    assert any(row[6] == "@SUM(1)\ufffd" for row in sources)


def test_events_streamed_from_json_lines_give_the_same_timeline_sheet(seed_timeline, tmp_path):
    from chrono.export import export_file

    events = tmp_path / "events.jsonl"
    seed_timeline.save(events)
    streamed = tmp_path / "streamed.xlsx"
    export_file(events, streamed)
    from_lines = CalamineWorkbook.from_path(str(streamed)).get_sheet_by_name("Timeline").to_python()
    assert from_lines == sheets(seed_timeline)["Timeline"]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed (libreoffice-calc-nogui)")
def test_libreoffice_opens_and_converts_the_workbook(seed_timeline, tmp_path):
    path = tmp_path / "timeline.xlsx"
    seed_timeline.to_excel(path)
    profile = f"-env:UserInstallation=file://{tmp_path / 'profile'}"
    # CSV filter options: comma, double quote, UTF-8 (character set 76).
    for target in ("pdf", "csv:Text - txt - csv (StarCalc):44,34,76"):
        subprocess.run(
            ["soffice", profile, "--headless", "--convert-to", target, "--outdir", str(tmp_path), str(path)],
            check=True,
            capture_output=True,
            timeout=180,
        )
    pdf = (tmp_path / "timeline.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000
    first_sheet = (tmp_path / "timeline.csv").read_text("utf-8")
    assert "Talks, round 2: Russia" in first_sheet
    assert "2026-02-04" in first_sheet  # a real date cell, shown in its number format


def test_sources_sheet_names_the_outlet_of_each_mention():
    import chrono
    from chrono.models import Document

    timeline = chrono.extract(
        Document(
            text="Russia shelled Kherson on Saturday.",
            published=dt.date(2026, 3, 10),
            outlet="Example Wire",
            url="https://example.invalid/x",
        )
    )
    header, row = sheets(timeline)["Sources"]
    assert header[:5] == ["Event id", "Document", "Outlet", "URL", "Published"]
    assert row[2:5] == ["Example Wire", "https://example.invalid/x", dt.date(2026, 3, 10)]


def test_the_dates_filter_covers_every_row_though_it_is_set_before_they_are_written(seed_timeline, tmp_path):
    path = tmp_path / "t.xlsx"
    seed_timeline.to_excel(str(path))
    dates = openpyxl.load_workbook(path)["Dates"]
    expressions = len(seed_timeline.documents[0].temporal_expressions)
    assert dates.auto_filter.ref == f"A1:L{expressions + 1}" and dates.max_row == expressions + 1


def test_an_error_while_the_dates_are_written_stops_the_copy_and_reaches_the_caller(seed_timeline):
    import threading

    from chrono.export.excel import write_events_xlsx
    from chrono.views import DocumentList

    class FailingDocuments(DocumentList):
        """Documents whose one pass in order breaks half-way, as a spool on a failing disk does."""

        def __iter__(self):
            yield seed_timeline.documents[0]
            raise OSError("the disk went away")

    documents = FailingDocuments(seed_timeline.documents * 2)
    with pytest.raises(OSError, match="the disk went away"):
        write_events_xlsx(seed_timeline.events, documents, io.BytesIO())
    assert not any(t.name == "chrono-xlsx-copy" for t in threading.enumerate())


class _FullDisk(io.BytesIO):
    def write(self, data):
        if self.tell() > 2_000:
            raise OSError(28, "No space left on device")
        return super().write(data)


def test_an_error_while_the_zip_is_copied_reaches_the_caller(seed_timeline):
    from chrono.export.excel import write_events_xlsx

    with pytest.raises(OSError, match="No space left"):
        write_events_xlsx(seed_timeline.events, seed_timeline.documents, _FullDisk())


def test_documents_that_miscount_their_time_expressions_are_refused(seed_timeline):
    from chrono.export.excel import write_events_xlsx
    from chrono.views import DocumentList

    class Miscounted(DocumentList):
        def expressions(self):
            return super().expressions() + 1

    with pytest.raises(ValueError, match="time expressions"):
        write_events_xlsx(seed_timeline.events, Miscounted(seed_timeline.documents), io.BytesIO())


class _Leftovers:
    """What a failed build leaves for the garbage collector: errors it prints, files left open."""

    def __enter__(self):
        self.unraisable, self._hook = [], sys.unraisablehook
        sys.unraisablehook = self.unraisable.append
        self._warnings = warnings.catch_warnings(record=True)
        self.warnings = self._warnings.__enter__()
        warnings.simplefilter("always", ResourceWarning)
        gc.collect()
        return self

    def __exit__(self, *exc_info):
        gc.collect()
        sys.unraisablehook = self._hook
        self._warnings.__exit__(*exc_info)
        self.resource_warnings = [w for w in self.warnings if issubclass(w.category, ResourceWarning)]


def test_a_broken_event_stream_reaches_the_caller_and_leaves_nothing_behind(seed_timeline):
    from chrono.export.excel import write_events_xlsx

    def events():
        yield seed_timeline.events[0]
        raise ValueError("line 2 is not an event")

    with _Leftovers() as left, pytest.raises(ValueError, match="line 2"):
        write_events_xlsx(events(), seed_timeline.documents, io.BytesIO())
    assert left.unraisable == [] and left.resource_warnings == []


def test_a_failure_after_the_event_sheets_leaves_nothing_behind(seed_timeline):
    from chrono.export.excel import write_events_xlsx
    from chrono.views import DocumentList

    class Uncountable(DocumentList):
        def inferred(self):
            raise OSError("the disk went away")

    with _Leftovers() as left, pytest.raises(OSError, match="went away"):
        write_events_xlsx(seed_timeline.events, Uncountable(seed_timeline.documents), io.BytesIO())
    assert left.unraisable == [] and left.resource_warnings == []


def test_the_dates_sheet_shows_the_range_an_expression_opens_and_the_day_a_length_counts_to():
    timeline = chrono.extract(
        "Talks ran from Monday to Wednesday. Two days after the Jan. 20 vote, protests began.",
        published=dt.date(2026, 2, 5),
    )
    header, *rows = sheets(timeline)["Dates"]
    spans = {row[1]: row[header.index("Range or day counted to")] for row in rows}
    assert spans["Monday"] == "range 2026-02-02/2026-02-04"
    assert spans["Jan. 20"] == "counted to 2026-01-22"
    assert spans["Wednesday"] == ""
