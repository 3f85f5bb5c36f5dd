"""Split a text into paragraphs and sentences, keeping character offsets.

Offsets point into the text exactly as given, so every source sentence, trigger
and time expression can be located again by a reader or a test.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from chrono.models import Sentence

# A run of sentence-final punctuation, optional closing quotes/brackets, then space.
# Each quantifier applies to a single character class, so matching is linear.
_BOUNDARY = re.compile(r"[.!?]+[\"”’')\]]*[ \t]+|(?<=[a-z][a-z])\.(?=[A-Z][a-z])")
# A sentence starts with a capital letter, a digit, or an opening quote/bracket.
_STARTER = re.compile(r"[A-Z0-9\"“‘'(\[]")
_LAST_TOKEN = re.compile(r"[\w.]+$")
_LINE_BREAK = re.compile("[\r\n\u2028\u2029]")


@cache
def _lexicon() -> tuple[frozenset[str], tuple[str, ...]]:
    data = json.loads(resources.files("chrono.text").joinpath("lexicon.json").read_text("utf-8"))
    return frozenset(data["abbreviations"]), tuple(data["boilerplate_prefixes"])


_INITIALS = re.compile(r"(?:[a-z]\.){1,3}[a-z]")
_WORD_BEFORE_LETTER = re.compile(r"([A-Za-z]+)\s+[A-Za-z]$")
_BEFORE_A_LETTER_NAME = frozenset({"on", "in", "at", "of", "to", "from", "by", "with", "for", "via", "the", "a", "an"})


def _is_abbreviation(before: str, abbreviations: frozenset[str]) -> bool:
    token = _LAST_TOKEN.search(before)
    if token is None:
        return False
    word = token.group().lower().rstrip(".")
    if word in abbreviations:
        return True
    # Initials such as "F." in "John F. Kennedy" or "said C. Alan MacDonald" do not end sentences
    # either; a letter after a preposition or an article is a name of its own ("a post on X.").
    if len(word) == 1 and word.isalpha():
        previous = _WORD_BEFORE_LETTER.search(before)
        return previous is None or previous.group(1) not in _BEFORE_A_LETTER_NAME
    return _INITIALS.fullmatch(word) is not None  # "Judge J.L. Edmondson"


_TITLE_AFTER = re.compile(r"(?:Gen|Col|Lt|Maj|Capt|Sgt|Adm|Brig|Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov)\.")
_SHORT_CAPITALISED = re.compile(r"(?:^|\s)[A-Z][a-z]{0,4}$")


def _title_follows(text: str, before: str, position: int) -> bool:
    return bool(_SHORT_CAPITALISED.search(before)) and _TITLE_AFTER.match(text, position) is not None


def _split_paragraph(text: str, start: int, end: int) -> list[tuple[int, int]]:
    abbreviations, _ = _lexicon()
    spans: list[tuple[int, int]] = []
    sentence_start = start
    for match in _BOUNDARY.finditer(text, start, end):
        next_char = match.end()
        if next_char >= end or not _STARTER.match(text, next_char):
            continue
        punct_end = match.start() + 1
        # Look back a few characters only: abbreviations are short, and scanning the
        # whole sentence each time would make long sentences quadratic.
        window = text[max(sentence_start, punct_end - 12) : punct_end - 1]
        if text[match.start()] == "." and _is_abbreviation(window, abbreviations):
            continue
        if text[match.start()] == "." and _title_follows(text, window, next_char):
            continue  # "Brig. Gen. Yahya": a capitalised short word, then a title, is one name
        cut = match.end()
        while cut > match.start() and text[cut - 1] in " \t":
            cut -= 1
        spans.append((sentence_start, cut))
        sentence_start = next_char
    if sentence_start < end:
        spans.append((sentence_start, end))
    return spans


def segment(text: str) -> list[Sentence]:
    """Sentences of ``text`` in order; lines are paragraphs, never crossed by a sentence."""
    _, boilerplate_prefixes = _lexicon()
    sentences: list[Sentence] = []
    paragraph = 0
    position = 0
    length = len(text)
    while position < length:
        line_break = _LINE_BREAK.search(text, position)
        line_end = line_break.start() if line_break else length
        first, last = position, line_end
        while first < last and text[first].isspace():
            first += 1
        while last > first and text[last - 1].isspace():
            last -= 1
        if first < last:
            is_boilerplate = text[first:last].lower().startswith(boilerplate_prefixes)
            for start, end in _split_paragraph(text, first, last):
                sentences.append(
                    Sentence(
                        index=len(sentences),
                        start=start,
                        end=end,
                        text=text[start:end],
                        paragraph=paragraph,
                        boilerplate=is_boilerplate,
                    )
                )
            paragraph += 1
        position = line_end + 1
    title = _headline(sentences)
    if title is not None:
        sentences[title] = sentences[title].model_copy(update={"headline": True})
    return sentences


_HEADLINE_LENGTH = 200  # characters: a title line is short
# A line above the title that only stamps the story: "Published: 14.02.2026 09:30", "Updated 5 Feb".
_STAMP = re.compile(r"(?i:published|updated|posted|last\s+updated|first\s+published)\b|[\d\s./:,-]+$")
_SENTENCE_END = re.compile(r"[.!?:;,\"”’')\]]$")


def _headline(sentences: list[Sentence]) -> int | None:
    """The title: the first line (after stamps such as "Published: 14.02.2026") that is one short
    unpunctuated sentence, with a story after it."""
    index = next((i for i, s in enumerate(sentences) if not s.boilerplate and not _STAMP.match(s.text)), None)
    if index is None or len(sentences) - index < 3 or sentences[index + 1].paragraph == sentences[index].paragraph:
        return None
    first = sentences[index]
    if first.end - first.start <= _HEADLINE_LENGTH and _SENTENCE_END.search(first.text) is None:
        return index
    return None
