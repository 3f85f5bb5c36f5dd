"""Export the seed article's timeline as a calendar file to import into any calendar app.

Run: python examples/calendar_file.py [OUTPUT.ics]   (default: out/seed.ics)
"""

from __future__ import annotations

import sys
from pathlib import Path

import chrono
from chrono.inputs import read_document

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_cb6d49b35ae820af.txt"


def main(output: str = "out/seed.ics") -> Path:
    document, _ = read_document(SEED)  # no publication date: it is inferred from the text
    timeline = chrono.extract(document)
    path = Path(output)
    path.parent.mkdir(parents=True, exist_ok=True)
    timeline.save(str(path))  # the format follows the extension; the write is atomic
    print(f"{path}: {len(timeline.events)} events, published {timeline.documents[0].publication.date} (inferred)")
    return path


if __name__ == "__main__":
    main(*sys.argv[1:2])
