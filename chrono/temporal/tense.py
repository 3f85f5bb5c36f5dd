"""Tense of the clause around a time expression, from nearby marker words.

A weekday or a month without a year points back in a report ("met on
Tuesday") and forward in a plan ("will meet on Tuesday"). The governing verb
usually comes before its time adjunct, so the nearest marker on the left wins;
only when the left has none is the right searched. Markers are data
(``rules/tense.json``); two-word markers ("set to") are matched as pairs.
"""

from __future__ import annotations

import re
from typing import Literal

from chrono.models import Sentence
from chrono.temporal.lexicon import tense_markers

Tense = Literal["past", "present", "future"]

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|['’]ll|[;:()—–]")  # "Korea-controlled" is one token
_PAST_AUXILIARIES = frozenset({"had", "been", "was", "were"})
_WINDOW = 12  # tokens on each side; markers farther away rarely govern the expression


def _classify(word: str, markers: dict[str, frozenset[str]]) -> Tense | None:
    if word in markers["future"]:
        return "future"
    if word in markers["past"]:
        return "past"
    if word in markers["present"]:
        return "present"
    if (
        " " not in word
        and "-" not in word
        and len(word) > 4
        and word.endswith("ed")
        and word not in markers["not_past"]
    ):
        return "past"
    return None


def _clause(tokens: list[str], breaks: frozenset[str]) -> list[str]:
    clause = []
    for token in tokens:
        if token in breaks:
            break
        clause.append(token)
    return clause


def _scan(tokens: list[str], markers: dict[str, frozenset[str]], *, leftward: bool) -> Tense | None:
    """Nearest marker in ``tokens``, which are ordered nearest first; pairs are read in text order."""
    for index, token in enumerate(tokens):
        if leftward:
            pair = f"{token} {tokens[index - 1]}" if index else None
        else:
            pair = f"{token} {tokens[index + 1]}" if index + 1 < len(tokens) else None
        earlier = tokens[index + 1 : index + 3] if leftward else tokens[max(0, index - 2) : index]
        if pair is not None and _classify(pair, markers) == "future":
            # "had been expected to end": a plan that lay in the past
            return "past" if _PAST_AUXILIARIES & set(earlier) else "future"
        tense = _classify(token, markers)
        if tense == "future" and _PAST_AUXILIARIES & set(earlier) and token not in ("will", "would", "shall"):
            return "past"
        if (
            tense == "past"
            and leftward
            and any(_classify(a, markers) == "future" for a in tokens[index + 1 : index + 4])
        ):
            return "future"  # "will be held on Monday": a participle after a future auxiliary
        if tense is not None:
            return tense
    return None


def detect_tense(text: str, sentence: Sentence, start: int, end: int) -> Tense | None:
    """The tense of the clause around ``text[start:end]``, or None when no marker says."""
    markers = tense_markers()
    breaks = markers["clause_breaks"]
    before = [t.lower().replace("’", "'") for t in _TOKEN.findall(text, max(sentence.start, start - 160), start)]
    after = [t.lower().replace("’", "'") for t in _TOKEN.findall(text, end, min(sentence.end, end + 160))]
    left = _clause(list(reversed(before[-_WINDOW:])), breaks)
    right = _clause(after[:_WINDOW], breaks)
    return _scan(left, markers, leftward=True) or _scan(right, markers, leftward=False)
