"""Calendar dates as written: days, months, years, decades, weeks of a month (resolvers/dates.py)."""

import pytest

import chrono
from tests.temporal.expressions import AUTUMN, THURSDAY, D, assert_resolves, only, values


@pytest.mark.parametrize(
    ("text", "expression", "value", "start", "end"),
    [
        # explicit dates, year inferred from the anchor and tense
        ("Control was unchanged as of February 5.", "February 5", "2026-02-05", D(2026, 2, 5), D(2026, 2, 5)),
        ("The round ended on Jan. 28.", "Jan. 28", "2026-01-28", D(2026, 1, 28), D(2026, 1, 28)),
        ("The round ended on Jan 28.", "Jan 28", "2026-01-28", D(2026, 1, 28), D(2026, 1, 28)),
        ("The round will open on Mar 3rd.", "Mar 3rd", "2026-03-03", D(2026, 3, 3), D(2026, 3, 3)),
        ("The round opened in Sep 2025.", "Sep 2025", "2025-09", D(2025, 9, 1), D(2025, 9, 30)),
        ("The port reopened on Dec. 24.", "Dec. 24", "2025-12-24", D(2025, 12, 24), D(2025, 12, 24)),
        ("The summit will open on March 3.", "March 3", "2026-03-03", D(2026, 3, 3), D(2026, 3, 3)),
        ("It was signed on 5 February 2026.", "5 February 2026", "2026-02-05", D(2026, 2, 5), D(2026, 2, 5)),
        ("It was signed on February 5, 2025.", "February 5, 2025", "2025-02-05", D(2025, 2, 5), D(2025, 2, 5)),
        ("Filed 2026-02-05 in court.", "2026-02-05", "2026-02-05", D(2026, 2, 5), D(2026, 2, 5)),
        ("The talks ran Feb. 4-5.", "Feb. 4-5", "2026-02-04/2026-02-05", D(2026, 2, 4), D(2026, 2, 5)),
        # months and years alone
        ("The plant closed in January.", "January", "2026-01", D(2026, 1, 1), D(2026, 1, 31)),
        ("The plant closed in December.", "December", "2025-12", D(2025, 12, 1), D(2025, 12, 31)),
        ("The war began in 2022.", "2022", "2022", D(2022, 1, 1), D(2022, 12, 31)),
        ("Growth peaked in the 1990s.", "the 1990s", "199", D(1990, 1, 1), D(1999, 12, 31)),
        ("It closed in early January.", "early January", "2026-01", D(2026, 1, 1), D(2026, 1, 10)),
        # weeks of a month, months with a part
        (
            "It opens in the first week of March.",
            "the first week of March",
            "2026-03-01/2026-03-07",
            D(2026, 3, 1),
            D(2026, 3, 7),
        ),
        (
            "It ended in the last week of January.",
            "the last week of January",
            "2026-01-25/2026-01-31",
            D(2026, 1, 25),
            D(2026, 1, 31),
        ),
        ("They meet in mid-March.", "mid-March", "2026-03", D(2026, 3, 11), D(2026, 3, 21)),
        ("Prices will peak in late May.", "late May", "2026-05", D(2026, 5, 22), D(2026, 5, 31)),
        ("Talks resume at the end of March.", "the end of March", "2026-03", D(2026, 3, 22), D(2026, 3, 31)),
        ("At the beginning of May, he left.", "the beginning of May", "2026-05", D(2026, 5, 1), D(2026, 5, 10)),
        # halves of a month: the first 14 or 15 days, and the rest
        (
            "Talks are due in the first half of March.",
            "the first half of March",
            "2026-03",
            D(2026, 3, 1),
            D(2026, 3, 15),
        ),
        (
            "The second half of January was calm.",
            "The second half of January",
            "2026-01",
            D(2026, 1, 16),
            D(2026, 1, 31),
        ),
        (
            "It rained in the latter half of February 2024.",
            "the latter half of February 2024",
            "2024-02",
            D(2024, 2, 15),
            D(2024, 2, 29),
        ),
        # "May" after last/this/next is the month, with no preposition before it
        ("The treaty was signed last May.", "last May", "2025-05", D(2025, 5, 1), D(2025, 5, 31)),
        ("They may meet again next May.", "next May", "2026-05", D(2026, 5, 1), D(2026, 5, 31)),
        # a weekday with a date written day first; parts of a year
        ("It happened on Tuesday 3 February.", "Tuesday 3 February", "2026-02-03", D(2026, 2, 3), D(2026, 2, 3)),
        ("Prices rose in early 2024.", "early 2024", "2024", D(2024, 1, 1), D(2024, 5, 1)),
        ("Troops leave by the end of 2027.", "the end of 2027", "2027", D(2027, 9, 2), D(2027, 12, 31)),
        ("It peaked in mid-1996.", "mid-1996", "1996", D(1996, 5, 2), D(1996, 8, 31)),
    ],
)
def test_values_and_intervals(text, expression, value, start, end):
    assert_resolves(text, expression, value, start, end)


