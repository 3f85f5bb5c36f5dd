"""Score event extraction on the news development set (../shared/data/news-dev).

Usage: python benchmarks/events_eval.py ../shared/data/news-dev [--misses]

Scoring follows the set's README: a gold event is found when a system event of the
same type has a source sentence containing the gold evidence (or one of its
also_evidence strings); its date is exact when the system interval equals the gold
interval (a day named "also acceptable" in the note counts; [implicit] events within
one day and [approx]/[fuzzy] events by overlap are reported apart). Precision counts
system events that match some gold event; the set deliberately leaves some events
unannotated (unnamed sources), so it is a lower bound. Confidence calibration:
events above 0.8 should be right (found and dated exactly) at least 90% of the time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import chrono
from chrono.models import Document, Event

TARGETS = {"F1": 0.85, "date accuracy": 0.90, "calibration": 0.90}
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass
class Gold:
    type: str
    date: str | None
    evidence: list[str]
    note: str
    location: str | None = None

    @property
    def tags(self) -> set[str]:
        return set(re.findall(r"\[(\w+)\]", self.note))

    def interval(self) -> tuple[dt.date, dt.date] | None:
        return parse_interval(self.date) if self.date else None

    def acceptable_days(self) -> set[dt.date]:
        if "accept" not in self.note and "also correct" not in self.note:
            return set()
        return {dt.date.fromisoformat(d) for d in _DAY.findall(self.note)}


def parse_interval(value: str) -> tuple[dt.date, dt.date]:
    if "/" in value:
        first, last = value.split("/")
        return dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    if len(value) == 10:
        day = dt.date.fromisoformat(value)
        return day, day
    if len(value) == 7:
        year, month = int(value[:4]), int(value[5:])
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        return dt.date(year, month, 1), following - dt.timedelta(days=1)
    year = int(value)
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


@dataclass
class Article:
    name: str
    text: str
    published: dt.date
    gold: list[Gold]


def load(directory: Path) -> list[Article]:
    articles = []
    for text_path in sorted(directory.glob("*.txt")):
        stem = text_path.name[: -len(".txt")]
        meta = json.loads((directory / f"{stem}.meta.json").read_text("utf-8"))
        gold = [
            Gold(
                g["type"], g["date"], [g["evidence"], *g.get("also_evidence", [])], g.get("note", ""), g.get("location")
            )
            for g in json.loads((directory / f"{stem}.gold.json").read_text("utf-8"))
        ]
        articles.append(Article(stem, text_path.read_text("utf-8"), dt.date.fromisoformat(meta["published"]), gold))
    return articles


def matches(event: Event, gold: Gold) -> bool:
    return event.type == gold.type and any(e in s.sentence for s in event.sources for e in gold.evidence)


def _words(place: str) -> str:
    return " ".join(re.sub(r"[-,()]", " ", place.lower()).split())


def place_agrees(event: Event, gold: Gold) -> bool:
    """Does the event's place name (or the words that named it) stand in the gold place ("El-Fasher,
    North Darfur" holds El Fasher)? A country where the gold names a town inside it does not count."""
    if gold.location is None or event.location is None:
        return False
    expected = _words(gold.location)
    return any(_words(name) in expected for name in (event.location.name, event.location.text) if name)


@dataclass
class Verdict:
    exact: bool
    lenient: bool  # within a day for [implicit], overlapping for [approx]/[fuzzy]
    reason: str


def judge_date(event: Event, gold: Gold, merged_days: bool) -> Verdict:
    system = (event.date.start, event.date.end) if event.date and event.date.start and event.date.end else None
    expected = gold.interval()
    if expected is None:
        ok = system is None
        return Verdict(ok, ok, "gold undated" + ("" if ok else f", system {system[0]}..{system[1]}"))
    if system is None:
        return Verdict(False, False, "system undated")
    exact = system == expected or (system[0] == system[1] and system[0] in gold.acceptable_days())
    if not exact and merged_days and system[0] <= expected[0] and expected[1] <= system[1]:
        exact = True  # a multi-day round merged into one event whose span covers the day
    lenient = exact
    if "implicit" in gold.tags:
        lenient = lenient or (abs((system[0] - expected[0]).days) <= 1 and abs((system[1] - expected[1]).days) <= 1)
    if gold.tags & {"approx", "fuzzy"}:
        lenient = lenient or (system[0] <= expected[1] and expected[0] <= system[1])
    return Verdict(exact, lenient, f"system {system[0]}..{system[1]}, gold {gold.date}")


