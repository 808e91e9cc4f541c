"""PDF reader benchmark: read every PDF under the given folders with zhibiao.read_table, align
the records to the PDF's expected rows (X.expected.jsonl beside X.pdf, written from the corpus
annotations by tools/make_pdfs.py) in order, and report per maker (the part of the file name
after the source id: chromium-ruled, chromium-unruled, chromium-multipage, libreoffice-xlsx,
libreoffice-docx) the share of expected rows read with name, value and declared codes right,
and the share with the declared codes right.

    python benchmarks/reader_pdf.py [FOLDER ...] [--failures]

Default folders: tests/fixtures/pdf, and out/pdfs when present (``make pdfs`` writes it); a
file name found in two folders is read once. Rows are aligned by difflib on their names
(whitespace removed, Kangxi and supplement radicals folded for the alignment only), so a
missed or extra row costs that row, not every row after it. Scoring is strict: a name read
with a radical (⼀ U+2F00) where the table has 一 is wrong; the last column says how many rows
would be right with radicals folded, to tell that apart from other misses. "extra" counts
records that match no expected row (page headers, footers, titles read as rows).
"""
from __future__ import annotations

import difflib
import json
import sys
import time
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAKERS = ("chromium-ruled", "chromium-unruled", "chromium-multipage", "libreoffice-xlsx",
          "libreoffice-docx")


def _radicals_folded(text: str) -> str:
    """Radicals back to the ideographs Chromium printed them for: Kangxi radicals (U+2F00-2FD5)
    by NFKC except ⼾ (NFKC gives 戶, the glyph is 户); CJK radicals supplement (U+2E80-2EF3),
    which NFKC leaves alone but ⺟, from the table below. The table is what a Chromium print of
    every CJK character of corpus/published (1,051, Noto Sans/Serif CJK SC) gave back."""
    return "".join(_RADICALS.get(ch) or (unicodedata.normalize("NFKC", ch)
                                         if "\u2e80" <= ch <= "\u2fdf" else ch) for ch in text)


_RADICALS = dict(zip("⺠⻋⻓⻔⻘⻛⻜⻝⻢⻣⻥⻩⻬⻰⼾", "民车长门青风飞食马骨鱼黄齐龙户"))


def _flat(text: str | None) -> str:
    return "".join((text or "").split())


def _same(a: str | None, b: str | None) -> bool:
    return " ".join((a or "").split()) == " ".join((b or "").split())


def load_expected(pdf: Path) -> list[dict]:
    path = pdf.with_suffix(".expected.jsonl")
    return [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]


def maker_of(pdf: Path) -> str:
    return pdf.stem.split("-", 1)[1] if "-" in pdf.stem else "other"


def pairs(want: list[dict], got: list) -> tuple[list[tuple[int, int | None]], int]:
    """(expected index, record index or None) for every expected row, and the extra records."""
    a = [_radicals_folded(_flat(w["name"])) for w in want]
    b = [_radicals_folded(_flat(g.name)) for g in got]
    out: list[tuple[int, int | None]] = []
    used = 0
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            out += [(i1 + k, j1 + k) for k in range(i2 - i1)]
            used += i2 - i1
        elif tag == "replace":      # position by position within the block
            n = min(i2 - i1, j2 - j1)
            out += [(i1 + k, j1 + k) for k in range(n)]
            out += [(i, None) for i in range(i1 + n, i2)]
            used += n
        elif tag == "delete":
            out += [(i, None) for i in range(i1, i2)]
    return out, len(got) - used


