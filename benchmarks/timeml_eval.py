"""Score the date resolver on a TimeML corpus (TempEval-3 measures), against a dateparser baseline.

Usage: python benchmarks/timeml_eval.py ../shared/data/timeml/tbaq [--errors 25] [--repeat 3]

Prints strict and relaxed span P/R/F1, type and value accuracy, value F1, per-type recall and
value accuracy, the most frequent value errors with their text, and the speed of both systems
(documents per second, median of --repeat runs) with their ratio. The baseline is
dateparser.search_dates with RELATIVE_BASE set to the creation date, scored the same way.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from chrono.build import description
from chrono.evaluation.timeml import Score, Timex, read_corpus, score_document
from chrono.pipeline import resolve

TARGETS = {"relaxed F1": 0.92, "strict F1": 0.82, "value F1": 0.88}


def chrono_system(text: str, dct: dt.date) -> list[Timex]:
    return [Timex(e.start, e.end, e.text, e.value.timex_type.value, e.value.value) for e in resolve(text, dct)]


def dateparser_system(text: str, dct: dt.date) -> list[Timex]:
    from dateparser.search import search_dates

    base = dt.datetime(dct.year, dct.month, dct.day)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
    result = []
    position = 0
    for substring, moment in found:
        start = text.find(substring, position)
        if start < 0:
            continue
        position = start + len(substring)
        result.append(Timex(start, position, substring, "DATE", moment.date().isoformat()))
    return result


def run(documents, system) -> tuple[dict[str, Score], float]:
    scores: dict[str, Score] = {}
    started = time.perf_counter()
    outputs = [system(d.text, d.dct) for d in documents]
    elapsed = time.perf_counter() - started
    for document, output in zip(documents, outputs, strict=True):
        score_document(document.gold, output, scores)
    return scores, elapsed


def table(name: str, scores: dict[str, Score]) -> list[str]:
    overall = scores["ALL"]
    lines = [f"{name}: {overall.gold} gold, {overall.system} system expressions"]
    lines.append(f"  {'':8} {'P':>6} {'R':>6} {'F1':>6}")
    for label, (p, r, f) in (("strict", overall.strict), ("relaxed", overall.relaxed)):
        lines.append(f"  {label:8} {p:6.3f} {r:6.3f} {f:6.3f}")
    lines.append(
        f"  type accuracy {overall.type_accuracy:.3f}   value accuracy {overall.value_accuracy:.3f}"
        f"   value F1 {overall.value_f1:.3f}"
    )
    lines.append(f"  {'type':9} {'gold':>5} {'strict R':>9} {'relaxed R':>10} {'value acc':>10}")
    for kind in ("DATE", "TIME", "DURATION", "SET"):
        s = scores.get(kind)
        if s is None or not s.gold:
            continue
        lines.append(
            f"  {kind:9} {s.gold:5d} {s.strict_gold / s.gold:9.3f} {s.relaxed_gold / s.gold:10.3f}"
            f" {s.value_accuracy:10.3f}"
        )
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path, help="folder of .tml files (searched recursively)")
    parser.add_argument("--errors", type=int, default=25, help="how many frequent value errors to print")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per system (median reported)")
    parser.add_argument("--no-baseline", action="store_true", help="skip the dateparser baseline")
    args = parser.parse_args()
    documents = read_corpus(args.corpus)
    if not documents:
        print(f"no .tml files under {args.corpus}", file=sys.stderr)
        return 2
    print(f"corpus: {args.corpus} ({len(documents)} documents, {sum(len(d.gold) for d in documents)} TIMEX3)")
    print(f"build: {description()}")
    chrono_times = []
    for _ in range(args.repeat):
        scores, elapsed = run(documents, chrono_system)
        chrono_times.append(elapsed)
    print("\n".join(table("chrono", scores)))
    overall = scores["ALL"]
    measured = {"relaxed F1": overall.relaxed[2], "strict F1": overall.strict[2], "value F1": overall.value_f1}
    print("\ntargets:")
    for name, target in TARGETS.items():
        verdict = "met" if measured[name] >= target else "NOT met"
        print(f"  {name:10} {measured[name]:.3f} (target {target:.2f}) {verdict}")
    print(f"\nmost frequent value errors (text | gold | chrono), {sum(overall.value_errors.values())} in all:")
    for (text, gold, got), count in overall.value_errors.most_common(args.errors):
        print(f"  {count:3d}  {text!r:40} {gold:22} {got}")
    chrono_median = statistics.median(chrono_times)
    print(f"\nspeed: chrono {len(documents) / chrono_median:.1f} documents/s (median of {args.repeat})")
    if not args.no_baseline:
        baseline_times = []
        for _ in range(args.repeat):
            base_scores, elapsed = run(documents, dateparser_system)
            baseline_times.append(elapsed)
        baseline_median = statistics.median(baseline_times)
        print(
            f"       dateparser.search_dates {len(documents) / baseline_median:.1f} documents/s; "
            f"chrono is {baseline_median / chrono_median:.1f}x the baseline's throughput"
        )
        print()
        print("\n".join(table("baseline dateparser.search_dates", base_scores)))
    return 0 if all(measured[n] >= t for n, t in TARGETS.items()) else 1


if __name__ == "__main__":
    sys.exit(main())
