"""Which time an event gets, and how sure we are of it."""

import datetime as dt

import pytest

import chrono

DCT = dt.date(2026, 3, 12)  # a Thursday


def only_event(text: str):
    (event,) = chrono.extract(text, published=DCT).events
    return event


def test_the_expression_in_the_same_clause_governs():
    event = only_event("The talks ended on Monday in Geneva, and nothing else happened.")
    assert event.date.start == dt.date(2026, 3, 9)
    assert event.sources[0].time_text == "Monday"


def test_a_day_within_the_week_or_month_next_to_the_trigger_dates_the_event():
    event = only_event("The third such attack this week hit a power station in Kharkiv on Tuesday.")
    assert event.date.start == event.date.end == dt.date(2026, 3, 10)
    assert event.sources[0].time_text == "Tuesday"
    # With no day inside it, the week is the date.
    assert only_event("The attack this week killed five people in Kharkiv.").date.value == "2026-W11"
    # A day outside the frame is another time, not a finer one.
    event = only_event("Talks this month built on a meeting in Geneva on Feb. 3.")
    assert event.date.value == "2026-03"


def test_talks_that_opened_on_one_day_and_ended_on_another_span_both():
    event = only_event("Talks that opened Monday in Geneva ended on Wednesday without a deal.")
    assert (event.date.start, event.date.end) == (dt.date(2026, 3, 9), dt.date(2026, 3, 11))
    assert event.date.value == "2026-03-09/2026-03-11"
    event = only_event("The round of talks ended late on Wednesday; it had opened on Monday in Doha.")
    assert (event.date.start, event.date.end) == (dt.date(2026, 3, 9), dt.date(2026, 3, 11))
    # Across a relative clause set off by commas, the main verb's day is the trigger's own.
    event = only_event("The talks in Geneva, which began on Monday, ended late on Wednesday.")
    assert (event.date.start, event.date.end) == (dt.date(2026, 3, 9), dt.date(2026, 3, 11))
    # Two days with no opening and closing verbs are no span.
    assert only_event("Talks were held in Geneva on Monday, and a report followed on Wednesday.").date.value == (
        "2026-03-09"
    )


def test_a_fronted_day_reaches_the_verb_across_a_relative_aside():
    event = only_event("On Monday, Qatar, which brokered the truce, urged both sides to return to the table.")
    assert (event.subtype, event.date.start) == ("appeal", dt.date(2026, 3, 9))


def test_a_meeting_told_and_the_next_one_planned_in_one_sentence_are_two_events():
    found = chrono.extract("Envoys from Iran and Oman met on Tuesday and will meet again on Friday.", published=DCT)
    dates = sorted((e.date.start, e.attributes.planned) for e in found.events if e.type == "talks")
    assert dates == [(dt.date(2026, 3, 10), False), (dt.date(2026, 3, 13), True)]


def test_a_two_day_summit_spans_from_the_day_it_ended_or_opened():
    ended = only_event("The two-day summit in Geneva ended on Wednesday.")
    assert (ended.date.start, ended.date.end) == (dt.date(2026, 3, 10), dt.date(2026, 3, 11))
    closed = only_event("The Swiss president closed the two-day summit in Geneva on Wednesday.")
    assert (closed.date.start, closed.date.end) == (dt.date(2026, 3, 10), dt.date(2026, 3, 11))
    opened = only_event("The two-day summit in Geneva opened on Tuesday.")
    assert (opened.date.start, opened.date.end) == (dt.date(2026, 3, 10), dt.date(2026, 3, 11))
    planned = only_event("A two-day summit in Geneva is planned for Monday.")
    assert planned.date.start == planned.date.end


def test_talks_postponed_are_planned_on_the_day_they_were_put_off_to_or_on_none():
    indefinitely = only_event("Talks in Geneva planned for Monday were postponed indefinitely.")
    assert (indefinitely.date, indefinitely.attributes.planned) == (None, True)
    to_friday = only_event("Talks in Geneva planned for Monday were postponed to Friday.")
    assert (to_friday.date.start, to_friday.attributes.planned) == (dt.date(2026, 3, 13), True)
    next_month = only_event("Talks in Geneva planned for Monday were postponed until next month.")
    assert next_month.date.value == "2026-04"
    # the parties' "and" and a "but" before the verb that shares the subject open no other clause
    joined = only_event("A second round of talks between Kyiv and Moscow had been set for April 9 but was postponed.")
    assert (joined.date, joined.attributes.planned) == (None, True)


