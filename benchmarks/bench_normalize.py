"""Throughput of batch normalisation (make bench): 20,000 indicator rows drawn with a fixed
seed from corpus/indicators.jsonl (so names and values repeat as they do across real
submissions), through normalize_records: parse, classify, check. One core, warm model."""
from __future__ import annotations

import json
import random
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from zhibiao.normalize import normalize_records  # noqa: E402

N = 20_000


def rows(n: int, seed: int = 0) -> list[dict]:
    corpus = [json.loads(x) for x in (ROOT / "corpus" / "indicators.jsonl").read_text(encoding="utf-8").splitlines()]
    rng = random.Random(seed)
    out = []
    for i in range(n):
        r = dict(rng.choice(corpus))
        r["source"] = f"bench-{i // 200}.xlsx"          # 100 tables of 200 rows
        r["project"] = f"{r.get('project') or '项目'}-{i // 10}"
        r["location"] = {"row": i % 200}
        out.append(r)
    return out


def main() -> None:
    batch = rows(N)
    normalize_records(batch[:50])                      # load the model once
    start = time.perf_counter()
    out = normalize_records(batch)
    seconds = time.perf_counter() - start
    assert len(out) == N
    print(json.dumps({
        "rows": N,
        "distinct_values": len({r.get("annual_value") for r in batch}),
        "distinct_name_value_pairs": len({(r.get("name"), r.get("annual_value")) for r in batch}),
        "seconds": round(seconds, 2),
        "normalize_rows_per_s": round(N / seconds),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }, indent=2))


if __name__ == "__main__":
    main()
