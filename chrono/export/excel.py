"""Timeline as an analyst's workbook: Timeline, Sources, Dates and Summary sheets.

The workbook streams through openpyxl's write-only mode, so a timeline of a
hundred thousand events needs memory for one row at a time, not for a grid of
cell objects. Dates are real date cells, text is always text (a cell starting
with "=" never becomes a formula), and the file is byte-for-byte reproducible:
fixed document properties and fixed timestamps inside the zip.
"""

from __future__ import annotations

import datetime as dt
import io
import shutil
import tempfile
import zipfile
from collections import Counter
from collections.abc import Sequence
from typing import IO, Any, NamedTuple

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.chart import BarChart, Reference
from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.writer.excel import ExcelWriter

from chrono.events.taxonomy import taxonomy
from chrono.export.fields import COLUMNS as FIELD_COLUMNS
from chrono.export.fields import TYPE_COLOURS, event_row, web_url
from chrono.export.files import timeline_timestamp
from chrono.models import Timeline

_DATE_FORMAT = "yyyy-mm-dd"
_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="305496")
_LINK_FONT = Font(color="0563C1", underline="single")
_TYPE_FONT = Font(bold=True, color="FFFFFF")
_TYPE_FILLS = {name: PatternFill("solid", fgColor=colour) for name, colour in TYPE_COLOURS.items()}
_WRAP = Alignment(wrap_text=True, vertical="top")
_TOP = Alignment(vertical="top")
_MAX_CELL = 32_767  # Excel's limit on characters in a cell
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


class Column(NamedTuple):
    heading: str
    width: int
    wrap: bool = False


# Width and wrapping per column of the Timeline sheet (headings come from export.fields).
_TIMELINE_LAYOUT = {
    "start": (12, False),
    "end": (12, False),
    "precision": (10, False),
    "type": (11, False),
    "subtype": (20, False),
    "title": (48, True),
    "actors": (32, True),
    "location": (18, False),
    "quote_or_claim": (48, True),
    "quantities": (24, True),
    "confidence": (11, False),
    "date_certainty": (11, False),
    "documents": (10, False),
    "sentence": (70, True),
    "date_rationale": (60, True),
    "value": (24, False),
    "event_id": (18, False),
    "url": (30, False),
}
TIMELINE_COLUMNS = [Column(heading, *_TIMELINE_LAYOUT[key]) for key, heading in FIELD_COLUMNS]
_TIMELINE_INDEX = {key: number for number, (key, _) in enumerate(FIELD_COLUMNS)}
SOURCE_COLUMNS = [
    Column("Event id", 18),
    Column("Document", 24),
    Column("URL", 30),
    Column("Published", 12),
    Column("Publication inferred", 11),
    Column("Sentence", 80, True),
    Column("Trigger", 16),
    Column("Trigger start", 10),
    Column("Time expression", 20),
    Column("Time start", 10),
]
DATE_COLUMNS = [
    Column("Document", 24),
    Column("Text", 24),
    Column("Start offset", 10),
    Column("Value", 22),
    Column("Type", 10),
    Column("From", 12),
    Column("To", 12),
    Column("Precision", 10),
    Column("Certainty", 10),
    Column("Rationale", 70, True),
    Column("Alternatives", 40, True),
]


def clean_text(text: str) -> str:
    """Text an .xlsx can hold: control characters XML forbids become U+FFFD; at most 32,767 characters."""
    return ILLEGAL_CHARACTERS_RE.sub("\ufffd", text)[:_MAX_CELL]


class _SheetWriter:
    """Appends rows to a write-only sheet, styling only the cells that need it (styles cost time)."""

    def __init__(self, sheet: WriteOnlyWorksheet, columns: Sequence[Column]) -> None:
        self.sheet = sheet
        self.columns = columns
        self.rows = 1
        for number, column in enumerate(columns, start=1):
            sheet.column_dimensions[get_column_letter(number)].width = column.width
        sheet.freeze_panes = "A2"
        header = []
        for column in columns:
            cell = WriteOnlyCell(sheet, value=column.heading)
            cell.font = _HEADER_FONT
            cell.fill = _HEADER_FILL
            cell.alignment = _WRAP
            header.append(cell)
        sheet.append(header)

    def cell(self, value: Any, wrap: bool) -> Any:
        if isinstance(value, str):
            if not value:
                return None
            cell = WriteOnlyCell(self.sheet, value=clean_text(value))
            cell.data_type = "s"  # never a formula, whatever the text starts with
            if wrap:
                cell.alignment = _WRAP
            return cell
        if isinstance(value, dt.date):
            cell = WriteOnlyCell(self.sheet, value=value)
            cell.number_format = _DATE_FORMAT
            return cell
        return value

    def append(self, values: Sequence[Any]) -> list[Any]:
        row = [self.cell(value, column.wrap) for value, column in zip(values, self.columns, strict=True)]
        self.sheet.append(row)
        self.rows += 1
        return row

    def link(self, url: str | None) -> Any:
        """A hyperlink cell for a web address; anything else (javascript:, file:) stays plain text."""
        if not url:
            return None
        cell = WriteOnlyCell(self.sheet, value=clean_text(url))
        cell.data_type = "s"
        if web_url(url):
            cell.hyperlink = url
            cell.font = _LINK_FONT
        return cell

    def finish(self) -> None:
        self.sheet.auto_filter.ref = f"A1:{get_column_letter(len(self.columns))}{max(self.rows, 1)}"


