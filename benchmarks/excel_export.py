"""Time and memory of writing a large timeline as a workbook, against a plain openpyxl baseline.

Usage: python benchmarks/excel_export.py [--events 100000] [--repeat 3]

A timeline of --events events is built from the seed article's timeline (its events copied
with shifted dates and new ids, one copy of the seed document per eight events, so the
Sources and Dates sheets grow in proportion). Each writer runs --repeat times, each run in a
fresh process so peak memory is that run's own:

- chrono, streamed from JSON Lines: ``chrono export events.jsonl -o out.xlsx`` (the library's
  ``export_file``), one event in memory at a time; no documents, so no Dates sheet rows;
- chrono, timeline in memory: ``Timeline.save("out.xlsx")`` on the timeline built in the process,
  all four sheets, styles, links, validation and the Summary chart;
- openpyxl baseline: the same Timeline sheet rows (values only, no styles) in an ordinary
  openpyxl workbook, saved: what a naive exporter does.

Printed: median seconds of the write, peak resident memory of the whole process and memory
before the write started (the timeline and the pipeline that built it), file size, and the
ratios. Target (issue 5): 100,000 events in under 20 s and 500 MB.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_cb6d49b35ae820af.txt"

_CHILD = """
import json, os, resource, sys, time
sys.path.insert(0, {root!r})
sys.path.insert(0, {here!r})
from excel_export import large_timeline, write_baseline
from chrono.export import export_file
mode, path = {mode!r}, {path!r}
if mode != "chrono, streamed from JSON Lines":
    timeline = large_timeline({events})
def peak_mb():
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent across fork and exec.
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
before = peak_mb()
started = time.perf_counter()
if mode == "chrono, streamed from JSON Lines":
    export_file({source!r}, path)
elif mode == "chrono, timeline in memory":
    timeline.save(path)
else:
    write_baseline(timeline, path)
seconds = time.perf_counter() - started
peak = peak_mb()
print(json.dumps([seconds, before, peak, os.path.getsize(path)]))
"""
_BUILD = """
import sys
sys.path.insert(0, {root!r})
sys.path.insert(0, {here!r})
from excel_export import large_timeline
large_timeline({events}).save({path!r})
"""
MODES = ("chrono, streamed from JSON Lines", "chrono, timeline in memory", "openpyxl baseline, in memory")


def large_timeline(events: int):  # -> chrono.models.Timeline
    """``events`` events: copies of the seed's events and document, each copy a week later."""
    import datetime as dt

    import chrono
    from chrono.models import Document, Timeline

    seed = chrono.extract(Document(id="seed", text=SEED.read_text("utf-8"), published=dt.date(2026, 2, 5)))
    template_events, template_document = seed.events, seed.documents[0]
    documents, copies = [], []
    copy = 0
    while len(copies) < events:
        shift = dt.timedelta(weeks=copy % 520)
        document_id = f"seed-{copy:06d}"
        documents.append(template_document.model_copy(update={"id": document_id}))
        for number, event in enumerate(template_events):
            if len(copies) == events:
                break
            date = event.date
            if date is not None and date.start is not None:
                date = date.model_copy(update={"start": date.start + shift, "end": (date.end or date.start) + shift})
            sources = [s.model_copy(update={"document_id": document_id}) for s in event.sources]
            copies.append(event.model_copy(update={"id": f"{copy:06d}{number:02d}", "date": date, "sources": sources}))
        copy += 1
    copies.sort(key=lambda e: (e.date.start if e.date and e.date.start else dt.date.max, e.id))
    return Timeline(documents=documents, events=copies)


def write_baseline(timeline, path: str) -> None:
    """The naive exporter: one ordinary (not write-only) openpyxl sheet of plain values."""
    from openpyxl import Workbook

    from chrono.export.fields import COLUMNS, event_row

    workbook = Workbook()
    sheet = workbook.active
    sheet.append([heading for _, heading in COLUMNS])
    for event in timeline.events:
        sheet.append(event_row(event))
    workbook.save(path)


def run(mode: str, source: Path, events: int, repeat: int) -> tuple[float, float, float, int]:
    here = str(Path(__file__).resolve().parent)
    times, peaks, befores, size = [], [], [], 0
    with tempfile.TemporaryDirectory() as directory:
        path = str(Path(directory) / "out.xlsx")
        for _ in range(repeat):
            code = _CHILD.format(root=str(ROOT), here=here, source=str(source), events=events, mode=mode, path=path)
            output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
            seconds, before, peak, size = json.loads(output.strip().splitlines()[-1])
            times.append(seconds)
            befores.append(before)
            peaks.append(peak)
    return statistics.median(times), statistics.median(befores), statistics.median(peaks), size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"{args.events:,} events, median of {args.repeat} runs, each in a fresh process")
    print(f"{'writer':<34}{'seconds':>9}{'MB before':>11}{'peak MB':>9}{'file MB':>9}")
    results = {}
    with tempfile.TemporaryDirectory() as directory:
        source = Path(directory) / "events.jsonl"
        # Built in a child so that this process stays small (children inherit nothing from it).
        subprocess.run(
            [
                sys.executable,
                "-c",
                _BUILD.format(root=str(ROOT), here=str(Path(__file__).parent), events=args.events, path=str(source)),
            ],
            check=True,
        )
        for mode in MODES:
            seconds, before, peak, size = run(mode, source, args.events, args.repeat)
            results[mode] = (seconds, peak, before)
            print(f"{mode:<34}{seconds:>9.2f}{before:>11.0f}{peak:>9.0f}{size / 1e6:>9.1f}")
    stream_s, stream_mb, _ = results[MODES[0]]
    memory_s, memory_mb, memory_before = results[MODES[1]]
    base_s, base_mb, base_before = results[MODES[2]]
    print(
        f"in memory, chrono / openpyxl baseline: time {memory_s / base_s:.2f}x, memory added by the write "
        f"{memory_mb - memory_before:.0f} MB vs {base_mb - base_before:.0f} MB "
        "(chrono writes four styled sheets, the baseline one plain sheet)"
    )
    met = stream_s < 20 and stream_mb < 500
    print(
        f"target {args.events:,} events < 20 s and < 500 MB (streamed): {'met' if met else 'NOT met'} "
        f"({stream_s:.1f} s, {stream_mb:.0f} MB peak for the whole process)"
    )


if __name__ == "__main__":
    main()
