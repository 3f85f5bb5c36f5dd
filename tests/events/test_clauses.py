"""How the words joining a clause to its sentence move or remove an event's date."""

import datetime as dt

import chrono

DCT = dt.date(2026, 3, 12)  # a Thursday


def only_event(text: str):
    (event,) = chrono.extract(text, published=DCT).events
    return event


def test_an_exact_distance_after_moves_the_clause_it_opens_from_the_main_clause_day():
    text = "The vote was held on Wednesday, two days after rebels shelled the town of Goma."
    (strike,) = [e for e in chrono.extract(text, published=DCT).events if e.type == "strike"]
    assert strike.date.start == dt.date(2026, 3, 9)  # Wednesday 11 March, two days back
    assert "two days after" in strike.date.rationale


def test_a_main_clause_before_an_exact_distance_lies_that_far_from_the_day_of_the_other_clause():
    text = "The summit opened three weeks after Peru and Chile signed a border treaty in Lima on February 9."
    events = chrono.extract(text, published=DCT).events
    (summit,) = [e for e in events if e.type == "talks"]
    (treaty,) = [e for e in events if e.subtype == "agreement"]
    assert treaty.date.start == dt.date(2026, 2, 9)
    assert summit.date.start == dt.date(2026, 3, 2)  # 9 February and three weeks
    assert summit.date.certainty <= 0.6
    assert "three weeks after" in summit.date.rationale


def test_a_bound_or_a_vague_distance_does_not_move_the_date():
    for distance in ("less than two days after", "a few days after"):
        text = f"The vote was held on Wednesday, {distance} rebels shelled the town of Goma."
        (strike,) = [e for e in chrono.extract(text, published=DCT).events if e.type == "strike"]
        assert strike.date.start == dt.date(2026, 3, 11), distance


def test_an_act_told_only_as_earlier_than_the_main_clause_is_undated():
    text = "Iran and Oman agreed to talks on Monday after President Ana Lopez visited Muscat."
    events = chrono.extract(text, published=DCT).events
    visit = next(e for e in events if e.sources[0].trigger == "visited")
    assert visit.date is None  # before Monday, on no day the text gives
    on_its_day = "Iran and Oman agreed to talks on Monday after President Ana Lopez visited Muscat on Friday."
    visit = next(e for e in chrono.extract(on_its_day, published=DCT).events if e.sources[0].trigger == "visited")
    assert visit.date.start == dt.date(2026, 3, 6)


def test_the_act_that_first_started_a_story_is_undated_without_a_day():
    text = "Iran first proposed the talks, which Oman accepted later, the foreign ministry said on Tuesday."
    events = chrono.extract(text, published=DCT).events
    proposal = next(e for e in events if e.sources[0].trigger == "proposed")
    assert proposal.date is None
    ministry = next(e for e in events if e.sources[0].trigger == "said")
    assert ministry.date.start == dt.date(2026, 3, 10)
    ordinal = only_event("The first round of talks between Iran and Oman ended in Muscat.")
    assert ordinal.date is not None  # "first" as an ordinal tells no order of acts


def test_a_when_clause_without_a_comma_also_tells_what_happened_on_that_day():
    text = "It was the worst attack since March 3 when rebels shelled the market in Goma, killing 9 people."
    strikes = [e for e in chrono.extract(text, published=dt.date(2026, 3, 20)).events if e.type == "strike"]
    # The shelling is told in the when-clause; "worst attack since March 3" measures a record:
    # the attack itself is not a series from March 3, so it falls back to the publication date.
    assert sorted(e.date.value for e in strikes) == ["2026-03-03", "2026-03-20"]


def test_a_stretch_named_after_after_fills_the_days_before_the_main_clause():
    text = "Iran and Oman agreed to a ceasefire on Wednesday after a week of deadly border clashes."
    (clash,) = [e for e in chrono.extract(text, published=DCT).events if e.type == "strike"]
    assert (clash.date.start, clash.date.end) == (dt.date(2026, 3, 4), dt.date(2026, 3, 10))
    assert clash.date.modifier == "APPROX"
    vague = "Iran and Oman agreed to a ceasefire on Wednesday after days of deadly border clashes."
    (clash,) = [e for e in chrono.extract(vague, published=DCT).events if e.type == "strike"]
    assert clash.date.start == clash.date.end == dt.date(2026, 3, 11)  # how many days is not said


