"""A million indicator rows through `zhibiao normalize` (make bench-million; not part of make test).

Writes a csv of N rows (default 1,000,000) in a temporary folder: several thousand projects
of 5-11 indicators each (about 8), their names, values and declared categories drawn with a
fixed seed from corpus/indicators.jsonl, so names and values repeat as they do across real
submissions. Then, each as a subprocess under `/usr/bin/time -v`:

  read        the csv reader alone (zhibiao.readers.iter_table, records counted)
  normalize   normalize + write without the reader: records parsed from the csv with the csv
              module, then NormalizedStream and writers.write_rows (to .jsonl)
  jsonl, xlsx the whole command: zhibiao normalize in.csv -o out.jsonl / out.xlsx

and prints rows in and out, wall seconds and peak RSS (MB) of each, so the part that
dominates memory shows. `--rows 20000` for a quick run; `--only jsonl xlsx` to pick runs;
`--keep` leaves the folder (its path is printed).

`--jobs 1 2` makes the normalize, jsonl and xlsx runs once with each number of worker
processes (`--jobs N` of the command, `jobs=N` of normalize_stream) and prints the speed-up
over the first; peak RSS is then the largest of the main process and each worker (what
/usr/bin/time reports). The default is `--jobs 1`.
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
ZHIBIAO = str(Path(sys.executable).with_name("zhibiao"))
HEADER = ["主管部门", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"]
RUNS = ("read", "normalize", "jsonl", "xlsx")

# records straight from the csv module, through the streaming normaliser and writer: the
# memory of everything but the reader
NORMALIZE_ONLY = r"""
import csv, sys
from zhibiao.streaming import normalize_stream
from zhibiao.records import Indicator
from zhibiao import writers
from zhibiao.categories import declared_codes
src, out, jobs = sys.argv[1], sys.argv[2], int(sys.argv[3])
def records():
    with open(src, encoding="utf-8", newline="") as fh:
        rows = csv.reader(fh)
        next(rows)
        for i, (dep, project, l1, l2, name, value) in enumerate(rows, 2):
            c1, c2, flags = declared_codes(l1 or None, l2 or None)
            yield Indicator(source=src, location={"row": i}, project=project, name=name,
                            annual_value=value, declared_level1=l1 or None,
                            declared_level2=l2 or None, declared_level1_code=c1,
                            declared_level2_code=c2, extra={"主管部门": dep}, flags=flags,
                            raw=",".join((dep, project, l1, l2, name, value)))
with normalize_stream(records(), workdir=str(__import__("pathlib").Path(out).parent), jobs=jobs) as s:
    writers.write_rows(s.rows(), out)
    print(s.count)
"""

READ_ONLY = r"""
import sys
from zhibiao.readers import iter_table
print(sum(1 for _ in iter_table(sys.argv[1])))
"""


def generate(path: Path, n: int, seed: int = 0) -> dict:
    """n indicator rows in projects of 5-11, drawn from the corpus."""
    corpus = [json.loads(x) for x in (ROOT / "corpus" / "indicators.jsonl").read_text(encoding="utf-8").splitlines()]
    corpus = [r for r in corpus if r.get("name") and r.get("annual_value")]
    departments = sorted({r["department"] for r in corpus if r.get("department")}) or ["某局"]
    bases = sorted({r["project"] for r in corpus if r.get("project")}) or ["项目"]
    rng = random.Random(seed)
    written = projects = 0
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        while written < n:
            projects += 1
            dep = departments[projects % len(departments)]
            project = f"{rng.choice(bases)}（{projects}）"
            for _ in range(min(rng.randint(5, 11), n - written)):
                r = rng.choice(corpus)
                w.writerow([dep, project, _plain(r.get("declared_level1")),
                            _plain(r.get("declared_level2")), _plain(r["name"]), _plain(r["annual_value"])])
                written += 1
    return {"rows": written, "projects": projects, "csv_mb": round(path.stat().st_size / 2**20, 1)}


def _plain(text: str | None) -> str:
    """One physical line a cell (the corpus keeps some cells' line breaks)."""
    return " ".join((text or "").split())


def timed(cmd: list[str], stdout: Path | None = None) -> dict:
    """Run under /usr/bin/time -v: wall seconds, peak RSS, exit code, stderr tail."""
    start = time.perf_counter()
    with (stdout or Path("/dev/null")).open("w") as out:
        proc = subprocess.run(["/usr/bin/time", "-v", *cmd], stdout=out, stderr=subprocess.PIPE,
                              text=True)
    wall = time.perf_counter() - start
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr)
    tail = [line for line in proc.stderr.splitlines() if line.startswith("zhibiao")]
    return {"exit": proc.returncode, "wall_s": round(wall, 1),
            "peak_rss_mb": round(int(rss.group(1)) / 1024, 1) if rss else None,
            "messages": tail[:3]}


