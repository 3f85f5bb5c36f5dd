"""Days, weekdays and calendar units counted from the publication date (resolvers/relative.py)."""

import datetime as dt

import pytest

import chrono
from tests.temporal.expressions import THURSDAY, D, assert_resolves, only


@pytest.mark.parametrize(
    ("text", "expression", "value", "start", "end"),
    [
        # yesterday, today, tomorrow, tonight
        ("She arrived yesterday.", "yesterday", "2026-02-04", D(2026, 2, 4), D(2026, 2, 4)),
        ("The envoys meet today.", "today", "2026-02-05", D(2026, 2, 5), D(2026, 2, 5)),
        ("The envoys meet tomorrow.", "tomorrow", "2026-02-06", D(2026, 2, 6), D(2026, 2, 6)),
        ("Sirens sounded tonight.", "tonight", "2026-02-05TNI", D(2026, 2, 5), D(2026, 2, 5)),
        # weekdays by tense and modifier
        ("The minister said on Monday that it was over.", "Monday", "2026-02-02", D(2026, 2, 2), D(2026, 2, 2)),
        ("The delegations will meet on Monday.", "Monday", "2026-02-09", D(2026, 2, 9), D(2026, 2, 9)),
        ("The vote was held on Thursday.", "Thursday", "2026-02-05", D(2026, 2, 5), D(2026, 2, 5)),
        ("They meet this Friday.", "this Friday", "2026-02-06", D(2026, 2, 6), D(2026, 2, 6)),
        # "this" weekday already gone in a future clause is the coming one, one ahead in a past clause the last
        ("They will meet again this Monday.", "this Monday", "2026-02-09", D(2026, 2, 9), D(2026, 2, 9)),
        ("They met this Saturday.", "this Saturday", "2026-01-31", D(2026, 1, 31), D(2026, 1, 31)),
        ("They meet next Tuesday.", "next Tuesday", "2026-02-10", D(2026, 2, 10), D(2026, 2, 10)),
        # last/this/next week, month, year
        ("Prices fell last week.", "last week", "2026-W05", D(2026, 1, 26), D(2026, 2, 1)),
        ("Prices fell this week.", "this week", "2026-W06", D(2026, 2, 2), D(2026, 2, 8)),
        ("The vote is next month.", "next month", "2026-03", D(2026, 3, 1), D(2026, 3, 31)),
        ("Exports grew last year.", "last year", "2025", D(2025, 1, 1), D(2025, 12, 31)),
        ("Rain fell earlier this month.", "earlier this month", "2026-02", D(2026, 2, 1), D(2026, 2, 5)),
        # two days off, weeks before last, weekends
        ("He left the day before yesterday.", "the day before yesterday", "2026-02-03", D(2026, 2, 3), D(2026, 2, 3)),
        ("They vote the day after tomorrow.", "the day after tomorrow", "2026-02-07", D(2026, 2, 7), D(2026, 2, 7)),
        ("It began the week before last.", "the week before last", "2026-W04", D(2026, 1, 19), D(2026, 1, 25)),
        ("They meet the week after next.", "the week after next", "2026-W08", D(2026, 2, 16), D(2026, 2, 22)),
        ("Prices fell the month before last.", "the month before last", "2025-12", D(2025, 12, 1), D(2025, 12, 31)),
        ("Drones struck Kyiv over the weekend.", "the weekend", "2026-W05-WE", D(2026, 1, 31), D(2026, 2, 1)),
        ("Talks will resume over the weekend.", "the weekend", "2026-W06-WE", D(2026, 2, 7), D(2026, 2, 8)),
        ("Traders sold ahead of the weekend.", "the weekend", "2026-W06-WE", D(2026, 2, 7), D(2026, 2, 8)),
    ],
)
def test_values_and_intervals(text, expression, value, start, end):
    assert_resolves(text, expression, value, start, end)


def test_last_weekday_said_later_in_the_week_prefers_the_previous_week_and_keeps_the_other_reading():
    found = only("The first round had ended last Wednesday.")
    assert found.value.start == D(2026, 1, 28)
    assert [a.value for a in found.value.alternatives] == ["2026-02-04"]
    assert found.value.certainty < 0.9  # the choice rests on a convention