@pytest.mark.parametrize(
    "text",
    [
        "Since it began on Tuesday, the Qatar-brokered truce has been broken twice.",
        "Since it took effect on Tuesday, the ceasefire has largely held.",
    ],
)
def test_a_truce_named_after_the_pronoun_that_began_it_starts_on_that_day(text):
    (truce,) = [e for e in chrono.extract(text, published=DCT).events if e.type == "other"]
    assert (truce.subtype, truce.date.start, truce.date.end) == (
        "ceasefire",
        dt.date(2026, 3, 10),
        dt.date(2026, 3, 10),
    )


def test_since_the_ceasefire_began_refers_back_to_the_truce_already_told():
    text = (
        "Since it took effect on Tuesday, the ceasefire has largely held.\n\n"
        "Rebels fired two rockets on Wednesday, their first volley since the ceasefire began."
    )
    truces = [e for e in chrono.extract(text, published=DCT).events if e.type == "other"]
    assert [(e.subtype, e.date.start, e.source_count, len(e.sources)) for e in truces] == [
        ("ceasefire", dt.date(2026, 3, 10), 1, 2)
    ]
    # Told of only that way, the truce is background: no event of its own.
    alone = chrono.extract(
        "Rebels fired two rockets on Wednesday, their first since the ceasefire began.", published=DCT
    )
    assert [e for e in alone.events if e.type == "other"] == []


def test_talks_in_a_since_clause_happened_on_its_day():
    talks = only_event("Since the talks in Geneva began on Tuesday, fighting has eased.")
    assert (talks.date.start, talks.date.end) == (dt.date(2026, 3, 10), dt.date(2026, 3, 10))


def test_an_announcement_is_dated_by_the_day_after_what_it_announces():
    found = chrono.extract("President Ana Lopez announced new sanctions on Tuesday.", published=DCT).events
    (announcement,) = [e for e in found if e.type == "statement"]
    assert announcement.date.start == dt.date(2026, 3, 10)


@pytest.mark.parametrize(
    "text",
    [
        "President Ana Lopez wrote on Telegram late on Tuesday that the talks had failed.",
        "The army said in a post on X on Tuesday that the town had fallen.",
        # how it was said, in a word before the medium
        '"We will not yield," President Ana Lopez said in a televised address on Tuesday.',
        "President Ana Lopez said in a radio interview Tuesday that the talks had failed.",
    ],
)
def test_where_a_statement_was_posted_stands_between_the_verb_and_its_day(text):
    (statement,) = [e for e in chrono.extract(text, published=DCT).events if e.type == "statement"]
    assert statement.date.start == dt.date(2026, 3, 10)


def test_day_n_of_a_round_spans_back_to_its_first_day():
    event = only_event("The fourth round of talks between Iran and Oman entered its third day on Wednesday.")
    assert (event.date.start, event.date.end) == (dt.date(2026, 3, 9), dt.date(2026, 3, 11))
    assert event.attributes.day == 3
    assert "day 3" in event.date.rationale


def test_a_strike_for_the_nth_straight_day_spans_back_to_the_first_day():
    event = only_event("Rebel forces shelled Kherson for a third consecutive day on Wednesday.")
    assert (event.type, event.date.start, event.date.end) == ("strike", dt.date(2026, 3, 9), dt.date(2026, 3, 11))
    assert "day 3 running" in event.date.rationale


def test_a_strike_on_the_nth_day_of_something_else_fell_on_that_day_only():
    strikes = [
        e
        for e in chrono.extract(
            "Russian forces shelled Kharkiv on Wednesday, the second day of the offensive.", published=DCT
        ).events
        if e.type == "strike"
    ]
    assert strikes and (strikes[0].date.start, strikes[0].date.end) == (dt.date(2026, 3, 11), dt.date(2026, 3, 11))


def test_days_of_talks_span_back_from_the_day_they_ended_or_on_from_the_day_they_opened():
    ended = only_event("Negotiators wrapped up three days of talks in Geneva late on Wednesday.")
    assert (ended.date.start, ended.date.end) == (dt.date(2026, 3, 9), dt.date(2026, 3, 11))
    opened = only_event("The delegations opened two days of talks in Doha on Monday.")
    assert (opened.date.start, opened.date.end) == (dt.date(2026, 3, 9), dt.date(2026, 3, 10))
    # held on Tuesday for three days: which of them was Tuesday the text does not say
    held = only_event("The ministers held three days of talks in Oslo on Tuesday.")
    assert (held.date.start, held.date.end) == (dt.date(2026, 3, 10), dt.date(2026, 3, 10))


def test_without_a_time_expression_the_publication_date_is_a_labelled_guess():
    event = only_event("Foreign Minister Ana Lopez said the border would stay closed.")
    assert event.date.start == DCT
    assert event.date.certainty <= 0.3
    assert "no time expression" in event.date.rationale


def test_future_tense_marks_the_event_as_planned():
    event = only_event("The second round of talks between Iran and Oman will be held on Monday.")
    assert event.date.start == dt.date(2026, 3, 16)
    assert event.attributes.planned


