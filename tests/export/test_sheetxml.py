"""Rows written as SpreadsheetML text: the cell encodings and the splice into openpyxl's sheet."""

import datetime as dt
import io
import xml.etree.ElementTree as ET
from enum import IntEnum

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from chrono.export.sheetxml import SheetRows, clean_text, link_relationships, splice_sheet

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
SHEET = (
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<dimension ref="A1:C1"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>H</t></is></c></row>'
    '</sheetData><autoFilter ref="A1:C3"/><pageMargins left="0.75" right="0.75" top="1" bottom="1" '
    'header="0.5" footer="0.5"/></worksheet>'
)


def written(rows: SheetRows) -> ET.Element:
    out = io.BytesIO()
    splice_sheet(SHEET.encode(), rows, out)
    return ET.fromstring(out.getvalue())


def cells(root: ET.Element) -> dict[str, ET.Element]:
    return {c.get("r"): c for c in root.iter(f"{MAIN}c")}


def test_text_numbers_and_dates_are_encoded_by_type():
    rows = SheetRows(3)
    rows.append(["<b>&", 0.5, dt.date(2026, 2, 4)], [1, 2, 3])
    rows.append(["=SUM(A1)", 7, dt.date(1066, 10, 14)], [1, 1, 1], height=45)
    found = cells(written(rows))
    assert found["A2"].get("t") == "inlineStr" and "".join(found["A2"].itertext()) == "<b>&"
    assert found["B2"].find(f"{MAIN}v").text == "0.5" and found["B2"].get("s") == "2"
    assert found["C2"].find(f"{MAIN}v").text == "46057"  # days since 1899-12-30
    assert found["A3"].get("t") == "inlineStr"  # a formula-looking text is still text
    assert "".join(found["C3"].itertext()) == "1066-10-14"
    third = next(r for r in written(rows).iter(f"{MAIN}row") if r.get("r") == "3")
    assert third.get("ht") == "45" and third.get("customHeight") == "1"


def test_empty_values_leave_no_cell_and_unknown_types_are_refused():
    rows = SheetRows(3)
    rows.append([None, "", "x"], [0, 0, 0])
    assert set(cells(written(rows))) == {"A1", "C2"}
    with pytest.raises(TypeError, match="cannot write object"):
        rows.append([object(), None, None], [0, 0, 0])


def test_booleans_subclasses_and_times_are_written_as_what_they_are():
    class Name(str):
        pass

    class Level(IntEnum):
        HIGH = 3

    rows = SheetRows(6)
    rows.append([True, Name("Kyiv"), Level.HIGH, dt.datetime(2026, 2, 4, 10, 30), Name(""), False], [0] * 6)
    found = cells(written(rows))
    assert found["A2"].get("t") == "b" and found["A2"].find(f"{MAIN}v").text == "1"
    assert "".join(found["B2"].itertext()) == "Kyiv"
    assert found["C2"].find(f"{MAIN}v").text == "3"
    assert "".join(found["D2"].itertext()) == "2026-02-04T10:30:00"  # a time of day stays text
    assert "E2" not in found and found["F2"].find(f"{MAIN}v").text == "0"


def test_control_characters_and_overlong_text_are_made_storable():
    rows = SheetRows(1)
    rows.append(["a\x00b" + "x" * 40_000], [0])
    text = "".join(cells(written(rows))["A2"].itertext())
    assert text.startswith("a\ufffdb") and len(text) == 32_767


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        ("plain words", "plain words"),
        ("x" * 40_000, "x" * 32_767),  # too long, with nothing to escape
        ("a > b", "a > b"),
        ("R&D", "R&D"),
        ("1 < 2", "1 < 2"),
        ("tab\tand\x0bvertical tab", "tab\tand\ufffdvertical tab"),
        ("line\r\nend", "line\r\nend"),  # a carriage return survives the XML reader's line ends
    ],
)
def test_each_cell_is_cleaned_and_escaped_only_as_far_as_it_needs(text: str, stored: str):
    rows = SheetRows(1)
    rows.append([text], [0])
    assert "".join(cells(written(rows))["A2"].itertext()) == stored


@given(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=120))
def test_any_text_reads_back_as_stored_whatever_it_holds(text: str):
    rows = SheetRows(1)
    rows.append([text], [0])
    assert "".join(cells(written(rows)).get("A2", ET.Element("c")).itertext()) == clean_text(text)


def test_every_character_xml_forbids_is_ascii_as_the_cell_check_assumes():
    beyond_ascii = "".join(chr(code) for code in range(128, 0x110000) if not 0xD800 <= code <= 0xDFFF)
    assert ILLEGAL_CHARACTERS_RE.search(beyond_ascii) is None


def test_links_go_after_the_filter_and_the_dimension_covers_all_rows():
    rows = SheetRows(3)
    rows.append(["a", "b", "https://example.invalid/?q=1&r=2"], [0, 0, 0])
    rows.link(2, "https://example.invalid/?q=1&r=2")
    root = written(rows)
    children = [child.tag.removeprefix(MAIN) for child in root]
    assert children == ["dimension", "sheetData", "autoFilter", "hyperlinks", "pageMargins"]
    assert root.find(f"{MAIN}dimension").get("ref") == "A1:C2"
    (link,) = root.find(f"{MAIN}hyperlinks")
    assert link.get("ref") == "C2"
    relationships = ET.fromstring(link_relationships(rows, None))
    (relationship,) = relationships
    assert relationship.get("Target") == "https://example.invalid/?q=1&r=2"
    assert relationship.get("TargetMode") == "External"
    rel_id = link.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
    assert relationship.get("Id") == rel_id


def test_links_join_relationships_openpyxl_already_wrote():
    rows = SheetRows(1)
    rows.append(["https://example.invalid/"], [0])
    rows.link(0, "https://example.invalid/")
    existing = (
        b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="drawing" Target="/xl/drawings/drawing1.xml"/></Relationships>'
    )
    ids = [r.get("Id") for r in ET.fromstring(link_relationships(rows, existing))]
    assert ids[0] == "rId1" and len(ids) == 2 and len(set(ids)) == 2
