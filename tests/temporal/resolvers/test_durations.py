"""Lengths of time, counted, hedged or vague (resolvers/durations.py)."""

import pytest

import chrono
from tests.temporal.expressions import AUTUMN, THURSDAY, D, assert_resolves, only, values


@pytest.mark.parametrize(
    ("text", "expression", "value", "start", "end"),
    [
        # fuzzy spans end (or start) at the anchor; one counted vaguely ("few") is a length, PXW
        ("Attacks grew over the past few weeks.", "the past few weeks", "PXW", D(2026, 1, 15), D(2026, 2, 5)),
        ("Talks may resume in the next few days.", "the next few days", "PXD", D(2026, 2, 5), D(2026, 2, 8)),
        ("Clashes eased in recent days.", "recent days", "PAST_REF", D(2026, 2, 2), D(2026, 2, 5)),
        ("Talks may resume in the coming weeks.", "the coming weeks", "FUTURE_REF", D(2026, 2, 5), D(2026, 2, 26)),
        # hours reach only the whole days they make
        ("Shells fell in the past 24 hours.", "the past 24 hours", "PT24H", D(2026, 2, 4), D(2026, 2, 5)),
        ("Shells fell in the past few hours.", "the past few hours", "PTXH", D(2026, 2, 5), D(2026, 2, 5)),
        ("Attacks rose over the past fortnight.", "the past fortnight", "P2W", D(2026, 1, 22), D(2026, 2, 5)),
    ],
)
def test_values_and_intervals(text, expression, value, start, end):
    assert_resolves(text, expression, value, start, end)


@pytest.mark.parametrize(
    ("text", "modifier"),
    [
        ("The siege lasted over a week.", "MORE_THAN"),
        ("They fought for over a week.", "MORE_THAN"),
        ("It took over a week.", "MORE_THAN"),
        ("The talks were held over a week in Doha.", None),  # across a week, not more than one
        ("Prices rose over a week.", None),
    ],
)
def test_over_is_more_than_only_after_a_verb_of_lasting(text, modifier):
    found = only(text)
    assert (found.value.value, found.value.modifier) == ("P1W", modifier)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("It ended the 15-month-long war.", "15-month-long", "P15M"),
        ("They held a day-long strike.", "day-long", "P1D"),
        ("The year-long siege ended.", "year-long", "P1Y"),
        ("It was a decades-long conflict.", "decades-long", "PXY"),
        ("A months-long standoff ended.", "months-long", "PXM"),
        ("It revived a centuries-old dispute.", "centuries-old", "PXY"),
    ],
)
def test_a_length_as_an_adjective_is_the_whole_compound(text, expression, value):
    found = only(text)
    assert (found.text, found.value.value, found.value.timex_type.value) == (expression, value, "DURATION")


def test_a_year_that_ended_on_a_day_is_a_years_length():
    """'the year ended March 31' in a financial report is the twelve months up to that day."""
    found = {e.text: e.value for e in chrono.resolve("Sales rose in the fiscal year ended March 31.", THURSDAY)}
    assert (found["the fiscal year"].value, found["the fiscal year"].timex_type.value) == ("P1Y", "DURATION")
    assert "March 31" in found
    assert chrono.resolve("The year ended badly.", THURSDAY) == []


def test_an_age_is_no_length_of_time():
    assert chrono.resolve("The 10-year-old boy was found.", THURSDAY) == []


def test_durations_carry_value_and_hedge():
    found = only("It ended a nearly four-year war.")
    assert (found.value.value, found.value.modifier, found.value.timex_type.value) == ("P4Y", "APPROX", "DURATION")
    assert only("The siege lasted two weeks.").value.value == "P2W"


