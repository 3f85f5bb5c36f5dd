"""Times that point at the writer's present, past or future: "now", "recently", "the past", "one day"."""

from __future__ import annotations

from chrono.models import Precision, TimeValue
from chrono.temporal.resolvers.base import Context, anchor_words, resolves

_REFERENCES = {
    "now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "at present": "PRESENT_REF",
    "recently": "PAST_REF",
    "lately": "PAST_REF",
    "the past": "PAST_REF",
    "the future": "FUTURE_REF",
    "the near future": "FUTURE_REF",
    "these days": "PRESENT_REF",
    # "will one day be", "could someday": after a modal, some time ahead (not a length of a day)
    "one day": "FUTURE_REF",
    "someday": "FUTURE_REF",
    "some day": "FUTURE_REF",
}


@resolves("reference")
def reference(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    word = " ".join(groups["ref"].lower().split())
    value = _REFERENCES[word]
    anchor = ctx.anchor.date
    start, end = {"PRESENT_REF": (anchor, anchor), "PAST_REF": (None, anchor), "FUTURE_REF": (anchor, None)}[value]
    return TimeValue(
        value=value,
        start=start,
        end=end,
        precision=Precision.UNKNOWN,
        certainty=0.8,
        anchor=ctx.anchor,
        rationale=f"'{word}' refers to the time around {anchor_words(ctx.anchor)}",
    )
