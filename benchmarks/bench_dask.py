"""zhibiao.dask on a local cluster (not part of make bench: needs the dask extra).

The distinct rows of bench_normalize.py (20,000 by default), one partition a table, through
`zhibiao.dask.normalize` on a LocalCluster of N worker processes, beside `zhibiao.normalize` on
the same frame in this process. Rows/s of each, wall clock, model loads included for the
cluster (each worker loads it once).

    python benchmarks/bench_dask.py [--rows 20000] [--workers 2]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import dask.dataframe as dd  # noqa: E402
import distributed  # noqa: E402
import pandas as pd  # noqa: E402

import zhibiao  # noqa: E402
import zhibiao.dask as zd  # noqa: E402
from bench_normalize import rows  # noqa: E402


def frame(n: int) -> pd.DataFrame:
    return pd.DataFrame([{"来源": r["source"], "项目名称": r["project"], "一级指标": r.get("declared_level1"),
                          "三级指标": r["name"], "指标值": r.get("annual_value") or ""} for r in rows(n)])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, default=20_000)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    df = frame(args.rows)
    tables = [t for _, t in df.groupby("来源", sort=False)]
    zhibiao.normalize(df.head(50))
    start = time.perf_counter()
    single = zhibiao.normalize(df)
    one = time.perf_counter() - start
    ddf = dd.from_map(lambda t: t, tables)
    with distributed.LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster):
        start = time.perf_counter()
        got = zd.normalize(ddf).compute()
        many = time.perf_counter() - start
    assert len(got) == len(single)
    print(json.dumps({"rows": args.rows, "tables": len(tables), "workers": args.workers,
                      "single_process_rows_per_s": round(args.rows / one),
                      "dask_local_cluster_rows_per_s": round(args.rows / many),
                      "dask_seconds_with_model_loads": round(many, 2)}, indent=2))


if __name__ == "__main__":
    main()
