"""Build set 45: pages + xlsx (make_pages), page text from Chromium and four text tools, 20 PDFs, gold and
expected files. Usage: /tmp/h44/venv/bin/python build.py [OUTDIR]   (OUTDIR default /work/main/out/pdfs-heldout45)"""
import base64, json, os, shutil, subprocess, sys, time, urllib.request
import websocket
import make_pages as M

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "../../../.."))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "out/pdfs-heldout45")
TXT = os.path.join(ROOT, "tests/fixtures/pagetext45")
GOLD = os.path.join(ROOT, "corpus/gold/pagetext-heldout45.jsonl")
PDFSET = os.path.join(ROOT, "benchmarks/pdf-sets/heldout45")
PORT = 9245
P = {p["id"]: p for p in M.DATA}


def page_path(i):
    return os.path.join(HERE, f"{i}_{P[i]['slug']}.html")


# --- page text: (id, tool, file-topic tags, quirks)
TEXTS = [
    ("01", ("copy", 1440, 900), "chromium_copy1440_keblock", ["chromium_copy", "width_1440", "kindeditor", "header_block_in_table", "qizhong_name"]),
    ("02", ("elinks",), "elinks_w110_seqrem_rowlines", ["elinks_dump", "seq_column", "remark_column", "row_lines_only", "space_aligned_columns", "merged_label_mid_span"]),
    ("03", ("innertext", 1280, 900, "body"), "chromium_innertext1280_selfeval", ["chromium_innertext", "width_1280", "self_evaluation", "facts_table", "qizhong_name", "total_rows_after", "ranges"]),
    ("04", ("copy", 1024, 768), "chromium_copy1024_twin", ["chromium_copy", "width_1024", "twin_period_annual", "two_line_header", "project_period_in_name"]),
    ("05", ("lynx",), "lynx_w100_unruled_numerals", ["lynx_dump", "no_borders", "qizhong_name", "chinese_numerals", "space_aligned_columns"]),
    ("06", ("drag", 1600, 900), "chromium_drag1600_zebra_every", ["chromium_drag", "width_1600", "zebra", "categories_every_row", "no_header_block"]),
    ("07", ("copy", 800, 1000), "chromium_copy800_seq", ["chromium_copy", "width_800", "seq_column", "qizhong_name", "chinese_numerals", "ranges"]),
    ("08", ("drag", 1280, 900), "chromium_drag1280_wps_opcols", ["chromium_drag", "width_1280", "wps", "op_num_unit_columns", "no_header_block"]),
    ("09", ("pandoc",), "pandoc_plain_rowlines", ["pandoc_plain", "row_lines_only", "space_aligned_columns", "dash_rule_under_header"]),
    ("10", ("innertext", 1366, 900, "#zoom"), "chromium_eltext1366_borderless", ["chromium_innertext", "width_1366", "no_borders", "qizhong_name"]),
    ("11", ("selectolax",), "selectolax_lexbor_text_cost_l1", ["selectolax_lexbor_text", "cost_level1_2021", "one_cell_a_line", "blank_line_between_rows"]),
    ("12", ("copy", 1920, 1080), "chromium_copy1920_layui_zebra", ["chromium_copy", "width_1920", "layui", "zebra", "seq_column", "empty_remark_column", "qizhong_name", "chinese_numerals"]),
]

# --- Chromium PDFs: id, variant, options, emulate-screen
CPDF = [
    ("01", "a4-default", dict(paperWidth=8.27, paperHeight=11.69), False),
    ("02", "letter-landscape-scale80-customhf", dict(paperWidth=8.5, paperHeight=11, landscape=True, scale=0.8,
        displayHeaderFooter=True, marginTop=0.7, marginBottom=0.7,
        headerTemplate='<div style="font-size:8px;width:100%;padding:0 20px"><span class="date"></span>　<span class="title"></span></div>',
        footerTemplate='<div style="font-size:8px;width:100%;text-align:center"><span class="url"></span>　第<span class="pageNumber"></span>页/共<span class="totalPages"></span>页</div>'), False),
    ("03", "a4-landscape-scale90-bg", dict(paperWidth=8.27, paperHeight=11.69, landscape=True, scale=0.9, printBackground=True), False),
    ("04", "letter-2pages-thead", dict(paperWidth=8.5, paperHeight=11), False),
    ("05", "a4-scale70-defaulthf", dict(paperWidth=8.27, paperHeight=11.69, scale=0.7, displayHeaderFooter=True), False),
    ("06", "a4-zebra-bg-2pages", dict(paperWidth=8.27, paperHeight=11.69, printBackground=True), False),
    ("07", "letter-scale85", dict(paperWidth=8.5, paperHeight=11, scale=0.85), False),
    ("08", "a4-landscape-screenmedia", dict(paperWidth=11.69, paperHeight=8.27, marginTop=0.5, marginBottom=0.5), True),
    ("09", "a4-scale75-customheader", dict(paperWidth=8.27, paperHeight=11.69, scale=0.75, displayHeaderFooter=True,
        headerTemplate='<div style="font-size:8px;width:100%;text-align:right;padding-right:30px"><span class="title"></span></div>',
        footerTemplate='<div></div>'), False),
    ("10", "letter-landscape-2pages", dict(paperWidth=8.5, paperHeight=11, landscape=True), False),
    ("11", "a4-scale95-margin0-bg", dict(paperWidth=8.27, paperHeight=11.69, scale=0.95, printBackground=True,
        marginTop=0, marginBottom=0, marginLeft=0, marginRight=0), False),
    ("12", "a4-zebra-bg-2pages", dict(paperWidth=8.27, paperHeight=11.69, printBackground=True), False),
]