def _timeline_sheet(workbook: Workbook, timeline: Timeline) -> None:
    sheet = workbook.create_sheet("Timeline")
    writer = _SheetWriter(sheet, TIMELINE_COLUMNS)
    type_column, url_column = _TIMELINE_INDEX["type"], _TIMELINE_INDEX["url"]
    wraps = [column.wrap for column in TIMELINE_COLUMNS]
    for event in timeline.events:
        values = event_row(event)
        row = [writer.cell(value, wrap) for value, wrap in zip(values, wraps, strict=True)]
        kind = WriteOnlyCell(sheet, value=event.type)
        kind.data_type = "s"
        if event.type in _TYPE_FILLS:
            kind.fill = _TYPE_FILLS[event.type]
            kind.font = _TYPE_FONT
        row[type_column] = kind
        row[url_column] = writer.link(values[url_column])
        sheet.append(row)
        writer.rows += 1
    writer.finish()
    last = max(writer.rows, 2)
    letter = get_column_letter(type_column + 1)
    types = ",".join(taxonomy())
    validation = DataValidation(
        type="list",
        formula1=f'"{types}"',
        allow_blank=False,
        showErrorMessage=True,
        errorTitle="Event type",
        error=f"The type is one of: {types}",
    )
    validation.add(f"{letter}2:{letter}{last}")
    sheet.data_validations.append(validation)
    for key in ("confidence", "date_certainty"):
        confidence = get_column_letter(_TIMELINE_INDEX[key] + 1)
        sheet.conditional_formatting.add(
            f"{confidence}2:{confidence}{last}",
            ColorScaleRule(
                start_type="num",
                start_value=0,
                start_color="F8696B",
                mid_type="num",
                mid_value=0.6,
                mid_color="FFEB84",
                end_type="num",
                end_value=1,
                end_color="63BE7B",
            ),
        )


def _sources_sheet(workbook: Workbook, timeline: Timeline) -> None:
    sheet = workbook.create_sheet("Sources")
    writer = _SheetWriter(sheet, SOURCE_COLUMNS)
    published = {d.id: d.publication for d in timeline.documents}
    for event in timeline.events:
        for source in event.sources:
            publication = published.get(source.document_id)
            row = [
                writer.cell(event.id, False),
                writer.cell(source.document_id, False),
                writer.link(source.url),
                writer.cell(publication.date if publication else None, False),
                "yes" if publication and publication.inferred else "no",
                writer.cell(source.sentence, True),
                writer.cell(source.trigger, False),
                source.trigger_start,
                writer.cell(source.time_text or "", False),
                source.time_start,
            ]
            sheet.append(row)
            writer.rows += 1
    writer.finish()


def _dates_sheet(workbook: Workbook, timeline: Timeline) -> None:
    sheet = workbook.create_sheet("Dates")
    writer = _SheetWriter(sheet, DATE_COLUMNS)
    for document in timeline.documents:
        for expression in document.temporal_expressions:
            value = expression.value
            alternatives = "; ".join(f"{a.value}: {a.reason}" for a in value.alternatives)
            writer.append(
                [
                    document.id,
                    expression.text,
                    expression.start,
                    value.value,
                    value.timex_type.value,
                    value.start,
                    value.end,
                    value.precision.value,
                    value.certainty,
                    value.rationale,
                    alternatives,
                ]
            )
    writer.finish()


def week_counts(timeline: Timeline) -> tuple[list[str], list[tuple[dt.date, list[int]]]]:
    """Events per type per ISO week (keyed by the week's Monday), weeks in order, by start date."""
    types = list(taxonomy())
    weeks: dict[dt.date, Counter[str]] = {}
    for event in timeline.events:
        if event.date is None or event.date.start is None:
            continue
        monday = event.date.start - dt.timedelta(days=event.date.start.weekday())
        weeks.setdefault(monday, Counter())[event.type] += 1
    return types, [(monday, [weeks[monday][t] for t in types]) for monday in sorted(weeks)]


