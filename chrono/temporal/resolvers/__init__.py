"""The resolver families, one module each; importing the package registers them all.

    dates       "Feb. 5", "the 14th", "March 2026", "the 1990s", "the first week of March"
    years       the year of a date written without one (shared by the others)
    relative    "yesterday", "on Wednesday", "last week", "later this month"
    narrative   "three days later", "the next day", "two weeks ago"
    periods     quarters, halves and seasons
    durations   "three days", "for years", "the past few weeks"
    sets        "every Monday", "each July"
    references  "now", "recently", "the past"
    clock       "3:30 p.m. Tuesday", "noon"
    holidays    "Christmas", "Easter week"

``base`` holds the Context every resolver reads and the registry
(``RESOLVERS``, filled by ``@resolves``) that the engine looks names up in.
"""

from chrono.temporal.resolvers import (  # noqa: F401  (each module registers its resolvers)
    clock,
    dates,
    durations,
    holidays,
    narrative,
    periods,
    references,
    relative,
    sets,
)
from chrono.temporal.resolvers.base import PART_MODS, RESOLVERS, Context, lookup

__all__ = ["PART_MODS", "RESOLVERS", "Context", "lookup"]
