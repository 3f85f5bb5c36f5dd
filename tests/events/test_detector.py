"""Which sentences hold events, of which type, with which arguments."""

import datetime as dt

import pytest

import chrono

DCT = dt.date(2026, 3, 12)  # a Thursday


def events(text: str):
    return chrono.extract(text, published=DCT).events


def by_type(text: str) -> list[tuple[str, str]]:
    return sorted((e.type, e.subtype) for e in events(text))


def test_talks_with_round_parties_and_mediator():
    (event,) = events("The third round of talks between Armenia and Azerbaijan, hosted by Qatar, opened on Monday.")
    assert (event.type, event.subtype, event.attributes.round) == ("talks", "negotiation_round", 3)
    roles = {(a.name, a.role) for a in event.actors}
    assert roles == {("Armenia", "participant"), ("Azerbaijan", "participant"), ("Qatar", "host")}
    assert event.date.start == dt.date(2026, 3, 9)


@pytest.mark.parametrize(
    "text",
    [
        "Foreign ministers from Egypt, Qatar and Turkey held a video call on Monday.",
        "Egypt, Qatar, Jordan and Turkey met in Amman on Monday.",
    ],
)
def test_every_party_of_a_list_before_the_trigger_takes_part(text):
    (talks,) = [e for e in events(text) if e.type == "talks"]
    names = {a.name for a in talks.actors if a.role == "participant"}
    assert {"Egypt", "Qatar", "Turkey"} <= names


@pytest.mark.parametrize(
    "text",
    ["Egypt hosted a summit on the crisis on Saturday.", "Qatar will host the next round of talks on Monday."],
)
def test_the_subject_of_host_hosts_and_the_talks_are_in_its_country(text):
    (talks,) = [e for e in events(text) if e.type == "talks"]
    (host,) = [a for a in talks.actors if a.role == "host"]
    assert (talks.location.name, talks.location.kind) == (host.name, "country")


def test_talks_elsewhere_on_the_same_days_are_not_the_hosts_summit():
    text = "The envoy held talks in Amman over the weekend. On Saturday, Egypt hosted a summit on the crisis."
    talks = sorted((e.location.name, e.subtype) for e in events(text) if e.type == "talks")
    assert talks == [("Amman", "negotiation"), ("Egypt", "summit")]


def test_whom_a_leader_meets_is_read_to_the_end_of_a_list():
    text = "The envoy will meet King Abdullah, Egyptian President Abdel Sisi and Qatar's emir on Monday."
    (talks,) = [e for e in events(text) if e.type == "talks"]
    assert {a.name for a in talks.actors} == {"Egypt", "Qatar"}
    # A comma that opens the attribution ends the list.
    met = [a for e in events("Biden met Abbas, Israel said on Monday.") if e.type == "talks" for a in e.actors]
    assert "Israel" not in {a.name for a in met}


def test_a_place_set_off_by_a_comma_before_the_parties_is_no_party():
    (talks,) = [e for e in events("In Cairo, Qatar and Turkey held talks on Monday.") if e.type == "talks"]
    assert {a.name for a in talks.actors} == {"Qatar", "Turkey"}


def test_statement_needs_a_named_speaker():
    def statements(text):
        return [t for t in by_type(text) if t[0] == "statement"]

    assert statements("Witnesses said the shelling lasted an hour.") == []
    assert statements("Officials said the road was closed.") == []
    named = events("Foreign Minister Ana Lopez said on Tuesday that the border would reopen.")
    assert [(e.type, e.actors[0].name, e.actors[0].title) for e in named] == [
        ("statement", "Ana Lopez", "Foreign Minister")
    ]
    assert named[0].date.start == dt.date(2026, 3, 10)


def test_capital_and_demonym_speakers_are_normalised_to_countries():
    (event,) = events("Ankara officials described the meeting as useful.")
    assert event.actors[0].name == "Turkey"
    assert event.actors[0].text == "Ankara officials"


def test_a_countrys_air_force_is_a_speaker():
    (event,) = events("Ukraine's air force said it shot down 45 drones.")
    assert (event.type, event.actors[0].name) == ("statement", "Ukraine")
    assert "air force" in event.actors[0].text


def test_putting_the_death_toll_at_a_figure_is_a_statement():
    (event,) = events("Human Rights Watch put the death toll at 16 on Monday.")
    assert (event.type, event.actors[0].name, event.date.start) == (
        "statement",
        "Human Rights Watch",
        dt.date(2026, 3, 9),
    )


def test_calling_something_a_name_is_a_statement_dated_past_the_name():
    (event,) = events("The Kremlin called the proposal unacceptable on Monday.")
    assert (event.type, event.subtype, event.date.start) == ("statement", "assessment", dt.date(2026, 3, 9))
    (event,) = events("Hamas called it a violation of the truce late Sunday.")
    assert (event.actors[0].name, event.date.start) == ("Hamas", dt.date(2026, 3, 8))


def test_a_pronoun_subject_takes_part_beside_the_side_it_meets():
    text = "Norwegian Prime Minister Ana Lopez urged calm. She will meet U.S. envoy John Reed in Oslo on Monday."
    (talks,) = [e for e in events(text) if e.type == "talks"]
    assert {a.name for a in talks.actors if a.role == "participant"} == {"Norway", "United States"}


def test_a_body_named_by_the_alone_is_the_one_named_with_its_owner_before():
    text = (
        "Ukraine's air force said on Monday that Russia fired 40 missiles. The air force said on Monday that 35 fell."
    )
    (statement,) = [e for e in events(text) if e.type == "statement"]
    assert ([a.name for a in statement.actors], len(statement.sources)) == (["Ukraine"], 2)


def test_organisations_are_recognised_as_speakers():
    (event,) = events("However, the World Health Organization reports that 40 per cent of clinics are shut.")
    assert event.actors[0].name == "World Health Organization"
    assert event.attributes.quantities[0].unit == "percent"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a body the data does not list: a capitalised run with a body's word, demonym and all
        ("The Kurdistan Democratic Front said on Monday it was ready.", "Kurdistan Democratic Front"),
        ("The Palestine Red Crescent Society said two medics died.", "Palestine Red Crescent Society"),
        (
            "The Britain-based Syrian Observatory for Human Rights said 16 people died.",
            "Syrian Observatory for Human Rights",
        ),
        # a body noun after its name, past lowercase words that qualify it
        ("The White Helmets civil defence group said the strike hit a market.", "White Helmets"),
    ],
)
def test_a_body_named_in_capitals_speaks_as_an_organisation_not_a_person(text, name):
    (statement,) = [e for e in events(text) if e.type == "statement"]
    assert [(a.name, a.kind) for a in statement.actors] == [(name, "organisation")]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Human Rights Watch said on Monday that the strikes were unlawful.", "Human Rights Watch", "speaker"),
        (
            "The Syrian Democratic Forces said on Monday they had repelled a raid.",
            "Syrian Democratic Forces",
            "speaker",
        ),
        ("Al-Shabaab claimed responsibility for the bombing in Mogadishu on Monday.", "al-Shabaab", "attacker"),
        ("ISIS claimed responsibility for the attack in Kabul on Monday.", "Islamic State", "attacker"),
    ],
)
def test_armed_groups_and_international_bodies_are_organisations(text, name, role):
    actors = [a for e in events(text) for a in e.actors if a.role == role]
    assert actors and (actors[0].name, actors[0].kind) == (name, "organisation")


def test_pronoun_continues_the_previous_speaker():
    text = "On Monday, President Mara Tell said the deal was near. She said 300 soldiers had been killed."
    (event,) = events(text)
    assert event.actors[0].name == "Mara Tell"
    assert len(event.sources) == 2
    assert event.subtype == "casualty_claim"
    assert event.attributes.quantities[0].value == 300


def test_strike_with_attacker_target_and_location():
    (event,) = events("Russia launched a missile attack on Ukraine overnight, hitting Kharkiv.")
    assert (event.type, event.subtype) == ("strike", "missile_strike")
    assert [(a.name, a.role) for a in event.actors][:2] == [("Russia", "attacker"), ("Ukraine", "target")]


