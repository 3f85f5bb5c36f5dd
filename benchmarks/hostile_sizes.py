"""Time and memory of the whole pipeline on huge and hostile inputs, to show growth is linear.

Usage: python benchmarks/hostile_sizes.py [--sizes 1,10] [--repeat 3]

For each shape (news-like prose, no spaces or newlines, digits, nested parentheses, runs of
weekday and month words, zero-width and right-to-left characters, mixed line endings) the text
is built at each size in MB, chrono.extract runs --repeat times, and the median seconds, the
seconds per MB and the peak resident memory (each run in a fresh process) are printed. Linear
growth shows as a flat s/MB column; the last line prints the worst ratio of s/MB between the
largest and smallest size.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


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


_CHILD = """
import datetime as dt, json, resource, sys, time
sys.path.insert(0, {root!r})
sys.path.insert(0, {here!r})
import chrono
from hostile_sizes import SHAPES
text = SHAPES[{shape!r}]({size})
started = time.perf_counter()
chrono.extract(text, published=dt.date(2026, 3, 12))
seconds = time.perf_counter() - started
# VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent process across exec.
peak = next((int(l.split()[1]) / 1024 for l in open("/proc/self/status") if l.startswith("VmHWM:")), None)
print(json.dumps([seconds, peak or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024]))
"""


def measure(shape: str, size: int, repeat: int) -> tuple[float, float]:
    """Median seconds and peak resident memory (MB) of chrono.extract, each run in a fresh process."""
    here = Path(__file__).resolve().parent
    code = _CHILD.format(root=str(here.parent), here=str(here), shape=shape, size=size)
    results = []
    for _ in range(repeat):
        output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
        results.append(json.loads(output))
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1,10", help="sizes in MB, comma-separated")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--shapes", default="", help="comma-separated shape names (default: all)")
    args = parser.parse_args()
    sizes = [float(s) for s in args.sizes.split(",")]
    print(f"{'shape':24} {'MB':>6} {'median s':>9} {'s/MB':>7} {'peak RSS MB':>12}")
    worst = 0.0
    wanted = [n.strip() for n in args.shapes.split(",") if n.strip()] or list(SHAPES)
    for name in wanted:
        per_mb = []
        for size in sizes:
            seconds, peak = measure(name, int(size * MB), args.repeat if size <= 1 else 1)
            per_mb.append(seconds / size)
            print(f"{name:24} {size:6.1f} {seconds:9.2f} {seconds / size:7.2f} {peak:12.0f}", flush=True)
        worst = max(worst, per_mb[-1] / per_mb[0] if per_mb[0] else 1.0)
    print(f"\nworst growth of s/MB from {sizes[0]:g} MB to {sizes[-1]:g} MB: {worst:.2f}x (1.0 = linear)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
