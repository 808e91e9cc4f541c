"""Build held-out set 40: the page text (16 files) and the PDFs of the same pages.

Written for this set (no earlier set's script was read or copied).

    /tmp/h38/venv/bin/python build.py [OUTDIR]      # OUTDIR for the PDFs, default /work/main/out/pdfs-heldout40

1. make_pages.py writes the 16 html pages into this folder.
2. Page text -> /work/main/tests/fixtures/pagetext40/NN_tool_topic.txt, each file exactly what one real tool gave:
   Chromium over the DevTools protocol (Ctrl+A, Ctrl+C as Input.dispatchKeyEvent with the selectAll/copy commands,
   clipboard read back with navigator.clipboard.readText(); or document.body.innerText) for 01 02 03 16;
   the Python tools in /tmp/h38/venv (bs4+lxml, html2text, markdownify, trafilatura, inscriptis, html-text,
   readability-lxml) and /tmp/h37/venv (bs4+html5lib); lynx, w3m, elinks, pandoc from Debian.
3. Gold rows (from DATA in make_pages.py, never from tool output) -> /work/main/corpus/gold/pagetext-heldout40.jsonl
4. PDFs -> OUTDIR: every page printed by headless Chromium (command line --print-to-pdf, or Page.printToPDF over
   DevTools for landscape / scale / header-footer), 6 pages a second time by wkhtmltopdf, WeasyPrint
   (/tmp/pdf9/venv) or LibreOffice (Writer/Web, or the html imported into Writer) from the saved html. Each PDF gets
   <ID>-<maker>.expected.jsonl beside it, copied to /work/main/benchmarks/pdf-sets/heldout40/.

Python packages (h38 venv): beautifulsoup4 4.15.0, lxml 6.1.3, html2text 2025.4.15, markdownify 1.2.3,
trafilatura 2.3.1, inscriptis 2.7.6, html-text 0.7.1, readability-lxml 0.9, websocket-client 1.9.2;
(h37 venv) html5lib 1.1. Debian: chromium, lynx, w3m, elinks, pandoc, wkhtmltopdf, libreoffice.
"""
import http.server
import json
import os
import shutil
import socketserver
import subprocess
import sys
import threading
import time
import urllib.request

import websocket

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_pages  # noqa: E402

MAIN = "/work/main"
TXT = f"{MAIN}/tests/fixtures/pagetext40"
GOLD = f"{MAIN}/corpus/gold/pagetext-heldout40.jsonl"
PDFSET = f"{MAIN}/benchmarks/pdf-sets/heldout40"
BUILD = "/tmp/h40/build"
PY38 = "/tmp/h38/venv/bin/python"
PY37 = "/tmp/h37/venv/bin/python"
PYWP = "/tmp/pdf9/venv/bin/python"
PORT_HTTP = 8740
PORT_CDP = 9740

# file name, tool tag(s) for the quirks
TEXT = {
 "01": ("01_chromium_copy1280_trs_ludeng.txt", ["chromium_select_all_copy", "window_1280"]),
 "02": ("02_innertext1024_eltable_ranqi.txt", ["chromium_innertext", "window_1024"]),
 "03": ("03_innertext768_bs5_gongshui.txt", ["chromium_innertext", "window_768"]),
 "04": ("04_bs4_html5lib_newline_strip_word_tushuguan.txt", ["bs4_get_text"]),
 "05": ("05_bs4_lxml_pipe_strip_selfeval_xueqian.txt", ["bs4_get_text"]),
 "06": ("06_html2text_padtables_twin_jineng.txt", ["html2text"]),
 "07": ("07_markdownify_escmisc_divgrid_choujian.txt", ["markdownify"]),
 "08": ("08_trafilatura_html2txt_antd_jiance.txt", ["trafilatura"]),
 "09": ("09_inscriptis_relaxed_deptwhole_minzong.txt", ["inscriptis"]),
 "10": ("10_htmltext_nopunct_oldlayout_jindu.txt", ["html_text"]),
 "11": ("11_lynx_w132_nomargins_2021_nongtian.txt", ["lynx"]),
 "12": ("12_w3m_cols140_two_tables_lvyou.txt", ["w3m"]),
 "13": ("13_elinks_w80_nocat_rexian.txt", ["elinks"]),
 "14": ("14_pandoc_markdown_opunit_paishui.txt", ["pandoc"]),
 "15": ("15_readability_textcontent_bs3_jingshen.txt", ["readability"]),
 "16": ("16_chromium_copy1600_ueditor_yimin.txt", ["chromium_select_all_copy", "window_1600"]),
}