def test_last_weekday_from_early_in_the_week_has_one_reading():
    tuesday = D(2026, 2, 3)
    found = only("The strike came last Friday.", dct=tuesday)
    assert found.value.start == D(2026, 1, 30)
    assert found.value.alternatives == []


@pytest.mark.parametrize(
    ("text", "expression", "value", "modifier"),
    [
        ("Officials met late Tuesday.", "late Tuesday", "2026-02-03", "END"),
        ("Shelling began early Wednesday morning.", "early Wednesday morning", "2026-02-04TMO", "START"),
        ("Late yesterday the envoy left.", "Late yesterday", "2026-02-04", "END"),
        ("The vote is early tomorrow.", "early tomorrow", "2026-02-06", "START"),
    ],
)
def test_early_and_late_mark_the_start_or_end_of_the_same_day(text, expression, value, modifier):
    found = only(text, expression=expression)
    assert (found.value.value, found.value.modifier) == (value, modifier)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Exports grew this year.", "this year", "2026"),
        ("Prices rose last month.", "last month", "2026-01"),
        ("The vote is next week.", "next week", "2026-W07"),
        ("Crowds gathered last weekend.", "last weekend", "2026-W05-WE"),
        ("Talks resume next year.", "next year", "2027"),
        ("Crowds gathered this past weekend.", "this past weekend", "2026-W05-WE"),
        ("Crowds gathered the past weekend.", "the past weekend", "2026-W05-WE"),  # not "the past"
        ("Rain fell this past week.", "this past week", "2026-W05"),
        ("Sales in the current year will rise.", "the current year", "2026"),
        ("Profit for the current fiscal year fell.", "the current fiscal year", "2026"),
        ("Profit fell last fiscal year.", "last fiscal year", "2025"),
    ],
)
def test_calendar_units_relative_to_the_anchor(text, expression, value):
    assert only(text, expression=expression).value.value == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("This time last year, the round collapsed.", "This time last year", "2025-02-05"),
        ("By this time next month the road will be open.", "this time next month", "2026-03-05"),
        ("At the same time a year ago, prices were lower.", "the same time a year ago", "2025-02-05"),
    ],
)
def test_this_time_a_unit_away_is_about_the_writers_day_then(text, expression, value):
    found = only(text, expression=expression).value
    assert (found.value, found.modifier, found.precision) == (value, "APPROX", "day")
    assert found.certainty < 0.9


def test_the_weekend_of_a_date_is_that_date_not_the_latest_weekend():
    assert [(e.text, e.value.value) for e in chrono.resolve("They met on the weekend of March 8-9.", THURSDAY)] == [
        ("March 8-9", "2026-03-08/2026-03-09")
    ]
    assert chrono.resolve("Over the weekend of the vote, riots broke out.", THURSDAY) == []


@pytest.mark.parametrize("text", ["At the same time, talks went on.", "This time, the talks went on."])
def test_this_time_alone_is_no_date(text):
    assert chrono.resolve(text, THURSDAY) == []


@pytest.mark.parametrize(
    ("text", "expression", "value", "modifier"),
    [
        ("Earlier in the year, prices fell.", "Earlier in the year", "2026", "START"),
        ("Later in the month, prices fell.", "Later in the month", "2026-02", "END"),
        ("The plant will close by year's end.", "year's end", "2026", "END"),
        ("Sales rose earlier this quarter.", "earlier this quarter", "2026-Q1", "START"),
        ("Sales will rise later this quarter.", "later this quarter", "2026-Q1", "END"),
    ],
)
def test_parts_of_the_current_period(text, expression, value, modifier):
    found = only(text, expression=expression)
    assert (found.value.value, found.value.modifier) == (value, modifier)


def test_overnight_in_a_report_is_the_night_just_gone():
    found = only("Drones struck the port overnight, officials said.").value
    assert (found.value, found.timex_type.value, found.start) == ("2026-02-04TNI", "TIME", D(2026, 2, 4))
    assert found.certainty < 0.9  # it may be the story's night rather than the writer's


@pytest.mark.parametrize(
    "text", ["Overnight rates rose.", "An overnight curfew was imposed.", "He made an overnight trip."]
)
def test_overnight_as_an_adjective_is_no_time(text):
    assert chrono.resolve(text, THURSDAY) == []


