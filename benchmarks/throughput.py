"""Throughput of the whole pipeline (dates and events) on many documents, against dateparser.

Usage: python benchmarks/throughput.py [--timeml DIR] [--copies 10000] [--repeat 3]

Printed, each figure the median of --repeat runs, each run in a fresh process:

1. TimeML corpus texts (DIR, e.g. ../shared/data/timeml/tbaq, dated by their creation
   dates): ``chrono.extract_many`` with 1 and 2 processes, and the baseline
   ``dateparser.search_dates`` (dates only, RELATIVE_BASE = creation date) on the same
   texts, in documents/s and words/s, with the ratio: end to end (start-up included, as a
   user running the corpus once sees it) and steady (after the imports, the lexicons, the
   workers of a ``chrono.WorkerPool`` and a first chunk, as a long batch or a service sees it).
2. The seed article copied --copies times into a folder, end to end on the command line:
   ``chrono extract FOLDER -o timeline.xlsx --jobs 1`` and ``--jobs 2`` (reading, extraction,
   publication-date inference, merging 10,000 reports of the same eight events, the
   workbook), wall-clock seconds, documents/s and the peak memory of the largest process;
   the baseline on a sample of the same texts.
3. Memory as the corpus grows: the peak of the largest process at a quarter, half and all of
   --copies, merged with --jobs 2 and with --jobs 1, and streamed unmerged; the growth per
   1,000 documents.

Targets (issue 6): the whole pipeline at least 20x the baseline's throughput; 10,000
seed-sized articles to an .xlsx in under 60 s on 2 cores; memory flat as the corpus grows.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_cb6d49b35ae820af.txt"

_TIMELINE_RUN = """
import datetime as dt, json, sys, time, warnings
sys.path.insert(0, {root!r})
from chrono.evaluation.timeml import read_corpus
from chrono.models import Document

def peak_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0

def main():
    documents = read_corpus({corpus!r})
    words = sum(len(d.text.split()) for d in documents)
    started = time.perf_counter()
    if {mode!r} == "baseline":
        from dateparser.search import search_dates

        def run(batch):
            for d in batch:
                base = dt.datetime(d.dct.year, d.dct.month, d.dct.day)
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    search_dates(d.text, languages=["en"], settings={{"RELATIVE_BASE": base}})
    else:
        from chrono.batch import WorkerPool, extract_many

        pool = WorkerPool({jobs}) if {jobs} > 1 else None  # workers start here, in the start-up

        def run(batch):
            items = [Document(id=str(n), text=d.text, published=d.dct) for n, d in enumerate(batch)]
            results = pool.extract_many(items) if pool else extract_many(items)
            assert all(r.ok for r in results)
    run(documents[:16])  # start-up: imports, lexicons, the workers, a chunk for each
    warm = time.perf_counter()
    run(documents)
    done = time.perf_counter()
    print(json.dumps([len(documents), words, done - started, peak_mb(), warm - started, done - warm]))

if __name__ == "__main__":
    main()
"""

_BASELINE_SAMPLE = """
import datetime as dt, json, sys, time, warnings
from pathlib import Path
from dateparser.search import search_dates
files = sorted(Path({folder!r}).glob("*.txt"))[:{sample}]
texts = [f.read_text("utf-8") for f in files]
started = time.perf_counter()
for text in texts:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        search_dates(text, languages=["en"], settings={{"RELATIVE_BASE": dt.datetime(2026, 2, 5)}})
print(json.dumps([len(texts), time.perf_counter() - started]))
"""

_MEASURE_COMMAND = """
import json, resource, subprocess, sys, time
started = time.perf_counter()
subprocess.run({command!r}, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
seconds = time.perf_counter() - started
print(json.dumps([seconds, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024]))
"""


def _chrono_command() -> list[str]:
    """The command line as a user runs it: the environment's ``chrono`` script, else ``python -m chrono``."""
    script = Path(sys.executable).with_name("chrono")
    return [str(script)] if script.exists() else [sys.executable, "-m", "chrono"]


def _python(code: str) -> list[float]:
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def _median(runs: list[list[float]], index: int) -> float:
    return statistics.median(run[index] for run in runs)


def timeml(corpus: Path, repeat: int) -> None:
    print(f"1. TimeML corpus texts ({corpus}), median of {repeat} runs")
    print("   end to end: start-up (imports, lexicons, a first document) and the corpus; steady: the corpus only")
    print(f"   {'system':<36}{'start-up s':>11}{'docs/s':>9}{'words/s':>10}{'steady docs/s':>14}{'peak MB':>9}")
    rates = {}
    script = Path(tempfile.mkdtemp()) / "run.py"  # a file, so worker processes can start from it
    try:
        for name, mode, jobs in (
            ("chrono, 1 process", "chrono", 1),
            ("chrono, 2 processes", "chrono", 2),
            ("dateparser.search_dates (dates only)", "baseline", 1),
        ):
            script.write_text(_TIMELINE_RUN.format(root=str(ROOT), corpus=str(corpus), mode=mode, jobs=jobs))
            runs = []
            for _ in range(repeat):
                output = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, check=True)
                runs.append(json.loads(output.stdout.strip().splitlines()[-1]))
            documents, words = runs[0][0], runs[0][1]
            seconds, steady = _median(runs, 2), _median(runs, 5)
            rates[name] = (documents / seconds, documents / steady)
            print(
                f"   {name:<36}{_median(runs, 4):>11.2f}{documents / seconds:>9.1f}{words / seconds:>10.0f}"
                f"{documents / steady:>14.1f}{_median(runs, 3):>9.0f}"
            )
    finally:
        shutil.rmtree(script.parent)
    baseline = rates["dateparser.search_dates (dates only)"]
    for name in ("chrono, 1 process", "chrono, 2 processes"):
        end_to_end, steady = (rate / base for rate, base in zip(rates[name], baseline, strict=True))
        print(f"   {name}: {end_to_end:.1f}x the baseline end to end, {steady:.1f}x steady (target 20x)")
    print("   (2 processes: a chrono.WorkerPool; its start-up includes starting and warming both workers)")


