"""Mentions of one happening become one event; different happenings stay apart."""

import datetime as dt

import pytest

import chrono
from chrono.build import compiled_modules
from chrono.models import Document

DCT = dt.date(2026, 3, 12)


def test_the_talks_without_a_date_refer_back_to_the_current_round():
    text = (
        "The second round of talks between Iran and Oman opened on Wednesday. "
        "The first day of talks, held in Muscat, was calm."
    )
    (event,) = chrono.extract(text, published=DCT).events
    assert len(event.sources) == 2
    assert event.location.name == "Muscat"


def test_the_talks_told_as_held_refer_to_the_round_held_not_to_a_planned_one():
    text = (
        "Iran and Oman ended a third round of talks in Muscat on Wednesday. "
        "A fourth round is expected next month. The talks ended without a deal."
    )
    events = [e for e in chrono.extract(text, published=DCT).events if e.type == "talks"]
    held = next(e for e in events if e.attributes.round == 3)
    planned = next(e for e in events if e.attributes.round == 4)
    assert len(held.sources) == 2 and len(planned.sources) == 1
    assert not held.attributes.planned and planned.attributes.planned


def test_the_talks_told_as_ahead_refer_to_the_planned_round():
    text = "Iran and Oman met in Muscat on Wednesday. A new round is set for April. The talks will focus on borders."
    events = [e for e in chrono.extract(text, published=DCT).events if e.type == "talks"]
    meeting = next(e for e in events if not e.attributes.planned)
    planned = next(e for e in events if e.attributes.planned)
    assert (len(meeting.sources), len(planned.sources)) == (1, 2)


def test_rounds_of_one_series_share_their_parties_but_stay_apart():
    text = "The second round of talks between Iran and Oman opened on Wednesday. The first round had ended on March 2."
    first, second = chrono.extract(text, published=DCT).events
    assert (first.attributes.round, second.attributes.round) == (1, 2)
    assert {a.name for a in first.actors} == {"Iran", "Oman"}
    assert first.id != second.id


def test_statements_by_different_speakers_on_one_day_stay_apart():
    text = "On Monday, President Mara Tell said the deal was near. On Monday, the Kremlin said it was not."
    events = chrono.extract(text, published=DCT).events
    assert sorted(e.actors[0].name for e in events) == ["Kremlin", "Mara Tell"]


def test_the_same_round_reported_by_two_outlets_merges_with_both_sources():
    a = Document(id="a", text="The third round of talks between Iran and Oman opened on Monday.", published=DCT)
    b = Document(id="b", text="Iran and Oman held the third round of talks on Monday in Muscat.", published=DCT)
    timeline = chrono.extract([a, b])
    talks = [e for e in timeline.events if e.type == "talks"]
    assert len(talks) == 1
    assert {s.document_id for s in talks[0].sources} == {"a", "b"}
    assert [d.id for d in timeline.documents] == ["a", "b"]


def test_event_ids_are_stable_across_runs_and_input_order():
    a = Document(id="a", text="The third round of talks between Iran and Oman opened on Monday.", published=DCT)
    b = Document(id="b", text="Russia launched a missile attack on Ukraine on Tuesday.", published=DCT)
    once = chrono.extract([a, b])
    again = chrono.extract([b, a])
    assert [e.id for e in once.events] == [e.id for e in again.events]
    assert once.to_json() == again.to_json()


def test_timeline_merge_combines_separately_extracted_timelines():
    a = chrono.extract(Document(id="a", text="Russia launched a missile attack on Ukraine on Tuesday.", published=DCT))
    b = chrono.extract(Document(id="b", text="Russia fired missiles at Ukraine on Tuesday night.", published=DCT))
    merged = chrono.Timeline.merge([a, b])
    strikes = [e for e in merged.events if e.type == "strike"]
    assert len(strikes) == 1
    assert {s.document_id for s in strikes[0].sources} == {"a", "b"}