@pytest.mark.parametrize(
    "text",
    [
        "Israeli strikes killed 12 people overnight, medics said, as talks in Cairo entered a third day.",
        "Russian drones hit the port on Tuesday; officials in Moldova condemned the attack.",
        "Russian forces shelled the town on Monday, while envoys from Kenya met in Nairobi.",
    ],
)
def test_a_strikes_target_is_named_in_its_own_clause(text):
    strikes = [e for e in events(text) if e.type == "strike"]
    assert strikes and not [a for a in strikes[0].actors if a.role == "target"]
    assert strikes[0].location is None or strikes[0].location.name not in ("Cairo", "Moldova", "Nairobi")


def test_a_place_before_a_semicolon_is_not_where_the_strike_after_it_fell():
    text = "On Monday, talks resumed in Doha; Russian forces struck the port."
    (strike,) = [e for e in events(text) if e.type == "strike"]
    assert strike.location is None or strike.location.name != "Doha"


def test_a_visit_a_pronoun_makes_is_the_visit_of_the_person_the_story_just_named():
    text = "Indian Prime Minister Narendra Modi arrived in Moscow on Monday. He will visit Vienna on Wednesday."
    (visit,) = [e for e in events(text) if e.type == "talks"]
    assert ([(a.name, a.role) for a in visit.actors], visit.location.name) == ([("India", "participant")], "Vienna")


def test_an_invasion_in_a_when_clause_has_its_subject_and_place_inside_it():
    text = "The minister of Chad, who lived in Paris from 1968, when Libyan troops invaded Niger, spoke."
    (invasion,) = [e for e in events(text) if e.type == "strike"]
    assert invasion.subtype == "ground_assault"
    assert [(a.name, a.role) for a in invasion.actors] == [("Libya", "attacker"), ("Niger", "target")]
    assert invasion.location is None or invasion.location.name != "Paris"


@pytest.mark.parametrize(
    ("text", "attackers"),
    [
        ("Two suspects in the Kenya bombing were handed over on Monday.", []),  # where, not who
        ("U.S. missile attacks hit Sudan on Thursday.", ["United States"]),
        ("Russian strikes hit Kharkiv on Monday.", ["Russia"]),
        ("Iran's drone attacks on Erbil on Monday killed four.", ["Iran"]),
        ("The bombings were plotted by Saudi militant Omar Faris in Nairobi.", []),  # his nationality
    ],
)
def test_a_name_next_to_a_strike_noun_names_the_attacker_only_as_its_forces(text, attackers):
    (strike,) = [e for e in events(text) if e.type == "strike"]
    assert [a.name for a in strike.actors if a.role == "attacker"] == attackers
    assert "Saudi Arabia" not in [a.name for a in strike.actors]


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        ("Kyiv was hit by Russian drones on Monday.", "drone_strike"),
        ("The city was targeted by Iranian missiles overnight.", "missile_strike"),
    ],
)
def test_a_place_hit_or_targeted_by_weapons_is_struck(text, subtype):
    (strike,) = [e for e in events(text) if e.type == "strike"]
    assert strike.subtype == subtype and strike.actors[0].role == "attacker"
    assert by_type("The economy was hit by rising costs.") == []


def test_the_subject_of_a_passive_strike_is_what_was_struck():
    (strike,) = [e for e in events("Odesa was struck by Russian missiles overnight.") if e.type == "strike"]
    assert [(a.name, a.role) for a in strike.actors] == [("Russia", "attacker"), ("Ukraine", "target")]
    assert strike.location.name == "Odesa"
    (strike,) = [e for e in events("Kyiv was hit by Russian drones on Monday.") if e.type == "strike"]
    assert strike.location.name == "Kyiv"


@pytest.mark.parametrize(
    ("text", "subtype", "attacker"),
    [
        ("Chilean warplanes hit rebel positions on Monday.", "air_strike", "Chile"),
        ("Peru's air force had hit rebel camps near the border on Monday.", "air_strike", "Peru"),
        ("Bolivian forces hit a rebel convoy on Monday.", "attack", "Bolivia"),
    ],
)
def test_hit_is_a_strike_when_armed_forces_or_aircraft_hit(text, subtype, attacker):
    (strike,) = [e for e in events(text) if e.type == "strike"]
    assert strike.subtype == subtype
    assert ("attacker", attacker) in {(a.role, a.name) for a in strike.actors}


def test_hit_alone_is_no_strike():
    assert [e for e in events("Rising prices hit Chilean families on Monday.") if e.type == "strike"] == []


def test_every_country_of_a_list_before_the_strike_is_an_attacker():
    (strike,) = [
        e for e in events("U.S. and British warplanes struck Houthi targets in Yemen on Friday.") if e.type == "strike"
    ]
    assert [(a.name, a.role) for a in strike.actors] == [
        ("United States", "attacker"),
        ("United Kingdom", "attacker"),
        ("Houthis", "target"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The rebels say they will keep attacking until the army halts its offensive in Goma.",
        "Israel stopped the strikes on Rafah on Monday.",
    ],
)
def test_an_attack_that_stops_is_not_told_as_one(text):
    assert [t for t in by_type(text) if t[0] != "statement"] == []


def test_an_attack_told_after_after_is_another_attack():
    text = (
        "Russia launched drone attacks on Kyiv on Tuesday after Ukrainian troops mounted a ground incursion into Kursk."
    )
    strikes = sorted(
        (e.subtype, [a.name for a in e.actors if a.role == "attacker"]) for e in events(text) if e.type == "strike"
    )
    assert strikes == [("drone_strike", ["Russia"]), ("ground_assault", ["Ukraine"])]


def test_a_target_listed_after_commas_is_still_the_targets():
    (event,) = [e for e in events("Russia struck Ukraine, hitting Kharkiv and Odesa, on Monday.") if e.type == "strike"]
    assert ("Ukraine", "target") in [(a.name, a.role) for a in event.actors]


def test_strikes_on_power_plants_are_attacks_on_infrastructure():
    strikes = [e for e in events("Drones struck power plants in Aleppo on Tuesday.") if e.type == "strike"]
    assert strikes and strikes[0].subtype == "infrastructure_attack"
    assert strikes[0].location.name == "Aleppo"
    assert strikes[0].location.latitude is not None


def test_words_that_only_look_like_triggers_are_not_events():
    assert by_type("The workers went on a hunger strike.") == []
    assert by_type("The parties hope to strike a deal.") == []
    assert [t for t in by_type("The bombings in Kenya claimed at least 217 lives.") if t[0] == "statement"] == []
    assert by_type("The bank will decide meeting by meeting.") == []
    # a participle after an article describes: "the bombed embassy", "a negotiated end"
    assert by_type("She laid flowers at the bombed embassy in Nairobi on Monday.") == []
    assert [t for t in by_type("Iraq proposed a negotiated end to the crisis in Kuwait.") if t[0] == "talks"] == []
    assert by_type("Diplomats from the United States were present.") == []