def seed_copies(copies: int, repeat: int) -> None:
    words = len(SEED.read_text("utf-8").split())
    print(f"\n2. The seed article ({words} words) copied {copies:,} times, end to end, median of {repeat} runs")
    print(f"   {'command':<50}{'seconds':>9}{'docs/s':>9}{'words/s':>10}{'peak MB':>9}")
    with tempfile.TemporaryDirectory() as directory:
        folder = Path(directory) / "corpus"
        folder.mkdir()
        for number in range(copies):
            shutil.copyfile(SEED, folder / f"seed-{number:06d}.txt")
        out = Path(directory) / "timeline.xlsx"
        chrono = _chrono_command()
        results = {}
        for jobs in (1, 2):
            command = [*chrono, "extract", str(folder), "-o", str(out), "--jobs", str(jobs), "-q"]
            runs = [_python(_MEASURE_COMMAND.format(command=command)) for _ in range(repeat)]
            seconds, peak = _median(runs, 0), _median(runs, 1)
            results[jobs] = (seconds, peak)
            label = f"chrono extract FOLDER -o timeline.xlsx --jobs {jobs}"
            print(f"   {label:<50}{seconds:>9.1f}{copies / seconds:>9.0f}{copies * words / seconds:>10.0f}{peak:>9.0f}")
        sample = min(copies, 300)
        counted, seconds = _python(_BASELINE_SAMPLE.format(folder=str(folder), sample=sample))
        baseline = counted / seconds
        label = f"dateparser.search_dates ({int(counted)} of them)"
        print(f"   {label:<50}{'':>9}{baseline:>9.0f}{baseline * words:>10.0f}")
        for jobs, (seconds, _) in results.items():
            print(f"   --jobs {jobs}: {copies / seconds / baseline:.1f}x the baseline's throughput (target 20x)")
        seconds = results[2][0]
        verdict = "met" if copies >= 10_000 and seconds < 60 else "NOT met" if copies >= 10_000 else "not tested"
        print(f"   10,000 articles to .xlsx in under 60 s on 2 cores: {verdict} ({seconds:.1f} s for {copies:,})")

        memory(chrono, folder, Path(directory), copies, {copies: results[2][1]})


def memory(chrono: list[str], folder: Path, directory: Path, copies: int, known: dict[int, float]) -> None:
    """Peak memory at a quarter, half and all of the copies: merged to .xlsx, and streamed to JSON Lines."""
    print("\n3. Peak memory of the largest process as the corpus grows (one run each)")
    counts = sorted({max(copies // 4, 1), max(copies // 2, 1), copies})
    subsets = {}
    for count in counts:
        subset = directory / f"first-{count}"
        if not subset.exists():
            subset.mkdir()
            for number in range(count):
                (subset / f"seed-{number:06d}.txt").symlink_to(folder / f"seed-{number:06d}.txt")
        subsets[count] = subset
    modes = {
        "merged, -o timeline.xlsx": ["-o", str(directory / "timeline.xlsx"), "--jobs", "2"],
        "merged, one process (--jobs 1)": ["-o", str(directory / "timeline.xlsx"), "--jobs", "1"],
        "--stream -o events.jsonl (not merged)": ["--stream", "-o", str(directory / "events.jsonl"), "--jobs", "2"],
    }
    for label, options in modes.items():
        peaks = {}
        for count in counts:
            if label == "merged, -o timeline.xlsx" and count in known:
                peaks[count] = known[count]
                continue
            command = [*chrono, "extract", str(subsets[count]), *options, "-q"]
            peaks[count] = _python(_MEASURE_COMMAND.format(command=command))[1]
        shown = ", ".join(f"{count:,}: {peaks[count]:.0f} MB" for count in counts)
        growth = (peaks[counts[-1]] - peaks[counts[0]]) / max(counts[-1] - counts[0], 1) * 1000
        print(f"   {label:<40} {shown}; growth {growth:.1f} MB per 1,000 documents (flat is 0)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--timeml", type=Path, help="TimeML corpus folder (e.g. ../shared/data/timeml/tbaq)")
    parser.add_argument("--copies", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--memory-only", action="store_true", help="only section 3")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from chrono.build import description

    command_line = subprocess.run([*_chrono_command(), "--version"], capture_output=True, text=True).stdout.strip()
    print(f"build: {description()} (the library, {ROOT}); the command line: {command_line}\n")
    if args.memory_only:
        chrono = _chrono_command()
        with tempfile.TemporaryDirectory() as directory:
            folder = Path(directory) / "corpus"
            folder.mkdir()
            for number in range(args.copies):
                shutil.copyfile(SEED, folder / f"seed-{number:06d}.txt")
            memory(chrono, folder, Path(directory), args.copies, {})
        return
    if args.timeml:
        timeml(args.timeml, args.repeat)
    seed_copies(args.copies, args.repeat)


if __name__ == "__main__":
    main()
