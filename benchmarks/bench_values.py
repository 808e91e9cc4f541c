"""Throughput and memory of the value parser (make bench).

The gold value strings are made unique (each number replaced by another drawn with a fixed
seed) so that no cache can stand in for parsing; the same strings are also run through a
naive regex pass (numbers and % only, no operators, units or dates) as a floor.
Reports values/second on one core and peak traced memory.
"""
from __future__ import annotations

import json
import random
import re
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import zhibiao  # noqa: E402

N = 50_000
_DIGITS = re.compile(r"\d+")
_NAIVE = re.compile(r"(\d+(?:\.\d+)?)\s*(%|万元|元|人|次|件)?")


def unique_strings(n: int, seed: int = 0) -> list[str]:
    gold = [json.loads(line)["value_text"]
            for name in ("values.jsonl", "values-design.jsonl")
            for line in (ROOT / "corpus" / "gold" / name).read_text(encoding="utf-8").splitlines()]
    rng = random.Random(seed)
    seen: set[str] = set()
    out: list[str] = []
    while len(out) < n:
        base = rng.choice(gold)
        text = _DIGITS.sub(lambda m: str(rng.randint(1, 99999)), base) if _DIGITS.search(base) \
            else f"{base}{rng.randint(0, 10**9)}"
        if text not in seen:
            seen.add(text)
            out.append(text)
    return out


def rate(fn, items: list[str]) -> float:
    start = time.perf_counter()
    for text in items:
        fn(text)
    return len(items) / (time.perf_counter() - start)


def main() -> None:
    items = unique_strings(N)
    zhibiao.parse_value("≥90%")              # compile the grammar and load lexicons once
    naive = rate(_NAIVE.findall, items)
    best = max(rate(zhibiao.parse_value, items) for _ in range(3))
    tracemalloc.start()
    for text in items[:5000]:
        zhibiao.parse_value(text)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    result = {
        "strings": len(items),
        "unique": len(set(items)),
        "parse_value_per_s": round(best),
        "naive_regex_per_s": round(naive),
        "peak_traced_memory_mb_5000_parses": round(peak / 2**20, 2),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
