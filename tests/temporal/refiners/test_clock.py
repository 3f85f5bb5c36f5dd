"""A clock time followed by the day it is on takes that day (refiners/clock.py)."""

import datetime as dt

import pytest

import chrono

FRIDAY = dt.date(2026, 3, 20)


def found(text: str) -> dict[str, str]:
    return {e.text: e.value.value for e in chrono.resolve(text, FRIDAY)}


@pytest.mark.parametrize(
    ("text", "clock", "value"),
    [
        ("The blast came at 9pm on 5 January 2025.", "9pm", "2025-01-05T21:00"),
        ("At 14:00 on 3 March, talks began.", "14:00", "2026-03-03T14:00"),
        ("The blast came at 9pm, on 5 January 2025.", "9pm", "2025-01-05T21:00"),
    ],
)
def test_a_clock_time_right_before_a_date_is_on_that_date(text, clock, value):
    assert found(text)[clock] == value


def test_a_date_further_off_leaves_the_clock_time_on_the_storys_day():
    assert found("At 3 p.m. the talks ended on 3 March.")["3 p.m."] == "2026-03-20T15:00"
