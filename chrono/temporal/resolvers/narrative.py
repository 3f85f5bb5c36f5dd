"""Times counted from the story rather than the writer: "three days later", "the next day", "two weeks ago".

"Ago" and "from now" count from the publication date; "later", "earlier", "the
next" and "the previous" from the last date the text pinned down (narrative
time), and lose certainty when the text gave none to count from. Hours and
minutes ("two hours later", "half an hour later") stay on the day counted from
unless they add up to whole days: anchors are days, so the clock is not known.
"""

from __future__ import annotations

from chrono.models import Anchor, TimeValue
from chrono.temporal.calendar import DAY
from chrono.temporal.lexicon import count_of, is_approximate_count
from chrono.temporal.resolvers.base import (
    Context,
    anchor_words,
    resolves,
    shift,
    unit_interval,
    unit_name,
)

_FORWARD = {
    "later": 1,
    "after": 1,
    "from now": 1,
    "from today": 1,
    "hence": 1,
    "time": 1,  # "in two weeks' time"
    "on": 1,
    "ago": -1,
    "earlier": -1,
    "before": -1,
}
# Counted from the moment of writing, not from the story.
_FROM_WRITING = frozenset({"ago", "from now", "from today", "hence", "time"})


@resolves("offset")
def offset(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    unit = unit_name(groups["unit"])
    if "number" in groups:
        amount, vague = count_of(groups["number"])
    elif "half" in groups:
        amount, vague = 0, False  # "half an hour": thirty minutes, counted below
    else:
        amount, vague = count_of("several")[0], True  # "days later", "years ago": some of them
    direction = " ".join(groups["direction"].lower().split())
    sign = _FORWARD[direction]
    # "ago" and "from now" count from the moment of writing; "later"/"earlier" from the story.
    base = ctx.anchor if direction in _FROM_WRITING else ctx.reference_for(unit)
    if unit in ("hour", "minute"):
        minutes = 30 if "half" in groups else amount * (60 if unit == "hour" else 1)
        amount_words = f"some {unit}s" if vague else "half an hour" if "half" in groups else f"{amount} {unit}(s)"
        about = vague or "approx_word" in groups or "or_so" in groups
        return _clock_offset(minutes * sign, amount_words, base, "APPROX" if about else None)
    try:
        day = shift(base.date, unit, sign * amount)
    except (ValueError, OverflowError):
        return None
    value, start, end, precision = unit_interval(day, unit)
    coarse = ctx.counts_days_from_a_month(unit, base)
    if coarse:
        value, start, end, precision = unit_interval(day, "month")
    if vague:  # "several years ago": some time in the past, roughly then
        value = "PAST_REF" if sign < 0 else "FUTURE_REF"
    roughly = "number" in groups and is_approximate_count(groups["number"])  # "a couple of days ago": about two
    certainty = 0.6 if vague else 0.75 if roughly else 0.9
    about = vague or roughly or "approx_word" in groups or "or_so" in groups
    modifier = "APPROX" if about else None
    if coarse:
        certainty = min(certainty, 0.6)
    elif base.source == "text":
        certainty -= 0.1
    elif direction not in _FROM_WRITING:
        certainty = min(certainty, 0.5)  # no earlier date in the text to count from
    return TimeValue(
        value=value,
        start=start,
        end=end,
        precision=precision,
        modifier=modifier,
        certainty=certainty,
        anchor=base,
        rationale=f"{amount} {unit}(s) {direction} {anchor_words(base)}{_MONTH_ONLY if coarse else ''}",
    )


_MONTH_ONLY = "; counted from a month, so only the month is known"


def _clock_offset(minutes: int, amount: str, base: Anchor, modifier: str | None) -> TimeValue:
    """ "Two hours later": the day counted from, moved only by the whole days the hours make."""
    whole_days = int(minutes / (24 * 60))  # towards zero: "30 hours later" is the next day
    day = base.date + whole_days * DAY
    certainty = 0.6 if amount.startswith("some") or base.source != "text" else 0.75  # it may run past midnight
    return TimeValue(
        value=day.isoformat(),
        start=day,
        end=day,
        modifier=modifier,
        certainty=certainty,
        anchor=base,
        rationale=f"{amount} {'after' if minutes >= 0 else 'before'} {anchor_words(base)}, "
        f"{'the same day' if not whole_days else f'{whole_days:+d} day(s)'} unless the clock ran past midnight",
    )


_ORDER = {
    "next": 1,
    "following": 1,
    "after": 1,
    "later": 1,
    "previous": -1,
    "preceding": -1,
    "before": -1,
    "earlier": -1,
    "same": 0,
    "that": 0,
}


@resolves("narrative")
def narrative(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    unit = unit_name(groups.get("unit") or groups.get("unit_after") or "day")
    order_word = (groups.get("order") or groups.get("direction") or "same").lower()
    step = _ORDER[order_word]
    base = ctx.reference_for(unit)
    part_of_day = unit in ("morning", "night", "evening", "afternoon")
    day = shift(base.date, "day" if part_of_day else unit, step)  # "the next morning": the next day's
    value, start, end, precision = unit_interval(day, "day" if part_of_day else unit)
    certainty = 0.85 if base.source == "text" else 0.4
    note = "" if base.source == "text" else "; no earlier date in the text, so counted from the publication date"
    if ctx.counts_days_from_a_month(unit, base):
        value, start, end, precision = unit_interval(day, "month")
        certainty, note = 0.6, _MONTH_ONLY
    return TimeValue(
        value=value,
        start=start,
        end=end,
        precision=precision,
        certainty=certainty,
        anchor=base,
        rationale=f"'{order_word}' {unit} relative to {anchor_words(base)}{note}",
    )
