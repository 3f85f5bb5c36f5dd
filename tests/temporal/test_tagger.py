"""The tagger finds spans only; values are the resolver's business."""

import pytest

from chrono.temporal.tagger import tag
from chrono.text import segment


def spans(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.rule) for m in tag(text, segment(text))]


def test_longest_match_wins_over_its_parts():
    assert spans("The ceasefire began two days ago.") == [("two days ago", "offset")]


def test_prepositions_are_context_not_part_of_the_expression():
    assert spans("Prices rose in May and fell since 2019.") == [
        ("May", "month_after_preposition"),
        ("2019", "year_after_preposition"),
    ]


def test_the_before_a_length_used_as_an_adjective_is_the_nouns_not_the_lengths():
    assert spans("The two-day summit and the 14-day truce ended.") == [("two-day", "duration"), ("14-day", "duration")]
    assert spans("Sales rose in the nine months.") == [("the nine months", "duration")]
    assert spans("The third-quarter loss widened in the third quarter.") == [
        ("third-quarter", "quarter"),
        ("the third quarter", "quarter"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "You may leave now if you like.",
        "At last, May and her brother came home.",
        "Protesters march through the city.",
        "He finished third and won a second medal.",
        "Hundreds of people gathered.",
        "It was an august body, and they may march in may.",  # lower case words, not months
        "PROTESTERS MAY MARCH ON THE CAPITAL",  # nor in a headline's capitals
    ],
)
def test_ordinary_words_are_not_dates(sentence):
    assert [rule for _, rule in spans(sentence) if rule not in ("reference",)] == []


@pytest.mark.parametrize(
    ("sentence", "expression"),
    [
        ("TALKS RESUME ON MONDAY IN GENEVA", "MONDAY"),
        ("talks resume on monday in geneva", "monday"),
        ("ENVOYS MET ON JANUARY 3", "JANUARY 3"),
        ("envoys met on january 3", "january 3"),
    ],
)
def test_weekdays_and_months_in_capitals_or_lower_case_are_dates(sentence, expression):
    assert [text for text, _ in spans(sentence)] == [expression]


def test_possessive_weekday_is_tagged_without_the_s():
    assert spans("Wednesday’s meeting was short.") == [("Wednesday", "weekday")]


def test_news_date_formats():
    found = spans("On Feb. 5, on 5 February 2026, on 2026-02-05, on Jan. 28 and on Feb. 4-5.")
    assert [rule for _, rule in found] == [
        "month_day",
        "day_month_year",
        "iso_date",
        "month_day",
        "month_day_range",
    ]


def test_boilerplate_lines_are_not_tagged():
    assert spans("Also Read: Talks to resume on Monday") == []


def test_keyword_windows_find_exactly_what_a_full_scan_finds():
    from chrono.temporal.lexicon import rules
    from chrono.temporal.tagger import _matches, keyword_windows

    text = (
        "For centuries the town grew. Third-quarter profit rose 5% from the year-earlier period; "
        "two days ago, in recent days and over the past three weeks, sales fell, as they did "
        "for years after the winter of 2019, at 5 p.m. EST Monday, every Thursday. Quarterly, at 9am "
        "each weekend, everyone who started mid-week in the 1990s or the '80s met at midday; "
        "twenty-five years later, a half-year on, in the fiscal 2025 summer, two thousand yearly. "
        "It lasted approximately the first seventy-eight thousand 1/2 years, or at least 1,250,000.5 days "
        "after the end of the third quarter of fiscal 2024, nearly a couple of thousand weeks ago. "
        "In Q3 2025 and H1 2024, at 0600 GMT and at 14:30 on Tuesday, over the weekend, the week before "
        "last, the day before yesterday, in the first week of March and in mid-May, 10-14 June. "
        "On the 14th and by the 3rd, B52s and A10s flew; the spring of next year, the final quarter of last year."
    ) * 3
    windows = keyword_windows(text)
    for rule in rules():
        assert {m.span() for m in _matches(rule, text, windows)} == {m.span() for m in rule.regex.finditer(text)}, (
            rule.name
        )
