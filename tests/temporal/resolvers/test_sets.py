"""Recurring times are sets, not dates (resolvers/sets.py)."""

import pytest

import chrono
from tests.temporal.expressions import AUTUMN


@pytest.mark.parametrize("every", ["every", "each", "Each"])
@pytest.mark.parametrize(
    "unit",
    ["day", "week", "month", "year", "quarter", "decade", "century", "morning", "night", "evening", "hour", "weekend"],
)
def test_every_recurring_unit_the_rules_find_has_a_value(every, unit):
    found = chrono.resolve(f"The guards change {every} {unit}.", AUTUMN)
    assert [(e.text, e.value.timex_type.value) for e in found] == [(f"{every} {unit}", "SET")]


def test_recurring_times_are_sets():
    found = {e.text: e.value for e in chrono.resolve("Rallies are held daily and every Thursday.", AUTUMN)}
    assert (found["daily"].value, found["daily"].timex_type.value) == ("P1D", "SET")
    assert found["every Thursday"].value == "XXXX-WXX-4"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The marchers parade each July.", "each July", "XXXX-07"),
        ("Every January the council sets its budget.", "Every January", "XXXX-01"),
        ("The fair opens every spring.", "every spring", "XXXX-SP"),
        ("Envoys meet every two weeks.", "every two weeks", "P2W"),
        ("A convoy leaves every few months.", "every few months", "PXM"),
    ],
)
def test_a_recurring_month_season_or_interval_is_a_set_not_one_date(text, expression, value):
    """'each July' is every July: dating it to one July would put a custom on a single day."""
    found = {e.text: e.value for e in chrono.resolve(text, AUTUMN)}
    assert (found[expression].value, found[expression].timex_type.value) == (value, "SET")
    assert found[expression].start is None


@pytest.mark.parametrize(
    ("text", "expression", "value", "frequency"),
    [
        ("The envoys meet twice a week.", "twice a week", "P1W", "2X"),
        ("Patrols pass three times a day.", "three times a day", "P1D", "3X"),
        ("The board sits once a month.", "once a month", "P1M", "1X"),
        ("Inspectors come 4 times per year.", "4 times per year", "P1Y", "4X"),
        ("Thrice a year the pass closes.", "Thrice a year", "P1Y", "3X"),
    ],
)
def test_how_often_is_the_frequency_of_a_period_not_a_length(text, expression, value, frequency):
    """'twice a week' recurs every week, twice: without the rule, 'a week' read as a one-week length."""
    found = {e.text: e.value for e in chrono.resolve(text, AUTUMN)}
    assert (found[expression].value, found[expression].frequency) == (value, frequency)
    assert found[expression].timex_type.value == "SET"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Talks resume every other week.", "every other week", "P2W"),
        ("Salaries are paid biweekly.", "biweekly", "P2W"),
        ("The bulletin appears fortnightly.", "fortnightly", "P2W"),
        ("Dividends are paid semi-annually.", "semi-annually", "P6M"),
    ],
)
def test_every_second_period_is_a_set_of_two_periods(text, expression, value):
    found = {e.text: e.value for e in chrono.resolve(text, AUTUMN)}
    assert (found[expression].value, found[expression].timex_type.value) == (value, "SET")


def test_once_as_a_conjunction_is_no_frequency():
    assert [e.text for e in chrono.resolve("Once a deal is signed, troops withdraw.", AUTUMN)] == []


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Protesters march on Mondays.", "Mondays", "XXXX-WXX-1"),
        ("Most Fridays, the market closes early.", "Fridays", "XXXX-WXX-5"),
        ("The club meets on Tuesday nights.", "Tuesday nights", "XXXX-WXX-2TNI"),
        ("Flights leave on Monday and Thursday mornings.", "Thursday mornings", "XXXX-WXX-4TMO"),
    ],
)
def test_weekdays_in_the_plural_recur(text, expression, value):
    found = {e.text: e.value for e in chrono.resolve(text, AUTUMN)}
    assert (found[expression].value, found[expression].timex_type.value) == (value, "SET")


def test_a_plural_weekday_in_a_name_is_no_time():
    assert chrono.resolve("Fridays for Future marched in Berlin.", AUTUMN) == []
