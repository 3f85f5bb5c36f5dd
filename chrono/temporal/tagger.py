"""Find temporal expressions: spans and captured parts, no values yet.

Every rule runs over the whole text; overlapping hits are settled by keeping
the longest, then the earliest rule in ``rules.json``. Resolution is a
separate stage, so the same hits serve publication-date inference and
resolution against any anchor.
"""

from __future__ import annotations

from bisect import bisect_right

from chrono.models import Sentence, TimexMatch, TimexType
from chrono.temporal.lexicon import rules


def _sentence_index(sentences: list[Sentence], starts: list[int], offset: int) -> int:
    position = bisect_right(starts, offset) - 1
    return max(position, 0) if sentences else 0


def tag(text: str, sentences: list[Sentence]) -> list[TimexMatch]:
    """Temporal expressions in ``text`` in reading order, none overlapping."""
    candidates: list[tuple[int, int, int, TimexMatch]] = []
    starts = [s.start for s in sentences]
    for priority, rule in enumerate(rules()):
        for match in rule.regex.finditer(text):
            if "span" in rule.regex.groupindex and match.group("span") is not None:
                start, end = match.span("span")
            else:
                start, end = match.span()
            if start == end:
                continue
            groups = {k: v for k, v in match.groupdict().items() if v is not None and k != "span"}
            sentence = _sentence_index(sentences, starts, start)
            if sentences and sentences[sentence].boilerplate:
                continue
            candidates.append(
                (
                    start,
                    end,
                    priority,
                    TimexMatch(
                        text=text[start:end],
                        start=start,
                        end=end,
                        rule=rule.name,
                        resolve=rule.resolve,
                        timex_type=TimexType(rule.timex_type),
                        sentence=sentence,
                        groups=groups,
                    ),
                )
            )
    # Longest first, then rule order; then keep what does not overlap an earlier choice.
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    chosen: list[tuple[int, int, TimexMatch]] = []
    taken: list[tuple[int, int]] = []
    for start, end, _, found in candidates:
        position = bisect_right(taken, (start, end))
        before = taken[position - 1] if position else None
        after = taken[position] if position < len(taken) else None
        if (before and before[1] > start) or (after and after[0] < end):
            continue
        taken.insert(position, (start, end))
        chosen.append((start, end, found))
    chosen.sort(key=lambda c: (c[0], c[1]))
    return [found for _, _, found in chosen]
