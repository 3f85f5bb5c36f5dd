"""Tense of the clause around a time expression, from nearby marker words.

A weekday or a month without a year points back in a report ("met on
Tuesday") and forward in a plan ("will meet on Tuesday"). The governing verb
usually comes before its time adjunct, so the nearest marker on the left wins;
only when the left has none is the right searched. A present progressive with a
time ("is meeting the minister on Tuesday") is an arrangement, so it looks ahead. Markers are data
(``rules/tense.json``); markers of several words ("set to", "as soon as") are read
in text order, and neutral phrases ("next to") are not markers at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from chrono.models import Sentence
from chrono.temporal.lexicon import tense_markers

Tense = Literal["past", "present", "future"]

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|['’]ll|[;:()—–]")  # "Korea-controlled" is one token
_PAST_AUXILIARIES = frozenset({"had", "been", "was", "were"})
# A plan in progress is still ahead when told in the past ("were planning to march on Monday"):
# only the perfect puts it behind ("had been planning").
_PERFECT_AUXILIARIES = frozenset({"had", "been"})
# Future words that are no auxiliary: a participle after them stays past ("the next round was held",
# "officials briefed on the plans said on Thursday").
_NOT_AUXILIARIES = frozenset({"next", "coming", "upcoming", "later", "plans", "plan", "planned", "planning"})
# "did not meet on Monday": the plain form of a schedule verb after these is past.
_DID = frozenset({"did", "didn't", "didn’t"})
_WINDOW = 14  # tokens on each side; markers farther away rarely govern the expression


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


def _progressive(be: str, following: str, markers: dict[str, frozenset[str]]) -> bool:
    """ "is meeting", "are holding": a form of *be* and a verb in -ing after it."""
    return (
        be in markers["progressive_be"]
        and len(following) > 4
        and following.endswith("ing")
        and following not in markers["not_progressive"]
    )


def _clause(tokens: list[str], breaks: frozenset[str]) -> list[str]:
    clause = []
    for token in tokens:
        if token in breaks:
            break
        clause.append(token)
    return clause


def _phrases(tokens: list[str], index: int, *, leftward: bool) -> list[str]:
    """The phrases of two and more words that begin at ``tokens[index]`` in text order, longest first.

    Leftward, ``tokens`` run from the expression outwards, so a phrase that
    begins at ``index`` continues towards the expression (lower indices).
    """
    found = []
    for length in range(_longest_phrase(), 1, -1):
        if leftward and index - length + 1 >= 0:
            found.append(" ".join(tokens[index - n] for n in range(length)))
        elif not leftward and index + length <= len(tokens):
            found.append(" ".join(tokens[index : index + length]))
    return found


def _multiword() -> list[str]:
    markers = tense_markers()
    keys = ("future", "past", "present", "neutral", "deferral")
    return [phrase for key in keys for phrase in markers[key] if " " in phrase]


@cache
def _phrase_starts() -> frozenset[str]:
    """First words of the markers and neutral phrases of several words: only there are phrases read."""
    return frozenset(phrase.split()[0] for phrase in _multiword())


@cache
def _longest_phrase() -> int:
    return max((len(phrase.split()) for phrase in _multiword()), default=1)


@cache
def _neutral_edges() -> tuple[frozenset[str], frozenset[str], int]:
    """First and last words of the neutral phrases, and the longest one's length in words."""
    neutral = [phrase.split() for phrase in tense_markers()["neutral"]]
    return (
        frozenset(words[0] for words in neutral),
        frozenset(words[-1] for words in neutral),
        max((len(words) for words in neutral), default=0),
    )


def _neutral_length(tokens: list[str], index: int, neutral: frozenset[str], *, leftward: bool) -> int:
    """Words in the neutral phrase met first at ``tokens[index]`` ("next to", "as planned"), or 0.

    The scan meets a phrase at its end leftward and at its start rightward, and skips the whole
    of it: "began as planned on Saturday" must not stop at "planned".
    """
    firsts, lasts, longest = _neutral_edges()
    if tokens[index] not in (lasts if leftward else firsts):
        return 0
    for length in range(min(longest, len(tokens) - index), 1, -1):
        words = tokens[index : index + length]
        if " ".join(reversed(words) if leftward else words) in neutral:
            return length
    return 0


