"""Refiners: checks across expressions that no single rule can make (as chrono-node's refiners are).

Each is a pure function from the resolved expressions (in reading order) to
refined ones; :func:`refine` runs them in a fixed order.
"""

from __future__ import annotations

from chrono.models import TemporalExpression
from chrono.temporal.refiners.clock import clock_on_date, clock_ranges, nights_named_by_day
from chrono.temporal.refiners.counted import counted_days
from chrono.temporal.refiners.quarters import year_ago_quarters
from chrono.temporal.refiners.ranges import ranges
from chrono.temporal.refiners.weekdays import last_weekday_context, listed_weekday_sets, reported_weekdays


def refine(text: str, expressions: list[TemporalExpression]) -> list[TemporalExpression]:
    """Weekdays listed before a recurring one, weekday certainty and weekdays in reported speech
    first, then quarters a year ago, clock times on the date after them and on the day of a
    range's other end, nights named by the day they run into, ranges, and days counted from a date."""
    refined = reported_weekdays(text, last_weekday_context(listed_weekday_sets(text, expressions)))
    refined = clock_ranges(text, clock_on_date(text, year_ago_quarters(refined)))
    refined = nights_named_by_day(text, refined)
    return counted_days(text, ranges(text, refined))


__all__ = ["refine"]
