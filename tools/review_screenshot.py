"""docs/review.png: the review page on the seed tables' workbook, as headless chromium shows it
(make review-screenshot; needs chromium and playwright: make browser, make install).

The first rows are worst first; one row has a decision made with the keyboard (c, 质量指标,
Enter) so the screenshot shows a saved correction, then the cursor moves on."""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def main() -> int:
    chromium = os.environ.get("ZHIBIAO_CHROMIUM") or shutil.which("chromium")
    if not chromium:
        print("review_screenshot: no chromium (make browser)", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    from zhibiao import writers
    from zhibiao.normalize import normalize_records
    from zhibiao.readers import read_table
    from zhibiao.review.server import serve

    with tempfile.TemporaryDirectory() as tmp:
        records = [r for f in sorted((ROOT / "corpus" / "raw").iterdir()) for r in read_table(f)]
        book = writers.write(normalize_records(records), Path(tmp) / "审核.xlsx")
        server = serve(str(book))
        server.start()
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=chromium, headless=True, args=ARGS)
                page = browser.new_page(viewport={"width": 1400, "height": 1000}, bypass_csp=True)
                page.goto(server.url)
                page.wait_for_function("Number(document.body.dataset.ready || 0) > 0")
                page.locator("#rows").focus()
                page.keyboard.press("j")
                page.keyboard.press("c")
                page.keyboard.type("质量指标")
                page.keyboard.press("Enter")
                page.wait_for_function("document.getElementById('status').textContent.includes('已写入')")
                page.evaluate("window.scrollTo(0, 0)")
                out = ROOT / "docs" / "review.png"
                page.screenshot(path=str(out))
                browser.close()
        finally:
            server.shutdown()
            server.server_close()
    print(f"{out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
