import datetime as dt

import pytest

import chrono
from chrono.models import Document

DCT = dt.date(2026, 3, 12)
HOSTILE = (
    '=HYPERLINK("http://x.invalid","click") Foreign Minister Ana Lopez said on Monday that talks; would, resume.\n'
    "The third round of talks between Iran and Oman opened on Tuesday in Muscat.\n"
)


@pytest.fixture(scope="session")
def hostile_timeline():
    return chrono.extract(Document(id="hostile", text=HOSTILE, published=DCT, url="https://example.invalid/a"))
