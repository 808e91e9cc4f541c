"""Rebuild set 47: pages + xlsx/docx/typ sources, 6 page-text files, 26 PDFs, gold + expected rows, PDF checks.

Run with a Python that has websocket-client, openpyxl, python-docx, typst, pymupdf (e.g. /tmp/h46/venv/bin/python):
    python build.py [PDF_OUTDIR]
Tools: /usr/bin/chromium (DevTools on port 9247), lynx, elinks, soffice, wkhtmltopdf, /tmp/pdf9/venv/bin/weasyprint,
pdftoppm. Scratch in /tmp/h47.
"""
import base64
import json
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import fitz
import websocket

import make_pages as M

SRC = Path(__file__).resolve().parent
ROOT = SRC.parents[3]  # /work/main
TXT = ROOT / "tests/fixtures/pagetext47"
GOLD = ROOT / "corpus/gold/pagetext-heldout47.jsonl"
PDFSET = ROOT / "benchmarks/pdf-sets/heldout47"
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "out/pdfs-heldout47"
TMP = Path("/tmp/h47")
PORT = 9247
NOTO = "/usr/share/fonts/opentype/noto"

# page text: one tool per page
TEXT = {
    "01": ("01_chromium_copy1100_grouprows_zhengbing.txt", dict(kind="copy", width=1100, height=900),
           ["chromium_copy", "width_1100", "group_rows", "thead_th", "bold_l2_column", "facts_paragraphs", "ruled"]),
    "02": ("02_lynx_w100_block_expl_fixedpx_guanxian.txt", None,
           ["lynx_dump", "width_100", "block_label_column", "explanation_column", "fixed_px_widths", "word_break_all",
            "thead_th", "facts_paragraphs", "ruled"]),
    "03": ("03_chromium_innertext1440_threeyear_factstable_shimohua.txt", dict(kind="innertext", width=1440, height=900),
           ["chromium_innertext", "width_1440", "table_element", "facts_table_separate", "two_row_thead",
            "three_year_values", "ruled"]),
    "05": ("05_elinks_w110_opnumunit_double_lianggaisi.txt", None,
           ["elinks_dump", "width_110", "two_row_thead", "op_num_unit_columns", "double_borders", "facts_paragraphs",
            "ruled"]),
    "06": ("06_chromium_copy1680_bgborders_dl_juzhuzheng.txt", dict(kind="copy", width=1680, height=1050),
           ["chromium_copy", "width_1680", "background_drawn_borders", "facts_dl", "thead_th"]),
    "08": ("08_chromium_drag1280_br_narrow_zhuchanye.txt", dict(kind="drag", width=1280, height=1800),
           ["chromium_drag", "width_1280", "td_header_row", "br_in_cells", "narrow_columns", "no_lines"]),
}
LYNX = ["lynx", "-dump", "-width=100", "-nolist", "-display_charset=utf-8", "-assume_charset=utf-8"]
ELINKS = ["elinks", "-dump", "1", "-dump-width", "110", "-dump-charset", "utf-8", "-no-references", "-no-numbering"]

A4, LETTER, LEGAL = (8.27, 11.69), (8.5, 11.0), (8.5, 14.0)
CUSTOM_HEAD = ('<div style="font-size:8px;width:100%;text-align:center;color:#555">'
               '<span class="title"></span></div>')
CUSTOM_FOOT = ('<div style="font-size:8px;width:100%;text-align:center;color:#555">'
               '第<span class="pageNumber"></span>页 共<span class="totalPages"></span>页</div>')
