"""Clock times and nights, and their day: "at 9pm on 5 January 2025", "from 11 p.m. Monday to
3 a.m.", "overnight into Sunday".

The clock rules read a day of their own only in the forms they know ("9 p.m. on
Jan. 5", "noon Tuesday"); any other date right after a clock time is tagged
apart, as TimeML tags it, and the time would fall on the story's day. So a clock
time takes the day-precise date that follows it.

"Overnight" is the night before the writer's day unless a day says which: "overnight into
Sunday" (or "to Sunday") is the night before Sunday, "overnight from Monday to Tuesday" Monday's,
"overnight, the air force said on Saturday" the night before that Saturday, and so, less surely,
is "overnight on Saturday" (Saturday's own night the other reading).

The two ends of a range of clock times are tagged apart too, and a side that
names no day ("from 7 a.m. to 8 p.m. on Sunday") is on the other side's day. A
range that runs past midnight ("between 11 p.m. Monday and 3 a.m.") ends on the
next day; the side that names no day is the one that moves.
"""

from __future__ import annotations

import datetime as dt
import re

from chrono.models import Precision, Reading, TemporalExpression, TimexType
from chrono.temporal.lexicon import WordClass, word_classes
from chrono.temporal.refiners.weekdays import SAID_BEFORE, SAID_REACH
from chrono.temporal.resolvers.relative import RELATIVE_DAYS

