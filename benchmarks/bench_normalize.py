"""Throughput of batch normalisation (make bench), by stage, on rows a cache cannot stand in for.

Rows are drawn with a fixed seed from corpus/indicators.jsonl and perturbed: each name gets a
place and a programme word before it, each number in a value a new number of the same size,
so that names and values are mostly distinct (the figure the README quotes). The old figure,
on rows repeated as they are drawn (names and values recur across submissions), stays beside
it, labelled as such. Projects of 5-11 rows, 200 rows a table, declared level-1 as written.

Stages, each timed alone on the same rows, one core, warm model:
  read       a csv of the rows through zhibiao.readers.iter_table
  parse      every value cell through the batch's value cache (one parse per distinct cell)
  segment    jieba over the distinct names (part of features)
  features   the classifier's feature union over the distinct (name, value) pairs
  predict    the logistic regression on those features
  table      the table path: restriction and decoding of every project (classify_table)
  checks     the reviewer's checks: rows, projects, tables, relatedness
  write      the normalised rows to .jsonl and to .xlsx
and the whole of normalize_records end to end; the same rows as a DataFrame through
zhibiao.normalize; and a first call: a fresh process that imports zhibiao and normalizes the
rows once (what a script calling it once waits for, loading included).

    python benchmarks/bench_normalize.py               # 20,000 and 200,000 distinct rows
    python benchmarks/bench_normalize.py --rows 20000  # one size
    python benchmarks/bench_normalize.py --file benchmarks/data/rows-heldout.jsonl
                                                       # 4,000 rows a helper invented (held out)
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import importlib  # noqa: E402

import zhibiao  # noqa: E402
from zhibiao import checks, writers  # noqa: E402
from zhibiao.classifier import resolve_model  # noqa: E402
from zhibiao.readers import iter_table  # noqa: E402
from zhibiao.segment import words  # noqa: E402

zn = importlib.import_module("zhibiao.normalize")     # the module (zhibiao.normalize is also a function)

PLACES = ["东城", "西湖", "南山", "北塘", "清河", "龙泉", "青山", "白云", "长安", "新华", "城关",
          "金水", "天河", "高新", "滨海", "江北", "河西", "望城", "临川", "安宁"]
PROGRAMMES = ["乡村振兴", "基层治理", "公共卫生", "义务教育", "法律援助", "文化惠民", "河湖治理",
              "就业帮扶", "养老服务", "应急保障", "农田建设", "全民健身", "社区服务", "数字政务",
              "食品安全", "交通安全", "生态修复", "残疾人康复", "科技创新", "人才培养"]
HEADER = ["主管部门", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"]
REPEATS = 3                         # normalize runs per figure; the fastest is quoted
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _corpus() -> list[dict]:
    path = ROOT / "corpus" / "indicators.jsonl"
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def _new_number(m: re.Match, rng: random.Random) -> str:
    text = m.group()
    if "." in text:
        return f"{rng.uniform(0, 10 ** len(text.split('.')[0])):.{len(text.split('.')[1])}f}"
    return str(rng.randint(10 ** (len(text) - 1) if len(text) > 1 else 0, 10 ** len(text) - 1))


def rows(n: int, distinct: bool = True, seed: int = 0) -> list[dict]:
    """n records in projects of 5-11 rows, 200 rows a table; perturbed when `distinct`."""
    corpus = [r for r in _corpus() if r.get("name")]
    rng = random.Random(seed)
    out: list[dict] = []
    project, left = 0, 0
    while len(out) < n:
        if left == 0:
            project, left = project + 1, rng.randint(5, 11)
        r = dict(rng.choice(corpus))
        if distinct:
            r["name"] = f"{rng.choice(PLACES)}{rng.choice(PROGRAMMES)}{r['name']}"
            r["annual_value"] = _NUMBER.sub(lambda m: _new_number(m, rng), r.get("annual_value") or "")
        i = len(out)
        r["source"] = f"bench-{i // 200}.xlsx"
        r["project"] = f"项目{project}"
        r["location"] = {"row": i % 200}
        r["declared_level2"] = r["declared_level2_code"] = None     # level-1 only, as often
        out.append(r)
        left -= 1
    return out


def _timed(fn, *args):
    start = time.perf_counter()
    result = fn(*args)
    return time.perf_counter() - start, result


def stages(batch: list[dict], folder: Path) -> dict[str, float]:
    """Seconds of each stage alone over `batch`, with the cycle collector held off as
    normalize_records holds it (writing is timed as the command line writes: with it on)."""
    with zn.collector_paused():
        out = _batch_stages(batch, folder)
    normalised = zn.normalize_records(batch)
    rows_out = [zn.to_output_row(r) for r in normalised]
    out["write_jsonl"], _ = _timed(writers.write_rows, rows_out, folder / "out.jsonl")
    out["write_xlsx"], _ = _timed(writers.write_rows, rows_out, folder / "out.xlsx")
    return out


def _batch_stages(batch: list[dict], folder: Path) -> dict[str, float]:
    model = resolve_model(None)
    out: dict[str, float] = {}
    path = folder / "in.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        for r in batch:
            w.writerow([r.get("department") or "", r["project"], r.get("declared_level1") or "",
                        "", r["name"], r.get("annual_value") or ""])
    out["read"], _ = _timed(lambda: sum(1 for _ in iter_table(path)))
    values = zn._ValueCache()
    out["parse"], parsed = _timed(lambda: [zn._parsed(zn._as_dict(r), values) for r in batch])
    pairs = list(dict.fromkeys((r["name"], r.get("annual_value") or "") for r in batch))
    inputs = [{"name": a, "value_text": b} for a, b in pairs]
    names = list(dict.fromkeys(a for a, _ in pairs))
    out["segment"], _ = _timed(lambda: [words(x) for x in names])
    pipeline = model.estimator.base_
    features = pipeline.named_steps["features"]
    out["features"], X = _timed(features.transform, inputs)
    out["predict"], _ = _timed(pipeline.named_steps["model"].predict_proba, X)
    out["table"], _ = _timed(zn._classify, parsed, model)
    def run_checks():
        project_flags = checks.check_projects(parsed)
        project_words, name_words = zn._ProjectWords(), {}
        for d in parsed:
            d["flags"] = d["flags"] + checks.check_row(d)
            checks.relatedness_flag(d, project_words, name_words)
        return project_flags
    out["checks"], _ = _timed(run_checks)
    return out


def _clear_caches() -> None:
    """Empty the package's per-string caches (a cleaned name, a unit's reading…), so that a
    repeated run finds nothing from the one before; the model and lexicons stay loaded."""
    for module in list(sys.modules.values()):
        if not getattr(module, "__name__", "").startswith("zhibiao"):
            continue
        for fn in list(vars(module).values()):
            info = getattr(fn, "cache_info", None)
            if info is not None and (info().maxsize or 0) >= 1024:
                fn.cache_clear()


_NAIVE = re.compile(r"(\d+(?:\.\d+)?)\s*(%|万元|元|人|次|件)?")


def _naive_seconds(batch: list[dict]) -> float:
    """The fastest of REPEATS naive regex passes over the batch's value cells."""
    cells = [r.get("annual_value") or "" for r in batch]
    best = float("inf")
    for _ in range(REPEATS):
        start = time.perf_counter()
        for cell in cells:
            _NAIVE.findall(cell)
        best = min(best, time.perf_counter() - start)
    return best


