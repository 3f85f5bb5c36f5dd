"""Ranges: 'from Monday to Wednesday', 'between March and May', 'Jan. 30-Feb. 2'.

TimeML tags each side of a range apart, and the tagger does too; this refiner
gives the first side the whole interval, and puts sides whose year or week was
a guess in order when they cross.
"""

from __future__ import annotations

import datetime as dt
import re

from chrono.models import Precision, TemporalExpression, TimeValue

_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|until|till|through|and)\s*", re.IGNORECASE)
_RANGE_OPEN = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)


def ranges(text: str, expressions: list[TemporalExpression]) -> list[TemporalExpression]:
    """'from Monday to Wednesday', 'between 2022 and 2024': the first expression gets the whole interval.

    Both expressions stay (TimeML tags them apart); the range is what an event dated by them spans.
    """
    refined = list(expressions)
    for index in range(len(expressions) - 1):
        first, second = expressions[index], expressions[index + 1]
        joiner = _RANGE_JOIN.fullmatch(text, first.end, second.start)
        opener = _RANGE_OPEN.search(text, max(0, first.start - 10), first.start)
        if joiner is None or first.sentence != second.sentence:
            continue
        if opener is None:
            # Two days joined by a dash need no "from": "Jan. 30-Feb. 2", "30 January – 2 February".
            dashed = joiner.group().strip() in ("-", "–", "—")
            if not (dashed and first.value.precision == second.value.precision == Precision.DAY):
                continue
        elif joiner.group().strip().lower() == "and" and not opener.group().lower().startswith("between"):
            continue
        start, end = first.value.start, second.value.end
        if start is not None and end is not None and end < start:
            # "between March and May", each side read on its own, crossed: in a past clause the
            # start moves back ("rose between ..."), else the end moves on.
            if "past" in (first.tense, second.tense):
                earlier = _shifted(first, back=True)
                if earlier is not None and earlier.start is not None and earlier.start <= end:
                    first = refined[index] = first.with_value(earlier)
                    start = earlier.start
            else:
                later = _shifted(second, back=False)
                if later is not None and later.end is not None and later.end >= start:
                    second = refined[index + 1] = second.with_value(later)
                    end = later.end
        elif start is not None and end is not None and _months_apart(start, end) >= 12:
            # "Exports doubled between January and March", written in November: each side read on
            # its own can land a year apart (2026-01, 2027-03); a range of months named without a
            # year spans less than one, so the side whose year was a guess comes nearer.
            if second.rule in _YEARLESS_RULES:
                earlier = _shifted(second, back=True, why="so that the range spans less than a year")
                if earlier is not None and earlier.end is not None and earlier.end >= start:
                    second = refined[index + 1] = second.with_value(earlier)
                    end = earlier.end
            elif first.rule in _YEARLESS_RULES:
                later = _shifted(first, back=False, why="so that the range spans less than a year")
                if later is not None and later.start is not None and later.start <= end:
                    first = refined[index] = first.with_value(later)
                    start = later.start
        if start is None or end is None or end < start:
            continue
        span = TimeValue(
            value=f"{start.isoformat()}/{end.isoformat()}",
            start=start,
            end=end,
            precision=first.value.precision,
            certainty=round(min(first.value.certainty, second.value.certainty), 2),
            anchor=first.value.anchor,
            rationale=f"range from '{first.text}' to '{second.text}'",
        )
        refined[index] = first.model_copy(update={"range": span})
    return refined


# Expressions whose year (or week) the resolver chose, so that a range's end may move after its start.
_YEARLESS_RULES = frozenset({"month_alone", "month_after_preposition", "month_range_end", "month_day", "day_month"})


def _months_apart(start: dt.date, end: dt.date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month


def _shifted(
    expression: TemporalExpression, *, back: bool, why: str = "so that the range it bounds runs forward"
) -> TimeValue | None:
    """The expression a year (a weekday: a week) earlier or later, when its year or week was a guess.

    Each side of "between March and May" or "from Monday to Friday" is resolved
    on its own, and the two may cross; a range's sides are then brought in order
    by moving the one whose year or week the text left open.
    """
    value = expression.value
    if value.start is None or value.end is None:
        return None
    sign = -1 if back else 1
    if expression.rule == "weekday":
        step = dt.timedelta(days=7 * sign)
        first, last = value.start + step, value.end + step
        step_words = "a week earlier" if back else "a week later"
    elif expression.rule in _YEARLESS_RULES:
        try:
            first = value.start.replace(year=value.start.year + sign)
            last = value.end.replace(year=value.end.year + sign)
        except ValueError:
            return None  # 29 February a year away
        step_words = "a year earlier" if back else "a year later"
    else:
        return None
    shown = first.isoformat()[: 7 if value.precision == Precision.MONTH else 10]
    return value.model_copy(
        update={
            "value": shown + value.value[len(shown) :],
            "start": first,
            "end": last,
            "certainty": round(min(value.certainty, 0.7), 2),
            "rationale": f"{value.rationale}; {step_words}, {why}",
        }
    )
