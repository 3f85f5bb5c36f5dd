"""Rule families for periods: quarters, seasons, holidays, recurring sets, clock times, years."""

import datetime as dt

import pytest

import chrono

D = dt.date
AUTUMN = D(2026, 11, 5)  # a Thursday in the fourth quarter


def values(text: str, dct: dt.date = AUTUMN) -> dict[str, str]:
    return {e.text: e.value.value for e in chrono.resolve(text, dct)}


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


def test_a_year_ago_in_a_quarterly_report_is_the_same_quarter_a_year_earlier():
    found = values("Third-quarter profit rose 8%. A year ago, the company lost money.")
    assert found["A year ago"] == "2025-Q3"
    found = values("Third-quarter profit rose 8% from the year-earlier period.")
    assert found["the year-earlier period"] == "2025-Q3"


def test_a_year_ago_without_a_quarter_is_the_year():
    assert values("A year ago, the company lost money.")["A year ago"] == "2025"
    assert values("In the year-earlier period, the company lost money.")["the year-earlier period"] == "2025"


@pytest.mark.parametrize("noun", ["quarter", "three months"])
def test_the_year_earlier_quarter_is_a_quarter_even_with_no_quarter_named_before_it(noun):
    # Written on 5 November: the quarter a report discusses is the third, so a year earlier is 2025-Q3.
    assert values(f"In the year-earlier {noun}, the company lost money.")[f"the year-earlier {noun}"] == "2025-Q3"
    # A quarter named just before still decides which one.
    found = values(f"Second-quarter sales fell. In the year-earlier {noun}, they rose.")
    assert found[f"the year-earlier {noun}"] == "2025-Q2"


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


def test_the_end_of_the_decade_is_the_end_of_this_decade():
    found = {e.text: e.value for e in chrono.resolve("Prices will rise by the end of the decade.", AUTUMN)}
    assert (found["the end of the decade"].value, found["the end of the decade"].modifier) == ("202", "END")


def test_a_final_quarter_without_a_year_is_not_a_date():
    # "the final quarter" of a match; "the last quarter of the decade" is no calendar quarter
    assert values("He scored in the final quarter.") == {}
    assert "the last quarter" not in values("The last quarter of the decade was calm.")


def test_the_fall_of_a_city_is_not_a_season():
    assert "the fall" not in values("After the fall of the city, the army withdrew.")


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


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The blast came at 10:35 a.m.", "10:35 a.m.", "2026-11-05T10:35"),
        ("The vote closes at 5 p.m. EST Monday.", "5 p.m. EST Monday", "2026-11-02T17:00"),
        ("The curfew starts at midnight.", "midnight", "2026-11-05T24:00"),
        ("The blast hit at 3:30 a.m. local time on Sunday.", "3:30 a.m. local time on Sunday", "2026-11-01T03:30"),
        ("Polls closed at 8 p.m. ET on Tuesday.", "8 p.m. ET on Tuesday", "2026-11-03T20:00"),
    ],
)
def test_clock_times(text, expression, value):
    assert values(text)[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The 1996 law was repealed.", "1996", "1996"),
        ("It grew between 1994 and 1997.", "1994", "1994"),
        ("It happened in nineteen ninety-six.", "nineteen ninety-six", "1996"),
        ("By the year two thousand, it was over.", "the year two thousand", "2000"),
        # Transcripts spell the year of a month or a season out too.
        ("January nineteen ninety-seven. A second bomb.", "January nineteen ninety-seven", "1997-01"),
        ("Prices fell in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "1994-WI"),
        ("Debt is due at year-end.", "year-end", "2026"),
    ],
)
def test_years(text, expression, value):
    assert values(text)[expression] == value


@pytest.mark.parametrize("text", ["It cost $1996 in total.", "About 2000 people marched.", "Call 1-800-2025 now."])
def test_numbers_that_are_not_years(text):
    assert not any(v.isdigit() for v in values(text).values())


def test_quarters_as_a_length_of_time():
    assert values("The plan covers the past two quarters.") == {"the past two quarters": "P2Q"}
    assert values("Sales fell for three quarters in a row.") == {"three quarters": "P3Q"}


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


def test_previously_is_no_time_expression():
    # TimeBank marks it in about one use in eight; as PAST_REF it would date nothing anyway
    assert values("The company previously made tractors.") == {}


def test_ages_are_not_durations():
    assert values("A 44-year-old man was hurt.") == {}


def test_hedges_stay_outside_the_expression_but_set_the_modifier():
    (found,) = chrono.resolve("The siege lasted about five hours.", AUTUMN)
    assert (found.text, found.value.value, found.value.modifier) == ("five hours", "PT5H", "APPROX")


