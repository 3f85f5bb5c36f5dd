"""Lengths of time: "three days", "2 1/2 years", "for years", "the past few weeks".

A length has no date of its own (TIMEX3 DURATION, P3D), except a span that ends
or starts now ("the past three weeks"), which also keeps its interval so that
events dated by it still land somewhere on the timeline.
"""

from __future__ import annotations

from chrono.models import Precision, TimeValue, TimexType
from chrono.temporal.lexicon import count_of, is_approximate_count
from chrono.temporal.resolvers.base import Context, anchor_words, lookup, resolves, shift, unit_name

_DURATION_LETTERS = {
    "day": "D",
    "week": "W",
    "month": "M",
    "year": "Y",
    "decade": "DE",
    "century": "CE",
    "fortnight": "W",
    "quarter": "Q",  # TimeML's P2Q: "two quarters" is no six months in a quarterly report
    "hour": "H",
    "minute": "M",
    "weekend": "WE",
}


_UNIT_MULTIPLES = {"fortnight": ("week", 2), "decade": ("year", 10), "century": ("year", 100)}


_SMALLER_UNIT = {"year": ("M", 12), "day": ("TH", 24), "hour": ("TM", 60), "minute": ("TS", 60)}


def duration_value(amount: float | None, unit: str) -> str:
    """TIMEX3 duration; decades and centuries are spelled in years (P20Y), as TimeBank does.

    A fraction goes into the next smaller unit when it comes out whole, as TimeML
    writes it ("2 1/2 years" P2Y6M, "an hour and a half" PT1H30M, "1.5 weeks"
    P10DT12H); otherwise the count keeps its decimals (P1.5M).
    """
    if unit in _UNIT_MULTIPLES and amount is not None:
        unit, factor = _UNIT_MULTIPLES[unit]
        amount *= factor
    time = unit in ("hour", "minute")
    if amount is None or amount == int(amount):
        count = "X" if amount is None else str(int(amount))
        return f"{'PT' if time else 'P'}{count}{_DURATION_LETTERS[unit]}"
    if unit == "week":
        unit, amount = "day", amount * 7
    whole, rest = int(amount), amount - int(amount)
    smaller = _SMALLER_UNIT.get(unit)
    if smaller is not None and (rest * smaller[1]).is_integer():
        letter, factor = smaller
        first = f"{whole}{_DURATION_LETTERS[unit]}" if whole else ""
        second = f"{int(rest * factor)}{letter[-1]}"
        if time:
            return f"PT{first}{second}"
        return f"P{first}{'T' if letter.startswith('T') else ''}{second}"
    return f"{'PT' if time else 'P'}{amount:g}{_DURATION_LETTERS[unit]}"


_FRACTIONS = {"1/2": 0.5, "1/4": 0.25, "3/4": 0.75, "½": 0.5, "¼": 0.25, "¾": 0.75}


def _duration_amount(groups: dict[str, str]) -> tuple[float, bool]:
    """How many units: "half an hour" 0.5, "2.5 years", "5 1/2 hours", "a year and a half" 1.5,
    "day-long" (no count) 1."""
    if "number" not in groups and "decimal" not in groups:
        return (0.5 if "half" in groups else 1.0), False
    if "half" in groups:
        return 0.5, False
    if "decimal" in groups:
        return float(groups["decimal"]), False
    count, vague = count_of(groups["number"])
    amount = float(count)
    if not vague:
        amount += _FRACTIONS.get(groups.get("fraction") or groups.get("fraction_sign") or "", 0.0)
        amount += 0.5 if "number_and_half" in groups or "and_half" in groups else 0.0
    return amount, vague


@resolves("duration")
def duration(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    amount, vague = _duration_amount(groups)
    unit = unit_name(groups["unit"])
    # "nearly", "more than" are the expression's own words (TimeML's extent); "about", "some" stay
    # outside it, as the corpus tags "spent about five hours", but hedge it all the same.
    hedge = groups.get("approx_word") or groups.get("approx_about")
    about = vague or ("number" in groups and is_approximate_count(groups["number"]))
    modifier = str(lookup("approx", hedge)) if hedge else ("APPROX" if about else None)
    return TimeValue(
        value=duration_value(None if vague else amount, unit),
        timex_type=TimexType.DURATION,
        precision=Precision.UNKNOWN,
        modifier=modifier,
        certainty=0.9 if not vague else 0.6,
        anchor=ctx.anchor,
        rationale=f"a length of time, {amount:g} {unit}(s)" + (f", hedged by '{hedge}'" if hedge else ""),
    )


@resolves("fuzzy_span")
def fuzzy_span(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    unit = unit_name(groups.get("unit") or groups["unit_single"])
    direction = groups["direction"].lower()
    if "unit_single" in groups:
        amount, vague = 1, False  # "the past year": exactly one
    else:
        amount, vague = count_of(groups["number"]) if groups.get("number") else (3, True)
    anchor = ctx.anchor.date
    forward = direction in ("coming", "next", "following")
    try:
        # Hours reach back (or on) only the whole days they make: "the past 24 hours" began yesterday.
        step, steps = ("day", amount // 24) if unit == "hour" else (unit, amount)
        far = shift(anchor, step, steps if forward else -steps)
    except (ValueError, OverflowError):
        return None
    start, end = (anchor, far) if forward else (far, anchor)
    precision = {
        "day": Precision.DAY,
        "week": Precision.WEEK,
        "month": Precision.MONTH,
        "year": Precision.YEAR,
        "decade": Precision.DECADE,
    }.get(unit, Precision.DAY)
    words = groups.get("number") or "a few"
    # A counted span is a length, exactly ("the past three weeks", P3W) or vaguely ("the past few
    # weeks", PXW); an uncounted one ("recent days", "the coming weeks") is a vague reference to
    # the past or future. Vague ones keep an approximate interval, which dates events.
    reference_value = "FUTURE_REF" if forward else "PAST_REF"
    counted = not vague or bool(groups.get("number"))  # "the next few days": a length, vaguely counted
    return TimeValue(
        value=reference_value if not counted else duration_value(None if vague else amount, unit),
        timex_type=TimexType.DURATION if counted else TimexType.DATE,
        start=start,
        end=end,
        precision=precision,
        modifier="APPROX" if vague or is_approximate_count(groups.get("number") or "") else None,
        certainty=0.6 if vague else 0.8,
        anchor=ctx.anchor,
        rationale=(f"'the {direction} {unit}'" if "unit_single" in groups else f"'{direction}' {words} {unit}s")
        + f": a span {'starting' if forward else 'ending'} at {anchor_words(ctx.anchor)}"
        + (f", {words} read as about {amount}" if vague else ""),
    )


@resolves("vague_duration")
def vague_duration(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    """'for years', 'over several weeks': a length whose count the text does not give."""
    unit = unit_name(groups["unit"]) if groups["unit"].lower() != "centurie" else "century"
    return TimeValue(
        value=duration_value(None, unit if unit not in _UNIT_MULTIPLES else "year"),
        timex_type=TimexType.DURATION,
        precision=Precision.UNKNOWN,
        modifier="APPROX",
        certainty=0.6,
        anchor=ctx.anchor,
        rationale=f"an unstated number of {unit}s",
    )
