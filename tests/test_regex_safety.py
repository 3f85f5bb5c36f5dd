"""No pattern in the package can backtrack catastrophically.

The classic cause is an unbounded quantifier inside another unbounded quantifier,
like (a+)+ or (\\w+\\s?)*: on a long near-match the engine tries exponentially
many splits. This test parses every pattern the package compiles (rules from
the data files and module-level patterns) and fails on such nesting.
"""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import chrono

try:  # Python 3.11+
    from re import _constants as constants  # type: ignore[attr-defined]
    from re import _parser as parser  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_constants as constants  # type: ignore[no-redef]
    import sre_parse as parser  # type: ignore[no-redef]

REPEATS = {constants.MAX_REPEAT, constants.MIN_REPEAT, getattr(constants, "POSSESSIVE_REPEAT", None)}


def _children(op, arg):
    if op in REPEATS:
        return [arg[2]]
    if op == constants.SUBPATTERN:
        return [arg[-1]]
    if op == constants.BRANCH:
        return list(arg[1])
    if op in (constants.ASSERT, constants.ASSERT_NOT):
        return [arg[1]]
    return []


def _nested_unbounded(items, inside_unbounded=False) -> bool:
    for op, arg in items:
        unbounded = op in REPEATS and arg[1] == constants.MAXREPEAT
        if unbounded and inside_unbounded:
            return True
        for child in _children(op, arg):
            if _nested_unbounded(child, inside_unbounded or unbounded):
                return True
    return False


def all_patterns() -> list[tuple[str, re.Pattern[str]]]:
    from chrono.events import lexicon as events_lexicon
    from chrono.temporal.lexicon import rules

    found = [(f"rule {rule.name}", rule.regex) for rule in rules()]
    found.append(("triggers", events_lexicon.triggers().pattern.regex))
    found.append(("called-off triggers", events_lexicon.triggers().called_off))
    found.append(("postponed triggers", events_lexicon.triggers().postponed))
    from chrono.events.arguments import _inverted_speaker_pattern

    found.append(("inverted speaker", _inverted_speaker_pattern()))
    found.append(("gazetteer", events_lexicon.gazetteer().pattern.regex))
    found.append(("organisations", events_lexicon.speakers().organisation_pattern.regex))
    for module_info in pkgutil.walk_packages(chrono.__path__, "chrono."):
        if module_info.name == "chrono.__main__":
            continue  # running it would start the command line
        module = importlib.import_module(module_info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                found.append((f"{module_info.name}.{name}", value))
    from chrono.events.arguments import _quantity_patterns

    found += [("quantities", p) for p in _quantity_patterns()]
    return found


@pytest.mark.parametrize(("name", "pattern"), all_patterns(), ids=[n for n, _ in all_patterns()])
def test_no_nested_unbounded_quantifiers(name, pattern):
    assert not _nested_unbounded(parser.parse(pattern.pattern, pattern.flags)), name


def test_the_checker_catches_the_classic_cases():
    for bad in [r"(a+)+", r"(\w+\s?)*x", r"(?:x|(?:ab)*)+"]:
        assert _nested_unbounded(parser.parse(bad))
    for good in [r"a+b+", r"(?:ab){0,4}c*", r"\b(?:one|two)\s+days\b"]:
        assert not _nested_unbounded(parser.parse(good))
