"""Named holidays, computed for the right year (resolvers/holidays.py)."""

import pytest

import chrono
from tests.temporal.expressions import D, values


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The envoys met at Christmas.", "Christmas", "2025-12-25"),
        ("Shops closed on Thanksgiving Day.", "Thanksgiving Day", "2025-11-27"),  # past: last one
        ("Shops will close on Thanksgiving Day.", "Thanksgiving Day", "2026-11-26"),
        ("Voters went to the polls on Election Day.", "Election Day", "2026-11-03"),
        ("Easter fell early.", "Easter", "2026-04-05"),
        ("Protests began on New Year’s Day.", "New Year’s Day", "2026-01-01"),
    ],
)
def test_holidays(text, expression, value):
    assert values(text)[expression] == value


def test_a_holiday_days_ahead_is_the_coming_one_whatever_the_tense():
    sunday = D(2026, 11, 22)  # four days before Thanksgiving
    assert values("Shoppers crowded the malls ahead of Thanksgiving.", sunday)["Thanksgiving"] == "2026-11-26"
    assert values("Last Thanksgiving, shops closed early.", sunday)["Last Thanksgiving"] == "2025-11-27"


def test_a_holiday_week_is_the_week_the_holiday_falls_in():
    palm_sunday = D(2026, 3, 29)  # Easter is on 5 April
    found = {e.text: e.value for e in chrono.resolve("Pilgrims filled the city as Easter week began.", palm_sunday)}
    assert (found["Easter week"].value, found["Easter week"].start, found["Easter week"].end) == (
        "2026-W14",
        D(2026, 3, 30),
        D(2026, 4, 5),
    )