_NOT_INFINITIVES = frozenset({"a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our"})


def _infinitive_after(tokens: list[str], index: int) -> bool:
    """Leftward ``tokens``: is the verb at ``index`` followed, within a short time phrase ("agreed
    on Tuesday to meet"), by "to" and a verb, rather than "to" and a noun ("agreed to a truce")?"""
    for position in range(index - 1, max(-1, index - 5), -1):
        if tokens[position] == "to":
            return position > 0 and tokens[position - 1] not in _NOT_INFINITIVES
    return False


def _scan(tokens: list[str], markers: dict[str, frozenset[str]], *, leftward: bool) -> Tense | None:
    """Nearest marker in ``tokens``, which are ordered nearest first; phrases are read in text order."""
    starts = _phrase_starts()
    skip = 0
    for index, token in enumerate(tokens):
        if skip:
            skip -= 1
            continue
        neutral = _neutral_length(tokens, index, markers["neutral"], leftward=leftward)
        if neutral:
            skip = neutral - 1  # "next to the embassy": a place, not a time; "as planned": no plan ahead
            continue
        earlier = tokens[index + 1 : index + 3] if leftward else tokens[max(0, index - 2) : index]
        if token in starts:
            phrases = _phrases(tokens, index, leftward=leftward)
            if any(phrase in markers["deferral"] for phrase in phrases):
                return "past" if _PERFECT_AUXILIARIES & set(earlier) else "future"
            phrase_tense = next((t for t in (_classify(p, markers) for p in phrases) if t is not None), None)
            if phrase_tense == "future":
                # "had been expected to end": a plan that lay in the past
                return "past" if _PAST_AUXILIARIES & set(earlier) else "future"
            if phrase_tense is not None:
                return phrase_tense
        if token in markers["schedule"]:
            word_before = earlier[:1] if leftward else earlier[-1:]
            if word_before == ["to"]:
                continue  # "was to begin on Friday": the infinitive; the verb governing it decides
            if _DID & set(earlier):
                return "past"
            return "future"  # "the ministers meet Monday": a schedule
        if leftward and token in markers["prospective"] and _infinitive_after(tokens, index):
            return "future"  # "agreed on Tuesday to meet again on Friday": ahead of the agreeing
        tense = _classify(token, markers)
        if tense == "present" and leftward and index and _progressive(token, tokens[index - 1], markers):
            return "future"  # "is meeting the minister on Tuesday": an arrangement, ahead
        auxiliaries = _PERFECT_AUXILIARIES if token.endswith("ing") else _PAST_AUXILIARIES
        if tense == "future" and auxiliaries & set(earlier) and token not in ("will", "would", "shall"):
            return "past"
        if (
            tense == "past"
            and leftward
            and any(
                _classify(a, markers) == "future" and a not in _NOT_AUXILIARIES for a in tokens[index + 1 : index + 4]
            )
        ):
            return "future"  # "will be held on Monday", "is to be held": a participle after a future auxiliary
        if tense is not None:
            return tense
    return None


def _clause_tokens(text: str, sentence: Sentence, start: int, end: int) -> tuple[list[str], list[str]]:
    """The words of the clause around ``text[start:end]``: leftward (nearest first) and rightward."""
    breaks = tense_markers()["clause_breaks"]
    before = [t.lower().replace("’", "'") for t in _TOKEN.findall(text, max(sentence.start, start - 160), start)]
    after = [t.lower().replace("’", "'") for t in _TOKEN.findall(text, end, min(sentence.end, end + 160))]
    left = list(reversed(before[-_WINDOW:]))
    right = after[:_WINDOW]
    if left[:1] == ["("] and right[:1] == [")"]:
        # "will leave at dawn (4 a.m. Thursday)": an aside of the expression alone is governed
        # by the clause it stands in, not cut off from it.
        left, right = left[1:], right[1:]
    return _clause(left, breaks), _clause(right, breaks)