@pytest.mark.parametrize(
    "text",
    [
        "There will be no talks before the troops leave, the general said.",
        "The envoys have never met in person.",
        "Russia had not attacked the town on Monday.",
    ],
)
def test_a_negated_happening_is_no_event(text):
    assert [t for t in by_type(text) if t[0] != "statement"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin said on Monday that Moscow was open to talks.",
        "Iran said it was ready for direct talks with the United States.",
        "Russia called for a new round of talks on Monday.",
        "Hopes for a summit faded on Monday.",
    ],
)
def test_talks_wished_for_are_no_event(text):
    assert [t for t in by_type(text) if t[0] == "talks"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin said Russia was ready to send a delegation to Minsk for talks.",
        "Qatar offered to host talks between the two sides.",
        "Qatar offered on Monday to host talks between the two sides.",  # a day before the "to"
    ],
)
def test_talks_someone_is_ready_or_offers_to_hold_are_no_event(text):
    assert [t for t in by_type(text) if t[0] == "talks"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Israel vowed on Wednesday to press ahead with its offensive in Rafah.",
        "Russia threatened to strike government buildings in Kyiv.",
        "The army vows to keep striking rebel positions in the north.",
    ],
)
def test_what_someone_vows_or_threatens_to_do_has_not_happened(text):
    assert [t for t in by_type(text) if t[0] != "statement"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The meeting in Geneva focused on a prisoner exchange.",
        "Envoys from Egypt and Qatar discussed a prisoner exchange on Monday.",
    ],
)
def test_a_happening_named_as_the_topic_of_talks_is_no_event_of_its_own(text):
    assert [t for t in by_type(text) if t[0] == "other"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Talks planned for Monday in Geneva were cancelled.",
        "The summit in Geneva, set for Friday, was called off.",
        "The talks in Geneva were cancelled on Monday.",
        "Talks in Geneva were due to open on Monday but were called off.",  # the same subject after "but"
    ],
)
def test_talks_called_off_are_no_event(text):
    assert [t for t in by_type(text) if t[0] == "talks"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister cancelled a planned visit to Washington on Monday.",
        "Iran rejected direct talks with the United States on Monday.",
    ],
)
def test_talks_undone_by_the_verb_before_them_are_no_event(text):
    assert [t for t in by_type(text) if t[0] == "talks"] == []


def test_blaming_is_a_claim():
    (claim,) = [e for e in events("Moscow blamed Ukrainian shelling on Tuesday.") if e.type == "statement"]
    assert (claim.subtype, claim.actors[0].name) == ("claim", "Russia")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Security Council on Monday demanded an immediate ceasefire in Gaza.", "UN Security Council"),
        ("Russia called for new talks on Monday.", "Russia"),
        ("Juan Ortega, backed by Omar Diaz, demanded his rights on Monday.", "Juan Ortega"),
    ],
)
def test_demands_and_calls_are_appeals_by_the_subject(text, speaker):
    (appeal,) = [e for e in events(text) if e.type == "statement"]
    assert (appeal.subtype, appeal.actors[0].name) == ("appeal", speaker)


def test_a_cancellation_in_another_clause_leaves_the_talks():
    assert by_type("Talks in Geneva began on Monday, and a vote was cancelled.") == [("talks", "negotiation")]


def test_navigation_lines_hold_no_events():
    assert by_type("Also Read: Iran and Oman to hold talks on Monday") == []


def test_demonym_capital_names_the_city():
    (event,) = events("The second round of talks between Iran and Oman was held in the Qatari capital on Tuesday.")
    assert event.location.name == "Doha"
    assert event.location.country == "Qatar"


def test_talks_near_different_times_in_one_sentence_are_different_events():
    text = "Talks between Iran and Oman began in Muscat on Wednesday after an opening ceremony on Tuesday."
    dates = sorted(e.date.start for e in events(text) if e.type == "talks")
    assert dates == [dt.date(2026, 3, 10), dt.date(2026, 3, 11)]


def test_a_plural_trigger_with_listed_dates_gives_one_event_per_date():
    text = "The envoys recalled their meetings on Jan. 6 in Geneva, and Feb. 2 in Doha."
    found = sorted((e.date.start, e.location.name) for e in events(text) if e.type == "talks")
    assert found == [(dt.date(2026, 1, 6), "Geneva"), (dt.date(2026, 2, 2), "Doha")]


def test_clashes_that_broke_out_are_an_armed_clash_and_a_fire_is_no_fighting():
    import datetime as dt

    import chrono

    day = dt.date(2023, 3, 27)
    (clash,) = chrono.extract("Clashes broke out last week in the west of the district.", published=day).events
    assert (clash.type, clash.subtype, clash.date.value, clash.sources[0].trigger) == (
        "strike",
        "clash",
        "2023-W12",
        "Clashes",
    )
    (fighting,) = chrono.extract("Fighting erupted on Friday in the capital.", published=day).events
    assert (fighting.type, fighting.subtype) == ("other", "outbreak")
    assert chrono.extract("A fire broke out on Friday in the market.", published=day).events == []


def test_an_official_named_by_a_possessive_speaks_for_the_previous_speakers_country():
    import datetime as dt

    import chrono

    timeline = chrono.extract(
        "Israeli Prime Minister Dan Cohen said on Monday that the truce would hold. "
        "His defence minister warned that the army would respond.",
        published=dt.date(2026, 3, 12),
    )
    warning = next(e for e in timeline.events if e.subtype == "warning")
    (speaker,) = warning.actors
    assert (speaker.name, speaker.kind, speaker.title, speaker.text) == (
        "Israel",
        "country",
        "defence minister",
        "His defence minister",
    )
    assert warning.title == "Warning by Israel's defence minister"
    lone = chrono.extract("His defence minister warned that the army would respond.", published=dt.date(2026, 3, 12))
    assert lone.events == []  # no one before whose minister it could be


def test_a_speech_verb_in_a_who_clause_is_a_separate_earlier_statement():
    text = (
        "Governor Ana Lopez, who has announced aid of 500 dollars to each of the families, "
        "said most of the damage was caused by the river."
    )
    statements = chrono.extract(text, published=DCT).events
    by_trigger = {e.sources[0].trigger: e for e in statements if e.type == "statement"}
    assert set(by_trigger) == {"announced", "said"}
    assert {e.actors[0].name for e in by_trigger.values()} == {"Ana Lopez"}
    assert by_trigger["announced"].date is None  # a present perfect: some day before
    assert by_trigger["said"].date.start == DCT


def test_a_possessive_title_is_part_of_the_speaker():
    text = "Talks will begin in Luanda on March 18, the Angolan president’s office announced."
    (statement,) = [e for e in chrono.extract(text, published=DCT).events if e.type == "statement"]
    assert statement.actors[0].name == "Angola"


def test_proposing_and_expressing_support_are_speech():
    text = "Foreign Minister Ana Lopez proposed a ceasefire. Iran expressed support for the plan."
    statements = [e for e in chrono.extract(text, published=DCT).events if e.type == "statement"]
    assert sorted(e.sources[0].trigger for e in statements) == ["expressed", "proposed"]


def test_a_speech_verb_after_a_possessive_is_an_adjective():
    text = "Diplomats weighed Iran’s proposed formula for a ceasefire."
    assert [e for e in chrono.extract(text, published=DCT).events if e.type == "statement"] == []


def test_a_saying_clause_is_a_statement_by_the_actor_of_the_act_it_accompanies():
    text = (
        "Rebels shelled the town of Goma on Monday.\n\n"
        "The rebels of the M23 fired two rockets at a border post in Goma, saying it was a warning."
    )
    events = chrono.extract(text, published=DCT).events
    (statement,) = [e for e in events if e.type == "statement"]
    assert statement.sources[0].trigger == "saying"
    strike = next(e for e in events if e.type == "strike" and any(s.trigger == "fired two rockets" for s in e.sources))
    assert statement.actors[0].name == "M23"
    assert statement.date.start == strike.date.start == dt.date(2026, 3, 9)
    assert "accompanies" in statement.date.rationale


def test_a_saying_clause_is_the_person_who_opened_the_sentence_not_the_target():
    text = "Israeli Prime Minister Avi Dor ordered strikes on Gaza on Monday, saying the truce was broken."
    found = chrono.extract(text, published=DCT).events
    (statement,) = [e for e in found if e.type == "statement"]
    assert (statement.actors[0].name, statement.actors[0].kind) == ("Avi Dor", "person")
    (strike,) = [e for e in found if e.type == "strike"]
    assert [(a.name, a.role) for a in strike.actors] == [("Israel", "attacker"), ("Palestine", "target")]


def test_saying_without_an_act_to_accompany_is_no_statement():
    text = "A report saying the talks had failed was denied. Nobody left without saying goodbye."
    assert [e for e in chrono.extract(text, published=DCT).events if e.type == "statement"] == []


def test_a_storm_moving_is_a_dated_disaster_event():
    text = "The weather office said the cyclone had moved north on Sunday into the hills."
    (disaster,) = [e for e in chrono.extract(text, published=DCT).events if e.type == "other"]
    assert disaster.subtype == "disaster"
    assert disaster.date.start == dt.date(2026, 3, 8)