class CDP:
    def __init__(self):
        self.proc = subprocess.Popen(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu",
                                      "--hide-scrollbars", f"--remote-debugging-port={PORT}",
                                      "--user-data-dir=/tmp/h45/chrome", "--remote-allow-origins=*", "about:blank"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(50):
            try:
                info = json.load(urllib.request.urlopen(f"http://127.0.0.1:{PORT}/json/version"))
                break
            except Exception:
                time.sleep(0.2)
        self.version = info["Browser"]
        self.bws = websocket.create_connection(info["webSocketDebuggerUrl"], max_size=None)
        tabs = [t for t in json.load(urllib.request.urlopen(f"http://127.0.0.1:{PORT}/json/list")) if t["type"] == "page"]
        self.ws = websocket.create_connection(tabs[0]["webSocketDebuggerUrl"], max_size=None)
        self.n = 0
        self.call("Page.enable")
        self.call("Browser.grantPermissions", ws=self.bws, permissions=["clipboardReadWrite", "clipboardSanitizedWrite"])

    def call(self, method, ws=None, **params):
        ws = ws or self.ws
        self.n += 1
        ws.send(json.dumps({"id": self.n, "method": method, "params": params}))
        while True:
            m = json.loads(ws.recv())
            if m.get("id") == self.n:
                if "error" in m:
                    raise RuntimeError(f"{method}: {m['error']}")
                return m.get("result", {})

    def js(self, expr, awaitp=False):
        r = self.call("Runtime.evaluate", expression=expr, returnByValue=True, awaitPromise=awaitp, userGesture=True)
        return r["result"].get("value")

    def load(self, path, w, h, media=""):
        self.call("Emulation.setDeviceMetricsOverride", width=w, height=h, deviceScaleFactor=1, mobile=False)
        self.call("Emulation.setEmulatedMedia", media=media)
        self.call("Page.navigate", url="file://" + path)
        for _ in range(100):
            if self.js("document.readyState") == "complete":
                break
            time.sleep(0.1)
        time.sleep(0.4)

    def key(self, k, code, cmd):
        for t in ("rawKeyDown", "keyUp"):
            self.call("Input.dispatchKeyEvent", type=t, key=k, code=code, modifiers=2,
                      windowsVirtualKeyCode=ord(k.upper()), commands=[cmd] if t == "rawKeyDown" else [])

    def clipboard(self):
        self.call("Page.bringToFront")
        return self.js("navigator.clipboard.readText()", awaitp=True)

    def copy_all(self):
        self.js("navigator.clipboard.writeText('')", awaitp=True)
        self.key("a", "KeyA", "selectAll")
        self.key("c", "KeyC", "copy")
        time.sleep(0.3)
        return self.clipboard()

    def drag(self):
        self.js("navigator.clipboard.writeText('')", awaitp=True)
        self.js("document.getElementById('zbtable').scrollIntoView({block:'start'}); window.scrollBy(0,-10)")
        r = self.js("(()=>{const b=document.getElementById('zbtable').getBoundingClientRect();return [b.left,b.top,b.right,b.bottom]})()")
        x0, y0, x1, y1 = r[0] + 3, r[1] + 3, r[2] - 3, r[3] - 3
        vh = self.js("window.innerHeight")
        assert y1 < vh, (y1, vh)
        self.call("Input.dispatchMouseEvent", type="mouseMoved", x=x0, y=y0)
        self.call("Input.dispatchMouseEvent", type="mousePressed", x=x0, y=y0, button="left", clickCount=1)
        for i in range(1, 21):
            self.call("Input.dispatchMouseEvent", type="mouseMoved", x=x0 + (x1 - x0) * i / 20,
                      y=y0 + (y1 - y0) * i / 20, button="left", buttons=1)
        self.call("Input.dispatchMouseEvent", type="mouseReleased", x=x1, y=y1, button="left", clickCount=1)
        self.key("c", "KeyC", "copy")
        time.sleep(0.3)
        return self.clipboard()

    def pdf(self, path, opts):
        r = self.call("Page.printToPDF", **opts)
        return base64.b64decode(r["data"])

    def close(self):
        try:
            self.bws.close(); self.ws.close()
        finally:
            self.proc.terminate(); self.proc.wait()


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, **kw)


