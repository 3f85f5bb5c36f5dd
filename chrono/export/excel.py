"""Timeline as an analyst's workbook: Timeline (one row per event), Sources, Dates.

Dates are real date cells, text is always text (a cell starting with "=" never
becomes a formula), and the file is byte-for-byte reproducible: fixed document
properties and fixed timestamps inside the zip.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from chrono.export.fields import COLUMNS as FIELD_COLUMNS
from chrono.export.fields import event_row
from chrono.export.files import timeline_timestamp
from chrono.models import Timeline

_DATE_FORMAT = "yyyy-mm-dd"
_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="305496")
_WRAP = Alignment(wrap_text=True, vertical="top")
_TOP = Alignment(vertical="top")
_MAX_CELL = 32_767  # Excel's limit on characters in a cell
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)

# Width and wrapping per column of the Timeline sheet (headings come from export.fields).
_WIDTHS = {
    "start": (12, False),
    "end": (12, False),
    "precision": (10, False),
    "type": (10, False),
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
_TIMELINE_COLUMNS = [(heading, *_WIDTHS[key]) for key, heading in FIELD_COLUMNS]


def _text(value: Any) -> Any:
    if isinstance(value, str):
        return value[:_MAX_CELL]
    return value


def _append(sheet: Worksheet, values: Sequence[Any], wrap: Sequence[bool]) -> None:
    row = sheet.max_row + 1 if sheet.max_row > 1 or sheet.cell(1, 1).value is not None else 1
    for column, (value, wrapped) in enumerate(zip(values, wrap, strict=True), start=1):
        cell: Cell = sheet.cell(row=row, column=column)
        cell.value = _text(value)
        if isinstance(value, str):
            cell.data_type = "s"  # never a formula, whatever the text starts with
        elif isinstance(value, dt.date):
            cell.number_format = _DATE_FORMAT
        cell.alignment = _WRAP if wrapped else _TOP


def _header(sheet: Worksheet, columns: Sequence[tuple[str, int, bool]]) -> None:
    for column, (title, width, _) in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=column, value=title)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"


def _finish(sheet: Worksheet, columns: int) -> None:
    sheet.auto_filter.ref = f"A1:{get_column_letter(columns)}{max(sheet.max_row, 1)}"


def build_workbook(timeline: Timeline) -> Workbook:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Timeline"
    _header(sheet, _TIMELINE_COLUMNS)
    wrap = [w for _, _, w in _TIMELINE_COLUMNS]
    for event in timeline.events:
        _append(sheet, event_row(event), wrap)
    _finish(sheet, len(_TIMELINE_COLUMNS))

    source_columns = [
        ("Event id", 18, False),
        ("Document", 24, False),
        ("URL", 30, False),
        ("Published", 12, False),
        ("Publication inferred", 11, False),
        ("Sentence", 80, True),
        ("Trigger", 16, False),
        ("Trigger start", 10, False),
        ("Time expression", 20, False),
        ("Time start", 10, False),
    ]
    sources = workbook.create_sheet("Sources")
    _header(sources, source_columns)
    published = {d.id: d.publication for d in timeline.documents}
    for event in timeline.events:
        for source in event.sources:
            publication = published.get(source.document_id)
            _append(
                sources,
                [
                    event.id,
                    source.document_id,
                    source.url or "",
                    publication.date if publication else None,
                    "yes" if publication and publication.inferred else "no",
                    source.sentence,
                    source.trigger,
                    source.trigger_start,
                    source.time_text or "",
                    source.time_start,
                ],
                [w for _, _, w in source_columns],
            )
    _finish(sources, len(source_columns))

    date_columns = [
        ("Document", 24, False),
        ("Text", 24, False),
        ("Start offset", 10, False),
        ("Value", 22, False),
        ("Type", 10, False),
        ("From", 12, False),
        ("To", 12, False),
        ("Precision", 10, False),
        ("Certainty", 10, False),
        ("Rationale", 70, True),
        ("Alternatives", 40, True),
    ]
    dates = workbook.create_sheet("Dates")
    _header(dates, date_columns)
    for document in timeline.documents:
        for expression in document.temporal_expressions:
            value = expression.value
            alternatives = "; ".join(f"{a.value}: {a.reason}" for a in value.alternatives)
            _append(
                dates,
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
                ],
                [w for _, _, w in date_columns],
            )
    _finish(dates, len(date_columns))
    return workbook


def _reproducible_zip(data: bytes) -> bytes:
    """The same workbook with fixed zip timestamps, so equal input gives equal bytes."""
    output = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            target.writestr(info, source.read(item.filename))
    return output.getvalue()


def timeline_to_xlsx(timeline: Timeline) -> bytes:
    workbook = build_workbook(timeline)
    stamp = timeline_timestamp(timeline).replace(tzinfo=None)
    workbook.properties.created = stamp
    workbook.properties.modified = stamp
    workbook.properties.creator = "chrono-timeline"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        # ExcelWriter directly: openpyxl's save_workbook() would stamp the current time.
        ExcelWriter(workbook, archive).save()
    return _reproducible_zip(buffer.getvalue())