def test_counts_with_before_or_after_are_lengths():
    assert values("Ten days before the vote, he left.") == {"Ten days": "P10D"}


def test_unstated_counts():
    assert values("The talks dragged on for years.") == {"years": "PXY"}


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


def test_ranges_keep_both_expressions_and_record_the_interval():
    first, second = chrono.resolve("The talks ran from Monday to Wednesday.", AUTUMN)
    assert (first.text, second.text) == ("Monday", "Wednesday")
    assert (first.range.start, first.range.end) == (D(2026, 11, 2), D(2026, 11, 4))
    (between, _) = chrono.resolve("Output fell between 2022 and 2024.", AUTUMN)
    assert between.range.value == "2022-01-01/2024-12-31"
    unrelated = chrono.resolve("He arrived Monday and left Tuesday.", AUTUMN)
    assert all(e.range is None for e in unrelated)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Talks were held 10-14 June in Rome.", "10-14 June", "2026-06-10/2026-06-14"),
        ("Talks were held 4–5 February 2025 in Rome.", "4–5 February 2025", "2025-02-04/2025-02-05"),
        ("The fair is open from 3rd to 5th of March.", "3rd to 5th of March", "2027-03-03/2027-03-05"),
        ("Voting takes place between 10 and 12 October.", "10 and 12 October", "2026-10-10/2026-10-12"),
    ],
)
def test_ranges_of_days_written_day_first(text, expression, value):
    assert values(text)[expression] == value


def test_two_days_joined_by_a_dash_are_a_range_without_from():
    (first, _) = chrono.resolve("The strike ran Jan. 30-Feb. 2.", D(2026, 2, 12))
    assert first.range.value == "2026-01-30/2026-02-02"
    (first, _) = chrono.resolve("Talks ran 30 January – 2 February.", D(2026, 2, 12))
    assert first.range.value == "2026-01-30/2026-02-02"
    assert all(e.range is None for e in chrono.resolve("Sales in March - and in May - fell.", AUTUMN))


def test_a_score_or_a_serial_number_before_a_day_is_not_a_range():
    assert "10-14 June" not in values("The file 2-10-14 June was lost.")


def test_may_and_march_close_a_range_of_months():
    first, second = chrono.resolve("Prices were stable between August and May.", D(2026, 12, 1))
    assert (first.text, second.text) == ("August", "May")
    assert first.range.value == "2025-08-01/2026-05-31"
    assert [e.text for e in chrono.resolve("Exports fell from April to May.", AUTUMN)] == ["April", "May"]


def test_the_sides_of_a_range_that_cross_are_put_in_order():
    winter = D(2026, 2, 11)  # a Wednesday
    # No tense: March is nearest ahead, May (three months ahead) reads as last May; the end follows.
    first, second = chrono.resolve("Roadworks between March and May.", winter)
    assert (first.value.value, second.value.value) == ("2026-03", "2026-05")
    assert first.range.value == "2026-03-01/2026-05-31" and "a year later" in second.value.rationale
    # A past clause: the start moves back instead ("ran" last week, Monday to Friday).
    first, second = chrono.resolve("Talks were held from Monday to Friday.", winter)
    assert (first.value.value, second.value.value) == ("2026-02-02", "2026-02-06")
    assert first.range.value == "2026-02-02/2026-02-06" and "a week earlier" in first.value.rationale


def test_an_event_dated_by_a_range_spans_it():
    (event,) = chrono.extract(
        "The third round of talks between Iran and Oman ran from Monday to Wednesday.", published=AUTUMN
    ).events
    assert (event.date.start, event.date.end) == (D(2026, 11, 2), D(2026, 11, 4))


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The editorial ran on Saturday, April 25.", "Saturday, April 25", "2026-04-25"),
        ("The editorial ran on Friday, April 25.", "Friday, April 25", "2025-04-25"),  # the weekday fixes the year
        ("Talks began in January this year.", "January this year", "2026-01"),
        ("Talks began in June last year.", "June last year", "2025-06"),
        ("A hearing is set for the week of March 6.", "the week of March 6", "2027-W09"),
        ("The offer runs until 5 p.m. EST Nov. 9.", "5 p.m. EST Nov. 9", "2026-11-09T17:00"),
        ("Sales fell from the quarter a year ago.", "the quarter a year ago", "2025-Q3"),
        ("Profit rose in the last half of 2025.", "the last half of 2025", "2025-H2"),
        ("The firm was founded several years ago.", "several years ago", "PAST_REF"),
    ],
)
def test_compound_news_forms(text, expression, value):
    assert values(text)[expression] == value
