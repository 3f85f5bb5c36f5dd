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


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The vote came a day later than expected.", "a day", "P1D"),
        ("The vote came two weeks earlier than planned.", "two weeks", "P2W"),
    ],
)
def test_later_or_earlier_than_something_compares_and_dates_nothing(text, expression, value):
    found = only(text, expression=expression)
    assert (found.value.timex_type.value, found.value.value) == ("DURATION", value)


def test_a_day_counts_from_the_last_day_named_not_from_a_month():
    text = "The envoy arrived on Tuesday, his second visit this month. He met the speaker the previous day."
    found = {e.text: e for e in chrono.resolve(text, THURSDAY)}
    assert found["the previous day"].value.start == D(2026, 2, 2)  # Tuesday 3 February - 1, not 31 January
    month = "In January the talks stalled. The next month, they resumed."
    assert {e.text: e for e in chrono.resolve(month, THURSDAY)}["The next month"].value.value == "2026-02"


def test_once_the_story_moves_to_another_month_a_day_named_before_no_longer_counts():
    text = "The truce ended on Jan. 30. Rebels took the port in mid-December; the army retook it a week later."
    later = {e.text: e for e in chrono.resolve(text, THURSDAY)}["a week later"].value
    # A week after mid-December, not a week after 30 January; counted from a month, so a month.
    assert (later.value, later.precision) == ("2025-12", "month")
    assert (later.start, later.end) == (D(2025, 12, 1), D(2025, 12, 31))
    assert later.certainty <= 0.6 and "only the month" in later.rationale


def test_hours_count_from_the_last_day_named_even_after_a_month_in_the_background():
    text = "The envoys met on Friday. The last such talks were held in March 2022. Hours later, a drone hit a bus."
    hours = {e.text: e for e in chrono.resolve(text, THURSDAY)}["Hours later"].value
    assert hours.start == D(2026, 1, 30)  # the Friday before Thursday 5 February, not March 2022


def test_a_day_counted_from_a_month_is_known_only_to_the_month():
    text = "In October the site was shut down. Its owner was told that same day."
    same_day = {e.text: e for e in chrono.resolve(text, THURSDAY)}["that same day"].value
    assert (same_day.value, same_day.anchor.text) == ("2025-10", "October")
    assert same_day.certainty <= 0.6


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


@pytest.mark.parametrize(
    ("text", "expression", "day"),
    [
        ("The shelling began on Jan. 10. Two hours later a ceasefire was called.", "Two hours later", D(2026, 1, 10)),
        ("The shelling began on Jan. 10. Half an hour later it stopped.", "Half an hour later", D(2026, 1, 10)),
        ("The shelling began on Jan. 10. 45 minutes earlier, sirens sounded.", "45 minutes earlier", D(2026, 1, 10)),
        ("The shelling began on Jan. 10. Hours later, a second wave came.", "Hours later", D(2026, 1, 10)),
        ("The shelling began on Jan. 10. Thirty hours later it ended.", "Thirty hours later", D(2026, 1, 11)),
        ("A blast hit the depot two hours ago.", "two hours ago", THURSDAY),
    ],
)
def test_hours_and_minutes_keep_the_day_counted_from_unless_they_make_whole_days(text, expression, day):
    """The anchors are days, so 'two hours later' is that day; only 24 hours and more move it."""
    found = only(text, expression=expression)
    assert (found.value.value, found.value.start, found.value.end) == (day.isoformat(), day, day)
    assert found.value.certainty < 0.9  # the clock may have run past midnight
    assert "midnight" in found.value.rationale


def test_about_an_hour_later_is_approximate():
    text = "The shelling began on Jan. 10. About an hour later it stopped."
    assert only(text, expression="About an hour later").value.modifier == "APPROX"  # the hedge is its own word


@pytest.mark.parametrize(
    ("text", "expression", "value", "start"),
    [
        ("The truce was signed on Jan. 10. Days later, it broke.", "Days later", "FUTURE_REF", D(2026, 1, 13)),
        ("The truce was signed on Jan. 10. Weeks later, it broke.", "Weeks later", "FUTURE_REF", D(2026, 1, 26)),
        ("Years ago the valley was farmland.", "Years ago", "PAST_REF", D(2023, 1, 1)),
    ],
)
def test_a_bare_plural_unit_counts_some_of_them_and_says_so(text, expression, value, start):
    """'Days later' is a few days on: the value says only 'after', the interval a rough guess."""
    found = only(text, expression=expression)
    assert (found.value.value, found.value.start, found.value.modifier) == (value, start, "APPROX")


@pytest.mark.parametrize(
    ("expression", "value"),
    [
        ("Earlier in the day", "2026-01-10"),
        ("Later that day", "2026-01-10"),
        ("Later that night", "2026-01-10"),
        ("Later that year", "2026"),
    ],
)
def test_earlier_or_later_within_the_story_s_day_is_that_day(expression, value):
    """'Later that day, a second strike hit': the day the story is on, not the publication date."""
    text = f"The shelling began on Jan. 10. {expression}, a second wave came."
    found = only(text, expression=expression)
    assert found.value.value == value
    assert found.value.anchor.source == "text"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The envoys return in two weeks' time.", "two weeks' time", "2026-W08"),
        ("The envoys return in a month's time.", "a month's time", "2026-03"),
        ("The envoys return two weeks from today.", "two weeks from today", "2026-W08"),
    ],
)
def test_lengths_ahead_of_the_writer_count_from_the_publication_date(text, expression, value):
    found = only(text, expression=expression)
    assert (found.value.value, found.value.anchor.source) == (value, "given")


def test_a_past_clause_does_not_count_from_a_day_still_ahead():
    """A plan for Sunday, then 'Earlier in the day, X said': the writer's day, not Sunday's."""
    text = "He will meet the envoy on Sunday, an aide said. Earlier in the day, the group said it agreed."
    found = only(text, expression="Earlier in the day")
    assert found.value.value == THURSDAY.isoformat()
    # told ahead, the story's day still counts: "the day after" a planned day is the day after it
    plan = "The summit opens on Monday. The day after, leaders will sign the accord."
    assert only(plan, expression="The day after").value.value == "2026-02-10"