def xlsx_rows(path: Path) -> dict:
    """Data rows per sheet of a workbook, counted in the sheet XML (no workbook loaded)."""
    counts = {}
    with zipfile.ZipFile(path) as z:
        names = re.findall(r'<sheet [^>]*name="([^"]+)"', z.read("xl/workbook.xml").decode())
        for i, name in enumerate(names, 1):
            n = 0
            with z.open(f"xl/worksheets/sheet{i}.xml") as fh:
                tail = b""
                while chunk := fh.read(1 << 22):
                    n += (tail + chunk).count(b"<row ")
                    tail = chunk[-4:]
            counts[name] = n - 1
    return counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--only", nargs="+", choices=RUNS, default=list(RUNS))
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder")
    ap.add_argument("--jobs", type=int, nargs="+", default=[1], metavar="N",
                    help="worker processes of the normalize, jsonl and xlsx runs, one run each "
                         "(default: 1); with several, the speed-up over the first is printed")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="zhibiao-million-"))
    try:
        table = tmp / "in" / "million.csv"
        table.parent.mkdir()
        made = generate(table, args.rows)
        print(json.dumps({"input": made}, ensure_ascii=False), flush=True)
        runs = [(run, jobs) for run in args.only
                for jobs in (args.jobs if run != "read" else args.jobs[:1])]
        first: dict[str, float] = {}
        for run, jobs in runs:
            if run == "read":
                got = timed([PYTHON, "-c", READ_ONLY, str(table)], stdout=tmp / "read.out")
                got["rows_out"] = int((tmp / "read.out").read_text() or 0)
            elif run == "normalize":
                out = tmp / "out" / "direct.jsonl"
                out.parent.mkdir(exist_ok=True)
                got = timed([PYTHON, "-c", NORMALIZE_ONLY, str(table), str(out), str(jobs)])
                got["rows_out"] = _lines(out)
            else:
                out = tmp / "out" / f"million.{run}"
                out.parent.mkdir(exist_ok=True)
                got = timed([ZHIBIAO, "normalize", str(table), "-o", str(out), "--quiet", "--json",
                             "--jobs", str(jobs)], stdout=tmp / f"{run}.summary")
                if out.exists():
                    got["out_mb"] = round(out.stat().st_size / 2**20, 1)
                    if run == "jsonl":
                        got["rows_out"] = _lines(out)
                    else:
                        sheets = xlsx_rows(out)
                        got["rows_out"] = sum(v for k, v in sheets.items() if k.startswith(("indicators", "指标明细")))
                        got["sheets"] = sheets
            if run != "read":
                got["jobs"] = jobs
                first.setdefault(run, got["wall_s"])
                if jobs != args.jobs[0] and got["exit"] == 0 and got["wall_s"]:
                    got[f"speed_up_over_jobs_{args.jobs[0]}"] = round(first[run] / got["wall_s"], 2)
            print(json.dumps({run: {"rows_in": made["rows"], **got}}, ensure_ascii=False), flush=True)
            for f in (tmp / "out").glob("*") if (tmp / "out").exists() else ():
                f.unlink()
    finally:
        if args.keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


def _lines(path: Path) -> int:
    if not path.exists():
        return 0
    n = 0
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 22):
            n += chunk.count(b"\n")
    return n


if __name__ == "__main__":
    main()
