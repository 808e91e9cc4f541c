"""Evaluate zhibiao on the corpus (thin entry; the work is in the package).

    python evaluate.py values      # value parser: exact match on the gold sets, rows still wrong
    python evaluate.py taxonomy    # classifier: grouped cross-validation -> reports/metrics.json
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from zhibiao import training, value_model
from zhibiao.scoring import value_exact_match

ROOT = Path(__file__).resolve().parent
GOLD = ROOT / "corpus" / "gold"


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("what", choices=["values", "taxonomy"])
    ap.add_argument("--gold", type=Path, nargs="+",
                    default=[GOLD / "values.jsonl", GOLD / "values-heldout.jsonl"])
    ap.add_argument("--corpus", type=Path, nargs="+", default=training.default_corpus(ROOT))
    ap.add_argument("--metrics", type=Path, default=ROOT / "reports" / "metrics.json")
    args = ap.parse_args()
    if args.what == "values":
        rows = [r for path in args.gold for r in _jsonl(path)]
        print(json.dumps(value_exact_match(rows), ensure_ascii=False, indent=2))
        return
    rows = training.read_rows(args.corpus)
    gold = _jsonl(GOLD / "values.jsonl")
    report = {"taxonomy": training.evaluate_corpus(rows),
              "value_confidence": value_model.cross_validate(gold),
              "values": value_exact_match([r for p in args.gold for r in _jsonl(p)])["exact_match"]}
    args.metrics.parent.mkdir(parents=True, exist_ok=True)
    args.metrics.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    head = {k: v for k, v in report["taxonomy"]["with_library"].items() if k not in ("per_class", "confusion")}
    print(json.dumps({"taxonomy": head, "value_confidence": report["value_confidence"],
                      "values": report["values"], "written": str(args.metrics)},
                     ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
