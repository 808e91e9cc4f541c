"""Two checkouts' normalize_records on the same distinct rows, in one process, run by turns.

On a shared machine whose speed drifts by a factor of two within minutes, two benchmark runs
one after the other compare the hours, not the code. Here both checkouts' packages are loaded
into one process (each imported under its own sys.path, its modules kept apart), then their
normalize_records run alternately on the same rows (benchmarks/bench_normalize.py's distinct
rows), so that a slow minute slows both. Reports each one's fastest and median run and the
ratio of the two runs of each round.

    python benchmarks/bench_compare.py OLD_CHECKOUT NEW_CHECKOUT [--rows 20000] [--rounds 10]

(a checkout: `git worktree add /tmp/old <commit>`; its model and features are its own)
"""
from __future__ import annotations

import argparse
import gc
import importlib
import statistics
import sys
import time
import warnings


def _load(root: str, rows: int):
    """bench_normalize and zhibiao of the checkout at `root`, with rows drawn and the model
    loaded, the modules then taken out of sys.modules so the next checkout imports its own."""
    for name in [k for k in sys.modules if k == "zhibiao" or k.startswith("zhibiao.") or k == "bench_normalize"]:
        del sys.modules[name]
    sys.path[:0] = [root, f"{root}/benchmarks"]
    try:
        bench = importlib.import_module("bench_normalize")
        batch = bench.rows(rows, True)
        bench.zn.normalize_records(bench.rows(200, True, seed=1))      # load the model once
    finally:
        del sys.path[:2]
    return bench, batch


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("old")
    ap.add_argument("new")
    ap.add_argument("--rows", type=int, default=20_000)
    ap.add_argument("--rounds", type=int, default=10)
    args = ap.parse_args()
    warnings.filterwarnings("ignore", message="registration of accessor")   # the second pandas accessor
    loaded = [_load(args.old, args.rows), _load(args.new, args.rows)]
    times: list[list[float]] = [[], []]
    for r in range(args.rounds):
        for i in ((0, 1) if r % 2 == 0 else (1, 0)):             # who goes first alternates
            bench, batch = loaded[i]
            bench._clear_caches()
            gc.collect()
            start = time.perf_counter()
            bench.zn.normalize_records(batch)
            times[i].append(time.perf_counter() - start)
    for label, root, t in (("old", args.old, times[0]), ("new", args.new, times[1])):
        print(f"{label} {root}: fastest {min(t):.3f} s ({args.rows / min(t):,.0f} rows/s), "
              f"median {statistics.median(t):.3f} s ({args.rows / statistics.median(t):,.0f} rows/s)")
    ratios = sorted(b / a for a, b in zip(*times))
    print("new/old time, each round, sorted:", " ".join(f"{x:.2f}" for x in ratios))


if __name__ == "__main__":
    main()
