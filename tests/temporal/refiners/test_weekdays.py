""" "last Wednesday" next to a bare "Wednesday", weekdays in what was said on a day, and weekdays
listed before a recurring one (refiners/weekdays.py)."""

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


@pytest.mark.parametrize(
    ("text", "sets"),
    [
        ("Ferries sail on Monday and Tuesday nights.", ["XXXX-WXX-1TNI", "XXXX-WXX-2TNI"]),
        (
            "Markets open on Monday, Wednesday and Friday mornings.",
            ["XXXX-WXX-1TMO", "XXXX-WXX-3TMO", "XXXX-WXX-5TMO"],
        ),
        ("Patrols go out on Saturday or Sunday evenings.", ["XXXX-WXX-6TEV", "XXXX-WXX-7TEV"]),
    ],
)
def test_a_plural_after_the_last_weekday_of_a_list_makes_them_all_recur(text, sets):
    assert [e.value.value for e in chrono.resolve(text, THURSDAY)] == sets


@pytest.mark.parametrize(
    "text",
    [
        "He arrived on Monday and left on Tuesday nights.",  # "on" again: a clause of its own
        "They met last Monday and on Tuesday nights.",  # a day of its own
    ],
)
def test_a_weekday_outside_the_list_stays_a_day(text):
    (day, recurring) = chrono.resolve(text, THURSDAY)
    assert (day.value.timex_type.value, recurring.value.value) == ("DATE", "XXXX-WXX-2TNI")