def test_a_later_finer_time_for_the_same_talks_narrows_the_date():
    text = (
        "Iran and Oman have agreed to hold talks next week. "
        "The talks will take place in Muscat, the capital, at 10 a.m. on Tuesday."
    )
    (talks,) = [e for e in chrono.extract(text, published=DCT).events if e.type == "talks"]
    assert talks.date.start == dt.date(2026, 3, 17)
    assert len(talks.sources) == 2


def test_reports_of_one_round_on_different_days_together_span_the_round():
    began = Document(
        id="a", text="Talks between Iran and Oman began in Muscat on Monday.", published=dt.date(2026, 3, 10)
    )
    ended = Document(id="b", text="Iran and Oman wrapped up three days of talks in Muscat on Wednesday.", published=DCT)
    second = Document(
        id="c",
        text="Iran and Oman held talks in Muscat on Tuesday, the second day of the round.",
        published=dt.date(2026, 3, 11),
    )
    for documents in ([began, ended], [ended, began], [began, second]):
        (talks,) = chrono.extract(documents).events
        assert talks.date.start == dt.date(2026, 3, 9) and talks.source_count == 2
    assert chrono.extract([began, ended]).events[0].date.end == dt.date(2026, 3, 11)
    assert chrono.extract([began, second]).events[0].date.value == "2026-03-09/2026-03-10"


def test_different_documents_under_one_id_stay_apart_when_merged():
    import datetime as dt

    import chrono
    from chrono.models import Document

    day = dt.date(2026, 3, 12)
    first = chrono.extract(Document(id="stdin", text="Iran and Oman held talks on Monday in Muscat.", published=day))
    second = chrono.extract(Document(id="stdin", text="Russia shelled Kherson on Saturday.", published=day))
    merged = chrono.Timeline.merge([first, second, first])
    assert [d.id for d in merged.documents] == ["stdin", "stdin-2"]
    cited = {s.document_id for e in merged.events for s in e.sources}
    assert cited == {"stdin", "stdin-2"}


def test_unattributed_strikes_merge_only_on_the_same_day_at_the_same_place():
    """No outlet names the attacker: the same strike at the same place on the same day is one event."""
    text = "Drones struck a fuel depot in Odesa on Monday."
    reports = [Document(id=f"outlet-{n}", text=text, published=DCT) for n in range(3)]
    elsewhere = Document(id="other-city", text="Drones struck a fuel depot in Kherson on Monday.", published=DCT)
    other_day = Document(id="other-day", text="Drones struck a fuel depot in Odesa on Tuesday.", published=DCT)
    events = chrono.extract([*reports, elsewhere, other_day]).events
    by_place = sorted((e.location.name, e.date.value, e.source_count) for e in events)
    assert by_place == [("Kherson", "2026-03-09", 1), ("Odesa", "2026-03-09", 3), ("Odesa", "2026-03-10", 1)]


def test_a_statement_reported_by_many_outlets_keeps_its_first_ten_quotes_and_every_source():
    reports = [
        Document(id=f"outlet-{n:02d}", text=f'"We expect progress, step {n}," Ana Lopez said on Monday.', published=DCT)
        for n in range(15)
    ]
    (statement,) = chrono.extract(reports).events
    assert statement.source_count == 15
    assert statement.attributes.quotes == [f"We expect progress, step {n}," for n in range(10)]


def _variant(template, kind, subtype, actors, place, round_number):
    from chrono.models import Actor, Location

    role = {"statement": "speaker", "strike": "attacker"}.get(kind, "participant")
    return template.model_copy(
        update={
            "type": kind,
            "subtype": subtype,
            "actors": [Actor(name=name, role=role, text=name) for name in actors],
            "location": Location(name=place, text=place) if place else None,
            "attributes": template.attributes.model_copy(update={"round": round_number}),
        }
    )


