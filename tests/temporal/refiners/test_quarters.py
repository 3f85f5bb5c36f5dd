"""In a quarterly report, "a year ago" is the same quarter a year earlier (refiners/quarters.py)."""

from tests.temporal.expressions import values


def test_a_year_ago_in_a_quarterly_report_is_the_same_quarter_a_year_earlier():
    found = values("Third-quarter profit rose 8%. A year ago, the company lost money.")
    assert found["A year ago"] == "2025-Q3"
    found = values("Third-quarter profit rose 8% from the year-earlier period.")
    assert found["the year-earlier period"] == "2025-Q3"


def test_a_year_ago_without_a_quarter_is_the_year():
    assert values("A year ago, the company lost money.")["A year ago"] == "2025"
    assert values("In the year-earlier period, the company lost money.")["the year-earlier period"] == "2025"
