"""Check held-out set 49 without importing make_pages.py: re-read every html table with lxml alone and compare
with the gold file and the PDF expected files; check counts, keys, copies; report (not fail on) names/values
that are not contiguous in the page text and in the PDFs' pdftotext layer.

  /tmp/h44/venv/bin/python check_gold.py [GOLD] [TEXTDIR] [PDFDIR]
"""
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata

from lxml import html as LH

SRC = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(SRC, "../../../.."))
GOLD = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "corpus/gold/pagetext-heldout49.jsonl")
TXT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "tests/fixtures/pagetext49")
PDF = sys.argv[3] if len(sys.argv) > 3 else os.path.join(ROOT, "out/pdfs-heldout49")
PDFSET = os.path.join(ROOT, "benchmarks/pdf-sets/heldout49")

GOLD_KEYS = ["file", "n", "name", "annual_value", "period_value", "level1_code", "level2_code", "url", "quirks"]
EXP_KEYS = ["source_id", "department", "project", "name", "value", "level1_code", "level2_code"]
ROLE = {"序号": "seq", "一级指标": "l1", "二级指标": "l2", "三级指标": "name", "指标值": "val", "年度目标值": "val",
        "年度目标": "val", "长期目标": "per", "计算符号": "op", "计量单位": "unit"}


def l1code(t):
    return "3" if "满意度" in t else "2" if "效益" in t else "1" if ("产出" in t or "成本" in t) else None


def l2code(t):
    for k, c in [("满意度", "31"), ("数量", "11"), ("质量", "12"), ("时效", "13"), ("成本", "14"), ("经济效益", "21"),
                 ("社会效益", "22"), ("生态效益", "23"), ("可持续", "24")]:
        if k in t:
            return c
    return None


def expand(trs):
    """rows of <tr> -> grid of texts, rowspan/colspan filled with the same text; plus a flag 'origin' per cell"""
    g = {}
    for i, tr in enumerate(trs):
        j = 0
        for td in tr.xpath("./th|./td"):
            while (i, j) in g:
                j += 1
            rs, cs = int(td.get("rowspan", 1)), int(td.get("colspan", 1))
            t = td.text_content().strip()
            for a in range(i, i + rs):
                for b in range(j, j + cs):
                    g[(a, b)] = (t, a == i and b == j)
            j += cs
    n = max((k[1] for k in g), default=-1) + 1
    return [[g.get((i, j), ("", False)) for j in range(n)] for i in range(len(trs))]