def file_rows(path: Path) -> list[dict]:
    """Rows of a jsonl file of {project, level1, level2, name, value} (benchmarks/data), as
    the records a reader gives: declared classes read from the level cells."""
    from zhibiao.categories import declared_codes
    out = []
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if not line.strip():
            continue
        r = json.loads(line)
        c1, c2, flags = declared_codes(r.get("level1") or None, r.get("level2") or None)
        out.append({"source": path.name, "location": {"row": i}, "project": r.get("project"),
                    "declared_level1": r.get("level1") or None, "declared_level2": r.get("level2") or None,
                    "declared_level1_code": c1, "declared_level2_code": c2, "flags": flags,
                    "name": r["name"], "annual_value": r["value"]})
    return out


def measure(n: int, distinct: bool, with_stages: bool, path: Path | None = None) -> dict:
    batch = file_rows(path) if path else rows(n, distinct)
    n = len(batch)
    zn.normalize_records(rows(200, distinct, seed=1))          # load the model once
    # the fastest of REPEATS runs (as timeit does): other processes on the machine only ever
    # slow a run down; each run starts from nothing cached (normalize_records keeps no cache)
    runs, cpu = [], []
    for _ in range(REPEATS):
        _clear_caches()
        start, start_cpu = time.perf_counter(), time.process_time()
        out = zn.normalize_records(batch)
        runs.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
        assert len(out) == n
    seconds = min(runs)
    frame = _frame(batch)
    frame_runs = []
    for _ in range(REPEATS):
        _clear_caches()
        start = time.perf_counter()
        zhibiao.normalize(frame)
        frame_runs.append(time.perf_counter() - start)
    naive = _naive_seconds(batch)
    figure = {
        "rows": n, "rows_are": (f"as written in {path.relative_to(ROOT)}" if path else
                                "distinct (perturbed)" if distinct else "repeated (drawn as they are)"),
        "distinct_values": len({r.get("annual_value") for r in batch}),
        "distinct_name_value_pairs": len({(r.get("name"), r.get("annual_value")) for r in batch}),
        "normalize_seconds": round(seconds, 2),
        "normalize_seconds_each_run": [round(x, 2) for x in runs],
        "normalize_cpu_seconds_each_run": [round(x, 2) for x in cpu],
        "normalize_rows_per_s": round(n / seconds),
        # a naive regex pass over the same value cells in the same minutes (numbers and a few
        # units, nothing else): the machine's speed, so the ratio does not drift with it
        "naive_regex_rows_per_s": round(n / naive),
        "normalize_share_of_naive_regex": f"1/{seconds / naive:.0f}",
        # the same rows as a DataFrame through zhibiao.normalize (name, value, project and
        # declared level-1 columns): what a pipeline calls
        "frame_rows_per_s": round(n / min(frame_runs)),
        "frame_share_of_naive_regex": f"1/{min(frame_runs) / naive:.0f}",
    }
    if distinct:
        figure["first_call"] = _first_call(n, path)
    if with_stages:
        with tempfile.TemporaryDirectory() as tmp:
            t = stages(batch, Path(tmp))
        figure["stages_rows_per_s"] = {k: round(n / v) for k, v in t.items()}
        figure["stages_seconds"] = {k: round(v, 2) for k, v in t.items()}
    figure["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return figure


def _frame(batch: list[dict]) -> "pd.DataFrame":
    import pandas as pd
    return pd.DataFrame({"项目名称": [r["project"] for r in batch],
                         "一级指标": [r.get("declared_level1") or "" for r in batch],
                         "三级指标": [r["name"] for r in batch],
                         "指标值": [r.get("annual_value") or "" for r in batch]})


_FIRST_CALL = """
import sys, time
sys.path.insert(0, {root!r}); sys.path.insert(0, {bench!r})
import bench_normalize as b
frame = b._frame(b.file_rows(b.Path({path!r})) if {path!r} else b.rows({n}))
start = time.perf_counter()
import zhibiao
zhibiao.normalize(frame)
print(time.perf_counter() - start)
"""


def _first_call(n: int, path: Path | None = None) -> dict:
    """A fresh process: import zhibiao and normalize the n distinct rows once (the model,
    lexicons and segmenter loaded on the way), as a script that calls it once sees it."""
    code = _FIRST_CALL.format(root=str(ROOT), bench=str(Path(__file__).parent), n=n,
                              path=str(path) if path else "")
    seconds = float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                   check=True).stdout.split()[-1])
    return {"seconds": round(seconds, 2), "rows_per_s": round(n / seconds)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, nargs="+", default=[20_000, 200_000])
    ap.add_argument("--no-stages", action="store_true", help="end to end only")
    ap.add_argument("--file", type=Path, help="rows of this jsonl file instead (benchmarks/data/"
                    "rows-heldout.jsonl: 4,000 invented rows no change was made for)")
    args = ap.parse_args()
    if args.file:
        print(json.dumps([measure(0, True, False, args.file.resolve())], ensure_ascii=False, indent=2))
        return
    results = [measure(n, True, not args.no_stages) for n in args.rows]
    results.append(measure(min(args.rows), False, False))
    print(json.dumps(results, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