def test_a_year_after_by_stays_a_year():
    assert only("The plan targets emissions by 2030.").value.value == "2030"


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


@pytest.mark.parametrize(
    ("text", "expression", "value", "start", "end"),
    [
        ("Both armies fought the 1980-88 Iran-Iraq war.", "1980-88", "1980/1988", D(1980, 1, 1), D(1988, 12, 31)),
        ("He scored in the 2023-24 season.", "2023-24", "2023/2024", D(2023, 1, 1), D(2024, 12, 31)),
        ("The 2023/24 budget passed.", "2023/24", "2023/2024", D(2023, 1, 1), D(2024, 12, 31)),
        ("He served in 1998-2002.", "1998-2002", "1998/2002", D(1998, 1, 1), D(2002, 12, 31)),
        ("The 1998-01 plan failed.", None, None, None, None),  # the years 1998 to 2001, or January 1998
        ("Call 2020-1234 for help.", None, None, None, None),
    ],
)
def test_a_span_of_years_is_one_expression_covering_them_all(text, expression, value, start, end):
    found = chrono.resolve(text, THURSDAY)
    if expression is None:
        assert found == []
        return
    (span,) = found
    assert (span.text, span.value.value, span.value.start, span.value.end) == (expression, value, start, end)


@pytest.mark.parametrize("text", ["It cost $1996 in total.", "About 2000 people marched.", "Call 1-800-2025 now."])
def test_numbers_that_are_not_years(text):
    assert not any(v.isdigit() for v in values(text).values())


def test_the_end_of_the_decade_is_the_end_of_this_decade():
    found = {e.text: e.value for e in chrono.resolve("Prices will rise by the end of the decade.", AUTUMN)}
    assert (found["the end of the decade"].value, found["the end of the decade"].modifier) == ("202", "END")


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The truce, agreed on the 2nd, held.", "the 2nd", "2026-02-02"),
        ("The envoys met on the 28th, officials said.", "the 28th", "2026-01-28"),  # past: not 28 February
        ("The envoys will meet on the 3rd.", "the 3rd", "2026-03-03"),  # future: not 3 February
        (
            "Voting runs from the 9th to the 12th of next month.",
            "the 9th to the 12th of next month",
            "2026-03-09/2026-03-12",
        ),
        ("The talks, held on the 3rd and 4th, were frank.", "the 3rd and 4th", "2026-02-03/2026-02-04"),
        ("He arrived on the morning of the 4th.", "the 4th", "2026-02-04"),
        ("The siege began in March 2025. On the 14th, the airport fell.", "the 14th", "2025-03-14"),
    ],
)
def test_a_day_of_the_month_left_unsaid_is_the_storys_month_moved_by_tense(text, expression, value):
    assert only(text, expression=expression).value.value == value


def test_a_day_of_the_month_keeps_the_other_month_as_an_alternative():
    found = only("The envoys met on the 28th.").value
    assert found.certainty < 0.8  # the month is a default
    assert [a.value for a in found.alternatives] == ["2026-02-28"]  # the month of the publication date


