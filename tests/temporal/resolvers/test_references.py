""" "now", "recently", "one day": the present, past and future as references (resolvers/references.py)."""

from tests.temporal.expressions import THURSDAY, only, values


def test_references_to_now():
    found = only("The army is now in control.")
    assert (found.value.value, found.value.start) == ("PRESENT_REF", THURSDAY)


def test_one_day_after_a_modal_is_some_time_ahead_not_a_day_long():
    assert only("The region could one day export power.").value.value == "FUTURE_REF"
    assert only("Peace may yet someday come.").value.value == "FUTURE_REF"
    # a length stays a length, and a distance a distance
    assert only("Repairs will take one day.").value.value == "P1D"
    assert only("The strike lasted one day.").value.value == "P1D"


def test_previously_is_no_time_expression():
    # TimeBank marks it in about one use in eight; as PAST_REF it would date nothing anyway
    assert values("The company previously made tractors.") == {}
