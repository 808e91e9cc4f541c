"""Time and peak memory of `zhibiao read` on every hostile file of tests/hostile.py, and on the
large ones the tests do not build: a 3 GB zip bomb disguised as .xlsx, a 20,000-row csv, a
page-text file of 80,000 rows, and (with --big) a 1,048,575-row sheet.

Each file runs in its own process under /usr/bin/time -v; the table says exit code, wall
seconds, peak RSS and the first line of stderr. Usage:

    python benchmarks/bench_hostile.py [--big] [--only NAME]
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from hostile import BUILDERS, HEADER, ROWS, _plain_xlsx  # noqa: E402


def zip_bomb(d: Path, inflated: int = 3 << 30) -> Path:
    """A .xlsx whose sheet inflates to `inflated` bytes (deflate stores ~1000:1 of one letter)."""
    src = _plain_xlsx(d / "src.xlsx")
    out = d / "bomb3g.xlsx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in zin.namelist():
            data = zin.read(name)
            if name != "xl/worksheets/sheet1.xml":
                zout.writestr(name, data)
                continue
            head, tail = data.split(b"</sheetData>")
            with zout.open(name, "w", force_zip64=True) as fh:
                fh.write(head + b'<row r="90"><c r="A90" t="inlineStr"><is><t>')
                block = b"a" * (64 << 20)
                for _ in range(inflated // len(block)):
                    fh.write(block)
                fh.write(b"</t></is></c></row></sheetData>" + tail)
    src.unlink()
    return out


def long_table(d: Path, rows: int, sep: str, suffix: str) -> Path:
    """`rows` indicator rows under a header, cells joined by `sep` (a csv, or pipe page text)."""
    path = d / f"rows{rows}{suffix}"
    with path.open("w", encoding="utf-8") as fh:
        fh.write(sep.join(HEADER) + "\n")
        for i in range(rows):
            r = ROWS[i % len(ROWS)]
            fh.write(sep.join([r[0], r[1], f"{r[2]}{i}", r[3]]) + "\n")
    return path


def full_sheet(d: Path) -> Path:
    import openpyxl
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("表")
    ws.append(HEADER)
    for i in range(1_048_575):
        r = ROWS[i % len(ROWS)]
        ws.append([r[0], r[1], f"{r[2]}{i % 5000}", r[3]])
    wb.save(d / "full_sheet.xlsx")
    return d / "full_sheet.xlsx"


def measure(path: Path) -> dict:
    cmd = ["/usr/bin/time", "-v", sys.executable, "-m", "zhibiao", "read", str(path)]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    err = proc.stderr
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", err)
    secs = (int(wall[1] or 0) * 3600 + int(wall[2]) * 60 + float(wall[3])) if wall else float("nan")
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", err)
    said = next((x for x in err.splitlines() if x.startswith("zhibiao")), "")
    return {"exit": proc.returncode, "records": proc.stdout.count("\n"), "seconds": secs,
            "peak_mb": int(rss[1]) / 1024 if rss else float("nan"),
            "traceback": "Traceback" in err, "said": said.split(": ", 2)[-1][:70]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--big", action="store_true", help="also a 1,048,575-row sheet (a few minutes)")
    ap.add_argument("--only", help="one case by name")
    args = ap.parse_args()
    cases = {**BUILDERS, "zip_bomb_3gb": zip_bomb,
             "csv_20000_rows": lambda d: long_table(d, 20000, ",", ".csv"),
             "page_text_80000_rows": lambda d: long_table(d, 80000, " | ", ".txt")}
    if args.big:
        cases["sheet_1048575_rows"] = full_sheet
    if args.only:
        cases = {args.only: cases[args.only]}
    print(f"{'case':36} {'exit':>4} {'records':>8} {'seconds':>8} {'peak MB':>8}  message")
    worst_s = worst_mb = 0.0
    tracebacks = 0
    for name, build in cases.items():
        with tempfile.TemporaryDirectory() as tmp:
            got = measure(build(Path(tmp)))
        worst_s, worst_mb = max(worst_s, got["seconds"]), max(worst_mb, got["peak_mb"])
        tracebacks += got["traceback"]
        print(f"{name:36} {got['exit']:>4} {got['records']:>8} {got['seconds']:>8.1f} "
              f"{got['peak_mb']:>8.0f}  {got['said']}", flush=True)
    print(f"\n{len(cases)} files: slowest {worst_s:.1f} s, largest peak {worst_mb:.0f} MB, "
          f"tracebacks {tracebacks}")


if __name__ == "__main__":
    main()