def test_events_that_can_merge_always_share_a_merge_key():
    """The merge looks candidates up by key instead of comparing with every event of the week."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from chrono.events.merge import _merge_keys, _same_event

    (template,) = chrono.extract("Russia shelled Kherson on Saturday.", published=DCT).events
    events = st.builds(
        lambda *parts: _variant(template, *parts),
        st.sampled_from(["statement", "strike", "talks", "other"]),
        st.sampled_from(["a", "b"]),
        st.lists(st.sampled_from(["Iran", "Oman", "Mara Tell"]), max_size=2, unique=True),
        st.sampled_from([None, "Muscat", "Kherson"]),
        st.sampled_from([None, 1, 2]),
    )

    @settings(max_examples=500, deadline=None)
    @given(events, events)
    def check(a, b):
        if _same_event(a, b):
            assert _merge_keys(a) & _merge_keys(b)

    check()


def test_many_distinct_statements_in_one_week_stay_apart():
    reports = [
        Document(id=f"d{n}", text=f"Minister Ana Lopez{n} said on Monday that the border was open.", published=DCT)
        for n in range(30)
    ]
    reports.append(Document(id="again", text="Minister Ana Lopez7 said on Monday it was open.", published=DCT))
    events = chrono.extract(reports).events
    assert len(events) == 30
    assert sorted(e.source_count for e in events)[-1] == 2


def test_a_report_that_adds_nothing_leaves_the_kept_event_exactly_as_a_full_merge_would():
    """The shortcut for the thousandth report of a story gives what merging field by field gives."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from chrono.events.merge import MAX_QUOTES, _adds_nothing, _merge_attributes
    from chrono.models import EventAttributes, Quantity

    quantities = st.builds(Quantity, value=st.sampled_from([None, 2.0, 9.0]), unit=st.just("killed"), text=st.just("x"))
    attributes = st.builds(
        EventAttributes,
        round=st.sampled_from([None, 1, 2]),
        day=st.sampled_from([None, 1, 3]),
        quotes=st.lists(st.sampled_from([f"q{n}" for n in range(MAX_QUOTES + 2)]), max_size=MAX_QUOTES + 2),
        claim=st.sampled_from([None, "", "it holds"]),
        quantities=st.lists(quantities, max_size=3),
        planned=st.booleans(),
    )

    @settings(max_examples=1500, deadline=None)
    @given(attributes, attributes)
    def check(kept, new):
        if _adds_nothing(kept, new):
            assert _merge_attributes([kept, new]) == kept

    check()


@pytest.mark.skipif(
    "chrono.events.merge" in compiled_modules(), reason="a compiled module's own calls cannot be patched"
)
def test_merging_with_the_shortcut_gives_the_timeline_merging_field_by_field_gives(monkeypatch):
    import chrono.events.merge as merge

    talks = "Russia and Ukraine held a second round of talks on Tuesday, officials said."
    statement = "Foreign Minister Ana Lopez said on Tuesday that the border was open."
    later = [  # each adds something once the kept events' confidence has reached 1.0
        "Russia and Ukraine held a second round of talks in Geneva on Tuesday, mediated by Turkey.",
        "The second round of talks between Russia and Ukraine entered its second day on Tuesday.",
        "Foreign Minister Ana Lopez said on Tuesday that 12 prisoners were freed.",
        *(f'Foreign Minister Ana Lopez said on Tuesday that "the border is open {n}".' for n in range(12)),
    ]
    texts = [talks, statement] * 6 + later + [talks, statement] * 2
    reports = [Document(id=f"r{n:03d}", text=text, published=DCT) for n, text in enumerate(texts)]
    calls = []
    adds_nothing = merge._adds_nothing
    monkeypatch.setattr(merge, "_adds_nothing", lambda kept, new: calls.append(1) or adds_nothing(kept, new))
    shortcut = chrono.extract(reports)
    assert len(calls) > len(later) and len(shortcut.events) == 2
    assert {len(e.attributes.quotes) for e in shortcut.events} == {0, merge.MAX_QUOTES}
    monkeypatch.setattr(merge, "_adds_nothing", lambda kept, new: False)
    assert chrono.extract(reports).model_dump_json() == shortcut.model_dump_json()


