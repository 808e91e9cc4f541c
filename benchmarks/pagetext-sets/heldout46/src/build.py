"""Rebuild held-out set 46: pages (make_pages.py), 12 page-text files, 21 PDFs, gold and expected rows.

python build.py [OUTDIR]      (run with /tmp/h46/venv/bin/python: websocket-client, openpyxl, lxml, python-docx,
                               pymupdf, beautifulsoup4, typst; system: chromium, links, w3m, pandoc, soffice, pdftoppm)
OUTDIR (default: the repo) gets tests/fixtures/pagetext46, corpus/gold/pagetext-heldout46.jsonl,
out/pdfs-heldout46 and benchmarks/pdf-sets/heldout46 under it. Scratch goes to /tmp/h46.
Gold and expected rows are written from make_pages.DATA, never from tool output.
"""
import base64
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
import make_pages  # noqa: E402

REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
OUT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else REPO
TXT = os.path.join(OUT, "tests", "fixtures", "pagetext46")
GOLD = os.path.join(OUT, "corpus", "gold", "pagetext-heldout46.jsonl")
PDFDIR = os.path.join(OUT, "out", "pdfs-heldout46")
PDFSET = os.path.join(OUT, "benchmarks", "pdf-sets", "heldout46")
SCR = "/tmp/h46"
PORT = 9246
FONTS = "/usr/share/fonts/opentype/noto"


# ---------------------------------------------------------------- DevTools
class CDP:
    def __init__(self, url):
        self.ws = websocket.create_connection(url, timeout=60, suppress_origin=True)
        self.i = 0

    def send(self, method, params=None):
        self.i += 1
        mid = self.i
        self.ws.send(json.dumps({"id": mid, "method": method, "params": params or {}}))
        while True:
            m = json.loads(self.ws.recv())
            if m.get("id") == mid:
                if "error" in m:
                    raise RuntimeError(f"{method}: {m['error']}")
                return m.get("result", {})

    def eval(self, expr, await_promise=False):
        r = self.send("Runtime.evaluate", {"expression": expr, "returnByValue": True, "awaitPromise": await_promise,
                                           "userGesture": True})
        if "exceptionDetails" in r:
            raise RuntimeError(f"{expr}: {r['exceptionDetails']}")
        return r["result"].get("value")


