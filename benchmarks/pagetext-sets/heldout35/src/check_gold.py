#!/usr/bin/env python3
"""Cross-check corpus/gold/pagetext-heldout35.jsonl against the HTML pages beside this script and
against the page text in tests/fixtures/pagetext35.

1. Reads every indicator table of each page on its own (lxml only): <table>s with rowspan/colspan
   expanded; component tables whose header and body are separate <table>s (Element-UI, layui,
   vxe-table) joined, the Element-UI fixed-column copy left out; the CSS-grid div table (cells placed
   by grid-row/grid-column); the nested flex div table. Elements hidden by the page (display:none,
   an inactive tab pane, layui-hide) are left out and listed. Finds the indicator header
   (三级指标 / 绩效指标, two-row headers), joins 计算符号 + 指标值 + 计量单位 (定性 dropped), skips
   总分/合计 rows, and compares name, annual/period value, declared codes and the merged-cell
   continuation tags with the gold rows. Prints 'mismatches: N'.
2. Checks that every gold name and value occurs in its text file once all whitespace is removed,
   and lists the ones that do not. Also says whether the hidden rows' text got into the file.
"""
import json, os, re, sys
import lxml.html

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "../../../.."))
GOLD = os.path.join(ROOT, "corpus/gold/pagetext-heldout35.jsonl")
TEXT = os.path.join(ROOT, "tests/fixtures/pagetext35")
L1 = {"产出指标": "1", "效益指标": "2", "满意度指标": "3", "成本指标": "1", None: None, "": None}
L2 = {"数量指标": "11", "质量指标": "12", "时效指标": "13", "成本指标": "14", "经济成本指标": "14",
      "社会成本指标": "14", "生态环境成本指标": "14", "经济效益指标": "21", "社会效益指标": "22",
      "生态效益指标": "23", "可持续影响指标": "24", "服务对象满意度指标": "31", None: None, "": None}
SUB = ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值")

def txt(el):
    return re.sub(r"\s+", "", el.text_content().replace("\xa0", " "))

def hidden(el):
    for a in el.iterancestors():
        pass
    for x in [el, *el.iterancestors()]:
        st = (x.get("style") or "").replace(" ", "")
        cl = x.get("class") or ""
        if "display:none" in st or "ant-tabs-tabpane-hidden" in cl or "layui-hide" in cl.split():
            return True
    return False

HIDDEN = []   # (page, text) of hidden rows/tables skipped

def grid_of_trs(trs):
    g = {}
    ri = 0
    for tr in trs:
        if hidden(tr):
            HIDDEN.append(txt(tr)); continue
        ci = 0
        for td in tr.xpath("./td|./th"):
            while (ri, ci) in g: ci += 1
            rs = int(td.get("rowspan", 1)); cs = int(td.get("colspan", 1))
            for dr in range(rs):
                for dc in range(cs):
                    g[(ri + dr, ci + dc)] = (txt(td), dr > 0)
            ci += cs
        ri += 1
    if not g: return []
    nr = max(r for r, c in g) + 1; nc = max(c for r, c in g) + 1
    return [[g.get((r, c), ("", False)) for c in range(nc)] for r in range(nr)]

def trs(t):
    return t.xpath("./tr|./tbody/tr|./thead/tr")

def logical_tables(doc):
    out = []
    comps = {"el-table": (".el-table__header-wrapper table", ".el-table__body-wrapper table"),
             "layui-table-view": (".layui-table-header table", ".layui-table-main table"),
             "vxe-table": ("table.vxe-table--header", "table.vxe-table--body")}
    inside = set()
    for cls, (hs, bs) in comps.items():
        for root in doc.xpath(f"//div[contains(concat(' ', normalize-space(@class), ' '), ' {cls} ')]"):
            for t in root.iter("table"): inside.add(t)
            if hidden(root): continue
            h = root.cssselect(hs)[0]; b = root.cssselect(bs)[0]
            out.append((root.sourceline, grid_of_trs(trs(h) + trs(b))))
    for t in doc.iter("table"):
        if t in inside or t.xpath(".//table"): continue
        if hidden(t):
            if "三级指标" in txt(t): HIDDEN.append("[hidden table] " + txt(t))
            continue
        out.append((t.sourceline, grid_of_trs(trs(t))))
    for gdiv in doc.cssselect("div.zb-grid"):
        g = {}
        for c in gdiv.xpath("./div"):
            st = c.get("style").replace(" ", "")
            m = re.search(r"grid-row:(\d+)(?:/span(\d+))?", st); col = int(re.search(r"grid-column:(\d+)", st).group(1))
            r0, rs = int(m.group(1)), int(m.group(2) or 1)
            for dr in range(rs): g[(r0 - 1 + dr, col - 1)] = (txt(c), dr > 0)
        nr = max(r for r, c in g) + 1; nc = max(c for r, c in g) + 1
        out.append((gdiv.sourceline, [[g.get((r, c), ("", False)) for c in range(nc)] for r in range(nr)]))
    for ft in doc.cssselect("div.flex-table"):
        G = [[(txt(s), False) for s in ft.cssselect(".ft-head span")]]
        for l1 in ft.cssselect(".ft-l1"):
            a = txt(l1.cssselect(".ft-l1-label")[0]); first1 = True
            for l2 in l1.cssselect(".ft-l2"):
                b = txt(l2.cssselect(".ft-l2-label")[0]); first2 = True
                for row in l2.cssselect(".ft-row"):
                    G.append([(a, not first1), (b, not first2), ("", False),
                              (txt(row.cssselect(".ft-name")[0]), False), (txt(row.cssselect(".ft-val")[0]), False)])
                    first1 = first2 = False
        out.append((ft.sourceline, G))
    out.sort(key=lambda x: x[0])
    return [g for _, g in out]