def test_an_event_read_with_a_foreign_id_gets_the_merge_id_when_a_second_report_joins_it():
    from chrono.events.merge import merge_timelines

    text = "Russia and Ukraine held a second round of talks in Geneva on Tuesday, officials said."
    first, second, third = (chrono.extract(Document(id=f"r{n}", text=text, published=DCT)) for n in range(3))
    # Sure already (confidence 1.0), so the second report adds nothing but the id to check.
    foreign = first.events[0].model_copy(update={"id": "made-elsewhere", "confidence": 1.0})
    merged = merge_timelines([first.model_copy(update={"events": [foreign]}), second, third]).events[0]
    assert merged.id == first.events[0].id and merged.confidence == 1.0


def test_talks_in_different_cities_are_different_events_and_a_city_agrees_with_its_country():
    text = (
        "Iran and Oman will hold a new round of talks in Muscat next week. "
        "Foreign ministers of the European Union will meet in Brussels on Monday."
    )
    talks = [e for e in chrono.extract(text, published=DCT).events if e.type == "talks"]
    assert sorted(e.location.name for e in talks) == ["Brussels", "Muscat"]
    a = Document(id="a", text="The third round of talks between Iran and Oman opened on Monday in Oman.", published=DCT)
    b = Document(id="b", text="Iran and Oman held the third round of talks on Monday in Muscat.", published=DCT)
    (merged,) = [e for e in chrono.extract([a, b]).events if e.type == "talks"]
    assert {s.document_id for s in merged.sources} == {"a", "b"}
    c = Document(id="c", text="Iran and Oman held the third round of talks on Monday in Geneva.", published=DCT)
    assert len([e for e in chrono.extract([b, c]).events if e.type == "talks"]) == 2


def test_a_headline_joins_the_event_its_story_tells_and_stands_alone_only_when_it_tells_none():
    text = (
        "Iran and Oman hold talks in Muscat\n\n"
        "Iran and Oman held talks in Muscat on Monday, officials said.\n\n"
        "Russian drones struck Odesa overnight.\n"
    )
    talks = [e for e in chrono.extract(text, published=DCT).events if e.type == "talks"]
    assert len(talks) == 1
    assert talks[0].date.start == dt.date(2026, 3, 9)  # the body's day, not the headline's default
    assert len(talks[0].sources) >= 2
    alone = "Clashes in Goma leave 12 dead\n\nThe city was calm on Monday. Shops opened. Schools were shut.\n"
    (clash,) = chrono.extract(alone, published=DCT).events
    assert (clash.type, clash.subtype) == ("strike", "clash")


def test_a_headline_with_a_time_joins_the_body_event_on_a_day_it_covers():
    text = (
        "Envoys to resume Gaza truce talks in Cairo next week\n\n"
        "Negotiators from Israel and Hamas will meet in Cairo next Tuesday for a third round of talks. "
        "Egypt and Qatar mediate."
    )
    talks = [e for e in chrono.extract(text, published=dt.date(2026, 3, 12)).events if e.type == "talks"]
    assert len(talks) == 1
    assert (talks[0].date.value, talks[0].attributes.round) == ("2026-03-17", 3)
    assert len(talks[0].sources) == 2


def test_the_attack_just_told_is_that_strike_not_another():
    text = (
        "A Ukrainian drone struck a high-rise in Moscow early on Thursday, the mayor said. "
        "The attack, the third on the capital this month, injured two people."
    )
    strikes = [e for e in chrono.extract(text, published=DCT).events if e.type == "strike"]
    assert len(strikes) == 1
    assert len(strikes[0].sources) == 2
    assert strikes[0].date.value == "2026-03-12"


def test_a_reading_however_coarse_beats_a_day_given_for_want_of_one():
    from chrono.events.merge import best_date
    from chrono.models import Precision, TimeValue

    guess = TimeValue(value="2026-03-27", start=dt.date(2026, 3, 27), end=dt.date(2026, 3, 27), certainty=0.3)
    month = TimeValue(
        value="2026-03",
        start=dt.date(2026, 3, 1),
        end=dt.date(2026, 3, 27),
        precision=Precision.MONTH,
        certainty=0.85,
    )
    day = TimeValue(value="2026-03-12", start=dt.date(2026, 3, 12), end=dt.date(2026, 3, 12), certainty=0.6)
    assert best_date([guess, month]) == best_date([month, guess]) == month
    assert best_date([month, day]) == day  # between readings, the finer still wins


