"""Finding any of many words or phrases in a text, fast.

One regex alternation of a thousand names ("Abu Dhabi|Kyiv|...") is tried at
every character of the text, which made gazetteer and trigger lookups a large
share of the pipeline's time. A WordList finds the same matches (leftmost,
longest phrase first, never inside a word) by walking the text's words and
trying, at each, only the phrases that begin with that word.

Most sentences hold none of a list's first words, and walking their words in
Python was still most of the detector's time. So the words of the stretch asked
about are listed in one C-level call and intersected with the list's first
words; only where a shared word stands is a phrase tried.

The detector asks a dozen lists about each sentence of an article, so once the
lists have read about twice an article's length, its words are listed once, with
where each starts (:class:`_Words`), and every list reads the stretch it is
asked about from there instead of listing its words again. A text read less
than that (a phrase, most TimeML documents) is read stretch by stretch as before.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator

_RUN = re.compile(r"\w+")
# Texts whose words are listed once for all lists: long enough for that to pay (an article, not
# a phrase), short enough to hold the list (a text of megabytes is read stretch by stretch).
INDEXED_LENGTHS = range(1_000, 1_000_001)
_WALKED = 100  # a stretch of at most this many words is walked; in a longer one each shared word is found


class _Words:
    """The words of one text (lower-cased for lists that ignore case) and where each starts."""

    __slots__ = ("starts", "text", "words")

    def __init__(self, text: str) -> None:
        self.text = text
        self.words = _RUN.findall(text)
        self.starts = list(map(re.Match.start, _RUN.finditer(text)))

    def starts_in(self, first_words: frozenset[str], pos: int, end: int) -> list[tuple[int, str]]:
        """Where a word of ``first_words`` starts in ``[pos, end)``, in order, with the word as the
        stretch holds it: a last word the stretch cuts is cut too, as a search there sees it."""
        first, stop = bisect_left(self.starts, pos), bisect_left(self.starts, end)
        if first == stop:
            return []
        window = self.words[first:stop]
        if self.starts[stop - 1] + len(window[-1]) > end:
            window[-1] = window[-1][: end - self.starts[stop - 1]]
        shared = first_words.intersection(window)
        if not shared:
            return []
        if len(window) <= _WALKED:
            return [(self.starts[first + k], word) for k, word in enumerate(window) if word in shared]
        return sorted((start, word) for word in shared for start in _word_starts(self.text, word, pos, end))


class _Seen:
    """A text lists have searched: how much of it they read themselves, and its words once listed."""

    __slots__ = ("read", "text", "words")

    def __init__(self, text: str) -> None:
        self.text = text
        self.read = 0  # characters read stretch by stretch; -1: never listed (lower case changes its length)
        self.words: _Words | None = None


# Listing a text's words reads it about twice; stretches read that much already say it will pay.
_LISTED_AFTER = 2
# By case-sensitivity, the text searched last. Threads that search different texts take turns
# at this slot: each still gets its own text's words, or None, never another text's.
_last_seen: dict[bool, _Seen] = {}


def _words_of(text: str, case_sensitive: bool, pos: int, end: int) -> _Words | None:
    """The words of ``text`` listed once for all lists, once the lists have read enough of it
    stretch by stretch; until then (and for a phrase, or megabytes) None: read the stretch."""
    seen = _last_seen.get(case_sensitive)
    if seen is None or seen.text is not text:
        if len(text) not in INDEXED_LENGTHS:
            return None
        seen = _last_seen[case_sensitive] = _Seen(text)
    if seen.words is None and seen.read >= 0:
        seen.read += end - pos
        if seen.read >= _LISTED_AFTER * len(text):
            words = text if case_sensitive else text.lower()
            if len(words) == len(text):
                seen.words = _Words(words)
            else:
                seen.read = -1  # "İ" lowers to two characters: offsets would drift
    return seen.words


def _alternation(phrases: Iterable[str], flags: int) -> re.Pattern[str]:
    ordered = sorted(set(phrases), key=lambda w: (-len(w), w))
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)
    # Lookarounds instead of \b: some names end in a period ("U.S.").
    return re.compile(rf"(?<![\w.])(?:{body})(?![\w])", flags)


def _is_word_character(character: str) -> bool:
    return character.isalnum() or character == "_"  # what \w matches


def _word_starts(words: str, word: str, pos: int = 0, end: int | None = None) -> Iterator[int]:
    """Where ``word`` stands as a whole word (a run of \\w) in ``words[pos:end]``, as that stretch
    alone would show it (its ends are word boundaries)."""
    end = len(words) if end is None else end
    length, found = len(word), words.find(word, pos, end)
    while found >= 0:
        after = found + length
        if (found == pos or not _is_word_character(words[found - 1])) and (
            after == end or not _is_word_character(words[after])
        ):
            yield found
        found = words.find(word, found + 1, end)


class WordList:
    """Matches like ``(?<![\\w.])(?:phrase|...)(?!\\w)``, longest phrase first, found word by word."""

    def __init__(self, phrases: Iterable[str], *, case_sensitive: bool) -> None:
        unique = set(phrases)
        self.case_sensitive = case_sensitive
        flags = 0 if case_sensitive else re.IGNORECASE
        self.regex = _alternation(unique, flags)  # the whole list as one pattern (and the regex-safety check)
        groups: dict[str, list[str]] = {}
        self._fallback = False
        for phrase in unique:
            first = _RUN.match(phrase)
            if first is None:
                self._fallback = True  # a phrase that does not start with a word: scan with the regex
                break
            groups.setdefault(self._key(first.group()), []).append(phrase)
        self._by_first_word = {word: _alternation(group, flags) for word, group in groups.items()}
        self._first_words = frozenset(self._by_first_word)

    def _key(self, word: str) -> str:
        return word if self.case_sensitive else word.lower()

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        end = len(text) if endpos is None else min(endpos, len(text))
        if self._fallback:
            yield from self.regex.finditer(text, pos, end)
            return
        indexed = _words_of(text, self.case_sensitive, pos, end) if end > pos else None
        if indexed is not None:
            starts = indexed.starts_in(self._first_words, pos, end)
        else:
            window = text[pos:end]
            words = window if self.case_sensitive else window.lower()
            if len(words) != len(window):
                yield from self._scan(text, pos, end)  # lower case changed the length ("İ"): offsets would drift
                return
            shared = self._first_words.intersection(_RUN.findall(words))
            if not shared:
                return
            starts = sorted((pos + offset, word) for word in shared for offset in _word_starts(words, word))
        last = pos
        for start, word in starts:
            if start < last:
                continue
            if start > 0 and (text[start - 1] == "." or text[start - 1].isalnum() or text[start - 1] == "_"):
                continue  # after a period, where the regex's lookbehind fails too
            match = self._by_first_word[word].match(text, start, end)
            if match is not None:
                last = match.end()
                yield match

    def _scan(self, text: str, pos: int, end: int) -> Iterator[re.Match[str]]:
        """Word by word: the same matches, for texts whose lower case is longer or shorter."""
        last = pos
        for word in _RUN.finditer(text, pos, end):
            start = word.start()
            if start < last:
                continue
            if start > 0 and (text[start - 1] == "." or text[start - 1].isalnum() or text[start - 1] == "_"):
                continue  # inside a word or after a period, where the regex's lookbehind fails too
            regex = self._by_first_word.get(self._key(word.group()))
            if regex is None:
                continue
            match = regex.match(text, start, end)
            if match is not None:
                last = match.end()
                yield match

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return next(self.finditer(text, pos, endpos), None)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self.regex.fullmatch(text)
