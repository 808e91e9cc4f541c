# Build held-out set 7: write each page's html, print it with headless Chromium, write expected rows.
import os, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import page, dump
from pages import PAGES

OUT = "/work/main/out/pdfs-heldout7"
HTML = "/tmp/pdf7/html"
os.makedirs(OUT, exist_ok=True)
os.makedirs(HTML, exist_ok=True)
only = sys.argv[1:]
for p in PAGES:
    sid = p["sid"]
    if only and sid not in only:
        continue
    doc = page(p["site"], p["title"], p["meta"], p["body"], p["footer"], **p["kw"])
    hp = f"{HTML}/{sid}.html"
    with open(hp, "w", encoding="utf-8") as f:
        f.write(doc)
    pdf = f"{OUT}/{sid}-chromium-page.pdf"
    cmd = ["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu"]
    if not p["hf"]:
        cmd.append("--no-pdf-header-footer")
    cmd += [f"--print-to-pdf={pdf}", hp]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    rows = dump(sid, p["tables"], OUT)
    print(sid, "hf" if p["hf"] else "--", len(rows))
