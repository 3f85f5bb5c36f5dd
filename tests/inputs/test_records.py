"""Articles given as JSON records: what is read, and how a bad record is reported without losing the rest."""

import datetime as dt

from chrono.inputs.files import InputFailure
from chrono.inputs.records import read_records
from chrono.models import Document

GOOD = b'{"text": "Talks resumed in Geneva on Monday, officials said.", "published": "2026-01-05", "outlet": "Wire"}'


def test_json_lines_give_one_document_per_line_named_by_line():
    (first, second) = read_records([GOOD + b"\n", b"\n", GOOD + b"\n"], "feed.jsonl", "feed", jsonl=True)
    assert isinstance(first, Document) and (first.id, second.id) == ("feed-1", "feed-3")
    assert first.published == dt.date(2026, 1, 5) and first.outlet == "Wire"


def test_a_line_cut_short_is_reported_by_its_column_and_the_others_still_count():
    cut = GOOD[:30]
    read = list(read_records([GOOD + b"\n", cut + b"\n"], "feed.jsonl", "feed", jsonl=True))
    assert isinstance(read[0], Document)
    # The line end left inside the open string is where json stops.
    assert read[1] == InputFailure("feed.jsonl:2", "line 2 is not JSON (Invalid control character at: column 31)")


def test_a_line_that_is_not_utf8_is_reported_as_not_json():
    (failure,) = read_records([b'{"text": "caf\xe9"}\n'], "feed.jsonl", "feed", jsonl=True)
    assert isinstance(failure, InputFailure) and failure.message.startswith("line 1 is not JSON (")


def test_a_record_without_text_is_named_by_its_place_in_an_array():
    read = list(read_records([b"[", GOOD, b', {"title": "no text"}]'], "feed.json", "feed", jsonl=False))
    assert isinstance(read[0], Document) and read[0].id == "feed-1"
    assert read[1] == InputFailure("feed.json[2]", "not an article record (text: Field required)")
