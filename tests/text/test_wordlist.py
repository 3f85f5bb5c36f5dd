"""A WordList finds exactly what the one big alternation it replaces finds."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import chrono.text.wordlist as wordlist
from chrono.events.lexicon import gazetteer, triggers
from chrono.text.wordlist import WordList

PHRASES = ["U.S.", "United States", "United Arab Emirates", "talks", "peace talks", "al-Shabaab", "Kyiv", "Kyivska"]
PIECES = [*PHRASES, "the", "united", "US", "U.S", ".", ",", " ", "  ", "\n", "-", "s", "talk", "Talks", "_", "'s", "9"]
PIECES += ["İ", "ß", "é", "TALKS", "Kyiv\u0301"]  # letters whose lower case is longer, or not a plain letter


def spans(matches):
    return [m.span() for m in matches]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40), st.booleans(), st.integers(0, 30), st.integers(0, 200))
def test_same_matches_as_the_alternation(pieces, case_sensitive, start, stop):
    """For the whole text and for any stretch of it (the detector asks sentence by sentence)."""
    text = "".join(pieces)
    words = WordList(PHRASES, case_sensitive=case_sensitive)
    begin = min(start, len(text))
    end = max(begin, min(stop, len(text)))
    assert spans(words.finditer(text, begin)) == spans(words.regex.finditer(text, begin))
    assert spans(words.finditer(text, begin, end)) == spans(words.regex.finditer(text, begin, end))
    found = words.search(text)
    expected = words.regex.search(text)
    assert (found and found.span()) == (expected and expected.span())


def test_the_lexicons_agree_on_real_prose():
    text = (
        "The second round of trilateral talks between Russia and Ukraine, mediated by the United States, "
        "entered its second day in Abu Dhabi on Thursday; U.S. officials said the ceasefire held. "
        "Kyiv and Moscow exchanged prisoners, and the Emirati capital hosted the delegations."
    ) * 2
    for words in (triggers().pattern, gazetteer().pattern):
        assert spans(words.finditer(text)) == spans(words.regex.finditer(text))
        assert spans(words.finditer(text, 37, 200)) == spans(words.regex.finditer(text, 37, 200))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES), max_size=60),
    st.booleans(),
    st.lists(st.tuples(st.integers(0, 250), st.integers(0, 250)), min_size=1, max_size=6),
)
def test_same_matches_when_a_text_is_listed_once_for_every_stretch(pieces, case_sensitive, stretches):
    """An article's words are listed once, after lists have read enough of it; the matches stay the same."""
    text = "".join(pieces)
    words = WordList(PHRASES, case_sensitive=case_sensitive)
    lengths, after = wordlist.INDEXED_LENGTHS, wordlist._LISTED_AFTER
    wordlist.INDEXED_LENGTHS, wordlist._LISTED_AFTER = range(1, 10_000), 0  # list every text at once
    try:
        for start, stop in stretches:
            begin, end = min(start, stop, len(text)), min(max(start, stop), len(text))
            assert spans(words.finditer(text, begin, end)) == spans(words.regex.finditer(text, begin, end))
        assert spans(words.finditer(text)) == spans(words.regex.finditer(text))
    finally:
        wordlist.INDEXED_LENGTHS, wordlist._LISTED_AFTER = lengths, after


def test_an_article_read_by_many_lists_is_listed_once_and_a_phrase_never():
    article = "Officials said the second round of talks in Kyiv ended on Friday, without a deal. " * 20
    lists = [WordList(PHRASES, case_sensitive=sensitive) for sensitive in (True, False)]
    for start in [*range(0, len(article), 83)] * 2:  # each list reads the article twice over
        for words in lists:
            assert spans(words.finditer(article, start, start + 83)) == spans(
                words.regex.finditer(article, start, start + 83)
            )
    assert wordlist._last_seen[True].words is not None and wordlist._last_seen[False].words is not None
    phrase = "talks in Kyiv"
    assert spans(lists[0].finditer(phrase)) == [(0, 5), (9, 13)]
    assert wordlist._last_seen[True].text is article  # a phrase is read as it is, and leaves the article's list


@pytest.mark.parametrize("words_before", [3, 150])  # a stretch short enough to walk, and a long one
def test_a_stretch_that_cuts_a_word_sees_the_cut_word_as_a_search_there_does(words_before):
    text = "the " * words_before + "talks in Kyivska oblast went on, officials said. " * 30
    cut = text.index("Kyivska") + len("Kyiv")  # "Kyiv" is a phrase; "Kyivska" is another
    lengths, after = wordlist.INDEXED_LENGTHS, wordlist._LISTED_AFTER
    wordlist.INDEXED_LENGTHS, wordlist._LISTED_AFTER = range(1, 10_000), 0
    try:
        for case_sensitive in (True, False):
            words = WordList(PHRASES, case_sensitive=case_sensitive)
            expected = spans(words.regex.finditer(text, 0, cut))
            assert expected[-1] == (cut - 4, cut) and spans(words.finditer(text, 0, cut)) == expected
            assert wordlist._last_seen[case_sensitive].words is not None
    finally:
        wordlist.INDEXED_LENGTHS, wordlist._LISTED_AFTER = lengths, after
