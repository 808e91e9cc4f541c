#!/usr/bin/env python3
"""Set 39: re-derive the expected rows from the pages on their own (not from make_pages.DATA) and compare with
the gold; then check every gold name/value against its text file with whitespace removed and say why a string
is not contiguous.

Usage: python check_gold.py [GOLD] [TEXTDIR]      (needs lxml, openpyxl)
html: every <table> is expanded into a grid (rowspan/colspan); rows with display:none or aria-hidden are
skipped; a header-only table followed by a header-less table (vxe-table, el-table) is joined; the div/flex grid
of 02 is read by its nesting (a .grp = a label .c and a .sub holding the rows it spans); 16 is read from the
xlsx with its merged ranges.
"""
import json, os, re, sys
import lxml.html

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
GOLD = sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, "corpus", "gold", "pagetext-heldout39.jsonl")
TEXT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(REPO, "tests", "fixtures", "pagetext39")

C1 = {"产出指标": "1", "效益指标": "2", "满意度指标": "3", "成本指标": "1"}
C2 = {"数量指标": "11", "质量指标": "12", "时效指标": "13", "成本指标": "14", "经济成本指标": "14", "社会成本指标": "14",
      "生态环境成本指标": "14", "经济效益指标": "21", "社会效益指标": "22", "生态效益指标": "23",
      "可持续影响指标": "24", "服务对象满意度指标": "31"}

def txt(el):
    return re.sub(r"\s+", "", el.text_content()).replace("\xa0", "")

def hidden(tr):
    st = (tr.get("style") or "").replace(" ", "")
    return "display:none" in st or tr.get("aria-hidden") == "true"

def grid(table):
    rows, pend = [], {}
    for tr in table.iter("tr"):
        if tr.getparent() is not None and tr.getparent().tag not in ("table", "tbody", "thead", "tfoot"):
            continue
        if next(iter(a for a in tr.iterancestors("table")), None) is not table:
            continue
        row, col = [], 0
        cells = [c for c in tr if c.tag in ("td", "th")]
        hid = hidden(tr)
        k = 0
        while k < len(cells) or col in pend:
            if col in pend:
                t, left = pend[col]
                row.append(t)
                if left <= 1: del pend[col]
                else: pend[col] = (t, left - 1)
                col += 1
                continue
            c = cells[k]; k += 1
            rs, cs = int(c.get("rowspan", 1)), int(c.get("colspan", 1))
            for _ in range(cs):
                row.append(txt(c))
                if rs > 1: pend[col] = (txt(c), rs - 1)
                col += 1
        if not hid:
            rows.append(row)
    return rows

ROLE = {"一级指标": "l1", "二级指标": "l2", "三级指标": "name", "绩效指标": "name", "年度指标值": "annual",
        "实施期指标值": "period", "计算符号": "op", "计量单位": "unit", "指标值": "value"}

def rows_from_grid(g):
    out, hdr = [], None
    for i, r in enumerate(g):
        if hdr is None:
            if "三级指标" in r or "绩效指标" in r:
                hdr = [ROLE.get(x) for x in r]
                if i + 1 < len(g) and ("年度指标值" in g[i + 1] or "实施期指标值" in g[i + 1]):
                    hdr = [ROLE.get(b) or ROLE.get(a) for a, b in zip(r, g[i + 1])]
                    skip = i + 1
                else:
                    skip = i
            continue
        if i <= skip:
            continue
        d = {}
        for role, x in zip(hdr, r):
            if role and role not in d:
                d[role] = x
        if not d.get("name") or d["name"] == "总分" or "总分" in r[:1]:
            continue
        if "annual" not in d:
            d["annual"] = d.get("value", "")
        elif "value" in d and not d["annual"]:
            d["annual"] = d["value"]
        if "op" in d:
            d["annual"] = ("" if d["op"] == "定性" else d["op"]) + d.get("value", "") + d.get("unit", "")
        elif "unit" in d:
            d["annual"] = d["annual"] + d["unit"]
        out.append(d)
    return out

