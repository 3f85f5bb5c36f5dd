"""Read TimeML documents and score temporal expressions the TempEval-3 way.

Span matching: *strict* needs the same characters, *relaxed* any overlap.
Attribute accuracy (type, value) is measured over relaxed matches, and the
value F1 is relaxed F1 times value accuracy, as TempEval-3 reports it.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class TimeMLDocument:
    name: str
    dct: dt.date
    text: str
    gold: tuple[Timex, ...]


def _walk(element: ET.Element, parts: list[str], gold: list[Timex], offset: list[int]) -> None:
    if element.tag == "TIMEX3":
        start = offset[0]
        inner = "".join(element.itertext())
        parts.append(inner)
        offset[0] += len(inner)
        gold.append(Timex(start, offset[0], inner, element.get("type", ""), element.get("value", "")))
    else:
        if element.text:
            parts.append(element.text)
            offset[0] += len(element.text)
        for child in element:
            _walk(child, parts, gold, offset)
    # The tail belongs to the parent's text, after this element.
    if element.tail and element.tag != "TEXT":
        parts.append(element.tail)
        offset[0] += len(element.tail)


def read_tml(path: str | Path) -> TimeMLDocument:
    """Plain text of <TEXT>, the TIMEX3 spans in it, and the creation date."""
    root = ET.parse(path).getroot()
    dct_timex = root.find("./DCT/TIMEX3")
    if dct_timex is None:
        raise ValueError(f"{path}: no DCT")
    dct = dt.date.fromisoformat(dct_timex.get("value", "")[:10])
    text_element = root.find("./TEXT")
    if text_element is None:
        raise ValueError(f"{path}: no TEXT")
    parts: list[str] = []
    gold: list[Timex] = []
    _walk(text_element, parts, gold, [0])
    return TimeMLDocument(Path(path).name, dct, "".join(parts), tuple(gold))


def read_corpus(directory: str | Path) -> list[TimeMLDocument]:
    return [read_tml(p) for p in sorted(Path(directory).rglob("*.tml"))]


@dataclass
class Score:
    """Counts for one slice of the corpus (all, or one TIMEX3 type)."""

    gold: int = 0
    system: int = 0
    strict_system: int = 0  # system spans that exactly match a gold span
    strict_gold: int = 0
    relaxed_system: int = 0
    relaxed_gold: int = 0
    type_correct: int = 0
    value_correct: int = 0
    value_errors: Counter[tuple[str, str, str]] = field(default_factory=Counter)

    @staticmethod
    def _f1(precision: float, recall: float) -> float:
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    def _pr(self, system_hits: int, gold_hits: int) -> tuple[float, float, float]:
        precision = system_hits / self.system if self.system else 0.0
        recall = gold_hits / self.gold if self.gold else 0.0
        return precision, recall, self._f1(precision, recall)

    @property
    def strict(self) -> tuple[float, float, float]:
        return self._pr(self.strict_system, self.strict_gold)

    @property
    def relaxed(self) -> tuple[float, float, float]:
        return self._pr(self.relaxed_system, self.relaxed_gold)

    @property
    def type_accuracy(self) -> float:
        return self.type_correct / self.relaxed_gold if self.relaxed_gold else 0.0

    @property
    def value_accuracy(self) -> float:
        return self.value_correct / self.relaxed_gold if self.relaxed_gold else 0.0

    @property
    def value_f1(self) -> float:
        return self.relaxed[2] * self.value_accuracy


def _overlaps(a: Timex, b: Timex) -> bool:
    return a.start < b.end and b.start < a.end


def score_document(gold: Iterable[Timex], system: Iterable[Timex], scores: dict[str, Score]) -> None:
    """Add one document's matches to ``scores['ALL']`` and the per-type slices (by gold type)."""
    gold_list, system_list = list(gold), list(system)
    overall = scores.setdefault("ALL", Score())
    overall.gold += len(gold_list)
    overall.system += len(system_list)
    for timex in system_list:
        slice_ = scores.setdefault(timex.type, Score())
        slice_.system += 1
        exact = any((g.start, g.end) == (timex.start, timex.end) for g in gold_list)
        loose = any(_overlaps(g, timex) for g in gold_list)
        for target in (overall, slice_):
            target.strict_system += exact
            target.relaxed_system += loose
    for timex in gold_list:
        slice_ = scores.setdefault(timex.type, Score())
        slice_.gold += 1
        matches = [s for s in system_list if _overlaps(s, timex)]
        exact = any((s.start, s.end) == (timex.start, timex.end) for s in matches)
        for target in (overall, slice_):
            target.strict_gold += exact
            target.relaxed_gold += bool(matches)
        if not matches:
            continue
        # The best-overlapping system expression carries the attributes compared.
        best = max(matches, key=lambda s: min(s.end, timex.end) - max(s.start, timex.start))
        for target in (overall, slice_):
            target.type_correct += best.type == timex.type
            target.value_correct += best.value == timex.value
            if best.value != timex.value:
                target.value_errors[(timex.text, timex.value, best.value)] += 1
