"""Arguments of a mention: places beyond the hand-made gazetteer, and the counts a sentence gives."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import chrono
from chrono.events.arguments import _counted, _quantity_patterns, quantities
from chrono.events.lexicon import gazetteer
from chrono.models import Sentence


def test_cities_from_geonames_are_located_with_coordinates():
    (event,) = chrono.extract(
        "Russia launched a missile attack on Ukraine on Monday, hitting a market in Porto Alegre.",
        published=dt.date(2026, 3, 12),
    ).events
    assert (event.location.name, event.location.country) == ("Porto Alegre", "Brazil")
    assert event.location.latitude == pytest.approx(-30.03, abs=0.1)


@pytest.mark.parametrize(
    ("place", "country"),
    [("Pokrovsk", "Ukraine"), ("Khan Younis", "Palestine"), ("Atbara", "Sudan"), ("Kiryat Shmona", "Israel")],
)
def test_towns_the_news_reports_fighting_in_are_known_by_their_news_spelling(place, country):
    """Too small for the GeoNames list, or spelled otherwise there (Khān Yūnis): in the gazetteer."""
    text = f"A drone hit an apartment block in {place} on Monday."
    (event,) = chrono.extract(text, published=dt.date(2026, 3, 12)).events
    assert (event.location.name, event.location.country) == (place, country)
    assert event.location.latitude is not None


def test_a_city_name_without_a_place_preposition_is_not_a_place():
    events = chrono.extract("Victoria Lopez said on Monday that the talks were over.", published=dt.date(2026, 3, 12))
    assert all(e.location is None for e in events.events)


def test_the_port_or_city_of_a_named_place_is_that_place():
    text = "Monday's strike on the port of Odesa killed three people, the governor said on Wednesday."
    (strike,) = [e for e in chrono.extract(text, published=dt.date(2026, 3, 12)).events if e.type == "strike"]
    assert (strike.location.name, strike.location.country) == ("Odesa", "Ukraine")
    # A town the gazetteer does not know is still the place, without coordinates.
    text = "Rebels seized the town of Walikale on Sunday, the army said."
    (capture,) = [e for e in chrono.extract(text, published=dt.date(2026, 3, 12)).events if e.type == "other"]
    assert (capture.location.name, capture.location.kind, capture.location.latitude) == ("Walikale", "unknown", None)
    # names with an Arabic article
    for text, name in [
        ("A drone strike hit the town of al-Bab on Saturday, killing 14 people.", "al-Bab"),
        ("An airstrike hit the city of Deir el-Balah on Sunday, killing five people.", "Deir el-Balah"),
    ]:
        (strike,) = chrono.extract(text, published=dt.date(2026, 3, 12)).events
        assert strike.location.name == name


def test_a_part_of_a_country_or_city_is_that_place():
    text = "A suicide bombing killed 14 people at a market in northern Syria on Tuesday."
    (strike,) = [e for e in chrono.extract(text, published=dt.date(2026, 3, 12)).events if e.type == "strike"]
    assert strike.location.name == "Syria"


@pytest.mark.parametrize(
    ("text", "count", "unit"),
    [
        ("Seven aid workers were killed in an air strike on their convoy in Gaza on Monday.", 7, "workers"),
        ("Three journalists were killed when shells hit their car in Kherson on Monday.", 3, "journalists"),
    ],
)
def test_workers_and_journalists_killed_are_counted(text, count, unit):
    (strike,) = [e for e in chrono.extract(text, published=dt.date(2026, 3, 12)).events if e.type == "strike"]
    assert [(q.value, q.unit) for q in strike.attributes.quantities] == [(count, unit)]


def test_a_name_that_qualifies_a_noun_is_no_place():
    text = "Russia and Ukraine swapped prisoners in UAE-brokered deal on Thursday."
    (swap,) = [e for e in chrono.extract(text, published=dt.date(2026, 3, 12)).events if e.type == "other"]
    assert swap.location is None


def test_a_countrys_embassy_abroad_is_not_that_country():
    text = "Bombs exploded outside the U.S. embassies in Nairobi and Dar es Salaam on Friday, killing dozens of people."
    (strike,) = [e for e in chrono.extract(text, published=dt.date(2026, 3, 12)).events if e.type == "strike"]
    assert strike.location.name == "Nairobi"


def test_local_media_and_tv_are_no_named_speakers():
    found = chrono.extract(
        "Hundreds were injured, a local TV said. Local media said talks failed.", published=dt.date(2026, 3, 12)
    )
    assert [e for e in found.events if e.type == "statement"] == []


def test_at_a_countrys_request_is_no_place():
    text = "The Security Council will meet on Wednesday at Ukraine's request."
    (meeting,) = [e for e in chrono.extract(text, published=dt.date(2026, 3, 12)).events if e.type == "talks"]
    assert meeting.location is None
    text = "Drones struck in Ukraine's east on Monday."
    (strike,) = [e for e in chrono.extract(text, published=dt.date(2026, 3, 12)).events if e.type == "strike"]
    assert strike.location.name == "Ukraine"


def test_a_region_gives_way_to_a_named_city():
    text = "Talks aimed at ending the conflict in eastern Congo will begin on March 18 in Luanda."
    (talks,) = [e for e in chrono.extract(text, published=dt.date(2026, 3, 12)).events if e.type == "talks"]
    assert talks.location.name == "Luanda"


def test_the_place_a_speaker_spoke_in_is_not_where_the_event_happens():
    text = "A fourth round of talks is expected next month, a ministry spokesman told reporters in Cairo."
    (talks,) = [e for e in chrono.extract(text, published=dt.date(2026, 3, 12)).events if e.type == "talks"]
    assert talks.location is None
    # The clause after the speech verb ends at its comma: a place after it is the event's again.
    text = "The talks ended on Monday, officials said, and will resume in Cairo next week."
    located = [e.location.name for e in chrono.extract(text, published=dt.date(2026, 3, 12)).events if e.location]
    assert "Cairo" in located


def test_a_round_named_across_a_but_clause_is_not_the_triggers_round():
    text = (
        "Iranian and European negotiators ended a third round of talks in Geneva on Friday, "
        "but said they would meet again next month."
    )
    talks = [e for e in chrono.extract(text, published=dt.date(2026, 3, 12)).events if e.type == "talks"]
    assert sorted((e.date.value, e.attributes.round) for e in talks) == [("2026-03-06", 3), ("2026-04", None)]


def sentence(text: str) -> Sentence:
    return Sentence(index=0, start=0, end=len(text), text=text, paragraph=0)


def test_counts_exact_vague_percent_and_left_without_power():
    found = quantities(
        sentence(
            "Officials said 1,200 people were killed, tens of thousands of residents fled, 40 percent of"
            " homes were damaged and hundreds of thousands in the city were left without electricity."
        )
    )
    assert [(q.value, q.low, q.unit, q.approximate) for q in found] == [
        (1200.0, None, "people", False),
        (None, 10_000.0, "residents", True),
        (40.0, None, "percent", False),
        (None, 100_000.0, "people without power", True),
    ]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("A roadside bomb killed three soldiers and wounded 12 civilians.", [(3.0, "soldiers"), (12.0, "civilians")]),
        ("Twenty-five Ukrainian civilians were killed.", [(25.0, "civilians")]),
        ("The shelling wounded seven children, officials said.", [(7.0, "children")]),
        # a count in words with no casualty near it is a way of speaking, not a toll
        ("Two people familiar with the talks said the deal was close.", []),
        ("Three of four missiles were shot down.", []),
    ],
)
def test_casualty_counts_in_words(text, counts):
    assert [(q.value, q.unit) for q in quantities(sentence(text))] == counts


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Fighting raged on Monday, killing 20.", [(20.0, "people")]),
        ("The blast killed 14 and wounded at least 30.", [(14.0, "people"), (30.0, "people")]),
        ("The shelling killed 1,200 in a week.", [(1200.0, "people")]),
        # a count of a noun is that noun's; a share or a decimal is no toll
        ("The shelling killed 20 soldiers.", [(20.0, "soldiers")]),
        ("The drought killed 20 percent of the herd.", [(20.0, "percent")]),
        ("The storm killed 3.5 million chickens.", []),
    ],
)
def test_a_toll_counted_right_after_its_verb_is_of_people(text, counts):
    assert [(q.value, q.unit) for q in quantities(sentence(text))] == counts


_PIECES = st.sampled_from(
    [
        "1",
        "12",
        "1,234",
        "1234,567",
        "3.5",
        " ",
        " of",
        " people",
        " homes",
        "%",
        " percent",
        "per cent",
        "hundreds",
        "tens of thousands",
        "Thousands",
        "dozens",
        ",",
        ".",
        "x",
        "killed",
        "\u017f",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_trying_the_count_pattern_only_where_an_amount_can_begin_finds_what_a_scan_finds(text):
    pattern, _, starts = _quantity_patterns()
    assert [m.span() for m in _counted(pattern, starts, text)] == [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The truce will hold, Qatar's foreign ministry spokesman Majed al-Ansari said.", "Majed al-Ansari"),
        ("Egyptian President Abdel Fattah el-Sisi said the crossing would stay open.", "Abdel Fattah el-Sisi"),
    ],
)
def test_a_name_with_a_lower_case_particle_is_one_speaker(text, speaker):
    (statement,) = [e for e in chrono.extract(text, published=dt.date(2026, 3, 12)).events if e.type == "statement"]
    assert statement.actors[0].name == speaker


def test_a_city_a_strike_verb_takes_as_its_object_is_where_it_fell():
    timeline = chrono.extract("Russian drones struck Odesa overnight, the governor said.", published="2026-02-05")
    (event,) = timeline.events
    assert event.location is not None and event.location.name == "Odesa"


def test_a_place_of_another_kind_of_event_after_the_trigger_is_not_this_event_s():
    text = "The two sides exchanged 390 prisoners on Tuesday, the first swap since talks in Istanbul."
    timeline = chrono.extract(text, published="2026-02-05")
    swap = next(e for e in timeline.events if e.subtype == "prisoner_exchange")
    assert swap.location is None  # Istanbul is where the talks were


def _speakers(text: str) -> list[tuple[str, str]]:
    found = chrono.extract(text, published=dt.date(2026, 3, 12)).events
    return sorted((e.actors[0].name, e.actors[0].kind) for e in found if e.type == "statement")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Mr. Okafor said the vote would be held in May.", ("Okafor", "person")),
        ("Ms. Lindqvist told reporters the border was quiet.", ("Lindqvist", "person")),
        ('"We are ready," said Dr. Amara Okafor, the clinic director.', ("Amara Okafor", "person")),
    ],
)
def test_an_honorific_makes_a_surname_a_person_and_is_no_part_of_the_name(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The tests are normal," said Northwind Energy\'s Ms. Lindqvist.', "Lindqvist"),
        ("Harbour Shipping Chairman Tomas Reyes said the offer was too low.", "Tomas Reyes"),
    ],
)
def test_the_name_follows_the_possessor_or_title_before_it(text, speaker):
    assert _speakers(text) == [(speaker, "person")]


def test_a_name_ending_in_a_company_suffix_is_a_company():
    assert _speakers("Northwind Energy Corp. said profit fell.") == [("Northwind Energy Corp.", "organisation")]


def test_a_surname_after_an_honorific_is_the_person_named_in_full_before():
    text = (
        "Amara Okafor, the health minister, said on Monday that clinics would reopen. "
        "Ms. Okafor said on Tuesday that vaccines had arrived."
    )
    assert {name for name, _ in _speakers(text)} == {"Amara Okafor"}


def test_a_description_set_off_after_a_name_leaves_the_name_the_speaker():
    assert _speakers("Amara Okafor, the health minister, said clinics would reopen.") == [("Amara Okafor", "person")]
    # Not set off on both sides: the body after the comma speaks, not the name before it.
    said = _speakers("Nobody has tried to buy Northwind Energy Corp., the company said.")
    assert ("Northwind Energy Corp.", "organisation") not in said


def _strikes(text: str) -> list[list[tuple[str, str]]]:
    found = chrono.extract(text, published=dt.date(2026, 3, 12)).events
    return [[(a.name, a.role) for a in e.actors] for e in found if e.type == "strike"]


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        # A country next to the noun, or the subject of a verb that does the strike, struck.
        ("Thai missile strikes hit a depot near the border on Monday.", "Thailand"),
        ("Peru carried out air strikes on rebel camps on Monday.", "Peru"),
        ("Chile responded with its heaviest barrage in years on Monday.", "Chile"),
        ("Chile said it would strike rebel camps on Monday.", "Chile"),
        ("Chilean jets struck rebel camps on Monday.", "Chile"),
        ("Hamas claimed responsibility for the attack on Monday.", "Hamas"),
    ],
)
def test_the_attacker_of_a_strike(text, attacker):
    (actors,) = _strikes(text)
    assert actors[0] == (attacker, "attacker")


@pytest.mark.parametrize(
    "text",
    [
        # Where it happened, who helped look into it, who condemned it: none of them struck.
        "Envoys met on Monday after the bombings at embassies in Ghana and Togo.",
        "The minister praised help from Ghana and Togo in the inquiry into Friday's bombings in Lome.",
        "The Cypriot government on Monday condemned two bomb attacks in Accra.",
    ],
)
def test_a_country_further_back_is_not_the_attacker_of_a_strike_told_by_a_noun(text):
    assert all(role != "attacker" for actors in _strikes(text) for _, role in actors)


@pytest.mark.parametrize(
    ("sentence", "country", "capital"),
    [
        ("Peruvian officials said the road to Lima was open.", "Peru", "Lima"),
        ("Talks between Thailand and Cambodia opened in Bangkok on Monday.", "Thailand", "Bangkok"),
        ("Tanzanian police said on Monday that the port of Dar es Salaam was shut.", "Tanzania", "Dar es Salaam"),
    ],
)
def test_the_gazetteer_knows_the_world_s_countries_demonyms_and_capitals(sentence, country, capital):
    found = chrono.extract(sentence, published=dt.date(2026, 3, 12)).events
    assert any(a.name == country for e in found for a in e.actors)
    place = gazetteer().places[capital]
    assert place.country == country and place.latitude is not None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Chilean Foreign Minister Ana Lopez met her counterpart. Lopez said on Monday that trade would resume.",
            "Ana Lopez",
        ),
        ("Secretary of State Mark Reed flew to Lima. Reed said on Monday that talks would resume.", "Mark Reed"),
        ("Envoy Frank C. Clark arrived. Clark said on Monday that talks would resume.", "Frank C. Clark"),
    ],
)
def test_a_surname_alone_is_the_person_named_in_full_before(text, speaker):
    statements = [e for e in chrono.extract(text, published=dt.date(2026, 3, 12)).events if e.type == "statement"]
    assert [(a.name, a.kind) for e in statements for a in e.actors] == [(speaker, "person")]


@pytest.mark.parametrize(
    "text",
    [
        "Lopez said on Monday that trade would resume.",  # no one named in full before
        "Output at the Lima-based Andino fell. Andino said on Monday that output fell.",  # a company's home
    ],
)
def test_a_surname_alone_with_no_full_name_before_is_no_person(text):
    events = chrono.extract(text, published=dt.date(2026, 3, 12)).events
    said = [e for e in events if e.type == "statement" and any(s.trigger == "said" for s in e.sources)]
    assert all(a.kind != "person" for e in said for a in e.actors)


def test_a_place_after_a_further_meeting_is_that_meetings():
    text = "Commanders of Chile and Bolivia met on Tuesday and agreed to hold a further meeting on April 4 in Lima."
    events = chrono.extract(text, published=dt.date(2026, 3, 12)).events
    places = {(e.subtype, e.date.value): e.location.name if e.location else None for e in events}
    assert places[("meeting", "2026-04-04")] == "Lima"
    assert places[("meeting", "2026-03-10")] is None


def test_a_place_the_gazetteer_does_not_know_after_the_trigger_leaves_the_event_unplaced():
    text = "A drone attack killed two people in Odesa overnight, as envoys of Chile and Bolivia met in Florida."
    (talks,) = [e for e in chrono.extract(text, published=dt.date(2026, 3, 12)).events if e.type == "talks"]
    assert talks.location is None  # not Odesa, where the attack was


def test_day_n_running_belongs_to_the_clause_that_says_it():
    text = "A drone attack killed two people in Odesa overnight, officials said, as envoys met for a second day."
    (strike,) = [e for e in chrono.extract(text, published=dt.date(2026, 3, 12)).events if e.type == "strike"]
    assert strike.attributes.day is None and strike.date.value == "2026-03-11TNI"


def test_a_description_with_a_possessive_after_a_name_leaves_the_name_the_speaker():
    text = "On Friday, Ana Lopez, the group's leader, said the proposal favoured the army."
    (statement,) = chrono.extract(text, published=dt.date(2026, 3, 12)).events
    assert [a.name for a in statement.actors] == ["Ana Lopez"]
    assert statement.date.value == "2026-03-06"


# Known public figures (people.json): a name stands for its person, and for their side.


def statements(text: str):
    return [e for e in chrono.extract(text, published=dt.date(2026, 3, 12)).events if e.type == "statement"]


def talks(text: str):
    return [e for e in chrono.extract(text, published=dt.date(2026, 3, 12)).events if e.type == "talks"]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Putin said on Tuesday that sanctions had failed.", "Vladimir Putin", "Russia"),
        (
            "President Zelensky told reporters on Tuesday that Kyiv would not cede land.",
            "Volodymyr Zelenskyy",
            "Ukraine",
        ),
        ("Erdoğan said on Tuesday that Ankara was ready to help.", "Recep Tayyip Erdogan", "Turkey"),
        ("Guterres said on Tuesday that aid must reach Gaza.", "Antonio Guterres", None),
    ],
)
def test_a_known_public_figure_speaks_by_their_full_name_and_country(text, name, country):
    (statement,) = statements(text)
    (speaker,) = statement.actors
    assert (speaker.name, speaker.kind, speaker.country) == (name, "person", country)


def test_a_surname_the_text_gives_someone_else_in_full_is_theirs():
    text = "Anna Kagame, a teacher in Leeds, spoke at the rally. Kagame said on Tuesday that fees rose."
    (statement,) = statements(text)
    assert statement.actors[0].name == "Anna Kagame"


@pytest.mark.parametrize(
    "text",
    [
        "Michael Gallant said on Tuesday that prices rose.",  # another person of that surname
        "Xi'an officials said on Tuesday that the river had risen.",  # a city, not Xi Jinping
    ],
)
def test_a_known_surname_inside_another_name_is_not_that_person(text):
    assert all(a.name not in ("Yoav Gallant", "Xi Jinping") for e in statements(text) for a in e.actors)


def test_a_surname_two_known_people_share_names_neither_but_gives_their_side():
    # Bill or Hillary: no speaker is guessed, nor their country made the speaker
    assert all(
        a.kind != "country" for e in statements("Clinton said on Tuesday that the plan was sound.") for a in e.actors
    )
    (meeting,) = talks("Clinton met Lula in Brasilia on Tuesday.")
    assert {a.name for a in meeting.actors} == {"Brazil", "United States"}


def test_leaders_named_alone_are_their_countries_in_the_talks_they_hold():
    (meeting,) = talks("Trump met Putin in Anchorage on Friday.")
    assert {(a.name, a.role) for a in meeting.actors} == {("United States", "participant"), ("Russia", "participant")}


def test_every_known_person_belongs_to_a_known_country_or_organisation():
    from chrono.events.lexicon import people

    known = people()  # raises on a side that is neither
    assert known.by_name["Vladimir Putin"].side == "Russia"
    assert known.by_name["Kofi Annan"].side_kind == "organisation"


# Regions of a country and waters of none.


def only(text: str):
    (event,) = chrono.extract(text, published=dt.date(2026, 3, 12)).events
    return event


def test_a_region_is_the_place_with_its_country_but_no_side():
    event = only("Israeli strikes killed 20 people in Gaza on Monday.")
    assert (event.location.name, event.location.kind, event.location.country) == ("Gaza Strip", "region", "Palestine")
    meeting = only("Envoys met in North Darfur on Monday.")
    assert meeting.location.name == "North Darfur" and meeting.actors == []


def test_a_sea_is_where_it_happened_and_belongs_to_no_country():
    event = only("The Houthis fired two missiles at a ship in the Red Sea on Monday.")
    assert (event.location.name, event.location.country) == ("Red Sea", None)
    assert only("A drone hit a tanker off Yemen on Monday.").location.name == "Yemen"


def test_a_city_is_known_by_each_of_its_spellings():
    assert only("A drone hit a market in El-Fasher on Monday.").location.name == "El Fasher"


def test_a_place_after_a_semicolon_belongs_to_the_other_clause():
    text = "Envoys arrive in Cairo for truce talks; strikes kill 20 in Gaza"
    (meeting,) = [e for e in chrono.extract(text, published=dt.date(2026, 3, 12)).events if e.type == "talks"]
    assert meeting.location.name == "Cairo"


def test_the_parties_after_with_end_where_the_topic_begins():
    event = only("Russia held talks with Turkey on Monday over grain exports from Ukraine.")
    assert {a.name for a in event.actors} == {"Russia", "Turkey"}


def test_a_country_named_with_its_capital_in_apposition_is_that_city():
    assert only("The foreign ministers met in the U.S. capital Washington on Monday.").location.name == "Washington"
    meeting = [
        e for e in chrono.extract("Envoys met in Ukraine, Kyiv officials said on Monday.").events if e.type == "talks"
    ]
    assert meeting[0].location.name == "Ukraine"  # the city is another clause's


def test_a_visit_is_where_it_goes_not_where_the_sentence_began():
    text = "The government in Lima agreed to talks after President Ana Ruiz visited Quito."
    (visit,) = [e for e in chrono.extract(text, published=dt.date(2026, 3, 12)).events if e.subtype == "visit"]
    assert visit.location.name == "Quito"


def test_an_event_told_in_a_country_and_in_a_city_of_it_is_in_the_city():
    text = "Peru and Chile held talks in Ecuador on Monday. The talks, held in Quito, ended without a deal."
    (talks,) = [e for e in chrono.extract(text, published=dt.date(2026, 3, 12)).events if e.type == "talks"]
    assert talks.location.name == "Quito"


def test_the_government_in_a_capital_is_that_country_not_a_place():
    text = "Peru said on Tuesday that the government in Santiago had agreed to hold talks with the rebels."
    (agreement,) = [e for e in chrono.extract(text, published=dt.date(2026, 3, 12)).events if e.subtype == "agreement"]
    assert {a.name for a in agreement.actors} == {"Chile"} and agreement.location is None


def test_the_parties_after_met_end_where_another_clause_begins():
    (meeting,) = talks("Ruto meets Kagame in Nairobi as Ugandan troops cross the border")
    assert {a.name for a in meeting.actors} == {"Kenya", "Rwanda"}


def test_a_known_figure_named_without_a_first_name_is_still_that_figure():
    text = "Turkish President Tayyip Erdogan met Ruto on Monday. We fight Islamic State, Erdogan told reporters."
    (statement,) = statements(text)
    assert statement.actors[0].name == "Recep Tayyip Erdogan"


def test_an_owner_before_a_surname_is_no_given_name():
    text = "Kenya's Ruto hosts talks\n\nNAIROBI (Wire) - Ruto said on Monday that the talks were useful."
    (statement,) = statements(text)
    assert statement.actors[0].name == "William Ruto"


def test_two_countries_sharing_one_noun_are_both_named():
    (meeting,) = talks("South and North Korea held military talks at Panmunjom on Monday.")
    assert {a.name for a in meeting.actors} == {"North Korea", "South Korea"}


def test_what_a_when_clause_names_belongs_to_its_own_act():
    text = "Peru and Chile have been trading strikes since Jan. 11, when Chilean jets struck a depot in Bolivia."
    (series,) = [e for e in chrono.extract(text, published=dt.date(2026, 3, 12)).events if e.date.end != e.date.start]
    assert series.location is None and ("Bolivia", "target") not in {(a.name, a.role) for a in series.actors}