@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    system: int = 0
    system_matched: int = 0
    exact: int = 0
    lenient: int = 0
    placed: int = 0  # found gold events with a place
    place_right: int = 0
    by_type: Counter[str] = field(default_factory=Counter)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", type=Path, help="the news-dev folder")
    parser.add_argument("--misses", action="store_true", help="print every missed event and wrong date")
    args = parser.parse_args()
    articles = load(args.data)
    if not articles:
        print(f"no articles in {args.data}", file=sys.stderr)
        return 2
    total = Tally()
    per_type: dict[str, Tally] = {}
    confident = Counter()
    misses: list[str] = []
    print(f"{'article':48} {'gold':>4} {'found':>5} {'sys':>4} {'P':>5} {'R':>5} {'date':>5}")
    for article in articles:
        timeline = chrono.extract(Document(id=article.name, text=article.text, published=article.published))
        events = timeline.events
        tally = Tally(gold=len(article.gold), system=len(events))
        right_events: set[str] = set()
        for event in events:
            if any(matches(event, g) for g in article.gold):
                tally.system_matched += 1
        for gold in article.gold:
            slice_ = per_type.setdefault(gold.type, Tally())
            slice_.gold += 1
            found = [e for e in events if matches(e, gold)]
            if not found:
                misses.append(f"{article.name[:2]} MISSED {gold.type:9} {gold.date}  {gold.evidence[0][:110]!r}")
                continue
            tally.found += 1
            slice_.found += 1
            verdicts = []
            for event in found:
                merged = sum(matches(event, g) for g in article.gold if g.type == "talks") > 1
                verdicts.append((judge_date(event, gold, merged), event))
            for candidate_verdict, candidate in verdicts:
                if candidate_verdict.exact:
                    right_events.add(candidate.id)  # right: it reports a gold event with the gold date
            verdict, event = max(verdicts, key=lambda v: (v[0].exact, v[0].lenient))
            if gold.location is not None:
                tally.placed += 1
                tally.place_right += any(place_agrees(candidate, gold) for candidate in found)
                if not any(place_agrees(candidate, gold) for candidate in found):
                    where = event.location.name if event.location else None
                    misses.append(f"{article.name[:2]} PLACE  {gold.type:9} system {where}, gold {gold.location}")
            tally.exact += verdict.exact
            tally.lenient += verdict.lenient
            slice_.exact += verdict.exact
            slice_.lenient += verdict.lenient
            if not verdict.exact:
                misses.append(f"{article.name[:2]} DATE   {gold.type:9} {verdict.reason}  {gold.evidence[0][:80]!r}")
        for event in events:
            if event.confidence > 0.8:
                confident["total"] += 1
                confident["right"] += event.id in right_events
        precision = tally.system_matched / tally.system if tally.system else 0.0
        recall = tally.found / tally.gold if tally.gold else 0.0
        date_accuracy = tally.exact / tally.found if tally.found else 0.0
        print(
            f"{article.name[:48]:48} {tally.gold:4d} {tally.found:5d} {tally.system:4d} {precision:5.2f} "
            f"{recall:5.2f} {date_accuracy:5.2f}"
        )
        for name in ("gold", "found", "system", "system_matched", "exact", "lenient", "placed", "place_right"):
            setattr(total, name, getattr(total, name) + getattr(tally, name))
    precision = total.system_matched / total.system if total.system else 0.0
    recall = total.found / total.gold
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    date_accuracy = total.exact / total.found if total.found else 0.0
    lenient = total.lenient / total.found if total.found else 0.0
    print(f"\noverall: {total.gold} gold, {total.found} found, {total.system} system events")
    print(f"  precision {precision:.3f} (lower bound)   recall {recall:.3f}   F1 {f1:.3f}")
    print(f"  date accuracy {date_accuracy:.3f} exact, {lenient:.3f} with [implicit] +-1 day and [approx] overlap")
    places = total.place_right / total.placed if total.placed else 0.0
    print(f"  place named {places:.3f} of {total.placed} found events with a gold place (no target)")
    print(f"  {'type':10} {'gold':>4} {'recall':>7} {'date exact':>11}")
    for name, slice_ in sorted(per_type.items()):
        rate = slice_.found / slice_.gold if slice_.gold else 0.0
        dates = slice_.exact / slice_.found if slice_.found else 0.0
        print(f"  {name:10} {slice_.gold:4d} {rate:7.3f} {dates:11.3f}")
    calibration = confident["right"] / confident["total"] if confident["total"] else 0.0
    print(f"  calibration: {confident['total']} events with confidence > 0.8, {calibration:.3f} of them right")
    measured = {"F1": f1, "date accuracy": date_accuracy, "calibration": calibration}
    print("\ntargets:")
    for name, target in TARGETS.items():
        print(
            f"  {name:14} {measured[name]:.3f} (target {target:.2f}) {'met' if measured[name] >= target else 'NOT met'}"
        )
    shown = misses if args.misses else misses[:25]
    print(f"\nmisses ({len(misses)}{'' if args.misses else ', first 25; --misses for all'}):")
    for line in shown:
        print("  " + line)
    return 0 if all(measured[n] >= t for n, t in TARGETS.items()) else 1


if __name__ == "__main__":
    sys.exit(main())
