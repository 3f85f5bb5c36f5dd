"""A WordList finds exactly what the one big alternation it replaces finds."""

from hypothesis import given, settings
from hypothesis import strategies as st

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
