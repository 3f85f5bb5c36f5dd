"""Find temporal expressions: spans and captured parts, no values yet.

Every rule runs over the whole text; overlapping hits are settled by keeping
the longest, then the earliest rule in ``rules.json``. Resolution is a
separate stage, so the same hits serve publication-date inference and
resolution against any anchor.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from chrono.models import Sentence, TimexMatch, TimexType
from chrono.temporal.keywords import keyword_hits
from chrono.temporal.lexicon import Rule, rules

# Characters around a keyword in which its rule's full pattern is tried. The longest
# stretch any rule matched before or after its keyword on the TimeML and news-dev
# texts is 24 characters ("approximately the first ..."), so 60 leaves room; wider
# windows only cost time (the pattern is tried at every word start in them).
_WINDOW = 60


def _windows(hits: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """Stretches of the text around a keyword's hits, overlapping ones joined."""
    windows: list[list[int]] = []
    for hit_start, hit_end in hits:
        start, end = max(0, hit_start - _WINDOW), min(length, hit_end + _WINDOW)
        if windows and start <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], end)
        else:
            windows.append([start, end])
    return [(start, end) for start, end in windows]


def keyword_windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """For each keyword (as written in rules.json), the stretches of ``text`` its rules are tried in."""
    return {keyword: _windows(hits, len(text)) for keyword, hits in keyword_hits(text).items()}


def _matches(rule: Rule, text: str, windows: dict[str, list[tuple[int, int]]]) -> Iterator[re.Match[str]]:
    """All matches of a rule; with a keyword, only in windows around the keyword's hits.

    Finding keywords is one pass over the words of the text for all rules
    (:mod:`chrono.temporal.keywords`), so the full pattern, with its optional
    prefixes, runs only where it can match.
    """
    if rule.keyword_source is None:
        yield from rule.regex.finditer(text)
        return
    for start, end in windows[rule.keyword_source]:
        yield from rule.regex.finditer(text, start, end)


def _sentence_index(sentences: list[Sentence], starts: list[int], offset: int) -> int:
    position = bisect_right(starts, offset) - 1
    return max(position, 0) if sentences else 0


def tag(text: str, sentences: list[Sentence]) -> list[TimexMatch]:
    """Temporal expressions in ``text`` in reading order, none overlapping."""
    candidates: list[tuple[int, int, int, TimexMatch]] = []
    starts = [s.start for s in sentences]
    windows = keyword_windows(text)
    for priority, rule in enumerate(rules()):
        for match in _matches(rule, text, windows):
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
    # One sweep in reading order: of overlapping hits the longer wins, then the earlier rule.
    # (Sorting by start and comparing with the last choice keeps this O(n log n).)
    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0]), c[2]))
    chosen: list[tuple[int, int, int, TimexMatch]] = []
    for start, end, priority, found in candidates:
        if chosen and start < chosen[-1][1]:
            last_start, last_end, last_priority, _ = chosen[-1]
            longer = end - start > last_end - last_start
            if longer or (end - start == last_end - last_start and priority < last_priority):
                chosen[-1] = (start, end, priority, found)
            continue
        chosen.append((start, end, priority, found))
    return [found for _, _, _, found in chosen]
