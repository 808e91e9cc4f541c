"""Page-text round trip: compose corpus/published/*.jsonl as page text in the three shapes of
DESIGN.md, read it back with zhibiao.read_table, report the share of rows recovered with the
right name, value and declared codes (see zhibiao/roundtrip.py).

    python benchmarks/reader_roundtrip.py [--failures]
"""
from __future__ import annotations

import sys
from pathlib import Path

from zhibiao.roundtrip import load_published, measure

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    rows = load_published(ROOT / "corpus" / "published")
    result = measure(rows)
    sources = len({r["source_id"] for r in rows})
    print(f"page-text round trip over {len(rows)} published rows from {sources} sources, "
          f"3 shapes: {result.right}/{result.rows} = {100 * result.share:.2f}% recovered "
          "(name, value, declared codes)")
    for shape, (n, ok) in result.by_shape.items():
        print(f"  {shape:7s} {ok}/{n} = {100 * ok / n:.2f}%")
    if "--failures" in argv:
        for f in result.failures:
            print(f"  miss {f['shape']} {f['source_id']}: want {f.get('want')} got {f.get('got')}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
