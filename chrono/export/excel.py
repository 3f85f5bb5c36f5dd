"""Timeline as an analyst's workbook: Timeline, Sources, Dates and Summary sheets.

openpyxl builds the workbook in write-only mode (styles, widths, filters,
validation, the Summary chart); the data rows of the three big sheets are
written as XML text by :mod:`chrono.export.sheetxml` and spliced in while the
zip is copied, so 100,000 events take seconds and constant memory. Dates are
real date cells, text is always text (a cell starting with "=" never becomes a
formula), and the file is byte-for-byte reproducible: fixed document properties
and fixed timestamps inside the zip.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import shutil
import tempfile
import threading
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import IO, Any, NamedTuple

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, Reference
from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from chrono.events.taxonomy import taxonomy
from chrono.export.fields import COLUMNS as FIELD_COLUMNS
from chrono.export.fields import TYPE_COLOURS, event_row, web_url
from chrono.export.files import output_timestamp
from chrono.export.sheetxml import SheetRows, link_relationships, splice_sheet
from chrono.models import DocumentInfo, Event, Timeline
from chrono.views import DocumentList, Documents, EventEntry, TimelineView, entry_of, view_of

_DATE_FORMAT = "yyyy-mm-dd"
_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="305496")
_LINK_FONT = Font(color="0563C1", underline="single")
_TYPE_FONT = Font(bold=True, color="FFFFFF")
_TYPE_FILLS = {name: PatternFill("solid", fgColor=colour) for name, colour in TYPE_COLOURS.items()}
_WRAP = Alignment(wrap_text=True, vertical="top")
_TOP = Alignment(vertical="top")
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_LINE_HEIGHT = 15  # points per line of 11-point text
_CHARACTERS_PER_WIDTH = 1.15  # prose characters per unit of column width (widths count digits)
_MAX_LINES = 8  # taller rows make a sheet hard to scan; the full text is in the cell


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
    "documents": (12, False),
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
    Column("Outlet", 20),
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
    Column("Range or day counted to", 30, True),
]


def _print_landscape_one_page_wide(sheet: WriteOnlyWorksheet, *, repeat_header: bool = True) -> None:
    """Printed (or converted to PDF), a sheet keeps its columns together on one page width."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    if repeat_header:
        sheet.print_title_rows = "1:1"


class _Styles:
    """openpyxl style ids for the cells we write as text, registered once per workbook."""

    def __init__(self, workbook: Workbook) -> None:
        sheet = workbook.create_sheet("styles")  # a scratch sheet to make cells in; removed below
        self.top = self._id(sheet, alignment=_TOP)
        self.wrap = self._id(sheet, alignment=_WRAP)
        self.date = self._id(sheet, alignment=_TOP, number_format=_DATE_FORMAT)
        self.link = self._id(sheet, alignment=_TOP, font=_LINK_FONT)
        self.types = {
            name: self._id(sheet, alignment=_TOP, font=_TYPE_FONT, fill=fill) for name, fill in _TYPE_FILLS.items()
        }
        workbook.remove(sheet)

    @staticmethod
    def _id(sheet: WriteOnlyWorksheet, **style: Any) -> int:
        cell = WriteOnlyCell(sheet)
        for name, value in style.items():
            setattr(cell, name, value)
        return int(cell.style_id)

    def of(self, columns: Sequence[Column]) -> list[int]:
        """The style of each column by its kind: wrapped text, or top-aligned."""
        return [self.wrap if column.wrap else self.top for column in columns]


