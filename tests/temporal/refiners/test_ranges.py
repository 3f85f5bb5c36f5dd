"""Ranges: both sides kept, the interval recorded, crossed sides put in order (refiners/ranges.py)."""

import pytest

import chrono
from tests.temporal.expressions import AUTUMN, D, values


def test_ranges_keep_both_expressions_and_record_the_interval():
    first, second = chrono.resolve("The talks ran from Monday to Wednesday.", AUTUMN)
    assert (first.text, second.text) == ("Monday", "Wednesday")
    assert (first.range.start, first.range.end) == (D(2026, 11, 2), D(2026, 11, 4))
    (between, _) = chrono.resolve("Output fell between 2022 and 2024.", AUTUMN)
    assert between.range.value == "2022-01-01/2024-12-31"
    unrelated = chrono.resolve("He arrived Monday and left Tuesday.", AUTUMN)
    assert all(e.range is None for e in unrelated)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Talks were held 10-14 June in Rome.", "10-14 June", "2026-06-10/2026-06-14"),
        ("Talks were held 4–5 February 2025 in Rome.", "4–5 February 2025", "2025-02-04/2025-02-05"),
        ("The fair is open from 3rd to 5th of March.", "3rd to 5th of March", "2027-03-03/2027-03-05"),
        ("Voting takes place between 10 and 12 October.", "10 and 12 October", "2026-10-10/2026-10-12"),
    ],
)
def test_ranges_of_days_written_day_first(text, expression, value):
    assert values(text)[expression] == value


def test_two_days_joined_by_a_dash_are_a_range_without_from():
    (first, _) = chrono.resolve("The strike ran Jan. 30-Feb. 2.", D(2026, 2, 12))
    assert first.range.value == "2026-01-30/2026-02-02"
    (first, _) = chrono.resolve("Talks ran 30 January – 2 February.", D(2026, 2, 12))
    assert first.range.value == "2026-01-30/2026-02-02"
    assert all(e.range is None for e in chrono.resolve("Sales in March - and in May - fell.", AUTUMN))


def test_a_score_or_a_serial_number_before_a_day_is_not_a_range():
    assert "10-14 June" not in values("The file 2-10-14 June was lost.")


def test_may_and_march_close_a_range_of_months():
    first, second = chrono.resolve("Prices were stable between August and May.", D(2026, 12, 1))
    assert (first.text, second.text) == ("August", "May")
    assert first.range.value == "2025-08-01/2026-05-31"
    assert [e.text for e in chrono.resolve("Exports fell from April to May.", AUTUMN)] == ["April", "May"]


def test_the_sides_of_a_range_that_cross_are_put_in_order():
    winter = D(2026, 2, 11)  # a Wednesday
    # No tense: March is nearest ahead, May (three months ahead) reads as last May; the end follows.
    first, second = chrono.resolve("Roadworks between March and May.", winter)
    assert (first.value.value, second.value.value) == ("2026-03", "2026-05")
    assert first.range.value == "2026-03-01/2026-05-31" and "a year later" in second.value.rationale
    # A past clause: the start moves back instead ("ran" last week, Monday to Friday).
    first, second = chrono.resolve("Talks were held from Monday to Friday.", winter)
    assert (first.value.value, second.value.value) == ("2026-02-02", "2026-02-06")
    assert first.range.value == "2026-02-02/2026-02-06" and "a week earlier" in first.value.rationale


def test_an_event_dated_by_a_range_spans_it():
    (event,) = chrono.extract(
        "The third round of talks between Iran and Oman ran from Monday to Wednesday.", published=AUTUMN
    ).events
    assert (event.date.start, event.date.end) == (D(2026, 11, 2), D(2026, 11, 4))


def test_a_range_of_months_named_without_a_year_spans_less_than_a_year():
    november = D(2026, 11, 26)
    # Read alone, January is behind the writer (past verb) and March nearest ahead: 2027-03.
    first, second = chrono.resolve("Exports doubled between January and March.", november)
    assert (first.value.value, second.value.value) == ("2026-01", "2026-03")
    assert first.range.value == "2026-01-01/2026-03-31"
    assert "spans less than a year" in second.value.rationale
    # The written year belongs to both sides: the side left without one moves to it.
    first, second = chrono.resolve("Deliveries are due between January and March 2028.", november)
    assert first.range.value == "2028-01-01/2028-03-31"