def _summary_sheet(workbook: Workbook, timeline: Timeline) -> None:
    """Counts an analyst reads first, and a chart of events per week stacked by type."""
    sheet = workbook.create_sheet("Summary")
    for letter, width in zip("ABCDEF", (26, 12, 12, 12, 12, 12), strict=True):
        sheet.column_dimensions[letter].width = width
    rows = 0

    def heading(*titles: str) -> None:
        nonlocal rows
        cells = []
        for title in titles:
            cell = WriteOnlyCell(sheet, value=title)
            cell.font = _HEADER_FONT
            cell.fill = _HEADER_FILL
            cells.append(cell)
        sheet.append(cells)
        rows += 1

    def line(*values: Any) -> None:
        nonlocal rows
        sheet.append([_date_cell(sheet, v) if isinstance(v, dt.date) else v for v in values])
        rows += 1

    events = timeline.events
    inferred = sum(1 for d in timeline.documents if d.publication.inferred)
    heading("Timeline", "Count")
    line("Documents", len(timeline.documents))
    line("Documents with inferred publication date", inferred)
    line("Events", len(events))
    line("Undated events", sum(1 for e in events if e.date is None))
    line("Events reported by several documents", sum(1 for e in events if e.source_count > 1))
    line("Events with confidence above 0.8", sum(1 for e in events if e.confidence > 0.8))
    sheet.append([])
    rows += 1

    by_type = Counter(e.type for e in events)
    heading("Type", "Events")
    for name in taxonomy():
        line(name, by_type[name])
    sheet.append([])
    rows += 1

    types, weeks = week_counts(timeline)
    heading("Week (Monday)", *types)
    first = rows + 1
    for monday, counts in weeks:
        line(monday, *counts)
    if weeks:
        chart = BarChart()
        chart.type = "col"
        chart.grouping = "stacked"
        chart.overlap = 100
        chart.title = "Events per week by type"
        chart.y_axis.title = "Events"
        chart.x_axis.title = "Week"
        chart.x_axis.number_format = _DATE_FORMAT
        chart.height, chart.width = 9, 24
        data = Reference(sheet, min_col=2, max_col=1 + len(types), min_row=first - 1, max_row=rows)
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(Reference(sheet, min_col=1, min_row=first, max_row=rows))
        for series, name in zip(chart.series, types, strict=True):
            series.graphicalProperties.solidFill = TYPE_COLOURS[name]
            series.graphicalProperties.line.solidFill = TYPE_COLOURS[name]
        sheet.add_chart(chart, "H2")


def _date_cell(sheet: WriteOnlyWorksheet, value: dt.date) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=value)
    cell.number_format = _DATE_FORMAT
    return cell


def build_workbook(timeline: Timeline) -> Workbook:
    """The four sheets, streamed: each row is written to a temporary file as it is appended."""
    workbook = Workbook(write_only=True)
    _timeline_sheet(workbook, timeline)
    _sources_sheet(workbook, timeline)
    _dates_sheet(workbook, timeline)
    _summary_sheet(workbook, timeline)
    stamp = timeline_timestamp(timeline).replace(tzinfo=None)
    workbook.properties.created = stamp
    workbook.properties.modified = stamp
    workbook.properties.creator = "chrono-timeline"
    workbook.properties.title = "Timeline"
    return workbook


def _reproducible_zip(source: IO[bytes], target: IO[bytes]) -> None:
    """Copy the workbook's zip with fixed timestamps and modes, so equal input gives equal bytes."""
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy:
        for item in original.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            with original.open(item) as member, copy.open(info, "w") as out:
                shutil.copyfileobj(member, out, 1 << 20)


def write_xlsx_stream(timeline: Timeline, target: IO[bytes]) -> None:
    """Write the workbook to ``target``; rows pass through temporary files, not memory."""
    workbook = build_workbook(timeline)
    with tempfile.TemporaryFile() as raw:
        with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as archive:
            # ExcelWriter directly: openpyxl's save_workbook() would stamp the current time.
            ExcelWriter(workbook, archive).save()
        raw.seek(0)
        _reproducible_zip(raw, target)


def timeline_to_xlsx(timeline: Timeline) -> bytes:
    buffer = io.BytesIO()
    write_xlsx_stream(timeline, buffer)
    return buffer.getvalue()
