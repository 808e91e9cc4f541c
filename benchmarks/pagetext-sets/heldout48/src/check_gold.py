"""Check set 48's gold and PDF expected files against the html pages, read with lxml alone (make_pages.py is
never imported), then look for every gold name/value in the page text and in the PDFs' text layers.

/tmp/h44/venv/bin/python check_gold.py [GOLD] [TEXTDIR] [PDFDIR]      (needs lxml and pdftotext only)
"""
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import defaultdict

from lxml import html as LH

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
GOLD = sys.argv[1] if len(sys.argv) > 1 else os.path.join(MAIN, "corpus", "gold", "pagetext-heldout48.jsonl")
TXT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(MAIN, "tests", "fixtures", "pagetext48")
PDF = sys.argv[3] if len(sys.argv) > 3 else os.path.join(MAIN, "out", "pdfs-heldout48")
COPY = os.path.join(MAIN, "benchmarks", "pdf-sets", "heldout48")

ROLE = {"序号": "seq", "一级指标": "l1", "二级指标": "l2", "三级指标": "name", "指标名称": "name", "指标值": "val",
        "年度指标值": "val", "年度目标值": "val", "指标值（含计量单位）": "val", "实施期指标值": "per",
        "指标类别": "cat"}
C1 = {"产出指标": "1", "效益指标": "2", "满意度指标": "3", "成本指标": "1"}
C2 = {"数量指标": "11", "质量指标": "12", "时效指标": "13", "成本指标": "14", "经济成本指标": "14",
      "社会成本指标": "14", "经济效益指标": "21", "社会效益指标": "22", "生态效益指标": "23",
      "可持续影响指标": "24", "服务对象满意度指标": "31"}


def txt(el):
    return "".join(el.itertext()).strip()


def grid(table):
    """rows of (cell text, colspan of the source cell) with rowspans/colspans filled in."""
    out, carry = [], {}
    for tr in table.iter("tr"):
        row, col = {}, 0
        cells = [c for c in tr if c.tag in ("td", "th")]
        k = 0
        while k < len(cells) or col in carry:
            if col in carry:
                t, cs, left = carry[col]
                row[col] = (t, cs)
                if left > 1:
                    carry[col] = (t, cs, left - 1)
                else:
                    del carry[col]
                col += 1
                continue
            c = cells[k]
            k += 1
            t = txt(c)
            cs, rs = int(c.get("colspan", 1)), int(c.get("rowspan", 1))
            for j in range(cs):
                row[col + j] = (t, cs)
                if rs > 1:
                    carry[col + j] = (t, cs, rs - 1)
            col += cs
        out.append([row[j] for j in sorted(row)])
    return out


def page_rows(path):
    doc = LH.parse(path)
    main = doc.xpath('//*[@id="content"]')[0]
    alltext = " ".join(main.itertext())
    dept = re.search(r"主管部门[：:]?\s*([^\s　：:]+)", alltext).group(1)
    proj = re.search(r"项目名称[：:]?\s*([^\s　]+)", alltext).group(1)
    rows = []
    for table in doc.xpath('//table[contains(concat(" ", @class, " "), " kpi ")]'):
        g = grid(table)
        roles, l1, l2 = None, None, None
        for r in g:
            texts = [t for t, _ in r]
            if roles is None:
                if any(ROLE.get(t) == "name" for t in texts):
                    roles = [ROLE.get(t) for t in texts]
                continue
            if len(r) and r[0][1] == len(roles):
                t = r[0][0]
                m1 = re.match(r"^（[一二三四五六七八九十]+）(.+指标)$", t)
                m2 = re.match(r"^\d+\.(.+指标)$", t)
                if m1:
                    l1 = m1.group(1)
                elif m2:
                    l2 = m2.group(1)
                continue
            if texts[0].startswith(("总分", "合计")):
                continue
            d = dict(zip(roles, texts))
            if "cat" in d:
                a, b = d["cat"].split("-")
            else:
                a, b = d.get("l1", l1), d.get("l2", l2)
            rows.append(dict(department=dept, project=proj, name=d["name"], annual_value=d["val"],
                             period_value=d.get("per"), level1_code=C1[a], level2_code=C2[b]))
    return rows


def norm(s):
    return unicodedata.normalize("NFKC", "".join((s or "").split()))


