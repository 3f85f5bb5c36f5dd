"""CSV and HTML outputs: readable by the standard readers, and nothing in the text can run."""

import csv
import datetime as dt
import io
from html.parser import HTMLParser

import chrono
from chrono.export.csv import COLUMNS, safe_cell
from chrono.models import Document

HOSTILE = Document(
    id="h",
    published=dt.date(2026, 3, 12),
    text="=cmd|'/c calc'!A1 Foreign Minister Ana Lopez said on Monday <script>alert(1)</script> & more.\n"
    "+SUM(A1) The third round of talks between Iran and Oman opened on Tuesday in Muscat.",
)


def test_csv_has_a_header_and_one_row_per_event(seed_timeline):
    rows = list(csv.reader(io.StringIO(seed_timeline.to_csv().decode("utf-8"))))
    assert rows[0] == COLUMNS
    assert len(rows) - 1 == len(seed_timeline.events)
    assert rows[1][0] == str(seed_timeline.events[0].date.start)


def test_csv_cells_never_become_formulas():
    timeline = chrono.extract(HOSTILE)
    rows = list(csv.reader(io.StringIO(timeline.to_csv().decode("utf-8"))))
    cells = [cell for row in rows[1:] for cell in row]
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in cells)
    assert any(cell.startswith("'=cmd") for cell in cells)
    assert safe_cell("-5") == "'-5" and safe_cell("5") == "5"


def test_csv_excel_bom_on_request(seed_timeline):
    assert seed_timeline.to_csv(excel_bom=True).startswith(b"\xef\xbb\xbf")
    assert not seed_timeline.to_csv().startswith(b"\xef\xbb\xbf")


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes += attrs

    def handle_data(self, data):
        self.text.append(data)


def test_html_escapes_all_text_and_needs_no_network():
    page = chrono.extract(HOSTILE).to_html(title="Test <b>page</b>").decode("utf-8")
    collector = _Collector()
    collector.feed(page)
    assert "script" not in collector.tags and "b" not in collector.tags
    assert "<script>alert(1)</script>" in "".join(collector.text)  # shown as text, not run
    assert not any(value and value.startswith(("http", "//")) for _, value in collector.attributes)


def test_html_lists_every_event(seed_timeline):
    page = seed_timeline.to_html().decode("utf-8")
    assert page.count("<li>") == len(seed_timeline.events)
    assert "Abu Dhabi" in page


def test_html_names_the_first_twenty_documents_and_counts_the_rest():
    reports = [
        chrono.extract(
            Document(id=f"outlet-{n:02d}", text="Drones struck Odesa on Monday.", published=dt.date(2026, 3, 12))
        )
        for n in range(25)
    ]
    page = chrono.Timeline.merge(reports).to_html().decode("utf-8")
    assert "outlet-00, outlet-01" in page and "outlet-19 and 5 more documents" in page
    assert "outlet-20" not in page
