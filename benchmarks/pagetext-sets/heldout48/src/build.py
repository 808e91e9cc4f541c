"""Build set 48: pages + sources (make_pages.py), 12 page-text files (8 Chromium, 4 text tools), 22 PDFs,
gold + expected rows (from DATA only), PDF checks (pages, clipped spans, where the rows go, drawings).

/tmp/h46/venv/bin/python build.py [OUTDIR]     (OUTDIR default: /work/main/out/pdfs-heldout48)
Needs: /usr/bin/chromium (DevTools on 9248), w3m, links, pandoc, /tmp/h48/venv/bin/inscript, soffice,
/tmp/pdf9/venv/bin/weasyprint, wkhtmltopdf, pdftoppm; python: websocket-client, openpyxl, python-docx, typst, pymupdf.
Scratch in /tmp/h48.
"""
import base64
import glob
import json
import os
import shutil
import subprocess
import sys
import time
import unicodedata
import urllib.request

import websocket

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_pages as M  # noqa: E402

MAIN = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
OUT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(MAIN, "out", "pdfs-heldout48")
TXT = os.path.join(MAIN, "tests", "fixtures", "pagetext48")
GOLD = os.path.join(MAIN, "corpus", "gold", "pagetext-heldout48.jsonl")
PDFSET = os.path.join(MAIN, "benchmarks", "pdf-sets", "heldout48")
TMP = "/tmp/h48"
PORT = 9248

