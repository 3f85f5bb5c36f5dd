"""Days, weekdays and calendar units counted from the publication date.

"yesterday", "on Wednesday", "last Wednesday", "next week", "this past weekend",
"later this month": the writer's now is the anchor, and the tense chooses
between the weekday behind and the one ahead, keeping the other as an
alternative when the choice rests on a default.
"""

from __future__ import annotations

import datetime as dt

from chrono.models import Reading, TimeValue, TimexType
from chrono.temporal import calendar as cal
from chrono.temporal.calendar import DAY
from chrono.temporal.resolvers.base import (
    PART_MODS,
    Context,
    anchor_words,
    lookup,
    number_of,
    resolves,
    shift,
    unit_interval,
    whole_day,
)

RELATIVE_DAYS = {
    "the day before yesterday": (-2, None),
    "the day after tomorrow": (2, None),
    "yesterday": (-1, None),
    "today": (0, None),
    "tomorrow": (1, None),
    "tonight": (0, "NI"),
    "last night": (-1, "NI"),
    "overnight": (-1, "NI"),  # in a report, the night just gone: "drones struck overnight"
    "this morning": (0, "MO"),
    "this afternoon": (0, "AF"),
    "this evening": (0, "EV"),
}


@resolves("relative_day")
def relative_day(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    word = " ".join(groups["word"].lower().split())
    offset, part = RELATIVE_DAYS[word]
    if groups.get("part") or groups.get("lead_part"):  # "yesterday afternoon", "mid-afternoon yesterday"
        part = str(lookup("part_of_day", groups.get("part") or groups["lead_part"]))
    day = ctx.anchor.date + offset * DAY
    certainty = 0.8 if word == "overnight" else 0.95  # "overnight" may be the story's night, not the writer's
    value = whole_day(day, certainty, f"'{word}' is {offset:+d} day(s) from {anchor_words(ctx.anchor)}", ctx.anchor)
    if part:
        value = value.model_copy(update={"value": f"{day.isoformat()}T{part}", "timex_type": TimexType.TIME})
    return value


@resolves("weekday")
def weekday(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    target = number_of("weekday", groups["weekday"])
    name = cal.WEEKDAY_NAMES[target]
    modifier = (groups.get("modifier") or "").lower()
    anchor = ctx.anchor.date
    back = (anchor.weekday() - target) % 7  # days back to the latest such weekday, 0 = today
    ahead = (target - anchor.weekday()) % 7
    on_or_before, on_or_after = anchor - back * DAY, anchor + ahead * DAY
    this_week = cal.week_start(anchor) + target * DAY
    where = anchor_words(ctx.anchor)
    alternatives: list[Reading] = []

    def reading(day: dt.date, reason: str) -> Reading:
        return Reading(value=day.isoformat(), start=day, end=day, reason=reason)

    story = ctx.reference_for("day")
    counted_from = ctx.anchor
    if modifier in ("following", "previous", "preceding") and story.source == "text":
        # "the following Tuesday", "the previous Friday": counted from the day the story is on,
        # as "the following day" is, not from the writer's.
        day, counted_from = story.date, story
        step = 1 if modifier == "following" else -1
        chosen, certainty = day + step * (((target - day.weekday()) * step - 1) % 7 + 1) * DAY, 0.8
        why = f"'the {modifier} {name}': the {name} {'after' if step > 0 else 'before'} {anchor_words(story)}"
    elif modifier in ("last", "previous", "preceding", "past"):
        latest = anchor - (back or 7) * DAY
        previous_week = this_week - 7 * DAY
        if modifier == "past" or latest == previous_week:
            chosen, certainty = latest, 0.9
            why = f"'{modifier} {name}': the latest {name} before {where}"
        else:
            # The latest Wednesday is in the anchor's own week: a writer naming that day says
            # "on Wednesday"; "last Wednesday" then points to the week before.
            chosen, certainty = previous_week, 0.7
            why = f"'last {name}': {name} of the previous calendar week, before {where}"
            alternatives.append(reading(latest, f"the latest {name} before the anchor, in the same week"))
    elif modifier == "next":
        soonest = anchor + (ahead or 7) * DAY
        next_week = this_week + 7 * DAY
        if soonest == next_week:
            chosen, certainty, why = soonest, 0.9, f"'next {name}': the first {name} after {where}"
        else:
            chosen, certainty = next_week, 0.6
            why = f"'next {name}': {name} of the next calendar week after {where}"
            alternatives.append(reading(soonest, f"the first {name} after the anchor, in the same week"))
    elif modifier in ("coming", "following"):
        chosen, certainty, why = anchor + (ahead or 7) * DAY, 0.9, f"'{modifier} {name}': first {name} after {where}"
    elif modifier == "this":
        chosen, certainty, why = this_week, 0.85, f"'this {name}': {name} of the week of {where}"
        # "will meet again this Thursday", written on a Friday: the week's Thursday is gone, so
        # the coming one; "met this Friday", written on a Wednesday, the one just gone.
        if ctx.tense in ("future", "past") and (this_week < anchor if ctx.tense == "future" else this_week > anchor):
            step = 7 if ctx.tense == "future" else -7
            chosen, certainty = this_week + step * DAY, 0.7
            why = f"'this {name}', {ctx.tense} tense: the {name} {'after' if step > 0 else 'before'} {where}"
            alternatives.append(reading(this_week, f"the {name} of the anchor's own week"))
    elif ctx.tense == "future" and not groups.get("poss"):
        chosen, certainty = on_or_after, 0.85
        why = f"{name}, future tense: the next {name} on or after {where}"
        if on_or_before != on_or_after:  # on the anchor's own weekday both readings are that day
            alternatives.append(reading(on_or_before, f"the latest {name} on or before the anchor, if past"))
    elif ctx.tense is None and ctx.signal in ("until", "by") and not groups.get("poss"):
        # "have until Tuesday to sign": a deadline with no verb in the past is still ahead.
        chosen, certainty = on_or_after, 0.7
        why = f"'{ctx.signal} {name}', no tense cue: a deadline, the next {name} on or after {where}"
        if on_or_before != on_or_after:
            alternatives.append(reading(on_or_before, f"the latest {name} on or before the anchor, if past"))
    else:
        chosen = on_or_before
        certainty = 0.9 if ctx.tense else 0.7
        tense_words = f"{ctx.tense} tense" if ctx.tense else "no tense cue, news default past"
        why = f"{name}, {tense_words}: the latest {name} on or before {where}"
        if on_or_after != on_or_before:
            alternatives.append(reading(on_or_after, f"the next {name} on or after the anchor, if planned"))
    value = whole_day(chosen, certainty, why, counted_from, alternatives)
    if groups.get("part") or groups.get("lead_part"):  # "Tuesday morning", "mid-morning Tuesday"
        part = str(lookup("part_of_day", groups.get("part") or groups["lead_part"]))
        value = value.model_copy(update={"value": f"{chosen.isoformat()}T{part}", "timex_type": TimexType.TIME})
    return value


_UNIT_STEPS = {
    "before last": -2,
    "after next": 2,
    "last": -1,
    "this past": -1,  # American for the last one: "this past weekend"
    "the past": -1,  # only before "weekend": "the past week" is a length (P1W), as TimeML reads it
    "previous": -1,
    "this": 0,
    "the current": 0,
    "next": 1,
    "coming": 1,
}


@resolves("relative_unit")
def relative_unit(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    unit = groups["unit"].lower()
    modifier = " ".join(groups["modifier"].lower().split())
    step = _UNIT_STEPS[modifier]
    value, start, end, precision = unit_interval(shift(ctx.anchor.date, unit, step), unit)
    certainty, why = 0.95, f"'{modifier} {unit}': the calendar {unit} {step:+d} from {anchor_words(ctx.anchor)}"
    alternatives: list[Reading] = []
    if unit == "weekend" and step == 0 and ctx.tense == "past" and start > ctx.anchor.date:
        # "talks resumed this weekend", written on a Monday: the calendar week's weekend is still
        # ahead, so the one just gone.
        ahead = Reading(value=value, start=start, end=end, reason="the calendar week's weekend, if planned")
        alternatives.append(ahead)
        value, start, end, precision = unit_interval(shift(ctx.anchor.date, unit, -1), unit)
        certainty, why = 0.8, f"'this weekend', past tense: the weekend just gone before {anchor_words(ctx.anchor)}"
    return TimeValue(
        value=value,
        start=start,
        end=end,
        precision=precision,
        certainty=certainty,
        anchor=ctx.anchor,
        rationale=why,
        alternatives=alternatives,
    )


@resolves("within_unit")
def within_unit(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    unit = (groups.get("unit") or groups.get("modifier_end") or "year").lower()
    modifier = (groups.get("modifier") or "the").lower()
    position = " ".join((groups.get("position") or "the end of").lower().split())
    step = {"last": -1, "this": 0, "the": 0, "next": 1}[modifier]
    # "Later this week" is the writer's week; "later in the week" the week the story is in, which
    # is the writer's only when the text has named no other.
    base = ctx.reference_for(unit) if groups.get("modifier_in") else ctx.anchor
    anchor = base.date
    value, start, end, precision = unit_interval(shift(anchor, unit, step), unit)
    mod: str | None
    if position == "earlier" and step == 0:
        end, mod = anchor, "START"
    elif position in ("later", "the rest of") and step == 0:
        start, mod = anchor, "END"
    else:
        mod = {"earlier": "START", "later": "END", "early": "START", "late": "END", "mid": "MID", **PART_MODS}.get(
            position
        )
        if mod:
            start, end = cal.thirds(start, end, mod)
    return TimeValue(
        value=value,
        start=start,
        end=end,
        precision=precision,
        modifier=mod,
        certainty=0.75 if base.source == "text" else 0.85,
        anchor=base,
        rationale=f"'{position}' part of {modifier} {unit}, from {anchor_words(base)}",
    )


@resolves("same_time")
def same_time(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    """ "This time last year", "the same time a year ago": about the writer's day, a unit away."""
    unit = (groups.get("unit") or groups["unit_ago"]).lower()
    step = 1 if (groups.get("modifier") or "").lower() == "next" else -1
    day = shift(ctx.anchor.date, unit, step)
    direction = "on" if step > 0 else "before"
    why = f"the same time a {unit} {direction}: about the day {unit} {step:+d} from {anchor_words(ctx.anchor)}"
    return whole_day(day, 0.8, why, ctx.anchor, modifier="APPROX")


@resolves("the_weekend")
def the_weekend(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    """'over the weekend': the latest weekend begun by the anchor; in a plan, the next one."""
    anchor = ctx.anchor.date
    if ctx.tense == "future" or groups.get("ahead"):
        saturday = anchor + ((5 - anchor.weekday()) % 7) * DAY if anchor.weekday() != 6 else anchor + 6 * DAY
        cue = "'ahead of'" if groups.get("ahead") else "future tense"
        why = f"'the weekend', {cue}: the next weekend from {anchor_words(ctx.anchor)}"
    else:
        saturday = anchor - ((anchor.weekday() - 5) % 7) * DAY
        why = f"'the weekend': the latest weekend begun by {anchor_words(ctx.anchor)}"
    value, start, end, precision = unit_interval(saturday, "weekend")
    return TimeValue(
        value=value, start=start, end=end, precision=precision, certainty=0.85, anchor=ctx.anchor, rationale=why
    )