def test_killing_counts_as_a_toll_and_condemning_as_speech():
    text = "Gunmen shelled a camp near the border late on Sunday, killing at least 30 people."
    (strike,) = [e for e in chrono.extract(text, published=DCT).events if e.type == "strike"]
    assert strike.attributes.quantities[0].value == 30
    text = "Foreign Minister Ana Lopez condemned the attack on the camp."
    assert [e.sources[0].trigger for e in chrono.extract(text, published=DCT).events if e.type == "statement"] == [
        "condemned"
    ]


def test_the_one_told_is_not_the_speaker():
    text = "Rebels shelled a camp in Goma on Sunday, killing 30 people, medics told Reuters on Monday."
    assert [e for e in chrono.extract(text, published=DCT).events if e.type == "statement"] == []
    inverted = "The talks will go on, said Foreign Minister Ana Lopez."
    (statement,) = [e for e in chrono.extract(inverted, published=DCT).events if e.type == "statement"]
    assert statement.actors[0].name == "Ana Lopez"


def test_rounds_named_by_different_ordinals_are_different_events():
    text = (
        "The third round of talks between Iran and Oman took place in Muscat on March 7, "
        "a week after the second round in Rome."
    )
    events = chrono.extract(text, published=DCT).events
    talks = sorted((e.attributes.round, e.date.value, e.location.name) for e in events)
    assert talks == [(2, "2026-02-28", "Rome"), (3, "2026-03-07", "Muscat")]


def test_the_next_round_is_planned_and_apart_from_the_one_reported():
    text = (
        "Iran and Oman held a fourth round of talks in Muscat on Sunday. "
        "Foreign Minister Ana Lopez said the next round would be held after consultations."
    )
    talks = [e for e in chrono.extract(text, published=DCT).events if e.type == "talks"]
    assert sorted((e.attributes.round or 0, e.date is None, e.attributes.planned) for e in talks) == [
        (0, True, True),
        (4, False, False),
    ]
    held = "Iran and Oman said the next round was held in Muscat on Sunday."
    (talks,) = [e for e in chrono.extract(held, published=DCT).events if e.type == "talks"]
    assert talks.date.start == dt.date(2026, 3, 8) and not talks.attributes.planned


def test_a_video_call_between_ministers_is_talks():
    text = "Foreign Minister Ana Lopez held a video call with her Iranian counterpart on Monday."
    (talks,) = [e for e in chrono.extract(text, published=DCT).events if e.type == "talks"]
    assert talks.subtype == "call"


def test_bombings_are_strikes_of_their_own_kind():
    (suicide,) = events("A suicide bomber killed 12 people at a market in Mogadishu on Friday.")
    assert (suicide.type, suicide.subtype, suicide.codes.cameo) == ("strike", "suicide_bombing", "1831")
    (car,) = events("A car bomb exploded outside a police station in Kabul on Monday, killing five.")
    assert (car.type, car.subtype, car.codes.acled_event_type) == ("strike", "bombing", "Explosions/Remote violence")
    # a bomb found, seized or defused went off nowhere
    assert events("Police seized a car bomb in Armagh on Sunday.") == []
    assert events("Soldiers defused a roadside bomb near Kandahar on Monday.") == []


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        ("Rebels shelled the town on Tuesday.", "shelling"),
        ("Suspected militants reportedly fired rockets at the airport.", "shelling"),
        ("The village was shelled by rebels overnight.", "shelling"),
        ("Gunmen on Monday attacked a convoy outside the city.", "attack"),
    ],
)
def test_unnamed_armed_men_make_a_strike_without_being_its_actors(text, subtype):
    (strike,) = events(text)
    assert (strike.type, strike.subtype) == ("strike", subtype)
    assert strike.actors == []  # "rebels" names no one: it must not keep two mentions of one attack apart


@pytest.mark.parametrize(
    ("text", "subtype", "day"),
    [
        ("An airstrike hit a hospital in the city on Sunday.", "air_strike", dt.date(2026, 3, 8)),
        ("Drones struck an oil depot near the border on Monday.", "drone_strike", dt.date(2026, 3, 9)),
    ],
)
def test_a_plainly_military_strike_with_its_day_is_an_event_with_no_one_named(text, subtype, day):
    (strike,) = events(text)
    assert (strike.type, strike.subtype, strike.date.start) == ("strike", subtype, day)


@pytest.mark.parametrize(
    "text",
    [
        "Airstrikes are a daily occurrence in the region.",  # no day, no one: a state of things
        "Shelling has continued since Monday.",  # a day it runs from, not the day of one attack
        "The opposition attacked the budget on Tuesday.",  # a bare "attack" needs someone armed
        "An attack on the plan came on Tuesday.",
    ],
)
def test_a_strike_with_no_one_nowhere_and_no_day_of_its_own_is_no_event(text):
    assert [t for t in by_type(text) if t[0] == "strike"] == []


def test_what_strikes_without_being_an_attack():
    assert by_type("An earthquake struck off the coast of Japan on Tuesday.") == [("other", "disaster")]
    assert by_type("An earthquake of magnitude 6.1 struck near Tokyo on Tuesday.") == []
    # an attack beside a storm is still an attack, and one named by its weapon keeps it
    assert ("strike", "drone_strike") in by_type("Russian drones struck Odesa on Tuesday as a storm hit the region.")


def test_protests_crackdowns_captures_and_ceasefires():
    assert by_type("Protests began in the capital on Monday, police said.") == [("other", "protest")]
    assert by_type("Thousands of workers went on strike on Thursday.") == [("other", "protest")]
    assert by_type("Police fired tear gas at demonstrators in Nairobi on Saturday.") == [("other", "crackdown")]
    assert by_type("Rebels seized the town of Bunagana on Wednesday.") == [("other", "capture")]
    assert by_type("The two sides signed a ceasefire agreement in Doha on Saturday.") == [("other", "ceasefire")]
    assert by_type("He protested his innocence on Monday.") == []


def test_a_bombing_is_not_an_air_strike_unless_it_comes_from_the_air():
    assert by_type("The bombing of the embassy in Nairobi on Friday killed 200 people.") == [("strike", "bombing")]
    assert by_type("Warplanes bombed the market in Idlib on Monday.") == [("strike", "air_strike")]
    assert by_type("An aerial bombing of Idlib on Monday killed 12 people.") == [("strike", "air_strike")]
    assert events("Rescuers searched the bombed-out building on Monday.") == []


def test_a_named_speaker_who_condemns_makes_a_criticism():
    (event,) = events("Foreign Minister Ana Lopez on Tuesday condemned the strike on the hospital.")
    assert (event.type, event.subtype, event.codes.cameo) == ("statement", "criticism", "111")
    assert event.date.start == dt.date(2026, 3, 10)
    assert [t for t in by_type("Many people condemned the decision.") if t[0] == "statement"] == []


def test_a_named_speaker_who_welcomes_or_hails_makes_a_praise():
    (event,) = events("The foreign ministry of Qatar on Monday welcomed the agreement between the two sides.")
    assert (event.type, event.subtype, event.codes.cameo) == ("statement", "praise", "051")
    assert event.date.start == dt.date(2026, 3, 9)
    assert [t for t in by_type("Residents hailed a taxi.") if t[0] == "statement"] == []


def test_fighting_that_continued_or_raged_is_a_clash():
    (event,) = events("Fighting raged in Khartoum on Tuesday, residents said.")
    assert (event.type, event.subtype) == ("strike", "clash")
    assert (event.date.start, event.location.name) == (dt.date(2026, 3, 10), "Khartoum")
    assert by_type("Heavy fighting continued in Omdurman on Wednesday.") == [("strike", "clash")]
    assert events("The party is fighting for its survival.") == []


