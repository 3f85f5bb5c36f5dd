"""'last Wednesday' is surer to mean the week before when a bare 'Wednesday' names the day before."""

from __future__ import annotations

from chrono.models import TemporalExpression

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
