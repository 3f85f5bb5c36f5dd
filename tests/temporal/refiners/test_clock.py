"""Clock times take the day after them, and the day of a range's other end (refiners/clock.py)."""

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


@pytest.mark.parametrize(
    ("text", "clock", "value"),
    [
        # The side that names no day is on the other side's day ...
        ("Polls stay open from 7 a.m. to 8 p.m. on Sunday.", "7 a.m.", "2026-03-15T07:00"),
        ("The hearing ran from 2 p.m. to 6 p.m. on Tuesday.", "2 p.m.", "2026-03-17T14:00"),
        ("Sirens sounded from 8 a.m. Wednesday until noon.", "noon", "2026-03-18T12:00"),
        # ... or on the next one when the range runs past midnight, or on the one before.
        ("Guns fired between 11 p.m. Monday and 3 a.m.", "3 a.m.", "2026-03-17T03:00"),
        ("The curfew ran from 10 p.m. to 5 a.m. on Saturday.", "10 p.m.", "2026-03-13T22:00"),
        ("The blackout lasted from midnight to 6 a.m. on Thursday.", "midnight", "2026-03-18T24:00"),
        ("Shops were shut from 9pm on 5 January 2025 to 2am.", "2am", "2025-01-06T02:00"),
    ],
)
def test_a_clock_time_in_a_range_is_on_the_day_of_its_other_end(text, clock, value):
    assert found(text)[clock] == value


def test_a_night_told_in_the_past_is_the_one_before_the_writer_not_after():
    times = found("The blackout lasted from 9pm until 6am.")
    assert (times["9pm"], times["6am"]) == ("2026-03-19T21:00", "2026-03-20T06:00")


def test_a_planned_night_runs_into_the_next_day():
    times = found("The curfew will run from 10 p.m. to 5 a.m.")
    assert (times["10 p.m."], times["5 a.m."]) == ("2026-03-20T22:00", "2026-03-21T05:00")


def test_the_range_spans_both_days():
    (start, _end) = chrono.resolve("Guns fired from 11 p.m. Monday to 3 a.m.", FRIDAY)
    assert start.range is not None
    assert (start.range.start, start.range.end) == (dt.date(2026, 3, 16), dt.date(2026, 3, 17))


def test_the_moved_time_says_why():
    (_start, end) = chrono.resolve("Guns fired between 11 p.m. Monday and 3 a.m.", FRIDAY)
    assert "past midnight" in end.value.rationale and "11 p.m. Monday" in end.value.rationale


@pytest.mark.parametrize(
    "text",
    [
        "Talks began at 9 a.m. and again at noon.",  # two times, no range: "and" needs "between"
        "The vote closed at 6 p.m. Monday and 8 p.m. Tuesday.",  # both name their days
    ],
)
def test_times_that_are_no_range_or_name_both_days_keep_their_days(text):
    plain = {e.text: e.value.value for e in chrono.resolve(text.replace(" and", "."), FRIDAY)}
    assert found(text) == plain


@pytest.mark.parametrize(
    ("text", "night"),
    [
        ("Drones struck the port overnight into Sunday.", "2026-03-14TNI"),
        ("Russia launched 90 drones overnight to Saturday.", "2026-03-13TNI"),
        ("Strikes came overnight from Monday to Tuesday.", "2026-03-16TNI"),
        ("Russia launched 90 drones overnight, the air force said on Saturday.", "2026-03-13TNI"),
        ("Drones struck the port overnight, the navy said.", "2026-03-19TNI"),  # the night before the writer's
    ],
)
def test_overnight_is_the_night_a_day_names_or_the_one_before_the_writer(text, night):
    assert found(text)["overnight"] == night


@pytest.mark.parametrize(
    "text", ["Drones struck the port overnight on Saturday.", "Drones struck the port overnight Saturday."]
)
def test_overnight_on_a_day_is_the_night_before_it_with_that_days_night_as_the_other_reading(text):
    (night,) = [e for e in chrono.resolve(text, FRIDAY) if e.text == "overnight"]
    assert night.value.value == "2026-03-13TNI"  # Friday night, into Saturday 14 March
    assert night.value.certainty <= 0.7
    assert [a.value for a in night.value.alternatives] == ["2026-03-14TNI"]
