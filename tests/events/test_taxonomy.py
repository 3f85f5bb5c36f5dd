"""The taxonomy is data; every subtype the detector can produce is in it, with its codes."""

import datetime as dt
import json
from importlib import resources

import chrono
from chrono.events.taxonomy import codes, label, taxonomy
from chrono.models import Document


def test_every_trigger_subtype_is_in_the_taxonomy():
    triggers = json.loads(resources.files("chrono.events.lexicons").joinpath("triggers.json").read_text("utf-8"))
    produced = {(t, s) for t in ("talks", "strike", "statement", "other") for s in triggers[t]}
    produced |= {("talks", "negotiation_round"), ("strike", "infrastructure_attack"), ("statement", "casualty_claim")}
    missing = {pair for pair in produced if pair[1] not in taxonomy()[pair[0]]}
    assert missing == set()


def test_codes_follow_cameo_and_acled():
    assert codes("talks", "negotiation_round").cameo == "046"
    air = codes("strike", "air_strike")
    assert (air.acled_event_type, air.acled_sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")
    assert codes("statement", "statement").acled_event_type is None  # ACLED does not code statements
    assert label("strike", "clash") == "Armed clash"


def test_events_carry_codes_and_count_their_documents():
    published = dt.date(2026, 3, 12)
    a = Document(id="a", text="Russia launched a missile attack on Ukraine on Tuesday.", published=published)
    b = Document(id="b", text="Russia fired missiles at Ukraine on Tuesday night.", published=published)
    (strike,) = [e for e in chrono.extract([a, b]).events if e.type == "strike"]
    assert strike.codes.cameo == "195"
    assert strike.source_count == 2