def indicator_rows(G):
    hi = None
    for i, r in enumerate(G):
        labels = [c[0] for c in r]
        if "三级指标" in labels or ("绩效指标" in labels and "指标值" in labels):
            hi = i; break
    if hi is None: return []
    H = [c[0] for c in G[hi]]
    H2 = [c[0] for c in G[hi + 1]] if hi + 1 < len(G) else []
    two = any(H2[j] in SUB and H2[j] != H[j] for j in range(len(H2)))
    lab = [H2[j] if two and H2[j] in SUB else H[j] for j in range(len(H))]
    col = {}
    for j, h in enumerate(lab): col.setdefault(h, j)
    namec = col.get("三级指标", col.get("绩效指标"))
    annc = col.get("年度指标值", col.get("指标值"))
    perc = col.get("实施期指标值")
    rows = []
    for r in G[hi + (2 if two else 1):]:
        name = r[namec][0]
        if not name or "总分" in [c[0] for c in r] or "合计" in [c[0] for c in r]: continue
        ann = r[annc][0]
        if "计算符号" in col:
            op = r[col["计算符号"]][0]
            ann = ("" if op == "定性" else op) + ann
        if "计量单位" in col: ann += r[col["计量单位"]][0]
        g = lambda k: r[col[k]] if k in col else (None, False)
        rows.append(dict(name=name, annual=ann, period=r[perc][0] if perc is not None else None,
                         l1=g("一级指标")[0], l2=g("二级指标")[0], l1c=g("一级指标")[1], l2c=g("二级指标")[1]))
    return rows

def main():
    gold = [json.loads(l) for l in open(GOLD, encoding="utf-8")]
    bad = 0
    files = sorted({g["file"] for g in gold})
    print("== gold vs HTML tables")
    for f in files:
        page = [x for x in os.listdir(HERE) if x.startswith(f[:3]) and x.endswith(".html")][0]
        HIDDEN.clear()
        doc = lxml.html.fromstring(open(os.path.join(HERE, page), encoding="utf-8").read())
        rows = [r for G in logical_tables(doc) for r in indicator_rows(G)]
        gs = [g for g in gold if g["file"] == f]
        if len(gs) != len(rows):
            print(f, "count gold", len(gs), "html", len(rows)); bad += 1
        for k, (g, h) in enumerate(zip(gs, rows)):
            exp = (k + 1, h["name"], h["annual"], h["period"], L1.get(h["l1"], "?" + str(h["l1"])),
                   L2.get(h["l2"], "?" + str(h["l2"])), h["l1c"], h["l1c"] and h["l2c"])
            got = (g["n"], g["name"], g["annual_value"], g["period_value"], g["level1_code"], g["level2_code"],
                   "l1_merged_continuation" in g["quirks"], "l2_merged_continuation" in g["quirks"])
            if exp != got:
                print(f, g["n"], "\n  html:", exp, "\n  gold:", got); bad += 1
        print(f"{f}: {len(gs)} rows checked against {page}" + (f"; hidden in page, not expected: {HIDDEN}" if HIDDEN else ""))
        FILE_HIDDEN[f] = list(HIDDEN)
    print("mismatches:", bad)
    print("== gold names/values in the page text (whitespace removed)")
    missing = 0
    for f in files:
        t = re.sub(r"\s+", "", open(os.path.join(TEXT, f), encoding="utf-8").read())
        for g in (x for x in gold if x["file"] == f):
            for key in ("name", "annual_value", "period_value"):
                v = g[key]
                if v is None: continue
                v = re.sub(r"\s+", "", v)
                if v not in t:
                    cut = [i for i in range(1, len(v)) if v[:i] in t and v[i:] in t]
                    why = f" (wrapped: {v[:cut[0]]!r} + {v[cut[0]:]!r} both present)" if cut else ""
                    print(f"  not in text: {f} n={g['n']} {key}={g[key]!r}{why}"); missing += 1
        for h in FILE_HIDDEN[f]:
            frag = h.replace("[hidden table] ", "")
            print(f"  hidden in page: {f}: {h[:40]!r}… -> its text {'IS' if frag in t else 'is not'} in the file")
    print("names/values not found in text:", missing)
    return 1 if bad else 0

FILE_HIDDEN = {}
if __name__ == "__main__":
    sys.exit(main())
