"""`zhibiao normalize --jobs N` (issue 13): the chunks are normalised in worker processes, and
the output is the one `--jobs 1` writes, byte for byte and row for row; a bad row is the same
one line; an interrupted batch leaves no worker running.

Chunks are made small here (zhibiao.streaming.CHUNK_ROWS, read by this process, which cuts the
chunks) so that a small input still goes through several workers and chunks in flight."""
import csv
import importlib
import json
import os
import random
import re
from pathlib import Path

import openpyxl
import pytest

from zhibiao.cli import main
from zhibiao.records import Indicator
from zhibiao.streaming import NormalizedStream, default_jobs, normalize_stream

zs = importlib.import_module("zhibiao.streaming")
ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "corpus" / "raw"
HEADER = ["主管部门", "项目名称", "一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据"]
PLACES = ["东城", "西湖", "南山", "北塘", "清河", "龙泉"]
BASES = ["计划标准", "领导要求", "", "历史标准"]


def _generated_csv(path: Path, n: int = 2000, seed: int = 7) -> Path:
    """n rows in projects of 1-30 rows over tables of a few hundred rows, drawn from
    corpus/indicators.jsonl; names get a place before them and numbers change so that most
    are distinct; a basis column partly filled (the table-level checks)."""
    corpus = [json.loads(x) for x in (ROOT / "corpus" / "indicators.jsonl")
              .read_text(encoding="utf-8").splitlines() if x.strip()]
    corpus = [r for r in corpus if r.get("name") and r.get("annual_value")]
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        written, project = 0, 0
        while written < n:
            project += 1
            for _ in range(min(rng.randint(1, 30), n - written)):
                r = rng.choice(corpus)
                value = re.sub(r"\d+", lambda m: str(rng.randint(1, 10 ** len(m.group()))),
                               " ".join(r["annual_value"].split()))
                w.writerow([f"{rng.choice(PLACES)}局", f"项目{project}",
                            " ".join((r.get("declared_level1") or "").split()),
                            " ".join((r.get("declared_level2") or "").split()),
                            rng.choice(PLACES) + " ".join(r["name"].split()), value,
                            rng.choice(BASES)])
                written += 1
    return path


def _run(tmp_path: Path, inputs: list[str], out: str, jobs: int, capsys) -> tuple[int, dict, list[str]]:
    code = main(["normalize", *inputs, "-o", str(tmp_path / out), "--quiet", "--json",
                 "--jobs", str(jobs)])
    got = capsys.readouterr()
    report = json.loads(got.out) if got.out.strip() else {}
    report.pop("output", None)
    return code, report, [x for x in got.err.splitlines() if x.strip()]


def _cells(path: Path) -> dict[str, list[tuple]]:
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        return {ws.title: list(ws.iter_rows(values_only=True)) for ws in wb.worksheets}
    finally:
        wb.close()


def test_generated_csv_jsonl_is_byte_identical(tmp_path, capsys, monkeypatch):
    """2,000 rows, chunks of 150 (14 chunks over 2 workers, projects cut at chunk ends):
    the .jsonl of --jobs 2 is the bytes of --jobs 1, and the summary is the same."""
    monkeypatch.setattr(zs, "CHUNK_ROWS", 150)
    table = _generated_csv(tmp_path / "many.csv", 2000)
    one = _run(tmp_path, [str(table)], "one.jsonl", 1, capsys)
    two = _run(tmp_path, [str(table)], "two.jsonl", 2, capsys)
    assert one[0] == two[0] == 0 and one == two
    a, b = (tmp_path / "one.jsonl").read_bytes(), (tmp_path / "two.jsonl").read_bytes()
    assert a == b
    rows = [int(json.loads(x)["location"].split("=")[1]) for x in b.decode("utf-8").splitlines()]
    assert len(rows) > 1800 and rows == sorted(rows)          # the csv's rows, in its order


def test_seed_tables_xlsx_cells_and_a_bad_row_are_identical(tmp_path, capsys, monkeypatch):
    """The shipped seed tables beside a csv whose row 3 the csv module refuses, chunks of 20
    rows: every sheet's cells (indicators, review, summary, whatever they are called) are the
    same under --jobs 2 as under --jobs 1, and the bad file is the same one line naming the
    file and the row, no traceback, exit 1."""
    monkeypatch.setattr(zs, "CHUNK_ROWS", 20)
    bad = tmp_path / "bad.csv"
    bad.write_text("项目名称,三级指标,指标值\nP,培训人次,≥500人次\nP,满意度,\"" + "9" * 200_000
                   + "\"\n", encoding="utf-8")
    one = _run(tmp_path, [str(bad), str(SEEDS)], "one.xlsx", 1, capsys)
    two = _run(tmp_path, [str(bad), str(SEEDS)], "two.xlsx", 2, capsys)
    assert one == two and one[0] == 1
    assert len(two[2]) == 1 and "bad.csv, 第 3 行" in two[2][0] and "Traceback" not in two[2][0]
    a, b = _cells(tmp_path / "one.xlsx"), _cells(tmp_path / "two.xlsx")
    first = next(iter(a.values()))                            # the indicators sheet
    assert len(first) - 1 == one[1]["indicators"] > 100 and len(a) >= 3
    assert a == b