def test_a_span_dates_a_series_of_strikes_as_an_approximate_interval():
    event = only_event("Russia has struck power plants in Ukraine over the past few weeks.")
    assert event.date.value == "2026-02-19/2026-03-12"
    assert event.date.modifier == "APPROX"


def test_a_sentence_without_a_date_continues_the_narrative_day():
    text = "Russia launched a missile attack on Ukraine on Monday. Ukraine responded with drone strikes on Russia."
    first, second = chrono.extract(text, published=DCT).events
    assert first.date.start == second.date.start == dt.date(2026, 3, 9)
    assert "narrative day" in second.date.rationale
    assert second.date.certainty <= 0.6


def test_since_dates_a_series_up_to_the_publication_date():
    event = only_event("Russia has struck Ukraine at least 14 times since Feb. 11.")
    assert (event.date.start, event.date.end) == (dt.date(2026, 2, 11), DCT)


def test_a_present_perfect_without_a_time_is_undated():
    event = only_event("Earlier negotiations between Iran and Oman have failed to end the dispute.")
    assert event.date is None


def test_a_statement_is_dated_by_its_speech_verb_not_by_dates_in_what_was_said():
    (event,) = [
        e
        for e in chrono.extract(
            "Foreign Minister Ana Lopez said on Tuesday that the border would reopen on March 20.", published=DCT
        ).events
        if e.type == "statement"
    ]
    assert event.date.start == dt.date(2026, 3, 10)


def test_a_yardstick_period_does_not_date_the_event():
    text = (
        "Russia launched a missile attack on Ukraine on Monday. "
        "Ukraine replied with its heaviest drone strikes of the past week on Russia."
    )
    second = next(e for e in chrono.extract(text, published=DCT).events if e.subtype == "drone_strike")
    assert second.date.start == dt.date(2026, 3, 9)  # the narrative Monday, not the past week


def test_plans_for_coming_weeks_are_planned_but_undated():
    text = "Iran and Oman agreed to hold another meeting in coming weeks."
    (event,) = [e for e in chrono.extract(text, published=DCT).events if e.type == "talks"]
    assert event.date is None
    assert event.attributes.planned


def test_a_sentence_opening_since_clause_dates_a_series_and_a_single_strike_stays_apart():
    text = (
        "Since it began last Friday, the truce has been shaken by near daily Russian strikes on Ukraine. "
        "On Tuesday, Russian drones struck power plants in Kharkiv."
    )
    strikes = sorted(
        (e.date.start, e.date.end) for e in chrono.extract(text, published=DCT).events if e.type == "strike"
    )
    assert strikes == [(dt.date(2026, 3, 6), DCT), (dt.date(2026, 3, 10), dt.date(2026, 3, 10))]


def test_a_when_clause_after_since_dates_its_event_on_that_day():
    import datetime as dt

    import chrono

    timeline = chrono.extract(
        "The navies have stayed on alert since March 3, when the coalition launched missile strikes "
        "on the port of Hodeidah.",
        published=dt.date(2026, 3, 20),
    )
    (strike,) = timeline.events
    assert strike.date.value == "2026-03-03"
    series = chrono.extract("Russia has shelled Kherson since March 3, officials said.", published=dt.date(2026, 3, 20))
    assert series.events[0].date.value == "2026-03-03/2026-03-20"  # without "when", a series up to now


def test_a_day_in_what_was_said_does_not_date_the_speech():
    text = "All 40 people detained on Monday night were released on bail, police spokeswoman Maria Diaz said."
    (statement,) = [e for e in chrono.extract(text, published=DCT).events if e.type == "statement"]
    assert statement.date.start == DCT  # not Monday: the day belongs to the detentions she reports
    assert "no time expression governs" in statement.date.rationale


def test_a_reaction_attached_to_a_dated_happening_takes_its_day():
    text = "The first round of talks ended last Wednesday, which Kyiv officials described as useful."
    (statement,) = [e for e in chrono.extract(text, published=DCT).events if e.type == "statement"]
    assert statement.date.start == dt.date(2026, 3, 4)


def test_undated_speech_in_a_story_is_heard_on_the_day_its_lead_reports():
    text = (
        "The flood has killed 12 people, a rescue official said yesterday.\n\n"
        "Bridges were washed away and roads were cut in the north.\n\n"
        "Hundreds of soldiers were sent to the valley.\n\n"
        "The national weather office said more rain was expected in the north."
    )
    statements = [e for e in chrono.extract(text, published=DCT).events if e.type == "statement"]
    weather = next(e for e in statements if "weather office" in e.sources[0].sentence)
    assert weather.date.start == dt.date(2026, 3, 11)  # the lead's "yesterday", not the day of printing
    assert weather.date.certainty <= 0.3
    assert "the day the story reports" in weather.date.rationale


