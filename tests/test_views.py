"""Writers read a TimelineView: a spooled merge is written byte for byte as the same timeline in memory."""

import datetime as dt
import io
from collections import Counter

import pytest

import chrono
from chrono.events.merge import TimelineMerger
from chrono.export import WRITERS, ExportOptions, render
from chrono.export.json import timeline_to_json, write_json
from chrono.models import Document, Timeline
from chrono.views import FIRST_MENTIONS, view_of

DAY = dt.date(2026, 3, 12)
TEXTS = [
    "The second round of talks between Armenia and Azerbaijan opened on Tuesday in Geneva.",
    "Armenia and Azerbaijan began the second round of talks on Tuesday in Geneva, officials said.",
    "Drones struck a fuel depot in Odesa on Monday, the regional governor said.",
    "Foreign Minister Ana Lopez said on Wednesday that the ceasefire was “holding”.",
    "The ministers met again two days ago in Baku.",
]


@pytest.fixture(scope="module")
def timelines() -> list[Timeline]:
    """Five reports, and the first one again from a dozen outlets: more mentions than travel with an event."""
    reports = [
        chrono.extract(Document(id=f"report-{n}", text=text, published=DAY, outlet="Daily Ñews"))
        for n, text in enumerate(TEXTS)
    ]
    copies = [
        chrono.extract(Document(id=f"copy-{n:02d}", text=TEXTS[0], published=DAY, url=f"https://example.org/{n}"))
        for n in range(FIRST_MENTIONS + 2)
    ]
    return reports + copies


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_every_format_from_a_spooled_merge_equals_the_same_timeline_in_memory(timelines, fmt):
    in_memory = TimelineMerger()
    for timeline in timelines:
        in_memory.add(timeline)
    expected = in_memory.timeline()
    options = ExportOptions(title="Spool")
    with TimelineMerger(spool=True) as spooled:
        for timeline in timelines:
            spooled.add(timeline)
        view = spooled.view()
        first, second = render(view, fmt, options), render(view, fmt, options)  # a view can be walked again
        most = max(view.entries(), key=lambda entry: entry.mentions)
        assert most.mentions > FIRST_MENTIONS == len(most.event.sources)  # the rest stayed on disk until written
    assert first == second == render(expected, fmt, options)


def test_the_streamed_json_is_the_models_own_json(timelines, seed_timeline):
    empty = Timeline()
    for timeline in [empty, Timeline(documents=timelines[0].documents), seed_timeline, *timelines]:
        buffer = io.BytesIO()
        write_json(view_of(timeline), buffer)
        assert buffer.getvalue().decode("utf-8") == timeline_to_json(timeline)


def test_a_view_counts_events_by_type_before_walking_them(seed_timeline):
    view = view_of(seed_timeline)
    assert view.event_types == Counter(event.type for event in seed_timeline.events)
    assert view.event_count == len(list(view.events())) == len(seed_timeline.events)
