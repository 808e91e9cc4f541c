"""Evaluate zhibiao on the corpus (thin entry; the work is in the package).

    python evaluate.py values      # value parser: exact match on the gold sets, rows still wrong
    python evaluate.py taxonomy    # classifier: grouped CV with/without the library, learning
                                   # curve -> reports/taxonomy-cv.json
    python evaluate.py agreement   # declared vs independently adjudicated vs held-out model
                                   # classes on corpus/gold/adjudicated.jsonl -> reports/agreement.json
    python evaluate.py tables      # each labelled table fed whole, in order, with its declared
                                   # level-1 and no level-2, through normalize (the table path)
                                   # and through classify() row by row -> reports/tables.json
    python evaluate.py report      # the `zhibiao evaluate` report for the shipped models under
                                   # grouped CV -> reports/evaluation.html + reports/metrics.json
                                   # (the page in Chinese; --lang en for English)
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from zhibiao import evaluation, report, training, value_model
from zhibiao.classifier import default_model_dir, load_model
from zhibiao.labelled import load_labelled
from zhibiao.report import LANGS
from zhibiao.scoring import value_exact_match

ROOT = Path(__file__).resolve().parent
GOLD = ROOT / "corpus" / "gold"


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def _rel(path: Path) -> str:
    path = Path(path).resolve()
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def corpus_report(corpus: list[Path], gold: list[Path], html: Path, metrics: Path,
                  lang: str = "zh") -> dict:
    """The evaluation report of the shipped models, every figure on held-out rows: classes by
    grouped CV over the corpus (the library in every training fold), value confidences by
    grouped CV over the value gold sets. Never the shipped model on its own training rows."""
    class_rows = training.read_rows(corpus)
    value_rows = [r for p in gold for r in load_labelled(p)]
    for r in value_rows:      # the gold sets name a seed table by file ("000_….txt"), the corpus
        if r["source"] and r["source"].endswith(".txt"):     # by stem: one table, one line
            r["source"] = r["source"][:-4]
    scored = evaluation.cross_validated(class_rows, value_rows)
    model = load_model()
    about = {"title": "zhibiao evaluation: the shipped models under grouped cross-validation",
             "method": "grouped_cv",      # the page's title and method note (zhibiao/report.py)
             "labelled": " + ".join(_rel(p) for p in corpus + gold),
             "model": _rel(default_model_dir()),
             "model_sha256": model.card.get("model_sha256"),
             "how": "Figures of the shipped models' recipe under 5-fold cross-validation grouped "
                    "by source table: each row is predicted by a model trained without its "
                    "table (classifier: corpus rows plus the curated library in every training "
                    "fold; value parser: its confidence model refitted on the other sources). "
                    "Value rows come from the gold sets, class rows from the corpus."}
    figures = evaluation.figures(scored, about, model.card)
    report.write(figures, html, metrics, lang=lang)
    return figures


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("what", choices=["values", "taxonomy", "agreement", "report", "tables"])
    ap.add_argument("--tables", type=Path, nargs="+", default=sorted(GOLD.glob("pagetext-*.jsonl")),
                    help="labelled tables for `tables` (default: the page-text gold sets, tables "
                         "written for the reader's tests that no classifier trained on)")
    ap.add_argument("--gold", type=Path, nargs="+",
                    default=[GOLD / "values.jsonl", GOLD / "values-heldout.jsonl",
                             GOLD / "values-heldout2.jsonl", GOLD / "values-heldout3.jsonl"])
    ap.add_argument("--corpus", type=Path, nargs="+", default=training.default_corpus(ROOT))
    ap.add_argument("--metrics", type=Path, default=None,
                    help="default: reports/metrics.json (report), reports/taxonomy-cv.json (taxonomy)")
    ap.add_argument("--report", type=Path, default=ROOT / "reports" / "evaluation.html")
    ap.add_argument("--lang", choices=LANGS, default="zh",
                    help="language of the HTML report (default zh; the metrics JSON is the same)")
    args = ap.parse_args()
    if args.what == "report":
        metrics = args.metrics or ROOT / "reports" / "metrics.json"
        figures = corpus_report(args.corpus, args.gold, args.report, metrics, args.lang)
        print(json.dumps({"headline": figures["headline"], "about": {
            k: figures["about"][k] for k in ("rows", "class_rows", "value_rows")},
            "written": [_rel(args.report), _rel(metrics)]}, ensure_ascii=False, indent=2))
        return
    if args.what == "tables":
        out = evaluation.table_check(args.tables)
        out = {(_rel(Path(k)) if k != 'pooled' else k): v for k, v in out.items()}
        path = args.metrics or ROOT / "reports" / "tables.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return
    if args.what == "agreement":
        rows = training.read_rows(args.corpus)
        cv = training.cross_validate(rows, extra=training.library_rows())
        out = training.agreement(cv, _jsonl(GOLD / "adjudicated.jsonl"))
        path = args.metrics or ROOT / "reports" / "agreement.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return
    args.metrics = args.metrics or ROOT / "reports" / "taxonomy-cv.json"
    if args.what == "values":
        rows = [r for path in args.gold for r in _jsonl(path)]
        out = value_exact_match(rows)
        held = [r for path in args.gold if "heldout" in path.name for r in _jsonl(path)]
        if held:   # the confidence model trains on values.jsonl only
            out["confidence_on_heldout"] = value_model.shipped_on(held)
        print(json.dumps(out, ensure_ascii=False, indent=2))
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
