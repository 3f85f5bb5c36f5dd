"""Tense of the clause around a time expression, from nearby marker words.

A weekday or a month without a year points back in a report ("met on
Tuesday") and forward in a plan ("will meet on Tuesday"); the nearest marker
in the same clause decides. Markers are data (``rules/tense.json``).
"""

from __future__ import annotations

import re
from typing import Literal

from chrono.models import Sentence
from chrono.temporal.lexicon import tense_markers

Tense = Literal["past", "present", "future"]

_TOKEN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?|['’]ll|[;:()—–]")
_WINDOW = 12  # tokens on each side; markers farther away rarely govern the expression


def _classify(token: str, markers: dict[str, frozenset[str]]) -> Tense | None:
    word = token.lower().replace("’", "'")
    if word in markers["future"]:
        return "future"
    if word in markers["past"]:
        return "past"
    if word in markers["present"]:
        return "present"
    if len(word) > 4 and word.endswith("ed") and word not in markers["not_past"]:
        return "past"
    return None


def detect_tense(text: str, sentence: Sentence, start: int, end: int) -> Tense | None:
    """The tense of the nearest marker to ``text[start:end]`` within its clause, or None."""
    markers = tense_markers()
    breaks = markers["clause_breaks"]
    before = _TOKEN.findall(text, max(sentence.start, start - 160), start)
    after = _TOKEN.findall(text, end, min(sentence.end, end + 160))
    left: list[str] = []
    for token in reversed(before[-_WINDOW:]):
        if token.lower() in breaks:
            break
        left.append(token)
    right: list[str] = []
    for token in after[:_WINDOW]:
        if token.lower() in breaks:
            break
        right.append(token)
    # Walk outwards, one token left then one right: the nearest marker wins, left first
    # because English puts the governing verb before its time adjunct more often.
    for distance in range(max(len(left), len(right))):
        for side in (left, right):
            if distance < len(side):
                tense = _classify(side[distance], markers)
                if tense == "past" and side is left and _future_auxiliary(left[distance + 1 : distance + 4], markers):
                    return "future"  # "will be held on Monday": a participle after a future auxiliary
                if tense is not None:
                    return tense
    return None


def _future_auxiliary(tokens: list[str], markers: dict[str, frozenset[str]]) -> bool:
    return any(_classify(token, markers) == "future" for token in tokens)
