"""Timeline in Knight Lab's TimelineJS JSON format, to publish as an interactive timeline.

Each dated event becomes a slide with ``start_date``/``end_date`` date objects
(year, month, day only as far as the event's precision goes), ``text.headline``
and ``text.text`` (HTML, every piece of our text escaped), and ``group`` by
event type. Coarse dates (a week, a month, a season) get a ``display_date`` that
says so, so a reader does not take the first day shown for the day it happened.
Undated events are left out: TimelineJS requires a start date.
"""

from __future__ import annotations

import datetime as dt
import json
from html import escape
from typing import Any

from chrono.export.fields import (
    DAY_PRECISIONS,
    TYPE_COLOURS,
    actors_text,
    display_date,
    first_url,
    quote_or_claim,
    web_url,
)
from chrono.models import Precision, Timeline
from chrono.views import EventEntry, TimelineView, view_of


def _date_object(day: dt.date, precision: Precision) -> dict[str, Any]:
    date: dict[str, Any] = {"year": day.year}
    if precision not in (Precision.YEAR, Precision.DECADE, Precision.CENTURY):
        date["month"] = day.month
        if precision in DAY_PRECISIONS or precision == Precision.WEEK:
            date["day"] = day.day
    return date


def _text(entry: EventEntry) -> str:
    event = entry.event
    parts = [f"<p>{escape(event.summary)}</p>"]
    details = [actors_text(event), event.location.name if event.location else "", quote_or_claim(event)]
    parts += [f"<p>{escape(detail)}</p>" for detail in details if detail]
    if event.date is not None:
        parts.append(f"<p><small>Date: {escape(event.date.rationale)}</small></p>")
    url = first_url(entry.sources())
    if url and web_url(url):
        parts.append(f'<p><a href="{escape(url, quote=True)}">source</a></p>')
    parts.append(f"<p><small>confidence {event.confidence} · {event.source_count} document(s)</small></p>")
    return "".join(parts)


def _slide(entry: EventEntry) -> dict[str, Any] | None:
    event = entry.event
    date = event.date
    if date is None or date.start is None:
        return None
    slide: dict[str, Any] = {
        "unique_id": f"event-{event.id}",
        "start_date": _date_object(date.start, date.precision),
        "text": {"headline": escape(event.title), "text": _text(entry)},
        "group": event.type,
        "background": {"color": f"#{TYPE_COLOURS.get(event.type, '6D4C41')}"},
        "autolink": False,
    }
    if date.end is not None and date.end != date.start and date.precision in DAY_PRECISIONS:
        slide["end_date"] = _date_object(date.end, date.precision)
    shown = display_date(date)
    if shown is not None:
        slide["display_date"] = shown
    return slide


def timeline_to_timelinejs(timeline: Timeline | TimelineView, *, title: str = "Timeline") -> dict[str, Any]:
    view = view_of(timeline)
    documents = len(view.documents)
    slides = [slide for slide in map(_slide, view.entries()) if slide is not None]
    return {
        "title": {
            "text": {
                "headline": escape(title),
                "text": f"<p>{len(slides)} dated events from {documents} document(s), by chrono-timeline</p>",
            }
        },
        "events": slides,
    }


def timeline_to_timelinejs_bytes(timeline: Timeline | TimelineView, *, title: str = "Timeline") -> bytes:
    return (json.dumps(timeline_to_timelinejs(timeline, title=title), indent=2, ensure_ascii=False) + "\n").encode()
