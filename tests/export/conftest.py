import datetime as dt

import pytest

import chrono
from chrono.models import Document

DCT = dt.date(2026, 3, 12)
HOSTILE = (
    '=HYPERLINK("http://x.invalid","click") Foreign Minister Ana Lopez said on Monday that talks; would, resume.\n'
    "The third round of talks between Iran and Oman opened on Tuesday in Muscat.\n"
)


@pytest.fixture(scope="session")
def hostile_timeline():
    return chrono.extract(Document(id="hostile", text=HOSTILE, published=DCT, url="https://example.invalid/a"))


@pytest.fixture(scope="session")
def crafted_timeline(seed_timeline):
    """The seed's events reworked into the cases exporters must tell apart.

    A week-precision event, a month-precision one, a planned one, a two-day round,
    an event before 1900, one with a control character and a formula-like title,
    an undated one, and a source link that must never be made clickable.
    """
    from chrono.models import EventAttributes, Precision, Timeline, TimeValue

    talks, statement = seed_timeline.events[2], seed_timeline.events[3]

    def day_range(start: dt.date, end: dt.date, value: str, precision: Precision, **extra) -> TimeValue:
        return TimeValue(value=value, start=start, end=end, precision=precision, rationale="crafted", **extra)

    events = [
        talks.model_copy(
            update={
                "id": "week0000000000001",
                "date": day_range(dt.date(2026, 2, 2), dt.date(2026, 2, 8), "2026-W06", Precision.WEEK),
            }
        ),
        statement.model_copy(
            update={
                "id": "month000000000002",
                "date": day_range(dt.date(2026, 3, 1), dt.date(2026, 3, 31), "2026-03", Precision.MONTH),
            }
        ),
        talks.model_copy(
            update={
                "id": "planned0000000003",
                "date": day_range(dt.date(2026, 4, 6), dt.date(2026, 4, 6), "2026-04-06", Precision.DAY),
                "attributes": EventAttributes(round=3, planned=True),
            }
        ),
        talks.model_copy(
            update={
                "id": "twoday00000000004",
                "date": day_range(dt.date(2026, 2, 4), dt.date(2026, 2, 5), "2026-02-04/2026-02-05", Precision.DAY),
            }
        ),
        statement.model_copy(
            update={
                "id": "old00000000000005",
                "date": day_range(dt.date(1066, 10, 14), dt.date(1066, 10, 14), "1066-10-14", Precision.DAY),
                "title": "=1+1 battle\x01 of Hastings",
                "sources": [
                    statement.sources[0].model_copy(update={"url": "javascript:alert(1)", "sentence": "@SUM(1)\x02"})
                ],
            }
        ),
        statement.model_copy(update={"id": "undated0000000006", "date": None}),
    ]
    return Timeline(documents=seed_timeline.documents, events=events)