def test_a_which_clause_between_a_country_and_its_speech_verb_keeps_the_country_the_speaker():
    (event,) = events("Qatar, which brokered the truce, urged both sides to return to the table.")
    assert (event.subtype, event.actors[0].name) == ("appeal", "Qatar")
    # "which" about a noun inside the subject leaves the subject unnamed: no statement.
    text = "Tour operators who work in Kenya and Tanzania, which have fine parks, said bookings fell."
    assert [t for t in by_type(text) if t[0] == "statement"] == []


def test_a_coast_guard_or_border_guard_speaks_for_its_country():
    (event,) = events("China's coast guard said it had expelled the ship.")
    assert (event.type, event.actors[0].name) == ("statement", "China")


def test_a_mediator_written_before_the_talks_is_their_mediator():
    text = (
        "Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti held EU-mediated talks in Brussels."
    )
    (event,) = events(text)
    roles = sorted((a.name, a.role) for a in event.actors)
    assert roles == [("European Union", "mediator"), ("Kosovo", "participant"), ("Serbia", "participant")]


def test_the_leader_of_a_side_takes_part_and_a_backer_does_not():
    (led,) = events("A U.S.-led delegation met Iranian officials in Oman on Monday.")
    assert sorted((a.name, a.role) for a in led.actors) == [("Iran", "participant"), ("United States", "participant")]
    (talks,) = events("U.S.-led talks between Israel and Lebanon opened on Monday.")
    assert ("United States", "mediator") in {(a.name, a.role) for a in talks.actors}
    backed = events("The Rwanda-backed group and Congo agreed to a ceasefire on Monday.")
    assert all(a.name != "Rwanda" for e in backed for a in e.actors)


def test_a_mediator_written_before_the_talks_after_their_round_is_their_mediator():
    (event,) = events("Russia and Ukraine held a second round of Qatar-brokered talks in Doha on Monday.")
    assert ("Qatar", "mediator") in {(a.name, a.role) for a in event.actors}
    (hosted,) = events("Russia and Ukraine held a second round of Turkish-hosted talks in Istanbul on Monday.")
    assert ("Turkey", "host") in {(a.name, a.role) for a in hosted.actors}


def test_who_sponsored_the_talks_mediated_them():
    (event,) = events("Peace talks in Jeddah, sponsored by Saudi Arabia and the United States, collapsed in May.")
    assert sorted((a.name, a.role) for a in event.actors) == [
        ("Saudi Arabia", "mediator"),
        ("United States", "mediator"),
    ]


def test_a_shootout_or_gunfight_is_a_clash():
    assert by_type("A shootout in Pristina on Sunday left two gunmen dead.") == [("strike", "clash")]


def test_the_state_department_is_one_speaker():
    (event,) = events("The incident was regrettable, the State Department said in a statement.")
    assert (event.actors[0].name, event.actors[0].kind) == ("State Department", "organisation")


def test_whom_a_leader_met_is_a_party_to_the_meeting():
    (event,) = events("Dupont will meet Turkish President Tayyip Erdogan in Sochi on Friday.")
    assert (event.subtype, [a.name for a in event.actors]) == ("meeting", ["Turkey"])
    (event,) = events("Putin will meet Turkish President Tayyip Erdogan in Sochi on Friday.")  # a known figure
    assert sorted(a.name for a in event.actors) == ["Russia", "Turkey"]
    (event,) = events("U.S. envoy Steve Witkoff met Egyptian President Abdel Fattah el-Sisi in Cairo on Tuesday.")
    assert sorted(a.name for a in event.actors) == ["Egypt", "United States"]


def test_victims_or_suspects_of_an_attack_name_it_without_reporting_it():
    assert by_type("The minister met bombing victims at a hospital in Nairobi on Tuesday.") == [("talks", "meeting")]
    assert events("Police questioned two attack suspects in Kabul on Monday.") == []


def test_people_killed_in_fighting_make_a_clash():
    (event,) = events("At least 17 people were killed in fighting near Goma on Friday, a local group said.")
    assert (event.type, event.subtype, event.date.start) == ("strike", "clash", dt.date(2026, 3, 6))


def test_talks_a_meeting_is_about_are_its_topic_not_the_event():
    text = "On Monday the envoy met his Omani counterpart in Muscat to discuss a resumption of talks with Washington."
    assert by_type(text) == [("talks", "meeting")]
    # talks that happened keep their own subtype
    assert by_type("The envoys met in Muscat on Monday and held talks for six hours.") == [("talks", "negotiation")]


def test_visits_planned_or_under_way():
    (planned,) = events("Kenyan envoy Uhuru Kenyatta is due to visit Kinshasa on Monday.")
    assert (planned.type, planned.subtype, planned.attributes.planned) == ("talks", "visit", True)
    assert planned.date.start == dt.date(2026, 3, 16)
    assert by_type("The French president paid a visit to Kyiv on Tuesday.") == [("talks", "visit")]
    assert by_type("He wanted to visit his family.") == []


@pytest.mark.parametrize(
    "text",
    [
        "French President Emmanuel Macron said on Monday that he would visit Beijing next week.",
        "Kenyan envoy Uhuru Kenyatta is expected to visit Kyiv.",
        "Macron will visit Beijing.",
    ],
)
def test_a_visit_someone_would_make_or_is_expected_to_make_is_planned(text):
    (visit,) = [e for e in events(text) if e.type == "talks"]
    assert (visit.subtype, visit.attributes.planned) == ("visit", True)
    assert visit.date is None or visit.date.start > DCT


def test_a_counterpart_named_by_its_country_is_a_party():
    (event,) = events(
        "On Monday the Iranian minister met his Omani counterpart in Muscat to discuss talks with Washington."
    )
    assert {(a.name, a.role) for a in event.actors} == {("Iran", "participant"), ("Oman", "participant")}
    (call,) = events("The French president spoke by phone with his Ukrainian counterpart on Friday.")
    assert {a.name for a in call.actors} == {"France", "Ukraine"}


def test_the_previous_round_is_an_earlier_event_not_a_reference_back():
    text = (
        "The fourth round of talks ended in Geneva on Wednesday. "
        "The previous round, held in Washington in mid-January, ended with a joint statement."
    )
    found = {(e.attributes.round, e.date.value, e.location.name) for e in events(text)}
    assert found == {(4, "2026-03-11", "Geneva"), (None, "2026-01", "Washington")}


def test_a_toll_told_before_its_speaker_is_a_casualty_claim():
    (claim,) = events("At least four people were killed in Kharkiv, governor Oleh Syniehubov said on Tuesday.")
    assert (claim.type, claim.subtype) == ("statement", "casualty_claim")
    # money lost is no toll
    (money,) = events("Junk funds lost 15% in two months, analyst Ana Ruiz says.")
    assert money.subtype == "statement"
    # nor are weapons counted beside a killing the sentence recalls
    text = "Iran fired 180 missiles at Israel, the army said, in retaliation for the killing of a commander."
    (said,) = [e for e in events(text) if e.type == "statement"]
    assert said.subtype == "statement"


def test_the_general_staff_is_an_organisation_of_its_country():
    (event,) = [
        e for e in events("Ukraine's General Staff said on Tuesday that a refinery was hit.") if e.type == "statement"
    ]
    (speaker,) = event.actors
    assert (speaker.name, speaker.kind, speaker.country) == ("General Staff", "organisation", "Ukraine")


def test_a_ceasefire_that_collapses_or_is_violated_is_a_breach():
    (breach,) = events("The ceasefire collapsed on Sunday as fighting resumed near Goma.")
    assert (breach.type, breach.subtype, breach.date.start) == ("other", "ceasefire_breach", dt.date(2026, 3, 8))
    assert ("other", "ceasefire_breach") in by_type("Russia violated the ceasefire on Monday, Kyiv said.")


def test_a_weapon_launched_at_someone_is_a_strike_of_the_weapons_kind():
    (drones,) = events("Russia launched a wave of more than 1,000 drones at Kyiv on Tuesday.")
    assert (drones.subtype, drones.sources[0].trigger) == ("drone_strike", "launched a wave of more than 1,000 drones")
    assert drones.date.start == dt.date(2026, 3, 10)
    assert [a.name for a in drones.actors if a.role == "attacker"] == ["Russia"]
    (rockets,) = events("Hezbollah fired 30 rockets into northern Israel on Monday.")
    assert (rockets.subtype, rockets.sources[0].trigger) == ("shelling", "fired 30 rockets")
    (missile,) = events("Houthi rebels fired a ballistic missile at a tanker in the Red Sea on Friday.")
    assert (missile.subtype, missile.sources[0].trigger) == ("missile_strike", "fired a ballistic missile")


