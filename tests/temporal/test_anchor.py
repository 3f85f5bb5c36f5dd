"""Publication-date inference: the latest named day in its most recent year, the weekdays to fix the day."""

import datetime as dt

from hypothesis import example, given, settings
from hypothesis import strategies as st

from chrono.temporal.anchor import (
    _WEEK_AFTER,
    _best,
    _Cue,
    _safe,
    _scored,
    _scored_by_shape,
    infer_publication_date,
    today,
)
from chrono.temporal.tagger import tag
from chrono.text import segment

TODAY = dt.date(2026, 11, 24)


def infer(text: str, now: dt.date = TODAY):
    sentences = segment(text)
    return infer_publication_date(text, sentences, tag(text, sentences), now=now)


def test_weekday_agreement_picks_the_year_and_the_most_recent_tie_wins():
    # 12 March is a Thursday in 2026 (and 2020, 2015, ...).
    result = infer("The envoys met on Thursday. Reserves stood at 12 tonnes as of March 12.")
    assert result.date == dt.date(2026, 3, 12)
    assert result.inferred
    assert dt.date(2020, 3, 12) in result.alternatives
    assert any("Thursday" in line for line in result.evidence)


def test_a_leap_day_and_a_weekday_fix_a_leap_year():
    # 29 February falls on a Thursday in 2024, 1996 and 1968; the days around it count too.
    result = infer("The figures are as of February 29. On Thursday, the ministry said talks would go on.")
    assert result.date == dt.date(2024, 2, 29)
    assert result.alternatives == [dt.date(1996, 2, 29), dt.date(1968, 2, 29)]
    # The same words with 28 February: the Thursdays of ordinary years as well.
    result = infer("The figures are as of February 28. On Thursday, the ministry said talks would go on.")
    assert result.date == dt.date(2019, 2, 28)
    assert result.alternatives[:2] == [dt.date(2013, 2, 28), dt.date(2008, 2, 28)]


def test_an_explicit_full_date_sets_the_day():
    result = infer("The decree of 3 June 2024 took effect at once.")
    assert result.date == dt.date(2024, 6, 3)


def test_a_published_stamp_states_the_day_of_writing():
    result = infer("Published: 14.02.2026 09:30\nThe envoys met in Geneva on Friday.")
    assert result.date == dt.date(2026, 2, 14)
    assert any("day of writing" in line for line in result.evidence)
    # another text's publication is only a day the report looks back on
    result = infer("A study published 14.02.2026 was cited on Friday.")
    assert not any("day of writing" in line for line in result.evidence)


def test_a_numeric_date_in_doubt_is_read_as_the_resolver_reads_it_and_the_other_reading_kept():
    # 13 can only be the day; 2026/06/03 is year first.
    assert infer("The decree of 13/06/2024 took effect at once.").date == dt.date(2024, 6, 13)
    assert infer("The decree of 2024/06/03 took effect at once.").date == dt.date(2024, 6, 3)
    # 5/6/2024 could be 6 May or 5 June: slashes are read month first, dots day first, and a
    # date of the same text whose order is settled settles it.
    in_doubt = infer("The decree of 5/6/2024 took effect at once.")
    assert (in_doubt.date, in_doubt.alternatives) == (dt.date(2024, 5, 6), [dt.date(2024, 6, 5)])
    assert in_doubt.certainty < infer("The decree of 13/06/2024 took effect at once.").certainty
    assert infer("The decree of 5.6.2024 took effect at once.").date == dt.date(2024, 6, 5)
    assert infer("Signed on 25/05/2024, the decree of 5/6/2024 took effect.").date == dt.date(2024, 6, 5)


def test_a_stamp_opening_a_line_states_the_day_of_writing():
    result = infer("Posted on 12/05/2024\nRebels shelled the town on Tuesday.")
    assert (result.date, result.alternatives) == (dt.date(2024, 12, 5), [dt.date(2024, 5, 12)])
    assert any("day of writing" in line for line in result.evidence)
    updated = infer("Talks resumed on Tuesday.\nUpdated 4:12 PM GMT+3, September 14, 2023")
    assert updated.date == dt.date(2023, 9, 14) and updated.certainty >= 0.8


def test_a_weekday_that_falls_on_the_named_day_is_cited_as_evidence():
    # 3 June 2024 is a Monday.
    result = infer("The decree of 3 June 2024 took effect on Monday.")
    assert result.date == dt.date(2024, 6, 3)
    assert any("'Monday'" in line for line in result.evidence)


def test_dates_named_in_the_future_tense_do_not_date_the_article():
    result = infer("The decree of 3 June 2024 took effect. The next vote will be held on 9 July 2024.")
    assert result.date == dt.date(2024, 6, 3)


def test_a_deadline_or_a_scheduled_day_is_not_a_day_the_report_looks_back_on():
    # Past tense, but each day is ahead of the writer: nothing dates the article.
    for text in (
        "The board declared a dividend that was payable Dec. 15 to holders of record Nov. 17.",
        "The agency said the family had to leave by Jan. 14.",
    ):
        result = infer(text)
        assert result.date == TODAY, text
        assert "no date" in result.evidence[0]