def start_chromium():
    prof = os.path.join(SCR, "chrome")
    shutil.rmtree(prof, ignore_errors=True)
    proc = subprocess.Popen(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                             f"--remote-debugging-port={PORT}", f"--user-data-dir={prof}", "about:blank"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        try:
            ver = json.load(urllib.request.urlopen(f"http://127.0.0.1:{PORT}/json/version"))
            break
        except Exception:
            time.sleep(0.2)
    browser = CDP(ver["webSocketDebuggerUrl"])
    browser.send("Browser.grantPermissions", {"permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]})
    tabs = json.load(urllib.request.urlopen(f"http://127.0.0.1:{PORT}/json/list"))
    pg = CDP([t for t in tabs if t["type"] == "page"][0]["webSocketDebuggerUrl"])
    pg.send("Page.enable")
    pg.send("Runtime.enable")
    pg.send("Emulation.setFocusEmulationEnabled", {"enabled": True})
    return proc, browser, pg


def load(pg, path, w, h, mobile=False):
    pg.send("Emulation.setDeviceMetricsOverride", {"width": w, "height": h, "deviceScaleFactor": 1, "mobile": mobile})
    pg.send("Page.navigate", {"url": "file://" + path})
    for _ in range(100):
        time.sleep(0.1)
        if pg.eval("document.readyState") == "complete":
            break
    time.sleep(0.4)


def key(pg, ch, code, vk, command):
    base = {"modifiers": 2, "key": ch, "code": code, "windowsVirtualKeyCode": vk, "nativeVirtualKeyCode": vk}
    pg.send("Input.dispatchKeyEvent", dict(base, type="rawKeyDown", commands=[command]))
    pg.send("Input.dispatchKeyEvent", dict(base, type="keyUp"))


def clipboard(pg):
    pg.eval("navigator.clipboard.writeText('')", True)
    key(pg, "c", "KeyC", 67, "copy")
    time.sleep(0.2)
    return pg.eval("navigator.clipboard.readText()", True)


def click_title(pg):
    """a user clicks into the page (on the title) before Ctrl+A"""
    r = pg.eval("(()=>{const r=document.querySelector('h1').getBoundingClientRect();return [r.left,r.top,r.right,r.bottom]})()")
    x, y = (r[0] + r[2]) / 2, (r[1] + r[3]) / 2
    pg.send("Input.dispatchMouseEvent", {"type": "mousePressed", "x": x, "y": y, "button": "left", "clickCount": 1})
    pg.send("Input.dispatchMouseEvent", {"type": "mouseReleased", "x": x, "y": y, "button": "left", "clickCount": 1})
    time.sleep(0.1)


def copy_all(pg):
    click_title(pg)
    key(pg, "a", "KeyA", 65, "selectAll")
    time.sleep(0.1)
    return clipboard(pg)


def drag(pg, selector):
    pg.eval(f"document.querySelector('{selector}').scrollIntoView({{block:'start'}})")
    time.sleep(0.2)
    r = pg.eval(f"(()=>{{const r=document.querySelector('{selector}').getBoundingClientRect();"
                "return [r.left,r.top,r.right,r.bottom]})()")
    x0, y0, x1, y1 = r[0] + 3, r[1] + 3, r[2] - 3, r[3] - 3
    pg.send("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x0, "y": y0})
    pg.send("Input.dispatchMouseEvent", {"type": "mousePressed", "x": x0, "y": y0, "button": "left", "clickCount": 1})
    for k in range(1, 21):
        pg.send("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x0 + (x1 - x0) * k / 20,
                                             "y": y0 + (y1 - y0) * k / 20, "button": "left", "buttons": 1})
    pg.send("Input.dispatchMouseEvent", {"type": "mouseReleased", "x": x1, "y": y1, "button": "left", "clickCount": 1})
    time.sleep(0.1)
    return clipboard(pg)


# page id -> (viewport, how)
BROWSER = {
    "01": ((1440, 900), ("copy",)),
    "03": ((1280, 900), ("eval", "document.body.innerText")),
    "04": ((800, 1000), ("copy",)),
    "05": ((390, 844), ("copy",)),
    "07": ((1366, 768), ("drag", "table.nl")),
    "10": ((1024, 768), ("eval", "document.querySelector('#zoom').innerText")),
    "11": ((1920, 1080), ("copy",)),
    "12": ((1600, 900), ("drag", "table.bk")),
}

TOOLS = {
    "02": ["links", "-dump", "-width", "80", "-codepage", "utf-8", "-html-assume-codepage", "utf-8", "{f}"],
    "06": ["w3m", "-dump", "-cols", "80", "-no-graph", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8", "{f}"],
    "08": "bs4",
    "09": ["pandoc", "-f", "html", "-t", "gfm", "{f}"],
}

IN = 1.0
A4 = (8.27, 11.69)
LETTER = (8.5, 11.0)
# Chromium PDFs: id -> (variant, printToPDF options, screen media?)
CHROME_PDF = {
    "01": ("a4-2pages-thead", dict(paperWidth=A4[0], paperHeight=A4[1]), False),
    "02": ("letter-scale90", dict(paperWidth=LETTER[0], paperHeight=LETTER[1], scale=0.9), False),
    "03": ("a4-landscape-scale80-bg", dict(paperWidth=A4[0], paperHeight=A4[1], landscape=True, scale=0.8,
                                           printBackground=True), False),
    "04": ("a4-customhf", dict(paperWidth=A4[0], paperHeight=A4[1], displayHeaderFooter=True, marginTop=0.7,
                               marginBottom=0.7,
                               headerTemplate='<div style="font-size:8px;width:100%;text-align:center"><span class="title"></span></div>',
                               footerTemplate='<div style="font-size:8px;width:100%;text-align:center">第<span class="pageNumber"></span>页 共<span class="totalPages"></span>页</div>'), False),
    "05": ("letter-landscape-screenmedia", dict(paperWidth=LETTER[0], paperHeight=LETTER[1], landscape=True), True),
    "06": ("a4-2pages-tdhead", dict(paperWidth=A4[0], paperHeight=A4[1]), False),
    "07": ("a4-landscape-scale75-defaulthf", dict(paperWidth=A4[0], paperHeight=A4[1], landscape=True, scale=0.75,
                                                  displayHeaderFooter=True), False),
    "08": ("letter-scale80-bg", dict(paperWidth=LETTER[0], paperHeight=LETTER[1], scale=0.8, printBackground=True), False),
    "09": ("a4-zebra-bg", dict(paperWidth=A4[0], paperHeight=A4[1], printBackground=True), False),
    "10": ("letter-2pages-thead", dict(paperWidth=LETTER[0], paperHeight=LETTER[1]), False),
    "11": ("a4-scale85-bg", dict(paperWidth=A4[0], paperHeight=A4[1], scale=0.85, printBackground=True), False),
    "12": ("a4-landscape-scale95-2pages", dict(paperWidth=A4[0], paperHeight=A4[1], landscape=True, scale=0.95), False),
}
LO_PDF = {  # (id, source suffix, variant)
    "04": [("docx", "libreoffice-docx-selfeval")],
    "07": [("docx", "libreoffice-docx-landscape-2pages-tblheader")],
    "10": [("docx", "libreoffice-docx-twin")],
    "01": [("xlsx", "libreoffice-xlsx-landscape-fitwidth")],
    "08": [("xlsx", "libreoffice-xlsx-fit1x2-printtitles")],
    "12": [("xlsx", "libreoffice-xlsx-portrait-fitwidth")],
    "09": [("html", "libreoffice-html-writerweb")],
}
TYPST_PDF = {"03": "typst-a4", "11": "typst-letter-landscape"}


def main():
    for d in (TXT, os.path.dirname(GOLD), PDFDIR, PDFSET, SCR):
        os.makedirs(d, exist_ok=True)
    gold, expected = make_pages.main(HERE)
    byid = {p["id"]: p for p in make_pages.DATA}
    src = {p["id"]: os.path.join(HERE, f"{p['id']}_{p['slug']}.html") for p in make_pages.DATA}

    # ---- page text: text tools
    for pid, cmd in TOOLS.items():
        fname = make_pages.TEXT_FILES[pid][0]
        if cmd == "bs4":
            from bs4 import BeautifulSoup
            with open(src[pid], encoding="utf-8") as f:
                text = BeautifulSoup(f.read(), "html.parser").get_text(" | ", strip=True)
        else:
            text = subprocess.run([c.replace("{f}", os.path.basename(src[pid])) for c in cmd], cwd=HERE,
                                  capture_output=True, check=True).stdout.decode("utf-8")
        with open(os.path.join(TXT, fname), "w", encoding="utf-8") as f:
            f.write(text)

    # ---- Chromium: page text, then PDFs
    proc, browser, pg = start_chromium()
    try:
        for pid, ((w, h), how) in BROWSER.items():
            load(pg, src[pid], w, h, mobile=w < 500)
            if how[0] == "copy":
                text = copy_all(pg)
            elif how[0] == "eval":
                text = pg.eval(how[1])
            else:
                text = drag(pg, how[1])
            pg.eval("window.getSelection().removeAllRanges()")
            with open(os.path.join(TXT, make_pages.TEXT_FILES[pid][0]), "w", encoding="utf-8") as f:
                f.write(text)
        for pid, (variant, opts, screen) in CHROME_PDF.items():
            load(pg, src[pid], 1280, 900)
            pg.send("Emulation.setEmulatedMedia", {"media": "screen" if screen else ""})
            r = pg.send("Page.printToPDF", dict(opts, transferMode="ReturnAsBase64"))
            pg.send("Emulation.setEmulatedMedia", {"media": ""})
            with open(os.path.join(PDFDIR, f"{pid}-chromium-{variant}.pdf"), "wb") as f:
                f.write(base64.b64decode(r["data"]))
    finally:
        try:
            browser.send("Browser.close")
        except Exception:
            pass
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()

    # ---- LibreOffice
    lo = os.path.join(SCR, "lo")
    shutil.rmtree(lo, ignore_errors=True)
    os.makedirs(lo)
    for pid, items in LO_PDF.items():
        for ext, variant in items:
            base = f"{pid}_{byid[pid]['slug']}"
            shutil.copy(os.path.join(HERE, f"{base}.{ext}"), os.path.join(lo, f"{base}.{ext}"))
            subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/h46/lo-profile", "--headless",
                            "--convert-to", "pdf", "--outdir", lo, os.path.join(lo, f"{base}.{ext}")],
                           check=True, capture_output=True)
            shutil.move(os.path.join(lo, f"{base}.pdf"), os.path.join(PDFDIR, f"{pid}-{variant}.pdf"))

    # ---- Typst
    import typst
    for pid, variant in TYPST_PDF.items():
        typst.compile(os.path.join(HERE, f"{pid}_{byid[pid]['slug']}.typ"),
                      output=os.path.join(PDFDIR, f"{pid}-{variant}.pdf"), font_paths=[FONTS])

    # ---- gold and expected rows (from DATA)
    with open(GOLD, "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    for old in os.listdir(PDFSET):
        if old.endswith(".expected.jsonl"):
            os.remove(os.path.join(PDFSET, old))
    n_pdf = n_rows = 0
    for fn in sorted(os.listdir(PDFDIR)):
        if not fn.endswith(".pdf"):
            continue
        pid = fn[:2]
        body = "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in expected[pid])
        for d in (PDFDIR, PDFSET):
            with open(os.path.join(d, fn[:-4] + ".expected.jsonl"), "w", encoding="utf-8") as f:
                f.write(body)
        n_pdf += 1
        n_rows += len(expected[pid])
    print(f"gold rows: {len(gold)}; PDFs: {n_pdf}; expected rows: {n_rows}")

    # ---- PDF checks: clipping, where the rows go, first-page renders
    import fitz
    png = os.path.join(SCR, "png")
    shutil.rmtree(png, ignore_errors=True)
    os.makedirs(png)
    for fn in sorted(os.listdir(PDFDIR)):
        if not fn.endswith(".pdf"):
            continue
        doc = fitz.open(os.path.join(PDFDIR, fn))
        clipped = 0
        pages_text = []
        for page in doc:
            box = page.rect
            for b in page.get_text("dict")["blocks"]:
                for line in b.get("lines", []):
                    for sp in line["spans"]:
                        x0, y0, x1, y1 = sp["bbox"]
                        if sp["text"].strip() and (x0 < box.x0 - 0.5 or y0 < box.y0 - 0.5 or x1 > box.x1 + 0.5 or y1 > box.y1 + 0.5):
                            clipped += 1
            pages_text.append(unicodedata.normalize("NFKC", "".join(page.get_text().split())))
        where, cur = [], 0
        for e in expected[fn[:2]]:
            key_ = unicodedata.normalize("NFKC", "".join(e["name"].split()))
            hit = 0
            for k in (len(key_), 8, 5):
                hits = [i + 1 for i, t in enumerate(pages_text) if i >= cur and key_[:k] in t]
                if hits:
                    hit = hits[0]
                    cur = hit - 1
                    break
            where.append(hit)
        dist = {}
        for k, wpg in enumerate(where, 1):
            dist.setdefault(wpg, []).append(k)
        spans_ = "; ".join(f"p{k}: rows {v[0]}-{v[-1]}" if k else f"not found: {v}" for k, v in sorted(dist.items()))
        print(f"{fn}: {len(doc)} pages, {page.rect.width:.0f}x{page.rect.height:.0f} pt, clipped spans {clipped}; {spans_}")
        subprocess.run(["pdftoppm", "-r", "28", "-png", "-f", "1", "-l", "1", os.path.join(PDFDIR, fn),
                        os.path.join(png, fn[:-4])], check=True)


if __name__ == "__main__":
    main()
