"""Bytes to text: what is read as text, in which encoding, and what is refused as not text."""

import random

import pytest

from chrono.errors import InputError
from chrono.inputs.files import decode


def test_utf8_text_is_read_as_it_is():
    text = "Talks in Zürich resumed on Monday – “calm”, officials said.\n"
    assert decode(text.encode("utf-8"), "a.txt") == (text, [])


def test_text_with_the_odd_control_character_is_still_text():
    text = "Page one\x0cPage two\r\n\x1b[1mbold\x1b[0m and a stray \x1a at the end.\n" * 3
    assert decode(text.encode("utf-8"), "old.txt")[0] == text


def test_bytes_that_are_mostly_control_characters_are_refused_though_they_hold_no_nul():
    generator = random.Random(7)
    noise = bytes(generator.randrange(1, 256) for _ in range(4096))
    refused = r"noise.bin: looks like a binary file \(\d+ control bytes in its first 4096\)"
    with pytest.raises(InputError, match=refused):
        decode(noise, "noise.bin")


def test_nul_bytes_mean_binary():
    with pytest.raises(InputError, match="contains NUL bytes"):
        decode(b"PK\x03\x04\x00\x00rest of an archive", "a.zip.txt")


def test_a_sprinkle_of_control_bytes_is_not_enough_to_refuse():
    text = ("word " * 15 + "\x01").encode("ascii")  # one in 76: a damaged text, still text
    assert decode(text, "damaged.txt")[0].startswith("word")


def test_a_short_note_with_a_stray_control_byte_is_text():
    assert decode(b"Talks\x07 today", "note.txt")[0] == "Talks\x07 today"


def test_an_empty_or_blank_file_is_refused():
    for data in (b"", b" \n\t\n"):
        with pytest.raises(InputError, match="file is empty"):
            decode(data, "blank.txt")