def test_a_weapon_launched_by_someone_is_a_strike_too():
    (strike,) = events("Air defences downed 40 of the 52 drones launched by Russia on Sunday.")
    assert (strike.subtype, strike.sources[0].trigger) == ("drone_strike", "drones launched")
    assert strike.date.start == dt.date(2026, 3, 8)
    (strike,) = events("Rockets were fired from Gaza at Ashkelon on Wednesday.")
    assert (strike.subtype, strike.sources[0].trigger) == ("shelling", "Rockets were fired")


def test_launching_a_product_or_firing_a_coach_is_no_strike():
    assert by_type("The startup launched a drone delivery service in Nairobi on Monday.") == []
    assert by_type("The club fired its coach on Monday after a string of defeats.") == []
    assert by_type("The ministry launched an inquiry; missiles were not mentioned in Kyiv.") == []


def test_a_launch_of_strikes_named_as_such_keeps_the_strike_trigger():
    (strike,) = events("U.S. forces launched cruise missile strikes on camps in Afghanistan on Thursday.")
    assert (strike.subtype, strike.sources[0].trigger) == ("missile_strike", "missile strikes")


def test_prisoners_exchanged_counted_or_in_the_passive_are_a_prisoner_exchange():
    (swap,) = events("Ukraine and Russia exchanged 175 prisoners of war on Wednesday.")
    assert (swap.type, swap.subtype, swap.sources[0].trigger) == (
        "other",
        "prisoner_exchange",
        "exchanged 175 prisoners of war",
    )
    assert swap.date.start == dt.date(2026, 3, 11)
    (swap,) = events("Some 390 prisoners were exchanged on Friday under a deal brokered by the UAE.")
    assert (swap.subtype, swap.date.start) == ("prisoner_exchange", dt.date(2026, 3, 6))
    assert by_type("The two sides traded accusations over the fate of the prisoners on Monday.") == []


def test_agreed_with_a_time_before_what_was_agreed_is_an_agreement_on_that_day():
    (agreement,) = events("Israel and Hamas agreed on Monday to extend their truce in Gaza by two days.")
    assert (agreement.subtype, agreement.sources[0].trigger) == ("agreement", "agreed on Monday to")
    assert agreement.date.start == dt.date(2026, 3, 9)
    assert by_type("Both sides might agree to a pause in Gaza.") == []


def test_sanctions_approved_as_a_package_and_people_who_protested():
    (sanctions,) = events("European Union ministers approved a new package of sanctions against Iran on Monday.")
    assert (sanctions.subtype, sanctions.date.start) == ("sanctions", dt.date(2026, 3, 9))
    assert by_type("The United States extended sanctions relief for Iraq on Friday.") == []
    (protest,) = events("Thousands of people protested in Tehran on Sunday against rising prices.")
    assert (protest.subtype, protest.date.start) == ("protest", dt.date(2026, 3, 8))


def test_talks_told_in_an_after_clause_are_another_happening_than_the_talks_before_it():
    text = "The army and the RSF resumed talks in Jeddah on Wednesday, four months after the last round collapsed."
    # before, "the last round" was the trigger and "resumed talks" went unreported
    (resumed,) = [e for e in events(text) if e.type == "talks"]
    assert resumed.sources[0].trigger == "talks"
    assert (resumed.date.start, resumed.sources[0].time_text) == (dt.date(2026, 3, 11), "Wednesday")


def test_a_town_or_base_seized_or_overrun_is_a_capture_and_a_bus_taken_is_not():
    (capture,) = events("Russian forces overran the eastern village of Bohatyr on Sunday.")
    assert (capture.subtype, capture.date.start) == ("capture", dt.date(2026, 3, 8))
    (capture,) = events("The town was seized by rebels on Monday.")
    assert capture.subtype == "capture"
    assert by_type("He took the bus to the city on Monday.") == []
    assert by_type("Police seized two tonnes of cocaine at the port of Antwerp on Friday.") == []


def test_a_surname_alone_is_the_person_the_story_named_in_full():
    text = "Foreign Secretary Vikram Misri said the truce held. Misri told a news briefing that talks would go on."
    speakers = {a.name for e in events(text) if e.type == "statement" for a in e.actors if a.role == "speaker"}
    assert speakers == {"Vikram Misri"}


def test_a_surname_two_people_share_names_neither():
    text = "Anna Berg said the deal held. Tom Berg said it did not. The deal is over, Berg told reporters."
    speakers = {a.name for e in events(text) if e.type == "statement" for a in e.actors if a.role == "speaker"}
    assert "Berg" in speakers


def test_hosting_a_leader_is_a_meeting_with_the_guest_as_a_party():
    (event,) = events("U.S. President Joe Biden hosted Ukrainian President Volodymyr Zelenskyy on Thursday.")
    assert (event.type, event.subtype) == ("talks", "meeting")
    assert {a.name for a in event.actors} == {"United States", "Ukraine"}


def test_summoning_an_ambassador_is_a_summons_not_a_meeting():
    (event,) = events("Iran summoned the British ambassador on Saturday over remarks by a minister.")
    assert (event.type, event.subtype) == ("other", "summons")
    assert event.codes is not None and event.codes.cameo == "110"
    assert {a.name for a in event.actors} == {"Iran", "United Kingdom"}


def test_a_visit_takes_the_city_it_goes_to_as_its_place():
    (event,) = [e for e in events("Chinese President Xi Jinping will visit Moscow next week.") if e.type == "talks"]
    assert event.subtype == "visit"
    assert event.location is not None and event.location.name == "Moscow"


def test_countries_named_as_mediators_are_mediators_not_parties():
    (event,) = events("Qatari and Egyptian mediators are expected to host a new round in Doha next week.")
    assert {(a.name, a.role) for a in event.actors} == {("Qatar", "mediator"), ("Egypt", "mediator")}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Saudi Crown Prince Mohammed bin Salman said on Monday that talks had begun.", "Mohammed bin Salman"),
        ("Commission President Ursula von der Leyen said on Monday that the bloc would act.", "Ursula von der Leyen"),
        ('"No one can block it," said Philippe de Cholet, an analyst, on Monday.', "Philippe de Cholet"),
    ],
)
def test_a_name_keeps_its_lower_case_particles(text, name):
    (statement,) = [e for e in events(text) if e.type == "statement"]
    assert statement.actors[0].name == name


@pytest.mark.parametrize(
    "text",
    [
        "The newspaper, quoting secret reports, said Syria had agreed to talks.",
        "The paper, citing two sources, said Iran would attend the talks.",
    ],
)
def test_a_name_after_said_that_a_verb_follows_is_what_was_said_not_who_said_it(text):
    assert all(a.name not in ("Syria", "Iran") for e in events(text) if e.type == "statement" for a in e.actors)


def test_a_surname_with_particles_alone_is_the_person_named_in_full():
    text = "Ursula von der Leyen said on Monday that the bloc would act. Von der Leyen said on Tuesday it had."
    names = {a.name for e in events(text) if e.type == "statement" for a in e.actors}
    assert names == {"Ursula von der Leyen"}


def test_a_surname_opening_a_sentence_speaks_for_the_person_named_in_full_before():
    text = "French President Emmanuel Macron said on Monday the war must end. Macron urged a ceasefire on Tuesday."
    speakers = [(e.date.value, a.name) for e in events(text) if e.type == "statement" for a in e.actors]
    assert speakers == [("2026-03-09", "Emmanuel Macron"), ("2026-03-10", "Emmanuel Macron")]
    # with no one of that name before, a capitalised first word names no one (unless a known figure)
    assert events("Dupont urged a ceasefire on Tuesday.") == []


