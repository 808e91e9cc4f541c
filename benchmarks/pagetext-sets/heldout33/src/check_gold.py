"""Cross-check corpus/gold/pagetext-heldout33.jsonl against the HTML sources beside this script.

Expands rowspan/colspan of each innermost table, finds the indicator header (三级指标 / 绩效指标),
and compares every gold row's name, annual/period value, declared codes and merged-cell
continuation tags with the table. Needs lxml only. Prints 'mismatches: 0' when all agree.
"""
import json, re, sys
import lxml.html
# declared category label -> code (DESIGN.md taxonomy; 2021 scheme 成本指标 -> 1/14)
L1 = {"产出指标": "1", "产出": "1", "效益指标": "2", "效益": "2", "满意度指标": "3", "满意度": "3",
      "成本指标": "1", None: None}
L2 = {"数量指标": "11", "数量": "11", "质量指标": "12", "质量": "12", "时效指标": "13", "时效": "13",
      "成本指标": "14", "经济成本指标": "14", "社会成本指标": "14", "生态环境成本指标": "14",
      "经济效益指标": "21", "社会效益指标": "22", "社会效益": "22", "生态效益指标": "23",
      "可持续影响指标": "24", "可持续影响": "24", "服务对象满意度指标": "31", "满意度": "31", None: None}

import os
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = HERE + "/"
gold = [json.loads(l) for l in open(os.path.join(HERE, "../../../../corpus/gold/pagetext-heldout33.jsonl"), encoding="utf-8")]
def txt(td):
    return re.sub(r"\s+", "", td.text_content().replace("\xa0", " "))
def grid(table):
    g = {}; spans = {}
    for ri, tr in enumerate(table.xpath("./tr|./tbody/tr|./thead/tr")):
        ci = 0
        for td in tr.xpath("./td|./th"):
            while (ri, ci) in g: ci += 1
            rs = int(td.get("rowspan", 1)); cs = int(td.get("colspan", 1))
            for dr in range(rs):
                for dc in range(cs):
                    g[(ri+dr, ci+dc)] = (txt(td), dr > 0)
            ci += cs
    nr = max(r for r, c in g) + 1; nc = max(c for r, c in g) + 1
    return [[g.get((r, c), ("", False)) for c in range(nc)] for r in range(nr)]
bad = 0
files = sorted({g["file"] for g in gold}, key=lambda f: f[:2])
for f in files:
    html = SRC + [x for x in os.listdir(SRC) if x.startswith(f[:2]) and x.endswith(".html")][0]
    doc = lxml.html.fromstring(open(html, encoding="utf-8").read())
    rows = []
    for t in doc.xpath("//table"):
        if t.xpath(".//table"): continue
        G = grid(t)
        hi = None
        for i, r in enumerate(G):
            labels = [c[0] for c in r]
            if "三级指标" in labels or "绩效指标" in labels and "指标值" in labels and "一级指标" not in "".join(labels):
                if "三级指标" in labels or i == 0: hi = i
        if hi is None: continue
        H = [c[0] for c in G[hi]]
        # two-row headers: take the next row's labels where the header cell spans down or colspans
        H2 = [c[0] for c in G[hi+1]] if hi + 1 < len(G) else []
        cols = {}
        for j, h in enumerate(H):
            lab = h
            if h in ("指标值",) and H2 and H2[j] in ("实施期指标值", "年度指标值"): lab = H2[j]
            if h == "绩效指标" and H2 and H2[j] in ("一级指标", "二级指标", "三级指标"): lab = H2[j]
            cols.setdefault(lab, j)
        start = hi + 1
        if H2 and any(x in H2 for x in ("实施期指标值", "年度指标值", "三级指标")) and "三级指标" not in [c[0] for c in G[hi+1]][:0]:
            if any(x in H2 for x in ("实施期指标值", "一级指标")): start = hi + 2
        namec = cols.get("三级指标", cols.get("绩效指标"))
        annc = cols.get("年度指标值", cols.get("年度指标值", cols.get("指标值")))
        perc = cols.get("实施期指标值")
        for r in G[start:]:
            name = r[namec][0]
            if not name or name == "总分" or r[0][0] == "总分": continue
            rows.append(dict(name=name, annual=r[annc][0], period=r[perc][0] if perc is not None else None,
                             l1=r[cols["一级指标"]][0] if "一级指标" in cols else None,
                             l2=r[cols["二级指标"]][0] if "二级指标" in cols else None,
                             l1cont=r[cols["一级指标"]][1] if "一级指标" in cols else False,
                             l2cont=r[cols["二级指标"]][1] if "二级指标" in cols else False))
    gs = [g for g in gold if g["file"] == f]
    if len(gs) != len(rows):
        print(f, "count", len(gs), len(rows)); bad += 1
    for g, h in zip(gs, rows):
        exp = (h["name"], h["annual"], h["period"], L1.get(h["l1"], "?" + str(h["l1"])), L2.get(h["l2"], "?" + str(h["l2"])),
               h["l1cont"], h["l1cont"] and h["l2cont"])
        got = (g["name"], g["annual_value"], g["period_value"], g["level1_code"], g["level2_code"],
               "l1_merged_continuation" in g["quirks"], "l2_merged_continuation" in g["quirks"])
        if exp != got:
            print(f, g["n"], "\n  html:", exp, "\n  gold:", got); bad += 1
    print(f, len(gs), "rows checked")
print("mismatches:", bad)