# Chromium PDFs: id -> (variant name, printToPDF params, extra)
CHROME = {
    "01": ("a4-2pages-thead-grouprows", dict(paper=A4), {}),
    "02": ("letter-fixedpx", dict(paper=LETTER), {}),
    "03": ("csspage-a4-landscape", dict(paper=A4, preferCSSPageSize=True), {}),
    "04": ("a4-customhf-bg-tfoot", dict(paper=A4, printBackground=True, displayHeaderFooter=True,
                                        headerTemplate=CUSTOM_HEAD, footerTemplate=CUSTOM_FOOT,
                                        marginTop=0.7, marginBottom=0.7), {}),
    "05": ("legal-scale65-double", dict(paper=LEGAL, scale=0.65), {}),
    "06": ("a4-nobg-nolines", dict(paper=A4, printBackground=False), {}),
    "07": ("letter-scale90-defaulthf-watermark", dict(paper=LETTER, scale=0.9, displayHeaderFooter=True,
                                                      marginTop=0.6, marginBottom=0.6), {}),
    "08": ("a4-2pages-tdhead-nolines", dict(paper=A4), {}),
    "09": ("a4-scale80-2pages-thead-nolines", dict(paper=A4, scale=0.8), {}),
    "10": ("letter-screenmedia-nolines", dict(paper=LETTER), {"screen": True}),
    "11": ("legal-2pages-thead", dict(paper=LEGAL), {}),
    "12": ("a4-scale85-bg", dict(paper=A4, scale=0.85, printBackground=True), {}),
    "13": ("letter-landscape-scale80-2pages-nolines", dict(paper=LETTER, landscape=True, scale=0.8), {}),
    "14": ("a4-2pages-defaulthf-thead-nolines", dict(paper=A4, displayHeaderFooter=True, marginTop=0.6,
                                                     marginBottom=0.6), {}),
}
OTHER = [  # (id, name, source file, maker)
    ("01", "libreoffice-docx-vmerge", "01_zhengbing.docx", "lo"),
    ("04", "libreoffice-docx-selfeval-vcenter", "04_xuexichong.docx", "lo"),
    ("08", "libreoffice-docx-landscape-2pages-tblheader", "08_zhuchanye.docx", "lo"),
    ("11", "libreoffice-docx-tbrlv", "11_zhongshu.docx", "lo"),
    ("03", "libreoffice-xlsx-threeyear", "03_shimohua.xlsx", "lo"),
    ("05", "libreoffice-xlsx-shortrows", "05_lianggaisi.xlsx", "lo"),
    ("09", "libreoffice-xlsx-landscape-fitwidth", "09_turang.xlsx", "lo"),
    ("13", "libreoffice-xlsx-2pages-printtitles", "13_guagou.xlsx", "lo"),
    ("10", "libreoffice-html", "10_zixingche.html", "lo"),
    ("02", "weasyprint-a4-landscape", "02_guanxian.html", "weasy"),
    ("14", "wkhtmltopdf-a4-printmedia", "14_mafeng.html", "wk"),
    ("12", "typst-a4", "12_fuju.typ", "typst"),
]
WEASY_CSS = "@page{size:A4 landscape;margin:14mm}"