def detect_tense(text: str, sentence: Sentence, start: int, end: int) -> Tense | None:
    """The tense of the clause around ``text[start:end]``, or None when no marker says."""
    left, right = _clause_tokens(text, sentence, start, end)
    markers = tense_markers()
    return _scan(left, markers, leftward=True) or _scan(right, markers, leftward=False)


@dataclass(frozen=True)
class ClauseTense:
    """The clause's tense, and whether a word in it fixes the direction however far the date lies.

    ``firm_future``: "will" or a schedule phrase ("will take effect on Jan. 1", written in
    March, is next January; "the planned talks in January" or "is meeting them in January"
    say less). ``firm_past``: the past perfect ("had withdrawn by April"), unless the clause
    tells a plan ("had been set to expire Nov. 6" still points ahead). Both from
    ``rules/tense.json``.
    """

    tense: Tense | None
    firm_future: bool = False
    firm_past: bool = False


def clause_tense(text: str, sentence: Sentence, start: int, end: int) -> ClauseTense:
    """The tense of the clause around ``text[start:end]``, read from one pass over its words."""
    markers = tense_markers()
    left, right = _clause_tokens(text, sentence, start, end)
    tense = _scan(left, markers, leftward=True) or _scan(right, markers, leftward=False)
    if tense not in ("future", "past"):
        return ClauseTense(tense)
    sides = (f" {' '.join(reversed(left))} ", f" {' '.join(right)} ")
    if tense == "future":
        return ClauseTense(tense, firm_future=_has(sides, "firm_future"))
    return ClauseTense(tense, firm_past=_has(sides, "firm_past") and not _has(sides, "future"))


def _has(sides: tuple[str, str], key: str) -> bool:
    return any(f" {phrase} " in side for phrase in tense_markers()[key] for side in sides)


def firm_future(text: str, sentence: Sentence, start: int, end: int) -> bool:
    """Does "will" or a schedule phrase in the clause put ``text[start:end]`` ahead, however far?"""
    return clause_tense(text, sentence, start, end).firm_future


def firm_past(text: str, sentence: Sentence, start: int, end: int) -> bool:
    """Does the past perfect put ``text[start:end]`` behind, however far ("had withdrawn by April")?"""
    return clause_tense(text, sentence, start, end).firm_past


# Words that may stand between a verb and the date it governs: "began in late February".
_BETWEEN_VERB_AND_DATE = frozenset({"in", "on", "at", "between", "during", "from", "around", "about", "the"})
# Before a participle they make it a passive that is not in the past.
_NOT_PAST_AUXILIARIES = frozenset({"be", "being", "is", "are", "am"})
# Past markers that are no verb: they say when, not what happened.
_NOT_VERBS = frozenset({"last", "previous", "earlier", "ago"})


def is_past_verb(word: str) -> bool:
    """ "arrived", "met", "had": a word the tense rules read as a verb in the past."""
    word = word.lower().replace("’", "'")
    return word not in _NOT_VERBS and _classify(word, tense_markers()) == "past"


def past_verb_before(text: str, sentence: Sentence, start: int) -> bool:
    """Whether a past verb governs the expression at ``start`` directly ("ended on March 3").

    Tense found further away may belong to a reporting verb whose complement is
    ahead ("agreed to buy the unit in February"); a verb right before the date is
    the date's own.
    """
    tokens = [t.lower().replace("’", "'") for t in _TOKEN.findall(text, max(sentence.start, start - 60), start)]
    while tokens and tokens[-1] in _BETWEEN_VERB_AND_DATE:
        tokens.pop()
    if not tokens or tokens[-1] in _NOT_VERBS:
        return False
    if len(tokens) > 1 and tokens[-2] in _NOT_PAST_AUXILIARIES:
        return False  # "to be published in early November", "is held on": a participle, not the past
    return _classify(tokens[-1], tense_markers()) == "past"
