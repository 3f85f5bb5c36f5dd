"""Time and memory of the whole pipeline on huge and hostile inputs, to show growth is linear.

Usage: python benchmarks/hostile_sizes.py [--sizes 1,10] [--repeat 3]

For each shape (news-like prose, no spaces or newlines, digits, nested parentheses, runs of
weekday and month words, zero-width and right-to-left characters, mixed line endings) the text
is built at each size in MB, chrono.extract runs --repeat times, and the median seconds, the
seconds per MB and the peak traced memory are printed. Linear growth shows as a flat s/MB
column; the last line prints the worst ratio of s/MB between the largest and smallest size.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import chrono

MB = 1_000_000
PROSE = (
    "The second round of talks between Iran and Oman opened on Monday in Muscat, officials said. "
    "Foreign Minister Ana Lopez said on Tuesday that 40 per cent of the border was open. "
    "Russia launched a missile attack on Ukraine two days ago, killing 12 civilians.\n"
)


def repeat_to(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


SHAPES: dict[str, Callable[[int], str]] = {
    "news prose": lambda n: repeat_to(PROSE, n),
    "no spaces or newlines": lambda n: repeat_to("abcdefghij", n),
    "digits": lambda n: repeat_to("0123456789", n),
    "nested parentheses": lambda n: "(" * (n // 2) + ")" * (n - n // 2),
    "weekday and month runs": lambda n: repeat_to("Monday March May Tuesday June last Friday ", n),
    "zero-width and RTL": lambda n: repeat_to("talks\u200b on\u200f Monday \u202eyadnoM\u202c said\u200d. ", n),
    "mixed line endings": lambda n: repeat_to("Talks began on Monday.\r\nThey ended Tuesday.\rAnd\n", n),
}


def measure(text: str, repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        chrono.extract(text, published=dt.date(2026, 3, 12))
        times.append(time.perf_counter() - started)
    tracemalloc.start()
    chrono.extract(text, published=dt.date(2026, 3, 12))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return statistics.median(times), peak / MB


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1,10", help="sizes in MB, comma-separated")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--shapes", default="", help="comma-separated shape names (default: all)")
    args = parser.parse_args()
    sizes = [float(s) for s in args.sizes.split(",")]
    print(f"{'shape':24} {'MB':>6} {'median s':>9} {'s/MB':>7} {'peak MB':>8}")
    worst = 0.0
    wanted = [n.strip() for n in args.shapes.split(",") if n.strip()] or list(SHAPES)
    for name in wanted:
        build = SHAPES[name]
        per_mb = []
        for size in sizes:
            text = build(int(size * MB))
            seconds, peak = measure(text, args.repeat if size <= 1 else 1)
            per_mb.append(seconds / size)
            print(f"{name:24} {size:6.1f} {seconds:9.2f} {seconds / size:7.2f} {peak:8.0f}")
        worst = max(worst, per_mb[-1] / per_mb[0] if per_mb[0] else 1.0)
    print(f"\nworst growth of s/MB from {sizes[0]:g} MB to {sizes[-1]:g} MB: {worst:.2f}x (1.0 = linear)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