SHAPE = {
 "01": ["trs_editor", "header_block", "serial_column", "remark_column", "title_row", "hidden_row_in_markup"],
 "02": ["element_ui_table", "header_body_split_tables", "project_lines"],
 "03": ["bootstrap5_table", "categories_repeated", "project_lines"],
 "04": ["word_msonormal", "two_tables"],
 "05": ["self_evaluation", "fund_block", "total_row", "header_block"],
 "06": ["two_row_header", "twin_values", "header_block", "title_row"],
 "07": ["css_div_grid", "project_lines"],
 "08": ["antd_table", "project_lines"],
 "09": ["department_whole", "side_label", "title_row", "header_block"],
 "10": ["old_site_bgcolor_table", "layout_table", "unit_column", "split_value_columns", "project_lines"],
 "11": ["ueditor_table", "scheme_2021", "project_lines"],
 "12": ["two_tables", "serial_column", "old_site_layout"],
 "13": ["no_categories", "serial_column", "remark_column", "old_site_layout", "project_lines"],
 "14": ["split_value_columns", "operator_column", "unit_column", "bootstrap_table", "project_lines"],
 "15": ["bootstrap3_table", "br_in_name", "project_lines"],
 "16": ["ueditor_table", "th_header", "hidden_row_in_markup", "values_in_words", "project_lines"],
}

# PDFs: (file stem, how)  how = ("cli", hf) | ("cdp", options) | ("wkhtmltopdf",) | ("weasyprint",) | ("libreoffice",)
PDFS = [
 ("01", "01-chromium-trs-hf", ("cli", True)),
 ("02", "02-chromium-eltable", ("cli", False)),
 ("02", "02-wkhtmltopdf", ("wkhtmltopdf",)),
 ("03", "03-chromium-bs5-letter-hf", ("cli", True)),
 ("04", "04-chromium-word", ("cli", False)),
 ("05", "05-chromium-selfeval-hf", ("cli", True)),
 ("05", "05-weasyprint", ("weasyprint",)),
 ("06", "06-chromium-twin-landscape", ("cdp", dict(landscape=True, printBackground=True))),
 ("07", "07-chromium-divgrid", ("cli", False)),
 ("08", "08-chromium-antd-hf", ("cli", True)),
 ("09", "09-chromium-dept-scale80", ("cdp", dict(scale=0.8))),
 ("09", "09-libreoffice", ("libreoffice", "web")),
 ("10", "10-chromium-oldsite-letter", ("cli", False)),
 ("11", "11-chromium-2021-hf", ("cli", True)),
 ("11", "11-wkhtmltopdf", ("wkhtmltopdf",)),
 ("12", "12-chromium-two", ("cli", False)),
 ("12", "12-weasyprint", ("weasyprint",)),
 ("13", "13-chromium-nocat-hf", ("cdp", dict(displayHeaderFooter=True, marginTop=0.6, marginBottom=0.6))),
 ("14", "14-chromium-opunit-scale70", ("cdp", dict(scale=0.7, printBackground=True))),
 ("15", "15-chromium-bs3-hf", ("cli", True)),
 ("16", "16-chromium-landscape-hf", ("cdp", dict(landscape=True, displayHeaderFooter=True))),
 ("16", "16-libreoffice", ("libreoffice", "writer")),
]


def page_file(nn):
    p = next(p for p in make_pages.DATA if p["nn"] == nn)
    return f"{nn}_{p['slug']}.html"


