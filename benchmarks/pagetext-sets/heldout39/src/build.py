#!/usr/bin/env python3
"""Set 39: turn the 16 pages into page text with real tools, written exactly as each tool gave it (UTF-8).

Usage: python build.py [OUTDIR]      (default: tests/fixtures/pagetext39 of this repo)
Runs make_pages.py first (pages here, gold to corpus/gold/pagetext-heldout39.jsonl).

Python packages (venv /tmp/h39/venv, Python 3.11.7): beautifulsoup4 4.15.0, lxml 6.1.3, html2text 2025.4.15,
markdownify 1.2.3, trafilatura 2.3.1, inscriptis 2.7.6, websocket-client 1.9.2, openpyxl 3.1.5, xlsx2csv 0.8.6.
Debian 12 packages: chromium 156.0.8078.129, lynx 2.9.0dev.12, w3m 0.5.3+git20230121, pandoc 2.17.1.1,
LibreOffice 7.4.7.2. node 20.20.2 with turndown 7.2.5 (NODE_PATH, default /tmp/h38/node/node_modules).
Chromium profiles and LibreOffice output go under /tmp/h39/build.
"""
import json, os, shutil, subprocess, sys, tempfile, time, urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, "tests", "fixtures", "pagetext39")
TMP = "/tmp/h39/build"
NODE_PATH = os.environ.get("NODE_PATH", "/tmp/h38/node/node_modules")
PY = sys.executable

def src(name):
    return os.path.join(HERE, name)

def read(name):
    with open(src(name), encoding="utf-8") as fh:
        return fh.read()

def write(fname, text):
    with open(os.path.join(OUT, fname), "w", encoding="utf-8", newline="") as fh:
        fh.write(text)

def minify(html):
    import re
    return re.sub(r">\s+<", "><", html)

