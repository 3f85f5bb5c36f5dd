"""Worksheet rows written as SpreadsheetML text, streamed to a temporary file.

openpyxl spends several microseconds on each cell object (six seconds a
million cells even in write-only mode), which puts a 100,000-event workbook far
past its time budget. Our rows are plain (text, numbers, dates, a style id per
cell), so we write their XML directly, about ten times faster, and let openpyxl
write everything around them: styles, column widths, filters, validation,
conditional formats, charts. :func:`splice` puts the two together while the
workbook's zip is copied.

Hyperlinks are written the same way: ``<hyperlink>`` elements for the sheet and
one relationship per link in the sheet's ``.rels`` part.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import tempfile
from collections.abc import Sequence
from typing import IO, Any
from xml.sax.saxutils import escape, quoteattr

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.utils import get_column_letter

MAX_CELL = 32_767  # Excel's limit on characters in a cell
_EXCEL_EPOCH = dt.date(1899, 12, 30)  # serial 0 of Excel's 1900 date system (which skips its phantom 1900-02-29)
_FIRST_SERIAL_DATE = dt.date(1900, 3, 1)  # before this, serials disagree between programs: write text
_TAIL_ORDER = ("<printOptions", "<pageMargins", "<pageSetup", "<headerFooter", "<rowBreaks", "<colBreaks", "<drawing")
_OFFICE_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"
_HYPERLINK_TYPE = f"{_OFFICE_RELATIONSHIPS}/hyperlink"


# Any character that needs work in a cell: one XML forbids (openpyxl's own list, all of it
# ASCII) or markup to escape, and the carriage return, which XML readers would turn into a line
# feed and so is written as a character reference. Most cells hold none. A short cell is
# searched; a long one is looked at as UTF-8, where no byte of a character beyond ASCII is
# below 128: deleting these bytes and comparing lengths finds one two to three times faster
# than the search in a 350-character sentence, and is slower below some 45 characters.
_NEEDS_WORK = re.compile(f"{ILLEGAL_CHARACTERS_RE.pattern}|[&<>\r]")
_WORK_BYTES = bytes(code for code in range(128) if _NEEDS_WORK.match(chr(code)))
_SHORT = 48
_ESCAPES = {"\r": "&#13;"}


def clean_text(text: str) -> str:
    """Text an .xlsx can hold: control characters XML forbids become U+FFFD; at most 32,767 characters."""
    return ILLEGAL_CHARACTERS_RE.sub("\ufffd", text)[:MAX_CELL]


class SheetRows:
    """The data rows of one sheet (the header is openpyxl's), kept in a temporary file until splicing."""

    def __init__(self, columns: int, first_row: int = 2) -> None:
        self.letters = [get_column_letter(number) for number in range(1, columns + 1)]
        self.next_row = first_row
        self.links: list[tuple[str, str]] = []
        # Bytes, not text: the rows are encoded once, as written, and copied as they are.
        self._file: IO[bytes] = tempfile.TemporaryFile("w+b")  # noqa: SIM115 - closed by close()

    @property
    def last_row(self) -> int:
        return self.next_row - 1

    def append(self, values: Sequence[Any], styles: Sequence[int], height: float | None = None) -> None:
        """One row; ``styles`` holds the openpyxl style id of each column's cells."""
        row = self.next_row
        parts = [f'<row r="{row}" ht="{height}" customHeight="1">' if height else f'<row r="{row}">']
        for letter, value, style in zip(self.letters, values, styles, strict=True):
            # Exact types first: a workbook of 100,000 events writes millions of cells.
            kind = type(value)
            if kind is str:
                if value:
                    parts.append(_text_cell(f"{letter}{row}", style, value))
            elif kind is int or kind is float:
                parts.append(f'<c r="{letter}{row}" s="{style}"><v>{value!r}</v></c>')
            elif value is not None:
                parts.append(_other_cell(f"{letter}{row}", style, value))
        parts.append("</row>")
        self._file.write("".join(parts).encode("utf-8"))
        self.next_row += 1

    def link(self, column: int, url: str) -> None:
        """Make the cell in ``column`` (0-based) of the row just appended a hyperlink to ``url``."""
        self.links.append((f"{self.letters[column]}{self.last_row}", url))

    def copy_to(self, target: IO[bytes]) -> None:
        self._file.seek(0)
        shutil.copyfileobj(self._file, target, 1 << 20)

    def close(self) -> None:
        self._file.close()


def _other_cell(ref: str, style: int, value: Any) -> str:
    """A cell of any type but exactly str, int and float (which :meth:`SheetRows.append` writes)."""
    if isinstance(value, str):
        return _text_cell(ref, style, value) if value else ""
    if isinstance(value, bool):
        return f'<c r="{ref}" s="{style}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int | float):  # a subclass (an IntEnum) is written as the number it is
        number = float(value) if isinstance(value, float) else int(value)
        return f'<c r="{ref}" s="{style}"><v>{number!r}</v></c>'
    if isinstance(value, dt.date):
        if isinstance(value, dt.datetime) or value < _FIRST_SERIAL_DATE:
            return _text_cell(ref, style, value.isoformat())
        return f'<c r="{ref}" s="{style}"><v>{(value - _EXCEL_EPOCH).days}</v></c>'
    raise TypeError(f"cannot write {type(value).__name__} to a cell")


def _text_cell(ref: str, style: int, text: str) -> str:
    # Inline strings need no shared-string table, so rows stream; t="inlineStr" is never a formula.
    if len(text) < _SHORT:
        needs_work = _NEEDS_WORK.search(text) is not None
    else:
        encoded = text.encode("utf-8", "surrogatepass")  # (a lone surrogate fails later, when written)
        needs_work = len(text) > MAX_CELL or len(encoded.translate(None, _WORK_BYTES)) != len(encoded)
    if needs_work:
        text = escape(clean_text(text), _ESCAPES)
    return f'<c r="{ref}" s="{style}" t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'


def _link_id(number: int) -> str:
    return f"rIdChronoLink{number}"


def splice_sheet(sheet_xml: bytes, rows: SheetRows, target: IO[bytes]) -> None:
    """Write openpyxl's sheet XML to ``target`` with our rows and hyperlinks inserted."""
    text = sheet_xml.decode("utf-8")
    end = text.index("</sheetData>")
    head, tail = text[:end], text[end:]
    last_column = rows.letters[-1]
    head = re.sub(r'<dimension ref="[^"]*"', f'<dimension ref="A1:{last_column}{max(rows.last_row, 1)}"', head, count=1)
    if rows.links:
        if "<hyperlinks" in tail:
            raise ValueError("sheet already has hyperlinks; cannot add ours")
        links = "".join(
            f'<hyperlink ref="{ref}" r:id="{_link_id(number)}"/>' for number, (ref, _) in enumerate(rows.links, 1)
        )
        at = min((tail.index(tag) for tag in _TAIL_ORDER if tag in tail), default=tail.rindex("</worksheet>"))
        tail = f"{tail[:at]}<hyperlinks>{links}</hyperlinks>{tail[at:]}"
        if 'xmlns:r="' not in head:
            head = head.replace(
                "<worksheet ",
                '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ',
                1,
            )
    target.write(head.encode("utf-8"))
    rows.copy_to(target)
    target.write(tail.encode("utf-8"))


def link_relationships(rows: SheetRows, existing: bytes | None) -> bytes:
    """The sheet's .rels part: openpyxl's relationships, if any, plus one per hyperlink."""
    ours = "".join(
        f'<Relationship Id="{_link_id(number)}" Type="{_HYPERLINK_TYPE}" '
        f'Target={quoteattr(url)} TargetMode="External"/>'
        for number, (_, url) in enumerate(rows.links, 1)
    )
    if existing is None:
        declaration = '<?xml version="1.0" encoding="UTF-8"?>\n'
        return f'{declaration}<Relationships xmlns="{_RELATIONSHIPS}">{ours}</Relationships>'.encode()
    text = existing.decode("utf-8")
    end = text.rindex("</Relationships>")
    return (text[:end] + ours + text[end:]).encode("utf-8")