def test_a_distance_from_a_default_day_still_holds_and_one_past_the_calendar_moves_nothing():
    text = "The attack came two days after delegations of Iran and Oman met in Muscat."
    (talks,) = [e for e in chrono.extract(text, published=DCT).events if e.type == "talks"]
    assert talks.date.start == dt.date(2026, 3, 10)  # two days before the attack's default day
    assert talks.date.certainty <= 0.3  # still a guess
    text = "The vote was held on Monday, 9999999 weeks after rebels shelled the town of Goma."
    (strike,) = [e for e in chrono.extract(text, published=DCT).events if e.type == "strike"]
    assert strike.date.start == dt.date(2026, 3, 9)


def test_the_first_such_call_since_april_is_a_record_not_a_date():
    event = only_event("Foreign Minister Ana Lopez held a video call with Iran, the first such call since April.")
    assert event.date.start == DCT


def test_since_the_day_of_a_happening_is_a_record_too():
    text = "A delegation met the general in Niamey on Sunday, the first talks since the July 26 coup."
    found = [e for e in chrono.extract(text, published=DCT).events if e.type == "talks"]
    assert [e.date.start for e in found] == [dt.date(2026, 3, 8)]


def test_a_time_ending_a_relative_clause_dates_that_clause_not_the_main_verb_after_it():
    text = "A delegation that arrived in Cairo on Saturday held talks with Egyptian officials on Monday."
    events = {e.type: e for e in chrono.extract(text, published=DCT).events}
    assert events["talks"].date.start == dt.date(2026, 3, 9)  # Monday, not the arrival's Saturday
    assert events["other"].date.start == dt.date(2026, 3, 7)  # the arrival keeps Saturday
    # a reduced relative, a participle right after its noun, is a clause of its own too
    text = "The delegation sent to Cairo on Saturday held talks with Egyptian officials on Monday."
    (talks,) = chrono.extract(text, published=DCT).events
    assert talks.date.start == dt.date(2026, 3, 9)


def test_a_time_after_a_complement_that_still_dates_the_verb_after_it():
    # "said that ... " opens no relative clause: the strike is Tuesday's
    text = "Kyiv said that on Tuesday Russian drones struck Odesa."
    (strike,) = [e for e in chrono.extract(text, published=DCT).events if e.type == "strike"]
    assert strike.date.start == dt.date(2026, 3, 10)


def events_of(text: str, event_type: str):
    return [e for e in chrono.extract(text, published=DCT).events if e.type == event_type]


def test_a_day_counted_from_a_told_event_is_that_events_day_moved_by_the_distance():
    told = "Envoys met in Geneva on Monday. "  # Monday 9 March
    cases = {
        "Two days after the meeting, rebels shelled Goma.": dt.date(2026, 3, 11),
        "Rebels shelled Goma two days after the meeting.": dt.date(2026, 3, 11),
        "Rebels shelled Goma the day after the talks.": dt.date(2026, 3, 10),
        "A day after the talks ended, rebels shelled Goma.": dt.date(2026, 3, 10),
        "Rebels shelled Goma the day before the Geneva talks.": dt.date(2026, 3, 8),
        "A week before the first meeting, rebels shelled Goma.": dt.date(2026, 3, 2),
    }
    for sentence, day in cases.items():
        (strike,) = events_of(told + sentence, "strike")
        assert strike.date.start == strike.date.end == day, sentence
        assert "the talks 'met' in sentence 1" in strike.date.rationale, sentence
        assert strike.date.certainty <= 0.7


def test_a_day_in_the_counted_phrase_dates_the_event_it_counts_from():
    for sentence in (
        "Rebels shelled Goma two days after the meeting on Saturday.",
        "Rebels shelled Goma two days after the Saturday meeting.",
    ):
        (strike,) = events_of(sentence, "strike")
        assert strike.date.start == dt.date(2026, 3, 9), sentence  # Saturday 7 March and two days
        assert strike.sources[0].time_text == "Saturday"


def test_a_distance_from_a_told_event_yields_to_a_day_of_the_clause_and_to_bounds():
    told = "Envoys met in Geneva on Monday. "
    (strike,) = events_of(told + "On Wednesday, a day after the talks, rebels shelled Goma.", "strike")
    assert strike.date.start == dt.date(2026, 3, 11)  # the clause's own Wednesday, not Monday and a day
    for vague in ("less than two days after the meeting", "days after the meeting"):
        (strike,) = events_of(f"{told}Rebels shelled Goma {vague}.", "strike")
        assert "after the meeting" not in strike.date.rationale, vague


def test_a_distance_from_an_event_of_another_kind_counts_nothing():
    text = "Envoys met in Geneva on Monday. Rebels shelled Goma two days after the protest."
    (strike,) = events_of(text, "strike")
    assert "two days after" not in strike.date.rationale  # no protest was told with a day
