"""Coverage-guided fuzzing of every reader and of parse_value (make fuzz; not part of make test).

    python tools/fuzz.py READER [READER ...] --seconds N [--out tests/fixtures/fuzz]
    python tools/fuzz.py all --seconds N          # every target, one after the other
    python tools/fuzz.py --table                  # the figures of every run so far

READER is one of xlsx xls ods csv docx html pdf txt parse_value. Each target runs atheris
(libFuzzer) in a child process over inputs mutated from real files: the page text of
corpus/raw/ and tests/fixtures/, the PDFs of tests/fixtures/pdf/, and small tables built here
in every format from the rows of those page-text fixtures (no .xlsx/.docx/... is checked in).
For the zip formats (xlsx, ods, docx) a custom mutator also mutates the XML members inside
the archive, so the fuzzer gets past the zip container into the readers.

A crash is any exception but zhibiao.ReadError, a ReadError with ``unexpected=True`` (the net
under every reader fired: a reader bug), an input taking more than 30 s (an alarm in the
child, a watchdog in the parent for hangs in C code), or the child dying (libFuzzer's RSS
limit of 2 GB, a signal). Every crashing input is written to OUT/<reader>/crash-<sha1>.<ext>
(the smallest one of each distinct failure: exception type and where it was raised), which
tests/test_properties.py reads back as a regression case. Work files (corpus, logs, the
tracebacks) go to out/fuzz/<reader>/.

The last line is the figures of the run, one line a target:
reader, inputs tried, crashes, unexpected errors, slowest input (s), peak RSS (MB).
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import os
import random
import re
import resource
import shutil
import signal
import subprocess
import sys
import time
import traceback
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "out" / "fuzz"
DEFAULT_OUT = ROOT / "tests" / "fixtures" / "fuzz"
TARGETS = ("xlsx", "xls", "ods", "csv", "docx", "html", "pdf", "txt", "parse_value")
EXT = {"parse_value": "txt"}
ZIP_FORMATS = ("xlsx", "ods", "docx")
INPUT_LIMIT = 30          # seconds an input may take (the bound)
WATCHDOG = 60             # seconds without a new input before the parent kills the child
RSS_LIMIT_MB = 2048
# third-party parsers instrumented with zhibiao, so coverage leads into what they raise
INSTRUMENT = {"xlsx": ["openpyxl"], "docx": ["docx"], "pdf": ["pdfplumber", "pdfminer"],
              "csv": ["charset_normalizer"], "txt": ["charset_normalizer"],
              "parse_value": ["cn2an"]}


def ext_of(target: str) -> str:
    return EXT.get(target, target)


# ------------------------------------------------------------------------------ tables
# a small 绩效目标表 as a grid: context lines, the header, indicator rows (merged categories
# blank below their first row), a sign-off line
BASE_GRID = [
    ["项目名称", "社区法律服务经费"], ["主管部门", "某区司法局"], ["资金情况（万元）", "50.00"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "法律咨询人次", "≥500人次"],
    ["", "", "法治讲座场次", "12场"],
    ["", "质量指标", "案件办结率", "100%"],
    ["效益指标", "社会效益指标", "群众法律意识", "明显提升"],
    ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"],
    ["审核意见", "同意"],
]
BASE_MERGES = [(4, 0, 6, 0), (4, 1, 5, 1)]   # (first_row, first_col, last_row, last_col), 0-based


def write_table(fmt: str, grid: list[list], path: Path, merges=(), encoding: str = "utf-8",
                sep: str = " | ") -> Path:
    """Write `grid` (rows of cells; a cell is text, a number or None) as a file of format
    `fmt` (xlsx, xls, ods, csv, docx, html, txt). `merges`: (r0, c0, r1, c1) ranges, 0-based
    inclusive, merged where the format has merged cells (the first cell's text kept)."""
    path = Path(path)
    width = max((len(r) for r in grid), default=1) or 1
    if fmt == "xlsx":
        import openpyxl
        wb = openpyxl.Workbook()
        ws = wb.active
        for row in grid:
            ws.append([None if c == "" else c for c in row] or [None])
        for r0, c0, r1, c1 in merges:
            ws.merge_cells(start_row=r0 + 1, start_column=c0 + 1, end_row=r1 + 1, end_column=c1 + 1)
        wb.save(path)
    elif fmt == "xls":
        import xlwt
        wb = xlwt.Workbook(encoding="utf-8")
        ws = wb.add_sheet("Sheet1")
        covered = {(r, c) for r0, c0, r1, c1 in merges for r in range(r0, r1 + 1)
                   for c in range(c0, c1 + 1)}
        for r0, c0, r1, c1 in merges:
            ws.write_merge(r0, r1, c0, c1, grid[r0][c0] if c0 < len(grid[r0]) else "")
        for i, row in enumerate(grid):
            for j, cell in enumerate(row):
                if cell not in ("", None) and (i, j) not in covered:
                    ws.write(i, j, cell)
        wb.save(str(path))
    elif fmt == "ods":
        import pandas as pd
        frame = pd.DataFrame([list(r) + [None] * (width - len(r)) for r in grid] or [[None]])
        frame.to_excel(path, engine="odf", header=False, index=False)
    elif fmt == "docx":
        import docx
        doc = docx.Document()
        doc.add_paragraph("项目支出绩效目标表")
        table = doc.add_table(rows=max(len(grid), 1), cols=width)
        for i, row in enumerate(grid):
            for j, cell in enumerate(row):
                if cell not in ("", None):
                    table.cell(i, j).text = str(cell)
        for r0, c0, r1, c1 in merges:
            keep = table.cell(r0, c0).text
            table.cell(r0, c0).merge(table.cell(r1, c1))
            table.cell(r0, c0).text = keep
        doc.save(path)
    elif fmt == "html":
        import html
        span = {(r0, c0): (r1 - r0 + 1, c1 - c0 + 1) for r0, c0, r1, c1 in merges}
        covered = {(r, c) for r0, c0, r1, c1 in merges for r in range(r0, r1 + 1)
                   for c in range(c0, c1 + 1)} - set(span)
        lines = ["<html><head><meta charset='utf-8'></head><body><table border=1>"]
        for i, row in enumerate(grid):
            tds = []
            for j, cell in enumerate(row):
                if (i, j) in covered:
                    continue
                rs, cs = span.get((i, j), (1, 1))
                attrs = (f" rowspan={rs}" if rs > 1 else "") + (f" colspan={cs}" if cs > 1 else "")
                tds.append(f"<td{attrs}>{html.escape('' if cell is None else str(cell))}</td>")
            lines.append("<tr>" + "".join(tds) + "</tr>")
        lines.append("</table></body></html>")
        path.write_text("\n".join(lines), encoding=encoding)
    elif fmt == "csv":
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerows(
            [["" if c is None else c for c in r] for r in grid])
        path.write_bytes(buf.getvalue().encode(encoding))
    elif fmt == "txt":
        text = "\n".join(sep.join("" if c is None else str(c) for c in r) for r in grid)
        path.write_bytes(text.encode(encoding))
    else:
        raise ValueError(f"no writer for {fmt!r}")
    return path


def fixture_grids(limit: int = 8) -> list[list[list[str]]]:
    """Grids of the page-text fixtures written one row a line with ` | ` or tab cells."""
    grids = []
    for path in sorted((ROOT / "tests" / "fixtures").glob("pagetext*/*.txt")):
        lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
        for sep in (" | ", "\t"):
            split = [ln.split(sep) for ln in lines]
            if sum(len(c) >= 3 for c in split) >= len(lines) // 2:
                grids.append([[c.strip() for c in cells] for cells in split])
                break
        if len(grids) >= limit:
            break
    return grids


def build_seeds(target: str, seeds: Path) -> list[Path]:
    """Seed inputs of a target, written into `seeds` (existing files there are replaced)."""
    shutil.rmtree(seeds, ignore_errors=True)
    seeds.mkdir(parents=True)
    ext = ext_of(target)
    out: list[Path] = []
    if target == "parse_value":
        texts = []
        for path in sorted((ROOT / "corpus" / "gold").glob("values*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    texts.append(json.loads(line).get("value_text") or "")
        for text in dict.fromkeys(t for t in texts if t):
            p = seeds / f"v-{hashlib.sha1(text.encode()).hexdigest()[:12]}.txt"
            p.write_text(text, encoding="utf-8")
            out.append(p)
        return out
    if target == "txt":
        for path in [*sorted((ROOT / "corpus" / "raw").glob("*.txt")),
                     *sorted((ROOT / "tests" / "fixtures").glob("**/*.txt"))]:
            p = seeds / f"{path.parent.name}-{path.name}"
            shutil.copyfile(path, p)
            out.append(p)
        return out
    if target == "pdf":
        for path in sorted((ROOT / "tests" / "fixtures" / "pdf").glob("*.pdf")):
            shutil.copyfile(path, seeds / path.name)
            out.append(seeds / path.name)
        sys.path.insert(0, str(ROOT / "tests"))
        from pdfmaker import make_pdf      # small uncompressed PDFs: mutations reach the text
        grid = [[str(c) for c in r] for r in BASE_GRID]
        out.append(make_pdf(grid, seeds / "small-ruled.pdf", ruled_rows=(3, 8)))
        out.append(make_pdf(grid, seeds / "small-unruled.pdf"))
        return out
    grids = [(BASE_GRID, BASE_MERGES)] + [(g, ()) for g in fixture_grids()]
    for n, (grid, merges) in enumerate(grids):
        variants = [("utf-8", merges)]
        if target == "csv":
            variants.append(("gbk", ()))
        for encoding, m in variants:
            p = seeds / f"seed{n:02d}-{encoding}.{ext}"
            try:
                write_table(target, grid, p, merges=m, encoding=encoding)
            except (UnicodeEncodeError, ValueError):
                p.unlink(missing_ok=True)
                continue
            out.append(p)
    if target == "xlsx":        # numbers, percent formats and split value columns
        import openpyxl
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.append(["一级指标", "二级指标", "三级指标", "指标值类型", "目标值", "计量单位"])
        ws.append(["产出指标", "数量指标", "法律咨询人次", "≥", 500, "人次"])
        ws.append(["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥", 0.9, None])
        ws["E3"].number_format = "0%"
        ws2 = wb.create_sheet("第二个项目")
        ws2.append(["项目名称", "乙项目"])
        ws2.append(["绩效指标", "指标内容", "指标值", "度量单位"])
        ws2.append(["产出指标", "培训人数", "=SUM(1,2)", "人"])
        wb.save(seeds / "split-columns.xlsx")
        out.append(seeds / "split-columns.xlsx")
    return out


# ------------------------------------------------------------------------------ the child
class InputTimeout(BaseException):
    """Raised by the alarm: a BaseException, so no reader's net turns it into a ReadError."""


def _alarm(signum, frame):
    raise InputTimeout(f"input took more than {INPUT_LIMIT} s")


def failure_signature(exc: BaseException) -> tuple[str, str, str]:
    """(kind, signature, last traceback line) of a failure: the exception type and the
    innermost frame where it was raised (the real error behind an unexpected ReadError)."""
    import zhibiao
    kind = "crash"
    if isinstance(exc, zhibiao.ReadError) and exc.unexpected:
        kind = "unexpected"
        exc = exc.__context__ or exc
    elif isinstance(exc, InputTimeout):
        kind = "timeout"
    tb = traceback.extract_tb(exc.__traceback__)
    own = [f for f in tb if "/zhibiao/" in f.filename]
    where = [f"{Path(f.filename).name}:{f.lineno}" for f in (own[-1:] + tb[-1:])]
    if kind == "timeout":
        where = where[:1]
    last = f"{type(exc).__name__}: {str(exc)[:200]}"
    return kind, f"{kind} {type(exc).__name__} @ {' / '.join(dict.fromkeys(where))}", last


class Findings:
    """The failures of one target, kept across child restarts in out/fuzz/<target>/."""

    def __init__(self, target: str, work: Path, out: Path):
        self.target, self.work, self.out = target, work, out / target
        self.path = work / "findings.json"
        self.data = json.loads(self.path.read_text()) if self.path.exists() else {}

    def add(self, data: bytes, kind: str, signature: str, last: str, tb: str) -> None:
        name = f"crash-{hashlib.sha1(data).hexdigest()}.{ext_of(self.target)}"
        entry = self.data.get(signature)
        if entry is None:
            entry = self.data[signature] = {"kind": kind, "count": 0, "size": None, "file": None,
                                            "ours": False, "last": last, "traceback": tb}
        entry["count"] += 1
        if entry["size"] is None or len(data) < entry["size"]:
            self.out.mkdir(parents=True, exist_ok=True)
            if entry["file"] and entry["ours"]:
                (self.out / entry["file"]).unlink(missing_ok=True)   # keep only the smallest
            ours = not (self.out / name).exists()     # never delete a regression file kept before
            (self.out / name).write_bytes(data)
            entry.update(size=len(data), file=name, last=last, traceback=tb, ours=ours)
        self.save()

    def save(self) -> None:
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.data, ensure_ascii=False, indent=1))
        os.replace(tmp, self.path)


def zip_mutator(data: bytes, max_size: int, seed: int) -> bytes:
    """Half the time mutate one member inside the zip (an XML part, mostly), rebuilding the
    archive; else mutate the bytes of the archive itself."""
    import atheris
    rnd = random.Random(seed)
    if rnd.random() < 0.5:
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                members = [(i.filename, zf.read(i)) for i in zf.infolist()]
        except Exception:        # not a zip any more: mutate it as bytes
            members = []
        if members:
            xml = [k for k, (n, _) in enumerate(members) if n.endswith((".xml", ".rels"))]
            k = rnd.choice(xml or range(len(members)))
            name, body = members[k]
            roll = rnd.random()
            if roll < 0.05 and len(members) > 1:
                members.pop(k)                                   # a part missing
            elif roll < 0.10:
                members[k] = (name, body[: rnd.randrange(len(body) + 1)])   # a part cut short
            else:
                members[k] = (name, atheris.Mutate(body, len(body) + 256))
            buf = io.BytesIO()
            with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
                for n, b in members:
                    zf.writestr(n, b)
            new = buf.getvalue()
            if len(new) <= max_size:
                return new
    return atheris.Mutate(data, max_size)


def child(target: str, out: Path, argv: list[str]) -> None:
    import atheris
    import importlib
    import pkgutil
    with atheris.instrument_imports(include=["zhibiao", *INSTRUMENT.get(target, [])]):
        import zhibiao
        import zhibiao.readers
        for mod in pkgutil.iter_modules(zhibiao.readers.__path__, "zhibiao.readers."):
            importlib.import_module(mod.name)
        for lib in INSTRUMENT.get(target, []):
            try:
                importlib.import_module(lib)
            except ImportError:
                pass
    work = WORK / target
    findings = Findings(target, work, out)
    cur = work / f"cur.{ext_of(target)}"
    stats = {"inputs": 0, "crashes": 0, "unexpected": 0, "slowest": 0.0, "peak_rss_mb": 0.0}
    stats_path = work / f"stats-{os.getpid()}.json"
    last_dump = [0.0]
    total = [float(a.split("=", 1)[1]) for a in argv if a.startswith("-max_total_time=")]
    ends = time.monotonic() + total[0] - 3 if total else float("inf")   # count every input at the end
    signal.signal(signal.SIGALRM, _alarm)

    def dump(force=False):
        now = time.monotonic()
        if force or now - last_dump[0] > 1.0 or now > ends:
            stats["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            stats_path.write_text(json.dumps(stats))
            last_dump[0] = now

    def check_targets(targets):
        import math
        for t in targets:
            d = t.to_dict()
            assert 0.0 <= d["confidence"] <= 1.0, f"confidence {d['confidence']!r}"
            for key in ("value", "upper"):
                v = d[key]
                if isinstance(v, float):
                    assert math.isfinite(v), f"{key} {v!r}"

    def one(data: bytes) -> None:
        stats["inputs"] += 1
        cur.write_bytes(data)      # the reader's input; its mtime is the parent's watchdog
        t0 = time.monotonic()
        failure = None
        signal.setitimer(signal.ITIMER_REAL, INPUT_LIMIT)
        try:
            if target == "parse_value":
                check_targets(zhibiao.parse_value(data.decode("utf-8", "replace")))
            else:
                zhibiao.read_table(cur)
        except zhibiao.ReadError as exc:
            if exc.unexpected:
                failure = exc
        except KeyboardInterrupt:
            raise
        except BaseException as exc:     # noqa: BLE001 - every failure is a finding
            failure = exc
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        elapsed = time.monotonic() - t0
        if elapsed > stats["slowest"]:
            stats["slowest"] = round(elapsed, 3)
            (work / f"slowest.{ext_of(target)}").write_bytes(data)
        if failure is not None:
            kind, sig, last = failure_signature(failure)
            stats["crashes"] += 1
            stats["unexpected"] += kind == "unexpected"
            inner = failure.__context__ if kind == "unexpected" and failure.__context__ else failure
            tb = "".join(traceback.format_exception(type(inner), inner, inner.__traceback__))
            findings.add(data, kind, sig, last, tb[-4000:])
            dump(force=True)
        else:
            dump()

    kwargs = {"custom_mutator": zip_mutator} if target in ZIP_FORMATS else {}
    atheris.Setup([sys.argv[0], *argv], one, **kwargs)
    atheris.Fuzz()


# ------------------------------------------------------------------------------ the parent
def _record_dead_child(target: str, findings: Findings, data: bytes, kind: str, why: str) -> None:
    findings.add(data, kind, f"{kind} (child {why})", f"{kind}: {why}", "")


def run_target(target: str, seconds: float, out: Path) -> dict:
    work = WORK / target
    work.mkdir(parents=True, exist_ok=True)
    corpus, seeds, artifacts = work / "corpus", work / "seeds", work / "artifacts"
    corpus.mkdir(exist_ok=True)
    seed_files = build_seeds(target, seeds)
    max_len = 4096 if target == "parse_value" else min(
        max(p.stat().st_size for p in seed_files) * 5 // 4 + 1024, 512 * 1024)
    for stale in [*work.glob("stats-*.json"), work / "findings.json"]:
        stale.unlink(missing_ok=True)      # figures and findings are the run's own
    start = time.monotonic()
    deadline = start + seconds
    totals = {"inputs": 0, "crashes": 0, "unexpected": 0, "slowest": 0.0, "peak_rss_mb": 0.0,
              "restarts": 0}
    cur = work / f"cur.{ext_of(target)}"
    log = (work / "fuzz.log").open("ab")
    while deadline - time.monotonic() > 5:
        shutil.rmtree(artifacts, ignore_errors=True)
        artifacts.mkdir()
        cur.unlink(missing_ok=True)
        remaining = int(deadline - time.monotonic())
        cmd = [sys.executable, str(Path(__file__).resolve()), "--child", target, "--out", str(out),
               "--", f"-max_total_time={remaining}", "-timeout=0",
               f"-rss_limit_mb={RSS_LIMIT_MB}", f"-artifact_prefix={artifacts}/",
               f"-max_len={max_len}", f"-report_slow_units={INPUT_LIMIT}", "-print_final_stats=1",
               str(corpus), str(seeds)]
        log.write(f"\n=== {time.ctime()} {' '.join(cmd)}\n".encode())
        log.flush()
        log_from = log.tell()
        proc = subprocess.Popen(cmd, stdout=log, stderr=log, cwd=ROOT)
        status, usage, hung = None, None, False
        while status is None:
            pid, st, ru = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                status, usage = st, ru
                break
            time.sleep(1)
            # a hang where the alarm cannot reach (C code): the input file stopped changing
            if cur.exists() and time.time() - cur.stat().st_mtime > WATCHDOG:
                hung = True
                proc.kill()
            elif time.monotonic() > deadline + 120:      # libFuzzer did not stop on time
                proc.kill()
        proc.returncode = os.waitstatus_to_exitcode(status)
        stats_files = list(work.glob(f"stats-{proc.pid}.json"))
        run = json.loads(stats_files[0].read_text()) if stats_files else {}
        # libFuzzer's own count when it printed one (a child it killed on OOM still does)
        log.flush()
        with (work / "fuzz.log").open("rb") as fh:
            fh.seek(log_from)
            counted = [int(m) for m in re.findall(rb"stat::number_of_executed_units: (\d+)", fh.read())]
        totals["inputs"] += max([run.get("inputs", 0), *counted])
        totals["crashes"] += run.get("crashes", 0)
        totals["unexpected"] += run.get("unexpected", 0)
        totals["slowest"] = max(totals["slowest"], run.get("slowest", 0.0))
        totals["peak_rss_mb"] = max(totals["peak_rss_mb"], run.get("peak_rss_mb", 0.0),
                                    usage.ru_maxrss / 1024 if usage else 0.0)
        findings = Findings(target, work, out)
        died = hung or proc.returncode != 0
        if died:
            totals["crashes"] += 1
            totals["restarts"] += 1
            # libFuzzer's slow-unit-* files are no failure (the slowest input is in the figures)
            arts = sorted(a for a in artifacts.glob("*") if not a.name.startswith("slow-unit"))
            if hung:
                data = cur.read_bytes()
                totals["slowest"] = max(totals["slowest"], float(WATCHDOG))
                _record_dead_child(target, findings, data, "timeout",
                                   f"killed after {WATCHDOG} s on one input")
            elif arts:
                for art in arts:      # oom-..., crash-..., timeout-..., leak-...
                    _record_dead_child(target, findings, art.read_bytes(), art.name.split("-")[0],
                                       f"libFuzzer {art.name.split('-')[0]}, exit {proc.returncode}")
            elif cur.exists():
                _record_dead_child(target, findings, cur.read_bytes(), "crash",
                                   f"exit {proc.returncode}")
            log.write(f"=== child died (exit {proc.returncode}, hung={hung})\n".encode())
        if not died:
            break
    log.close()
    totals["seconds"] = round(time.monotonic() - start)
    totals["reader"] = target
    totals["slowest"] = round(totals["slowest"], 2)
    totals["peak_rss_mb"] = round(totals["peak_rss_mb"])
    totals["when"] = time.strftime("%Y-%m-%d %H:%M:%S")
    totals["failures"] = {sig: {k: e[k] for k in ("kind", "count", "file", "last")}
                          for sig, e in Findings(target, work, out).data.items()}
    with (WORK / "figures.jsonl").open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(totals, ensure_ascii=False) + "\n")
    return totals


def figures_line(t: dict) -> str:
    return (f"{t['reader']:<12} {t['inputs']:>9} {t['crashes']:>8} {t['unexpected']:>10} "
            f"{t['slowest']:>11.2f} {t['peak_rss_mb']:>10} {t['seconds']:>8}")


HEADER = (f"{'reader':<12} {'inputs':>9} {'crashes':>8} {'unexpected':>10} "
          f"{'slowest(s)':>11} {'peakRSS_MB':>10} {'seconds':>8}")


def print_table(rows: list[dict]) -> None:
    print(HEADER)
    for t in rows:
        print(figures_line(t))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        target, rest = argv[1], argv[2:]
        out = DEFAULT_OUT
        if rest[:1] == ["--out"]:
            out, rest = Path(rest[1]), rest[2:]
        if rest[:1] == ["--"]:
            rest = rest[1:]
        child(target, out, rest)
        return 0
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("targets", nargs="*", help=f"'all' or some of {', '.join(TARGETS)}")
    ap.add_argument("--seconds", type=float, default=600, help="fuzzing time per target")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where crashing inputs go")
    ap.add_argument("--table", action="store_true", help="print the figures of every run so far")
    args = ap.parse_args(argv)
    if args.table:
        path = WORK / "figures.jsonl"
        rows = [json.loads(ln) for ln in path.read_text().splitlines()] if path.exists() else []
        print_table(rows)
        return 0
    targets = list(TARGETS) if args.targets in ([], ["all"]) else args.targets
    unknown = [t for t in targets if t not in TARGETS]
    if unknown:
        ap.error(f"unknown target(s) {', '.join(unknown)}; choose from {', '.join(TARGETS)}")
    rows = []
    for target in targets:
        print(f"fuzzing {target} for {args.seconds:.0f} s ...", flush=True)
        totals = run_target(target, args.seconds, args.out.resolve())
        for sig, e in totals["failures"].items():
            print(f"  {e['kind']}: {e['count']}x {sig} -> {e['file']}\n      {e['last']}")
        rows.append(totals)
        print(figures_line(totals), flush=True)
    print_table(rows)
    return 1 if any(t["crashes"] for t in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
