"""Timeline as one self-contained HTML page: no scripts, no network, every text escaped.

Links to sources are the only way out of the page, and only for http(s) addresses.

The page lists events by date with their type, actors, place, quote, date
rationale and source sentences, so it can be mailed or archived as it is.
"""

from __future__ import annotations

from html import escape
from itertools import islice

from chrono import __version__
from chrono.export.fields import actors_text, display_date, quote_or_claim, web_url
from chrono.models import Event, Timeline
from chrono.views import TimelineView, view_of

_STYLE = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;max-width:60rem;color:#1a1a1a}
h1{font-size:1.5rem}ol{list-style:none;padding:0;border-left:3px solid #305496}
li{margin:0 0 1.2rem 0;padding-left:1rem;position:relative}
li::before{content:"";position:absolute;left:-.55rem;top:.4rem;width:.8rem;height:.8rem;border-radius:50%;background:#305496}
.date{font-weight:600}.type{font-size:.75rem;text-transform:uppercase;padding:.1rem .4rem;border-radius:.3rem;
color:#fff;margin-left:.5rem}.talks{background:#2e7d32}.strike{background:#c62828}.statement{background:#1565c0}
.other{background:#6d4c41}.title{font-size:1.05rem;margin:.2rem 0}.meta{color:#555;font-size:.85rem}
blockquote{margin:.3rem 0;padding-left:.6rem;border-left:2px solid #ccc;color:#333;font-size:.9rem}
"""


def _date(event: Event) -> str:
    """The date as a reader should take it: a day, a span, or a coarse period that says so."""
    date = event.date
    if date is None or date.start is None:
        return "undated"
    shown = display_date(date)
    if shown is None:
        end = date.end or date.start
        shown = date.start.isoformat() if end == date.start else f"{date.start.isoformat()} to {end.isoformat()}"
    notes = []
    if date.modifier == "APPROX":
        notes.append("approximate")
    if event.attributes.planned:
        notes.append("planned")
    if notes and shown.endswith(")"):
        return f"{shown[:-1]}; {', '.join(notes)})"
    return f"{shown} ({', '.join(notes)})" if notes else shown


def _event(event: Event) -> str:
    date = escape(_date(event))
    actors = escape(actors_text(event))
    place = escape(event.location.name) if event.location else ""
    quote = quote_or_claim(event)
    parts = [
        f'<li><span class="date">{date}</span><span class="type {escape(event.type)}">{escape(event.type)}</span>',
        f'<div class="title">{escape(event.title)}</div>',
        f'<div class="meta">{actors}{" · " + place if place else ""} · confidence {event.confidence}'
        f" · {event.source_count} document(s)</div>",
    ]
    if quote:
        parts.append(f'<div class="meta">{escape(quote)}</div>')
    if event.date is not None:
        parts.append(f'<div class="meta">Date: {escape(event.date.rationale)}</div>')
    for source in event.sources[:3]:
        link = ""
        if source.url and web_url(source.url):
            link = f' <a href="{escape(source.url, quote=True)}" rel="noreferrer">source</a>'
        parts.append(f"<blockquote>{escape(source.sentence)}{link}</blockquote>")
    parts.append("</li>")
    return "\n".join(parts)


_LISTED_DOCUMENTS = 20  # document ids named in the page's header; a corpus is counted, not listed


def _documents_text(view: TimelineView) -> str:
    named = [d.id for d in islice(view.documents, _LISTED_DOCUMENTS)]
    rest = len(view.documents) - len(named)
    return ", ".join(named) + (f" and {rest:,} more documents" if rest > 0 else "")


def timeline_to_html(timeline: Timeline | TimelineView, *, title: str = "Timeline") -> bytes:
    view = view_of(timeline)
    documents = _documents_text(view)
    body = "\n".join(_event(entry.event) for entry in view.entries())  # the first mentions are enough
    page = (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        f"<title>{escape(title)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
        f'<h1>{escape(title)}</h1>\n<p class="meta">{view.event_count} events from {escape(documents)};'
        f" made by chrono-timeline {escape(__version__)}</p>\n<ol>\n{body}\n</ol>\n</body>\n</html>\n"
    )
    return page.encode("utf-8")
