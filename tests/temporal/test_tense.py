import pytest

from chrono.temporal.tense import detect_tense, firm_future, firm_past, is_past_verb, past_verb_before
from chrono.text import segment


def tense_of(text: str, expression: str):
    sentence = segment(text)[0]
    start = text.index(expression)
    return detect_tense(text, sentence, start, start + len(expression))


def test_past_verbs_and_ed_forms_mark_the_past():
    assert tense_of("The talks ended on Monday.", "Monday") == "past"
    assert tense_of("She said on Monday that it was over.", "Monday") == "past"


def test_will_and_scheduled_mark_the_future():
    assert tense_of("The talks will resume on Monday.", "Monday") == "future"
    assert tense_of("A vote is scheduled for Monday.", "Monday") == "future"
    assert tense_of("The vote will be held on Monday.", "Monday") == "future"
    assert tense_of("The vote is set for Sept. 30.", "Sept. 30") == "future"
    assert tense_of("A summit is slated for March.", "March") == "future"


def test_a_schedule_told_in_the_present_is_ahead():
    # News tells what is fixed to come in the simple present: "the summit opens on Monday".
    assert tense_of("The summit opens on Monday in Geneva.", "Monday") == "future"
    assert tense_of("The truce expires on Friday.", "Friday") == "future"
    assert tense_of("The ceasefire, which takes effect on Saturday, was agreed.", "Saturday") == "future"
    assert tense_of("The law took effect on Monday.", "Monday") == "past"
    assert tense_of("The talks, which resumed on Monday, stalled.", "Monday") == "past"


def test_reported_speech_dates_each_clause_by_its_own_verb():
    text = "She said on Monday that talks would resume on Friday."
    assert tense_of(text, "Monday") == "past"
    assert tense_of(text, "Friday") == "future"


def test_no_marker_gives_no_tense():
    assert tense_of("Monday: a quiet day.", "Monday") is None


def test_markers_of_three_words_are_read_in_text_order():
    assert tense_of("The envoys could arrive as early as Tuesday.", "Tuesday") == "future"
    assert tense_of("A decision may come as soon as Friday.", "Friday") == "future"


def test_a_marker_word_inside_a_neutral_phrase_marks_nothing():
    """'next to' places a thing; the verb further left decides."""
    assert tense_of("Two cars burned next to the station on Friday.", "Friday") == "past"
    assert tense_of("Crowds gathered next door on Sunday.", "Sunday") == "past"


@pytest.mark.parametrize(
    ("text", "expression", "tense"),
    [
        ("The convoy left as planned on Friday.", "Friday", "past"),
        ("On Friday, as scheduled, the convoy left.", "Friday", "past"),  # read rightward, whole
        ("By Sunday, as planned, the troops had withdrawn.", "Sunday", "past"),
        ("The talks ended as originally planned on Tuesday.", "Tuesday", "past"),
        ("The convoy will leave as planned on Friday.", "Friday", "future"),  # the verb still decides
        ("The convoy is planned for Friday.", "Friday", "future"),  # no "as": a plan
    ],
)
def test_as_planned_tells_no_plan_ahead(text, expression, tense):
    assert tense_of(text, expression) == tense


@pytest.mark.parametrize(
    ("text", "expression", "tense"),
    [
        ("They agreed on Tuesday to meet again on Friday.", "Friday", "future"),
        ("He promised to visit the capital in May.", "May", "future"),
        ("The cabinet decided to lift the curfew on Sunday.", "Sunday", "future"),
        ("They agreed to a truce on Friday.", "Friday", "past"),  # "to" and a noun: no infinitive
        ("Lawmakers voted to approve the bill on Tuesday.", "Tuesday", "past"),  # the vote's day
    ],
)
def test_a_time_inside_the_infinitive_of_a_deciding_verb_lies_ahead(text, expression, tense):
    assert tense_of(text, expression) == tense


def test_a_plan_in_the_past_stays_in_the_past():
    assert tense_of("The vote had been expected to end on Monday.", "Monday") == "past"


def test_a_possible_meeting_lies_ahead():
    assert tense_of("She said a new round could take place in June.", "June") == "future"
    assert tense_of("Officials said talks might take place on Friday.", "Friday") == "future"
    # "could be" + participle stays past: "the family could not be located on Wednesday"
    assert tense_of("The family could not be located on Wednesday.", "Wednesday") == "past"


def test_next_is_no_auxiliary_for_a_participle():
    assert tense_of("They said the next round was held on Sunday.", "Sunday") == "past"
    assert tense_of("The next round will be held on Sunday.", "Sunday") == "future"


def test_what_is_expected_lies_ahead():
    assert tense_of("A meeting is expected in Muscat later this month.", "later this month") == "future"


def test_an_aside_holding_only_the_expression_takes_the_tense_of_its_clause():
    text = "The envoy will fly out at dawn (6 a.m. Friday), aides said."
    assert tense_of(text, "6 a.m. Friday") == "future"
    # An aside with a verb of its own keeps it: "(the vote, held on Monday)".
    assert tense_of("The result (the vote was held on Monday) will stand.", "Monday") == "past"