class _SheetWriter:
    """A sheet whose header openpyxl writes and whose data rows go to :class:`SheetRows`.

    Rows cannot be auto-fitted later, and spreadsheet programs do not always fit
    them on opening, so each row gets a height from an estimate of how many
    lines its wrapped text takes.
    """

    def __init__(
        self,
        workbook: Workbook,
        title: str,
        columns: Sequence[Column],
        styles: _Styles,
        date_columns: frozenset[int] = frozenset(),
    ) -> None:
        self.sheet = sheet = workbook.create_sheet(title)
        self.columns = columns
        self.styles = styles.of(columns)
        self.date_columns = date_columns
        # The column styles of a row holding a date: the date style in every date column.
        self._dated_styles = [styles.date if i in date_columns else s for i, s in enumerate(self.styles)]
        for number, column in enumerate(columns, start=1):
            sheet.column_dimensions[get_column_letter(number)].width = column.width
        sheet.freeze_panes = "A2"
        _print_landscape_one_page_wide(sheet)
        header = []
        for column in columns:
            cell = WriteOnlyCell(sheet, value=column.heading)
            cell.font = _HEADER_FONT
            cell.fill = _HEADER_FILL
            cell.alignment = _WRAP
            header.append(cell)
        header_lines = max(_lines(c.heading, c.width) for c in columns)
        if header_lines > 1:
            sheet.row_dimensions[1].height = _LINE_HEIGHT * header_lines
        sheet.append(header)
        self.rows = SheetRows(len(columns))
        # Each wrapped column with the characters a line of it holds: most cells fit on one.
        self._wrapped = [
            (index, column.width, _per_line(column.width)) for index, column in enumerate(columns) if column.wrap
        ]

    def append(self, values: Sequence[Any], styles: dict[int, int] | None = None) -> None:
        """One row of ``values``; ``styles`` overrides the style of some columns (a coloured type)."""
        row_styles = self.styles
        if styles:
            row_styles = list(self._dated_styles)
            for index, style in styles.items():
                row_styles[index] = style
        else:
            for index in self.date_columns:
                if isinstance(values[index], dt.date):
                    row_styles = self._dated_styles
                    break
        lines = 1
        for index, width, per_line in self._wrapped:
            value = values[index]
            if isinstance(value, str) and (len(value) > per_line or "\n" in value):
                lines = max(lines, _lines(value, width))
        self.rows.append(values, row_styles, _LINE_HEIGHT * lines if lines > 1 else None)

    def filter_rows(self, count: int) -> None:
        """Put a filter on the header and ``count`` rows (which may not be written yet)."""
        self.sheet.auto_filter.ref = f"A1:{get_column_letter(len(self.columns))}{count + 1}"

    def finish(self) -> SheetRows:
        self.filter_rows(self.rows.last_row - 1)
        return self.rows


def _per_line(width: int) -> int:
    return max(int(width * _CHARACTERS_PER_WIDTH), 1)


