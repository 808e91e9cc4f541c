#!/usr/bin/env python3
"""Rebuild held-out set 36: the pages (make_pages.py), the web-font subsets (mkfont.py, if missing),
then per page (a) the text a person copies out of Chromium and (b) the PDF Chromium prints.

(a) select-all (execCommand('selectAll'); getSelection().toString(), what Ctrl+A Ctrl+C gives) or
document.body.innerText, each page in a fresh headless Chromium started with its own --window-size,
over the DevTools protocol (set 35's build.py, adapted); written as UTF-8 exactly as given.
(b) either the command line `chromium --headless --no-sandbox --print-to-pdf=... [--no-pdf-header-footer]`
(pages say @page{size:A4}) or Page.printToPDF over the protocol (A4 8.27x11.69 in, with the options
in PRINT: landscape, scale, printBackground, displayHeaderFooter). PDFs go to out/pdfs-heldout36/
with <stem>.expected.jsonl beside them and a copy of the expected files in benchmarks/pdf-sets/heldout36/.

Run with the venv that has websocket-client (/tmp/pt35/venv/bin/python build.py); fonts are made with
/tmp/pdf9/venv/bin/python (fontTools) into /tmp/pdf36/.
"""
import base64, json, os, shutil, subprocess, sys, tempfile, time, urllib.request
from pathlib import Path
import websocket

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]
TXT = ROOT / "tests" / "fixtures" / "pagetext36"
PDFOUT = ROOT / "out" / "pdfs-heldout36"
PDFSET = ROOT / "benchmarks" / "pdf-sets" / "heldout36"
FONTDIR = Path("/tmp/pdf36")
FONT_PY = "/tmp/pdf9/venv/bin/python"
FONTS = {"NotoSansSC-C36.ttf": "sans", "NotoSerifSC-C36.ttf": "serif",
         "NotoSansSC-C36-Bold.ttf": "sans-bold", "NotoSerifSC-C36-Bold.ttf": "serif-bold"}
PORT = int(os.environ.get("PT36_PORT", "9336"))
STD, FHD = (1366, 900), (1920, 1080)

# page -> text file, way, window; pdf stem, how printed
FILES = [
    ("01_zhibao.html", "01_selectall_zhibao.txt", "selectall", STD, "01-chromium-trs", ("cli", {"hf": True})),
    ("02_gonglu.html", "02_selectall_gonglu.txt", "selectall", STD, "02-chromium-word", ("cli", {"hf": False})),
    ("03_wenwu.html", "03_innertext_wenwu.txt", "innertext", STD, "03-chromium-oldsite", ("cli", {"hf": True})),
    ("04_gaizao.html", "04_selectall_wide_gaizao.txt", "selectall", FHD, "04-chromium-bootstrap", ("cdp", {"printBackground": True})),
    ("05_falv.html", "05_selectall_falv.txt", "selectall", STD, "05-chromium-self", ("cdp", {})),
    ("06_shuitu.html", "06_selectall_shuitu.txt", "selectall", STD, "06-chromium-ueditor", ("cli", {"hf": True})),
    ("07_dangan.html", "07_innertext_wide_dangan.txt", "innertext", FHD, "07-chromium-dept", ("cli", {"hf": False})),
    ("08_weijian.html", "08_selectall_long_weijian.txt", "selectall", STD, "08-chromium-long", ("cli", {"hf": True})),
    ("09_nongji.html", "09_selectall_nongji.txt", "selectall", STD, "09-chromium-units", ("cdp", {"scale": 0.8})),
    ("10_feiyi.html", "10_innertext_narrow_feiyi.txt", "innertext", STD, "10-chromium-narrow", ("cli", {"hf": True})),
    ("11_tiaojie.html", "11_selectall_tiaojie.txt", "selectall", STD, "11-chromium-two", ("cli", {"hf": False})),
    ("12_yingyang.html", "12_selectall_wide_yingyang.txt", "selectall", FHD, "12-chromium-striped", ("cdp", {"printBackground": True})),
    ("13_fenwu.html", "13_selectall_fenwu.txt", "selectall", STD, "13-chromium-2021", ("cli", {"hf": True})),
    ("14_jiuye.html", "14_innertext_jiuye.txt", "innertext", STD, "14-chromium-word2", ("cli", {"hf": False})),
    ("15_baojie.html", "15_selectall_baojie.txt", "selectall", STD, "15-chromium-bgcolor", ("cli", {"hf": True})),
    ("16_gongjiao.html", "16_selectall_gongjiao.txt", "selectall", STD, "16-chromium-landscape", ("cdp", {"landscape": True, "displayHeaderFooter": True})),
]


