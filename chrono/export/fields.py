"""Event fields as one line of text, shared by the tabular and page exporters."""

from __future__ import annotations

from chrono.models import Event


def quote_or_claim(event: Event) -> str:
    quotes = "; ".join(f"“{q}”" for q in event.attributes.quotes)
    return quotes or event.attributes.claim or ""


def actors_text(event: Event) -> str:
    return "; ".join(f"{a.name} ({a.role})" for a in event.actors)


def quantities_text(event: Event) -> str:
    return "; ".join(q.text for q in event.attributes.quantities)


def first_url(event: Event) -> str:
    return next((s.url for s in event.sources if s.url), "")