def test_talks_told_in_an_aside_keep_their_month_when_an_undated_mention_joins_them():
    text = (
        "Envoys from Egypt and Qatar ended a third round of talks in Cairo on Thursday. "
        "The previous round, held in Doha earlier this month, produced a deal. "
        "The Egyptian foreign minister told reporters after the talks that progress was made."
    )
    previous = next(
        e for e in chrono.extract(text, published="2026-03-27").events if e.location and e.location.name == "Doha"
    )
    assert previous.date.value == "2026-03"


def test_a_day_and_the_days_around_it_in_one_report_date_the_event_by_all_of_them():
    text = (
        "Talks between Chile and Bolivia in Lima ended on Wednesday after two days of talks. "
        "Chile and Bolivia met in Lima on Wednesday."
    )
    (talks,) = [e for e in chrono.extract(text, published=DCT).events if e.type == "talks"]
    assert (talks.date.start, talks.date.end) == (dt.date(2026, 3, 10), dt.date(2026, 3, 11))


def test_talks_dated_only_for_want_of_a_reading_take_the_day_of_a_mention_referring_back():
    text = (
        "A Chilean delegation flew to Lima for talks with Bolivian officials. "
        "An aide said the meeting would take place on Sunday."
    )
    (talks,) = [e for e in chrono.extract(text, published=DCT).events if e.type == "talks"]
    assert (talks.date.value, talks.attributes.planned) == ("2026-03-15", True)
    assert len(talks.sources) == 2


def test_a_mention_referring_back_does_not_move_talks_that_have_a_day():
    text = "Chile and Bolivia held talks in Lima on Tuesday. An aide said the meeting would resume on Sunday."
    talks = [e for e in chrono.extract(text, published=DCT).events if e.type == "talks"]
    assert "2026-03-10" in {e.date.value for e in talks}


HELD_AND_PLANNED = (
    "Chile and Bolivia agree to meet again after Lima talks\n\n"
    "LIMA (Wire) — Chile and Bolivia agreed on Tuesday to meet again after two days of talks in Lima "
    "mediated by Peru and Brazil, the Peruvian foreign ministry said.\n\n"
    "The talks were the first between the neighbours in a decade."
)


def test_a_headline_telling_what_was_held_names_the_held_talks_not_the_planned_ones():
    talks = [e for e in chrono.extract(HELD_AND_PLANNED, published=DCT).events if e.type == "talks"]
    held = next(e for e in talks if not e.attributes.planned)
    assert held.date.value == "2026-03-09/2026-03-10"
    headline = [
        (e.attributes.planned, s.trigger) for e in talks for s in e.sources if s.sentence.endswith("Lima talks")
    ]
    assert sorted(headline) == [(False, "talks"), (True, "meet")]  # "agree to meet again" is the planned one


def test_a_mediator_is_no_party_to_the_talks_it_mediates():
    text = (
        "Chile and Bolivia agree to hold more talks after Lima meeting\n\n"
        "Chile and Bolivia agreed on Tuesday to meet again after two days of talks in Lima "
        "mediated by Peru and Brazil, the Peruvian foreign ministry said."
    )
    talks = [e for e in chrono.extract(text, published=DCT).events if e.type == "talks"]
    for event in talks:
        assert {a.role for a in event.actors if a.name in ("Peru", "Brazil")} <= {"mediator"}


def test_two_bodies_of_one_country_speaking_on_one_day_make_two_statements():
    text = (
        "Chile's foreign ministry said on Monday that talks would resume. "
        "The Chilean army said on Monday that it had moved troops to the border."
    )
    statements = [e for e in chrono.extract(text, published=DCT).events if e.type == "statement"]
    assert len(statements) == 2
    assert {a.name for e in statements for a in e.actors} == {"Chile"}


def test_a_body_named_again_by_the_alone_is_the_same_statement():
    text = "Chile's foreign ministry said on Monday that talks would resume. The ministry said they would last a week."
    statements = [e for e in chrono.extract(text, published=DCT).events if e.type == "statement"]
    assert len(statements) == 1


