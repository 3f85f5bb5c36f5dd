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


@pytest.mark.parametrize(
    ("text", "when", "expression", "value"),
    [
        # under way at the anchor: the current month of fasting, whole
        ("Fighting eased during Ramadan.", D(2024, 3, 20), "Ramadan", "2024-03-11/2024-04-09"),
        # a plan: the next one; a report: the latest begun
        ("Talks will resume after Ramadan.", D(2024, 5, 1), "Ramadan", "2025-03-01/2025-03-30"),
        ("Prices rose before Ramadan.", D(2024, 5, 1), "Ramadan", "2024-03-11/2024-04-09"),
        # days ahead: the coming one, in any tense
        ("Shoppers crowded the markets ahead of Eid al-Fitr.", D(2024, 4, 7), "Eid al-Fitr", "2024-04-10"),
        ("Pilgrims gathered for Eid al-Adha.", D(2024, 6, 30), "Eid al-Adha", "2024-06-17"),
    ],
)
def test_islamic_holidays_follow_the_lunar_calendar(text, when, expression, value):
    found = {e.text: e.value for e in chrono.resolve(text, when)}
    assert found[expression].value == value
    assert "tabular Islamic calendar" in found[expression].rationale  # a day off the sighting, said so
    assert found[expression].certainty <= 0.6


@pytest.mark.parametrize("text", ["Tariq Ramadan said the talks failed.", "Mr. Ramadan spoke on the radio."])
def test_ramadan_as_a_surname_is_no_date(text):
    assert chrono.resolve(text, D(2024, 3, 20)) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Drones struck Kyiv on Ukraine's Independence Day.", "2026-08-24"),
        ("The Ukrainian Independence Day parade was cancelled.", "2026-08-24"),
        ("Crowds gathered for India's Independence Day.", "2026-08-15"),
        ("South Sudan’s Independence Day passed quietly.", "2026-07-09"),
        ("The U.S. Independence Day holiday closed markets.", "2026-07-04"),
        # the whole name, longest first: three countries share the word "Congo"
        ("Kinshasa held a parade on the Democratic Republic of the Congo's Independence Day.", "2026-06-30"),
        ("Brazzaville held a parade on the Republic of the Congo's Independence Day.", "2026-08-15"),
        ("Congo-Brazzaville's Independence Day passed quietly.", "2026-08-15"),
        ("Congo's Independence Day passed quietly.", "2026-06-30"),  # bare "Congo" is the larger one
    ],
)
def test_independence_day_is_the_named_countrys(text, value):
    assert values(text)["Independence Day"] == value  # AUTUMN: each fell earlier in 2026


def test_independence_day_with_no_country_is_the_default_and_less_sure():
    (found,) = chrono.resolve("Fireworks lit the sky on Independence Day.", D(2026, 11, 5))
    assert (found.value.value, found.value.certainty) == ("2026-07-04", 0.6)
    assert "no country named" in found.value.rationale


@pytest.mark.parametrize(
    ("text", "value", "whose"),
    [
        ("Ukraine marked its Independence Day with a quiet ceremony.", "2026-08-24", "Ukraine"),
        ("Kenyans celebrated their Independence Day in the rain.", "2025-12-12", "Kenya"),
        # the last country named before the pronoun, not the first
        ("After talks with India, Pakistan marked its Independence Day.", "2026-08-14", "Pakistan"),
    ],
)
def test_its_independence_day_is_the_country_named_before_and_less_sure(text, value, whose):
    (found,) = chrono.resolve(text, D(2026, 11, 5))
    assert (found.value.value, found.value.certainty) == (value, 0.75)
    assert found.value.rationale.startswith(f"{whose}'s (")


def test_its_independence_day_with_no_country_before_is_the_default():
    (found,) = chrono.resolve("The city marked its Independence Day.", D(2026, 11, 5))
    assert (found.value.value, found.value.certainty) == ("2026-07-04", 0.6)


def test_independence_day_of_a_country_the_data_lacks_gives_no_wrong_date():
    assert chrono.resolve("Crowds marked Atlantis's Independence Day.", D(2026, 11, 5)) == []


def test_new_year_is_the_first_of_january_but_not_another_calendars():
    assert values("Talks will resume after the New Year holiday.")["New Year"] == "2027-01-01"
    for text in ("Families gathered for Lunar New Year.", "Crowds marked the Persian New Year."):
        assert chrono.resolve(text, D(2026, 11, 5)) == []
