"""Whole articles (written for these tests) through the pipeline: each happening once, on its own day."""

import datetime as dt

import chrono

SUDAN = """KHARTOUM, March 14 (Wire) - Paramilitary forces shelled a market in El Obeid on Thursday, killing at \
least 19 civilians, local medics said.

The attack came two days after the army recaptured the town of Bara, about 60 km to the north.

Army spokesman Nabil Abdallah said on Friday that the army would push on towards El Fasher "in the coming days".

A new round of talks is expected to open in Geneva on March 28, diplomats said.

Thousands of people took to the streets of Port Sudan on Wednesday to protest against the war. Police fired \
tear gas to disperse them.
"""

CAUCASUS = """GENEVA (Wire) - Negotiators from Armenia and Azerbaijan wrapped up three days of talks in Geneva late \
on Wednesday without a deal, the Swiss foreign ministry said.

The previous round, held in Washington in mid-January, ended with a joint statement.

At least two soldiers were killed in clashes on the border on Feb. 2, defence minister Suren Papikyan said.
"""


def timeline(text: str, published: str) -> dict[tuple[str, str], tuple[str, bool]]:
    found = chrono.extract(text, published=published).events
    return {(e.type, e.subtype): (e.date.value, e.attributes.planned) for e in found}


def test_a_war_report_puts_each_happening_on_its_day():
    events = timeline(SUDAN, "2026-03-14")
    assert events[("strike", "shelling")] == ("2026-03-12", False)  # Thursday
    assert events[("other", "capture")] == ("2026-03-10", False)  # two days before the shelling
    assert events[("statement", "statement")] == ("2026-03-13", False)  # said on Friday
    assert events[("talks", "negotiation_round")] == ("2026-03-28", True)  # expected to open
    assert events[("other", "protest")] == ("2026-03-11", False)  # Wednesday
    assert events[("other", "crackdown")][0] == "2026-03-11"  # the next sentence, the same day


def test_a_talks_report_spans_the_days_of_talks_and_keeps_the_round_before():
    events = chrono.extract(CAUCASUS, published=dt.date(2026, 2, 13)).events
    talks = sorted((e.date.value, e.location.name) for e in events if e.type == "talks")
    assert talks == [("2026-01", "Washington"), ("2026-02-09/2026-02-11", "Geneva")]
    (claim,) = [e for e in events if e.subtype == "casualty_claim"]
    assert claim.actors[0].name == "Suren Papikyan"
