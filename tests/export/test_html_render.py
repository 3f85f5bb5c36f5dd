"""The HTML page rendered by a real browser (headless Chromium) is a page, not a blank screen."""

import shutil
import subprocess

import pytest
from PIL import Image

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
# Flags for a closed network and no desktop: nothing fetched, no first-run dialogs.
QUIET = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (Debian package chromium)")
def test_chromium_renders_the_timeline_page(seed_timeline, tmp_path):
    page = tmp_path / "timeline.html"
    seed_timeline.save(page, title="Seed story")
    shot = tmp_path / "page.png"
    subprocess.run(
        [
            CHROMIUM,
            *QUIET,
            f"--user-data-dir={tmp_path / 'profile'}",
            "--window-size=1200,900",
            f"--screenshot={shot}",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    image = Image.open(shot).convert("RGB")
    assert image.size == (1200, 900)
    raw = image.tobytes()
    pixels = list(zip(raw[0::3], raw[1::3], raw[2::3], strict=True))
    ink = sum(1 for r, g, b in pixels if r + g + b < 600) / len(pixels)
    assert ink > 0.02  # text and the timeline rule, not a blank page
    # The type badges are drawn in their colours: talks green, statement blue.
    assert any(abs(r - 0x2E) < 12 and abs(g - 0x7D) < 12 and abs(b - 0x32) < 12 for r, g, b in pixels)
    assert any(abs(r - 0x15) < 12 and abs(g - 0x65) < 12 and abs(b - 0xC0) < 12 for r, g, b in pixels)