_ON = re.compile(r"\s*,?\s*(?:on\s+)?", re.IGNORECASE)
_CLOCK = re.compile(r"(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})")
_WORD = re.compile(r"[A-Za-z]+\.?")
# What joins the two ends of a range of clock times: "from 9pm until 6am", "10 p.m.-4 a.m.",
# "between 11 p.m. and 3 a.m." ("and" only after "between": "at 9 a.m. and again at noon").
_JOIN = re.compile(r"\s*(?:-|–|—|to|until|till|through|and)\s*", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_DAY = dt.timedelta(days=1)
_SAME_DAY, _NEXT_DAY, _DAY_BEFORE = "on its day", "past midnight, the next day", "past midnight, the day before"


def clock_on_date(text: str, expressions: list[TemporalExpression]) -> list[TemporalExpression]:
    """Each clock time right before a day-precise date takes that date's day."""
    refined = list(expressions)
    for index in range(len(expressions) - 1):
        clock, date = expressions[index], expressions[index + 1]
        if _clock(clock) is None or not _dates(text, clock, date):
            continue
        day = date.value.start
        assert day is not None  # _dates checked it
        refined[index] = _on_day(
            clock,
            day,
            certainty=min(clock.value.certainty, date.value.certainty),
            why=f"clock time on '{date.text}': {date.value.rationale}",
        )
    return refined


def clock_ranges(text: str, expressions: list[TemporalExpression]) -> list[TemporalExpression]:
    """The two clock times of a range on one day, or on the next when the range runs past midnight.

    Run after :func:`clock_on_date`: a clock time that took its day from the date
    after it ("from 9pm on 5 January to 2am") names its day as much as "9 p.m. Monday".
    """
    refined = list(expressions)
    for index in range(len(expressions) - 1):
        first_dated = _dated_by_next(text, expressions, index)
        # The range's second side follows the first's date when that date is tagged apart.
        other = index + 2 if first_dated else index + 1
        if other >= len(expressions):
            continue
        first, second = refined[index], refined[other]
        start, end = _clock(first), _clock(second)
        if (
            start is None
            or end is None
            or first.sentence != second.sentence
            or not _joined(text, expressions[other - 1], first, second)
        ):
            continue
        first_dated = first_dated or _names_day(first)
        second_dated = _names_day(second) or _dated_by_next(text, expressions, other)
        past_midnight = end[1] < start[1]
        if first_dated and not second_dated:
            day = start[0] + _DAY if past_midnight else start[0]
            refined[other] = _moved(second, day, first, _NEXT_DAY if past_midnight else _SAME_DAY)
        elif second_dated and not first_dated:
            day = end[0] - _DAY if past_midnight else end[0]
            refined[index] = _moved(first, day, second, _DAY_BEFORE if past_midnight else _SAME_DAY)
        elif not first_dated and not second_dated and past_midnight:
            # Both on the story's day: a report ("lasted from 10 p.m. to 4 a.m.") cannot end after
            # it was written, so the night is the one before; a plan's night runs into the next day.
            published = second.value.anchor.date if second.value.anchor is not None else None
            ends_after = published is not None and end[0] + _DAY > published
            if "past" in (first.tense, second.tense) and ends_after:
                refined[index] = _moved(first, start[0] - _DAY, second, _DAY_BEFORE)
            else:
                refined[other] = _moved(second, end[0] + _DAY, first, _NEXT_DAY)
    return refined


def _clock(expression: TemporalExpression) -> tuple[dt.date, int] | None:
    """The day and minute of the day (24:00 is 1440) of a clock time, or None for anything else."""
    if expression.value.timex_type != TimexType.TIME:
        return None
    match = _CLOCK.fullmatch(expression.value.value)
    if match is None:
        return None
    return dt.date.fromisoformat(match.group(1)), int(match.group(2)) * 60 + int(match.group(3))


def _dates(text: str, clock: TemporalExpression, date: TemporalExpression) -> bool:
    """Whether ``date`` is a day-precise date right after ``clock`` ("9pm on 5 January 2025")."""
    return (
        _day_precise(date)
        and clock.sentence == date.sentence
        and _ON.fullmatch(text, clock.end, date.start) is not None
    )


def _dated_by_next(text: str, expressions: list[TemporalExpression], index: int) -> bool:
    return index + 1 < len(expressions) and _dates(text, expressions[index], expressions[index + 1])


def _names_day(expression: TemporalExpression) -> bool:
    """Whether the clock time's own words name its day: "11 p.m. Monday", "noon on Jan. 5", "9pm today"."""
    classes = word_classes()
    for word in _WORD.findall(expression.text):
        bare = word.rstrip(".")
        if bare.lower() in RELATIVE_DAYS:
            return True
        if any(_is(classes[name], form) for name in ("weekday", "month") for form in (word, bare)):
            return True
    return False


def _is(word_class: WordClass, word: str) -> bool:
    try:
        word_class.lookup(word)
    except KeyError:
        return False
    return True


def _joined(text: str, before: TemporalExpression, first: TemporalExpression, second: TemporalExpression) -> bool:
    """Whether the words between ``before`` (``first`` or its date) and ``second`` make a range."""
    joiner = _JOIN.fullmatch(text, before.end, second.start)
    if joiner is None:
        return False
    if joiner.group().strip().lower() == "and":
        return _BETWEEN.search(text, max(0, first.start - 10), first.start) is not None
    return True


def _moved(clock: TemporalExpression, day: dt.date, other: TemporalExpression, how: str) -> TemporalExpression:
    if day == clock.value.start:
        return clock
    return _on_day(
        clock,
        day,
        certainty=min(clock.value.certainty, other.value.certainty),
        why=f"clock time in a range with '{other.text}' ({how}): {day.isoformat()}",
    )


def _on_day(
    clock: TemporalExpression, day: dt.date, *, certainty: float, why: str, alternatives: list[Reading] | None = None
) -> TemporalExpression:
    time_of_day = clock.value.value.split("T", 1)[1]
    value = clock.value.model_copy(
        update={
            "value": f"{day.isoformat()}T{time_of_day}",
            "start": day,
            "end": day,
            "certainty": round(certainty, 2),
            "rationale": why,
            "alternatives": alternatives or [],
        }
    )
    return clock.with_value(value)


_INTO = re.compile(r"\s+(?:into|to)\s+", re.IGNORECASE)
_NIGHT_ON = re.compile(r"\s+(?:on\s+)?", re.IGNORECASE)
_FROM = re.compile(r"\s+from\s+", re.IGNORECASE)


def nights_named_by_day(text: str, expressions: list[TemporalExpression]) -> list[TemporalExpression]:
    """ "overnight into Sunday": the night before that Sunday; "overnight from Monday to Tuesday":
    Monday night. Without such a day, "overnight" stays the night before the writer's day."""
    refined = list(expressions)
    for index in range(len(expressions) - 1):
        night, day = expressions[index], expressions[index + 1]
        if night.rule != "overnight" or not night.value.value.endswith("TNI") or not _day_precise(day):
            continue
        named = day.value.start
        if day.sentence != night.sentence or named is None:
            continue
        if _INTO.fullmatch(text, night.end, day.start):
            start, how = named - _DAY, f"the night into '{day.text}'"
        elif _FROM.fullmatch(text, night.end, day.start):
            start, how = named, f"the night from '{day.text}'"
        elif _NIGHT_ON.fullmatch(text, night.end, day.start):
            # "struck overnight on Saturday": in wire style the night that ends on Saturday morning, as
            # "overnight" told on a day is the night before it; some write "overnight Saturday" for
            # Saturday night, which stays the other reading.
            refined[index] = _on_day(
                night,
                named - _DAY,
                certainty=min(night.value.certainty, day.value.certainty, 0.7),
                why=f"'{night.text} {text[night.end : day.end].strip()}': the night before {named.isoformat()}",
                alternatives=[Reading(value=f"{named}TNI", start=named, end=named, reason="that day's night")],
            )
            continue
        elif SAID_BEFORE.search(text, max(night.end, day.start - SAID_REACH), day.start):
            # "Russia launched 90 drones overnight, the air force said on Saturday": the night before
            # the day it was told, not before the writer's.
            start, how = named - _DAY, f"the night before '{day.text}', when it was told"
        else:
            continue
        refined[index] = _on_day(
            night,
            start,
            certainty=min(night.value.certainty, day.value.certainty),
            why=f"'{night.text}': {how}, {start.isoformat()}",
        )
    return refined


def _day_precise(expression: TemporalExpression) -> bool:
    """A date of one whole day ("5 January 2025", "Sunday"), not a week, a month or a range."""
    value = expression.value
    return (
        value.timex_type == TimexType.DATE
        and value.precision == Precision.DAY
        and value.start is not None
        and value.start == value.end
    )