def main():
    M.main(HERE)
    os.makedirs(OUT, exist_ok=True); os.makedirs(TXT, exist_ok=True); os.makedirs(PDFSET, exist_ok=True)
    gold = []
    cdp = CDP()
    print("chromium:", cdp.version)
    try:
        # page text
        for i, tool, tag, quirks in TEXTS:
            fname = f"{i}_{tag}_{P[i]['slug']}.txt"
            path = page_path(i)
            if tool[0] == "copy":
                cdp.load(path, tool[1], tool[2]); text = cdp.copy_all()
            elif tool[0] == "drag":
                cdp.load(path, tool[1], tool[2]); text = cdp.drag()
            elif tool[0] == "innertext":
                cdp.load(path, tool[1], tool[2])
                sel = "document.body" if tool[3] == "body" else f"document.querySelector('{tool[3]}')"
                text = cdp.js(sel + ".innerText")
            elif tool[0] == "elinks":
                text = run(["elinks", "-dump", "1", "-dump-width", "110", "-dump-charset", "UTF-8", "-no-references",
                            "-no-numbering", path]).stdout.decode("utf-8")
            elif tool[0] == "lynx":
                text = run(["lynx", "-dump", "-nolist", "-width=100", "-display_charset=utf-8",
                            "-assume_local_charset=utf-8", path]).stdout.decode("utf-8")
            elif tool[0] == "pandoc":
                text = run(["pandoc", "-f", "html", "-t", "plain", "--wrap=none", path]).stdout.decode("utf-8")
            elif tool[0] == "selectolax":
                text = run(["/tmp/h42/venv/bin/python", "-c",
                            "import sys;from selectolax.lexbor import LexborHTMLParser as HTMLParser;"
                            "sys.stdout.buffer.write(HTMLParser(open(sys.argv[1],'rb').read().decode('utf-8'))"
                            ".body.text(separator='\\n', strip=True).encode('utf-8'))", path]).stdout.decode("utf-8")
            assert text, fname
            with open(os.path.join(TXT, fname), "w", encoding="utf-8", newline="") as f:
                f.write(text)
            gold += M.gold(P[i], fname, quirks)
        # Chromium PDFs
        for i, var, opts, screen in CPDF:
            cdp.load(page_path(i), 1280, 900, media="screen" if screen else "")
            data = cdp.pdf(None, opts)
            open(os.path.join(OUT, f"{i}-chromium-{var}.pdf"), "wb").write(data)
    finally:
        cdp.close()
    with open(GOLD, "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    # other makers
    tmp = "/tmp/h45/lo"; os.makedirs(tmp, exist_ok=True)
    for i, src in (("02", page_path("02")), ("09", page_path("09")), ("03", os.path.join(HERE, "03_tejia.xlsx")),
                   ("08", os.path.join(HERE, "08_shuzi.xlsx"))):
        run(["soffice", "-env:UserInstallation=file:///tmp/h45/lo-profile", "--headless", "--convert-to", "pdf",
             "--outdir", tmp, src])
        base = os.path.splitext(os.path.basename(src))[0]
        var = {"02": "html-writerweb", "09": "html-writerweb-2", "03": "xlsx-landscape-fitwidth", "08": "xlsx-fit1x2-printtitles"}[i]
        shutil.move(os.path.join(tmp, base + ".pdf"), os.path.join(OUT, f"{i}-libreoffice-{var}.pdf"))
    run(["wkhtmltopdf", "--quiet", "--enable-local-file-access", "--encoding", "utf-8", "-s", "A4", "--print-media-type",
         page_path("05"), os.path.join(OUT, "05-wkhtmltopdf-a4-printmedia.pdf")])
    run(["wkhtmltopdf", "--quiet", "--enable-local-file-access", "--encoding", "utf-8", "-s", "Letter", "-O", "Landscape",
         "--zoom", "1.1", "--footer-center", "[page]/[topage]", page_path("11"),
         os.path.join(OUT, "11-wkhtmltopdf-letter-landscape-zoom110-footer.pdf")])
    for i, var in (("04", "a4"), ("10", "a4")):
        run(["/tmp/pdf9/venv/bin/python", "-c", "import sys,weasyprint;weasyprint.HTML(sys.argv[1]).write_pdf(sys.argv[2])",
             page_path(i), os.path.join(OUT, f"{i}-weasyprint-{var}.pdf")])
    # expected files
    for old in os.listdir(PDFSET):
        if old.endswith(".expected.jsonl"):
            os.remove(os.path.join(PDFSET, old))
    for fn in sorted(os.listdir(OUT)):
        if fn.endswith(".pdf"):
            i = fn[:2]
            stem = fn[:-4]
            rows = M.expected(P[i])
            for d in (OUT, PDFSET):
                with open(os.path.join(d, stem + ".expected.jsonl"), "w", encoding="utf-8") as f:
                    for r in rows:
                        f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("gold rows", len(gold), "pdfs", len([f for f in os.listdir(OUT) if f.endswith('.pdf')]))


if __name__ == "__main__":
    main()
