"""In a report on a quarter, "a year ago" is that quarter a year earlier, not the whole year."""

from __future__ import annotations

import re

from chrono.models import Precision, TemporalExpression, TimexType
from chrono.temporal import calendar as cal

_YEAR_AGO = re.compile(r"(?:a|one)\s+year\s+(?:ago|earlier)|year-(?:ago|earlier)", re.IGNORECASE)
_QUARTER_CONTEXT_SENTENCES = 2


def year_ago_quarters(expressions: list[TemporalExpression]) -> list[TemporalExpression]:
    """In a report on a quarter, "a year ago" is that quarter a year earlier, not the whole year."""
    refined = []
    quarter: TemporalExpression | None = None
    for expression in expressions:
        value = expression.value
        if value.precision == Precision.QUARTER and expression.rule != "comparison_period":
            quarter = expression
        elif (
            quarter is not None
            and expression.sentence - quarter.sentence <= _QUARTER_CONTEXT_SENTENCES
            and (expression.rule == "comparison_period" or _YEAR_AGO.fullmatch(expression.text))
            and quarter.value.start is not None
        ):
            year, number = int(quarter.value.value[:4]) - 1, int(quarter.value.value[-1])
            first, last = cal.quarter_bounds(year, number)
            expression = expression.with_value(
                value.model_copy(
                    update={
                        "value": f"{year:04d}-Q{number}",
                        "start": first,
                        "end": last,
                        "precision": Precision.QUARTER,
                        "timex_type": TimexType.DATE,
                        "certainty": 0.75,
                        "rationale": f"compared with '{quarter.text}' (sentence {quarter.sentence + 1}): "
                        f"the same quarter a year earlier",
                    }
                )
            )
        refined.append(expression)
    return refined
