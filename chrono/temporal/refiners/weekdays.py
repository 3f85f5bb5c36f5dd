"""Weekdays read against other expressions: 'last Wednesday' beside a bare 'Wednesday', a
weekday in what was said on a given day ("said on Monday that talks would end on Friday"), and
weekdays listed before a recurring one ("on Monday and Tuesday nights": both recur)."""

from __future__ import annotations

import datetime as dt
import re

from chrono.models import Precision, Reading, TemporalExpression
from chrono.temporal import calendar as cal

_MODIFIERS = frozenset({"last", "next", "this", "coming", "past", "previous", "preceding", "following"})


def last_weekday_context(expressions: list[TemporalExpression]) -> list[TemporalExpression]:
    """'last Wednesday' is surer to mean the week before when a bare 'Wednesday' names the day before."""
    bare_weekdays = {
        e.value.start: e.text
        for e in expressions
        if e.rule == "weekday"
        and e.value.start is not None
        and e.text.split()[0].lower()
        not in ("last", "next", "this", "coming", "past", "previous", "preceding", "following")
    }
    refined = []
    for expression in expressions:
        value = expression.value
        if (
            expression.rule == "weekday"
            and value.alternatives
            and expression.text.lower().startswith("last ")
            and value.alternatives[0].start in bare_weekdays
        ):
            other = value.alternatives[0]
            assert other.start is not None  # it is a key of bare_weekdays
            value = value.model_copy(
                update={
                    "certainty": 0.85,
                    "rationale": f"{value.rationale}; the text names {other.value} with a bare "
                    f"'{bare_weekdays[other.start]}', so 'last' means the week before",
                }
            )
            expression = expression.with_value(value)
        refined.append(expression)
    return refined


# The verbs that report speech, for the patterns that look for one (here and in the event linker).
SPEECH_VERBS = (
    "said|says|told|tells|announced|announces|stated|added|warned|claimed|declared|insisted|reported|confirmed|wrote"
)
# "said on Monday that", "told reporters Tuesday that": a speech verb and, right after it, its day.
SAID_BEFORE = re.compile(rf"\b(?:{SPEECH_VERBS})(?:\s+[\w'’-]+){{0,3}}?\s+(?:on\s+)?$", re.IGNORECASE)
_THAT_CLAUSE = re.compile(r"\s*,?\s*that\b[^.;:!?]*$", re.IGNORECASE)
SAID_REACH = 60  # characters before the speech day in which its verb stands


def reported_weekdays(text: str, expressions: list[TemporalExpression]) -> list[TemporalExpression]:
    """ "He said on Monday that talks would end on Friday": that Friday is Monday's coming one.

    A bare weekday in what someone said on a given day is read from that day, by its
    tense ("had ended on Thursday": the Thursday before it), not from the publication
    date; the publication date's reading stays as an alternative.
    """
    refined = list(expressions)
    for index, said in enumerate(expressions):
        day = said.value.start
        if said.value.precision != Precision.DAY or day is None or day != said.value.end:
            continue
        if SAID_BEFORE.search(text, max(0, said.start - SAID_REACH), said.start) is None:
            continue
        for later_index in range(index + 1, len(expressions)):
            told = refined[later_index]
            if told.sentence != said.sentence:
                break
            if _THAT_CLAUSE.fullmatch(text, said.end, told.start) is None:
                break  # the that-clause ends before it
            if SAID_BEFORE.search(text, max(0, told.start - SAID_REACH), told.start) is not None:
                break  # "..., and Oman said on Thursday that": another saying, on its own day
            moved = _from_speech_day(told, day, said.text)
            if moved is not None:
                refined[later_index] = moved
    return refined


def _from_speech_day(told: TemporalExpression, speech_day: dt.date, said_text: str) -> TemporalExpression | None:
    value = told.value
    first_word = told.text.split()[0].lower()
    if told.rule != "weekday" or first_word in _MODIFIERS or told.tense not in ("past", "future"):
        return None
    if value.precision != Precision.DAY or value.start is None or value.start != value.end:
        return None
    weekday = value.start.weekday()
    if told.tense == "future":
        day = speech_day + dt.timedelta(days=(weekday - speech_day.weekday() - 1) % 7 + 1)
    else:
        day = speech_day - dt.timedelta(days=(speech_day.weekday() - weekday - 1) % 7 + 1)
    if day == value.start:
        return None
    name = cal.WEEKDAY_NAMES[weekday]
    direction = "after" if told.tense == "future" else "before"
    moved = value.model_copy(
        update={
            "value": day.isoformat(),
            "start": day,
            "end": day,
            "rationale": f"{name}, {told.tense} tense in what was said on '{said_text}' ({speech_day}): "
            f"the {name} {direction} it",
            "alternatives": [
                r
                for r in [
                    Reading(value=value.value, start=value.start, end=value.end, reason=value.rationale),
                    *value.alternatives,
                ]
                if r.start != day
            ][:3],
        }
    )
    return told.with_value(moved)


# A list of weekdays: "Monday and Tuesday", "Monday, Wednesday and Friday", "Monday or Tuesday".
_LIST_JOIN = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+", re.IGNORECASE)
# A weekday set whose plural part of day covers the whole list: "Tuesday nights", "Friday mornings".
_PLURAL_PART = re.compile(r"[A-Za-z]+day\s+(?:morning|afternoon|evening|night)s", re.IGNORECASE)
_WEEKDAY_SET = re.compile(r"XXXX-WXX-[1-7](?P<part>T(?:MO|AF|EV|NI))?")


def listed_weekday_sets(text: str, expressions: list[TemporalExpression]) -> list[TemporalExpression]:
    """ "Flights leave on Monday and Tuesday nights": the plural after the last weekday makes every
    weekday of the list recur (XXXX-WXX-1TNI and XXXX-WXX-2TNI), not only the last."""
    refined = list(expressions)
    for index, recurring in enumerate(expressions):
        found = _WEEKDAY_SET.fullmatch(recurring.value.value)
        if recurring.rule != "set_weekdays" or found is None or not _PLURAL_PART.fullmatch(recurring.text):
            continue
        later = recurring
        for back in range(index - 1, -1, -1):
            weekday = expressions[back]
            if (
                weekday.rule != "weekday"
                or weekday.sentence != recurring.sentence
                or weekday.value.start is None
                or " " in weekday.text.strip()  # "last Monday", "Monday night": a day of its own
                or _LIST_JOIN.fullmatch(text, weekday.end, later.start) is None
            ):
                break
            number = weekday.value.start.isoweekday()
            value = recurring.value.model_copy(
                update={
                    "value": f"XXXX-WXX-{number}{found.group('part') or ''}",
                    "rationale": f"'{weekday.text}' listed before '{recurring.text}': it recurs too",
                }
            )
            refined[back] = weekday.with_value(value)
            later = weekday
    return refined
