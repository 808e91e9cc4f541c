"""Rebuild held-out set 49: pages, xlsx/docx/typ, 12 page-text files, 21 PDFs, gold and expected files.

  /tmp/h46/venv/bin/python build.py            # everything
  /tmp/h46/venv/bin/python build.py verify     # capture all 12 texts again into /tmp/h49/verify and compare bytes

Chromium is started here (headless, DevTools on port 9249, profile /tmp/h49/chrome) and stopped at the end by its pid.
"""
import base64
import json
import os
import shutil
import subprocess
import sys
import time
import urllib.request

import websocket

import make_pages as M

SRC = M.HERE
ROOT = os.path.abspath(os.path.join(SRC, "../../../.."))
TXT = os.path.join(ROOT, "tests/fixtures/pagetext49")
GOLD = os.path.join(ROOT, "corpus/gold/pagetext-heldout49.jsonl")
PDFDIR = os.path.join(ROOT, "out/pdfs-heldout49")
PDFSET = os.path.join(ROOT, "benchmarks/pdf-sets/heldout49")
PORT = 9249
CHROME = "/usr/bin/chromium"

# ---------------------------------------------------------------- page text: one tool per page
# (id, file name, tool, args, tags)
TEXT = [
    ("01", "01_chromium_copy1280_twolevelheader_xiaohuoshuan.txt", "chromium", dict(how="copy", w=1280, h=900),
     ["chromium_copy", "width_1280", "two_row_header", "thead_th", "ruled"]),
    ("02", "02_lynx_w140_zebra_qizhong_xueshengnai.txt", "cmd",
     ["lynx", "-dump", "-width", "140", "-assume_charset=utf-8", "-display_charset=utf-8", "02_xueshengnai.html"],
     ["lynx_dump", "width_140", "zebra_rows", "thead_th", "no_lines"]),
    ("03", "03_chromium_copy1024_narrowcentre_seq_biyunyaoju.txt", "chromium", dict(how="copy", w=1024, h=768),
     ["chromium_copy", "width_1024", "narrow_centre_column", "side_menus", "seq_column", "thead_th", "ruled"]),
    ("04", "04_chromium_innertext1440_selfeval_cunshiguan.txt", "chromium",
     dict(how="eval", w=1440, h=900, js="document.querySelector('#content').innerText"),
     ["chromium_innertext_content", "width_1440", "selfeval", "total_row_tfoot", "thead_th", "ruled"]),
    ("05", "05_elinks_nolines_malasong.txt", "cmd",
     ["elinks", "-dump", "-dump-charset", "utf-8", "05_malasong.html"],
     ["elinks_dump", "thead_th", "no_lines"]),
    ("06", "06_chromium_drag1366_longmerged_zhizhong.txt", "chromium", dict(how="drag", w=1366, h=2600),
     ["chromium_drag", "width_1366", "long_merged_categories", "thead_th", "ruled"]),
    ("07", "07_pandoc_gfm_selfeval_repeatedcat_bingxue.txt", "cmd",
     ["pandoc", "-f", "html", "-t", "gfm", "07_bingxue.html"],
     ["pandoc_gfm", "selfeval", "seq_column", "categories_repeated", "total_row_tfoot", "thead_th", "ruled"]),
    ("08", "08_html2text_threeline_laozihao.txt", "cmd",
     ["/tmp/h49/venv/bin/html2text", "08_laozihao.html", "utf-8"],
     ["html2text", "three_line_table", "thead_th"]),
    ("09", "09_chromium_copy1920_splitvalue_yanjiandi.txt", "chromium", dict(how="copy", w=1920, h=1080),
     ["chromium_copy", "width_1920", "split_op_value_unit", "two_row_header", "thead_th", "ruled"]),
    ("10", "10_chromium_bodytext1600_wide_std_rem_jinshi.txt", "chromium",
     dict(how="eval", w=1600, h=1000, js="document.body.innerText"),
     ["chromium_innertext_body", "width_1600", "wide_table", "scoring_column", "remark_column", "thead_th", "ruled"]),
    ("11", "11_w3m_prose_cost2021_baochong.txt", "cmd",
     ["w3m", "-dump", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8", "11_baochong.html"],
     ["w3m_dump", "table_after_long_prose", "cost_l1_2021", "thead_th", "ruled"]),
    ("12", "12_chromium_tabletext900_longterm_fangsha.txt", "chromium",
     dict(how="eval", w=900, h=900, js="document.querySelector('#kpi12').innerText"),
     ["chromium_innertext_table", "width_900", "longterm_annual_pair", "thead_th", "ruled"]),
]

# ---------------------------------------------------------------- PDFs
IN = lambda w, h: dict(paperWidth=w, paperHeight=h)
A4, LETTER, LEGAL, A5, A3, B5 = IN(8.27, 11.69), IN(8.5, 11), IN(8.5, 14), IN(5.83, 8.27), IN(11.69, 16.54), IN(6.93, 9.84)
HF = ('<div style="font-size:8px;width:100%;text-align:center;color:#555">{t}</div>',
      '<div style="font-size:8px;width:100%;text-align:center">第<span class="pageNumber"></span>页 共<span class="totalPages"></span>页</div>')
CHROME_PDF = [
    ("01", "01-chromium-a4-bg", dict(A4, printBackground=True)),
    ("02", "02-chromium-letter-landscape-scale85", dict(LETTER, landscape=True, scale=0.85)),
    ("03", "03-chromium-a4-defaulthf-sidemenus", dict(A4, displayHeaderFooter=True, marginTop=0.6, marginBottom=0.6)),
    ("04", "04-chromium-a4-landscape-customhf", dict(A4, landscape=True, displayHeaderFooter=True, marginTop=0.7,
                                                     marginBottom=0.7, headerTemplate="H04", footerTemplate=HF[1])),
    ("05", "05-chromium-legal-scale70-nolines", dict(LEGAL, scale=0.7)),
    ("06", "06-chromium-a4-2pages-thead", dict(A4)),
    ("07", "07-chromium-a5-scale80", dict(A5, scale=0.8)),
    ("08", "08-chromium-letter-threeline", dict(LETTER)),
    ("09", "09-chromium-a4-landscape-scale90-bg", dict(A4, landscape=True, scale=0.9, printBackground=True)),
    ("10", "10-chromium-a3-landscape-screenmedia", dict(A3, landscape=True, printBackground=True, media="screen")),
    ("11", "11-chromium-a4-prose", dict(A4)),
    ("12", "12-chromium-b5-thead", dict(B5)),
]
OTHER_PDF = [
    ("01", "01-libreoffice-docx-tworowheader-tblheader", "soffice", "01_xiaohuoshuan.docx"),
    ("10", "10-libreoffice-docx-landscape-std-rem", "soffice", "10_jinshi.docx"),
    ("12", "12-libreoffice-docx-merged-longterm", "soffice", "12_fangsha.docx"),
    ("02", "02-libreoffice-xlsx-shortrows", "soffice", "02_xueshengnai.xlsx"),
    ("06", "06-libreoffice-xlsx-printtitles", "soffice", "06_zhizhong.xlsx"),
    ("09", "09-libreoffice-xlsx-splitvalue-landscape", "soffice", "09_yanjiandi.xlsx"),
    ("11", "11-weasyprint-a4", "weasyprint", "11_baochong.html"),
    ("08", "08-wkhtmltopdf-a4-threeline", "wkhtmltopdf", "08_laozihao.html"),
    ("07", "07-typst-a4-landscape", "typst", "07_bingxue.typ"),
]


# ---------------------------------------------------------------- Chromium over DevTools
class CDP:
    def __init__(self, ws_url):
        self.ws = websocket.create_connection(ws_url, timeout=60, suppress_origin=True)
        self.i = 0

    def __call__(self, method, **params):
        self.i += 1
        my = self.i
        self.ws.send(json.dumps(dict(id=my, method=method, params=params)))
        while True:
            m = json.loads(self.ws.recv())
            if m.get("id") == my:
                if "error" in m:
                    raise RuntimeError(f"{method}: {m['error']}")
                return m.get("result", {})

    def close(self):
        self.ws.close()


def start_chrome():
    prof = "/tmp/h49/chrome"
    os.makedirs(prof, exist_ok=True)
    proc = subprocess.Popen([CHROME, "--headless=new", f"--remote-debugging-port={PORT}", f"--user-data-dir={prof}",
                             "--no-first-run", "--no-default-browser-check", "--disable-gpu", "--no-sandbox",
                             "--remote-allow-origins=*", "--hide-scrollbars", "about:blank"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{PORT}/json/version", timeout=1)
            return proc
        except Exception:
            time.sleep(0.2)
    raise RuntimeError("chromium did not start")


def browser_ws():
    v = json.load(urllib.request.urlopen(f"http://127.0.0.1:{PORT}/json/version"))
    return v["webSocketDebuggerUrl"]


def open_tab(url, w, h):
    req = urllib.request.Request(f"http://127.0.0.1:{PORT}/json/new?{url}", method="PUT")
    t = json.load(urllib.request.urlopen(req))
    c = CDP(t["webSocketDebuggerUrl"])
    c("Page.enable")
    c("Runtime.enable")
    c("Emulation.setDeviceMetricsOverride", width=w, height=h, deviceScaleFactor=1, mobile=False)
    c("Page.navigate", url=url)
    for _ in range(100):
        r = c("Runtime.evaluate", expression="document.readyState", returnByValue=True)
        if r["result"]["value"] == "complete":
            break
        time.sleep(0.1)
    time.sleep(0.4)
    return t["id"], c


def close_tab(tid):
    urllib.request.urlopen(f"http://127.0.0.1:{PORT}/json/close/{tid}")


def key(c, k, code, vk, command):
    c("Input.dispatchKeyEvent", type="rawKeyDown", modifiers=2, key=k, code=code, windowsVirtualKeyCode=vk,
      commands=[command])
    c("Input.dispatchKeyEvent", type="keyUp", modifiers=2, key=k, code=code, windowsVirtualKeyCode=vk)


def read_clipboard(c):
    r = c("Runtime.evaluate", expression="navigator.clipboard.readText()", awaitPromise=True, userGesture=True,
          returnByValue=True)
    if "exceptionDetails" in r:
        raise RuntimeError(r["exceptionDetails"])
    return r["result"]["value"]


def chromium_text(url, a):
    tid, c = open_tab(url, a["w"], a["h"])
    try:
        c("Emulation.setFocusEmulationEnabled", enabled=True)
        if a["how"] == "eval":
            r = c("Runtime.evaluate", expression=a["js"], returnByValue=True)
            return r["result"]["value"]
        if a["how"] == "copy":
            key(c, "a", "KeyA", 65, "selectAll")
        elif a["how"] == "drag":
            js = ("(()=>{const t=document.querySelector('table.kpi');const a=t.querySelector('th').getBoundingClientRect();"
                  "const cs=t.querySelectorAll('tbody td');const b=cs[cs.length-1].getBoundingClientRect();"
                  "return [a.left+4,a.top+4,b.right-4,b.bottom-4];})()")
            x0, y0, x1, y1 = c("Runtime.evaluate", expression=js, returnByValue=True)["result"]["value"]
            c("Input.dispatchMouseEvent", type="mouseMoved", x=x0, y=y0)
            c("Input.dispatchMouseEvent", type="mousePressed", x=x0, y=y0, button="left", clickCount=1)
            for s in range(1, 21):
                c("Input.dispatchMouseEvent", type="mouseMoved", x=x0 + (x1 - x0) * s / 20, y=y0 + (y1 - y0) * s / 20,
                  button="left", buttons=1)
            c("Input.dispatchMouseEvent", type="mouseReleased", x=x1, y=y1, button="left", clickCount=1)
        key(c, "c", "KeyC", 67, "copy")
        time.sleep(0.2)
        return read_clipboard(c)
    finally:
        c.close()
        close_tab(tid)


def chromium_pdf(url, opts, out):
    tid, c = open_tab(url, 1280, 900)
    try:
        o = dict(opts)
        if o.pop("media", None) == "screen":
            c("Emulation.setEmulatedMedia", media="screen")
        o.setdefault("marginTop", 0.4)
        o.setdefault("marginBottom", 0.4)
        o.setdefault("marginLeft", 0.4)
        o.setdefault("marginRight", 0.4)
        o.setdefault("preferCSSPageSize", False)
        if o.get("headerTemplate") == "H04":
            o["headerTemplate"] = HF[0].format(t="湫阳县2025年村史馆建设项目绩效自评表")
        r = c("Page.printToPDF", **o)
        with open(out, "wb") as f:
            f.write(base64.b64decode(r["data"]))
    finally:
        c.close()
        close_tab(tid)


def grant(bws):
    b = CDP(bws)
    for name in ("clipboard-read", "clipboard-write"):
        b("Browser.setPermission", origin="http://127.0.0.1:8949", permission={"name": name}, setting="granted")
    return b  # kept open: the overrides end when this session detaches


# ---------------------------------------------------------------- texts
def make_texts(outdir, only_chrome=None):
    os.makedirs(outdir, exist_ok=True)
    for pid, fn, tool, args, tags in TEXT:
        p = M.BYID[pid]
        if tool == "chromium":
            txt = chromium_text("http://127.0.0.1:8949/" + M.page_file(p), args)
            data = txt.encode("utf-8")
            assert p["place"] in txt or args["how"] != "copy", fn  # not a stale clipboard
        else:
            r = subprocess.run(args, cwd=SRC, capture_output=True, check=True)
            data = r.stdout
        with open(os.path.join(outdir, fn), "wb") as f:
            f.write(data)
        print("text", fn, len(data), "bytes")


# ---------------------------------------------------------------- gold + expected
def row_quirks(p, r, tags):
    q = list(tags) + r["merged"]
    if r["name"].startswith("其中："):
        q.append("name_qizhong")
    c = r["cells"]
    if "op" in c:
        q.append("value_joined_from_op_num_unit")
        if c["op"] == "定性":
            q.append("op_qualitative_dropped")
    if p["id"] == "11" and r["level1"].startswith("成本"):
        q.append("l1_cost_2021")
    if r["period_value"] is not None:
        q.append("period_is_longterm")
    return q


def write_gold():
    lines = []
    for pid, fn, tool, args, tags in TEXT:
        p = M.BYID[pid]
        for n, r in enumerate(M.records(p), 1):
            lines.append(json.dumps(dict(file=fn, n=n, name=r["name"], annual_value=r["annual_value"],
                                         period_value=r["period_value"], level1_code=r["level1_code"],
                                         level2_code=r["level2_code"], url=None,
                                         quirks=row_quirks(p, r, tags)), ensure_ascii=False))
    with open(GOLD, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("gold", len(lines), "rows")


def write_expected(pid, stem):
    p = M.BYID[pid]
    out = []
    for r in M.records(p):
        out.append(json.dumps(dict(source_id=pid, department=p["dept"], project=p["project"], name=r["name"],
                                   value=r["annual_value"], level1_code=r["level1_code"],
                                   level2_code=r["level2_code"]), ensure_ascii=False))
    txt = "\n".join(out) + "\n"
    for d in (PDFDIR, PDFSET):
        with open(os.path.join(d, stem + ".expected.jsonl"), "w", encoding="utf-8") as f:
            f.write(txt)
    return len(out)


# ---------------------------------------------------------------- PDFs
def make_pdfs():
    os.makedirs(PDFDIR, exist_ok=True)
    os.makedirs(PDFSET, exist_ok=True)
    for pid, stem, opts in CHROME_PDF:
        chromium_pdf("file://" + os.path.join(SRC, M.page_file(M.BYID[pid])), opts, os.path.join(PDFDIR, stem + ".pdf"))
    lo = "/tmp/h49/lo"
    os.makedirs(lo, exist_ok=True)
    files = [src for _, _, maker, src in OTHER_PDF if maker == "soffice"]
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/h49/lo-profile", "--headless", "--convert-to", "pdf",
                    "--outdir", lo] + files, cwd=SRC, check=True, capture_output=True)
    for pid, stem, maker, src in OTHER_PDF:
        out = os.path.join(PDFDIR, stem + ".pdf")
        if maker == "soffice":
            shutil.copy(os.path.join(lo, os.path.splitext(src)[0] + ".pdf"), out)
        elif maker == "weasyprint":
            subprocess.run(["/tmp/pdf9/venv/bin/weasyprint", src, out], cwd=SRC, check=True, capture_output=True)
        elif maker == "wkhtmltopdf":
            subprocess.run(["wkhtmltopdf", "-q", "--encoding", "utf-8", "-s", "A4", "--print-media-type",
                            "--enable-local-file-access", src, out], cwd=SRC, check=True, capture_output=True)
        elif maker == "typst":
            import typst
            typst.compile(os.path.join(SRC, src), output=out, font_paths=["/usr/share/fonts/opentype/noto"])
    n = 0
    for pid, stem, *_ in CHROME_PDF + OTHER_PDF:
        n += write_expected(pid, stem)
    print("pdfs", len(CHROME_PDF) + len(OTHER_PDF), "expected rows", n)


def pdf_report():
    import pymupdf
    for pid, stem, *_ in sorted(CHROME_PDF + OTHER_PDF, key=lambda x: x[1]):
        d = pymupdf.open(os.path.join(PDFDIR, stem + ".pdf"))
        chars = [len(pg.get_text().strip()) for pg in d]
        clipped = 0
        for pg in d:
            box = pg.rect
            for b in pg.get_text("dict")["blocks"]:
                for ln in b.get("lines", []):
                    for s in ln["spans"]:
                        if s["text"].strip() and not box.contains(pymupdf.Rect(s["bbox"]) & box) or \
                                (s["text"].strip() and (s["bbox"][2] > box.x1 + 1 or s["bbox"][0] < box.x0 - 1)):
                            clipped += 1
        print(f"{stem}.pdf pages={d.page_count} chars/page={chars} clipped={clipped}")


def serve():
    """the pages are served over http://127.0.0.1:8949/ (clipboard read permission is not granted to file:// pages)"""
    import functools, http.server, threading
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *a):
            pass
    h = functools.partial(Quiet, directory=SRC)
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 8949), h)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv


def main():
    srv = serve()
    verify = len(sys.argv) > 1 and sys.argv[1] == "verify"
    if not verify:
        M.write_all()
    proc = start_chrome()
    try:
        keep = grant(browser_ws())
        if verify:
            make_texts("/tmp/h49/verify")
            return
        make_texts(TXT)
        write_gold()
        make_pdfs()
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    pdf_report()


if __name__ == "__main__":
    main()