def html_rows(path):
    doc = LH.parse(path)
    t = doc.xpath("//table[contains(@class,'kpi')]")
    assert len(t) == 1, path
    t = t[0]
    head = expand(t.xpath("./thead/tr"))
    labels = [head[-1][j][0] for j in range(len(head[-1]))]
    roles = [ROLE.get(x) for x in labels]
    if "op" in roles:
        roles = ["num" if r == "val" else r for r in roles]
    body = expand(t.xpath("./tbody/tr"))
    out = []
    for row in body:
        c = {r: row[j][0] for j, r in enumerate(roles) if r}
        orig = {r: row[j][1] for j, r in enumerate(roles) if r}
        if "op" in c:
            val = ("" if c["op"] == "定性" else c["op"]) + c["num"] + c.get("unit", "")
        else:
            val = c["val"]
        out.append(dict(name=c["name"], annual_value=val, period_value=c.get("per"), level1_code=l1code(c["l1"]),
                        level2_code=l2code(c["l2"]), l1_cont=not orig["l1"], l2_cont=not orig["l2"]))
    dept = doc.xpath("//div[@class='meta']/span[2]")[0].text_content().split("：", 1)[1]
    proj = [p.text_content() for p in doc.xpath("//p[@class='facts']") if p.text_content().startswith("项目名称：")][0]
    return out, dept, proj.split("：", 1)[1]


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def main():
    bad = 0
    pages = {os.path.basename(f)[:2]: f for f in sorted(glob.glob(os.path.join(SRC, "[0-9][0-9]_*.html")))}
    H = {k: html_rows(v) for k, v in pages.items()}
    print("== 1. gold vs the html tables (lxml only)")
    gold = [json.loads(l) for l in open(GOLD, encoding="utf-8")]
    for g in gold:
        if list(g) != GOLD_KEYS:
            print("  keys differ:", g["file"], g["n"], list(g))
            bad += 1
    files = sorted({g["file"] for g in gold})
    assert len(files) == 12 and [f[:2] for f in files] == sorted(pages), files
    mism = 0
    for f in files:
        rows = [g for g in gold if g["file"] == f]
        hr = H[f[:2]][0]
        if len(rows) != len(hr) or [g["n"] for g in rows] != list(range(1, len(hr) + 1)):
            print("  count/n differs:", f, len(rows), len(hr))
            mism += 1
            continue
        for g, h in zip(rows, hr):
            for k in ("name", "annual_value", "period_value", "level1_code", "level2_code"):
                if g[k] != h[k]:
                    print("  ", f, g["n"], k, repr(g[k]), "!=", repr(h[k]))
                    mism += 1
            if g["url"] is not None:
                mism += 1
            if h["l1_cont"] != ("l1_merged_continuation" in g["quirks"]) or \
                    h["l2_cont"] != ("l2_merged_continuation" in g["quirks"]):
                print("  merged quirk differs:", f, g["n"])
                mism += 1
    per = {f: sum(1 for g in gold if g["file"] == f) for f in files}
    print(f"rows: {len(gold)} gold, {sum(len(v[0]) for v in H.values())} html; per page:",
          ", ".join(f"{f[:2]} {n}" for f, n in per.items()))
    print("mismatches:", mism)
    bad += mism

    print("== 2. PDF expected files vs the html; PDFs beside them; copies in benchmarks/pdf-sets/heldout49")
    exps = sorted(glob.glob(os.path.join(PDF, "*.expected.jsonl")))
    mism = nrows = 0
    for e in exps:
        stem = os.path.basename(e)[:-len(".expected.jsonl")]
        if not os.path.exists(os.path.join(PDF, stem + ".pdf")):
            print("  no pdf for", stem)
            mism += 1
        cp = os.path.join(PDFSET, os.path.basename(e))
        if not os.path.exists(cp) or open(cp, "rb").read() != open(e, "rb").read():
            print("  copy differs/missing:", cp)
            mism += 1
        rows = [json.loads(l) for l in open(e, encoding="utf-8")]
        nrows += len(rows)
        hr, dept, proj = H[stem[:2]]
        if len(rows) != len(hr):
            print("  count differs", stem)
            mism += 1
            continue
        for r, h in zip(rows, hr):
            if list(r) != EXP_KEYS or r["source_id"] != stem[:2] or r["department"] != dept or r["project"] != proj \
                    or r["name"] != h["name"] or r["value"] != h["annual_value"] \
                    or r["level1_code"] != h["level1_code"] or r["level2_code"] != h["level2_code"]:
                print("  ", stem, r)
                mism += 1
    pdfs = sorted(glob.glob(os.path.join(PDF, "*.pdf")))
    if len(pdfs) != len(exps):
        print("  pdfs without expected file:", len(pdfs), len(exps))
        mism += 1
    extra = set(os.listdir(PDFSET)) - {os.path.basename(e) for e in exps} - {"README.md"}
    if extra:
        print("  unexpected files in pdf-sets/heldout49:", extra)
        mism += 1
    print(f"files: {len(exps)}; rows: {nrows}; mismatches: {mism}")
    bad += mism

    print("== 3. gold names/values in the page text and in the PDFs' text layers (whitespace removed, NFKC)")
    nt = 0
    for f in files:
        p = os.path.join(TXT, f)
        raw = open(p, "rb").read()
        txt = squash(raw.decode("utf-8"))
        miss = [x for g in gold if g["file"] == f for x in (g["name"], g["annual_value"]) if squash(x) not in txt]
        if miss:
            nt += 1
            print(f"  {f}: {len(miss)} not contiguous: {miss[:4]}")
    print(f"text files with a non-contiguous name/value: {nt} of {len(files)}")
    npdf = 0
    for e in exps:
        stem = os.path.basename(e)[:-len(".expected.jsonl")]
        r = subprocess.run(["pdftotext", "-layout", os.path.join(PDF, stem + ".pdf"), "-"], capture_output=True)
        if r.returncode != 0:
            print("  pdftotext failed:", stem)
            bad += 1
            continue
        txt = squash(r.stdout.decode("utf-8", "replace"))
        rows = [json.loads(l) for l in open(e, encoding="utf-8")]
        miss = [x for row in rows for x in (row["name"], row["value"]) if squash(x) not in txt]
        if miss:
            npdf += 1
            print(f"  {stem}.pdf: {len(miss)} not contiguous: {miss[:3]}")
    print(f"PDFs with a non-contiguous name/value in pdftotext -layout: {npdf} of {len(exps)}")
    print("FAIL" if bad else "OK")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
