"""Where each rule's keyword occurs, found with one pass over the words of a text.

Scanning a text with a case-insensitive regex costs about 30 ns a character
however simple the pattern, and the tagger has a few dozen keywords: most of
its time went into those scans. Keywords are alternations of words ("quarter",
"week|month|year", "{unit}"), so instead the text is split into words once, each
word is looked up in a table of the words a keyword can start with, and the
keyword's own regex is only tried (anchored) where that first word occurs. A
keyword whose alternatives do not start with a letter ("0s" in "1990s") is
scanned the old way, without the word-start lookbehind: a pattern that starts
with a character class is then skipped to in C, three to thirty times faster,
and a hit inside a word ("a12") only widens a window, as every rule has its own
boundaries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from chrono.temporal.lexicon import expand, rules, word_classes

# Words as the index sees them: a run of letters or a run of digits ("a.m" is "a" then "m").
_WORD = re.compile(r"[A-Za-z]+|[0-9]+")
_CLASS = re.compile(r"\{([a-z_]+)(?::[a-z_0-9]+)?\}")


def _alternatives(source: str) -> list[str] | None:
    """The literal alternatives of a keyword pattern, or None when it is more than words and classes."""
    found: list[str] = []
    for part in source.split("|"):
        word_class = _CLASS.fullmatch(part)
        if word_class:
            values = list(word_classes()[word_class.group(1)].values)
            found += values
            continue
        literal = part.replace("\\.", ".").replace("\\s", " ").replace("\\-", "-")
        if re.search(r"[\\()\[\]?*+{}^$]", literal):
            return None
        found.append(literal)
    return found


@dataclass(frozen=True)
class KeywordIndex:
    """For each first word (lower case), the keywords that can start with it."""

    by_first_word: dict[str, tuple[str, ...]]
    by_two_letters: dict[str, tuple[str, ...]]  # first words by their first two letters, for prefix lookups
    patterns: dict[str, re.Pattern[str]]  # keyword source -> compiled keyword (with its lookbehind)
    scanned: dict[str, re.Pattern[str]]  # keywords that are not plain words -> the regex they are scanned with


@cache
def keyword_index() -> KeywordIndex:
    by_first: dict[str, set[str]] = {}
    patterns: dict[str, re.Pattern[str]] = {}
    scanned: dict[str, re.Pattern[str]] = {}
    for rule in rules():
        source = rule.keyword_source
        if rule.keyword is None or source is None or source in patterns:
            continue
        patterns[source] = rule.keyword
        alternatives = _alternatives(source)
        firsts = [_WORD.match(a.replace("’", "'")) for a in alternatives] if alternatives else None
        if not firsts or any(m is None or (not m.group().isalpha() and "." not in m.group()) for m in firsts):
            scanned[source] = re.compile(expand(source), re.IGNORECASE)
            continue
        for match in firsts:
            assert match is not None
            by_first.setdefault(match.group().lower(), set()).add(source)
    by_two: dict[str, list[str]] = {}
    for word in by_first:
        by_two.setdefault(word[:2], []).append(word)
    return KeywordIndex(
        by_first_word={word: tuple(sorted(sources)) for word, sources in by_first.items()},
        by_two_letters={key: tuple(sorted(words)) for key, words in by_two.items()},
        patterns=patterns,
        scanned=scanned,
    )


@lru_cache(maxsize=1 << 16)  # the words of news repeat: each is looked up once, not once per use
def _keywords_at(token: str) -> tuple[str, ...]:
    """The keywords that can start at a word (lower case), once per first word they can start with.

    A keyword may be the start of a longer word ("quarter" in "quarterly") as a regex scan
    would find it; its own pattern then decides, anchored at the word.
    """
    index = keyword_index()
    return tuple(
        source
        for first in index.by_two_letters.get(token[:2], ())
        if token.startswith(first)
        for source in index.by_first_word[first]
    )


def keyword_hits(text: str) -> dict[str, list[tuple[int, int]]]:
    """Every keyword's hits in ``text`` as (start, end) spans, keyed by the keyword's source."""
    index = keyword_index()
    hits: dict[str, list[tuple[int, int]]] = {source: [] for source in index.patterns}
    for word in _WORD.finditer(text):
        for source in _keywords_at(word.group().lower()):
            hit = index.patterns[source].match(text, word.start())
            if hit is not None:
                hits[source].append(hit.span())
    for source, scanner in index.scanned.items():
        hits[source] = [hit.span() for hit in scanner.finditer(text)]
    return hits