def test_talks_told_first_as_the_talks_with_a_go_between_are_an_event_of_their_own():
    text = "The talks, mediated by Peru and Brazil, opened in Lima on Sunday."
    (talks,) = chrono.extract(text, published=DCT).events
    assert talks.date.value == "2026-03-08"
    assert {a.name for a in talks.actors if a.role == "mediator"} == {"Peru", "Brazil"}


def test_talks_told_as_earlier_on_no_day_join_the_dated_talks_of_the_same_parties():
    text = (
        "A truce took effect at midnight on Monday after leaders of Chile and Bolivia met in Peru. "
        "The two leaders agreed to the truce during talks between Chile and Bolivia in Lima on Monday."
    )
    talks = [e for e in chrono.extract(text, published=DCT).events if e.type == "talks"]
    assert [(e.date.value, len(e.sources)) for e in talks] == [("2026-03-09", 2)]


def test_a_visit_told_as_earlier_stays_apart_from_the_talks():
    text = (
        "Bolivia agreed on Monday to hold talks with Chile in Lima after Bolivian President Luis Arce visited Lima. "
        "Talks between Chile and Bolivia in Lima began on Monday."
    )
    visits = [e for e in chrono.extract(text, published=DCT).events if e.subtype == "visit"]
    assert [e.date for e in visits] == [None]


def test_talks_told_by_a_coarser_time_join_only_when_it_holds_all_their_days():
    text = (
        "Envoys of Chile and Bolivia met on Monday for a second day. "
        "Chile's envoy said the talks on Sunday had been productive. "
        "The envoys first met a week ago."
    )
    talks = sorted(e.date.value for e in chrono.extract(text, published=DCT).events if e.type == "talks")
    assert talks == ["2026-03-08/2026-03-09", "2026-W10"]  # the week a week ago holds Sunday, not Monday


def test_reports_of_one_undated_event_merge_across_documents():
    text = "Chile's foreign ministry has rejected the proposal, saying it favoured Bolivia."
    timeline = chrono.extract([Document(id=f"outlet-{n}", text=text, published=DCT) for n in range(3)])
    (rejection,) = [e for e in timeline.events if e.subtype == "rejection"]
    assert rejection.date is None and rejection.source_count == 3


def test_undated_statements_that_say_different_things_stay_apart():
    a = Document(id="a", text="Chile's foreign ministry has rejected the proposal.", published=DCT)
    b = Document(id="b", text="Chile's foreign ministry has rejected the new tariffs.", published=DCT)
    assert len([e for e in chrono.extract([a, b]).events if e.subtype == "rejection"]) == 2


def test_a_body_the_text_names_with_the_keeps_it_in_the_title():
    (statement,) = chrono.extract("The Kremlin said on Tuesday that the plan would fail.", published=DCT).events
    assert statement.title == "Statement by the Kremlin"
    (statement,) = chrono.extract("The Tribune newspaper said on Tuesday that prices rose.", published=DCT).events
    assert statement.title == "Statement by Tribune"  # not "the Tribune": the text's "the" was the newspaper's


def test_the_talks_a_speaker_doubts_are_the_talks_told_not_new_ones_of_the_speakers_side():
    text = "Peru and Chile held talks in Lima on Monday. Peru's president said on Wednesday he doubted the talks."
    talks = [e for e in chrono.extract(text, published=DCT).events if e.type == "talks"]
    assert [t.date.value for t in talks] == ["2026-03-09"]


def test_a_country_speaking_in_a_headline_is_the_person_of_it_the_story_quotes():
    text = (
        "Chile says border talks were useful\n\n"
        "LIMA (Wire) - Chilean Foreign Minister Ana Duarte met her Peruvian counterpart on Monday. "
        '"The talks were useful," Duarte said on Monday.'
    )
    statements = [e for e in chrono.extract(text, published=DCT).events if e.type == "statement"]
    assert [(s.title, [(a.name, a.country) for a in s.actors]) for s in statements] == [
        ("Statement by Ana Duarte", [("Ana Duarte", "Chile")])
    ]