def _records():
    """Projects cut over chunks (P1 comes back after P2; P3 is longer than CHUNK_CAP chunks),
    a basis column on one table and not the other: the facts kept between chunks."""
    pairs = [("培训人次", "≥500人次"), ("验收合格率", "100%"), ("群众法律意识", "有所提升"),
             ("参训人员满意度", "≥90%"), ("工作机制", "逐步完善"), ("项目成本", "≤12万元")]

    def rows(source, project, n, start=0, basis=True):
        return [Indicator(source=source, location={"row": i + 1}, project=project,
                          name=pairs[i % len(pairs)][0], annual_value=pairs[i % len(pairs)][1],
                          extra={"指标值设定依据": BASES[i % len(BASES)]} if basis else {})
                for i in range(start, start + n)]
    return (rows("a.xlsx", "P1", 4) + rows("a.xlsx", "P2", 3, 4) + rows("a.xlsx", "P1", 2, 10)
            + rows("a.xlsx", "P3", 40) + rows("b.csv", None, 9, basis=False)
            + rows("c.txt", "P9", 6))


def test_library_jobs_gives_the_rows_and_summary_of_one_process(tmp_path):
    recs = _records()
    got = {}
    for jobs in (1, 2):
        with normalize_stream(recs, workdir=tmp_path, chunk_rows=3, jobs=jobs) as stream:
            got[jobs] = (list(stream.rows()), stream.summary())
    assert [r["name"] for r in got[2][0]] == [r.name for r in recs]
    assert got[2] == got[1]
    assert list(tmp_path.iterdir()) == []                     # the spill is removed


def test_an_error_in_a_worker_is_raised_here_as_it_is_in_one_process(tmp_path):
    recs = _records()[:20] + [{"source": "x.csv", "name": "培训人次", "annual_value": 5}]
    raised = []
    for jobs in (1, 2):
        with pytest.raises(Exception) as info:
            with normalize_stream(recs, workdir=tmp_path, chunk_rows=5, jobs=jobs) as stream:
                list(stream.rows())
        raised.append((type(info.value), str(info.value)))
    assert raised[0] == raised[1]
    assert list(tmp_path.iterdir()) == []


def test_interrupted_batch_leaves_no_worker(tmp_path):
    """Ctrl-C while workers are busy: the stream stops them and removes its spill."""
    recs = _records()
    seen: list[int] = []

    def interrupted(stream):
        for i, r in enumerate(recs * 10):
            if i == 400:
                seen.extend(stream._pool._processes)           # the worker pids
                raise KeyboardInterrupt
            yield r

    with pytest.raises(KeyboardInterrupt):
        with NormalizedStream(workdir=tmp_path, chunk_rows=5, jobs=2) as stream:
            stream.feed(interrupted(stream))
    assert len(seen) == 2
    for pid in seen:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)
    assert list(tmp_path.iterdir()) == []


def test_jobs_default_and_bad_values(capsys, tmp_path):
    assert default_jobs() == len(os.sched_getaffinity(0))
    with pytest.raises(SystemExit):
        main(["normalize", str(SEEDS), "-o", str(tmp_path / "o.jsonl"), "--jobs", "0"])
    assert "不是正整数" in capsys.readouterr().err
    with pytest.raises(ValueError):
        NormalizedStream(workdir=tmp_path, jobs=0)
    assert list(tmp_path.iterdir()) == []


def test_a_batch_leaves_the_cycle_collector_as_it_found_it():
    """normalize_records holds the collector off while it runs (for speed), and gives it
    back enabled or disabled as the caller had it, also when the batch raises."""
    import gc

    from zhibiao.normalize import collector_paused, normalize_records
    rows = [{"name": "培训人次", "annual_value": "≥500人次", "project": "p"}]
    for enabled in (True, False):
        (gc.enable if enabled else gc.disable)()
        try:
            normalize_records(rows)
            assert gc.isenabled() is enabled
            with pytest.raises(KeyError):
                with collector_paused():
                    assert not gc.isenabled()
                    raise KeyError("x")
            assert gc.isenabled() is enabled
        finally:
            gc.enable()
