"""Throughput and memory of the value parser (make bench).

The gold value strings are made unique (each number replaced by another drawn with a fixed
seed) so that no cache can stand in for parsing; the same strings are also run through a
naive regex pass (numbers and % only, no operators, units or dates) as a floor.
Reports values/second on one core and peak traced memory.

Then the scaling benchmark: cells of 10 to 100,000 characters of each shape that once made
the parser slow or crash (runs of spaces inside a value, ``"123,"`` repeated, runs of 《, of
``5月底、``, of 上半年, of Chinese numerals...), the time of one parse at each size, and the
exponent fitted to time ~ size**k over the sizes from 1,000 up (k near 1 is linear time).
``python benchmarks/bench_values.py --scaling`` runs only that part.
"""
from __future__ import annotations

import json
import math
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


# shapes of growing cells: size n -> a cell of about n characters
SHAPES = {
    "spaces_inside": lambda n: "100" + " " * n + "件/年",
    "op_then_spaces": lambda n: "≥" + " " * n,
    "thousands_commas": lambda n: "123," * (n // 4),
    "title_marks": lambda n: "《" * n,
    "month_ends": lambda n: "5月底、" * (n // 4),
    "half_years": lambda n: "上半年" * (n // 3),
    "numerals": lambda n: "九" * n + "元",
    "digits": lambda n: "9" * n + "元",
    "targets": lambda n: "≥95%，" * (n // 5),
    "prose": lambda n: "完成培训不少于3次并" * (n // 10),
}
SIZES = (10, 100, 1_000, 10_000, 100_000)


def _time_one(text: str) -> float:
    """Seconds of one parse (the best of a few for short cells, where a timer is coarse)."""
    repeat = max(1, min(200, 20_000 // max(len(text), 1)))
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for _ in range(repeat):
            zhibiao.parse_value(text)
        best = min(best, (time.perf_counter() - start) / repeat)
    return best


def _exponent(sizes: list[int], times: list[float]) -> float:
    """Least-squares slope of log(time) over log(size)."""
    xs, ys = [math.log(s) for s in sizes], [math.log(max(t, 1e-9)) for t in times]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


def scaling() -> dict:
    zhibiao.parse_value("三双")           # load the grammar and jieba before timing
    out = {}
    for name, shape in SHAPES.items():
        times = {}
        for n in SIZES:
            text = shape(n)
            times[len(text)] = _time_one(text)
        big = [(s, t) for s, t in times.items() if s >= 1_000]
        out[name] = {"seconds_by_length": {str(s): round(t, 6) for s, t in times.items()},
                     "exponent_from_1000": round(_exponent([s for s, _ in big], [t for _, t in big]), 2)}
    return out


def main() -> None:
    if "--scaling" in sys.argv[1:]:
        print(json.dumps({"scaling": scaling()}, indent=2))
        return
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
        "scaling": scaling(),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
