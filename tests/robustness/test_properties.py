"""Properties that hold for any text whatsoever (hypothesis generates the texts)."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import chrono

PUBLISHED = dt.date(2026, 3, 12)
NEWS_WORDS = [
    "talks",
    "round",
    "second",
    "between",
    "Russia",
    "Ukraine",
    "said",
    "on",
    "Monday",
    "last",
    "Wednesday",
    "strike",
    "missile",
    "attack",
    "in",
    "Kyiv",
    "officials",
    "described",
    "as",
    "of",
    "February",
    "5",
    "2026",
    "yesterday",
    "two",
    "days",
    "ago",
    "the",
    "President",
    "Ana",
    "Lopez",
    "announced",
    "“",
    "”",
    "since",
    "Jan.",
    "11",
    ",",
    ".",
    "\n",
    "next",
    "week",
    "will",
    "meet",
    "killed",
    "55,000",
    "soldiers",
    "from",
    "to",
    "Tuesday",
    "night",
    "the",
    "day",
    "before",
    "(",
    ")",
    "—",
    "'",
    "fiscal",
    "quarter",
    # clause relations the linker reads ("a day after", "after a week of", "first proposed", ", saying")
    "after",
    "following",
    "first",
    "proposed",
    "saying",
    "who",
    "has",
    "when",
    "deadliest",
    "a",
    "weeks",
    "of",
    "9999999",
    "could",
    "take",
    "place",
    "cyclone",
    "moved",
    "’s",
    "office",
]
news_like = st.lists(st.sampled_from(NEWS_WORDS), max_size=60).map(" ".join)
any_text = st.text(max_size=400)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_timeline(text: str, timeline: chrono.Timeline) -> None:
    for expression in timeline.documents[0].temporal_expressions:
        assert 0 <= expression.start < expression.end <= len(text)
        assert text[expression.start : expression.end] == expression.text
        value = expression.value
        if value.start is not None and value.end is not None:
            assert value.start <= value.end
    for event in timeline.events:
        for source in event.sources:
            assert text[source.sentence_start : source.sentence_end] == source.sentence
            assert text[source.trigger_start : source.trigger_end] == source.trigger
            if source.time_start is not None:
                assert text[source.time_start : source.time_end] == source.time_text
        if event.date is not None and event.date.start is not None and event.date.end is not None:
            assert event.date.start <= event.date.end


@SETTINGS
@given(any_text)
def test_any_string_gives_a_consistent_timeline(text):
    if not text.strip():
        return  # empty texts are refused with an InputError, tested elsewhere
    check_timeline(text, chrono.extract(text, published=PUBLISHED))


@SETTINGS
@given(news_like)
def test_news_like_text_gives_a_consistent_timeline(text):
    if not text.strip():
        return
    check_timeline(text, chrono.extract(text, published=PUBLISHED))


@SETTINGS
@given(news_like)
def test_an_event_dated_by_a_single_expression_lies_in_its_interval(text):
    if not text.strip():
        return
    timeline = chrono.extract(text, published=PUBLISHED)
    expressions = {(e.start, e.end): e for e in timeline.documents[0].temporal_expressions}
    for event in timeline.events:
        if event.date is None or len(event.sources) != 1 or event.sources[0].time_start is None:
            continue
        source = event.sources[0]
        expression = expressions[(source.time_start, source.time_end)]
        interval = expression.range or expression.value
        if interval.start is None or event.date.start is None or "day" in event.date.rationale:
            continue  # day-of-round spans and continued events widen the interval on purpose
        assert interval.start <= event.date.start and event.date.end <= max(interval.end, PUBLISHED)


@settings(max_examples=40, deadline=None)
@given(news_like)
def test_same_input_same_output_byte_for_byte(text):
    if not text.strip():
        return
    first, second = chrono.extract(text, published=PUBLISHED), chrono.extract(text, published=PUBLISHED)
    assert first.to_json() == second.to_json()
    assert first.to_ical() == second.to_ical()
    assert first.to_excel() == second.to_excel()


@SETTINGS
@given(any_text, st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)))
def test_resolving_never_fails_for_any_creation_date(text, dct):
    for expression in chrono.resolve(text, dct):
        assert text[expression.start : expression.end] == expression.text


@SETTINGS
@given(news_like, st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)))
def test_news_like_text_at_the_edges_of_the_calendar(text, dct):
    if text.strip():
        check_timeline(text, chrono.extract(text, published=dct))


@SETTINGS
@given(news_like)
def test_inferring_the_publication_date_never_fails(text):
    if not text.strip():
        return
    timeline = chrono.extract(text, now=dt.date(2026, 11, 24))
    publication = timeline.documents[0].publication
    assert publication.inferred and publication.date <= dt.date(2026, 11, 24)
    check_timeline(text, timeline)