@pytest.mark.parametrize(
    "text",
    [
        "He lives on the 3rd floor.",
        "She came 2nd in the race.",
        "They clashed for the 5th time.",
        "Troops of the 1st Division arrived.",
        "The 20th anniversary is near.",
        "He moved from the 3rd to the 5th floor.",
    ],
)
def test_ranks_and_floors_are_not_days(text):
    assert chrono.resolve(text, THURSDAY) == []


@pytest.mark.parametrize("text", ["It happened on February 30.", "It happened on 31 April 2025."])
def test_impossible_dates_are_not_expressions(text):
    assert chrono.resolve(text, THURSDAY) == []


@pytest.mark.parametrize(
    ("text", "expression", "value", "alternative"),
    [
        ("The order was signed on 2/13/2026.", "2/13/2026", "2026-02-13", None),
        ("The order was signed on 13/02/2026.", "13/02/2026", "2026-02-13", None),
        ("The order was signed on 13.02.2026.", "13.02.2026", "2026-02-13", None),
        ("The order was signed on 2026/02/13.", "2026/02/13", "2026-02-13", None),
        ("The order was signed on 5/5/2026.", "5/5/2026", "2026-05-05", None),
        # both orders make a date: slashes read month first, dots day first, the other kept
        ("The order was signed on 5/2/2026.", "5/2/2026", "2026-05-02", "2026-02-05"),
        ("The order was signed on 05.02.2026.", "05.02.2026", "2026-02-05", "2026-05-02"),
        ("The order was signed on 5/2/26.", "5/2/26", "2026-05-02", "2026-02-05"),
    ],
)
def test_numeric_dates_read_the_order_the_numbers_allow(text, expression, value, alternative):
    found = only(text, expression=expression)
    assert found.value.value == value
    assert [a.value for a in found.value.alternatives] == ([alternative] if alternative else [])
    assert (found.value.certainty < 1.0) == (alternative is not None)  # a default choice is less sure
    assert found.value.rationale


def test_a_numeric_date_whose_day_is_above_twelve_settles_the_others_in_the_text():
    found = values("The order of 13/02/2026 was amended on 5/3/2026.", THURSDAY)
    assert found["5/3/2026"] == "2026-03-05"  # day first, as the text writes 13/02/2026


@pytest.mark.parametrize(
    "text",
    [
        "Half the voters, 1/2 of them, stayed home.",
        "The service runs 24/7.",
        "Version 2.10.2026b shipped.",
        "The score was 3-2-1 at half time.",
        "No such day as 31/31/2026 exists.",
        "The build 13.02.26 failed.",
    ],
)
def test_fractions_scores_versions_and_impossible_numbers_are_no_dates(text):
    assert [e.text for e in chrono.resolve(text, THURSDAY)] == []


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Prices fell in the '90s.", "the '90s", "199"),
        ("Prices fell in the ’30s.", "the ’30s", "193"),
        ("Prices have risen in the '20s so far.", "the '20s", "202"),  # the decade under way, not the 1920s
        ("Revenue grew in FY2024.", "FY2024", "2024"),
        ("Revenue grew in FY24.", "FY24", "2024"),
    ],
)
def test_short_decades_and_fiscal_year_codes(text, expression, value):
    assert values(text, THURSDAY)[expression] == value


def test_temperatures_in_the_nineties_are_no_decade():
    assert values("Temperatures climbed into the 90s.", THURSDAY) == {}


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The vote is set for the third of March.", "the third of March", "2026-03-03"),
        ("The vote is set for March third.", "March third", "2026-03-03"),
        ("The vote is set for March the 3rd.", "March the 3rd", "2026-03-03"),
        ("The vote was held on March twenty-first, 2025.", "March twenty-first, 2025", "2025-03-21"),
    ],
)
def test_days_of_a_month_spelled_as_ordinals(text, expression, value):
    assert values(text, THURSDAY)[expression] == value


def test_an_ordinal_of_something_else_is_no_date():
    assert values("The second of three rounds ended.", THURSDAY) == {}


def test_a_half_of_a_month_carries_its_modifier_and_says_which_half():
    first = only("Talks are due in the first half of March.").value
    second = only("The second half of January was calm.").value
    assert (first.modifier, second.modifier) == ("START", "END")
    assert "first half" in first.rationale and "second half" in second.rationale