def test_without_a_dated_lead_undated_speech_falls_back_to_the_publication_date():
    text = (
        "The flood has killed 12 people across the north.\n\n"
        "Bridges were washed away and roads were cut.\n\n"
        "Hundreds of soldiers were sent to the valley.\n\n"
        "The national weather office said on Monday that more rain was expected.\n\n"
        "Schools in the valley stay closed.\n\n"
        "Farmers fear for the harvest.\n\n"
        "The interior ministry said the roads would reopen soon."
    )
    statements = [e for e in chrono.extract(text, published=DCT).events if e.type == "statement"]
    ministry = next(e for e in statements if "interior ministry" in e.sources[0].sentence)
    assert ministry.date.start == DCT  # a day named deep in the story is not the story's day


def test_a_strike_told_in_a_when_clause_is_apart_from_the_series_it_opened():
    text = (
        "The rebels and the U.S. have been trading strikes since March 3, when the U.S. and Britain "
        "joined forces to strike rebel targets in Yemen."
    )
    strikes = sorted(e.date.value for e in chrono.extract(text, published=dt.date(2026, 3, 20)).events)
    assert strikes == ["2026-03-03", "2026-03-03/2026-03-20"]


def test_an_opening_earlier_adverbial_dates_the_statement_that_follows():
    text = "Earlier on Tuesday, the foreign ministry of Oman said the talks would go on."
    (statement,) = [e for e in chrono.extract(text, published=DCT).events if e.type == "statement"]
    assert statement.date.start == dt.date(2026, 3, 10)


def test_the_day_of_the_saying_does_not_date_the_plan_it_reports():
    text = "Foreign Minister Ana Lopez said on Tuesday that a second round of talks could take place in June."
    events = chrono.extract(text, published=DCT).events
    (talks,) = [e for e in events if e.type == "talks"]
    (statement,) = [e for e in events if e.type == "statement"]
    assert statement.date.start == dt.date(2026, 3, 10)
    assert talks.date.value == "2026-06"


def test_a_present_perfect_with_an_adverb_is_still_undated():
    text = "Oman hosted the talks on Monday. Iran has repeatedly denied seeking nuclear weapons."
    (denial,) = [e for e in chrono.extract(text, published=DCT).events if e.type == "statement"]
    assert denial.date is None


def test_a_possessive_day_dates_its_own_noun_only():
    text = "Monday's shelling by Russian forces followed a drone strike on a hospital in Kharkiv on Saturday."
    strikes = sorted((e.sources[0].trigger, e.date.value) for e in chrono.extract(text, published=DCT).events)
    assert strikes == [("drone strike", "2026-03-07"), ("shelling", "2026-03-09")]


def test_a_statement_is_dated_through_the_medium_it_was_made_in():
    text = "Iran and Oman will meet again, the foreign ministry of Oman said in a statement released late on Tuesday."
    (statement,) = [e for e in chrono.extract(text, published=DCT).events if e.type == "statement"]
    assert statement.date.start == dt.date(2026, 3, 10)


def test_a_meeting_a_future_verb_brings_is_planned_and_undated():
    text = (
        "Iran and Oman held talks in Muscat on Monday. "
        "Foreign Minister Ana Lopez said the next step would be a meeting between the two presidents."
    )
    talks = [e for e in chrono.extract(text, published=DCT).events if e.type == "talks"]
    assert sorted((e.date is None, e.attributes.planned) for e in talks) == [(False, False), (True, True)]


def test_a_flashback_day_does_not_become_the_narrative_day():
    text = (
        "The envoy arrived in Muscat on Tuesday. He met the Omani foreign minister the previous day.\n\n"
        "The foreign ministry of Iran announced that talks would resume."
    )
    (statement,) = [e for e in chrono.extract(text, published=DCT).events if e.type == "statement"]
    assert statement.date.start == dt.date(2026, 3, 10)  # the story's Tuesday, not the Monday looked back to


def test_a_day_inside_a_quotation_does_not_become_the_narrative_day():
    quoted = (
        '"We kept the promises made at our meeting on Feb. 20 in Oslo," the minister said. Rebels also shelled Goma.'
    )
    strike = next(e for e in chrono.extract(quoted, published=DCT).events if e.type == "strike")
    assert "narrative day" not in strike.date.rationale  # the speaker's day, not where the story is
    told = "Envoys met in Oslo on Feb. 20. Rebels also shelled Goma."
    strike = next(e for e in chrono.extract(told, published=DCT).events if e.type == "strike")
    assert strike.date.start == dt.date(2026, 2, 20)


