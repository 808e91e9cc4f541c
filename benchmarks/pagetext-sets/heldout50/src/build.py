"""Rebuild set 50: pages/xlsx/docx/typ (make_pages), 12 page texts, 22 PDFs, gold + expected files.

Run with /tmp/h46/venv/bin/python (websocket-client, openpyxl, python-docx, typst, pymupdf).
`build.py verify` re-captures the 12 texts into /tmp/h50/verify instead of the fixtures.
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

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "../../../.."))
TXT = os.path.join(ROOT, "tests/fixtures/pagetext50")
GOLD = os.path.join(ROOT, "corpus/gold/pagetext-heldout50.jsonl")
PDF = os.path.join(ROOT, "out/pdfs-heldout50")
PDFSET = os.path.join(ROOT, "benchmarks/pdf-sets/heldout50")
WORK = "/tmp/h50"
PORT_CDP, PORT_HTTP = 9250, 8950
BASE = f"http://127.0.0.1:{PORT_HTTP}/"
PAGES = {p["id"]: p for p in M.DATA}

# ---- page text: one tool per page ----
# (id, file tag, how)
TEXT = [
    ("01", "chromium_copy1280", dict(mode="copy", w=1280, h=900)),
    ("02", "chromium_tabletext1100", dict(mode="eval", w=1100, h=900, expr="document.querySelector('#kpi02').innerText")),
    ("03", "links_w110", dict(mode="cmd", cmd=["links", "-dump", "-codepage", "utf-8", "-width", "110", "03_zicai.html"])),
    ("04", "chromium_copy360", dict(mode="copy", w=360, h=740, mobile=True)),
    ("05", "chromium_contenttext1024", dict(mode="eval", w=1024, h=800, expr="document.querySelector('#content').innerText")),
    ("06", "chromium_bodytext1920", dict(mode="eval", w=1920, h=1080, expr="document.body.innerText")),
    ("07", "inscriptis", dict(mode="cmd", cmd=[f"{WORK}/bin/inscript", "07_hongshulin.html"])),
    ("08", "chromium_drag1600", dict(mode="drag", w=1600, h=2000, table="#kpi08")),
    ("09", "trafilatura", dict(mode="cmd", cmd=[f"{WORK}/bin/trafilatura"], stdin="09_weikuang.html")),
    ("10", "chromium_copy768", dict(mode="copy", w=768, h=1024)),
    ("11", "chromium_copy1366", dict(mode="copy", w=1366, h=768)),
    ("12", "chromium_contenttext1440", dict(mode="eval", w=1440, h=900, expr="document.querySelector('#content').innerText")),
]

SHAPE = {  # quirk tags per page (markup + what matters)
    "01": ["dept_whole", "task_column", "task_merged", "ruled", "side_menu"],
    "02": ["op_dir_unit_columns_before_value", "value_joined_from_op_num_unit", "ruled"],
    "03": ["categories_every_row", "cn_numerals", "range_zhi", "side_menu", "ruled"],
    "04": ["no_level2_column", "seq_column", "width_360_mobile", "ruled"],
    "05": ["selfeval_2025", "tfoot_total", "side_menu", "ruled"],
    "06": ["two_tables_split_by_l1", "ruled"],
    "07": ["remark_with_figures", "zebra", "side_menu"],
    "08": ["ascii_ops", "ranges", "bugaoyu", "kongzhi_yinei", "ruled"],
    "09": ["dates", "text_targets", "side_menu", "ruled"],
    "10": ["th_every_first_cell", "ruled"],
    "11": ["cn_numerals", "side_menu", "ruled"],
    "12": ["dept_whole", "task_column", "task_merged", "midterm_and_annual", "ruled"],
}

# ---- PDFs ----
IN = 25.4
PAPER = {"A4": (8.27, 11.69), "Letter": (8.5, 11.0), "A3": (11.69, 16.54)}
HF_HEAD = '<div style="font-size:8px;width:100%;text-align:center;color:#555"><span class="title"></span></div>'
HF_FOOT = '<div style="font-size:8px;width:100%;text-align:center;color:#555">第<span class="pageNumber"></span>页 共<span class="totalPages"></span>页</div>'
CHROME_PDF = [
    ("01", "chromium-a4-landscape-defaulthf", dict(paper="A4", landscape=True, hf="default")),
    ("02", "chromium-letter-scale90-bg", dict(paper="Letter", scale=0.9, bg=True)),
    ("03", "chromium-a3-scale60", dict(paper="A3", scale=0.6)),
    ("04", "chromium-a4-screenmedia-bg", dict(paper="A4", bg=True, media="screen")),
    ("05", "chromium-a4-landscape-scale80-customhf", dict(paper="A4", landscape=True, scale=0.8, hf="custom")),
    ("06", "chromium-letter-landscape-twotables", dict(paper="Letter", landscape=True)),
    ("07", "chromium-a4-bg-zebra", dict(paper="A4", bg=True)),
    ("08", "chromium-a3-landscape-scale70", dict(paper="A3", landscape=True, scale=0.7)),
    ("09", "chromium-letter-defaulthf", dict(paper="Letter", hf="default")),
    ("10", "chromium-a4-thfirst", dict(paper="A4")),
    ("11", "chromium-a4-noprintcss-sidemenu", dict(paper="A4", scale=1.0)),
    ("12", "chromium-a4-thead-pad12", dict(paper="A4")),
]
OTHER_PDF = [
    ("01", "libreoffice-xlsx-printtitles", "01_huizhan.xlsx"),
    ("02", "libreoffice-xlsx-landscape-fitwidth", "02_maoniu.xlsx"),
    ("10", "libreoffice-xlsx-merged", "10_shangqing.xlsx"),
    ("04", "libreoffice-docx-prose-then-table", "04_liusuo.docx"),
    ("11", "libreoffice-docx-tblheader-repeat", "11_shuyi.docx"),
    ("12", "libreoffice-docx-merged-tasks", "12_gouqi.docx"),
    ("07", "libreoffice-html-writer", "07_hongshulin.html"),
    ("05", "weasyprint-a4", "05_huajiao.html"),
    ("08", "wkhtmltopdf-a4", "08_tuonai.html"),
    ("06", "typst-a4", "06_chenxian.typ"),
]


class CDP:
    def __init__(self, url):
        self.ws = websocket.create_connection(url, timeout=60, suppress_origin=True)
        self.n = 0

    def call(self, method, sid=None, **params):
        self.n += 1
        msg = {"id": self.n, "method": method, "params": params}
        if sid:
            msg["sessionId"] = sid
        self.ws.send(json.dumps(msg))
        while True:
            r = json.loads(self.ws.recv())
            if r.get("id") == self.n:
                if "error" in r:
                    raise RuntimeError(f"{method}: {r['error']}")
                return r.get("result", {})


def start_servers():
    os.makedirs(WORK, exist_ok=True)
    http = subprocess.Popen([sys.executable, "-m", "http.server", str(PORT_HTTP), "--bind", "127.0.0.1",
                             "--directory", HERE], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    chrome = subprocess.Popen(["/usr/bin/chromium", "--headless=new", f"--remote-debugging-port={PORT_CDP}",
                               f"--user-data-dir={WORK}/chrome", "--no-sandbox", "--disable-gpu",
                               "--hide-scrollbars", "--remote-allow-origins=*", "--no-first-run", "about:blank"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(60):
        try:
            v = json.load(urllib.request.urlopen(f"http://127.0.0.1:{PORT_CDP}/json/version"))
            break
        except Exception:
            time.sleep(0.5)
    print("chromium pid", chrome.pid, "http pid", http.pid, v["Browser"])
    return http, chrome, v["webSocketDebuggerUrl"]


def new_page(b, w, h, mobile=False):
    tid = b.call("Target.createTarget", url="about:blank")["targetId"]
    sid = b.call("Target.attachToTarget", targetId=tid, flatten=True)["sessionId"]
    b.call("Page.enable", sid)
    b.call("Runtime.enable", sid)
    b.call("Emulation.setDeviceMetricsOverride", sid, width=w, height=h, deviceScaleFactor=1, mobile=mobile)
    b.call("Emulation.setFocusEmulationEnabled", sid, enabled=True)
    return tid, sid


def goto(b, sid, url):
    b.call("Page.navigate", sid, url=url)
    for _ in range(100):
        r = b.call("Runtime.evaluate", sid, expression="document.readyState")
        if r["result"].get("value") == "complete":
            break
        time.sleep(0.1)
    b.call("Runtime.evaluate", sid, expression="document.fonts.ready.then(()=>1)", awaitPromise=True)
    time.sleep(0.3)


def key(b, sid, k, code, vk, cmd):
    b.call("Input.dispatchKeyEvent", sid, type="keyDown", key=k, code=code, windowsVirtualKeyCode=vk,
           modifiers=2, commands=[cmd])
    b.call("Input.dispatchKeyEvent", sid, type="keyUp", key=k, code=code, windowsVirtualKeyCode=vk, modifiers=2)


def clip(b, sid):
    b.call("Runtime.evaluate", sid, expression="navigator.clipboard.writeText('')", awaitPromise=True)
    key(b, sid, "c", "KeyC", 67, "copy")
    time.sleep(0.2)
    r = b.call("Runtime.evaluate", sid, expression="navigator.clipboard.readText()", awaitPromise=True)
    return r["result"]["value"]


def capture_chromium(b, pid, how):
    p = PAGES[pid]
    tid, sid = new_page(b, how["w"], how["h"], how.get("mobile", False))
    goto(b, sid, BASE + M.fname(p, "html"))
    if how["mode"] == "copy":
        b.call("Input.dispatchMouseEvent", sid, type="mousePressed", x=5, y=5, button="left", clickCount=1)
        b.call("Input.dispatchMouseEvent", sid, type="mouseReleased", x=5, y=5, button="left", clickCount=1)
        key(b, sid, "a", "KeyA", 65, "selectAll")
        out = clip(b, sid)
    elif how["mode"] == "eval":
        out = b.call("Runtime.evaluate", sid, expression=how["expr"])["result"]["value"]
    elif how["mode"] == "drag":
        t = how["table"]
        js = (f"(()=>{{const a=document.querySelector('{t} th').getBoundingClientRect();"
              f"const c=[...document.querySelectorAll('{t} td')];const z=c[c.length-1].getBoundingClientRect();"
              "return [a.left,a.top,z.right,z.bottom];})()")
        x0, y0, x1, y1 = b.call("Runtime.evaluate", sid, expression=js, returnByValue=True)["result"]["value"]
        sx, sy, ex, ey = x0 + 4, y0 + 4, x1 - 4, y1 - 4
        b.call("Input.dispatchMouseEvent", sid, type="mousePressed", x=sx, y=sy, button="left", clickCount=1)
        for i in range(1, 21):
            b.call("Input.dispatchMouseEvent", sid, type="mouseMoved", x=sx + (ex - sx) * i / 20,
                   y=sy + (ey - sy) * i / 20, button="left", buttons=1)
        b.call("Input.dispatchMouseEvent", sid, type="mouseReleased", x=ex, y=ey, button="left", clickCount=1)
        out = clip(b, sid)
    b.call("Target.closeTarget", targetId=tid)
    return out


def text_name(pid, tag):
    p = PAGES[pid]
    return f"{pid}_{tag}_{p['slug']}.txt"


def capture_texts(b, outdir):
    os.makedirs(outdir, exist_ok=True)
    for pid, tag, how in TEXT:
        if how["mode"] == "cmd":
            stdin = open(os.path.join(HERE, how["stdin"]), "rb") if how.get("stdin") else None
            out = subprocess.run(how["cmd"], cwd=HERE, stdin=stdin, capture_output=True, check=True).stdout
            open(os.path.join(outdir, text_name(pid, tag)), "wb").write(out)
        else:
            out = capture_chromium(b, pid, how)
            open(os.path.join(outdir, text_name(pid, tag)), "w", encoding="utf-8").write(out)
        print("text", text_name(pid, tag), os.path.getsize(os.path.join(outdir, text_name(pid, tag))))


def print_chromium(b, pid, opts, out):
    p = PAGES[pid]
    tid, sid = new_page(b, 1280, 900)
    goto(b, sid, BASE + M.fname(p, "html"))
    if opts.get("media"):
        b.call("Emulation.setEmulatedMedia", sid, media=opts["media"])
    w, h = PAPER[opts["paper"]]
    kw = dict(paperWidth=w, paperHeight=h, landscape=opts.get("landscape", False), scale=opts.get("scale", 1.0),
              printBackground=opts.get("bg", False), marginTop=0.4, marginBottom=0.4, marginLeft=0.4,
              marginRight=0.4, preferCSSPageSize=False)
    if opts.get("hf") == "default":
        kw.update(displayHeaderFooter=True, marginTop=0.6, marginBottom=0.6)
    elif opts.get("hf") == "custom":
        kw.update(displayHeaderFooter=True, headerTemplate=HF_HEAD, footerTemplate=HF_FOOT, marginTop=0.7,
                  marginBottom=0.7)
    data = b.call("Page.printToPDF", sid, **kw)["data"]
    open(out, "wb").write(base64.b64decode(data))
    b.call("Target.closeTarget", targetId=tid)


def other_pdf(pid, variant, src, out):
    lo = os.path.join(WORK, "lo")
    os.makedirs(lo, exist_ok=True)
    if variant.startswith("libreoffice"):
        filt = ["--infilter=HTML (StarWriter)"] if src.endswith(".html") else []
        subprocess.run(["soffice", f"-env:UserInstallation=file://{WORK}/lo-profile", "--headless"] + filt +
                       ["--convert-to", "pdf", "--outdir", lo, src], cwd=HERE, check=True, capture_output=True)
        shutil.copy(os.path.join(lo, os.path.splitext(src)[0] + ".pdf"), out)
    elif variant.startswith("weasyprint"):
        subprocess.run(["/tmp/pdf9/venv/bin/weasyprint", src, out], cwd=HERE, check=True, capture_output=True)
    elif variant.startswith("wkhtmltopdf"):
        subprocess.run(["wkhtmltopdf", "-q", "--encoding", "utf-8", "-s", "A4", "--print-media-type",
                        "--enable-local-file-access", src, out], cwd=HERE, check=True, capture_output=True)
    elif variant.startswith("typst"):
        import typst
        typst.compile(os.path.join(HERE, src), output=out, font_paths=["/usr/share/fonts/opentype/noto"])


def gold_rows():
    rows = []
    for pid, tag, how in TEXT:
        p = PAGES[pid]
        for n, d in enumerate(M.parsed(p), 1):
            q = ["tool_" + tag] + SHAPE[pid]
            for r in ("task", "l1", "l2"):
                if r in d["_cont"]:
                    q.append(f"{r}_merged_continuation")
            if d["name"].startswith("其中："):
                q.append("name_qizhong")
            if "op" in d and d["op"] == "定性":
                q.append("op_qualitative_dropped")
            if "per" in d:
                q.append("period_is_midterm")
            if p.get("split_l1"):
                q.append("table_" + ("1" if d["l1"] == "产出指标" else "2"))
            rows.append(dict(file=text_name(pid, tag), n=n, name=d["name"], annual_value=M.annual(d),
                             period_value=d.get("per"), level1_code=M.L1[d["l1"]],
                             level2_code=M.L2[d["l2"]] if "l2" in d else None, url=None, quirks=q))
    return rows


def expected_rows(pid):
    p = PAGES[pid]
    out = []
    for d in M.parsed(p):
        out.append(dict(source_id=pid, department=p["dept"], project=d["task"] if "task" in d else p["project"],
                        name=d["name"], value=M.annual(d), level1_code=M.L1[d["l1"]],
                        level2_code=M.L2[d["l2"]] if "l2" in d else None))
    return out


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def check_pdfs():
    import pymupdf
    for f in sorted(os.listdir(PDF)):
        if f.endswith(".pdf"):
            d = pymupdf.open(os.path.join(PDF, f))
            chars = [len(pg.get_text().strip()) for pg in d]
            print(f"pdf {f}: {d.page_count} pages, chars/page {chars}")
            assert all(c > 50 for c in chars), f


def main():
    verify = len(sys.argv) > 1 and sys.argv[1] == "verify"
    os.chdir(HERE)
    if not verify:
        M.main()
    http, chrome, wsurl = start_servers()
    try:
        b = CDP(wsurl)
        b.call("Browser.grantPermissions", origin=BASE.rstrip("/"),
               permissions=["clipboardReadWrite", "clipboardSanitizedWrite"])
        capture_texts(b, os.path.join(WORK, "verify") if verify else TXT)
        if verify:
            return
        os.makedirs(PDF, exist_ok=True)
        os.makedirs(PDFSET, exist_ok=True)
        for pid, variant, opts in CHROME_PDF:
            print_chromium(b, pid, opts, os.path.join(PDF, f"{pid}-{variant}.pdf"))
        for pid, variant, src in OTHER_PDF:
            other_pdf(pid, variant, src, os.path.join(PDF, f"{pid}-{variant}.pdf"))
        for pid, variant, _ in CHROME_PDF + OTHER_PDF:
            stem = f"{pid}-{variant}"
            write_jsonl(os.path.join(PDF, stem + ".expected.jsonl"), expected_rows(pid))
            shutil.copy(os.path.join(PDF, stem + ".expected.jsonl"), PDFSET)
        write_jsonl(GOLD, gold_rows())
        check_pdfs()
    finally:
        chrome.terminate()
        http.terminate()
        chrome.wait(10)
        http.wait(10)
        print("stopped chromium", chrome.pid, "and http", http.pid)


if __name__ == "__main__":
    main()


def where_rows():
    """Page of each expected row in each PDF (first page, not before the previous row's, whose text holds the name)."""
    import unicodedata
    import pymupdf
    res = {}
    for f in sorted(os.listdir(PDF)):
        if not f.endswith(".pdf"):
            continue
        d = pymupdf.open(os.path.join(PDF, f))
        pages = ["".join(unicodedata.normalize("NFKC", pg.get_text()).split()) for pg in d]
        rows = [json.loads(l) for l in open(os.path.join(PDF, f[:-4] + ".expected.jsonl"), encoding="utf-8")]
        at, lo = [], 0
        for r in rows:
            nm = "".join(unicodedata.normalize("NFKC", r["name"]).split())
            hit = next((i for i in range(lo, len(pages)) if nm in pages[i]), None)
            if hit is None:
                hit = next((i for i in range(lo, len(pages)) if nm[:4] in pages[i]), None)
            at.append(hit + 1 if hit is not None else 0)
            lo = hit if hit is not None else lo
        res[f] = at
        runs = []
        for i, pg in enumerate(at, 1):
            if runs and runs[-1][2] == pg:
                runs[-1][1] = i
            else:
                runs.append([i, i, pg])
        print(f"{f}: {d.page_count} pages; rows by page: " + ", ".join(f"{a}-{b}:p{p}" if a != b else f"{a}:p{p}" for a, b, p in runs))
    return res
