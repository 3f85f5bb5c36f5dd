"""Use chrono as a library: extract a timeline and walk its events.

Run: python examples/library.py
"""

from __future__ import annotations

import datetime as dt

import chrono

ARTICLE = """\
The third round of talks between Armenia and Azerbaijan, hosted by Qatar, opened on Monday in Doha.
Foreign Minister Ana Lopez said on Tuesday that the next session would begin on March 18.
Drones struck power plants in Aleppo two days ago, leaving thousands of families without electricity.
"""


def main() -> None:
    timeline = chrono.extract(ARTICLE, published=dt.date(2026, 3, 12))
    for event in timeline.events:
        date = event.date.value if event.date else "undated"
        print(f"{date:24} {event.type:9} {event.title}")
        print(f"{'':24} why: {event.date.rationale if event.date else '-'}")
    # The date resolver on its own: every expression with its reading and the alternatives.
    for expression in chrono.resolve("They met last Wednesday.", dct=dt.date(2026, 2, 5)):
        print(expression.text, "->", expression.value.value, [a.value for a in expression.value.alternatives])


if __name__ == "__main__":
    main()
