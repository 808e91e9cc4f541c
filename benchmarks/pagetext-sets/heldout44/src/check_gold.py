"""Check held-out set 44 without importing make_pages.py:
1. gold vs the html tables, re-read with lxml alone (rowspan/colspan grid);
2. PDF expected files vs the gold (same rows, names, values, codes);
3. gold names/values in the page text and in each PDF's text layer (pdftotext; whitespace removed, NFKC).
    python check_gold.py [GOLD] [TEXTDIR] [PDFDIR]
"""
import glob, json, os, re, subprocess, sys, unicodedata
from lxml import html as LH

SRC = os.path.dirname(os.path.abspath(__file__))
GOLD = sys.argv[1] if len(sys.argv) > 1 else "/work/main/corpus/gold/pagetext-heldout44.jsonl"
TXT = sys.argv[2] if len(sys.argv) > 2 else "/work/main/tests/fixtures/pagetext44"
PDF = sys.argv[3] if len(sys.argv) > 3 else "/work/main/out/pdfs-heldout44"
L1 = {"产出指标": "1", "效益指标": "2", "满意度指标": "3", "成本指标": "1"}
L2 = {"数量指标": "11", "质量指标": "12", "时效指标": "13", "成本指标": "14", "经济成本指标": "14", "经济效益指标": "21",
      "社会效益指标": "22", "生态效益指标": "23", "可持续影响指标": "24", "服务对象满意度指标": "31"}


def grid(tr_list):
    g, pend = [], {}
    for tr in tr_list:
        row, c = [], 0
        cells = [x for x in tr if x.tag in ("td", "th")]
        k = 0
        while k < len(cells) or c in pend:
            if c in pend:
                txt, left = pend[c]; row.append(txt)
                if left > 1: pend[c] = (txt, left - 1)
                else: del pend[c]
                c += 1; continue
            cell = cells[k]; k += 1
            txt = re.sub(r"\s+", "", cell.text_content())
            rs, cs = int(cell.get("rowspan", 1)), int(cell.get("colspan", 1))
            for j in range(cs):
                row.append(txt)
                if rs > 1: pend[c] = (txt, rs - 1)
                c += 1
        g.append(row)
    return g


def html_rows(path):
    """indicator rows of every table (own rows only, nested layout tables apart); a body table with no
    header row (Element / vxe split tables) takes the header of the header-only table before it."""
    doc = LH.fromstring(open(path, encoding="utf-8").read())
    out, last_hdr = [], None
    for t in doc.iter("table"):
        g = grid(t.xpath("./tr|./tbody/tr|./thead/tr"))
        hi = next((i for i, r in enumerate(g) if "三级指标" in r), None)
        if hi is None:
            if last_hdr:
                out += [(last_hdr, r) for r in g]
            last_hdr = None
            continue
        while hi + 1 < len(g) and g[hi + 1][:1] == g[hi][:1]:   # two-row header (rowspan carried)
            hi += 1
        hdr = g[hi]
        body = [r for r in g[hi + 1:] if len(r) >= 3 and r[0] not in ("总分", "自评结论")]
        out += [(hdr, r) for r in body]
        last_hdr = hdr if not body else None
    return out


def row_of(hdr, r):
    off = 1 if hdr[0] == "序号" else 0
    l1, l2, name = r[off], r[off + 1], r[off + 2]
    if "计算符号" in hdr:
        i = hdr.index("计算符号"); op = r[i]
        val = ("" if op == "定性" else op) + r[i + 1] + r[i + 2]
    elif "度量单位" in hdr:
        i = hdr.index("指标值"); val = r[i] + r[i + 1]
    elif "年度指标值" in hdr:
        val = r[hdr.index("年度指标值")]
    else:
        val = r[hdr.index("指标值")] if "指标值" in hdr else r[off + 3]
    return dict(name=name, annual_value=val, level1_code=L1[l1], level2_code=L2[l2])


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


gold = [json.loads(l) for l in open(GOLD, encoding="utf-8")]
print("== 1. gold vs the html tables (lxml only)")
hrows = []
for f in sorted(glob.glob(os.path.join(SRC, "[0-9][0-9]_*.html"))):
    for hdr, r in html_rows(f):
        d = row_of(hdr, r); d["id"] = os.path.basename(f)[:2]; hrows.append(d)
print(f"rows: {len(gold)} gold, {len(hrows)} html")
mm = 0
for g, h in zip(gold, hrows):
    for k in ("name", "annual_value", "level1_code", "level2_code"):
        if norm(g[k]) != norm(h[k]) or g["file"][:2] != h["id"]:
            mm += 1; print("  mismatch", g["file"], g["n"], k, g[k], h[k])
print("mismatches:", mm + abs(len(gold) - len(hrows)))

print("== 2. PDF expected files vs the gold")
byid = {}
for g in gold: byid.setdefault(g["file"][:2], []).append(g)
files = sorted(glob.glob(os.path.join(PDF, "*.expected.jsonl")))
n = mm = 0
for f in files:
    ex = [json.loads(l) for l in open(f, encoding="utf-8")]
    sid = os.path.basename(f)[:2]; n += len(ex)
    gs = byid[sid]
    if len(ex) != len(gs): mm += 1; print("  count", f)
    for e, g in zip(ex, gs):
        if (e["name"], e["value"], e["level1_code"], e["level2_code"]) != (g["name"], g["annual_value"], g["level1_code"], g["level2_code"]) or e["source_id"] != sid:
            mm += 1; print("  mismatch", f, e["name"])
print(f"files: {len(files)}; rows: {n}; mismatches: {mm}")

print("== 3. gold names/values in the page text and in the PDFs' text layers (whitespace removed, NFKC)")
bad = 0
for fn in sorted({g["file"] for g in gold}):
    t = norm(open(os.path.join(TXT, fn), encoding="utf-8").read())
    miss = [x for g in gold if g["file"] == fn for x in (g["name"], g["annual_value"]) if norm(x) not in t]
    if miss: bad += 1; print(f"  {fn}: {len(miss)} not contiguous: {', '.join(miss)}")
print(f"text files with a non-contiguous name/value: {bad} of 16")
bad = 0
for f in files:
    pdf = f.replace(".expected.jsonl", ".pdf")
    if not os.path.exists(pdf): continue
    t = norm(subprocess.run(["pdftotext", pdf, "-"], capture_output=True).stdout.decode("utf-8", "replace"))
    ex = [json.loads(l) for l in open(f, encoding="utf-8")]
    miss = [x for e in ex for x in (e["name"], e["value"]) if norm(x) not in t]
    if miss: bad += 1; print(f"  {os.path.basename(pdf)}: {len(miss)} not contiguous: {', '.join(miss[:8])}{' …' if len(miss) > 8 else ''}")
print(f"PDFs with a non-contiguous name/value in pdftotext: {bad} of {len(files)}")