def test_a_day_in_a_relative_aside_does_not_become_the_narrative_day():
    text = (
        "Envoys ended talks in Geneva on Wednesday. The talks, which began on Monday, focused on borders. "
        "A new round is likely, President Ana Lopez said."
    )
    statement = next(e for e in chrono.extract(text, published=DCT).events if e.type == "statement")
    assert statement.date.start == dt.date(2026, 3, 11)  # the story's Wednesday, not the aside's Monday
    assert "narrative day of 'Wednesday'" in statement.date.rationale


def test_a_lead_said_in_a_statement_released_on_a_day_sets_the_story_day():
    text = (
        "Iran and Oman agreed to a truce, the foreign ministry of Oman said "
        "in a statement released late on Tuesday.\n\n"
        "Bridges were reopened in the north.\n\n"
        "Hundreds of soldiers were sent home.\n\n"
        "The interior ministry of Iran said the roads were safe."
    )
    statements = [e for e in chrono.extract(text, published=DCT).events if e.type == "statement"]
    interior = next(e for e in statements if "interior ministry" in e.sources[0].sentence)
    assert interior.date.start == dt.date(2026, 3, 10)
    assert "the day the story reports" in interior.date.rationale


def test_the_narrative_day_carries_the_day_without_early_or_late():
    text = "Iran and Qatar held talks late Wednesday in Doha. Israeli jets struck a depot in Gaza, the army said."
    events = {e.type: e for e in chrono.extract(text, published=DCT).events}
    assert (events["talks"].date.value, events["talks"].date.modifier) == ("2026-03-11", "END")
    assert (events["strike"].date.value, events["strike"].date.modifier) == ("2026-03-11", None)


def test_a_statement_is_dated_past_whom_it_was_told_to_and_where():
    settings = (
        "told reporters in Ankara",
        "told The Associated Press",
        "said at a news conference in Kyiv",
        "told President Mara Tell in a phone call",
    )
    for setting in settings:
        text = f"The ceasefire is holding, Foreign Minister Ana Lopez {setting} on Tuesday."
        (statement,) = [e for e in chrono.extract(text, published=DCT).events if e.type == "statement"]
        assert statement.date.start == dt.date(2026, 3, 10), setting
        assert statement.sources[0].time_text == "Tuesday"


def test_talks_a_statement_says_would_resume_are_planned_not_on_the_day_it_was_said():
    text = "Kremlin spokesman Dmitry Peskov said on Saturday that talks would resume."
    events = {e.type: e for e in chrono.extract(text, published=DCT).events}
    assert events["statement"].date.start == dt.date(2026, 3, 7)
    assert events["talks"].date is None
    assert events["talks"].attributes.planned


def test_a_statement_dated_by_default_comes_no_earlier_than_the_day_it_reports():
    text = (
        "The truce began on Friday, officials said.\n\n"
        "A fourth group of 11 hostages was freed late on Wednesday, the Israeli military said."
    )
    statements = [e for e in chrono.extract(text, published=DCT).events if e.type == "statement"]
    military = next(e for e in statements if "fourth group" in e.sources[0].sentence)
    assert military.date.start == dt.date(2026, 3, 11)  # not Friday, the story's earlier day
    assert "what it reports" in military.date.rationale


def test_a_verb_that_takes_an_object_is_dated_past_it():
    for text in (
        "Spokesman Nasser Kanaani condemned the decision on Tuesday.",
        "Kremlin spokesman Dmitry Peskov denied the report on Tuesday.",
        "Foreign Minister Ana Lopez welcomed the agreement in a statement late Tuesday.",
        "President Ana Lopez accused the rebels on Tuesday of sabotage.",
    ):
        (statement,) = chrono.extract(text, published=DCT).events
        assert statement.date.start == dt.date(2026, 3, 10), text


def test_a_time_before_an_exact_distance_does_not_date_the_clause_the_distance_opens():
    text = (
        "Ministers approved the sanctions on Monday.\n\n"
        "The measures follow a package adopted late last month and come two days after "
        "Foreign Minister Ana Lopez said the drones came from Iran."
    )
    (statement,) = [e for e in chrono.extract(text, published=DCT).events if e.type == "statement"]
    assert statement.date.start == dt.date(2026, 3, 7)  # two days before Monday 9 March


def test_a_since_date_is_where_a_span_began_not_the_day_the_story_is_at():
    text = (
        "More than a million people have fled since the war began on 15 April.\n\n"
        "A third round is expected next month, Foreign Minister Ana Lopez told reporters."
    )
    (statement,) = [e for e in chrono.extract(text, published=DCT).events if e.type == "statement"]
    assert statement.date.start != dt.date(2025, 4, 15)
    assert "narrative day" not in statement.date.rationale