# ------------------------------------------------------------------ page text: one tool a page
# (id, file name, tool tags, how)
TEXT = [
    ("01", "01_chromium_copy1366_seqdotted_yunqian.txt", ["chromium_copy", "width_1366"], ("copy", 1366, 900)),
    ("02", "02_w3m_c120_direction_annualperiod_linchang.txt", ["w3m_dump", "cols_120"],
     ["w3m", "-dump", "-cols", "120", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8"]),
    ("03", "03_chromium_innertext1440_twotables_zhongyaocai.txt", ["chromium_innertext", "width_1440", "content_div"],
     ("inner", 1440, 900, "#content")),
    ("04", "04_chromium_copy1024_selfeval_combinedcat_bowuguan.txt", ["chromium_copy", "width_1024"], ("copy", 1024, 768)),
    ("05", "05_links_w130_fullwidthops_numbered_shiyongjun.txt", ["links_dump", "width_130"],
     ["links", "-dump", "-width", "130", "-codepage", "utf-8"]),
    ("06", "06_chromium_drag1440_caprow_brcat_tangliaozhe.txt", ["chromium_drag", "width_1440"], ("drag", 1440, 1600)),
    ("07", "07_chromium_copy1920_longtable_laonian.txt", ["chromium_copy", "width_1920"], ("copy", 1920, 1080)),
    ("08", "08_pandoc_markdown_tiny_minsu.txt", ["pandoc_markdown"], ["pandoc", "-f", "html", "-t", "markdown"]),
    ("09", "09_chromium_eltext1280_scoring_zhucun.txt", ["chromium_innertext", "width_1280", "table_element"],
     ("inner", 1280, 900, "#kpi09")),
    ("10", "10_chromium_copy800_nestedgroups_zuqiu.txt", ["chromium_copy", "width_800"], ("copy", 800, 900)),
    ("11", "11_inscriptis_cost_l1_gongyigangwei.txt", ["inscriptis"], [TMP + "/venv/bin/inscript"]),
    ("12", "12_chromium_bodytext1600_brheader_guanggao.txt", ["chromium_innertext", "width_1600", "body"],
     ("inner", 1600, 1000, "body")),
]

# ------------------------------------------------------------------ PDFs
IN = 1.0
A4, LETTER, LEGAL = (8.27, 11.69), (8.5, 11.0), (8.5, 14.0)
HF_HEAD = '<div style="font-size:8px;width:100%;text-align:center;color:#555"><span class="title"></span></div>'
HF_FOOT = ('<div style="font-size:8px;width:100%;text-align:center;color:#555">第<span class="pageNumber"></span>页'
           ' 共<span class="totalPages"></span>页</div>')
CHROMIUM = [
    ("01", "01-chromium-a4-bg", dict(paper=A4, printBackground=True)),
    ("02", "02-chromium-letter-landscape-scale90", dict(paper=LETTER, landscape=True, scale=0.9)),
    ("03", "03-chromium-a4-2pages-twotables", dict(paper=A4)),
    ("04", "04-chromium-a4-landscape-customhf", dict(paper=A4, landscape=True, hf="custom", mt=0.7, mb=0.7)),
    ("05", "05-chromium-legal-scale70-nolines", dict(paper=LEGAL, scale=0.7)),
    ("06", "06-chromium-a4-screenmedia-scale75", dict(paper=A4, scale=0.75, media="screen")),
    ("07", "07-chromium-a4-3pages-thead", dict(paper=A4)),
    ("08", "08-chromium-letter-defaulthf-nolines", dict(paper=LETTER, hf="default", mt=0.6, mb=0.6)),
    ("09", "09-chromium-a4-2pages-thead", dict(paper=A4)),
    ("10", "10-chromium-a4-scale60-nolines", dict(paper=A4, scale=0.6)),
    ("11", "11-chromium-legal-landscape-bg", dict(paper=LEGAL, landscape=True, printBackground=True)),
    ("12", "12-chromium-letter-scale80-2pages-nolines", dict(paper=LETTER, scale=0.8)),
]
LO = [
    ("01", "01-libreoffice-docx-seq", "01_yunqian.docx"),
    ("07", "07-libreoffice-docx-2pages-tblheader", "07_laonian.docx"),
    ("09", "09-libreoffice-docx-landscape-std", "09_zhucun.docx"),
    ("02", "02-libreoffice-xlsx-period-landscape", "02_linchang.xlsx"),
    ("05", "05-libreoffice-xlsx-shortrows", "05_shiyongjun.xlsx"),
    ("11", "11-libreoffice-xlsx-2pages-printtitles", "11_gongyigangwei.xlsx"),
    ("08", "08-libreoffice-html", "08_minsu.html"),
]
OTHER = [
    ("03", "03-weasyprint-a4"),
    ("10", "10-wkhtmltopdf-a4-printmedia"),
    ("04", "04-typst-a4-landscape"),
]


def html_path(pid):
    p = M.PAGES[pid]
    return os.path.join(HERE, "%s_%s.html" % (p["id"], p["slug"]))


# ------------------------------------------------------------------ DevTools
class CDP:
    def __init__(self, ws_url):
        self.ws = websocket.create_connection(ws_url, timeout=60, suppress_origin=True)
        self.i = 0
        self.events = []

    def send(self, method, **params):
        self.i += 1
        mid = self.i
        self.ws.send(json.dumps({"id": mid, "method": method, "params": params}))
        while True:
            m = json.loads(self.ws.recv())
            if m.get("id") == mid:
                if "error" in m:
                    raise RuntimeError("%s: %s" % (method, m["error"]))
                return m.get("result", {})
            self.events.append(m)

    def wait_event(self, name, timeout=30):
        t0 = time.time()
        while time.time() - t0 < timeout:
            for k, e in enumerate(self.events):
                if e.get("method") == name:
                    return self.events.pop(k)
            self.events.append(json.loads(self.ws.recv()))
        raise TimeoutError(name)

    def close(self):
        self.ws.close()


def start_chromium():
    prof = TMP + "/chrome-profile"
    shutil.rmtree(prof, ignore_errors=True)
    proc = subprocess.Popen(["/usr/bin/chromium", "--headless=new", "--no-sandbox", "--disable-gpu",
                             "--remote-debugging-port=%d" % PORT, "--remote-allow-origins=*",
                             "--user-data-dir=" + prof, "--no-first-run", "--hide-scrollbars", "about:blank"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        try:
            v = json.load(urllib.request.urlopen("http://127.0.0.1:%d/json/version" % PORT))
            return proc, v
        except Exception:
            time.sleep(0.2)
    raise RuntimeError("chromium did not start")


def new_tab():
    req = urllib.request.Request("http://127.0.0.1:%d/json/new?about:blank" % PORT, method="PUT")
    t = json.load(urllib.request.urlopen(req))
    return t["id"], CDP(t["webSocketDebuggerUrl"])


def close_tab(tid):
    urllib.request.urlopen("http://127.0.0.1:%d/json/close/%s" % (PORT, tid)).read()


def open_page(c, path, w, h):
    c.send("Page.enable")
    c.send("Emulation.setDeviceMetricsOverride", width=w, height=h, deviceScaleFactor=1, mobile=False)
    c.send("Emulation.setFocusEmulationEnabled", enabled=True)
    c.send("Page.navigate", url="file://" + path)
    c.wait_event("Page.loadEventFired")
    time.sleep(0.3)


def evaluate(c, expr):
    r = c.send("Runtime.evaluate", expression=expr, awaitPromise=True, returnByValue=True, userGesture=True)
    if "exceptionDetails" in r:
        raise RuntimeError(r["exceptionDetails"])
    return r["result"].get("value")


def key(c, k, code, vk, cmd):
    c.send("Input.dispatchKeyEvent", type="rawKeyDown", key=k, code=code, windowsVirtualKeyCode=vk,
           modifiers=2, commands=[cmd])
    c.send("Input.dispatchKeyEvent", type="keyUp", key=k, code=code, windowsVirtualKeyCode=vk, modifiers=2)


def clipboard(c):
    evaluate(c, "navigator.clipboard.writeText('')")
    key(c, "c", "KeyC", 67, "copy")
    time.sleep(0.2)
    return evaluate(c, "navigator.clipboard.readText()")


def chromium_text(browser, pid, how):
    tid, c = new_tab()
    try:
        open_page(c, html_path(pid), how[1], how[2])
        if how[0] == "copy":
            key(c, "a", "KeyA", 65, "selectAll")
            return clipboard(c)
        if how[0] == "inner":
            return evaluate(c, "document.querySelector(%s).innerText" % json.dumps(how[3]))
        if how[0] == "drag":
            box = evaluate(c, """(() => {const t = document.querySelector('table.kpi');
                const hd = t.querySelector('td'); const cells = t.querySelectorAll('td');
                const last = cells[cells.length - 1]; const a = hd.getBoundingClientRect(), b = last.getBoundingClientRect();
                window.scrollTo(0, 0); return [a.left + 3, a.top + 3, b.right - 3, b.bottom - 3];})()""")
            x0, y0, x1, y1 = box
            c.send("Input.dispatchMouseEvent", type="mouseMoved", x=x0, y=y0)
            c.send("Input.dispatchMouseEvent", type="mousePressed", x=x0, y=y0, button="left", clickCount=1)
            for k in range(1, 21):
                c.send("Input.dispatchMouseEvent", type="mouseMoved", x=x0 + (x1 - x0) * k / 20,
                       y=y0 + (y1 - y0) * k / 20, button="left", buttons=1)
            c.send("Input.dispatchMouseEvent", type="mouseReleased", x=x1, y=y1, button="left", clickCount=1)
            return clipboard(c)
    finally:
        c.close()
        close_tab(tid)


def chromium_pdf(pid, opts, out):
    tid, c = new_tab()
    try:
        open_page(c, html_path(pid), 1280, 900)
        if opts.get("media"):
            c.send("Emulation.setEmulatedMedia", media=opts["media"])
        w, h = opts["paper"]
        if opts.get("landscape"):
            pass  # Chromium swaps width/height itself when landscape is set
        params = dict(paperWidth=w, paperHeight=h, landscape=bool(opts.get("landscape")),
                      scale=opts.get("scale", 1.0), printBackground=bool(opts.get("printBackground")),
                      marginTop=opts.get("mt", 0.4), marginBottom=opts.get("mb", 0.4), marginLeft=0.4, marginRight=0.4,
                      preferCSSPageSize=False)
        if opts.get("hf") == "custom":
            params.update(displayHeaderFooter=True, headerTemplate=HF_HEAD, footerTemplate=HF_FOOT)
        elif opts.get("hf") == "default":
            params.update(displayHeaderFooter=True)
        r = c.send("Page.printToPDF", **params)
        with open(out, "wb") as fh:
            fh.write(base64.b64decode(r["data"]))
    finally:
        c.close()
        close_tab(tid)


# ------------------------------------------------------------------ rows
def expected_rows(pid):
    p = M.PAGES[pid]
    return [dict(source_id=pid, department=p["dept"], project=p["project"], name=g["name"], value=g["annual_value"],
                 level1_code=g["level1_code"], level2_code=g["level2_code"]) for g in M.gold_rows(p)]


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def pdf_report(path, rows):
    import fitz
    doc = fitz.open(path)
    clipped = 0
    draws = 0
    texts = []
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
        draws += len(pg.get_drawings())
        texts.append(unicodedata.normalize("NFKC", "".join(pg.get_text().split())))
    where, start = [], 0
    for r in rows:
        nm = unicodedata.normalize("NFKC", "".join(r["name"].split()))
        found = None
        nv = nm + unicodedata.normalize("NFKC", "".join(r["value"].split()))
        for key_ in (nv, nm, nm[:4]):
            for k in range(start, len(texts)):
                if key_ in texts[k]:
                    found = k
                    break
            if found is not None:
                break
        if found is None and len(texts) == 1:
            found = 0
        where.append(found + 1 if found is not None else None)
        if found is not None:
            start = found
    return dict(pages=len(doc), clipped=clipped, drawings=draws, where=where)


def spans_str(where):
    out, cur = [], None
    for i, w in enumerate(where, 1):
        if cur and cur[0] == w:
            cur[2] = i
        else:
            cur = [w, i, i]
            out.append(cur)
    return " / ".join("p%s: %d–%d" % (w, a, b) if a != b else "p%s: %d" % (w, a) for w, a, b in out)


def main():
    os.makedirs(TMP, exist_ok=True)
    os.makedirs(OUT, exist_ok=True)
    os.makedirs(TXT, exist_ok=True)
    os.makedirs(PDFSET, exist_ok=True)
    M.main(HERE)

    # gold
    gold = []
    for pid, fname, tags, how in TEXT:
        for g in M.gold_rows(M.PAGES[pid]):
            gold.append(dict(file=fname, n=g["n"], name=g["name"], annual_value=g["annual_value"],
                             period_value=g["period_value"], level1_code=g["level1_code"],
                             level2_code=g["level2_code"], url=None, quirks=tags + g["quirks"]))
    write_jsonl(GOLD, gold)
    print("gold rows:", len(gold))

    # text tools
    for pid, fname, tags, how in TEXT:
        if isinstance(how, list):
            r = subprocess.run(how + [html_path(pid)], capture_output=True, check=True, cwd=HERE)
            with open(os.path.join(TXT, fname), "wb") as fh:
                fh.write(r.stdout)

    proc, ver = start_chromium()
    print("chromium", ver.get("Browser"))
    try:
        b = CDP(ver["webSocketDebuggerUrl"])
        b.send("Browser.grantPermissions", permissions=["clipboardReadWrite", "clipboardSanitizedWrite"])
        for pid, fname, tags, how in TEXT:
            if isinstance(how, tuple):
                t = chromium_text(b, pid, how)
                with open(os.path.join(TXT, fname), "w", encoding="utf-8") as fh:
                    fh.write(t)
        for pid, name, opts in CHROMIUM:
            chromium_pdf(pid, opts, os.path.join(OUT, name + ".pdf"))
        b.close()
    finally:
        proc.terminate()
        proc.wait()
    for f in sorted(os.listdir(TXT)):
        print("text", f, os.path.getsize(os.path.join(TXT, f)))

    # LibreOffice
    lo_dir = TMP + "/lo"
    shutil.rmtree(lo_dir, ignore_errors=True)
    os.makedirs(lo_dir)
    srcs = [os.path.join(HERE, s) for _, _, s in LO]
    subprocess.run(["soffice", "-env:UserInstallation=file://%s/lo-profile" % TMP, "--headless", "--convert-to", "pdf",
                    "--outdir", lo_dir] + srcs, check=True, capture_output=True)
    for pid, name, src in LO:
        shutil.copy(os.path.join(lo_dir, os.path.splitext(src)[0] + ".pdf"), os.path.join(OUT, name + ".pdf"))

    # WeasyPrint (03), wkhtmltopdf (10), Typst (04)
    subprocess.run(["/tmp/pdf9/venv/bin/weasyprint", html_path("03"), os.path.join(OUT, "03-weasyprint-a4.pdf")],
                   check=True, capture_output=True)
    subprocess.run(["wkhtmltopdf", "-q", "--encoding", "utf-8", "-s", "A4", "--print-media-type",
                    "--enable-local-file-access", html_path("10"), os.path.join(OUT, "10-wkhtmltopdf-a4-printmedia.pdf")],
                   check=True, capture_output=True)
    import typst
    typst.compile(os.path.join(HERE, "04_bowuguan.typ"), output=os.path.join(OUT, "04-typst-a4-landscape.pdf"),
                  font_paths=["/usr/share/fonts/opentype/noto"])

    # expected rows + checks
    for f in glob.glob(os.path.join(PDFSET, "*.expected.jsonl")):
        os.remove(f)
    names = [(pid, n) for pid, n, _ in CHROMIUM] + [(pid, n) for pid, n, _ in LO] + [(pid, n) for pid, n in OTHER]
    total = 0
    rep = []
    png = TMP + "/png"
    shutil.rmtree(png, ignore_errors=True)
    os.makedirs(png)
    for pid, name in sorted(names):
        rows = expected_rows(pid)
        total += len(rows)
        write_jsonl(os.path.join(OUT, name + ".expected.jsonl"), rows)
        shutil.copy(os.path.join(OUT, name + ".expected.jsonl"), PDFSET)
        r = pdf_report(os.path.join(OUT, name + ".pdf"), rows)
        rep.append("%-45s rows %2d pages %d clipped %d drawings %4d  %s" % (
            name, len(rows), r["pages"], r["clipped"], r["drawings"], spans_str(r["where"])))
        subprocess.run(["pdftoppm", "-r", "30", "-png", "-f", "1", "-l", "1", os.path.join(OUT, name + ".pdf"),
                        os.path.join(png, name)], check=True)
    print("PDFs:", len(names), "expected rows:", total)
    print("\n".join(rep))


if __name__ == "__main__":
    main()