def _lines(text: str, width: int) -> int:
    """Lines ``text`` wraps to in a column ``width`` characters wide, at most _MAX_LINES."""
    per_line = _per_line(width)
    lines = 0
    for part in text.split("\n", _MAX_LINES):
        lines += max(-(-len(part) // per_line), 1)
        if lines >= _MAX_LINES:
            return _MAX_LINES
    return lines


class Tally:
    """What the Summary sheet counts, gathered in the same single pass that writes the rows."""

    def __init__(self) -> None:
        self.events = 0
        self.undated = 0
        self.several_sources = 0
        self.confident = 0
        self.by_type: Counter[str] = Counter()
        self.weeks: dict[dt.date, Counter[str]] = {}
        self.latest: dt.date | None = None

    def add(self, event: Event) -> None:
        self.events += 1
        self.by_type[event.type] += 1
        self.several_sources += event.source_count > 1
        self.confident += event.confidence > 0.8
        if event.date is None or event.date.start is None:
            self.undated += 1
            return
        start = event.date.start
        monday = start - dt.timedelta(days=start.weekday())
        self.weeks.setdefault(monday, Counter())[event.type] += 1
        end = event.date.end or start
        self.latest = end if self.latest is None else max(self.latest, end)

    def week_counts(self) -> tuple[list[str], list[tuple[dt.date, list[int]]]]:
        """Events per type per ISO week (keyed by the week's Monday, by start date), weeks in order."""
        types = list(taxonomy())
        return types, [(monday, [self.weeks[monday][t] for t in types]) for monday in sorted(self.weeks)]


def _event_sheets(
    workbook: Workbook,
    events: Iterable[Event | EventEntry],
    documents: Documents,
    styles: _Styles,
    tally: Tally,
) -> tuple[SheetRows, SheetRows]:
    """The Timeline and Sources sheets, in one pass over ``events`` (which may be a stream)."""
    dates = frozenset({_TIMELINE_INDEX["start"], _TIMELINE_INDEX["end"]})
    timeline = _SheetWriter(workbook, "Timeline", TIMELINE_COLUMNS, styles, date_columns=dates)
    sources = _SheetWriter(workbook, "Sources", SOURCE_COLUMNS, styles, date_columns=frozenset({4}))
    try:
        _event_rows(events, documents, styles, tally, timeline, sources)
    except BaseException:
        timeline.rows.close()
        sources.rows.close()
        raise
    _validate_and_colour(timeline.sheet, max(timeline.rows.last_row, 2))
    return timeline.finish(), sources.finish()


def _event_rows(
    events: Iterable[Event | EventEntry],
    documents: Documents,
    styles: _Styles,
    tally: Tally,
    timeline: _SheetWriter,
    sources: _SheetWriter,
) -> None:
    type_column, url_column = _TIMELINE_INDEX["type"], _TIMELINE_INDEX["url"]
    for item in events:
        entry = item if isinstance(item, EventEntry) else entry_of(item)
        event = entry.event
        tally.add(event)
        first_link = ""
        for source in entry.sources():  # first, so that the event's row needs no second pass over them
            first_link = first_link or source.url or ""
            publication = documents.publication(source.document_id)
            link = bool(source.url and web_url(source.url))
            sources.append(
                [
                    event.id,
                    source.document_id,
                    documents.outlet(source.document_id) or "",
                    source.url or "",
                    publication.date if publication else None,
                    ("yes" if publication.inferred else "no") if publication else "",
                    source.sentence,
                    source.trigger,
                    source.trigger_start,
                    source.time_text or "",
                    source.time_start,
                ],
                {3: styles.link} if link else None,
            )
            if link and source.url:
                sources.rows.link(3, source.url)
        values = event_row(entry, url=first_link)
        url = values[url_column]
        overrides = {type_column: styles.types.get(event.type, styles.top)}
        if url and web_url(str(url)):
            overrides[url_column] = styles.link
        timeline.append(values, overrides)
        if url and web_url(str(url)):
            timeline.rows.link(url_column, str(url))


def _validate_and_colour(sheet: WriteOnlyWorksheet, last: int) -> None:
    """A drop-down list of the event types, and a red-to-green scale on confidence and certainty."""
    letter = get_column_letter(_TIMELINE_INDEX["type"] + 1)
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
        column = get_column_letter(_TIMELINE_INDEX[key] + 1)
        sheet.conditional_formatting.add(
            f"{column}2:{column}{last}",
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


def _date_rows(writer: _SheetWriter, documents: Documents) -> None:
    expected = documents.expressions()
    for document in documents:
        for expression in document.temporal_expressions:
            value = expression.value
            alternatives = "; ".join(f"{a.value}: {a.reason}" for a in value.alternatives)
            # What an event dated by this expression spans: the range it opens ("from Monday to
            # Friday"), or the day a length before it counts to ("two days after March 3").
            spans = (
                f"range {expression.range.value}"
                if expression.range is not None
                else f"counted to {expression.shifted.value}"
                if expression.shifted is not None
                else ""
            )
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
                    spans,
                ]
            )
    if writer.rows.last_row - 1 != expected:  # the filter, set before these rows, covers exactly them
        raise ValueError(f"the documents said they hold {expected} time expressions, not {writer.rows.last_row - 1}")


def _summary_sheet(workbook: Workbook, documents: Documents, tally: Tally) -> None:
    """Counts an analyst reads first, and a chart of events per week stacked by type."""
    sheet = workbook.create_sheet("Summary")
    _print_landscape_one_page_wide(sheet, repeat_header=False)
    for letter, width in zip("ABCDEF", (42, 12, 12, 12, 12, 12), strict=True):
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

    inferred = documents.inferred()
    heading("Timeline", "Count")
    line("Documents", len(documents))
    line("Documents with inferred publication date", inferred)
    line("Events", tally.events)
    line("Undated events", tally.undated)
    line("Events reported by several documents", tally.several_sources)
    line("Events with confidence above 0.8", tally.confident)
    sheet.append([])
    rows += 1

    heading("Type", "Events")
    for name in taxonomy():
        line(name, tally.by_type[name])
    sheet.append([])
    rows += 1

    types, weeks = tally.week_counts()
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
        busiest = max(sum(counts) for _, counts in weeks)
        chart.y_axis.majorUnit = max(1, -(-busiest // 8))  # whole events, at most about eight gridlines
        chart.y_axis.number_format = "0"
        chart.x_axis.delete = False  # openpyxl hides axes by default; Excel then shows none
        chart.y_axis.delete = False
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


class _Book(NamedTuple):
    """A workbook openpyxl can save before the Dates rows exist; they are written while it is copied."""

    workbook: Workbook
    rows: dict[str, SheetRows]  # by sheet title: the rows to splice in, complete but for the Dates
    dates: _SheetWriter
    documents: Documents


def _start_workbook(events: Iterable[Event | EventEntry], documents: Documents | Sequence[DocumentInfo]) -> _Book:
    """Every sheet with its header, and the rows of all but the Dates sheet.

    ``events`` is read once, so it may be a stream (JSON Lines read line by line);
    ``documents`` is asked for publication dates by id here, and read once in order
    by :func:`_date_rows`.
    """
    if isinstance(documents, Sequence):
        documents = DocumentList(documents)
    workbook = Workbook(write_only=True)
    styles = _Styles(workbook)
    tally = Tally()
    made: list[SheetRows] = []
    try:
        timeline_rows, source_rows = _event_sheets(workbook, events, documents, styles, tally)
        made += (timeline_rows, source_rows)
        dates = _SheetWriter(workbook, "Dates", DATE_COLUMNS, styles, date_columns=frozenset({5, 6}))
        made.append(dates.rows)
        dates.filter_rows(documents.expressions())  # its rows come later (write_events_xlsx), one per expression
        _summary_sheet(workbook, documents, tally)
    except BaseException:
        for sheet_rows in made:
            sheet_rows.close()
        _discard(workbook)
        raise
    stamp = output_timestamp(documents, tally.latest).replace(tzinfo=None)
    workbook.properties.created = stamp
    workbook.properties.modified = stamp
    workbook.properties.creator = "chrono-timeline"
    workbook.properties.title = "Timeline"
    rows = {"Timeline": timeline_rows, "Sources": source_rows, "Dates": dates.rows}
    return _Book(workbook, rows, dates, documents)


def _discard(workbook: Workbook) -> None:
    """Finish the sheets of a workbook that will not be saved, quietly.

    A write-only sheet streams its XML from a generator; left open when the build
    fails (a broken event stream), it is finished when collected, out of order, and
    Python prints "Exception ignored in ... _write_rows" after the real error.
    """
    for sheet in workbook.worksheets:
        if isinstance(sheet, WriteOnlyWorksheet) and not sheet.closed:
            with contextlib.suppress(Exception):  # the error that stopped the build is the one to report
                sheet.close()


def _zip_info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)  # fixed: equal input gives equal bytes
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o600 << 16
    return info


def write_xlsx_stream(timeline: Timeline | TimelineView, target: IO[bytes]) -> None:
    """Write the workbook to ``target``; rows pass through temporary files, not memory."""
    view = view_of(timeline)
    write_events_xlsx(view.entries(), view.documents, target)


def write_events_xlsx(
    events: Iterable[Event | EventEntry], documents: Documents | Sequence[DocumentInfo], target: IO[bytes]
) -> None:
    """The workbook from a stream of events, in one pass: memory does not grow with their number.

    Compressing the zip is a fifth of the work for a large batch, and zlib lets other
    threads run while it compresses. So the zip is copied in a second thread while
    this one writes the Dates rows: the sheets before them (the large Sources sheet
    above all) are compressed meanwhile, and the copy waits for the Dates rows only
    when it reaches their sheet. The bytes are those of doing one after the other.
    """
    book = _start_workbook(events, documents)
    try:
        with tempfile.TemporaryFile() as raw:
            with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as archive:
                # ExcelWriter directly: openpyxl's save_workbook() would stamp the current time.
                try:
                    ExcelWriter(book.workbook, archive).save()
                except BaseException:
                    _discard(book.workbook)
                    raise
            parts = {sheet.title: sheet.path.lstrip("/") for sheet in book.workbook.worksheets}
            raw.seek(0)
            copy = _Copy(raw, target, {parts[title]: rows for title, rows in book.rows.items()}, parts["Dates"])
            copy.start()
            try:
                _date_rows(book.dates, book.documents)
            except BaseException:
                copy.abandon()
                raise
            copy.finish()
    finally:
        for sheet_rows in book.rows.values():
            sheet_rows.close()


class _Abandoned(Exception):
    """The rows the copy waits for will not come: the thread writing them failed."""


class _Copy(threading.Thread):
    """:func:`_assemble` in a thread; it waits at the sheet ``later`` until :meth:`finish` is called."""

    def __init__(self, source: IO[bytes], target: IO[bytes], rows: dict[str, SheetRows], later: str) -> None:
        super().__init__(name="chrono-xlsx-copy", daemon=True)
        self._arguments = (source, target, rows)
        self._later = later
        self._rows_done = threading.Event()
        self._rows_failed = False
        self._error: BaseException | None = None

    def run(self) -> None:
        try:
            _assemble(*self._arguments, before=self._wait)
        except BaseException as error:  # handed to the caller by finish()
            self._error = error

    def _wait(self, part: str) -> None:
        if part == self._later:
            self._rows_done.wait()
            if self._rows_failed:
                raise _Abandoned

    def finish(self) -> None:
        """Let the copy take the last rows, wait for it, and raise what stopped it, if anything did."""
        self._rows_done.set()
        self.join()
        if self._error is not None:
            raise self._error

    def abandon(self) -> None:
        """The last rows will not come: stop the copy where it waits for them (the caller's error wins)."""
        self._rows_failed = True
        self._rows_done.set()
        self.join()


def _relationships_part(sheet_part: str) -> str:
    folder, name = sheet_part.rsplit("/", 1)
    return f"{folder}/_rels/{name}.rels"


def _assemble(source: IO[bytes], target: IO[bytes], rows: dict[str, SheetRows], before: Callable[[str], None]) -> None:
    """Copy openpyxl's zip into ``target``, splicing our rows and links into their sheets.

    ``before(part)`` is called before each sheet's rows are copied, to wait for them;
    rows that come late hold no links (the links of a sheet are known at the start).
    """
    linked = {_relationships_part(part): sheet for part, sheet in rows.items() if sheet.links}
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy:
        names = set(original.namelist())
        for item in original.infolist():
            if item.filename in rows:
                before(item.filename)
            with copy.open(_zip_info(item.filename), "w") as out:
                if item.filename in rows:
                    splice_sheet(original.read(item), rows[item.filename], out)
                elif item.filename in linked:
                    out.write(link_relationships(linked[item.filename], original.read(item)))
                else:
                    with original.open(item) as member:
                        shutil.copyfileobj(member, out, 1 << 20)
        for part, sheet in sorted(linked.items()):
            if part not in names:
                copy.writestr(_zip_info(part), link_relationships(sheet, None))


def timeline_to_xlsx(timeline: Timeline) -> bytes:
    buffer = io.BytesIO()
    write_xlsx_stream(timeline, buffer)
    return buffer.getvalue()
