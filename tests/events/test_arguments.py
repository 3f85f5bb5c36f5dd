"""Places beyond the hand-made gazetteer."""

import datetime as dt

import pytest

import chrono


def test_cities_from_geonames_are_located_with_coordinates():
    (event,) = chrono.extract(
        "Russia launched a missile attack on Ukraine on Monday, hitting a market in Porto Alegre.",
        published=dt.date(2026, 3, 12),
    ).events
    assert (event.location.name, event.location.country) == ("Porto Alegre", "Brazil")
    assert event.location.latitude == pytest.approx(-30.03, abs=0.1)


def test_a_city_name_without_a_place_preposition_is_not_a_place():
    events = chrono.extract("Victoria Lopez said on Monday that the talks were over.", published=dt.date(2026, 3, 12))
    assert all(e.location is None for e in events.events)


def test_a_round_named_across_a_but_clause_is_not_the_triggers_round():
    text = (
        "Iranian and European negotiators ended a third round of talks in Geneva on Friday, "
        "but said they would meet again next month."
    )
    talks = [e for e in chrono.extract(text, published=dt.date(2026, 3, 12)).events if e.type == "talks"]
    assert sorted((e.date.value, e.attributes.round) for e in talks) == [("2026-03-06", 3), ("2026-04", None)]