def test_no_article_comes_from_the_future():
    result = infer("The ceasefire held as of December 20.", now=dt.date(2026, 11, 24))
    assert result.date == dt.date(2025, 12, 20)


def test_no_cue_falls_back_to_today_with_low_certainty():
    result = infer("Nothing here names a day.")
    assert result.date == TODAY
    assert result.certainty <= 0.2
    assert "no date" in result.evidence[0]


def test_weekdays_do_not_send_a_day_without_a_year_back_to_a_year_it_shares_their_weekday():
    # 11 January was a Tuesday in 2022, but a date without a year is in the most recent year
    # that fits; the Tuesday is then one of the days after it.
    result = infer("The envoys met on Tuesday. The first round was held on Jan. 11.", now=dt.date(2024, 3, 7))
    assert result.date.year == 2024
    assert result.date.weekday() == 1


def test_a_day_named_beside_weekdays_is_a_week_old_or_more():
    # 10 May 2024 is a Friday; the weekdays name the last week, so the Saturday is not the 11th.
    result = infer("Rebels shelled the town on Saturday. The siege began on May 10.", now=dt.date(2024, 8, 27))
    assert result.date == dt.date(2024, 5, 18)
    assert any("'May 10'" in line and "latest day named before it" in line for line in result.evidence)


def test_a_dateline_states_the_day_of_writing_and_its_weekday_fixes_the_year():
    # 8 August is a Saturday in 1998 (and 1992, 1987, ...).
    result = infer("TEHRAN, August 8 (Wire) -- Iran on Saturday condemned the bombing.", now=dt.date(2000, 1, 1))
    assert result.date == dt.date(1998, 8, 8)
    assert dt.date(1992, 8, 8) in result.alternatives
    assert result.certainty >= 0.5


def test_a_dateline_under_a_headline_states_the_day_too():
    text = "Iran condemns embassy bombing\n\nTEHRAN, August 8 (Wire) -- Iran on Saturday condemned the bombing."
    assert infer(text, now=dt.date(2000, 1, 1)).date == dt.date(1998, 8, 8)


def test_a_date_in_a_sentence_is_no_dateline():
    result = infer(
        "Talks in TEHRAN on August 8 ended. Iran on Saturday condemned the bombing.", now=dt.date(2000, 1, 1)
    )
    assert result.date.year == 1999


def test_a_date_written_with_its_weekday_fixes_the_year():
    # 6 February is a Tuesday in 2024, and not again before 2029.
    result = infer("The talks opened on Tuesday, Feb. 6, in Doha.", now=dt.date(2026, 11, 24))
    assert result.date == dt.date(2024, 2, 6)


def test_a_full_date_the_weekdays_do_not_fall_on_is_history():
    # 7 August 1998 was a Friday: the Monday is a day of the week of writing, not after it.
    result = infer("On Monday, the ministry marked the bombing of Aug. 7, 1998.", now=dt.date(1999, 6, 20))
    assert result.date == dt.date(1999, 6, 20)
    assert result.certainty <= 0.2


def test_source_date_epoch_fixes_today(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1770249600")  # 2026-02-05T00:00:00Z
    assert today() == dt.date(2026, 2, 5)


def test_certainty_reflects_how_directly_the_text_states_the_day():
    stated = infer("Reserves stood at 12 tonnes as of March 12. The envoys met on Thursday.")
    guessed = infer("The envoys met on Thursday after the round of March 12.")
    assert stated.certainty > guessed.certainty


_CUES = st.one_of(
    st.builds(_Cue, text=st.just("Thursday"), sentence=st.just(0), weekday=st.integers(0, 6)),
    st.builds(
        _Cue,
        text=st.just("March 12"),
        sentence=st.integers(0, 3),
        month=st.sampled_from([1, 2, 3, 11, 12]),
        day=st.sampled_from([1, 5, 25, 27, 28, 29, 30, 31]),
        as_of=st.booleans(),
    ),
)


@settings(max_examples=300, deadline=None)
@example(  # a leap day and a day just before it: leap years tell candidates apart
    cues=[
        _Cue("Sunday", 0, weekday=6),
        _Cue("February 29", 0, month=2, day=29),
        _Cue("February 27", 0, month=2, day=27),
    ],
    latest=dt.date(2026, 10, 18),
)
@given(
    cues=st.lists(_CUES, max_size=4),
    latest=st.dates(min_value=dt.date(1970, 1, 1), max_value=dt.date(2090, 12, 31)),
)
def test_scoring_a_shape_once_picks_what_scoring_every_candidate_picks(cues, latest):
    # Sixty years of days named without a year are scored one shape (month, day, weekday, leap
    # year) at a time; the choice and its ties must be those of scoring each candidate.
    month_days = [c for c in cues if c.month is not None]
    years = range(latest.year - 60, latest.year + 1)
    candidates = {
        day + offset
        for cue in month_days
        for year in years
        if (day := _safe(year, cue.month, cue.day)) is not None
        for offset in _WEEK_AFTER
        if day + offset <= latest
    }
    expected = _best(_scored(candidates, cues, month_days)) if candidates else None
    scored = _scored_by_shape(month_days, cues, month_days, years, latest)
    assert (_best(scored) if scored else None) == expected