@pytest.mark.parametrize(
    ("text", "value", "modifier"),
    [
        ("The talks could drag on for a couple of years.", "P2Y", "APPROX"),  # about two: a count, hedged
        ("Rebuilding will take the next couple of months.", "P2M", "APPROX"),
        ("The envoys met a couple of days ago.", "2026-02-03", "APPROX"),  # two days before Thursday
        ("The envoys met two days ago.", "2026-02-03", None),
        ("The talks could drag on for several years.", "PXY", "APPROX"),  # no count at all
        ("The envoys met a few days ago.", "PAST_REF", "APPROX"),
    ],
)
def test_a_couple_is_about_two_where_a_few_is_no_number(text, value, modifier):
    found = only(text)
    assert (found.value.value, found.value.modifier) == (value, modifier)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The envoy spent 5 1/2 hours in the capital.", "5 1/2 hours", "PT5H30M"),
        ("The refugees lived in camps for 2 1/2 years.", "2 1/2 years", "P2Y6M"),
        ("The blockade lasted 2.5 years.", "2.5 years", "P2Y6M"),
        ("A minute and a half passed before the reply.", "A minute and a half", "PT1M30S"),
        ("The hearing took one and a half days.", "one and a half days", "P1DT12H"),
        ("The crossing took half an hour.", "half an hour", "PT30M"),
        ("The ceasefire held for 1.5 weeks.", "1.5 weeks", "P10DT12H"),
        ("The audit ran for 1.5 months.", "1.5 months", "P1.5M"),
        ("The war lasted 5½ years.", "5½ years", "P5Y6M"),
    ],
)
def test_fractions_of_a_unit_go_into_the_next_smaller_unit(text, expression, value):
    assert only(text, expression=expression).value.value == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The city was dark for twenty-four hours.", "twenty-four hours", "PT24H"),
        ("The market fell in the last twenty four hours.", "the last twenty four hours", "PT24H"),
        ("The siege lasted thirty-five days.", "thirty-five days", "P35D"),
        ("The craft survived for two thousand years.", "two thousand years", "P2000Y"),
        ("The dynasty ruled for two hundred years.", "two hundred years", "P200Y"),
        ("The fund has existed for ninety years.", "ninety years", "P90Y"),
    ],
)
def test_numbers_written_in_words_are_read_whole(text, expression, value):
    """'twenty-four hours' is a day, not four hours."""
    assert only(text, expression=expression).value.value == value


def test_the_last_digit_of_a_fraction_or_a_decimal_is_never_a_count_of_its_own():
    """ "1/2 hours" is not "2 hours", nor "2.5 years ago" "5 years ago"."""
    assert [e.text for e in chrono.resolve("It took 1/2 hours.", THURSDAY)] == []
    assert "5 years ago" not in [e.text for e in chrono.resolve("It began 2.5 years ago.", THURSDAY)]
    assert only("It began 2 1/2 years ago.").value.value == "P2Y6M"  # a length, not a wrong date


def test_trading_and_working_days_are_days():
    assert only("The index rose for eight trading days.").value.value == "P8D"
    assert only("It is done within 10 business days.").value.value == "P10D"
    assert chrono.resolve("The business day ended.", THURSDAY) == []


def test_counted_spans_are_lengths_and_uncounted_ones_vague_references():
    counted = only("Prices rose over the past three weeks.")
    assert (counted.value.value, counted.value.timex_type.value) == ("P3W", "DURATION")
    assert counted.value.start == D(2026, 1, 15)
    assert only("Losses mounted in the past year.").value.value == "P1Y"
    assert only("The war lasted two decades.").value.value == "P20Y"


def test_quarters_as_a_length_of_time():
    assert values("The plan covers the past two quarters.") == {"the past two quarters": "P2Q"}
    assert values("Sales fell for three quarters in a row.") == {"three quarters": "P3Q"}


def test_ages_are_not_durations():
    assert values("A 44-year-old man was hurt.") == {}


def test_a_loose_hedge_stays_outside_the_expression_but_sets_the_modifier():
    (found,) = chrono.resolve("The siege lasted about five hours.", AUTUMN)
    assert (found.text, found.value.value, found.value.modifier) == ("five hours", "PT5H", "APPROX")


@pytest.mark.parametrize(
    ("text", "expression", "modifier"),
    [
        ("The siege lasted nearly five hours.", "nearly five hours", "APPROX"),
        ("The truce held for more than four days.", "more than four days", "MORE_THAN"),
        ("Talks lasted less than an hour.", "less than an hour", "LESS_THAN"),
        ("The siege ended nearly two weeks ago.", "nearly two weeks ago", "APPROX"),
    ],
)
def test_a_hedge_that_bounds_the_length_is_part_of_the_expression(text, expression, modifier):
    (found,) = chrono.resolve(text, AUTUMN)
    assert (found.text, found.value.modifier) == (expression, modifier)


def test_counts_with_before_or_after_are_lengths():
    assert values("Ten days before the vote, he left.") == {"Ten days": "P10D"}


def test_unstated_counts():
    assert values("The talks dragged on for years.") == {"years": "PXY"}
