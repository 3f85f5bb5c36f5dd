"""Recurring times are sets, not dates (resolvers/sets.py)."""

import pytest

import chrono
from tests.temporal.expressions import AUTUMN


@pytest.mark.parametrize("every", ["every", "each", "Each"])
@pytest.mark.parametrize(
    "unit", ["day", "week", "month", "year", "quarter", "morning", "night", "evening", "hour", "weekend"]
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
