"""Evaluate zhibiao on the corpus (thin entry; the work is in the package).

    python evaluate.py values      # value parser: exact match on the gold sets, rows still wrong
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from zhibiao.scoring import value_exact_match

ROOT = Path(__file__).resolve().parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("what", choices=["values"])
    ap.add_argument("--gold", type=Path, default=ROOT / "corpus" / "gold" / "values.jsonl")
    args = ap.parse_args()
    rows = [json.loads(x) for x in args.gold.read_text(encoding="utf-8").splitlines() if x.strip()]
    print(json.dumps(value_exact_match(rows), ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