def html_rows(path):
    doc = lxml.html.parse(path).getroot()
    grids = [grid(t) for t in doc.iter("table")]
    tables, i = [], 0
    while i < len(grids):
        g = grids[i]
        flat = [x for r in g for x in r]
        if ("三级指标" in flat or "绩效指标" in flat) and len(g) == 1 and i + 1 < len(grids):
            tables.append(rows_from_grid(g + grids[i + 1])); i += 2; continue
        if "三级指标" in flat or "绩效指标" in flat:
            tables.append(rows_from_grid(g))
        i += 1
    if not tables:   # the div/flex grid
        gt = doc.find_class("gt")[0]
        out = []
        def walk(el, ctx):
            for ch in el:
                cls = ch.get("class", "")
                if cls == "grp":
                    lab, sub = ch[0], ch[1]
                    walk(sub, ctx + [txt(lab)])
                elif cls == "rw":
                    out.append({"l1": ctx[0], "l2": ctx[1], "name": txt(ch[0]), "annual": txt(ch[1])})
        walk(gt, [])
        tables = [out]
    return tables

def xlsx_rows(path):
    import openpyxl
    ws = openpyxl.load_workbook(path).active
    val = {}
    for row in ws.iter_rows():
        for c in row:
            val[(c.row, c.column)] = "" if c.value is None else str(c.value)
    for rng in ws.merged_cells.ranges:
        v = val[(rng.min_row, rng.min_col)]
        for r in range(rng.min_row, rng.max_row + 1):
            for c in range(rng.min_col, rng.max_col + 1):
                val[(r, c)] = v
    g = [[val[(r, c)] for c in range(1, ws.max_column + 1)] for r in range(1, ws.max_row + 1)]
    return [[d for d in rows_from_grid(g) if d.get("l1") in C1]]   # drops the 填报人 line

def derive():
    pages = sorted(f for f in os.listdir(HERE) if re.match(r"\d\d_.*\.html$", f))
    res = {}
    for p in pages:
        k = p[:2]
        tables = xlsx_rows(os.path.join(HERE, "16_nonggai.xlsx")) if k == "16" else html_rows(os.path.join(HERE, p))
        rows = []
        for t in tables:
            for d in t:
                rows.append(d)
        res[k] = rows
    return res

def main():
    gold = [json.loads(l) for l in open(GOLD, encoding="utf-8")]
    der = derive()
    mism = 0
    byfile = {}
    for g in gold:
        byfile.setdefault(g["file"][:2], []).append(g)
    for k, gs in byfile.items():
        ds = der.get(k, [])
        if len(ds) != len(gs):
            print("row count", k, len(ds), len(gs)); mism += 1
        for g, d in zip(gs, ds):
            exp = {"name": d["name"], "annual_value": d["annual"], "period_value": d.get("period"),
                   "level1_code": C1.get(d.get("l1")) if d.get("l1") is not None else None,
                   "level2_code": C2.get(d.get("l2")) if d.get("l2") is not None else None}
            for key, v in exp.items():
                if g[key] != v:
                    print("mismatch", g["file"], g["n"], key, repr(g[key]), repr(v)); mism += 1
    print("rows:", len(gold), "mismatches:", mism)

    # contiguity in the tool text
    nc = 0
    for g in gold:
        path = os.path.join(TEXT, g["file"])
        raw = open(path, encoding="utf-8").read()
        flat = re.sub(r"\s+", "", raw)
        for key in ("name", "annual_value", "period_value"):
            s = g[key]
            if not s:
                continue
            s0 = re.sub(r"\s+", "", s)
            if s0 in flat:
                continue
            nc += 1
            why = reason(s0, flat, raw)
            print("not contiguous: %s n=%d %s %r -- %s" % (g["file"], g["n"], key, s, why))
    print("gold strings not contiguous:", nc)

def reason(s, flat, raw):
    if s in flat.replace("\\", ""):
        return "markdown escape inside"
    for sep in ("<p>", "</p>"):
        if s in flat.replace(sep, ""):
            return "the <br> became <p> inside the xml cell"
    stripped = re.sub(r"[|│├┤┼─┬┴┌┐└┘,]", "", flat)
    if s in stripped:
        return "parts separated only by cell separators / box rules (wrapped inside its cell, or value and unit in neighbouring cells)"
    # subsequence within a short window: wrapped cell / parts split by other text
    m = re.search(".{0,0}".join(re.escape(ch) + ".{0,60}?" for ch in s[:-1]) + re.escape(s[-1]), flat)
    if m:
        return "split by other text (wrapped cell or separate columns), parts in order within %d chars" % len(m.group(0))
    return "NOT RECOVERABLE"

if __name__ == "__main__":
    main()
