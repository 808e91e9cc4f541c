"""The review page on a big workbook (make bench; needs chromium: make browser).

A workbook with at least --flagged (default 5,000) flagged rows is made by `zhibiao normalize`
from generated rows (benchmarks/bench_normalize.py `rows`). Then, with Playwright driving
Debian's chromium against `zhibiao review`'s server on 127.0.0.1:

  start     seconds from opening the workbook (reading its rows and rules) to serving
  open      seconds from navigation to the first page of rows rendered (median of 5 loads)
  filter    milliseconds from a filter's change to its rows rendered, as the page measures it
            (fetch + JSON + render; median over every rule of the filter, then the department)
  decide    milliseconds of one decision written into the workbook (median of 5)

    python benchmarks/bench_review.py                 # 5,000 flagged rows
    python benchmarks/bench_review.py --flagged 500   # quick
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def workbook(folder: Path, flagged: int) -> tuple[Path, int]:
    from bench_normalize import rows

    from zhibiao import writers
    from zhibiao.normalize import normalize_records

    n = flagged
    while True:
        normalised = normalize_records(rows(n))
        count = sum(1 for r in normalised if r["flags"])
        if count >= flagged:
            return writers.write(normalised, folder / "review.xlsx"), count
        n = int(n * flagged / max(count, 1) * 1.1) + 100


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--flagged", type=int, default=5000)
    args = ap.parse_args()
    chromium = os.environ.get("ZHIBIAO_CHROMIUM") or shutil.which("chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        chromium = None
    if chromium is None:
        print(json.dumps({"review_page": "skipped: needs playwright and chromium (make browser)"}))
        return 0
    from zhibiao.review.server import serve

    with tempfile.TemporaryDirectory() as tmp:
        path, flagged = workbook(Path(tmp), args.flagged)
        start = time.perf_counter()
        server = serve(str(path))
        started = time.perf_counter() - start
        server.start()
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=chromium, headless=True, args=ARGS)
                page = browser.new_page(bypass_csp=True)
                opens = []
                for _ in range(5):
                    t = time.perf_counter()
                    page.goto(server.url)
                    page.wait_for_function("Number(document.body.dataset.ready || 0) > 0")
                    opens.append(time.perf_counter() - t)
                filters, labels = [], []
                rules = page.eval_on_selector_all("#f-rule option", "os => os.map(o => o.value)")[1:]
                departments = page.eval_on_selector_all("#f-department option", "os => os.map(o => o.value)")[1:3]
                for select, values in (("#f-rule", rules), ("#f-department", departments)):
                    for value in values + [""]:
                        ready = int(page.evaluate("document.body.dataset.ready"))
                        page.select_option(select, value)
                        page.wait_for_function(f"Number(document.body.dataset.ready) > {ready}")
                        filters.append(float(page.evaluate("document.body.dataset.loadedMs")))
                        labels.append(f"{select}={value or '全部'}")
                decides = []
                for i in range(5):
                    t = time.perf_counter()
                    server.session.decide(server.session.rows[i]["id"], decision="待定")
                    decides.append((time.perf_counter() - t) * 1000)
                browser.close()
        finally:
            server.shutdown()
            server.server_close()
        print(json.dumps({"flagged_rows": flagged, "workbook_mb": round(path.stat().st_size / 1e6, 1),
                          "start_s": round(started, 2),
                          "open_s_median": round(statistics.median(opens), 3),
                          "open_s_each": [round(x, 3) for x in opens],
                          "filter_ms_median": round(statistics.median(filters), 1),
                          "filter_ms_max": round(max(filters), 1), "filters_measured": len(filters),
                          "filter_ms_slowest": sorted(zip(filters, labels))[-3:],
                          "decide_ms_median": round(statistics.median(decides), 1)}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