def test_titles_of_law_officers_are_not_part_of_the_name():
    (event,) = events("Deputy Attorney General Eric Holder said on Monday the matter was under review.")
    assert [a.name for a in event.actors] == ["Eric Holder"]


def test_a_habit_is_no_event_but_one_meeting_of_a_series_is():
    assert events("The negotiators meet twice a week with Egyptian officials.") == []
    assert events("Every Monday, the envoys meet in Geneva.") == []
    assert by_type("Russia shells Kharkiv daily.") == []
    assert by_type("The weekly cabinet meeting on Sunday approved the plan.") == [("talks", "meeting")]
    assert by_type("The truce was rattled by near daily Israeli strikes on Hezbollah.") == [("strike", "attack")]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Russian forces shelled Kharkiv daily in January.", ("strike", "shelling"), "2026-01"),
        ("Israel struck Gaza every day last week.", ("strike", "attack"), "2026-W10"),
        ("Envoys from Egypt and Qatar met twice a week in February.", ("talks", "meeting"), "2026-02"),
    ],
)
def test_a_habit_held_within_a_period_is_a_series_of_that_period(text, kind, value):
    (series,) = events(text)
    assert ((series.type, series.subtype), series.date.value) == (kind, value)


def test_a_habit_run_from_a_day_is_still_a_habit():
    assert events("The negotiators from Egypt and Qatar have met weekly since January.") == []
    # a day in another clause does not hold it
    assert [t for t in by_type("Russia shells Kharkiv daily, officials said on Tuesday.") if t[0] == "strike"] == []


def test_a_participle_aside_between_speaker_and_verb_is_skipped_and_dates_the_speech():
    text = "Ukrainian President Volodymyr Zelenskyy, speaking on Wednesday evening, said Russia had attacked."
    statement = next(e for e in events(text) if e.type == "statement")
    assert [a.name for a in statement.actors] == ["Volodymyr Zelenskyy"]
    assert statement.date.value == "2026-03-11TEV"


def test_a_pronoun_can_refer_to_the_person_who_opens_the_sentence_before():
    text = "Foreign Minister Ana Lopez flew to Oslo on Tuesday. She said the deal was near."
    assert [(e.type, e.actors[0].name) for e in events(text) if e.type == "statement"] == [("statement", "Ana Lopez")]


def test_the_subject_just_before_is_nearer_than_a_speaker_further_back():
    text = (
        "President Mara Tell said on Monday that talks would resume. "
        "Foreign Minister Ana Lopez flew to Oslo on Tuesday. She said the deal was near."
    )
    assert sorted(e.actors[0].name for e in events(text) if e.type == "statement") == ["Ana Lopez", "Mara Tell"]


@pytest.mark.parametrize(
    "opening",
    [
        "Ana Lopez and Mara Tell flew to Oslo on Tuesday.",  # two people: "she" says neither
        "Ana Lopez's plane landed in Oslo on Tuesday.",  # a possessive, not the subject
        "The delegation flew to Oslo on Tuesday.",  # no person
    ],
)
def test_a_pronoun_without_one_clear_person_before_makes_no_statement(opening):
    assert [e for e in events(f"{opening} She said the deal was near.") if e.type == "statement"] == []


def test_a_connective_before_the_name_is_not_part_of_it():
    text = "But Foreign Minister Ana Lopez flew to Oslo on Tuesday. She said the deal was near."
    assert [e.actors[0].name for e in events(text) if e.type == "statement"] == ["Ana Lopez"]


def test_a_pronoun_skips_a_speaker_whose_honorific_or_title_says_otherwise():
    text = (
        "Mr. Okafor said on Monday that the vote was near. Spokeswoman Ana Lopez said he was wrong. "
        "He said 30 people were killed."
    )
    claims = [e for e in events(text) if e.subtype == "casualty_claim"]
    assert [(e.actors[0].name, len(e.sources)) for e in claims] == [("Okafor", 2)]


def test_a_pronoun_with_no_speaker_it_can_refer_to_makes_no_statement():
    assert [e.actors[0].name for e in events("Mr. Okafor said on Monday that the vote was near. She said no.")] == [
        "Okafor"
    ]


def test_the_speaker_of_strikes_already_told_is_not_their_attacker():
    text = "On Tuesday, Egyptian Foreign Minister Ana Lopez said the strikes broke the truce."
    assert [e for e in events(text) if e.type == "strike" and e.actors and e.actors[0].name == "Egypt"] == []
    # A strike the speaker announces is the speaker's.
    (strike,) = [
        e for e in events("Egypt said it would strike Libya unless the rebels withdrew.") if e.type == "strike"
    ]
    assert [(a.name, a.role) for a in strike.actors] == [("Egypt", "attacker"), ("Libya", "target")]


def test_talks_under_a_condition_refer_back_to_the_talks_told():
    text = (
        "Chile and Bolivia held talks in Lima on Monday. "
        "Chile's foreign minister said on Tuesday that if the talks failed, trade would suffer."
    )
    (talks,) = [e for e in events(text) if e.type == "talks"]
    assert talks.date.value == "2026-03-09"
    assert len(talks.sources) == 2


@pytest.mark.parametrize(
    ("text", "mediators"),
    [
        ("Talks between Chile and Bolivia mediated by Peru and Brazil opened in Lima on Monday.", {"Peru", "Brazil"}),
        (
            "Talks between Chile and Bolivia, mediated by Peru, Brazil and Ecuador, opened on Monday.",
            {"Peru", "Brazil", "Ecuador"},
        ),
        # the second country is in another phrase, not a second go-between
        (
            "Talks between Chile and Bolivia brokered by Peru aimed at ending the feud over Bolivia opened on Monday.",
            {"Peru"},
        ),
    ],
)
def test_go_betweens_after_mediated_by_are_the_ones_listed_together(text, mediators):
    (talks,) = [e for e in events(text) if e.type == "talks"]
    assert {a.name for a in talks.actors if a.role == "mediator"} == mediators
    assert {a.name for a in talks.actors if a.role == "participant"} == {"Chile", "Bolivia"}


def test_a_name_after_a_go_between_and_a_comma_is_no_go_between_without_an_and():
    (talks,) = [
        e
        for e in events("Talks between Chile and Bolivia mediated by Peru, Ecuador said, resumed on Monday.")
        if e.type == "talks"
    ]
    assert {a.name for a in talks.actors if a.role == "mediator"} == {"Peru"}


def test_once_an_exchange_is_told_the_last_or_next_exchange_is_another():
    text = (
        "Chile and Bolivia exchanged 40 prisoners on Tuesday. "
        "The last exchange, on March 2, freed 12 soldiers. A new swap is planned, officials said."
    )
    swaps = {
        (e.date.value if e.date else None, e.attributes.planned)
        for e in events(text)
        if e.subtype == "prisoner_exchange"
    }
    assert swaps == {("2026-03-02", False), ("2026-03-10", False), (None, True)}
    assert by_type("The last exchange between the two leaders was tense.") == []  # no swap told before
    text = "Chile and Bolivia exchanged 40 prisoners on Tuesday. The last exchange between them, on March 2, freed 12."
    assert len([e for e in events(text) if e.subtype == "prisoner_exchange"]) == 2


def test_an_abbreviation_between_a_verb_and_its_object_breaks_nothing():
    (meeting,) = events("The king will host U.S. envoy Mark Reed in Lima on Friday.")
    assert (meeting.type, meeting.subtype, meeting.attributes.planned) == ("talks", "meeting", True)


@pytest.mark.parametrize(
    ("text", "speaker", "date"),
    [
        ("Hamas rejected the proposal on Monday.", "Hamas", "2026-03-09"),
        ("The rebels' leader, Ana Lopez, turned down the offer on Monday.", "Ana Lopez", "2026-03-09"),
    ],
)
def test_rejecting_is_a_statement_dated_past_its_object(text, speaker, date):
    (statement,) = [e for e in events(text) if e.type == "statement"]
    assert (statement.subtype, statement.actors[0].name, statement.date.value) == ("rejection", speaker, date)
    assert statement.codes.cameo == "120"


