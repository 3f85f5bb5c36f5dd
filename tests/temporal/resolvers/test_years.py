"""The year of a month or day written without one (resolvers/years.py)."""

from tests.temporal.expressions import D, only


def test_a_date_without_a_year_takes_the_year_written_just_before_it_in_the_sentence():
    found = only("The truce began on Dec. 31, 2024 and ended on Jan. 2.", expression="Jan. 2").value
    assert (found.value, [a.value for a in found.alternatives]) == ("2025-01-02", ["2026-01-02"])
    assert "Dec. 31, 2024" in found.rationale
    assert only("Talks that began in March 2019 failed on June 5.", expression="June 5").value.value == "2019-06-05"


def test_a_month_its_own_past_verb_governs_is_behind_however_far():
    november = D(2026, 11, 26)
    assert only("The offensive began in late February.", november).value.value == "2026-02"
    assert only("The talks ended on March 3.", november).value.value == "2026-03-03"
    # a reporting verb further away may govern a plan: the nearest reading stays
    assert only("The firm agreed to buy the unit in February.", november).value.value == "2027-02"


def test_a_day_its_own_past_verb_governs_is_behind_even_when_the_coming_one_is_near():
    march = D(2026, 3, 12)
    assert only("The war began on 15 April.", march).value.value == "2025-04-15"
    assert only("The envoy arrived on the 15th of April.", march).value.value == "2025-04-15"  # past "the"
    # a participle after "to be" or "is" is no past: the plan stays ahead
    assert only("Guidelines to be published on 15 April will decide.", march).value.value == "2026-04-15"
    assert only("The vote is held on 15 April.", march).value.value == "2026-04-15"


def test_a_written_year_does_not_overrule_the_tense():
    # "will join" is ahead of the writer, whatever year the clause before it names
    found = only("Invited in July 1997, Hungary will join on March 12.", D(1999, 2, 27), expression="March 12")
    assert found.value.value == "1999-03-12"


def test_a_written_year_in_an_earlier_sentence_leaves_the_date_to_the_publication():
    assert only("In March 2019, talks began. On Jan. 20 they failed.", expression="Jan. 20").value.value == "2026-01-20"


def test_month_day_in_the_present_tense_takes_the_nearest_year():
    # "expires Dec. 15" written in late October is this December, not last December.
    found = only("The offer expires Dec. 15.", dct=D(1989, 10, 26))
    assert found.value.value == "1989-12-15"


def test_a_date_after_since_lies_behind_the_writer():
    """Written on 5 February, "since March 20" began last March, though next March is nearer."""
    found = only("The road has stayed closed since March 20.", expression="March 20")
    assert found.value.start == D(2025, 3, 20)
    assert only("Exports have fallen since October.", expression="October").value.value == "2025-10"
    assert only("The border has been shut since Feb. 2.", expression="Feb. 2").value.start == D(2026, 2, 2)


def test_a_yearless_date_far_ahead_with_no_tense_is_read_in_the_past():
    """Written on 5 February: "in June" is last June; "March 1" next month stays ahead; a deadline stays ahead."""
    found = only("Shares rose to $40 in June from $29 in March.", expression="June")
    assert found.value.value == "2025-06"
    assert any(reading.value == "2026-06" for reading in found.value.alternatives)
    assert only("The summit is in March.", expression="March").value.value == "2026-03"
    assert only("The loan must be repaid by August.", expression="August").value.value == "2026-08"


def test_a_month_its_own_past_verb_governs_is_last_years_when_this_years_is_still_ahead():
    # written on 5 February: "met in mid-March" has happened, so it was last March
    assert only("They met in mid-March.", D(2026, 2, 5)).value.value == "2025-03"


def test_a_modal_or_a_schedule_phrase_puts_a_yearless_date_ahead_however_far():
    march = D(2026, 3, 20)
    assert only("The new law will take effect on Jan. 1.", march).value.value == "2027-01-01"
    assert only("The law takes effect Jan. 1.", march).value.value == "2027-01-01"
    assert only("He said the ban will end in January.", march).value.value == "2027-01"
    # "would" is ahead of the saying, which may be months old: the tense alone decides
    assert only("He said the ban would end in January.", march).value.value == "2026-01"
    assert only("Elections will be held in February.", march).value.value == "2027-02"  # not the month just gone


def test_a_plan_told_in_a_noun_or_a_day_just_gone_keeps_the_nearest_reading():
    march = D(2026, 3, 20)
    assert only("The planned talks in January collapsed.", march).value.value == "2026-01"
    assert only("He is meeting them in January.", march).value.value == "2026-01"
    assert only("The talks will resume on March 18.", march).value.value == "2026-03-18"  # written days before


def test_the_past_perfect_puts_a_yearless_date_behind_however_near_the_coming_one():
    march = D(2026, 3, 20)
    found = only("By mid-April, troops had withdrawn.", march).value
    assert (found.value, found.modifier) == ("2025-04", "MID")
    assert "the past perfect" in found.rationale
    assert only("The talks, which had begun in May, collapsed.", march).value.value == "2025-05"
    # a plan that lay in the past still points ahead
    assert only("The offer had been set to expire April 6.", march).value.value == "2026-04-06"
