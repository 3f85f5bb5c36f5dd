"""Finding any of many words or phrases in a text, fast.

One regex alternation of a thousand names ("Abu Dhabi|Kyiv|...") is tried at
every character of the text, which made gazetteer and trigger lookups a large
share of the pipeline's time. A WordList finds the same matches (leftmost,
longest phrase first, never inside a word) by walking the text's words and
trying, at each, only the phrases that begin with that word.

The detector asks the same lists about every sentence of a document in turn.
Walking the sentence's words again for each list and each question cost a
fifth of the pipeline, so a long text's words are indexed once (where each
word occurs), each list finds its phrases in the whole text once, from the
first words it shares with the text, and a question about a stretch of the
text is answered from those matches.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator

_RUN = re.compile(r"\w+")
_WORD_CHARACTER = re.compile(r"\w")


class _TextWords:
    """Where each word of one text starts, by the word as written and in lower case."""

    def __init__(self, text: str) -> None:
        self.text = text
        exact: dict[str, list[int]] = {}
        for word in _RUN.finditer(text):
            exact.setdefault(word.group(), []).append(word.start())
        lower: dict[str, list[int]] = {}
        for word, starts in exact.items():
            lower.setdefault(word.lower(), []).extend(starts)
        self.exact = exact
        self.lower = lower


_recent: list[_TextWords] = []  # the last texts indexed: a document is asked about many times in a row


def _words_of(text: str) -> _TextWords:
    for words in _recent:
        if words.text is text:
            return words
    words = _TextWords(text)
    _recent[:] = [words, *_recent[:1]]
    return words


def _alternation(phrases: Iterable[str], flags: int) -> re.Pattern[str]:
    ordered = sorted(set(phrases), key=lambda w: (-len(w), w))
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)
    # Lookarounds instead of \b: some names end in a period ("U.S.").
    return re.compile(rf"(?<![\w.])(?:{body})(?![\w])", flags)


class WordList:
    """Matches like ``(?<![\\w.])(?:phrase|...)(?!\\w)``, longest phrase first, found word by word."""

    def __init__(self, phrases: Iterable[str], *, case_sensitive: bool, indexed_from: int = 1000) -> None:
        """``indexed_from``: texts at least this long are indexed once and asked about by stretches."""
        unique = set(phrases)
        self.indexed_from = indexed_from
        self._whole: tuple[str, list[int], list[re.Match[str]]] | None = None
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

    def _key(self, word: str) -> str:
        return word if self.case_sensitive else word.lower()

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        end = len(text) if endpos is None else min(endpos, len(text))
        if self._fallback:
            yield from self.regex.finditer(text, pos, end)
            return
        if len(text) >= self.indexed_from:
            found = self._from_whole_text(text, pos, end)
            if found is not None:
                yield from found
                return
        yield from self._scan(text, pos, end)

    def _scan(self, text: str, pos: int, end: int) -> Iterator[re.Match[str]]:
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

    def _whole_text(self, text: str) -> tuple[list[int], list[re.Match[str]]]:
        whole = self._whole
        if whole is not None and whole[0] is text:
            return whole[1], whole[2]
        words = _words_of(text)
        index = words.exact if self.case_sensitive else words.lower
        candidates: list[tuple[int, re.Pattern[str]]] = []
        for word in index.keys() & self._by_first_word.keys():
            regex = self._by_first_word[word]
            candidates += [(start, regex) for start in index[word]]
        candidates.sort(key=lambda candidate: candidate[0])
        matches: list[re.Match[str]] = []
        last = 0
        for start, regex in candidates:
            if start < last:
                continue
            if start > 0 and (text[start - 1] == "." or text[start - 1].isalnum() or text[start - 1] == "_"):
                continue
            match = regex.match(text, start)
            if match is not None:
                last = match.end()
                matches.append(match)
        starts = [match.start() for match in matches]
        self._whole = (text, starts, matches)
        return starts, matches

    def _from_whole_text(self, text: str, pos: int, end: int) -> list[re.Match[str]] | None:
        """The matches in text[pos:end], taken from the whole text's; None when a scan could differ.

        A scan of a stretch sees the stretch's end as the end of the text, so it
        can differ from the whole text's matches only where a match would cross
        either edge or the stretch stops inside a word.
        """
        if end < len(text) and _WORD_CHARACTER.match(text, end):
            return None
        starts, matches = self._whole_text(text)
        first = bisect_left(starts, pos)
        if first > 0 and matches[first - 1].end() > pos:
            return None  # a match runs into the stretch from before it
        stop = bisect_left(starts, end, first)
        if stop > first and matches[stop - 1].end() > end:
            return None  # the last match runs out of the stretch
        return matches[first:stop]

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return next(self.finditer(text, pos, endpos), None)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self.regex.fullmatch(text)
