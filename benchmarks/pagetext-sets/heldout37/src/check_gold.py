#!/usr/bin/env python3
"""Cross-check corpus/gold/pagetext-heldout37.jsonl against the sources beside this script and
against the tool text in tests/fixtures/pagetext37.

1. Reads every indicator table of each source on its own, without make_pages.py's DATA:
   html <table>s (lxml; rowspan/colspan expanded; the two crawled pages of 13 joined, so page 1's
   rowspans run on into page 2), the mobile cards of 14 (label：value lines), the xlsx of 04
   (openpyxl, merged ranges expanded), the docx of 05/06/16 (python-docx XML: gridSpan, vMerge).
   Finds the indicator header (三级指标), joins 计算符号 + 指标值 + 计量单位 (定性 dropped), skips
   总分 rows, reads 年度指标值 / 实施期指标值 (实际完成值/分值/得分/偏差原因 ignored) and compares name,
   values, declared codes and the merged-continuation tags with the gold rows. Prints 'mismatches: N'.
2. Checks that every gold name and value occurs in its text file once all whitespace is removed, and
   lists the ones that do not, with the reason found (wrapped inside a cell, NFKC-folded punctuation,
   OCR misread, PDF text order).
"""
import json, os, re, sys, unicodedata
import lxml.html

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "../../../.."))
GOLD = os.path.join(ROOT, "corpus/gold/pagetext-heldout37.jsonl")
TEXT = os.path.join(ROOT, "tests/fixtures/pagetext37")
L1 = {"产出指标": "1", "效益指标": "2", "满意度指标": "3", "成本指标": "1", None: None, "": None}
L2 = {"数量指标": "11", "质量指标": "12", "时效指标": "13", "成本指标": "14", "经济成本指标": "14",
      "社会成本指标": "14", "生态环境成本指标": "14", "经济效益指标": "21", "社会效益指标": "22",
      "生态效益指标": "23", "可持续影响指标": "24", "服务对象满意度指标": "31", None: None, "": None}
SOURCES = {"01": ["01_fangzhi.html"], "02": ["02_qixiang.html"], "03": ["03_quhua.html"], "04": ["04_fengye.xlsx"],
           "05": ["05_hangbiao.docx"], "06": ["06_tiaojie.docx"], "07": ["07_binzang.html"], "08": ["08_cehui.html"],
           "09": ["09_dangan.html"], "10": ["10_songcai.html"], "11": ["11_gongxiao.html"], "12": ["12_hongshizi.html"],
           "13": ["13_liangshi_p1.html", "13_liangshi_p2.html"], "14": ["14_gonghui_mobile.html"],
           "15": ["15_zhuanli.html"], "16": ["16_jiliang.docx"]}
WHY = {"07": "OCR misread (tesseract chi_sim)", "14": "readabilipy folds full-width punctuation (NFKC)"}


def sq(s):
    return re.sub(r"\s+", "", (s or "").replace("\xa0", " "))


# ------------------------------------------------------------------ grids: list of rows of (text, is_continuation)
def grid_from_trs(trs):
    g = {}
    for ri, tr in enumerate(trs):
        ci = 0
        for td in tr.xpath("./td|./th"):
            while (ri, ci) in g: ci += 1
            rs = int(td.get("rowspan", 1)); cs = int(td.get("colspan", 1))
            for dr in range(rs):
                for dc in range(cs):
                    g[(ri + dr, ci + dc)] = (sq(td.text_content()), dr > 0)
            ci += cs
    if not g: return []
    nr = max(r for r, c in g) + 1; nc = max(c for r, c in g) + 1
    return [[g.get((r, c), ("", False)) for c in range(nc)] for r in range(nr)][:len(trs)]


def html_grids(paths):
    docs = [lxml.html.fromstring(open(os.path.join(HERE, p), encoding="utf-8").read()) for p in paths]
    cards = [c for d in docs for c in d.cssselect(".zb-card")]
    if cards:
        G = [[("一级指标", False), ("二级指标", False), ("三级指标", False), ("指标值", False)]]
        for c in cards:
            kv = {sq(l.cssselect(".zb-lbl")[0].text_content()).rstrip("：:"): sq(l.cssselect(".zb-val")[0].text_content())
                  for l in c.cssselect(".zb-line")}
            G.append([(kv[k], False) for k in ("一级指标", "二级指标", "三级指标", "指标值")])
        return [G]
    if len(docs) > 1:   # one table continued on the next crawled page: join the rows
        trs = [tr for d in docs for t in d.iter("table") for tr in t.xpath("./tr|./tbody/tr|./thead/tr")]
        return [grid_from_trs(trs)]
    return [grid_from_trs(t.xpath("./tr|./tbody/tr|./thead/tr")) for t in docs[0].iter("table")]


def xlsx_grids(path):
    import openpyxl
    ws = openpyxl.load_workbook(path).active
    cont = {}
    for mr in ws.merged_cells.ranges:
        top = ws.cell(mr.min_row, mr.min_col).value
        for r in range(mr.min_row, mr.max_row + 1):
            for c in range(mr.min_col, mr.max_col + 1):
                cont[(r, c)] = (sq(str(top or "")), r > mr.min_row)
    G = []
    for r in range(1, ws.max_row + 1):
        G.append([cont.get((r, c), (sq(str(ws.cell(r, c).value or "")), False)) for c in range(1, ws.max_column + 1)])
    return [G]


