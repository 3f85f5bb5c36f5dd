from chrono.text import segment


def test_sentences_keep_exact_offsets_into_the_text():
    text = "Talks began on Monday. They ended on Tuesday!\nA new paragraph starts here."
    sentences = segment(text)
    assert [s.text for s in sentences] == [
        "Talks began on Monday.",
        "They ended on Tuesday!",
        "A new paragraph starts here.",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)
    assert [s.paragraph for s in sentences] == [0, 0, 1]


def test_abbreviations_and_initials_do_not_end_a_sentence():
    text = "Gen. Smith met U.S. envoys on Feb. 5 in Geneva. John F. Kennedy was not there."
    assert [s.text for s in segment(text)] == [
        "Gen. Smith met U.S. envoys on Feb. 5 in Geneva.",
        "John F. Kennedy was not there.",
    ]


def test_a_letter_after_a_preposition_is_a_name_that_can_end_a_sentence():
    """'a post on X.' ends there; 'said C. Alan MacDonald' is an initial in a name."""
    text = "She confirmed it in a post on X. The envoy said C. Alan MacDonald would lead."
    assert [s.text for s in segment(text)] == [
        "She confirmed it in a post on X.",
        "The envoy said C. Alan MacDonald would lead.",
    ]


def test_initials_run_together_do_not_end_a_sentence():
    text = "The ruling stands, wrote Judge J.L. Edmondson on Monday. Appeals follow."
    assert [s.text for s in segment(text)] == [
        "The ruling stands, wrote Judge J.L. Edmondson on Monday.",
        "Appeals follow.",
    ]


def test_a_sentence_never_crosses_a_line_break():
    text = "GENEVA —\nThe envoys met again"
    assert [s.text for s in segment(text)] == ["GENEVA —", "The envoys met again"]


def test_navigation_lines_are_marked_as_boilerplate():
    text = "The ministers met in Oslo.\nRead more: Ministers to meet again next year\nThey agreed."
    flags = [(s.text[:9], s.boilerplate) for s in segment(text)]
    assert flags == [("The minis", False), ("Read more", True), ("They agre", False)]


def test_mixed_line_endings_and_blank_lines():
    text = "One.\r\n\r\nTwo.\rThree.\n"
    sentences = segment(text)
    assert [s.text for s in sentences] == ["One.", "Two.", "Three."]
    assert [s.paragraph for s in sentences] == [0, 1, 2]


def test_empty_text_has_no_sentences():
    assert segment("") == []
    assert segment("  \n\t ") == []


def test_run_together_sentences_are_split():
    assert [s.text for s in segment("He left on Monday.The envoys stayed.")] == [
        "He left on Monday.",
        "The envoys stayed.",
    ]


def test_a_short_capitalised_word_before_a_title_is_part_of_the_name():
    text = "Spokesman Brig. Gen. Ali Omar said so. He met the envoy. Gen. Smith spoke."
    assert [s.text for s in segment(text)] == [
        "Spokesman Brig. Gen. Ali Omar said so.",
        "He met the envoy.",
        "Gen. Smith spoke.",
    ]


def test_a_short_unpunctuated_first_line_before_a_story_is_its_headline():
    story = "Iran and Oman agree to resume talks\n\nThe two sides agreed on Monday. Talks resume in May.\n"
    assert [s.headline for s in segment(story)] == [True, False, False]
    # a first sentence of the story, a one-line text, or a title with nothing after it is no headline
    assert not segment("The two sides agreed on Monday.\nTalks resume in May. Both said so.\n")[0].headline
    assert not segment("Iran and Oman agree to resume talks\nTalks resume in May.")[0].headline


def test_a_stamp_line_above_the_title_is_not_the_headline():
    story = "Published: 14.02.2026 09:30\n\nEnvoys meet in Geneva\n\nThe envoys met on Friday. They agreed."
    assert [s.headline for s in segment(story)] == [False, True, False, False]
