"""Set 38: re-derive the expected rows from the html pages on their own and compare with the gold;
then check every gold name and value against its text file (whitespace removed) and say why one is missing.

    python check_gold.py [GOLD] [TEXTDIR]

Reads only the html in this folder (lxml): tables with rowspan/colspan expanded into a grid, header and body
tables of one widget joined (layui, Element-UI; the Element-UI fixed-column copy skipped), the CSS-grid divs
of 07 placed by their grid-row/grid-column, the JSON array the script of 12 builds its table from; rows with
display:none skipped. It does not import make_pages.py.
"""
import glob
import json
import os
import re
import sys

import lxml.html

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "../../../.."))
GOLD = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "corpus/gold/pagetext-heldout38.jsonl")
TEXT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "tests/fixtures/pagetext38")

NAME_H = ("三级指标", "绩效指标")
VAL_H = ("年度指标值", "指标值")


def code1(s):
    if not s:
        return None
    for k, v in (("产出", "1"), ("效益", "2"), ("满意", "3"), ("成本", "1")):
        if k in s:
            return v
    raise ValueError(s)


def code2(s):
    if not s:
        return None
    for k, v in (("数量", "11"), ("质量", "12"), ("时效", "13"), ("成本", "14"), ("经济效益", "21"),
                 ("社会效益", "22"), ("生态效益", "23"), ("可持续", "24"), ("满意", "31")):
        if k in s:
            return v
    raise ValueError(s)


def cell_text(td):
    return td.text_content().strip()


def hidden(tr):
    return "display:none" in (tr.get("style") or "").replace(" ", "")


def grid(trs):
    """expand rowspan/colspan: list of (hidden, [text...])."""
    out, pending = [], {}
    for r, tr in enumerate(trs):
        row, c = [], 0
        cells = tr.xpath("./td|./th")
        i = 0
        while i < len(cells) or (r, c) in pending:
            if (r, c) in pending:
                row.append(pending.pop((r, c)))
                c += 1
                continue
            td = cells[i]
            i += 1
            t = cell_text(td)
            rs, cs = int(td.get("rowspan", 1)), int(td.get("colspan", 1))
            for dc in range(cs):
                row.append(t)
                for dr in range(1, rs):
                    pending[(r + dr, c + dc)] = t
            c += cs
        out.append((hidden(tr), row))
    return out


def rows_from_grid(g):
    """find the header row, then read the indicator rows below it."""
    for hi, (_, row) in enumerate(g):
        if any(x in NAME_H for x in row):
            break
    else:
        return []
    hdr = g[hi][1]
    sub = g[hi + 1][1] if hi + 1 < len(g) else []
    if "实施期指标值" in sub or "年度指标值" in sub:  # two-row header
        hdr = [s if s in ("实施期指标值", "年度指标值") else h for h, s in zip(hdr, sub + [""] * len(hdr))]
        hi += 1

    def find(*names):
        for n in names:
            if n in hdr:
                return hdr.index(n)
        return None
    c1, c2, cn = find("一级指标"), find("二级指标"), find(*NAME_H)
    cv, cp, cop, cu = find(*VAL_H), find("实施期指标值"), find("计算符号"), find("计量单位")
    out = []
    for hid, row in g[hi + 1:]:
        if hid or len(row) <= cn or not row[cn] or row[0] == "总分":
            continue
        v = row[cv]
        if cop is not None and row[cop] != "定性":
            v = row[cop] + v
        if cu is not None:
            v += row[cu]
        out.append(dict(name=row[cn], annual_value=v, period_value=row[cp] if cp is not None else None,
                        level1_code=code1(row[c1]) if c1 is not None else None,
                        level2_code=code2(row[c2]) if c2 is not None else None))
    return out