def test_talks_in_an_infinitive_keep_their_own_time_not_the_day_of_the_verb_above():
    """'agreed on Saturday to return to talks later this month': Saturday dates the agreeing."""
    text = "The army and the rebels agreed on Saturday to return to talks in Jeddah later this month."
    talks = next(e for e in chrono.extract(text, published=DCT).events if e.type == "talks")
    assert talks.date.value == "2026-03"
    assert talks.sources[0].time_text == "later this month"


def test_a_statement_in_the_present_tense_is_dated_to_the_writing_not_to_the_day_before():
    text = "The general warned on Monday that the army would fight on. The United Nations says 500 people have died."
    events = chrono.extract(text, published=DCT).events
    claim = next(e for e in events if e.actors and e.actors[0].name == "United Nations")
    assert claim.date.value == DCT.isoformat()
    assert "present-tense" in claim.date.rationale


def test_a_span_of_hours_dates_an_event_as_days_not_as_a_length():
    event = only_event("Israeli air strikes hit 40 targets in Gaza in the past 24 hours.")
    assert (event.date.value, event.date.timex_type.value) == ("2026-03-11/2026-03-12", "DATE")
    event = only_event("Israeli air strikes hit 40 targets in Gaza in the past few hours.")
    assert (event.date.value, event.date.timex_type.value) == ("2026-03-12", "DATE")


def test_talks_that_ended_in_one_sentence_and_began_in_a_later_one_are_one_sitting():
    text = (
        "Envoys of Chile and Peru ended their latest round of talks in Lima on Wednesday without a deal. "
        "The talks began on Monday and were chaired by a retired judge."
    )
    (event,) = [e for e in chrono.extract(text, published=DCT).events if e.type == "talks"]
    assert (event.date.start, event.date.end) == (dt.date(2026, 3, 9), dt.date(2026, 3, 11))
    assert len(event.sources) == 2
    assert "opened on 2026-03-09" in event.date.rationale


def test_talks_opened_and_ended_in_other_places_stay_two_events():
    text = "Talks on water rights began in Lima on Monday. Talks on fishing ended in Quito on Wednesday."
    talks = [e for e in chrono.extract(text, published=DCT).events if e.type == "talks"]
    assert sorted((e.date.start, e.date.end) for e in talks) == [
        (dt.date(2026, 3, 9), dt.date(2026, 3, 9)),
        (dt.date(2026, 3, 11), dt.date(2026, 3, 11)),
    ]


def test_a_time_after_a_participle_of_another_noun_dates_that_noun_not_the_event():
    """'agreed to a truce beginning at 6 a.m. on Tuesday': Tuesday is when the truce begins."""
    text = "The mediator said on Monday that both sides had agreed to a truce beginning at 6 a.m. on Wednesday."
    agreement = next(e for e in chrono.extract(text, published=DCT).events if e.type == "other")
    assert (agreement.date.start, agreement.sources[0].time_text) == (dt.date(2026, 3, 9), "Monday")
    # alone, the truce's time is only a bound from another clause, and less sure
    events = chrono.extract("Both sides agreed to a truce beginning on Tuesday.", published=DCT).events
    alone = next(e for e in events if e.subtype == "agreement")
    assert "another clause" in alone.date.rationale and alone.date.certainty < 0.9


def test_talks_the_participle_follows_are_dated_by_its_time():
    (talks,) = chrono.extract("Envoys from Egypt and Qatar held talks beginning on Monday.", published=DCT).events
    assert (talks.date.start, talks.sources[0].time_text) == (dt.date(2026, 3, 9), "Monday")


@pytest.mark.parametrize(
    "text",
    [
        "In a post on X on Tuesday, Prime Minister Ana Lopez wrote that Europe must act.",
        "Speaking to reporters on Tuesday, Prime Minister Ana Lopez said progress had been made.",
        "At a news conference in Oslo on Tuesday, Prime Minister Ana Lopez said the war must end.",
    ],
)
def test_a_day_in_the_phrase_that_opens_the_sentence_dates_its_statement(text):
    statement = next(e for e in chrono.extract(text, published=DCT).events if e.type == "statement")
    assert (statement.date.start, statement.sources[0].time_text) == (dt.date(2026, 3, 10), "Tuesday")


def test_an_opening_period_that_is_no_setting_of_the_saying_does_not_date_it():
    text = "In the fiscal year ended Jan. 31, the company reported sales of $5 million."
    (statement,) = chrono.extract(text, published=DCT).events
    assert statement.date.start == DCT


def test_talks_a_statement_after_a_fronted_day_says_will_resume_are_not_on_that_day():
    text = "On Monday, Foreign Minister Ana Lopez said talks with Norway would resume."
    talks = next(e for e in chrono.extract(text, published=DCT).events if e.type == "talks")
    assert talks.date is None or talks.date.start != dt.date(2026, 3, 9)


