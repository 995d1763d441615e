"""The HTML report in a real browser: evidence beside every reading, light and dark.

Needs the ``browser`` extra (playwright) and a Chromium; skips cleanly without them.
Point it at a browser with CLAIMCHECK_CHROMIUM (default: the system's chromium).
"""

from __future__ import annotations

import os
import shutil

import pytest

try:
    from report_fixtures import flood_report
except ImportError:  # tests run as a package
    from tests.report_fixtures import flood_report

ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]  # fmt: skip


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    executable = os.environ.get("CLAIMCHECK_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not executable:
        pytest.skip("no Chromium installed")
    with sync_api.sync_playwright() as playwright:
        try:
            browser = playwright.chromium.launch(executable_path=executable, args=ARGS)
        except Exception as exc:  # noqa: BLE001  (a browser that cannot start is an environment problem)
            pytest.skip(f"Chromium does not start: {exc}")
        yield browser
        browser.close()


def _open(browser, tmp_path, scheme: str):
    path = tmp_path / "report.html"
    path.write_text(flood_report().to_html(), encoding="utf-8")
    page = browser.new_page(viewport={"width": 1200, "height": 900}, color_scheme=scheme)
    page.goto(path.as_uri())
    return page


def test_evidence_is_visible_beside_each_reading(browser, tmp_path):
    page = _open(browser, tmp_path, "light")
    rows = page.locator("table.readings tbody tr:has(td.evidence)")
    report = flood_report()
    assert rows.count() == sum(len({c.source for c in f.claims}) for f in report.discrepancies)
    for i in range(rows.count()):
        row = rows.nth(i)
        reading = row.locator("td strong").first
        evidence = row.locator("td.evidence")
        assert reading.is_visible() and evidence.is_visible()
        mark = evidence.locator("mark").first
        assert mark.is_visible()
        a, b = reading.bounding_box(), evidence.bounding_box()
        # Beside: on the same line of the table, to the right of the reading.
        assert b["x"] > a["x"] + a["width"]
        assert b["y"] <= a["y"] + a["height"] and a["y"] <= b["y"] + b["height"]
        # The marked text is the reading itself, not a look-alike elsewhere in the sentence.
        assert mark.inner_text().strip() in reading.inner_text()
    page.screenshot(path=str(tmp_path / "report-light.png"), full_page=True)
    assert (tmp_path / "report-light.png").stat().st_size > 0
    page.close()


def _luminance(css: str) -> float:
    r, g, b = (int(x) for x in css[css.index("(") + 1 : css.index(")")].split(",")[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_text_stays_readable_in_both_colour_schemes(browser, tmp_path, scheme):
    page = _open(browser, tmp_path, scheme)
    root = page.locator(".claimcheck-report")
    background = root.evaluate("e => getComputedStyle(e).backgroundColor")
    text = root.evaluate("e => getComputedStyle(e).color")
    assert (_luminance(background) < 80) == (scheme == "dark")
    assert abs(_luminance(background) - _luminance(text)) > 120  # strong contrast either way
    page.screenshot(path=str(tmp_path / f"report-{scheme}.png"))
    page.close()