def read(nn):
    with open(os.path.join(HERE, page_file(nn)), encoding="utf-8") as f:
        return f.read()


# ------------------------------------------------------------------ Chromium over DevTools
class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *a):
        pass


def serve():
    handler = lambda *a, **k: Quiet(*a, directory=HERE, **k)  # noqa: E731
    socketserver.TCPServer.allow_reuse_address = True
    srv = socketserver.TCPServer(("127.0.0.1", PORT_HTTP), handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv


class CDP:
    def __init__(self):
        prof = f"{BUILD}/chromium-profile"
        shutil.rmtree(prof, ignore_errors=True)
        self.proc = subprocess.Popen(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                                      f"--remote-debugging-port={PORT_CDP}", f"--user-data-dir={prof}",
                                      "--window-size=1366,900", "--lang=zh-CN", "about:blank"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            try:
                targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{PORT_CDP}/json/list"))
                ver = json.load(urllib.request.urlopen(f"http://127.0.0.1:{PORT_CDP}/json/version"))
                break
            except Exception:
                time.sleep(0.2)
        page = next(t for t in targets if t["type"] == "page")
        self.ws = websocket.create_connection(page["webSocketDebuggerUrl"], max_size=2 ** 28)
        self.bws = websocket.create_connection(ver["webSocketDebuggerUrl"], max_size=2 ** 28)
        self.i = 0

    def call(self, method, ws=None, **params):
        ws = ws or self.ws
        self.i += 1
        ws.send(json.dumps({"id": self.i, "method": method, "params": params}))
        while True:
            m = json.loads(ws.recv())
            if m.get("id") == self.i:
                if "error" in m:
                    raise RuntimeError(m["error"])
                return m["result"]

    def open(self, nn, width, height):
        self.call("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=False)
        self.call("Emulation.setFocusEmulationEnabled", enabled=True)
        self.call("Page.enable")
        self.call("Page.navigate", url=f"http://127.0.0.1:{PORT_HTTP}/{page_file(nn)}")
        for _ in range(100):
            r = self.call("Runtime.evaluate", expression="document.readyState")
            if r["result"]["value"] == "complete":
                break
            time.sleep(0.1)
        time.sleep(0.5)

    def evaluate(self, js):
        r = self.call("Runtime.evaluate", expression=js, awaitPromise=True, returnByValue=True)
        if "exceptionDetails" in r:
            raise RuntimeError(r["exceptionDetails"])
        return r["result"].get("value")

    def copy_all(self, nn, width, height):
        self.call("Browser.grantPermissions", ws=self.bws, origin=f"http://127.0.0.1:{PORT_HTTP}",
                  permissions=["clipboardReadWrite", "clipboardSanitizedWrite"])
        self.open(nn, width, height)
        self.evaluate("navigator.clipboard.writeText('')")
        # Ctrl+A, Ctrl+C as key events (a script's execCommand('copy') has no user activation and copies nothing)
        for key, code, vk, cmd in (("a", "KeyA", 65, "selectAll"), ("c", "KeyC", 67, "copy")):
            self.call("Input.dispatchKeyEvent", type="keyDown", modifiers=2, key=key, code=code,
                      windowsVirtualKeyCode=vk, commands=[cmd])
            self.call("Input.dispatchKeyEvent", type="keyUp", modifiers=2, key=key, code=code, windowsVirtualKeyCode=vk)
        time.sleep(0.3)
        return self.evaluate("navigator.clipboard.readText()")

    def inner_text(self, nn, width, height):
        self.open(nn, width, height)
        return self.evaluate("document.body.innerText")

    def pdf(self, nn, out, opts):
        self.call("Emulation.clearDeviceMetricsOverride")
        self.open(nn, 1366, 900)
        o = dict(paperWidth=8.27, paperHeight=11.69)
        o.update(opts)
        import base64
        data = self.call("Page.printToPDF", **o)["data"]
        with open(out, "wb") as f:
            f.write(base64.b64decode(data))

    def close(self):
        try:
            self.call("Browser.close", ws=self.bws)
        except Exception:
            pass
        self.proc.wait(timeout=20)


# ------------------------------------------------------------------ the other tools
PYTOOLS = {
 "04": (PY37, "from bs4 import BeautifulSoup; import sys; h=open(sys.argv[1],encoding='utf-8').read(); "
              "sys.stdout.write(BeautifulSoup(h,'html5lib').get_text('\\n', strip=True))"),
 "05": (PY38, "from bs4 import BeautifulSoup; import sys; h=open(sys.argv[1],encoding='utf-8').read(); "
              "sys.stdout.write(BeautifulSoup(h,'lxml').get_text(' | ', strip=True))"),
 "06": (PY38, "import html2text, sys; h=open(sys.argv[1],encoding='utf-8').read(); c=html2text.HTML2Text(); "
              "c.body_width=0; c.pad_tables=True; sys.stdout.write(c.handle(h))"),
 "07": (PY38, "from markdownify import markdownify; import sys; h=open(sys.argv[1],encoding='utf-8').read(); "
              "sys.stdout.write(markdownify(h, heading_style='ATX', escape_misc=True))"),
 "08": (PY38, "import trafilatura, sys; h=open(sys.argv[1],encoding='utf-8').read(); sys.stdout.write(trafilatura.html2txt(h))"),
 "09": (PY38, "import sys; from inscriptis import get_text; from inscriptis.model.config import ParserConfig; "
              "from inscriptis.css_profiles import CSS_PROFILES; h=open(sys.argv[1],encoding='utf-8').read(); "
              "sys.stdout.write(get_text(h, ParserConfig(css=CSS_PROFILES['relaxed'], display_links=False)))"),
 "10": (PY38, "import html_text, sys; h=open(sys.argv[1],encoding='utf-8').read(); "
              "sys.stdout.write(html_text.extract_text(h, guess_punct_space=False))"),
 "15": (PY38, "import sys, lxml.html; from readability import Document; h=open(sys.argv[1],encoding='utf-8').read(); "
              "sys.stdout.write(lxml.html.fromstring(Document(h).summary()).text_content())"),
}
CMDS = {
 "11": ["lynx", "-dump", "-nolist", "-width=132", "-nomargins", "-assume_charset=UTF-8", "-display_charset=UTF-8"],
 "12": ["w3m", "-dump", "-cols", "140", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8"],
 "13": ["elinks", "-dump", "-dump-width", "80", "-no-references", "-no-numbering", "-dump-charset", "utf-8"],
 "14": ["pandoc", "-f", "html", "-t", "markdown"],
}


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, check=True, **kw)
    return r.stdout.decode("utf-8")


def build_text():
    os.makedirs(TXT, exist_ok=True)
    out = {}
    for nn, (py, code) in PYTOOLS.items():
        out[nn] = run([py, "-c", code, os.path.join(HERE, page_file(nn))])
    for nn, cmd in CMDS.items():
        out[nn] = run(cmd + [os.path.join(HERE, page_file(nn))], env=dict(os.environ, LANG="C.UTF-8", HOME=BUILD))
    srv = serve()
    cdp = CDP()
    try:
        out["01"] = cdp.copy_all("01", 1280, 800)
        out["02"] = cdp.inner_text("02", 1024, 768)
        out["03"] = cdp.inner_text("03", 768, 1024)
        out["16"] = cdp.copy_all("16", 1600, 900)
    finally:
        cdp.close()
        srv.shutdown()
        srv.server_close()
    for nn, text in out.items():
        with open(os.path.join(TXT, TEXT[nn][0]), "w", encoding="utf-8", newline="") as f:
            f.write(text)


# ------------------------------------------------------------------ gold
def write_gold():
    g = make_pages.gold_rows()
    with open(GOLD, "w", encoding="utf-8") as f:
        for nn in sorted(g):
            for n, r in enumerate(g[nn], 1):
                q = TEXT[nn][1] + ["page_chrome"] + SHAPE[nn]
                if "tables" in next(p for p in make_pages.DATA if p["nn"] == nn):
                    q.append(f"table_{r['table']}")
                if r["cont1"]:
                    q.append("l1_merged_continuation")
                if r["cont2"]:
                    q.append("l2_merged_continuation")
                if r["after_hidden"]:
                    q.append("after_hidden_row")
                if r["l1"] is None:
                    q.append("null_codes")
                f.write(json.dumps(dict(file=TEXT[nn][0], n=n, name=r["name"], annual_value=r["annual"],
                                        period_value=r["period"], level1_code=r["l1"], level2_code=r["l2"],
                                        url=None, quirks=q), ensure_ascii=False) + "\n")


def expected_lines(nn):
    p = next(p for p in make_pages.DATA if p["nn"] == nn)
    twin = any("period" in t["roles"] for t in make_pages.tables_of(p))
    lines = []
    for r in make_pages.gold_rows()[nn]:
        d = dict(source_id=nn, department=p["dept"], project=r["project"], name=r["name"], value=r["annual"])
        if twin:
            d["period_value"] = r["period"]
        d["level1_code"] = r["l1"]
        d["level2_code"] = r["l2"]
        lines.append(json.dumps(d, ensure_ascii=False))
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ PDFs
def build_pdfs(outdir):
    os.makedirs(outdir, exist_ok=True)
    os.makedirs(PDFSET, exist_ok=True)
    cdp_jobs = []
    for nn, stem, how in PDFS:
        src = os.path.join(HERE, page_file(nn))
        out = os.path.join(outdir, stem + ".pdf")
        if how[0] == "cli":
            cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={BUILD}/cli-profile",
                   f"--print-to-pdf={out}"]
            if not how[1]:
                cmd.append("--no-pdf-header-footer")
            subprocess.run(cmd + ["file://" + src], check=True, capture_output=True)
        elif how[0] == "cdp":
            cdp_jobs.append((nn, out, how[1]))
        elif how[0] == "wkhtmltopdf":
            subprocess.run(["wkhtmltopdf", "--quiet", "--enable-local-file-access", "--encoding", "utf-8", "-s", "A4",
                            src, out], check=True, capture_output=True)
        elif how[0] == "weasyprint":
            subprocess.run([PYWP, "-m", "weasyprint", "--encoding", "utf-8", src, out], check=True, capture_output=True)
        elif how[0] == "libreoffice":
            tmp = f"{BUILD}/lo"
            shutil.rmtree(tmp, ignore_errors=True)
            os.makedirs(tmp)
            if how[1] == "web":   # opened as Writer/Web (LibreOffice's default for .html)
                conv = ["--convert-to", "pdf:writer_web_pdf_Export"]
            else:                 # imported into Writer as a text document
                conv = ["--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export"]
            subprocess.run(["soffice", f"-env:UserInstallation=file://{BUILD}/lo-profile", "--headless"] + conv
                           + ["--outdir", tmp, src], check=True, capture_output=True)
            shutil.move(os.path.join(tmp, page_file(nn)[:-5] + ".pdf"), out)
    if cdp_jobs:
        srv = serve()
        cdp = CDP()
        try:
            for nn, out, opts in cdp_jobs:
                cdp.pdf(nn, out, opts)
        finally:
            cdp.close()
            srv.shutdown()
            srv.server_close()
    for old in os.listdir(PDFSET):
        if old.endswith(".expected.jsonl"):
            os.remove(os.path.join(PDFSET, old))
    for nn, stem, how in PDFS:
        text = expected_lines(nn)
        for d in (outdir, PDFSET):
            with open(os.path.join(d, stem + ".expected.jsonl"), "w", encoding="utf-8") as f:
                f.write(text)


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else f"{MAIN}/out/pdfs-heldout40"
    os.makedirs(BUILD, exist_ok=True)
    make_pages.main(HERE)
    write_gold()
    build_text()
    build_pdfs(outdir)
    print("text:", TXT, "gold:", GOLD, "pdfs:", outdir)


if __name__ == "__main__":
    main()
