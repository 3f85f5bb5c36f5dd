"""Loading the temporal lexicon and rules: the data half of the tagger.

Rules and word lists live in ``rules/*.json`` (as HeidelTime keeps its
resources apart from its engine) so that adding a month abbreviation or a new
phrasing is a data change with a test, not a code change.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

_PLACEHOLDER = re.compile(r"\{([a-z_]+)(?::([a-z_0-9]+))?\}")


@dataclass(frozen=True)
class WordClass:
    name: str
    case_sensitive: bool
    values: dict[str, Any]
    vague: frozenset[str]
    plural: bool
    approximate: frozenset[str] = frozenset()  # counts that are about right: "a couple of"
    # Numbers composed of words ("twenty-four", "two hundred"): tens + unit, or a number x multiplier.
    tens: dict[str, int] = field(default_factory=dict)
    units: dict[str, int] = field(default_factory=dict)
    multipliers: dict[str, int] = field(default_factory=dict)

    def lookup(self, word: str) -> Any:
        """Normalised value of a surface form, tolerant of case where the class is."""
        word = " ".join(word.replace("’", "'").split())
        if word in self.values:
            return self.values[word]
        if not self.case_sensitive:
            folded = " ".join(word.lower().split())
            for key, value in self.values.items():
                if key.lower() == folded:
                    return value
        if self.tens or self.multipliers:
            return self._compound(word.lower())
        raise KeyError(word)

    def _compound(self, word: str) -> int:
        *head, last = word.replace("-", " ").split()
        if last in self.multipliers and head:
            count = " ".join(head)
            digits = count.replace(",", "")
            return (int(digits) if digits.isdigit() else int(self.lookup(count))) * self.multipliers[last]
        if len(head) == 1 and head[0] in self.tens and last in self.units:
            return self.tens[head[0]] + self.units[last]
        raise KeyError(word)

    def is_vague(self, word: str) -> bool:
        """Whether a count is vague: "a few", and what is built on it ("a few hundred")."""
        return _begins_with_one_of(word, self.vague)

    def is_approximate(self, word: str) -> bool:
        """Whether a count is about right rather than exact: "a couple of"."""
        return _begins_with_one_of(word, self.approximate)


def _begins_with_one_of(word: str, phrases: frozenset[str]) -> bool:
    folded = " ".join(word.lower().replace("-", " ").split())
    return any(folded == p or folded.startswith(p + " ") for p in phrases)


@dataclass(frozen=True)
class Rule:
    name: str
    timex_type: str
    resolve: str
    regex: re.Pattern[str]
    keyword: re.Pattern[str] | None = None  # every match contains one; the regex runs only near them
    keyword_source: str | None = None  # the keyword as written in rules.json


def is_approximate_count(word: str) -> bool:
    """Whether a count says about how many ("a couple of"): its value is kept, marked APPROX."""
    return word_classes()["number"].is_approximate(word)


def count_of(word: str) -> tuple[int, bool]:
    """Numeric value of a count ("11", "1,500", "twenty-four", "a") and whether it is vague ("a few")."""
    cleaned = word.replace(",", "")
    if cleaned.isdigit():
        return int(cleaned), False
    number_class = word_classes()["number"]
    return int(number_class.lookup(word)), number_class.is_vague(word)


def _read(name: str) -> dict[str, Any]:
    text = resources.files("chrono.temporal.rules").joinpath(name).read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@cache
def word_classes() -> dict[str, WordClass]:
    classes = {}
    for name, spec in _read("lexicon.json").items():
        if name.startswith("_"):
            continue
        classes[name] = WordClass(
            name=name,
            case_sensitive=bool(spec.get("case_sensitive", False)),
            values=dict(spec["values"]),
            vague=frozenset(spec.get("vague", [])),
            approximate=frozenset(spec.get("approximate", [])),
            plural=bool(spec.get("plural", False)),
            tens=dict(spec.get("tens", {})),
            units=dict(spec.get("units", {})),
            multipliers=dict(spec.get("multipliers", {})),
        )
    return classes


def _words(words: Iterable[str]) -> str:
    # Longest first, so "Sept." wins over "Sep." and "a couple of" over "a"; with typographic
    # apostrophes among them, so "New Year’s Day" wins over "New Year".
    listed = list(words)
    listed += [w.replace("'", "’") for w in listed if "'" in w]
    ordered = sorted(listed, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s") for w in ordered)


def _alternation(word_class: WordClass, group: str) -> str:
    parts = [_words(w for w in word_class.values if w not in word_class.tens)]
    if word_class.tens:
        # "twenty" or "twenty-four": one branch, so text that starts no number fails as fast as before.
        parts.insert(0, f"(?:{_words(word_class.tens)})(?:[\\s-](?:{_words(word_class.units)})(?![A-Za-z]))?")
    if word_class.name == "number":
        parts.append(r"[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+")
    body = "|".join(parts)
    if word_class.multipliers:
        body = f"(?:{body})(?:\\s(?:{_words(word_class.multipliers)})(?![A-Za-z]))?"  # "two hundred"
    if word_class.case_sensitive:
        body = f"(?-i:{body})"
    # Units take an optional plural s; then the word must end: "Jan" is not "Janet".
    plural = "s?" if word_class.plural else ""
    return f"(?P<{group}>{body}){plural}(?![A-Za-z])"


def expand(pattern: str) -> str:
    """Replace ``{class}`` / ``{class:group}`` placeholders with named alternations."""
    classes = word_classes()

    def replace(match: re.Match[str]) -> str:
        name, group = match.group(1), match.group(2) or match.group(1)
        if name not in classes:
            raise ValueError(f"rule refers to unknown word class {{{name}}}")
        return _alternation(classes[name], group)

    return _PLACEHOLDER.sub(replace, pattern)


@cache
def rules() -> tuple[Rule, ...]:
    compiled = []
    for spec in _read("rules.json")["rules"]:
        regex = re.compile(expand(spec["pattern"]), re.IGNORECASE)
        # Keywords start a word (or follow a digit: "1990s"); the lookbehind fails fast inside words,
        # which makes the scan two to three times quicker than trying the alternation everywhere.
        keyword = (
            re.compile(f"(?<![A-Za-z])(?:{expand(spec['keyword'])})", re.IGNORECASE) if "keyword" in spec else None
        )
        compiled.append(Rule(spec["name"], spec["type"], spec["resolve"], regex, keyword, spec.get("keyword")))
    return tuple(compiled)


@dataclass(frozen=True)
class NationalDay:
    country: str
    month: int
    day: int


@cache
def independence_days() -> tuple[dict[str, NationalDay], str]:
    """Each word that names a country before "Independence Day", with that country's day; and the
    country whose day a bare "Independence Day" is (``rules/national_days.json``)."""
    data = _read("national_days.json")
    by_name = {
        name: NationalDay(country, spec["month"], spec["day"])
        for country, spec in data["independence_days"].items()
        for name in spec["names"]
    }
    return by_name, data["default"]


@cache
def tense_markers() -> dict[str, frozenset[str]]:
    return {key: frozenset(value) for key, value in _read("tense.json").items() if not key.startswith("_")}