class CDP:
    def __init__(self):
        shutil.rmtree(TMP / "chrome", ignore_errors=True)
        self.proc = subprocess.Popen(
            ["/usr/bin/chromium", "--headless=new", f"--remote-debugging-port={PORT}",
             f"--user-data-dir={TMP / 'chrome'}", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--hide-scrollbars", "--font-render-hinting=none", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            try:
                tg = json.load(urllib.request.urlopen(f"http://127.0.0.1:{PORT}/json"))
                break
            except Exception:
                time.sleep(0.2)
        page = [t for t in tg if t["type"] == "page"][0]
        self.ws = websocket.create_connection(page["webSocketDebuggerUrl"], suppress_origin=True, timeout=120)
        self.mid = 0
        self.events = []
        self.send("Page.enable")
        self.send("Browser.grantPermissions", permissions=["clipboardReadWrite", "clipboardSanitizedWrite"])
        self.send("Emulation.setFocusEmulationEnabled", enabled=True)

    def send(self, method, **params):
        self.mid += 1
        self.ws.send(json.dumps({"id": self.mid, "method": method, "params": params}))
        while True:
            r = json.loads(self.ws.recv())
            if r.get("id") == self.mid:
                if "error" in r:
                    raise RuntimeError(f"{method}: {r['error']}")
                return r.get("result", {})
            self.events.append(r)

    def wait_event(self, name, timeout=30):
        t0 = time.time()
        while time.time() - t0 < timeout:
            for i, e in enumerate(self.events):
                if e.get("method") == name:
                    del self.events[i]
                    return e
            r = json.loads(self.ws.recv())
            self.events.append(r)
        raise TimeoutError(name)

    def open(self, path, width, height, media=""):
        self.send("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=False)
        self.send("Emulation.setEmulatedMedia", media=media)
        self.events.clear()
        self.send("Page.navigate", url=path.resolve().as_uri())
        self.wait_event("Page.loadEventFired")
        self.eval("document.fonts.ready.then(()=>1)")
        time.sleep(0.3)

    def eval(self, expr):
        r = self.send("Runtime.evaluate", expression=expr, awaitPromise=True, userGesture=True, returnByValue=True)
        return r["result"].get("value")

    def key(self, k, code, vk, cmd):
        self.send("Input.dispatchKeyEvent", type="keyDown", modifiers=2, key=k, code=code, windowsVirtualKeyCode=vk,
                  commands=[cmd])
        self.send("Input.dispatchKeyEvent", type="keyUp", modifiers=2, key=k, code=code, windowsVirtualKeyCode=vk)

    def clipboard(self):
        return self.eval("navigator.clipboard.readText()")

    def close(self):
        try:
            self.ws.close()
        finally:
            self.proc.terminate()
            self.proc.wait(10)


def page_path(pid):
    return SRC / f"{pid}_{M.PAGES[pid]['slug']}.html"


def chrome_text(cdp, pid, how):
    cdp.open(page_path(pid), how["width"], how["height"])
    if how["kind"] == "innertext":
        return cdp.eval(f"document.querySelector('#kpi{pid}').innerText")
    if how["kind"] == "copy":
        cdp.key("a", "KeyA", 65, "selectAll")
        cdp.key("c", "KeyC", 67, "copy")
        return cdp.clipboard()
    if how["kind"] == "drag":
        cdp.eval(f"document.querySelector('#kpi{pid}').scrollIntoView({{block:'start'}})")
        time.sleep(0.2)
        box = cdp.eval(f"(()=>{{const t=document.querySelector('#kpi{pid}');"
                       "const a=t.rows[0].cells[0].getBoundingClientRect();const r=t.rows[t.rows.length-1];"
                       "const b=r.cells[r.cells.length-1].getBoundingClientRect();"
                       "return [a.left+3,a.top+6,b.right-2,b.bottom-4]})()")
        x0, y0, x1, y1 = box
        cdp.send("Input.dispatchMouseEvent", type="mouseMoved", x=x0, y=y0)
        cdp.send("Input.dispatchMouseEvent", type="mousePressed", x=x0, y=y0, button="left", clickCount=1)
        for k in range(1, 21):
            cdp.send("Input.dispatchMouseEvent", type="mouseMoved", x=x0 + (x1 - x0) * k / 20,
                     y=y0 + (y1 - y0) * k / 20, button="left", buttons=1)
        cdp.send("Input.dispatchMouseEvent", type="mouseReleased", x=x1, y=y1, button="left", clickCount=1)
        cdp.key("c", "KeyC", 67, "copy")
        return cdp.clipboard()
    raise ValueError(how)


def chrome_pdf(cdp, pid, params, extra):
    cdp.open(page_path(pid), 1280, 900, media="screen" if extra.get("screen") else "")
    p = dict(params)
    w, h = p.pop("paper")
    p.setdefault("marginTop", 0.4)
    p.setdefault("marginBottom", 0.4)
    p.update(paperWidth=w, paperHeight=h, marginLeft=0.4, marginRight=0.4)
    r = cdp.send("Page.printToPDF", **p)
    return base64.b64decode(r["data"])


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, **kw)
    if r.returncode != 0:
        raise RuntimeError(f"{cmd}: {r.stderr.decode(errors='replace')[-800:]}")
    return r.stdout


RADICALS = str.maketrans("⻛⻔⻓⻅⻜⻢⻉⻋⻩⻙⻚⻥⻦⻨⻬⻮⻘⻝", "风门长见飞马贝车黄韦页鱼鸟麦齐齿青饣")


def norm(s):  # NFKC folds the Kangxi radicals (wkhtmltopdf's text layer); a few supplement radicals by hand
    import unicodedata
    return "".join(unicodedata.normalize("NFKC", s).translate(RADICALS).split())


def pdf_checks(pdf, rows):
    doc = fitz.open(pdf)
    clipped = 0
    pages = []
    for pg in doc:
        rect = pg.rect
        for b in pg.get_text("dict")["blocks"]:
            for ln in b.get("lines", []):
                for sp in ln["spans"]:
                    if not sp["text"].strip():
                        continue
                    x0, y0, x1, y1 = sp["bbox"]
                    if x0 < rect.x0 - 1 or y0 < rect.y0 - 1 or x1 > rect.x1 + 1 or y1 > rect.y1 + 1:
                        clipped += 1
        pages.append(norm(pg.get_text()))
    where, prev = [], 1
    for r in rows:  # first page (not before the previous row's page) whose text holds the name
        nm = norm(r["name"])
        hit = [i + 1 for i, t in enumerate(pages) if nm in t and i + 1 >= prev]
        if not hit:  # wrapped in a narrow cell: look for the name's first characters
            hit = [i + 1 for i, t in enumerate(pages) if nm[:4] in t and i + 1 >= prev]
        where.append(hit[0] if hit else None)
        prev = hit[0] if hit else prev
    # summary: runs of consecutive rows found on the same page ("p1: 1–7 / p2: 8–12"; "p?" = name not found)
    runs = []
    for n, pg in enumerate(where, 1):
        if runs and runs[-1][0] == pg:
            runs[-1][2] = n
        else:
            runs.append([pg, n, n])
    desc = " / ".join(f"p{pg or '?'}: {a}–{b}" if a != b else f"p{pg or '?'}: {a}" for pg, a, b in runs)
    return len(doc), clipped, desc


def main():
    t0 = time.time()
    for d in (TXT, OUT, PDFSET, TMP / "lo", TMP / "png"):
        d.mkdir(parents=True, exist_ok=True)
    M.main(SRC)
    # ---------------- page text
    cdp = CDP()
    try:
        for pid, (fname, how, _q) in TEXT.items():
            if how:
                txt = chrome_text(cdp, pid, how)
            elif fname.startswith(f"{pid}_lynx"):
                txt = run(LYNX + [str(page_path(pid))]).decode("utf-8")
            else:
                txt = run(ELINKS + [str(page_path(pid))]).decode("utf-8")
            (TXT / fname).write_text(txt, encoding="utf-8")
            print(f"text {fname}: {len(txt)} chars")
        # ---------------- Chromium PDFs
        made = []
        for pid, (var, params, extra) in CHROME.items():
            out = OUT / f"{pid}-chromium-{var}.pdf"
            out.write_bytes(chrome_pdf(cdp, pid, params, extra))
            made.append((pid, out))
    finally:
        cdp.close()
    # ---------------- other makers
    prof = f"-env:UserInstallation=file://{TMP / 'lo-profile'}"
    for pid, var, src, maker in OTHER:
        out = OUT / f"{pid}-{var}.pdf"
        if maker == "lo":
            run(["soffice", prof, "--headless", "--convert-to", "pdf", "--outdir", str(TMP / "lo"), str(SRC / src)])
            shutil.copy(TMP / "lo" / (Path(src).stem + ".pdf"), out)
        elif maker == "weasy":
            css = TMP / "weasy.css"
            css.write_text(WEASY_CSS)
            run(["/tmp/pdf9/venv/bin/weasyprint", "-s", str(css), str(SRC / src), str(out)])
        elif maker == "wk":
            run(["wkhtmltopdf", "-q", "--encoding", "utf-8", "-s", "A4", "--print-media-type",
                 "--enable-local-file-access", str(SRC / src), str(out)])
        elif maker == "typst":
            import typst
            typst.compile(str(SRC / src), output=str(out), font_paths=[NOTO])
        made.append((pid, out))
    # ---------------- gold + expected
    gold = []
    for pid, (fname, _how, quirks) in TEXT.items():
        p = M.PAGES[pid]
        for n, (r, raw) in enumerate(zip(M.expected_rows(p), M.table_rows(p)), 1):
            q = list(quirks)
            if p["shape"] == "group":
                q.append("l1_from_group_row")
            elif r["l1_cont"]:
                q.append("l1_merged_continuation")
            if r["l2_cont"]:
                q.append("l2_merged_continuation")
            if "<br>" in raw["name"]:
                q.append("br_in_name")
            if "<br>" in raw.get("val", ""):
                q.append("br_in_value")
            if raw.get("op") == "定性":
                q.append("qualitative_op_dropped")
            gold.append(dict(file=fname, n=n, name=r["name"], annual_value=r["value"], period_value=None,
                             level1_code=r["level1_code"], level2_code=r["level2_code"], url=None, quirks=q))
    GOLD.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold), encoding="utf-8")
    print(f"gold: {len(gold)} rows -> {GOLD}")
    total = 0
    report = []
    for pid, pdf in made:
        p = M.PAGES[pid]
        rows = M.expected_rows(p)
        exp = [dict(source_id=pid, department=p["dept"], project=p["project"], name=r["name"], value=r["value"],
                    level1_code=r["level1_code"], level2_code=r["level2_code"]) for r in rows]
        ef = pdf.with_suffix(".expected.jsonl")
        ef.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in exp), encoding="utf-8")
        shutil.copy(ef, PDFSET / ef.name)
        total += len(exp)
        npages, clipped, desc = pdf_checks(pdf, rows)
        report.append((pdf.stem, len(exp), npages, clipped, desc))
        run(["pdftoppm", "-r", "30", "-png", "-f", "1", "-l", "1", str(pdf), str(TMP / "png" / pdf.stem)])
    print(f"PDFs: {len(made)}; expected rows: {total}")
    for stem, n, npages, clipped, desc in sorted(report):
        print(f"  {stem}: rows {n}, pages {npages}, clipped spans {clipped}; {desc}")
    print(f"done in {time.time() - t0:.0f} s")


if __name__ == "__main__":
    main()
