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
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_RUN = re.compile(r"\w+")


def _alternation(phrases: Iterable[str], flags: int) -> re.Pattern[str]:
    ordered = sorted(set(phrases), key=lambda w: (-len(w), w))
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)
    # Lookarounds instead of \b: some names end in a period ("U.S.").
    return re.compile(rf"(?<![\w.])(?:{body})(?![\w])", flags)


def _is_word_character(character: str) -> bool:
    return character.isalnum() or character == "_"  # what \w matches


def _word_starts(words: str, word: str) -> Iterator[int]:
    """Where ``word`` stands as a whole word (a run of \\w) in ``words``."""
    length, found = len(word), words.find(word)
    while found >= 0:
        after = found + length
        if (found == 0 or not _is_word_character(words[found - 1])) and (
            after == len(words) or not _is_word_character(words[after])
        ):
            yield found
        found = words.find(word, found + 1)


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
        window = text[pos:end]
        words = window if self.case_sensitive else window.lower()
        if len(words) != len(window):
            yield from self._scan(text, pos, end)  # lower case changed the length ("İ"): offsets would drift
            return
        shared = self._first_words.intersection(_RUN.findall(words))
        if not shared:
            return
        starts = sorted((start, word) for word in shared for start in _word_starts(words, word))
        last = pos
        for offset, word in starts:
            start = pos + offset
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