def main():
    pages = {}
    for f in sorted(glob.glob(os.path.join(HERE, "[0-9][0-9]_*.html"))):
        pages[os.path.basename(f)[:2]] = page_rows(f)
    gold = [json.loads(x) for x in open(GOLD, encoding="utf-8")]
    print("== 1. gold vs the html tables (lxml only)")
    by = defaultdict(list)
    for g in gold:
        by[g["file"][:2]].append(g)
    bad = 0
    for pid, gs in by.items():
        hs = pages[pid]
        if len(gs) != len(hs):
            print("  %s: %d gold rows, %d html rows" % (pid, len(gs), len(hs)))
            bad += 1
        for g, h in zip(gs, hs):
            for k in ("name", "annual_value", "period_value", "level1_code", "level2_code"):
                if g[k] != h[k]:
                    print("  %s n=%d %s: gold %r html %r" % (pid, g["n"], k, g[k], h[k]))
                    bad += 1
        if [g["n"] for g in gs] != list(range(1, len(gs) + 1)):
            print("  %s: n not 1..N" % pid)
            bad += 1
    print("rows: %d gold, %d html (pages %s); all html pages: %d rows"
          % (len(gold), sum(len(pages[p]) for p in by), ", ".join(sorted(by)), sum(len(v) for v in pages.values())))
    print("mismatches:", bad)

    print("== 2. PDF expected files vs the html")
    bad, nrows = 0, 0
    files = sorted(glob.glob(os.path.join(PDF, "*.expected.jsonl")))
    for f in files:
        b = os.path.basename(f)
        pid = b[:2]
        ex = [json.loads(x) for x in open(f, encoding="utf-8")]
        nrows += len(ex)
        if not os.path.exists(f[: -len(".expected.jsonl")] + ".pdf"):
            print("  %s: no PDF beside it" % b)
            bad += 1
        cp = os.path.join(COPY, b)
        if not os.path.exists(cp) or open(cp, encoding="utf-8").read() != open(f, encoding="utf-8").read():
            print("  %s: copy in benchmarks/pdf-sets/heldout48 missing or different" % b)
            bad += 1
        hs = pages[pid]
        if len(ex) != len(hs):
            print("  %s: %d expected, %d html" % (b, len(ex), len(hs)))
            bad += 1
        for e, h in zip(ex, hs):
            if list(e) != ["source_id", "department", "project", "name", "value", "level1_code", "level2_code"]:
                print("  %s: keys %s" % (b, list(e)))
                bad += 1
            for k, hk in (("department", "department"), ("project", "project"), ("name", "name"),
                          ("value", "annual_value"), ("level1_code", "level1_code"), ("level2_code", "level2_code")):
                if e[k] != h[hk]:
                    print("  %s %s: expected %r html %r" % (b, k, e[k], h[hk]))
                    bad += 1
            if e["source_id"] != pid:
                bad += 1
    print("files: %d; rows: %d; mismatches: %d" % (len(files), nrows, bad))

    print("== 3. gold names/values in the page text and in the PDFs' text layers (whitespace removed, NFKC)")
    nbad = 0
    for fname in sorted(by):
        gs = by[fname]
        path = os.path.join(TXT, gs[0]["file"])
        t = norm(open(path, encoding="utf-8").read())
        miss = [x for g in gs for x in (g["name"], g["annual_value"], g["period_value"]) if x and norm(x) not in t]
        if miss:
            nbad += 1
            print("  %s: %d not contiguous: %s" % (gs[0]["file"], len(miss), miss[:3]))
    print("text files with a non-contiguous name/value: %d of %d" % (nbad, len(by)))
    nbad = 0
    for f in files:
        pdf = f[: -len(".expected.jsonl")] + ".pdf"
        t = norm(subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True, text=True).stdout)
        ex = [json.loads(x) for x in open(f, encoding="utf-8")]
        miss = [x for e in ex for x in (e["name"], e["value"]) if norm(x) not in t]
        if miss:
            nbad += 1
            print("  %s: %d not contiguous: %s" % (os.path.basename(pdf), len(miss), miss[:3]))
    print("PDFs with a non-contiguous name/value in pdftotext: %d of %d" % (nbad, len(files)))


if __name__ == "__main__":
    main()
