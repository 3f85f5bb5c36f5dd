"""Several articles in, one merged workbook out: the analyst's view.

Run: python examples/analyst_spreadsheet.py [OUTPUT.xlsx]   (default: out/analyst.xlsx)
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import chrono
from chrono.models import Document

ARTICLES = [
    Document(
        id="wire-1",
        url="https://example.invalid/wire-1",
        published=dt.date(2026, 3, 12),
        text="The third round of talks between Iran and Oman opened on Monday in Muscat.",
    ),
    Document(
        id="paper-2",
        url="https://example.invalid/paper-2",
        published=dt.date(2026, 3, 13),
        text="Iran and Oman held the third round of talks on Monday. "
        "Foreign Minister Ana Lopez said on Wednesday that 40 per cent of the border was open.",
    ),
]


def main(output: str = "out/analyst.xlsx") -> Path:
    timeline = chrono.extract(ARTICLES)  # the round both outlets report becomes one event, two sources
    path = Path(output)
    path.parent.mkdir(parents=True, exist_ok=True)
    timeline.to_excel(str(path))
    for event in timeline.events:
        print(f"{event.date.value if event.date else 'undated':12} {len(event.sources)} source(s)  {event.title}")
    print(f"{path}: sheets Timeline, Sources, Dates, Summary")
    return path


if __name__ == "__main__":
    main(*sys.argv[1:2])
