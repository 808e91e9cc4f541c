"""Train zhibiao's models from corpus/ (thin entry; the work is in the package).

    python train.py              # models/value_confidence.json and models/taxonomy.joblib,
                                 # each with its card (data hash, grouped-CV metrics, versions)
    python train.py --quick      # skip the learning curve in the card (faster)
"""
from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

from zhibiao import training, value_model

ROOT = Path(__file__).resolve().parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, nargs="+", default=training.default_corpus(ROOT))
    ap.add_argument("--gold", type=Path, nargs="+",
                    default=[ROOT / "corpus" / "gold" / n for n in
                             ("values.jsonl", "values-design.jsonl", "values-odd.jsonl",
                              "values-heldout4.jsonl")],
                    help="value gold sets the confidence model trains on (never a set still held "
                         "out: values-heldout4 became development data once scored and looked at)")
    ap.add_argument("--models", type=Path, default=ROOT / "models")
    ap.add_argument("--quick", action="store_true", help="no learning curve")
    args = ap.parse_args()

    raw = b"".join(p.read_bytes() for p in args.gold)
    gold = [json.loads(line) for line in raw.decode("utf-8").splitlines() if line.strip()]
    card = value_model.train(gold, args.models / "value_confidence.json",
                             hashlib.sha256(raw).hexdigest())
    print(json.dumps({"value_confidence": card["metrics"]}, ensure_ascii=False))

    rows = training.read_rows(args.corpus)
    cv = training.evaluate_corpus(rows, learning_curve=not args.quick)
    model = training.train(rows, args.models, cv=cv)
    head = {k: v for k, v in cv["with_library"].items() if k not in ("per_class", "confusion")}
    print(json.dumps({"taxonomy": head, "rows": model.card["rows"],
                      "fit_seconds": model.card["fit_seconds"]}, ensure_ascii=False))


if __name__ == "__main__":
    main()
