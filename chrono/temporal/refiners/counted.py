"""Days counted from a date the text names: "two days after the March 3 vote", "the day before Tuesday's hearing".

TimeML tags the length and the date apart, and so does the tagger; but an event
dated by such a phrase happened on neither day: "two days after the March 3 vote,
protests began" puts the protests on March 5. This refiner gives the date the
day it is counted to as ``shifted``, which the event linker prefers to the date
itself, as it prefers the interval of a range the date opens.
"""

from __future__ import annotations

import datetime as dt
import re

from chrono.models import Anchor, Precision, TemporalExpression, TimeValue, TimexType
from chrono.temporal import calendar as cal

# Between a length and its date: "two days after (the) March 3", "a week before Christmas".
_LENGTH_JOIN = re.compile(r"\s+(?P<word>before|after|prior\s+to)\s+(?:the\s+)?", re.IGNORECASE)
# A whole count of days, weeks, months or years; "a few days" (PXD) counts to no day.
_LENGTH = re.compile(r"P(?P<count>[1-9][0-9]{0,3})(?P<unit>[DWMY])")
# "The day before last Tuesday": the narrative rule's words end in the direction, the date follows.
_DAY_EDGE = re.compile(r"\bthe\s+day\s+(?P<word>before|after)$", re.IGNORECASE)
_WORKDAYS = re.compile(r"\b(?:trading|business|working)\b", re.IGNORECASE)
_SIGNS = {"before": -1, "after": 1, "prior to": -1}
_DAYS_PER = {"D": 1, "W": 7}


def counted_days(text: str, expressions: list[TemporalExpression]) -> list[TemporalExpression]:
    """Each day-precise date a length is counted from gets the day counted to as ``shifted``."""
    refined = list(expressions)
    for index in range(len(expressions) - 1):
        length, date = expressions[index], expressions[index + 1]
        if length.sentence != date.sentence or date.value.precision != Precision.DAY or date.value.start is None:
            continue
        counted = _count(text, length, date.start)
        if counted is None:
            continue
        sign, count, unit, words = counted
        day = _moved(date.value.start, sign * count, unit)
        if day is None:
            continue
        about = length.value.modifier == "APPROX"  # "about two weeks after": about that day
        shifted = TimeValue(
            value=day.isoformat(),
            timex_type=TimexType.DATE,
            start=day,
            end=day,
            precision=Precision.DAY,
            modifier="APPROX" if about else None,
            certainty=round(min(date.value.certainty, 0.6 if about else 0.85), 2),
            anchor=Anchor(date=date.value.start, source="text", text=date.text),
            rationale=f"'{words}' {date.value.start.isoformat()} ('{date.text}')",
        )
        refined[index + 1] = refined[index + 1].model_copy(update={"shifted": shifted})
        if _DAY_EDGE.search(length.text) is not None:
            # "The day before last Tuesday" is itself that day, not the day before the story's.
            refined[index] = refined[index].model_copy(update={"value": shifted})
    return refined


def _count(text: str, length: TemporalExpression, date_start: int) -> tuple[int, int, str, str] | None:
    """The direction, count and unit of ``length`` when it is counted from the date at ``date_start``."""
    edge = _DAY_EDGE.search(length.text)
    if edge is not None and not text[length.end : date_start].strip():
        word = edge.group("word").lower()
        return _SIGNS[word], 1, "D", f"the day {word}"
    if length.value.timex_type != TimexType.DURATION or length.value.modifier not in (None, "APPROX"):
        return None  # "less than two weeks after" names no day
    if _WORKDAYS.search(length.text):
        return None  # "eight trading days after": weekends and holidays do not count
    amount = _LENGTH.fullmatch(length.value.value)
    join = _LENGTH_JOIN.fullmatch(text, length.end, date_start)
    if amount is None or join is None:
        return None
    word = " ".join(join.group("word").lower().split())
    return _SIGNS[word], int(amount.group("count")), amount.group("unit"), f"{length.text} {word}"


def _moved(day: dt.date, count: int, unit: str) -> dt.date | None:
    try:
        if unit in _DAYS_PER:
            return day + dt.timedelta(days=count * _DAYS_PER[unit])
        return cal.add_months(day, count * (12 if unit == "Y" else 1))
    except (OverflowError, ValueError):  # a count of centuries past year 9999
        return None