def test_rejected_claims_is_a_denial():
    (statement,) = [e for e in events("Hamas rejected claims that it had broken the truce.") if e.type == "statement"]
    assert statement.subtype == "denial"


def test_a_go_between_of_an_agreement_stays_a_go_between():
    text = "Chile and Bolivia agreed on Monday to reopen the border after talks mediated by Peru."
    (agreement,) = [e for e in events(text) if e.subtype == "agreement"]
    assert ("Peru", "mediator") in {(a.name, a.role) for a in agreement.actors}
    assert agreement.title == "Agreement: Bolivia, Chile"


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        ("Serbia and Kosovo signed a declaration of principles in Brussels on Monday.", "agreement"),
        ("The two governments inked a landmark trade pact on Monday.", "agreement"),
        ("Both armies signed a truce on Monday.", "ceasefire"),
        ("The accord signed by Serbia and Kosovo on Monday opens the border.", "agreement"),
    ],
)
def test_signing_or_reaching_any_kind_of_agreement_is_one(text, subtype):
    assert ("other", subtype) in by_type(text)


@pytest.mark.parametrize(
    "text",
    [
        "The company reached no agreement with its lenders on Monday.",
        "As of Monday, the mayor had not signed an accord with the unions.",
        "Serbia signed a declaration of support for the athletes on Monday.",
    ],
)
def test_an_agreement_denied_or_a_declaration_of_support_is_none(text):
    assert ("other", "agreement") not in by_type(text)


def test_the_host_of_the_talks_behind_an_agreement_is_its_host_not_a_party():
    text = "Serbia and Kosovo signed a peace deal in Doha on Saturday after months of talks hosted by Qatar."
    (agreement,) = [e for e in events(text) if e.subtype == "agreement"]
    assert ("Qatar", "host") in {(a.name, a.role) for a in agreement.actors}
    assert agreement.title == "Agreement: Kosovo, Serbia"


@pytest.mark.parametrize(
    "text",
    [
        "The army chiefs of Peru and Chile spoke over their hotline on Monday.",
        "The defence ministers of Peru and Chile spoke on the phone on Monday.",
    ],
)
def test_speaking_over_a_hotline_or_the_phone_is_a_call(text):
    (call,) = [e for e in events(text) if e.type == "talks"]
    assert call.subtype == "call"
    assert {a.name for a in call.actors} == {"Chile", "Peru"}


def test_who_says_that_others_will_meet_is_no_party_to_their_talks():
    (meeting,) = [
        e
        for e in events("The Kremlin said on Monday that Russian and Chinese leaders would meet.")
        if e.type == "talks"
    ]
    assert {a.name for a in meeting.actors} == {"China", "Russia"}


def test_who_says_they_did_an_act_did_it():
    (arrest,) = [e for e in events("Kenyan police said on Tuesday they had arrested 14 men.") if e.subtype == "arrest"]
    assert {a.name for a in arrest.actors} == {"Kenya"}


def test_talks_named_in_a_time_phrase_take_no_party_from_the_clause_around_them():
    text = "The French minister praised both sides on Monday ahead of the meeting."
    (meeting,) = [e for e in events(text) if e.type == "talks"]
    assert meeting.actors == []


def test_a_person_fired_from_a_job_is_no_attack():
    assert by_type("The Kenyan minister said he was fired on Monday.") == [("statement", "statement")]
    assert all(kind != "strike" for kind, _ in by_type("Kenya's ruling party would object if he were fired on Monday."))
    assert by_type("Rockets were fired at the town on Monday.") == [("strike", "shelling")]


def test_a_trigger_behind_pre_or_anti_names_no_happening():
    assert events("The commander sent a pre-attack message to troops in Kyiv on Monday.") == []


def test_forces_pounding_a_town_shell_it_but_rain_pounding_it_does_not():
    assert by_type("Rebels pounded the town with rockets on Monday.") == [("strike", "shelling")]
    assert events("Heavy rain pounded the city on Monday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "EU ministers failed on Monday to agree on new sanctions.",
        "Ministers declined to hold a summit on Monday.",
        "Serbia refused to join the talks in Geneva on Monday.",
    ],
)
def test_what_someone_failed_or_refused_to_do_did_not_happen(text):
    assert [e for e in events(text) if e.type != "statement"] == []


def test_talks_told_beyond_what_was_refused_were_held():
    text = "The family refused to sign the deal through two days of negotiations on Monday."
    assert ("talks", "negotiation") in by_type(text)


def test_the_meeting_a_statement_follows_is_an_event_where_it_names_its_place():
    text = "Ministers could not agree on Monday. Kallas told reporters after the meeting in Brussels."
    (meeting,) = [e for e in events(text) if e.type == "talks"]
    assert meeting.location.name == "Brussels"


def test_who_agreed_during_talks_took_part_in_them():
    text = "Peru and Chile agreed to a truce during talks hosted by Ecuador in Quito on Monday."
    (talks,) = [e for e in events(text) if e.type == "talks"]
    assert {(a.name, a.role) for a in talks.actors} == {
        ("Peru", "participant"),
        ("Chile", "participant"),
        ("Ecuador", "host"),
    }


def test_who_shuttles_between_the_delegations_mediates():
    text = (
        "Peru and Chile held indirect talks in Quito on Monday, with Ecuador's foreign minister shuttling between them."
    )
    (talks,) = [e for e in events(text) if e.type == "talks"]
    assert ("Ecuador", "mediator") in {(a.name, a.role) for a in talks.actors}


def test_the_two_sides_are_the_two_countries_the_story_just_told_of():
    text = "Peru and Chile exchanged fire on Monday. Both sides agreed on Tuesday to pull back troops."
    (agreement,) = [e for e in events(text) if e.subtype == "agreement"]
    assert agreement.title == "Agreement: Chile, Peru"
    text = "Peru shelled Chilean posts on Monday. The foreign ministers of the two countries last met in 2015."
    (meeting,) = [e for e in events(text) if e.type == "talks"]
    assert {a.name for a in meeting.actors} == {"Chile", "Peru"}


def test_the_two_sides_after_three_named_are_not_guessed():
    text = "Peru, Chile and Bolivia held talks in Lima on Monday. Both sides agreed on Tuesday to meet again."
    (agreement,) = [e for e in events(text) if e.subtype == "agreement"]
    assert agreement.actors == []


def test_both_sides_speaking_are_the_two_countries_just_told_of():
    text = "Peru and Chile held talks in Quito on Monday. Participants from both sides described the talks as useful."
    (statement,) = [e for e in events(text) if e.type == "statement"]
    assert {(a.name, a.role) for a in statement.actors} == {("Chile", "speaker"), ("Peru", "speaker")}


def test_speaking_with_someone_by_phone_is_a_call_with_them():
    (call,) = events("Ruto spoke with Kagame by phone on Monday.")
    assert (call.subtype, {a.name for a in call.actors}) == ("call", {"Kenya", "Rwanda"})
    (call,) = events("Ruto spoke on the phone with Kagame on Monday.")
    assert {a.name for a in call.actors} == {"Kenya", "Rwanda"}


def test_capitals_joined_as_subjects_stand_for_their_governments():
    (swap,) = events("Kyiv and Moscow swapped 84 prisoners each on Thursday.")
    assert {a.name for a in swap.actors} == {"Russia", "Ukraine"}
    (talks,) = events("The Doha talks resumed on Monday.")
    assert talks.actors == []  # a capital naming the talks is no side


def test_who_is_set_to_visit_will_visit():
    (visit,) = events("Erdogan is set to visit Baghdad next month.")
    assert (visit.subtype, visit.attributes.planned, visit.location.name) == ("visit", True, "Baghdad")


def test_talks_in_two_joined_clauses_are_two_events_each_with_its_time():
    text = "Talks between Peru and Chile collapsed last month, and a new round is expected in early April."
    talks = sorted((e.date.value, e.attributes.planned) for e in events(text) if e.type == "talks")
    assert talks == [("2026-02", False), ("2026-04", True)]
