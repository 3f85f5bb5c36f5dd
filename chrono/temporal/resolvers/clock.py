"""Clock times, with the day they are on: "at 3:30 p.m. on Tuesday", "noon Saturday", "0600 GMT"."""

from __future__ import annotations

from chrono.models import Precision, TimeValue, TimexType
from chrono.temporal.resolvers.base import Context, anchor_words, resolves
from chrono.temporal.resolvers.dates import explicit_date
from chrono.temporal.resolvers.relative import RELATIVE_DAYS, relative_day, weekday

_CLOCK_WORDS = {"noon": (12, 0), "midday": (12, 0), "midnight": (24, 0)}


@resolves("clock_time")
def clock_time(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    if "word" in groups:
        hour, minute = _CLOCK_WORDS[groups["word"].lower()]
    elif "ampm" in groups:
        hour, minute = int(groups["hour"]), int(groups.get("minute") or 0)
        hour = (hour % 12) + (12 if groups["ampm"].lower().startswith("p") else 0)
    else:
        # The 24-hour clock ("at 14:30", "0600 GMT"): a bare "3:16" is a verse or a score, not a time.
        if "minute_joined" not in groups and not (groups.get("zone") or groups.get("prep")):
            return None
        hour, minute = int(groups["hour"]), int(groups.get("minute") or groups["minute_joined"])
    day_word = groups.get("day_word")
    day_value: TimeValue | None = None
    if "month" in groups:
        written: dict[str, str] = {k: groups[k] for k in ("month", "day", "year") if k in groups}  # "Jan. 5, 2025"
        day_value = explicit_date(written, ctx)
    elif day_word and day_word.lower() in RELATIVE_DAYS:
        day_value = relative_day({"word": day_word}, ctx)
    elif day_word:
        day_value = weekday({"weekday": day_word}, ctx)
    base = day_value.start if day_value is not None and day_value.start else ctx.reference_for("day").date
    why = day_value.rationale if day_value is not None else f"clock time on {anchor_words(ctx.reference_for('day'))}"
    return TimeValue(
        value=f"{base.isoformat()}T{hour:02d}:{minute:02d}",
        timex_type=TimexType.TIME,
        start=base,
        end=base,
        precision=Precision.TIME,
        certainty=day_value.certainty if day_value is not None else 0.7,
        anchor=ctx.anchor,
        rationale=why,
    )