def score(pdf: Path, read_table, read_error) -> dict:
    want = load_expected(pdf)
    error = None
    try:
        got = read_table(pdf)
    except read_error as exc:
        got, error = [], str(exc)
    result = {"rows": len(want), "right": 0, "codes": 0, "folded": 0, "misses": [],
              "error": error}
    matched, result["extra"] = pairs(want, got)
    for i, j in matched:
        w = want[i]
        ind = got[j] if j is not None else None
        codes = ind is not None and (ind.declared_level1_code, ind.declared_level2_code) == (
            w["level1_code"], w["level2_code"])
        name_ok = ind is not None and _same(ind.name, w["name"])
        value_ok = ind is not None and _same(ind.annual_value, w["value"])
        folded = ind is not None and codes and _same(
            _radicals_folded(ind.name or ""), w["name"]) and _same(
            _radicals_folded(ind.annual_value or ""), w["value"] or "")
        result["codes"] += codes
        result["right"] += codes and name_ok and value_ok
        result["folded"] += folded
        if not (codes and name_ok and value_ok):
            result["misses"].append((i, (w["name"], w["value"], w["level1_code"], w["level2_code"]),
                                     (ind.name, ind.annual_value, ind.declared_level1_code,
                                      ind.declared_level2_code) if ind else None))
    return result


def main(argv: list[str]) -> int:
    import zhibiao

    folders = [Path(a) for a in argv if not a.startswith("--")]
    if not folders:
        folders = [ROOT / "tests" / "fixtures" / "pdf"]
        if (ROOT / "out" / "pdfs").is_dir():
            folders.append(ROOT / "out" / "pdfs")
    seen: dict[str, Path] = {}
    for folder in folders:
        for pdf in sorted(folder.glob("*.pdf")):
            if pdf.with_suffix(".expected.jsonl").exists():
                seen.setdefault(pdf.name, pdf)
    pdfs = sorted(seen.values(), key=lambda p: (maker_of(p), p.name))
    if not pdfs:
        print("no PDFs with .expected.jsonl found in " + ", ".join(map(str, folders)))
        return 1
    totals: dict[str, dict] = defaultdict(lambda: {"pdfs": 0, "rows": 0, "right": 0, "codes": 0,
                                                   "folded": 0, "extra": 0, "errors": 0})
    per_file = []
    start = time.perf_counter()
    for pdf in pdfs:
        r = score(pdf, zhibiao.read_table, zhibiao.ReadError)
        t = totals[maker_of(pdf)]
        t["pdfs"] += 1
        t["errors"] += r["error"] is not None
        for k in ("rows", "right", "codes", "folded", "extra"):
            t[k] += r[k]
        per_file.append((pdf, r))
    seconds = time.perf_counter() - start
    rows = sum(t["rows"] for t in totals.values())
    print(f"PDF reader: {len(pdfs)} PDFs, {rows} expected rows, read in {seconds:.1f} s "
          f"({', '.join(str(f) for f in folders)})")
    print(f"{'maker':20s} {'pdfs':>4s} {'rows':>5s}  {'name+value+codes':>18s}  "
          f"{'codes':>16s}  {'radicals folded':>16s} {'extra':>5s} {'errors':>6s}")

    def pct(n: int, d: int) -> str:
        return f"{n}/{d} {100 * n / d:5.1f}%" if d else "-"

    order = [m for m in MAKERS if m in totals] + sorted(set(totals) - set(MAKERS))
    for maker in order + ["all"]:
        t = totals[maker] if maker != "all" else {
            k: sum(v[k] for v in totals.values()) for k in next(iter(totals.values()))}
        print(f"{maker:20s} {t['pdfs']:4d} {t['rows']:5d}  {pct(t['right'], t['rows']):>18s}  "
              f"{pct(t['codes'], t['rows']):>16s}  {pct(t['folded'], t['rows']):>16s} "
              f"{t['extra']:5d} {t['errors']:6d}")
    if "--failures" in argv:
        for pdf, r in per_file:
            if r["error"]:
                print(f"ERROR {pdf.name}: {r['error']}")
            if r["misses"] or r["extra"]:
                print(f"{pdf.name}: {r['rows'] - len(r['misses'])}/{r['rows']} right, "
                      f"{r['extra']} extra")
            for i, want, got in r["misses"]:
                print(f"  row {i + 1}: want {want}\n          got  {got}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
