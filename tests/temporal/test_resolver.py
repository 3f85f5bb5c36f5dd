"""The engine: every hit resolved in reading order, with its anchor and signal; no rule raises."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import chrono
from chrono.temporal.lexicon import rules, word_classes
from chrono.temporal.resolvers import RESOLVERS
from chrono.temporal.resolvers.base import resolves
from tests.temporal.expressions import THURSDAY, only, values


def test_every_rule_names_a_resolver_and_every_resolver_serves_a_rule():
    # A rule whose resolver is missing would raise on its first hit; a resolver no rule names is dead code.
    assert {rule.resolve for rule in rules()} == set(RESOLVERS)


def test_a_second_resolver_for_a_name_is_refused():
    with pytest.raises(ValueError, match="two resolvers for 'weekday'"):
        resolves("weekday")(lambda groups, ctx: None)
    assert RESOLVERS["weekday"].__module__ == "chrono.temporal.resolvers.relative"


@pytest.mark.parametrize(
    "text",
    [
        "Q3: what did the minister say?",  # a question heading, not a quarter
        "See John 3:16 and the 14:30 slot.",  # a verse; a clock time with neither 'at' nor a zone
        "The plan targets emissions by 2030.",  # a year, not half past eight in the evening
        "The H1N1 virus spread.",
    ],
)
def test_codes_and_numbers_that_are_not_times(text):
    assert [e.value.value for e in chrono.resolve(text, THURSDAY) if "T" in e.value.value or "Q" in e.value.value] == []


def test_every_result_says_what_it_was_resolved_against():
    for expression in chrono.resolve("He spoke on Monday about last week and two days ago.", THURSDAY):
        assert expression.value.anchor is not None
        assert expression.value.anchor.date == THURSDAY
        assert expression.value.anchor.source == "given"
        assert 0 < expression.value.certainty <= 1


def test_as_of_is_recorded_as_the_signal():
    assert only("Losses stood at 40 as of Feb. 3.", expression="Feb. 3").signal == "as of"


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


# Words the rules are built from, with the joints between them, so that generated texts reach
# every rule and the odd ways one can be written (capitals, hyphens, "’s", line breaks).
_RULE_WORDS = sorted(
    {value for word_class in word_classes().values() for value in word_class.values}
    | set(
        re.findall(
            r"\S+",
            "the a of in on at by since until from to and last this next past coming previous following same early "
            "late mid end start beginning middle day week month year quarter decade century hour minute morning night "
            "evening afternoon weekend ago later earlier before after every each recent recently now fiscal half first "
            "second spring summer fall winter today yesterday tomorrow tonight year-ago year-earlier Q3 H1 GMT noon "
            "midnight 1999 2026 1990s 3rd 14th 12 5 30 31 a.m. p.m. 14:30",
        )
    )
)
_JOINTS = [" ", " ", " ", " ", "  ", "\n", "-", ", ", "’s ", ". "]


@settings(max_examples=250, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_RULE_WORDS), st.sampled_from(_JOINTS), st.sampled_from([str, str.upper, str.title])),
        min_size=1,
        max_size=10,
    )
)
def test_any_sequence_of_rule_words_resolves_without_an_error(parts):
    # A resolver that meets words its lexicon lacks must say so in a test, not drop the hit or raise.
    text = "".join(case(word) + joint for word, joint, case in parts)
    for expression in chrono.resolve(text, THURSDAY):
        assert expression.value.value