class Chrome:
    def __init__(self, size):
        self.prof = tempfile.mkdtemp(prefix="pt36prof")
        self.p = subprocess.Popen(["chromium", "--headless", "--no-sandbox", f"--remote-debugging-port={PORT}",
                                   f"--window-size={size[0]},{size[1]}", f"--user-data-dir={self.prof}",
                                   "--no-first-run", "--hide-scrollbars", "--lang=zh-CN", "about:blank"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        pages = []
        for _ in range(200):
            try:
                pages = [t for t in json.load(urllib.request.urlopen(f"http://127.0.0.1:{PORT}/json")) if t["type"] == "page"]
                if pages: break
            except Exception:
                pass
            time.sleep(0.1)
        self.ws = websocket.create_connection(pages[0]["webSocketDebuggerUrl"], timeout=120, suppress_origin=True)
        self.i = 0

    def call(self, method, **params):
        self.i += 1
        self.ws.send(json.dumps({"id": self.i, "method": method, "params": params}))
        while True:
            m = json.loads(self.ws.recv())
            if m.get("id") == self.i:
                if "error" in m: raise RuntimeError(m["error"])
                return m["result"]

    def js(self, expr, await_promise=False):
        r = self.call("Runtime.evaluate", expression=expr, returnByValue=True, awaitPromise=await_promise, userGesture=True)
        if "exceptionDetails" in r: raise RuntimeError(r["exceptionDetails"])
        return r["result"].get("value")

    def open(self, url):
        self.call("Page.enable")
        self.call("Page.navigate", url=url)
        for _ in range(400):
            if self.js("document.readyState") == "complete": break
            time.sleep(0.05)
        self.js("document.fonts.ready.then(()=>1)", True)
        time.sleep(0.3)

    def close(self):
        self.ws.close(); self.p.terminate(); self.p.wait()
        shutil.rmtree(self.prof, ignore_errors=True)


WAYS = {"innertext": "document.body.innerText",
        "selectall": "document.execCommand('selectAll'); window.getSelection().toString()"}


def fonts():
    FONTDIR.mkdir(exist_ok=True)
    for name, style in FONTS.items():
        if not (FONTDIR / name).exists():
            subprocess.run([FONT_PY, str(HERE / "mkfont.py"), str(FONTDIR / name), style], check=True)


def cli_pdf(src, pdf, hf):
    prof = tempfile.mkdtemp(prefix="pt36cli")
    try:
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={prof}"]
                       + ([] if hf else ["--no-pdf-header-footer"]) + [f"--print-to-pdf={pdf}", src.as_uri()],
                       check=True, capture_output=True)
    finally:
        shutil.rmtree(prof, ignore_errors=True)


def main():
    only = sys.argv[1] if len(sys.argv) > 1 else None
    subprocess.run([sys.executable, str(HERE / "make_pages.py")], check=True)
    fonts()
    expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    for d in (TXT, PDFOUT, PDFSET): d.mkdir(parents=True, exist_ok=True)
    for src, txt, way, size, stem, (how, opts) in FILES:
        if only and not src.startswith(only): continue
        c = Chrome(size)
        try:
            c.open((HERE / src).as_uri())
            text = c.js(WAYS[way])
            if how == "cdp":
                data = c.call("Page.printToPDF", paperWidth=8.27, paperHeight=11.69, **opts)["data"]
                (PDFOUT / f"{stem}.pdf").write_bytes(base64.b64decode(data))
        finally:
            c.close()
        (TXT / txt).write_text(text, encoding="utf-8", newline="")
        if how == "cli":
            cli_pdf(HERE / src, PDFOUT / f"{stem}.pdf", opts["hf"])
        rows = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in expected[stem])
        for d in (PDFOUT, PDFSET):
            (d / f"{stem}.expected.jsonl").write_text(rows, encoding="utf-8")
        print(f"{txt}: {way} {size[0]}x{size[1]}, {len(text)} chars; {stem}.pdf {how} {opts}, "
              f"{(PDFOUT / f'{stem}.pdf').stat().st_size // 1024} KB, {len(expected[stem])} rows", flush=True)


if __name__ == "__main__":
    main()
