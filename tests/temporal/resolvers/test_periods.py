"""Quarters, halves and seasons, with their years (resolvers/periods.py)."""

import pytest

import chrono
from tests.temporal.expressions import AUTUMN, D, assert_resolves, values


@pytest.mark.parametrize(
    ("text", "expression", "value", "start", "end"),
    [
        # quarters and halves written as codes
        ("Sales fell in Q3 2025.", "Q3 2025", "2025-Q3", D(2025, 7, 1), D(2025, 9, 30)),
        ("Margins improved in Q4.", "Q4", "2025-Q4", D(2025, 10, 1), D(2025, 12, 31)),
        ("Profit doubled in H1 2025.", "H1 2025", "2025-H1", D(2025, 1, 1), D(2025, 6, 30)),
    ],
)
def test_values_and_intervals(text, expression, value, start, end):
    assert_resolves(text, expression, value, start, end)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Profit rose in the third quarter.", "the third quarter", "2026-Q3"),
        ("Third-quarter sales fell.", "Third-quarter", "2026-Q3"),
        ("Sales will rise in the fourth quarter.", "the fourth quarter", "2026-Q4"),
        ("Results for the fiscal first quarter were weak.", "the fiscal first quarter", "2026-Q1"),
        ("Profit in the quarter doubled.", "the quarter", "2026-Q3"),  # the one just reported
        ("Spending this quarter is flat.", "this quarter", "2026-Q4"),
        ("Next year's first quarter looks better.", "Next year's first quarter", "2027-Q1"),
        ("The second quarter of 2019 was the worst.", "The second quarter of 2019", "2019-Q2"),
        ("Growth is due in the first quarter of next year.", "the first quarter of next year", "2027-Q1"),
        ("Profits fell in the final quarter of last year.", "the final quarter of last year", "2025-Q4"),
        ("Sales rose in the last quarter of 2024.", "the last quarter of 2024", "2024-Q4"),
        (
            "It opened in 2019 and paid off in the third quarter of the following year.",
            "the third quarter of the following year",
            "2020-Q3",
        ),
    ],
)
def test_quarters(text, expression, value):
    assert values(text)[expression] == value


@pytest.mark.parametrize("noun", ["quarter", "three months"])
def test_the_year_earlier_quarter_is_a_quarter_even_with_no_quarter_named_before_it(noun):
    # Written on 5 November: the quarter a report discusses is the third, so a year earlier is 2025-Q3.
    assert values(f"In the year-earlier {noun}, the company lost money.")[f"the year-earlier {noun}"] == "2025-Q3"
    # A quarter named just before still decides which one.
    found = values(f"Second-quarter sales fell. In the year-earlier {noun}, they rose.")
    assert found[f"the year-earlier {noun}"] == "2025-Q2"


def test_a_final_quarter_without_a_year_is_not_a_date():
    # "the final quarter" of a match; "the last quarter of the decade" is no calendar quarter
    assert values("He scored in the final quarter.") == {}
    assert "the last quarter" not in values("The last quarter of the decade was calm.")


@pytest.mark.parametrize(
    "text",
    [
        "Three quarters of the votes were counted.",
        "Three-quarters of the town was flooded.",
        "A quarter of the staff left.",
        "The team led for one quarter.",
    ],
)
def test_fractions_are_not_quarters_of_a_year(text):
    assert [e for e in chrono.resolve(text, AUTUMN) if e.value.timex_type.value == "DURATION"] == []


@pytest.mark.parametrize(
    ("text", "expression", "value", "start"),
    [
        ("Prices rose last summer.", "last summer", "2026-SU", D(2026, 6, 1)),
        ("The dam opened last fall.", "last fall", "2025-FA", D(2025, 9, 1)),  # it is fall now
        ("The offensive came in the spring of 2023.", "the spring of 2023", "2023-SP", D(2023, 3, 1)),
        ("They will meet next winter.", "next winter", "2026-WI", D(2026, 12, 1)),  # not begun yet
        ("Prices rose this past spring.", "this past spring", "2026-SP", D(2026, 3, 1)),
        ("Elections are due in the spring of next year.", "the spring of next year", "2027-SP", D(2027, 3, 1)),
        ("The dam was built in summer of last year.", "summer of last year", "2025-SU", D(2025, 6, 1)),
    ],
)
def test_seasons(text, expression, value, start):
    found = {e.text: e.value for e in chrono.resolve(text, AUTUMN)}
    assert (found[expression].value, found[expression].start) == (value, start)


@pytest.mark.parametrize(
    ("text", "expression", "value", "modifier"),
    [
        ("Prices rose late last summer.", "late last summer", "2026-SU", "END"),
        ("The dam opened early last spring.", "early last spring", "2026-SP", "START"),
        ("Prices rose in late summer.", "late summer", "2026-SU", "END"),
    ],
)
def test_the_part_of_a_season_is_its_modifier(text, expression, value, modifier):
    found = {e.text: e.value for e in chrono.resolve(text, AUTUMN)}
    assert (found[expression].value, found[expression].modifier) == (value, modifier)


def test_the_fall_of_a_city_is_not_a_season():
    assert "the fall" not in values("After the fall of the city, the army withdrew.")


def test_this_season_is_the_one_of_the_calendar_year():
    february = D(2026, 2, 12)
    assert values("Talks resume this summer.", february)["this summer"] == "2026-SU"
    assert values("It snowed this winter.", february)["this winter"] == "2025-WI"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Sales fell in the first half of 2019.", "the first half of 2019", "2019-H1"),
        ("Growth slows in the second half of this year.", "the second half of this year", "2026-H2"),
        ("Output rose in the first two quarters of 2019.", "the first two quarters of 2019", "2019-H1"),
        ("Prices eased in the last two quarters of last year.", "the last two quarters of last year", "2025-H2"),
        ("It was built in the 20th century.", "the 20th century", "19"),
        ("Fiscal 2025 profit rose.", "Fiscal 2025", "2025"),
    ],
)
def test_halves_centuries_and_fiscal_years(text, expression, value):
    assert values(text)[expression] == value


def test_halves_of_other_things_are_not_dates():
    assert values("The first half of the match was dull.") == {}
