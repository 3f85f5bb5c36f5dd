"""Times counted from the story, or from the writer for "ago" (resolvers/narrative.py)."""

import pytest

import chrono
from tests.temporal.expressions import THURSDAY, D, assert_resolves, only


@pytest.mark.parametrize(
    ("text", "expression", "value", "start", "end"),
    [
        # N units ago
        ("The fire started two days ago.", "two days ago", "2026-02-03", D(2026, 2, 3), D(2026, 2, 3)),
        ("The law passed three weeks ago.", "three weeks ago", "2026-W03", D(2026, 1, 12), D(2026, 1, 18)),
        ("It began two months ago.", "two months ago", "2025-12", D(2025, 12, 1), D(2025, 12, 31)),
        ("It began a year ago.", "a year ago", "2025", D(2025, 1, 1), D(2025, 12, 31)),
        ("It began a week or so ago.", "a week or so ago", "2026-W05", D(2026, 1, 26), D(2026, 2, 1)),
    ],
)
def test_values_and_intervals(text, expression, value, start, end):
    assert_resolves(text, expression, value, start, end)


def test_narrative_expressions_follow_the_story_not_the_publication_date():
    text = "The convoy left on Jan. 10. The day before, the bridge had been repaired. Three days later it arrived."
    found = {e.text: e for e in chrono.resolve(text, THURSDAY)}
    assert found["The day before"].value.start == D(2026, 1, 9)
    assert found["The day before"].value.anchor.source == "text"
    assert found["Three days later"].value.start == D(2026, 1, 12)


def test_a_day_counts_from_the_last_day_named_not_from_a_month():
    text = "The envoy arrived on Tuesday, his second visit this month. He met the speaker the previous day."
    found = {e.text: e for e in chrono.resolve(text, THURSDAY)}
    assert found["the previous day"].value.start == D(2026, 2, 2)  # Tuesday 3 February - 1, not 31 January
    month = "In January the talks stalled. The next month, they resumed."
    assert {e.text: e for e in chrono.resolve(month, THURSDAY)}["The next month"].value.value == "2026-02"


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("The next morning, the envoys left.", "The next morning", "2026-01-11"),
        ("The following evening, shelling resumed.", "The following evening", "2026-01-11"),
        ("The night before, shelling had stopped.", "The night before", "2026-01-09"),
        ("That same day, shelling resumed.", "That same day", "2026-01-10"),
    ],
)
def test_parts_of_the_day_in_a_story_count_from_the_last_day_named(sentence, expression, value):
    found = only(f"The convoy left on Jan. 10. {sentence}", expression=expression)
    assert (found.value.value, found.value.anchor.text) == (value, "Jan. 10")


@pytest.mark.parametrize("text", ["He left the night before the vote.", "He left the day after the vote."])
def test_a_day_before_or_after_an_event_is_not_counted_from_a_date(text):
    # The event's date is not in the text: a date counted from the story's last day would be wrong.
    assert chrono.resolve(text, THURSDAY) == []


def test_a_year_counts_from_the_last_year_written_out():
    text = "The war began in 2019. By the following year the front was frozen. The year before, talks had failed."
    found = {e.text: e.value for e in chrono.resolve(text, THURSDAY)}
    assert found["the following year"].value == "2020"
    assert found["the following year"].anchor.text == "2019"
    assert found["The year before"].value == "2019"  # from the story's 2020, not from 2019 again
    assert {e.text: e.value for e in chrono.resolve("It opened in 2019. Three years later it shut.", THURSDAY)}[
        "Three years later"
    ].value == "2022"


def test_a_year_counted_from_the_publication_date_does_not_move_the_story():
    # A quarterly report: "a year earlier" and "a year ago" are the same year.
    text = "Profit fell from a year ago. Sales rose 5% from a year earlier."
    found = {e.text: e.value.value for e in chrono.resolve(text, THURSDAY)}
    assert found == {"a year ago": "2025", "a year earlier": "2025"}


def test_earlier_and_later_count_from_the_story():
    text = "The truce began on Jan. 20. Two days earlier, the envoys had met. A week later it collapsed."
    found = {e.text: e.value for e in chrono.resolve(text, THURSDAY)}
    assert found["Two days earlier"].start == D(2026, 1, 18)
    assert found["A week later"].value == "2026-W04"  # a week after 18 January, the last day pinned down


def test_later_without_an_earlier_date_counts_from_the_publication_date_with_low_certainty():
    found = only("Three days later the road reopened.")
    assert found.value.start == D(2026, 2, 8)
    assert found.value.certainty <= 0.5
