"""Check set 42's gold and PDF expected files against the html pages, read with lxml alone.

    /tmp/h37/venv/bin/python check_gold.py [GOLD] [TEXTDIR] [PDFDIR]

Does not import make_pages.py.  Every NN_*.html is parsed with lxml; its indicator tables are laid out
on a grid (rowspan/colspan expanded; Element-UI's separate header and body tables joined), the header
row is the one holding 三级指标 (the next row too when it holds 年度指标值 under a two-row header),
columns are named from the header labels, group heading rows (一、产出指标) set the level 1, blank
category cells carry the one above, and data rows stop at 总分 / a row without a name.
1. gold (page text) vs the html rows; 2. PDF expected files vs the html rows (+ department/project
occur in the page); 3. which gold names/values are not contiguous in the page text (whitespace removed,
NFKC-folded for the radicals in PDF text).
"""
import glob
import json
import os
import re
import sys
import unicodedata

import lxml.html

SRC = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(SRC, "../../../.."))
GOLD = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "corpus/gold/pagetext-heldout42.jsonl")
TXT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "tests/fixtures/pagetext42")
PDF = sys.argv[3] if len(sys.argv) > 3 else os.path.join(ROOT, "out/pdfs-heldout42")

L1 = {"产出指标": "1", "效益指标": "2", "满意度指标": "3"}
L2 = {"数量指标": "11", "质量指标": "12", "时效指标": "13", "成本指标": "14", "经济效益指标": "21",
      "社会效益指标": "22", "生态效益指标": "23", "可持续影响指标": "24", "服务对象满意度指标": "31"}
ROLE = {"一级指标": "l1", "二级指标": "l2", "三级指标": "name", "指标值": "val", "年度指标值": "val",
        "实施期指标值": "per", "计算符号": "op", "指标性质": "op", "计量单位": "unit", "度量单位": "unit"}


def txt(el):
    return re.sub(r"\s+", "", el.text_content().replace("\xa0", " "))


def grid(trs):
    out, pend = [], {}
    for tr in trs:
        row, col = [], 0
        cells = tr.xpath("./td|./th")
        k = 0
        while k < len(cells) or col in pend:
            if col in pend:
                t, left = pend[col]
                row.append(t)
                if left > 1:
                    pend[col] = (t, left - 1)
                else:
                    del pend[col]
                col += 1
                continue
            c = cells[k]
            k += 1
            t = txt(c)
            cs, rs = int(c.get("colspan", 1)), int(c.get("rowspan", 1))
            for j in range(cs):
                row.append(t)
                if rs > 1:
                    pend[col] = (t, rs - 1)
                col += 1
        out.append(row)
    return out


def tables_of(doc):
    tabs = doc.xpath("//table[not(.//table)]")
    res, skip = [], set()
    for i, t in enumerate(tabs):
        if i in skip:
            continue
        trs = t.xpath(".//tr")
        if "el-table__header" in (t.get("class") or ""):
            trs = trs + tabs[i + 1].xpath(".//tr")
            skip.add(i + 1)
        if any("三级指标" in txt(tr) for tr in trs):
            res.append(grid(trs))
    return res


def rows_of(g):
    h = next(i for i, r in enumerate(g) if "三级指标" in r)
    head = g[h]
    if h + 1 < len(g) and ("年度指标值" in g[h + 1] or "实施期指标值" in g[h + 1]):
        h += 1
        head = g[h]
    roles = [ROLE.get(x) for x in head]
    if "op" in roles:
        roles = ["num" if r == "val" else r for r in roles]
    out, l1, l2 = [], None, None
    for r in g[h + 1:]:
        if len(set(r)) == 1 and re.match(r"^[一二三四]、(.+)$", r[0]):
            l1 = re.match(r"^[一二三四]、(.+)$", r[0]).group(1)
            l2 = None
            continue
        if r[0].startswith(("总分", "自评结论")):
            break
        d = {}
        for role, x in zip(roles, r):
            if role and role not in d:
                d[role] = x
        if not d.get("name"):
            break
        if d.get("l1"):
            if d["l1"] != l1:
                l2 = None
            l1 = d["l1"]
        if d.get("l2"):
            l2 = d["l2"]
        if "val" in d:
            v = d["val"]
        else:
            v = ("" if d.get("op") == "定性" else d.get("op", "")) + d.get("num", "") + d.get("unit", "")
        out.append(dict(name=d["name"], value=v, period=d.get("per") or None,
                        l1=L1[l1] if l1 else None, l2=L2[l2] if l2 else None))
    return out