def test_a_deferral_points_past_the_act_so_ahead():
    assert tense_of("The court postponed until Tuesday any ruling on the appeal.", "Tuesday") == "future"
    assert tense_of("The ministry extended its deadline until Friday.", "Friday") == "future"
    assert tense_of("The hearing was adjourned until Monday.", "Monday") == "future"
    assert tense_of("The vote was postponed to Sunday.", "Sunday") == "future"
    assert tense_of("The hearing was rescheduled for Tuesday.", "Tuesday") == "future"
    # Lasting until a day is no deferral: "the curfew lasted until Tuesday" stays past, and
    # moving to a place is no moving of a date.
    assert tense_of("The curfew lasted until Tuesday.", "Tuesday") == "past"
    assert tense_of("The team moved to Paris on Sunday.", "Sunday") == "past"


def test_a_plan_in_progress_told_in_the_past_is_still_ahead():
    assert tense_of("Farmers were planning to march on the capital on Monday.", "Monday") == "future"
    # The perfect puts the plan behind, and a past auxiliary before a non-progressive plan too.
    assert tense_of("Farmers had been planning to march on Monday.", "Monday") == "past"
    assert tense_of("The vote was expected to end on Monday.", "Monday") == "past"
    assert tense_of("The hearing had been adjourned until Monday.", "Monday") == "past"


def test_a_past_verb_right_before_a_date_is_the_dates_own():
    def own(text: str, expression: str) -> bool:
        return past_verb_before(text, segment(text)[0], text.index(expression))

    assert own("The offensive began in late February.", "late February")
    assert own("Exports doubled between January and March.", "January")
    assert not own("The firm agreed to buy the unit in February.", "February")  # the purchase may be ahead
    assert not own("They met last February.", "February")  # 'last' says when, it is no verb


def test_past_verbs_regular_and_irregular_but_not_time_words_or_adjectives():
    words = ("arrived", "Met", "began", "last", "ago", "armed", "talks")
    assert [w for w in words if is_past_verb(w)] == ["arrived", "Met", "began"]


def test_a_present_progressive_with_a_time_is_an_arrangement_ahead():
    assert tense_of("The envoy is meeting the minister on Tuesday.", "Tuesday") == "future"
    assert tense_of("The president is travelling to Paris on Friday.", "Friday") == "future"
    assert tense_of("It is spring in March.", "March") == "present"  # "spring" is no verb


def test_a_meeting_or_visit_told_in_the_simple_present_is_scheduled():
    assert tense_of("The council meets on Tuesday.", "Tuesday") == "future"
    assert tense_of("The envoy visits Kyiv on Friday.", "Friday") == "future"
    assert tense_of("The envoy visited Kyiv on Friday.", "Friday") == "past"


def test_a_plain_present_with_many_subjects_is_a_schedule_too():
    assert tense_of("The two ministers meet separately on Monday.", "Monday") == "future"
    assert tense_of("Talks between the parties resume Thursday in Oslo.", "Thursday") == "future"
    assert tense_of("Delegates gather in Vienna on Sunday.", "Sunday") == "future"


def test_after_did_a_schedule_verb_is_past():
    assert tense_of("The envoys did not meet on Monday.", "Monday") == "past"
    assert tense_of("The delegation didn't arrive until Saturday.", "Saturday") == "past"


def test_after_to_a_schedule_verb_leaves_the_tense_to_the_verb_that_governs_it():
    assert tense_of("The round had been scheduled to begin on Friday.", "Friday") == "past"
    assert tense_of("The firm struggled to meet orders well into the summer.", "the summer") == "past"
    assert tense_of("The envoys are expected to meet on Monday.", "Monday") == "future"


def test_a_plan_as_a_noun_is_no_future_auxiliary():
    text = "Two officials briefed on the plans said on Thursday that talks would go on."
    assert tense_of(text, "Thursday") == "past"


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("The law will take effect on Jan. 1.", True),
        ("The law takes effect Jan. 1.", True),
        ("Talks are scheduled for Jan. 5.", True),
        ("The planned talks on Jan. 5 collapsed.", False),
        ("She is meeting them on Jan. 5.", False),
    ],
)
def test_a_modal_or_a_schedule_phrase_is_a_firm_future(text, firm):
    sentence = segment(text)[0]
    start = text.index("Jan. ")
    assert firm_future(text, sentence, start, start + 6) is firm


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Troops had withdrawn by Jan. 5.", True),
        ("Troops withdrew on Jan. 5.", False),  # a plain past: a tense, with its reach
        ("The offer had been set to expire Jan. 5.", False),  # a plan that lay in the past
    ],
)
def test_the_past_perfect_without_a_plan_is_a_firm_past(text, firm):
    sentence = segment(text)[0]
    start = text.index("Jan. ")
    assert firm_past(text, sentence, start, start + 6) is firm


def test_a_marker_thirteen_words_before_still_governs():
    text = "Colonel Ana Lopez will be named commander of the new space station crew for a mission in December."
    assert tense_of(text, "December") == "future"