def test_part_of_day_is_kept_in_the_value():
    found = only("Shots were fired Friday night.")
    assert (found.value.value, found.value.timex_type.value) == ("2026-01-30TNI", "TIME")


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Markets fell at mid-afternoon yesterday.", "mid-afternoon yesterday", "2026-02-04TAF"),
        ("The convoy left in mid-morning Tuesday.", "mid-morning Tuesday", "2026-02-03TMO"),
        ("Late afternoon Friday, the talks ended.", "Late afternoon Friday", "2026-01-30TAF"),
        ("Rescuers arrived early morning today.", "early morning today", "2026-02-05TMO"),
    ],
)
def test_a_part_of_day_named_before_the_day_is_kept_too(text, expression, value):
    found = only(text, expression=expression)
    assert (found.value.value, found.value.timex_type.value) == (value, "TIME")


def test_a_deadline_without_a_tense_is_still_ahead():
    """Thursday 5 February: "until Tuesday" is the coming Tuesday, unless a past verb says otherwise."""
    assert only("The envoys have until Tuesday to reply.", expression="Tuesday").value.start == D(2026, 2, 10)
    assert only("Ballots must arrive by Monday.", expression="Monday").value.start == D(2026, 2, 9)
    assert only("The road was closed until Tuesday.", expression="Tuesday").value.start == D(2026, 2, 3)


def test_a_deferred_decision_lies_ahead():
    text = "Officials postponed until Tuesday any decision on the permit."
    (expression,) = chrono.resolve(text, dct=dt.date(2026, 4, 2))
    assert expression.value.value == "2026-04-07"


@pytest.mark.parametrize(
    "text", ["He is a Sunday school teacher.", "The Sunday Times ran the story.", "The Monday edition sold out."]
)
def test_a_weekday_naming_a_paper_or_a_school_is_no_date(text):
    assert chrono.resolve(text, THURSDAY) == []


def test_the_following_or_previous_weekday_counts_from_the_story():
    following = only(
        "The talks opened on Jan. 27. They met again the following Tuesday.", expression="following Tuesday"
    )
    assert following.value.value == "2026-02-03"  # the Tuesday after Tuesday 27 January
    assert following.value.anchor.text == "Jan. 27"
    morning = "The talks opened on Jan. 27. They met again the following Tuesday morning."
    assert only(morning, expression="following Tuesday morning").value.value == "2026-02-03TMO"
    previous = only("Shares closed on Jan. 30, down 4% from the previous Friday.", expression="previous Friday")
    assert previous.value.value == "2026-01-23"
    # with no day in the story, "the following Tuesday" is the next one
    assert only("They meet the following Tuesday.").value.value == "2026-02-10"


@pytest.mark.parametrize(
    ("text", "expression", "value", "start", "end"),
    [
        # "in the" week/year is the one the story is in ...
        (
            "The envoys met on January 12. Later in the week they signed.",
            "Later in the week",
            "2026-W03",
            D(2026, 1, 12),
            D(2026, 1, 18),
        ),
        (
            "Exports fell in March 2019. Earlier in the year they had grown.",
            "Earlier in the year",
            "2019",
            D(2019, 1, 1),
            D(2019, 3, 1),
        ),
        # ... the writer's when the text has named no other; "this" week is always the writer's
        ("The envoys will sign later in the week.", "later in the week", "2026-W06", THURSDAY, D(2026, 2, 8)),
        (
            "The envoys met on January 12. Later this week they sign.",
            "Later this week",
            "2026-W06",
            THURSDAY,
            D(2026, 2, 8),
        ),
    ],
)
def test_part_of_the_week_in_the_story_or_of_this_week(text, expression, value, start, end):
    assert_resolves(text, expression, value, start, end)


def test_a_weekday_named_on_that_weekday_has_no_alternative_of_the_same_day():
    friday = D(2026, 3, 20)
    for text in ("The talks are due to end on Friday.", "They have until Friday to sign."):
        (found,) = chrono.resolve(text, friday)
        assert found.value.start == friday and found.value.alternatives == []


def test_this_weekend_told_in_the_past_on_a_monday_is_the_one_just_gone():
    monday = D(2026, 3, 23)
    (past,) = chrono.resolve("Talks resumed this weekend.", monday)
    assert (past.value.value, [a.value for a in past.value.alternatives]) == ("2026-W12-WE", ["2026-W13-WE"])
    (ahead,) = chrono.resolve("Talks will resume this weekend.", monday)
    assert ahead.value.value == "2026-W13-WE"