def page_rows(path):
    src = open(path, encoding="utf-8").read()
    doc = lxml.html.fromstring(src)
    m = re.search(r"var zbData = (\[.*?\]);", src)
    if m:  # 12: the table is built by the script from this array (blank = rowspan continuation)
        out, a, b = [], None, None
        for r in json.loads(m.group(1)):
            a, b = r["yj"] or a, r["ej"] or b
            out.append(dict(name=r["sj"], annual_value=r["zbz"], period_value=None,
                            level1_code=code1(a), level2_code=code2(b)))
        return out
    divs = doc.xpath('//div[contains(@class,"zb-grid")]/div')
    if divs:  # 07: css grid
        cells = {}
        for dv in divs:
            st = dv.get("style")
            r0 = int(re.search(r"grid-row:(\d+)", st).group(1))
            span = re.search(r"span (\d+)", st)
            cc = int(re.search(r"grid-column:(\d+)", st).group(1))
            for r in range(r0, r0 + (int(span.group(1)) if span else 1)):
                cells[(r, cc)] = cell_text(dv)
        nr = max(r for r, _ in cells)
        g = [(False, [cells.get((r, c), "") for c in range(1, 5)]) for r in range(1, nr + 1)]
        return rows_from_grid(g)
    out = []
    tables = [t for t in doc.xpath("//table") if not t.xpath('ancestor::div[contains(@class,"el-table__fixed")]')]
    i = 0
    while i < len(tables):
        t = tables[i]
        trs = t.xpath("./tr|./thead/tr|./tbody/tr")
        if t.xpath(".//table"):  # layout table
            i += 1
            continue
        g = grid(trs)
        if g and any(x in NAME_H for x in g[0][1]) and len(g) == 1 and i + 1 < len(tables):
            # header-only table of a widget: the body is the next table
            trs = trs + tables[i + 1].xpath("./tr|./thead/tr|./tbody/tr")
            g = grid(trs)
            i += 1
        out += rows_from_grid(g)
        i += 1
    return out


def main():
    gold = [json.loads(line) for line in open(GOLD, encoding="utf-8")]
    derived = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.html"))):
        key = os.path.basename(path)[:2]
        files = sorted({g["file"] for g in gold if g["file"].startswith(key + "_")})
        assert len(files) == 1, (path, files)
        for n, r in enumerate(page_rows(path), 1):
            r.update(file=files[0], n=n)
            derived.append(r)
    keys = ("file", "n", "name", "annual_value", "period_value", "level1_code", "level2_code")
    mism = 0
    gd = {(g["file"], g["n"]): g for g in gold}
    dd = {(d["file"], d["n"]): d for d in derived}
    for k in sorted(set(gd) | set(dd)):
        a, b = gd.get(k), dd.get(k)
        if a is None or b is None or any(a[x] != b[x] for x in keys):
            mism += 1
            print("MISMATCH", k, {x: a and a[x] for x in keys}, {x: b and b[x] for x in keys})
    for g in gold:
        assert set(g) == {"file", "n", "name", "annual_value", "period_value", "level1_code", "level2_code", "url", "quirks"}
    print("gold rows:", len(gold), "derived rows:", len(derived))
    print("mismatches:", mism)

    # every gold name and value against the text (whitespace removed)
    miss = 0
    for g in gold:
        path = os.path.join(TEXT, g["file"])
        raw = open(path, encoding="utf-8").read()
        text = re.sub(r"\s+", "", raw)
        for fld in ("name", "annual_value", "period_value"):
            s = g[fld]
            if s is None:
                continue
            s0 = re.sub(r"\s+", "", s)
            if s0 in text:
                continue
            miss += 1
            print("NOT IN TEXT %s n=%d %s %r: %s" % (g["file"], g["n"], fld, s, why(s0, raw, text, g)))
    print("gold strings not contiguous in their text:", miss)


def why(s, raw, text, g):
    if s.replace("_", "\\_").replace("*", "\\*") in text:
        return "markdown-escaped in the text"
    if s in text.replace("|", ""):
        return "value and unit (计量单位) are separate cells: present with a cell separator between them"
    if "br_in_name" in g["quirks"]:
        return "name has a <br>; the tool put other text between its parts"
    lines = [re.sub(r"\s+", "", x) for x in raw.split("\n")]
    for i in range(len(lines)):
        for j in range(i + 1, min(i + 6, len(lines))):
            if s in "".join(lines[i:j + 1]) and s not in lines[i]:
                return "wrapped over lines %d-%d of the text" % (i + 1, j + 1)
    return "not found (see README)"


if __name__ == "__main__":
    main()