# ---------------------------------------------------------------- Chromium over DevTools
def chromium(url, width, height, js, mobile=False, port=9251):
    import websocket
    prof = tempfile.mkdtemp(prefix="chr", dir=TMP)
    p = subprocess.Popen(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                          f"--remote-debugging-port={port}", f"--user-data-dir={prof}", "--remote-allow-origins=*",
                          f"--window-size={width},{height}", "about:blank"],
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(200):
            try:
                tabs = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json"))
                break
            except Exception:
                time.sleep(0.1)
        tab = [t for t in tabs if t["type"] == "page"][0]
        ws = websocket.create_connection(tab["webSocketDebuggerUrl"])
        n = [0]
        def call(method, **params):
            n[0] += 1
            ws.send(json.dumps({"id": n[0], "method": method, "params": params}))
            while True:
                r = json.loads(ws.recv())
                if r.get("id") == n[0]:
                    return r
        call("Page.enable")
        call("Browser.grantPermissions", permissions=["clipboardReadWrite", "clipboardSanitizedWrite"])
        if mobile:
            call("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=3, mobile=True)
            call("Emulation.setUserAgentOverride", userAgent="Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36")
        else:
            call("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=False)
        call("Page.navigate", url=url)
        for _ in range(100):
            r = call("Runtime.evaluate", expression="document.readyState", returnByValue=True)
            if r["result"]["result"].get("value") == "complete":
                break
            time.sleep(0.1)
        time.sleep(0.5)
        call("Page.bringToFront")
        r = call("Runtime.evaluate", expression=js, awaitPromise=True, returnByValue=True, userGesture=True)
        ws.close()
        return r["result"]["result"]["value"]
    finally:
        p.terminate()
        p.wait()
        shutil.rmtree(prof, ignore_errors=True)

COPY_ALL = """(async () => { document.body.focus(); document.execCommand('selectAll');
  document.execCommand('copy'); return await navigator.clipboard.readText(); })()"""
# a mouse drag from the first header cell to the last body cell: a Range over just the table
COPY_TABLE = """(async () => { const first = document.querySelector('.vxe-table--header th .vxe-cell--title');
  const cells = document.querySelectorAll('.vxe-table--body td .vxe-cell--label');
  const last = cells[cells.length - 1];
  const r = document.createRange(); r.setStart(first.firstChild, 0); r.setEnd(last.firstChild, last.firstChild.length);
  const s = window.getSelection(); s.removeAllRanges(); s.addRange(r);
  document.execCommand('copy'); return await navigator.clipboard.readText(); })()"""
INNER = "document.body.innerText"

def url(name):
    return "file://" + src(name)

# ---------------------------------------------------------------- the 16 files
def build():
    from bs4 import BeautifulSoup
    import html2text, markdownify, trafilatura, inscriptis
    sys.path.insert(0, HERE)
    import make_pages
    F = {k: v[0] for k, v in make_pages.FILES.items()}

    write(F["01"], chromium(url("01_ganghang.html"), 1366, 768, COPY_ALL))
    write(F["02"], chromium(url("02_kouan.html"), 1920, 1080, COPY_ALL))
    write(F["03"], chromium(url("03_xiaofang.html"), 390, 844, INNER, mobile=True))
    write(F["04"], chromium(url("04_gongjijin.html"), 1366, 768, COPY_TABLE))

    write(F["05"], BeautifulSoup(read("05_jiaoyi.html"), "html.parser").get_text("\t"))
    write(F["06"], BeautifulSoup(minify(read("06_xumu.html")), "lxml").get_text("|"))

    h = html2text.HTML2Text()
    h.single_line_break = True
    write(F["07"], h.handle(read("07_yuye.html")))

    write(F["08"], markdownify.markdownify(read("08_wangxin.html"), strip=["a"]))

    write(F["09"], trafilatura.extract(read("09_guozi.html"), output_format="xml", include_tables=True))

    write(F["10"], inscriptis.get_text(read("10_gongzheng.html")))

    lynx = subprocess.run(["lynx", "-dump", "-nolist", "-width=80", "-assume_charset=UTF-8", "-display_charset=UTF-8",
                           src("11_laoling.html")], capture_output=True, check=True)
    write(F["11"], lynx.stdout.decode("utf-8"))

    w3m = subprocess.run(["w3m", "-dump", "-cols", "80", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8",
                          src("12_zhaoshang.html")], capture_output=True, check=True)
    write(F["12"], w3m.stdout.decode("utf-8"))

    pan = subprocess.run(["pandoc", "-f", "html", "-t", "plain", "--columns=72", src("13_rencai.html")],
                         capture_output=True, check=True)
    write(F["13"], pan.stdout.decode("utf-8"))

    so = os.path.join(TMP, "soffice")
    os.makedirs(so, exist_ok=True)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{TMP}/lo_profile",
                    "--convert-to", "txt:Text", "--outdir", so, src("14_pingshen.html")],
                   capture_output=True, check=True)
    with open(os.path.join(so, "14_pingshen.txt"), "rb") as fh:
        write(F["14"], fh.read().decode("utf-8"))   # the BOM LibreOffice writes is kept (U+FEFF)

    js = ("const T=require('turndown');const s=new T();s.remove(['script','style','noscript']);"
          "process.stdout.write(s.turndown(require('fs').readFileSync(process.argv[1],'utf8')));")
    tdn = subprocess.run(["node", "-e", js, src("15_shuju.html")], capture_output=True, check=True,
                         env=dict(os.environ, NODE_PATH=NODE_PATH))
    write(F["15"], tdn.stdout.decode("utf-8"))

    xl = subprocess.run([os.path.join(os.path.dirname(PY), "xlsx2csv"), src("16_nonggai.xlsx")],
                        capture_output=True, check=True)
    write(F["16"], xl.stdout.decode("utf-8"))

def main():
    os.makedirs(OUT, exist_ok=True)
    os.makedirs(TMP, exist_ok=True)
    subprocess.run([PY, src("make_pages.py")], check=True)
    build()
    print("wrote", len(os.listdir(OUT)), "files to", OUT)

if __name__ == "__main__":
    main()