def test_a_meeting_told_before_a_speech_verb_is_apart_from_the_talks_it_announces():
    text = "On Monday, envoys from Egypt and Qatar met in Geneva and said talks would resume."
    talks = {e.subtype: e for e in chrono.extract(text, published=DCT).events if e.type == "talks"}
    assert talks["meeting"].date.start == dt.date(2026, 3, 9)
    assert talks["negotiation"].date is None or talks["negotiation"].date.start != dt.date(2026, 3, 9)


def test_a_participle_aside_right_after_the_noun_dates_it():
    text = "The previous round, held in Istanbul earlier this month, had produced a deal to swap prisoners."
    talks = next(e for e in chrono.extract(text, published=DCT).events if e.type == "talks")
    assert (talks.date.value, talks.sources[0].time_text) == ("2026-03", "earlier this month")
    assert "another clause" not in talks.date.rationale  # the aside is the noun's own, not a guess across clauses


def test_the_day_after_whom_a_warning_was_given_to_is_the_warnings():
    text = "Qatar warned Israel on Tuesday that talks with Hamas would resume."
    talks = next(e for e in chrono.extract(text, published=DCT).events if e.type == "talks")
    assert talks.date is None  # ahead of the warning, on no day yet


def test_talks_in_a_city_and_in_its_country_can_be_one_sitting():
    text = (
        "Envoys of Chile and Bolivia wrapped up a round of talks in Lima on Wednesday. "
        "The talks in Peru had opened on Monday."
    )
    (event,) = [e for e in chrono.extract(text, published=DCT).events if e.type == "talks"]
    assert (event.date.start, event.date.end) == (dt.date(2026, 3, 9), dt.date(2026, 3, 11))


def test_a_sitting_that_began_told_by_a_mention_referring_back_widens_the_round():
    text = (
        "Envoys of Chile and Bolivia wrapped up a round of talks in Lima on Wednesday. "
        "The meeting, which began on Monday, was their first in a year."
    )
    (event,) = [e for e in chrono.extract(text, published=DCT).events if e.type == "talks"]
    assert (event.date.start, event.date.end) == (dt.date(2026, 3, 9), dt.date(2026, 3, 11))


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Bolivia agreed on Tuesday to meet again.",
        "Chile and Bolivia decided late on Monday to resume talks.",
    ],
)
def test_the_day_of_a_decision_does_not_date_the_meeting_it_plans(text):
    (talks,) = [e for e in chrono.extract(text, published=DCT).events if e.type == "talks"]
    assert talks.attributes.planned
    assert talks.date is None


def test_a_meeting_a_decision_plans_takes_its_own_day():
    text = "Chile and Bolivia agreed on Tuesday to meet again on Friday."
    (talks,) = [e for e in chrono.extract(text, published=DCT).events if e.type == "talks"]
    assert (talks.date.value, talks.attributes.planned) == ("2026-03-13", True)


def test_what_is_dated_after_the_writing_is_planned_whatever_the_tense():
    text = "Chile and Bolivia decided on Monday to hold talks next month."
    (talks,) = [e for e in chrono.extract(text, published=DCT).events if e.type == "talks"]
    assert (talks.date.value, talks.attributes.planned) == ("2026-04", True)


def test_an_undated_strike_after_a_dated_one_is_part_of_that_attack():
    text = (
        "Russia fired dozens of missiles at Ukraine on Tuesday, officials said. "
        "Power was cut in six regions. Repair crews worked through the night. "
        "In Lviv, a missile hit an apartment block, killing three people."
    )
    (strike,) = [e for e in chrono.extract(text, published=DCT).events if e.type == "strike"]
    assert strike.date.value == "2026-03-10"
    assert any(source.sentence.startswith("In Lviv") for source in strike.sources)


def test_an_undated_strike_of_another_kind_is_dated_by_the_attack_less_surely():
    text = (
        "Russian drones struck power plants across Ukraine overnight. Power was cut in six regions. "
        "Repair crews worked through the night. In Lviv, a missile hit an apartment block."
    )
    strikes = [e for e in chrono.extract(text, published=DCT).events if e.type == "strike"]
    lviv = next(e for e in strikes if e.location is not None and e.location.name == "Lviv")
    assert (lviv.date.value, lviv.date.certainty) == ("2026-03-11TNI", 0.6)
    assert "part of the strike told in sentence 1" in lviv.date.rationale


