"""A clock time followed by the day it is on: "at 9pm on 5 January 2025", "at 14:00 on 3 March".

The clock rules read a day of their own only in the forms they know ("9 p.m. on
Jan. 5", "noon Tuesday"); any other date right after a clock time is tagged
apart, as TimeML tags it, and the time would fall on the story's day. This
refiner puts the time on the day that follows it.
"""

from __future__ import annotations

import re

from chrono.models import Precision, TemporalExpression, TimexType

_ON = re.compile(r"\s*,?\s*(?:on\s+)?", re.IGNORECASE)


def clock_on_date(text: str, expressions: list[TemporalExpression]) -> list[TemporalExpression]:
    """Each clock time right before a day-precise date takes that date's day."""
    refined = list(expressions)
    for index in range(len(expressions) - 1):
        clock, date = expressions[index], expressions[index + 1]
        day = date.value.start
        if (
            clock.value.timex_type != TimexType.TIME
            or "T" not in clock.value.value
            or date.value.timex_type != TimexType.DATE
            or date.value.precision != Precision.DAY
            or day is None
            or day != date.value.end
            or clock.sentence != date.sentence
            or _ON.fullmatch(text, clock.end, date.start) is None
        ):
            continue
        time_of_day = clock.value.value.split("T", 1)[1]
        value = clock.value.model_copy(
            update={
                "value": f"{day.isoformat()}T{time_of_day}",
                "start": day,
                "end": day,
                "certainty": round(min(clock.value.certainty, date.value.certainty), 2),
                "rationale": f"clock time on '{date.text}': {date.value.rationale}",
                "alternatives": [],
            }
        )
        refined[index] = clock.model_copy(update={"value": value})
    return refined
