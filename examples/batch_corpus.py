"""A folder of articles through ``extract_many``, merged into one timeline, published as a page.

Run: python examples/batch_corpus.py [OUTPUT_DIR]   (default: out/corpus)

It writes a small corpus of wire stories (plain text, Markdown and JSON Lines records) into
OUTPUT_DIR/articles, extracts it with ``chrono.extract_many(..., jobs=2)`` as results arrive
(in two worker processes once a batch is more than a handful of documents; these five run in
process), merges what several outlets report about the same event, and writes timeline.xlsx and
timeline.html beside it. Worker processes start a fresh interpreter, so the work sits under
``if __name__ == "__main__":`` as multiprocessing requires.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import chrono
from chrono.events.merge import TimelineMerger
from chrono.inputs import collect

STORIES = {
    "wire-a.txt": "The third round of talks between Iran and Oman opened on Monday in Muscat, officials said.",
    "wire-b.md": "# Talks in Muscat\n\nIran and Oman held the **third round** of talks on Monday in Muscat.",
    "wire-c.txt": "Russia launched a missile attack on Kharkiv on Sunday, killing 12 civilians, officials said.",
}
RECORDS = [
    {"text": "Foreign Minister Ana Lopez said on Tuesday that 40 per cent of the border was open.", "id": "feed-1"},
    {"text": "Russia shelled Kherson on Saturday, the regional governor said.", "id": "feed-2"},
]


def write_corpus(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in STORIES.items():
        (folder / name).write_text(text, "utf-8")
    lines = "".join(json.dumps(record) + "\n" for record in RECORDS)
    (folder / "feed.jsonl").write_text(lines, "utf-8")


def main(output: str = "out/corpus") -> Path:
    root = Path(output)
    articles = root / "articles"
    write_corpus(articles)
    units = list(collect([str(articles)], published="2026-03-12"))
    merger = TimelineMerger()
    for result in chrono.extract_many(units, jobs=2, published="2026-03-12"):
        if result.timeline is None:
            print(f"skipped: {result.error}")  # a bad input is reported; the batch goes on
        else:
            merger.add(result.timeline)
    timeline = merger.timeline()
    for event in timeline.events:
        date = event.date.value if event.date else "undated"
        print(f"{date:12} {event.source_count} document(s)  {event.title}")
    timeline.save(root / "timeline.xlsx")
    timeline.save(root / "timeline.html", title="Wire stories")
    print(f"{root}: timeline.xlsx and timeline.html ({len(timeline.events)} events from {len(units)} inputs)")
    return root


if __name__ == "__main__":
    main(*sys.argv[1:2])