def test_an_undated_strike_far_from_any_dated_one_keeps_the_publication_day():
    filler = " ".join(["The weather was cold."] * 5)
    text = f"Russia fired dozens of missiles at Ukraine on Tuesday. {filler} In Lviv, a missile hit an apartment block."
    strikes = [e for e in chrono.extract(text, published=DCT).events if e.type == "strike"]
    lviv = next(e for e in strikes if e.location is not None and e.location.name == "Lviv")
    assert lviv.date.certainty <= 0.3


def test_a_statement_without_a_day_is_not_put_on_a_flashback_days_before_the_story():
    text = (
        "A first round of talks between Chile and Bolivia was held in Lima on March 2. "
        "The next round is set for April 6, the ministry said."
    )
    (statement,) = [e for e in chrono.extract(text, published=DCT).events if e.type == "statement"]
    assert (statement.date.value, statement.date.certainty) == ("2026-03-12", 0.3)


def test_a_statement_said_at_the_time_keeps_the_day_before():
    text = (
        "Chilean warplanes hit rebel camps on March 2, killing ten people. "
        "The ministry said at the time that it had targeted weapons depots."
    )
    (statement,) = [e for e in chrono.extract(text, published=DCT).events if e.type == "statement"]
    assert statement.date.value == "2026-03-02"


def test_a_statement_without_a_day_continues_a_recent_day_of_the_story():
    text = "Chilean warplanes hit rebel camps on Tuesday, killing ten people. The ministry said it had targeted depots."
    (statement,) = [e for e in chrono.extract(text, published=DCT).events if e.type == "statement"]
    assert statement.date.value == "2026-03-10"


def test_a_time_in_a_relative_clause_of_another_noun_does_not_date_the_talks():
    text = (
        "Chile and Bolivia held talks in Lima on Sunday. "
        "The talks, mediated by Peru, are aimed at extending a truce that took effect on March 2."
    )
    (talks,) = [e for e in chrono.extract(text, published=DCT).events if e.type == "talks"]
    assert talks.date.value == "2026-03-08"
    assert ("Peru", "mediator") in {(a.name, a.role) for a in talks.actors}  # "The talks, mediated by" refers back


def test_talks_a_delegation_would_travel_to_continue_are_ahead_of_the_saying():
    text = (
        "Chile's foreign ministry said on Tuesday that a delegation would travel to Lima to continue the negotiations."
    )
    (talks,) = [e for e in chrono.extract(text, published=DCT).events if e.type == "talks"]
    assert talks.attributes.planned and talks.date is None


def test_a_when_clause_after_a_yardstick_since_is_dated_by_it():
    text = "It was their first meeting since January, when they met at a summit in Quito."
    (summit,) = [e for e in chrono.extract(text, published=DCT).events if e.subtype == "summit"]
    assert summit.date.value == "2026-01"
    assert [e for e in chrono.extract("It was their first meeting since January.", published=DCT).events] == []


def test_a_statement_continues_the_day_someone_spoke_not_a_day_in_what_was_said():
    text = (
        "The Chilean army said on Tuesday morning that Bolivian troops had fired on its posts overnight. "
        "Bolivia's defence ministry spokeswoman Ana Lopez said the border had been calm."
    )
    lopez = next(e for e in chrono.extract(text, published=DCT).events if e.title.endswith("Ana Lopez"))
    assert lopez.date.value == "2026-03-10"  # Tuesday, the day, not its morning nor the night before


def test_a_relative_aside_of_the_talks_told_first_dates_them():
    text = "The talks, which ended on Tuesday, produced no deal, the mediators said."
    (talks,) = [e for e in chrono.extract(text, published=DCT).events if e.type == "talks"]
    assert talks.date.value == "2026-03-10"


def test_a_time_inside_what_was_agreed_does_not_date_the_agreeing():
    text = "Peru and Chile have agreed to hold talks next week, the ministry said on Tuesday."
    events = chrono.extract(text, published=DCT).events
    (agreement,) = [e for e in events if e.subtype == "agreement"]
    (talks,) = [e for e in events if e.type == "talks"]
    assert talks.attributes.planned and talks.date.precision == "week"
    assert agreement.date.value == "2026-03-10" and not agreement.attributes.planned  # the saying's Tuesday
    (truce,) = [
        e
        for e in chrono.extract("Peru and Chile agreed to a truce on Monday.", published=DCT).events
        if e.subtype == "agreement"
    ]
    assert truce.date.value == "2026-03-09"


def test_a_fronted_day_of_a_saying_dates_what_was_said_only_as_a_bound():
    text = "On Tuesday, the governor said rebels had shelled the town."
    (strike,) = [e for e in chrono.extract(text, published=DCT).events if e.type == "strike"]
    assert strike.date.value == "2026-03-10" and strike.date.certainty < 0.9
    (strike,) = [e for e in chrono.extract("On Tuesday, rebels shelled the town.", published=DCT).events]
    assert strike.date.certainty == 0.9
