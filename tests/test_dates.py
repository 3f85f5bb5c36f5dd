import datetime as dt

import pytest

from chrono.dates import parse_date
from chrono.errors import DateError


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-02-05", dt.date(2026, 2, 5)),
        (" 2026-2-5 ", dt.date(2026, 2, 5)),
        ("Thu, 05 Feb 2026 10:00:00 GMT", dt.date(2026, 2, 5)),
        ("February 5, 2026", dt.date(2026, 2, 5)),
        ("5 Feb 2026", dt.date(2026, 2, 5)),
        ("25/12/2025", dt.date(2025, 12, 25)),
    ],
)
def test_iso_and_written_dates(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2026-02-30", r"not a real day \(check the month length\)"),
        ("2026-13-10", r"not a real day \(there is no month 13\)"),
        ("2025-02-29", "not a real day"),
        ("yesterday", "with a year"),
        ("05/02/2026", "ambiguous"),
        ("30 February 2026", "not a date"),
        ("banana 2026", "not a date"),
    ],
)
def test_impossible_relative_or_ambiguous_dates_are_refused(text, message):
    with pytest.raises(DateError, match=message):
        parse_date(text, what="--published")