def docx_grids(path):
    import docx
    from docx.oxml.ns import qn
    out = []
    for t in docx.Document(path).tables:
        G = []
        for tr in t._tbl.tr_lst:
            row = []
            for tc in tr.tc_lst:
                pr = tc.tcPr
                span = int(pr.find(qn("w:gridSpan")).get(qn("w:val"))) if pr is not None and pr.find(qn("w:gridSpan")) is not None else 1
                vm = pr.find(qn("w:vMerge")) if pr is not None else None
                is_cont = vm is not None and vm.get(qn("w:val")) in (None, "continue")
                text = sq("".join(x.text or "" for x in tc.iter(qn("w:t"))))
                for _ in range(span):
                    row.append(("", True) if is_cont else (text, False))
            G.append(row)
        for i, row in enumerate(G):   # continuation cells take the text of the cell above
            for j, (txt, c) in enumerate(row):
                if c: row[j] = (G[i - 1][j][0], True)
        out.append(G)
    return out


def indicator_rows(G):
    hi = next((i for i, r in enumerate(G) if "三级指标" in [c[0] for c in r]), None)
    if hi is None: return []
    col = {}
    for j, (h, _) in enumerate(G[hi]): col.setdefault(h, j)
    ann_c = col.get("年度指标值", col.get("指标值")); per_c = col.get("实施期指标值")
    rows = []
    for r in G[hi + 1:]:
        cells = [c[0] for c in r]
        if "总分" in cells: continue
        name = r[col["三级指标"]][0]
        if not name: continue
        ann = r[ann_c][0]
        if "计算符号" in col:
            op = r[col["计算符号"]][0]; ann = ("" if op == "定性" else op) + ann
        if "计量单位" in col: ann += r[col["计量单位"]][0]
        g = lambda k: r[col[k]] if k in col else (None, False)
        rows.append(dict(name=name, annual=ann, period=r[per_c][0] if per_c is not None else None,
                         l1=g("一级指标")[0], l2=g("二级指标")[0], l1c=g("一级指标")[1], l2c=g("二级指标")[1]))
    return rows


def source_rows(key):
    paths = SOURCES[key]
    if paths[0].endswith(".xlsx"): grids = xlsx_grids(os.path.join(HERE, paths[0]))
    elif paths[0].endswith(".docx"): grids = docx_grids(os.path.join(HERE, paths[0]))
    else: grids = html_grids(paths)
    return [r for G in grids for r in indicator_rows(G)]


def pieces(v, t):
    """v cut into the fewest pieces (each at least 1 char) that all occur in t, or None"""
    best = {0: []}
    for i in range(len(v)):
        if i not in best: continue
        for j in range(len(v), i, -1):
            if v[i:j] in t and (j not in best or len(best[j]) > len(best[i]) + 1):
                best[j] = best[i] + [v[i:j]]
    return best.get(len(v)) if len(best.get(len(v), [])) > 1 else None


def main():
    gold = [json.loads(l) for l in open(GOLD, encoding="utf-8")]
    files = sorted({g["file"] for g in gold})
    bad = 0
    print("== gold vs sources")
    for f in files:
        rows = source_rows(f[:2]); gs = [g for g in gold if g["file"] == f]
        if len(gs) != len(rows):
            print(f, "count gold", len(gs), "source", len(rows)); bad += 1
        for k, (g, h) in enumerate(zip(gs, rows)):
            exp = (k + 1, h["name"], h["annual"], h["period"], L1.get(h["l1"], "?" + str(h["l1"])),
                   L2.get(h["l2"], "?" + str(h["l2"])), h["l1c"], h["l1c"] and h["l2c"])
            got = (g["n"], sq(g["name"]), sq(g["annual_value"]), g["period_value"] and sq(g["period_value"]),
                   g["level1_code"], g["level2_code"],
                   "l1_merged_continuation" in g["quirks"], "l2_merged_continuation" in g["quirks"])
            if exp != got:
                print(f, g["n"], "\n  source:", exp, "\n  gold:  ", got); bad += 1
        print(f"{f}: {len(gs)} rows checked against {', '.join(SOURCES[f[:2]])}")
    print("mismatches:", bad)

    print("== gold names/values in the tool text (whitespace removed)")
    missing = 0
    for f in files:
        raw = open(os.path.join(TEXT, f), encoding="utf-8").read()
        t = sq(raw); tn = unicodedata.normalize("NFKC", t)
        lines = [sq(l) for l in raw.splitlines()]
        for g in (x for x in gold if x["file"] == f):
            for key in ("name", "annual_value", "period_value"):
                v = g[key]
                if v is None: continue
                v = sq(v)
                if v in t: continue
                if unicodedata.normalize("NFKC", v) in tn:
                    why = "NFKC-folded in the text (full-width punctuation made ASCII)"
                elif f[:2] in ("06",) and pieces(v, t):
                    why = "wrapped inside the cell over lines: " + " + ".join(map(repr, pieces(v, t))) + ", all present"
                elif any(v[:i] in t and v[i:] in t for i in range(1, len(v))):
                    cut = next(i for i in range(1, len(v)) if v[:i] in t and v[i:] in t)
                    why = f"split by the layout: {v[:cut]!r} + {v[cut:]!r}, both present"
                elif f[:2] == "07":
                    why = WHY["07"]
                else:
                    why = "not present"
                print(f"  not in text: {f} n={g['n']} {key}={g[key]!r}: {why}"); missing += 1
    print("names/values not found in text:", missing)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
