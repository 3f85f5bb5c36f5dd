""" "last Wednesday" next to a bare "Wednesday" (refiners/weekdays.py)."""

import chrono
from tests.temporal.expressions import THURSDAY, D


def test_a_bare_weekday_for_the_day_before_makes_last_weekday_surer():
    text = "The first round ended last Wednesday. On Wednesday, the minister spoke."
    last, bare = chrono.resolve(text, THURSDAY)
    assert (last.value.start, bare.value.start) == (D(2026, 1, 28), D(2026, 2, 4))
    assert last.value.certainty > 0.8
    assert "bare 'Wednesday'" in last.value.rationale
