"""The seed article, read by hand in DESIGN.md, is the specification of the whole pipeline."""

import datetime as dt

D = dt.date


def summary(timeline):
    return sorted((e.type, e.subtype, e.date.start, e.date.end, e.attributes.round) for e in timeline.events if e.date)


def test_publication_date_is_inferred_as_thursday_5_february_2026(seed_timeline):
    (document,) = seed_timeline.documents
    assert document.publication.date == D(2026, 2, 5)
    assert document.publication.inferred
    assert any("inferred 2026-02-05" in w for w in document.warnings)
    assert D(2015, 2, 5) in document.publication.alternatives


def test_exactly_the_events_read_by_hand(seed_timeline):
    assert summary(seed_timeline) == [
        ("statement", "assessment", D(2026, 1, 28), D(2026, 1, 28), None),  # Kyiv officials on round 1
        ("statement", "assessment", D(2026, 2, 5), D(2026, 2, 5), None),  # participants on day one
        ("statement", "assessment", D(2026, 2, 5), D(2026, 2, 5), None),  # ISW, as of 5 February
        ("statement", "casualty_claim", D(2026, 2, 4), D(2026, 2, 4), None),  # Zelenskyy on Wednesday
        ("strike", "infrastructure_attack", D(2026, 1, 15), D(2026, 2, 5), None),  # the past few weeks
        ("talks", "negotiation_round", D(2026, 1, 28), D(2026, 1, 28), 1),  # concluded last Wednesday
        ("talks", "negotiation_round", D(2026, 2, 4), D(2026, 2, 5), 2),  # second day on Thursday
    ]


def events_of(timeline, event_type, round_number=None):
    return [
        e
        for e in timeline.events
        if e.type == event_type and (round_number is None or e.attributes.round == round_number)
    ]


def test_round_two_is_one_trilateral_event_in_abu_dhabi(seed_timeline):
    (talks,) = events_of(seed_timeline, "talks", 2)
    assert {(a.name, a.role) for a in talks.actors} == {
        ("Russia", "participant"),
        ("Ukraine", "participant"),
        ("United States", "mediator"),
    }
    assert talks.location.name == "Abu Dhabi"
    assert talks.attributes.day == 2
    assert len(talks.sources) >= 2  # "the first day of talks" and "the ongoing negotiations" refer back to it


def test_round_one_last_wednesday_keeps_the_day_before_reading_as_alternative(seed_timeline):
    (talks,) = events_of(seed_timeline, "talks", 1)
    assert talks.location.name == "United Arab Emirates"
    assert [a.value for a in talks.date.alternatives] == ["2026-02-04"]
    assert {a.name for a in talks.actors} >= {"Russia", "Ukraine"}


def test_zelenskyy_statement_with_title_country_and_casualty_figure(seed_timeline):
    (statement,) = [e for e in seed_timeline.events if e.subtype == "casualty_claim"]
    (speaker,) = statement.actors
    assert (speaker.name, speaker.title, speaker.country) == ("Volodymyr Zelenskyy", "President", "Ukraine")
    assert [q.value for q in statement.attributes.quantities] == [55000]
    assert "concrete results" in statement.attributes.claim


def test_strike_on_energy_infrastructure(seed_timeline):
    (strike,) = events_of(seed_timeline, "strike")
    assert [(a.name, a.role) for a in strike.actors] == [("Russia", "attacker"), ("Ukraine", "target")]
    assert strike.date.modifier == "APPROX"
    assert any(q.unit == "people without power" for q in strike.attributes.quantities)


def test_every_source_points_at_its_text(seed_timeline, seed_text):
    for event in seed_timeline.events:
        for source in event.sources:
            assert seed_text[source.sentence_start : source.sentence_end] == source.sentence
            assert seed_text[source.trigger_start : source.trigger_end] == source.trigger
            if source.time_text is not None:
                assert seed_text[source.time_start : source.time_end] == source.time_text


def test_the_navigation_line_is_not_an_event(seed_timeline):
    assert not any("Also Read" in s.sentence for e in seed_timeline.events for s in e.sources)
