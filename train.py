"""Train zhibiao's models from corpus/ (thin entry; the work is in the package).

    python train.py            # writes models/value_confidence.json (+ its card)
"""
from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

from zhibiao import value_model

ROOT = Path(__file__).resolve().parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=ROOT / "corpus" / "gold" / "values.jsonl")
    ap.add_argument("--models", type=Path, default=ROOT / "models")
    args = ap.parse_args()
    raw = args.gold.read_bytes()
    rows = [json.loads(line) for line in raw.decode("utf-8").splitlines() if line.strip()]
    card = value_model.train(rows, args.models / "value_confidence.json",
                             hashlib.sha256(raw).hexdigest())
    print(json.dumps({"value_confidence": card["metrics"]}, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
