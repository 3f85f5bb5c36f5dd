"""Digit-only dates: which number is the month (temporal/numeric.py)."""

import datetime as dt

import pytest

from chrono.temporal.numeric import default_order, readings, settled_order, text_order
from chrono.temporal.tagger import tag
from chrono.text import segment


def test_both_orders_are_read_where_both_make_a_date():
    assert readings(5, 2, 2026) == {"month first": dt.date(2026, 5, 2), "day first": dt.date(2026, 2, 5)}
    assert readings(13, 2, 2026) == {"day first": dt.date(2026, 2, 13)}
    assert readings(2, 30, 2026) == {}  # 30 February, and no 30th month


@pytest.mark.parametrize(("first", "second", "order"), [(13, 2, "day first"), (2, 13, "month first"), (5, 2, None)])
def test_only_a_number_above_twelve_settles_the_order(first, second, order):
    assert settled_order(first, second) == order


def test_dots_are_read_day_first_and_slashes_month_first():
    assert (default_order("."), default_order("/"), default_order("-")) == ("day first", "month first", "month first")


def _matches(text: str):
    return tag(text, segment(text))


def test_a_text_shows_one_order_or_none():
    assert text_order(_matches("Filed 13/02/2026, heard 5/3/2026.")) == "day first"
    assert text_order(_matches("Filed 2/13/2026, heard 5/3/2026.")) == "month first"
    assert text_order(_matches("Filed 13/02/2026, heard 2/13/2026.")) is None  # the text itself disagrees
    assert text_order(_matches("Filed 5/3/2026.")) is None
