"""The review page in a real headless browser (issue 15): Playwright drives Debian's chromium
(`make browser` installs it; Playwright's own browser download is not reachable here). Open a
workbook, filter by rule, correct two rows with the keyboard, reload: the corrections are in
the workbook's review cells and nothing else in the file changed."""
from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

import openpyxl
import pytest

playwright_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright (the test extra)")
CHROMIUM = os.environ.get("ZHIBIAO_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no chromium: run `make browser` "
                                "(apt-get install chromium) or set ZHIBIAO_CHROMIUM to a Chromium binary")

from zhibiao import writers  # noqa: E402
from zhibiao.normalize import normalize_records  # noqa: E402
from zhibiao.readers import read_table  # noqa: E402
from zhibiao.review.server import serve  # noqa: E402

RAW = Path(__file__).resolve().parent.parent / "corpus" / "raw"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _cells(path: Path) -> dict:
    wb = openpyxl.load_workbook(path)
    return {(ws.title, c.coordinate): c.value for ws in wb for row in ws.iter_rows() for c in row
            if c.value is not None}


@pytest.fixture()
def workbook(tmp_path):
    records = [r for f in sorted(RAW.iterdir()) for r in read_table(f)]
    return writers.write(normalize_records(records), tmp_path / "审核.xlsx")


@pytest.fixture()
def browser():
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


def _ready(page, after: int = 0) -> None:
    page.wait_for_function(f"Number(document.body.dataset.ready || 0) > {after}")


@contextlib.contextmanager
def _page_on(workbook, browser):
    """The review server over `workbook` and a page opened on it, its first rows shown."""
    server = serve(str(workbook))
    server.start()
    try:
        page = browser.new_page(bypass_csp=True)   # Playwright evaluates its waits as strings
        page.goto(server.url)
        _ready(page)
        yield page
    finally:
        server.shutdown()
        server.server_close()


def test_filter_correct_two_rows_with_the_keyboard_and_reload(workbook, browser):
    before = _cells(workbook)
    with _page_on(workbook, browser) as page:
        assert page.title().startswith("zhibiao 审核")
        # filter by rule 18 (满意度目标的形式): every row shown carries that rule
        ready = int(page.evaluate("document.body.dataset.ready"))
        page.select_option("#f-rule", "18")
        _ready(page, ready)
        rows = page.locator(".row")
        assert rows.count() >= 2
        for i in range(rows.count()):
            assert "[18]" in rows.nth(i).inner_text()
        first, second = rows.nth(0).get_attribute("data-where"), rows.nth(1).get_attribute("data-where")
        # row 1: change its class with the keyboard (c, type, Enter); row 2: its value (v, type, Enter)
        page.locator("#rows").focus()
        page.keyboard.press("c")
        page.keyboard.type("质量指标")
        page.keyboard.press("Enter")
        page.wait_for_function("document.getElementById('status').textContent.includes('已写入')")
        assert page.locator("#editor").is_hidden()              # Enter closed the editor
        page.keyboard.press("v")
        page.keyboard.type("≥95%")
        page.keyboard.press("Enter")
        page.wait_for_function(
            "document.querySelectorAll('.row .decision.done').length >= 2")
        # reload: the page reads the decisions back from the workbook
        page.reload()
        _ready(page)
        ready = int(page.evaluate("document.body.dataset.ready"))
        page.select_option("#f-rule", "18")
        _ready(page, ready)
        shown = {page.locator(".row").nth(i).get_attribute("data-where"): page.locator(".row").nth(i).inner_text()
                 for i in range(page.locator(".row").count())}
        assert "改为二级指标：质量指标" in shown[first]
        assert "改为指标值：≥95%" in shown[second]
    after = _cells(workbook)
    changed = {k: (before.get(k), v) for k, v in after.items() if before.get(k) != v}
    changed |= {k: (v, None) for k, v in before.items() if k not in after}
    header = {c.value: c.column_letter for c in openpyxl.load_workbook(workbook)["指标明细"][1]}
    sheet1, row1 = first.split("!")
    sheet2, row2 = second.split("!")
    expected = {
        (sheet1, f"{header['审核结论']}{row1}"): (None, "修改"),
        (sheet1, f"{header['改为二级指标']}{row1}"): (None, "质量指标"),
        (sheet2, f"{header['审核结论']}{row2}"): (None, "修改"),
        (sheet2, f"{header['改为指标值']}{row2}"): (None, "≥95%"),
    }
    assert changed == expected          # the four review cells, and nothing else in the file


def test_a_write_without_the_session_token_is_refused(workbook, browser):
    """A script that does not hold the page's session token cannot write into the workbook,
    even from the page's own origin (another origin is refused earlier, by the Origin check:
    tests/test_review_session.py)."""
    with _page_on(workbook, browser) as page:
        status = page.evaluate("""async () => {
            const r = await fetch('/api/decision', {method: 'POST', headers: {'Content-Type': 'application/json'},
                                                   body: JSON.stringify({id: 0, decision: '采纳'})});
            return r.status; }""")
        assert status == 403                # same origin but no session token
