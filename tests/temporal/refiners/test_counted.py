"""Days counted from a date the text names: the date keeps its value and learns the day counted to."""

import datetime as dt

import pytest

import chrono

THURSDAY = dt.date(2026, 2, 5)


def shifted(text: str, expression: str):
    (found,) = [e for e in chrono.resolve(text, THURSDAY) if e.text == expression]
    return found


@pytest.mark.parametrize(
    ("text", "expression", "day"),
    [
        ("Two days after the Jan. 20 vote, protests began.", "Jan. 20", "2026-01-22"),
        ("Protests began two days after Jan. 20.", "Jan. 20", "2026-01-22"),
        ("A week before Christmas, the army attacked.", "Christmas", "2025-12-18"),
        ("Three years after the Feb. 24, 2022 invasion, the war goes on.", "Feb. 24, 2022", "2025-02-24"),
        ("The day before last Tuesday's hearing, he went home.", "last Tuesday", "2026-01-26"),
        ("Two days prior to Jan. 20, the envoy left.", "Jan. 20", "2026-01-18"),
    ],
)
def test_a_length_before_or_after_a_date_counts_to_a_day(text, expression, day):
    found = shifted(text, expression)
    assert found.shifted.value == day
    assert found.shifted.anchor.text == expression
    assert found.value.value != day  # the date itself is still the date the text names


def test_the_day_before_a_date_is_itself_that_day_not_the_day_before_the_story():
    found = shifted("The day before last Tuesday's hearing, he went home.", "The day before")
    assert (found.value.value, found.value.anchor.text) == ("2026-01-26", "last Tuesday")


def test_a_hedged_length_counts_to_about_that_day():
    found = shifted("About two weeks after Jan. 5, talks resumed.", "Jan. 5")
    assert (found.shifted.value, found.shifted.modifier) == ("2026-01-19", "APPROX")
    assert found.shifted.certainty <= 0.6


@pytest.mark.parametrize(
    "text",
    [
        "Less than a week after Jan. 5, talks resumed.",  # names no day
        "Eight trading days after Jan. 5, the index fell.",  # weekends do not count
        "A few days after Jan. 5, talks resumed.",  # no count
        "Talks lasted two days. On Jan. 5 they resumed.",  # not counted from the date
    ],
)
def test_a_length_that_names_no_day_leaves_the_date_alone(text):
    assert shifted(text, "Jan. 5").shifted is None


def test_an_event_dated_by_a_counted_day_takes_that_day():
    (event,) = chrono.extract("Talks resumed two days after Jan. 20.", published=THURSDAY).events
    assert event.date.value == "2026-01-22"
    assert "two days after" in event.date.rationale
