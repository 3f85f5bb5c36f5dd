"""The build: pure Python by default; with CHRONO_COMPILE=1, the pipeline's modules compiled by mypyc.

The pipeline's time is spread over hundreds of small Python functions (no stage
is more than a fifth of it), so no single rewrite makes it much faster. mypyc
compiles the same typed source to C extensions: about a fifth less time for an
article, identical outputs, and the same test suite passes against it (``.ci/run``
runs it both ways).

Compiling is opt-in because a compiled module shadows its .py file: in an
editable install an edit would not take effect until the next build. The list
is the pipeline's hot path; models, inputs, exporters and the command line stay
Python (pydantic models, optional imports, monkeypatching in tests).
"""

from __future__ import annotations

import os

from setuptools import setup

COMPILED_MODULES = [
    "chrono/text/wordlist.py",
    "chrono/text/segment.py",
    "chrono/temporal/tagger.py",
    "chrono/temporal/tense.py",
    "chrono/temporal/keywords.py",
    "chrono/temporal/anchor.py",
    "chrono/temporal/resolver.py",
    "chrono/temporal/calendar.py",
    "chrono/temporal/refiners/clock.py",
    "chrono/temporal/refiners/counted.py",
    "chrono/temporal/refiners/quarters.py",
    "chrono/temporal/refiners/ranges.py",
    "chrono/temporal/refiners/weekdays.py",
    "chrono/temporal/resolvers/base.py",
    "chrono/temporal/resolvers/clock.py",
    "chrono/temporal/resolvers/dates.py",
    "chrono/temporal/resolvers/durations.py",
    "chrono/temporal/resolvers/holidays.py",
    "chrono/temporal/resolvers/narrative.py",
    "chrono/temporal/resolvers/periods.py",
    "chrono/temporal/resolvers/references.py",
    "chrono/temporal/resolvers/relative.py",
    "chrono/temporal/resolvers/sets.py",
    "chrono/temporal/resolvers/years.py",
    "chrono/events/clauses.py",
    "chrono/events/arguments.py",
    "chrono/events/detector.py",
    "chrono/events/linker.py",
    "chrono/events/merge.py",
]


def compiled_extensions() -> list:
    if os.environ.get("CHRONO_COMPILE", "") != "1":
        return []
    try:
        from mypyc.build import mypycify
    except ImportError as error:  # the build backend asks for mypy, but a build without isolation may lack it
        raise SystemExit("CHRONO_COMPILE=1 needs mypy (pip install mypy) in the build environment") from error
    return mypycify(["--ignore-missing-imports", *COMPILED_MODULES], opt_level="3")


setup(ext_modules=compiled_extensions())
