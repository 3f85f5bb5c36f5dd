"""Recurring times: "every Monday", "each July", "every two weeks", "daily", "twice a week" (TIMEX3 SET).

How often within the period ("twice a week") is TIMEX3's freq, kept apart from
the period itself (value P1W, frequency 2X), as TimeML writes it.
"""

from __future__ import annotations

from chrono.models import Precision, TimeValue, TimexType
from chrono.temporal import calendar as cal
from chrono.temporal.lexicon import count_of
from chrono.temporal.resolvers.base import Context, lookup, number_of, resolves, season_of, unit_name
from chrono.temporal.resolvers.durations import duration_value

_TIMES = {"once": 1, "twice": 2, "thrice": 3}


@resolves("set")
def recurring(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    frequency = None
    if "weekday" in groups:  # "every Monday", "on Mondays", "on Tuesday nights" (XXXX-WXX-2TNI)
        number = number_of("weekday", groups["weekday"])
        part = f"T{lookup('part_of_day', groups['part'])}" if "part" in groups else ""
        value, words = f"XXXX-WXX-{number + 1}{part}", f"every {cal.WEEKDAY_NAMES[number]}"
    elif "month" in groups:  # "each July": every year's July, no particular one
        month = number_of("month", groups["month"])
        value, words = f"XXXX-{month:02d}", f"every {groups['month']}"
    elif "season" in groups:
        code, _ = season_of(groups["season"])
        value, words = f"XXXX-{code}", f"every {groups['season'].lower()}"
    elif "times" in groups or "times_word" in groups:  # "three times a day": the period, and how often in it
        count = _TIMES.get((groups.get("times_word") or "").lower()) or count_of(groups["times"])[0]
        unit = unit_name(groups["unit"])
        value, words = duration_value(1, unit), f"{count} time(s) a {unit}"
        frequency = f"{count}X"
    elif "other_unit" in groups:  # "every other week": every second one
        unit = unit_name(groups["other_unit"])
        value, words = duration_value(2, unit), f"every other {unit}"
    elif "unit" in groups:  # "every two weeks": the interval
        amount, vague = count_of(groups["number"])
        value = duration_value(None if vague else amount, unit_name(groups["unit"]))
        words = f"every {groups['number']} {groups['unit']}s"
    else:
        value, words = str(lookup("set", groups["word"])), groups["word"].lower()
    return TimeValue(
        value=value,
        timex_type=TimexType.SET,
        precision=Precision.UNKNOWN,
        certainty=0.85,
        anchor=ctx.anchor,
        frequency=frequency,
        rationale=f"'{words}' recurs",
    )
