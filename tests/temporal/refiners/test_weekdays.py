""" "last Wednesday" next to a bare "Wednesday", and weekdays in what was said on a day (refiners/weekdays.py)."""

import datetime as dt

import pytest

import chrono
from tests.temporal.expressions import THURSDAY, D


def test_a_bare_weekday_for_the_day_before_makes_last_weekday_surer():
    text = "The first round ended last Wednesday. On Wednesday, the minister spoke."
    last, bare = chrono.resolve(text, THURSDAY)
    assert (last.value.start, bare.value.start) == (D(2026, 1, 28), D(2026, 2, 4))
    assert last.value.certainty > 0.8
    assert "bare 'Wednesday'" in last.value.rationale


SATURDAY = dt.date(2026, 3, 21)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # read from Monday 16 March, the day it was said, not from the Saturday of publication
        ("He said on Monday that the talks would end on Friday.", D(2026, 3, 20)),
        ("He said on Monday that the talks had ended on Thursday.", D(2026, 3, 12)),
        ("The envoy told reporters on Monday that they met on Friday.", D(2026, 3, 13)),
    ],
)
def test_a_weekday_in_what_was_said_on_a_day_is_read_from_that_day(text, day):
    _said, told = chrono.resolve(text, SATURDAY)
    assert told.value.start == day
    assert "what was said" in told.value.rationale
    assert told.value.alternatives  # the reading from the publication date stays


def test_another_saying_on_its_own_day_is_not_read_from_the_first():
    text = "Iran said on Monday that talks failed, and Oman said on Thursday that they would resume."
    _monday, thursday = chrono.resolve(text, SATURDAY)
    assert thursday.value.start == D(2026, 3, 19)
