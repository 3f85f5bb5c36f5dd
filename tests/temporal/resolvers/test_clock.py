"""Clock times, with the day they fall on (resolvers/clock.py)."""

import datetime as dt

import pytest

import chrono
from tests.temporal.expressions import D, assert_resolves, values


@pytest.mark.parametrize(
    ("text", "expression", "value", "start", "end"),
    [
        # the 24-hour clock
        ("The truce began at 0600 GMT.", "0600 GMT", "2026-02-05T06:00", D(2026, 2, 5), D(2026, 2, 5)),
        ("Talks began at 14:30 on Tuesday.", "14:30 on Tuesday", "2026-02-03T14:30", D(2026, 2, 3), D(2026, 2, 3)),
        ("Sirens sounded at 21:15 local time.", "21:15 local time", "2026-02-05T21:15", D(2026, 2, 5), D(2026, 2, 5)),
    ],
)
def test_values_and_intervals(text, expression, value, start, end):
    assert_resolves(text, expression, value, start, end)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The blast came at 10:35 a.m.", "10:35 a.m.", "2026-11-05T10:35"),
        ("The vote closed at 5 p.m. EST Monday.", "5 p.m. EST Monday", "2026-11-02T17:00"),
        ("The vote closes at 5 p.m. EST Monday.", "5 p.m. EST Monday", "2026-11-09T17:00"),  # a schedule
        ("The curfew starts at midnight.", "midnight", "2026-11-05T24:00"),
        ("The blast hit at 3:30 a.m. local time on Sunday.", "3:30 a.m. local time on Sunday", "2026-11-01T03:30"),
        ("Polls closed at 8 p.m. ET on Tuesday.", "8 p.m. ET on Tuesday", "2026-11-03T20:00"),
        ("The deadline passed at noon ET Friday.", "noon ET Friday", "2026-10-30T12:00"),
        ("The truce began at midnight GMT on Sunday.", "midnight GMT on Sunday", "2026-11-01T24:00"),
        # a day of the month, and its year when written
        ("The deadline was noon on Oct. 3.", "noon on Oct. 3", "2026-10-03T12:00"),
        ("It began at 9 p.m. on Jan. 5, 2025.", "9 p.m. on Jan. 5, 2025", "2025-01-05T21:00"),
        ("It ended at midnight on Dec. 31, 2024.", "midnight on Dec. 31, 2024", "2024-12-31T24:00"),
    ],
)
def test_clock_times(text, expression, value):
    assert values(text)[expression] == value


def test_a_time_in_an_aside_of_a_plan_is_the_coming_day():
    """Said on Wednesday: "will leave at dawn (4 a.m. Thursday)" is tomorrow, not last week."""
    (expression,) = chrono.resolve("He will leave at dawn (4 a.m. Thursday), his lawyer said.", dct=dt.date(2026, 4, 1))
    assert expression.value.value == "2026-04-02T04:00"
