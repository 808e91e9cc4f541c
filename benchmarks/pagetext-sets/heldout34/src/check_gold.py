"""Compare corpus/gold/pagetext-heldout34.jsonl with the source files themselves (not tables.py):
xlsx read with openpyxl (merged ranges expanded), docx with python-docx (merged cells repeat),
PDFs: the xlsx/docx they were exported from where there is one, and for every PDF each gold name
and value must occur in the PDF's own text with whitespace removed. Also checks the file names,
n numbering and that every line parses. Prints `mismatches: N`."""
import json, re, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]
sys.path.insert(0, str(HERE))
from tables import TABLES, L1, L2

gold = [json.loads(l) for l in (ROOT / "corpus/gold/pagetext-heldout34.jsonl").read_text(encoding="utf-8").splitlines()]
fixtures = ROOT / "tests/fixtures/pagetext34"
bad = []
byfile = {}
for g in gold:
    byfile.setdefault(g["file"], []).append(g)
    if not (fixtures / g["file"]).exists():
        bad.append(("missing fixture", g["file"]))
for f, rows in byfile.items():
    if [r["n"] for r in rows] != list(range(1, len(rows) + 1)):
        bad.append(("n not 1..k", f))


def code1(s): return L1[s] if s else None
def code2(s): return L2[s] if s else None


def rows_from_grid(grid, kind):
    """grid: list of lists of cell text (merges expanded). -> list of (name, annual, period, l1, l2)."""
    h = next(i for i, r in enumerate(grid) if r and r[0] in ("一级指标", "序号"))
    nh = 2 if kind == "two" else 1
    out = []
    for r in grid[h + nh:]:
        if kind == "plain":
            name, annual, period, a, b = r[1], r[2], None, None, None
        else:
            a, b, name = r[0], r[1], r[2]
            if kind == "two":
                period, annual = r[3], r[4]
            elif kind == "split":
                op, val, unit = r[3], r[4], r[5] or ""
                annual, period = (val if op == "定性" else op + val + unit), None
            else:
                annual, period = r[3], None
        if not name or name == a:      # trailing sign-off rows are merged across the whole width
            continue
        out.append((name.replace("\n", ""), annual, period, code1(a), code2(b)))
    return out


def xlsx_grid(p):
    import openpyxl
    ws = openpyxl.load_workbook(p).active
    vals = [["" if v is None else str(v) for v in row] for row in ws.iter_rows(values_only=True)]
    for rng in ws.merged_cells.ranges:
        v = vals[rng.min_row - 1][rng.min_col - 1]
        for rr in range(rng.min_row, rng.max_row + 1):
            for cc in range(rng.min_col, rng.max_col + 1):
                vals[rr - 1][cc - 1] = v
    return vals


def docx_grid(p):
    import docx
    tb = docx.Document(p).tables[0]
    return [[c.text for c in row.cells] for row in tb.rows]


def pdf_text(p):
    import pymupdf
    with pymupdf.open(p) as d:
        return re.sub(r"\s+", "", "".join(pg.get_text() for pg in d))


for t in TABLES:
    fname = f"{t['no']}_{t['tool']}_{t['topic']}.txt"
    want = [(g["name"], g["annual_value"], g["period_value"], g["level1_code"], g["level2_code"]) for g in byfile.get(fname, [])]
    stem = HERE / f"{t['no']}_{t['topic']}"
    got = None
    if Path(f"{stem}.xlsx").exists():
        got = rows_from_grid(xlsx_grid(f"{stem}.xlsx"), t["kind"])
    elif Path(f"{stem}.docx").exists():
        got = rows_from_grid(docx_grid(f"{stem}.docx"), t["kind"])
    if got is not None and got != want:
        for i, (a, b) in enumerate(zip(want, got)):
            if a != b:
                bad.append((fname, i + 1, a, b))
        if len(got) != len(want):
            bad.append((fname, "row count", len(want), len(got)))
    if Path(f"{stem}.pdf").exists():
        txt = pdf_text(f"{stem}.pdf")
        for g in want:
            for s in (g[0], g[1], g[2]):
                if s and re.sub(r"\s+", "", s) not in txt:
                    bad.append((fname, "not in pdf text", s))
    checked = ("xlsx" if Path(f"{stem}.xlsx").exists() else "docx" if Path(f"{stem}.docx").exists() else "") + \
              (" pdf" if Path(f"{stem}.pdf").exists() else "")
    print(fname, len(want), "rows, checked against", checked)

for b in bad:
    print("MISMATCH", b)
print("rows:", len(gold), "files:", len(byfile))
print("mismatches:", len(bad))