def html_rows():
    res = {}
    for fn in sorted(glob.glob(os.path.join(SRC, "[0-9][0-9]_*.html"))):
        pid = os.path.basename(fn)[:2]
        raw = open(fn, "rb").read()
        doc = lxml.html.fromstring(raw.decode("utf-8"))
        rows = []
        for g in tables_of(doc):
            rows += rows_of(g)
        res[pid] = (rows, re.sub(r"\s+", "", doc.text_content()))
    return res


def main():
    H = html_rows()
    gold = [json.loads(l) for l in open(GOLD, encoding="utf-8")]
    print("== 1. gold vs the html tables (lxml only)")
    print(f"rows: {len(gold)} gold, {sum(len(v[0]) for v in H.values())} html")
    bad = 0
    by = {}
    for g in gold:
        by.setdefault(g["file"][:2], []).append(g)
    for pid, (rows, _) in H.items():
        gs = by.get(pid, [])
        if len(gs) != len(rows):
            print(f"  {pid}: {len(gs)} gold rows, {len(rows)} html rows")
            bad += 1
        for n, (g, r) in enumerate(zip(gs, rows), 1):
            want = (n, r["name"], r["value"], r["period"], r["l1"], r["l2"])
            got = (g["n"], re.sub(r"\s+", "", g["name"]), g["annual_value"], g["period_value"], g["level1_code"], g["level2_code"])
            if want != got or g["url"] is not None:
                print("  mismatch", pid, got, want)
                bad += 1
    print("mismatches:", bad)

    print("== 2. PDF expected files vs the html")
    files = sorted(glob.glob(os.path.join(PDF, "*.expected.jsonl")))
    bad = 0
    for fn in files:
        pid = os.path.basename(fn)[:2]
        rows, page = H[pid]
        ex = [json.loads(l) for l in open(fn, encoding="utf-8")]
        if not os.path.exists(fn.replace(".expected.jsonl", ".pdf")):
            print("  no pdf for", fn); bad += 1
        if len(ex) != len(rows):
            print("  count", fn, len(ex), len(rows)); bad += 1
        for e, r in zip(ex, rows):
            if (e["source_id"], re.sub(r"\s+", "", e["name"]), e["value"], e["level1_code"], e["level2_code"]) != \
               (pid, r["name"], r["value"], r["l1"], r["l2"]) or e["department"] not in page or \
               (e["project"] is not None and re.sub(r"\s+", "", e["project"]) not in page):
                print("  mismatch", os.path.basename(fn), e); bad += 1
    print(f"files: {len(files)}; mismatches: {bad}")

    print("== 3. gold names/values in the page text (whitespace removed)")
    nbad = 0
    for f in sorted(by):
        fn = by[f][0]["file"]
        t = unicodedata.normalize("NFKC", re.sub(r"\s+", "", open(os.path.join(TXT, fn), encoding="utf-8").read()))
        miss = []
        for g in by[f]:
            for x in (g["name"], g["annual_value"], g["period_value"]):
                if x and unicodedata.normalize("NFKC", re.sub(r"\s+", "", x)) not in t:
                    miss.append(x)
        if miss:
            nbad += 1
            print(f"  {fn}: {len(miss)} not contiguous: {', '.join(miss)}")
    print(f"files with a non-contiguous name/value: {nbad} of {len(by)}")


if __name__ == "__main__":
    main()
