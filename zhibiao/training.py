"""Labelled rows for the classifier, training, and grouped cross-validation.

Rows come from the corpus JSONL (the published-table schema: `name`, `value_text`/
`value_joined`, `level1_code`, `level2_code`, `source_id`; or the Indicator schema the readers
write: `name`, `annual_value`, `declared_level2_code`, `source`), from a user's tables with
一级指标/二级指标 (zhibiao.labelled, read as read_table reads them; each file is one group of
the grouped CV) and from reviewed workbooks of ``zhibiao normalize`` (zhibiao.reviewed: the
reviewer's corrections override the declared classes). The curated library
(features/indicator_library.csv) is domain knowledge, not observed labels: it can join the
training rows at a lower weight, never the evaluation rows.
"""
from __future__ import annotations

import csv
import hashlib
import json
import time
from collections import Counter
from pathlib import Path
from typing import Any, Iterable

import numpy as np
from sklearn.metrics import cohen_kappa_score, f1_score, precision_recall_fscore_support
from sklearn.model_selection import GroupKFold

from . import calibration, lexicon, table_classifier
from .classifier import TaxonomyModel, fit_model, save_model
from .indicator_features import keyword_baseline
from .labelled import LABEL_KINDS, LabelledError, jsonl_dicts, labelled_kind

LIBRARY_WEIGHT = 1.0   # grouped CV: 0.6405 level-2 with weight 1.0 vs 0.6317 with 0.3 (see corpus/README.md)


def _first(row: dict, *keys: str) -> Any:
    for key in keys:
        if row.get(key) not in (None, ""):
            return row[key]
    return None


def normalise_row(row: dict[str, Any], origin: str) -> dict[str, Any] | None:
    """One labelled row in the classifier's shape, or None when it has no name."""
    name = _first(row, "name", "三级指标", "指标名称")
    if not name:
        return None
    tax = lexicon.taxonomy()
    l2 = _first(row, "level2_code", "declared_level2_code")
    l1 = _first(row, "level1_code", "declared_level1_code")
    if l2 is not None and str(l2) not in tax.level2_names:
        l2 = None
    if l1 is not None and str(l1) not in tax.level1_names:
        l1 = None
    source = _first(row, "group", "source_id", "source", "url") or origin
    if isinstance(source, dict):
        source = source.get("file") or origin
    return {"name": str(name),
            "value_text": str(_first(row, "value_joined", "value_text", "annual_value", "指标值") or ""),
            "level1_code": None if l1 is None else str(l1),
            "level2_code": None if l2 is None else str(l2),
            "group": str(source), "weight": 1.0,
            "source_id": str(_first(row, "source_id") or source),
            "project": _first(row, "project")}


TRAIN_SUFFIXES = (".jsonl", ".csv", ".xlsx", ".xls", ".docx")   # what a folder is searched for


def _files(paths: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for p in paths:
        p = Path(p)
        if not p.exists():
            raise LabelledError(f"{p}: 没有这个文件或文件夹")
        if p.is_dir():
            files += sorted(x for x in p.rglob("*") if x.is_file() and x.suffix.lower() in TRAIN_SUFFIXES
                            and not any(part.startswith(".") for part in x.relative_to(p).parts))
        else:
            files.append(p)
    return files


def _from_labelled(row: dict[str, Any], origin: str) -> dict[str, Any]:
    """A row of labelled.load_labelled (a table or a reviewed workbook) in the classifier's
    shape; its group is its source column, else its file (grouped CV holds a file out)."""
    group = row.get("source") or origin
    return {"name": row["name"], "value_text": row.get("value_text") or "",
            "level1_code": row["level1_code"] if row["level2_code"] else None,
            "level2_code": row["level2_code"], "group": str(group),
            "weight": 1.0,
            "source_id": str(group), "project": row.get("project"),
            "label_kind": row.get("label_kind"),
            **({"value_corrected": True} if row.get("value_corrected") else {})}


def read_rows(paths: Iterable[Path]) -> list[dict[str, Any]]:
    """Labelled rows from files and folders (searched recursively for TRAIN_SUFFIXES):
    the corpus JSONL; tables with 一级指标/二级指标 read as read_table reads them (merged
    category cells filled, any encoding; each file its own group); workbooks written by
    ``zhibiao normalize`` and reviewed (the reviewer's corrections are the labels, the
    corrected value is the value trained on). Each row says where its label came from
    (``label_kind``: declared / accepted / corrected, see :func:`label_counts`)."""
    from .labelled import _from_reviewed, _from_table
    rows = []
    for f in _files(paths):
        kind = labelled_kind(f)
        if kind == "jsonl":
            for r in jsonl_dicts(f):
                row = normalise_row(r, f.name)
                if row is not None:
                    rows.append(dict(row, label_kind="declared" if row["level2_code"] else None))
            continue
        got = _from_reviewed(f) if kind == "reviewed" else _from_table(f, kind)
        rows += [_from_labelled(r, f.name if kind != "reviewed" else str(f.name)) for r in got]
    return rows


def label_counts(rows: list[dict[str, Any]]) -> dict[str, int]:
    """How many labelled rows came from each kind of label (labelled.LABEL_KINDS), and how
    many rows trained on a value the reviewer corrected."""
    out = {k: 0 for k in LABEL_KINDS}
    for r in rows:
        if r.get("level2_code") and r.get("label_kind") in out:
            out[r["label_kind"]] += 1
    out["value_corrected"] = sum(bool(r.get("value_corrected")) for r in rows if r.get("level2_code"))
    out["unlabelled"] = sum(not r.get("level2_code") for r in rows)
    return out


def default_corpus(root: Path) -> list[Path]:
    """What train.py reads by default: the built corpus when `zhibiao corpus build` has
    written it (seed tables + published rows), else the published rows alone."""
    built = root / "corpus" / "indicators.jsonl"
    return [built] if built.is_file() else [root / "corpus" / "published"]


def library_rows() -> list[dict[str, Any]]:
    path = lexicon.features_dir() / "indicator_library.csv"
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        out = []
        for r in csv.DictReader(fh):
            row = normalise_row({**r, "group": "library"}, "library")
            if row and row["level2_code"]:
                row["weight"] = LIBRARY_WEIGHT
                out.append(row)
        return out


def data_hash(rows: list[dict[str, Any]]) -> str:
    """The rows' digest (where a label came from is not part of the data)."""
    rows = [{k: v for k, v in r.items() if k not in ("label_kind", "value_corrected")} for r in rows]
    body = json.dumps(rows, ensure_ascii=False, sort_keys=True).encode()
    return hashlib.sha256(body).hexdigest()


PAIR_CHARS = 12      # hex chars of sha1 kept per training row in the card's training_pairs


def pair_hash(name: Any, value_text: Any) -> str:
    """A row as the classifier reads it (name and value text, stripped), hashed: the first
    PAIR_CHARS hex chars of sha1 of ``name + "\\t" + value_text``. The card keeps these for its
    training rows, so an evaluation can say which of its rows the model trained on."""
    body = f"{str(name or '').strip()}\t{str(value_text or '').strip()}"
    return hashlib.sha1(body.encode("utf-8")).hexdigest()[:PAIR_CHARS]


def training_pairs(rows: Iterable[dict[str, Any]]) -> list[str]:
    """The card's ``training_pairs``: pair_hash of every training row, sorted, each once."""
    return sorted({pair_hash(r.get("name"), r.get("value_text")) for r in rows})


# ------------------------------------------------------------------------------ evaluation
def _labelled(rows):
    return [r for r in rows if r["level2_code"]]


def cross_validate(rows: list[dict[str, Any]], extra: list[dict[str, Any]] | None = None,
                   folds: int = 5, train_fraction: float = 1.0, seed: int = 0,
                   table_path: bool = True) -> dict[str, Any]:
    """Held-out predictions for every labelled row, folds grouped by source table.

    `extra` rows (the curated library) are added to every training fold, never tested on.
    `train_fraction` < 1 keeps that share of each fold's training tables (learning curve).
    With `table_path`, each held-out table is also read as a table (zhibiao/table_classifier):
    given its declared level-1 (``table``), given nothing (``table_free``), and with its rows
    shuffled within each project (``table_shuffled``, where the order guard must step back).
    """
    data = _labelled(rows)
    groups = np.array([r["group"] for r in data])
    y = np.array([r["level2_code"] for r in data])
    held: list[dict[str, Any]] = [{}] * len(data)
    rng = np.random.RandomState(seed)
    for train, test in GroupKFold(n_splits=min(folds, len(set(groups)))).split(data, y, groups):
        if train_fraction < 1.0:
            tables = sorted(set(groups[train]))
            keep = set(rng.permutation(tables)[:max(2, round(len(tables) * train_fraction))])
            train = np.array([i for i in train if groups[i] in keep])
        tr = [data[i] for i in train] + list(extra or [])
        est = fit_model(tr, [r["level2_code"] for r in tr], [r["group"] for r in tr],
                        [r["weight"] for r in tr])
        model = TaxonomyModel(est, {})
        test_rows = [data[i] for i in test]
        for i, reading in zip(test, readings_of(model, test_rows, table_path, rng)):
            held[i] = reading
    return {"rows": data, "held": held}


def declared_level1(row: dict[str, Any]) -> str | None:
    """The level-1 a labelled row's table declares: its level-1 code, or its level-2's parent."""
    return row["level1_code"] or lexicon.taxonomy().level2_parent.get(row["level2_code"])


def readings_of(model: TaxonomyModel, rows: list[dict[str, Any]], table_path: bool = True,
                rng: np.random.RandomState | None = None) -> list[dict[str, Any]]:
    """Each labelled row's per-row reading, with the other readings (READINGS) under their
    keys. Rows are in table order; a project is consecutive rows of one group, source_id
    and project; the declared level-1 is the row's level-1 code or its level-2's parent."""
    rng = np.random.RandomState(0) if rng is None else rng
    proba, up = model.row_probabilities(rows)        # featurised once for every reading
    masks = model.masks([declared_level1(r) for r in rows])
    per_row = model.from_proba(proba, up)
    given = model.from_proba(proba, up, masks)
    out = [{**c.to_dict(), "within_level1": cw.to_dict()} for c, cw in zip(per_row, given)]
    if not table_path:
        return out
    keys = [(r.get("group"), r.get("source_id"), r.get("project")) for r in rows]
    table, order = model.classify_table(rows, keys, masks, proba=proba, up=up)
    free, _ = model.classify_table(rows, keys, [None] * len(rows), proba=proba, up=up)
    # the same tables with each project's rows shuffled (the guard's test)
    perm = np.concatenate([rng.permutation(idx) for idx in table_classifier.chains(keys)])
    shuffled, _ = model.classify_table([rows[i] for i in perm], [keys[i] for i in perm],
                                       [masks[i] for i in perm], proba=proba[perm],
                                       up={k: v[perm] for k, v in up.items()} if up else None)
    back = [None] * len(rows)
    for j, i in enumerate(perm):
        back[i] = shuffled[j]
    for o, t, f, sh, p_order in zip(out, table, free, back, order):
        o.update(table=t.to_dict(), table_free=f.to_dict(), table_shuffled=sh.to_dict(),
                 order_probability=round(float(p_order), 4))
    return out


def evaluate_corpus(rows: list[dict[str, Any]], learning_curve: bool = True) -> dict[str, Any]:
    """The figures of the model card and reports/metrics.json: grouped CV with and without
    the curated library, and a learning curve over the share of training tables."""
    lib = library_rows()
    with_lib = cross_validate(rows, extra=lib)
    without = cross_validate(rows)
    out = {"with_library": metrics(with_lib["rows"], with_lib["held"]),
           "without_library": {k: v for k, v in metrics(without["rows"], without["held"]).items()
                               if k not in ("per_class", "confusion")},
           "library_rows": len(lib), "library_weight": LIBRARY_WEIGHT}
    if learning_curve:
        curve = []
        for frac in (0.25, 0.5, 0.75, 1.0):
            cv = with_lib if frac == 1.0 else cross_validate(rows, extra=lib, train_fraction=frac)
            m = metrics(cv["rows"], cv["held"])
            curve.append({"train_tables_share": frac, "level2_accuracy": m["level2_accuracy"],
                          "level1_accuracy": m["level1_accuracy"], "level2_ece": m["level2_ece"]})
        out["learning_curve"] = curve
    return out


def metrics(rows: list[dict[str, Any]], held: list[dict]) -> dict[str, Any]:
    """Accuracy, macro-F1, per-class P/R/F1, calibration and coverage of held-out predictions,
    beside the keyword baseline on the same rows."""
    gold2 = [r["level2_code"] for r in rows]
    pred2 = [h["level2_code"] for h in held]
    tax = lexicon.taxonomy()
    gold1 = [r["level1_code"] or tax.level2_parent[r["level2_code"]] for r in rows]
    pred1 = [h["level1_code"] for h in held]
    base2 = [keyword_baseline(r["name"]) for r in rows]
    base1 = [tax.level2_parent[c] for c in base2]
    right2 = [a == b for a, b in zip(gold2, pred2)]
    right1 = [a == b for a, b in zip(gold1, pred1)]
    conf2 = [h["confidence"] for h in held]
    conf1 = [h["level1_confidence"] for h in held]
    labels = sorted(set(gold2))
    within = [h.get("within_level1") for h in held]
    given1 = {}
    if all(within):     # level-2 when the table declares the level-1 (normalize uses it)
        right_w = [a == w["level2_code"] for a, w in zip(gold2, within)]
        given1 = {"level2_accuracy_given_level1": round(float(np.mean(right_w)), 4),
                  "level2_ece_given_level1": round(calibration.expected_calibration_error(
                      [w["confidence"] for w in within], right_w), 4)}
    p, r, f, s = precision_recall_fscore_support(gold2, pred2, labels=labels, zero_division=0)
    cov2, thr2 = calibration.coverage_at_precision(conf2, right2, 0.99)
    cov1, thr1 = calibration.coverage_at_precision(conf1, right1, 0.99)
    confusion: dict[str, dict[str, int]] = {}
    for a, b in zip(gold2, pred2):
        confusion.setdefault(a, {}).setdefault(b, 0)
        confusion[a][b] += 1
    return {
        "rows": len(rows),
        "tables": len({r["group"] for r in rows}),
        "level2_accuracy": round(float(np.mean(right2)), 4),
        "level1_accuracy": round(float(np.mean(right1)), 4),
        "level2_macro_f1": round(float(f1_score(gold2, pred2, labels=labels, average="macro", zero_division=0)), 4),
        "level2_ece": round(calibration.expected_calibration_error(conf2, right2), 4),
        "level1_ece": round(calibration.expected_calibration_error(conf1, right1), 4),
        "level2_coverage_at_99_precision": round(cov2, 4),
        "level2_threshold_at_99_precision": thr2,
        "level1_coverage_at_99_precision": round(cov1, 4),
        "level1_threshold_at_99_precision": thr1,
        **given1,
        "baseline_level2_accuracy": round(float(np.mean([a == b for a, b in zip(gold2, base2)])), 4),
        "baseline_level1_accuracy": round(float(np.mean([a == b for a, b in zip(gold1, base1)])), 4),
        "per_class": {c: {"precision": round(float(pp), 4), "recall": round(float(rr), 4),
                          "f1": round(float(ff), 4), "support": int(ss)}
                      for c, pp, rr, ff, ss in zip(labels, p, r, f, s)},
        "confusion": confusion,
        "folds": "GroupKFold(5) by source table; calibration inside each training fold also grouped",
        **({"readings": readings(rows, held)} if held and "table" in held[0] else {}),
    }


READINGS = {"per_row": "each row alone (classify())",
            "per_row_given_level1": "each row alone, restricted to its table's declared level-1",
            "table": "the table path: declared level-1 and the project's rows in order (normalize)",
            "table_free": "the table path without any declared class (rows in order only)",
            "table_shuffled": "the table path on the same tables, rows shuffled within each project"}
BUREAU = "G003-G018"    # one bureau's template that files 效益 classes in rotation (22% of rows)


def _reading_figures(gold2: list[str], gold1: list[str], held: list[dict]) -> dict[str, Any]:
    right2 = [g == h["level2_code"] for g, h in zip(gold2, held)]
    right1 = [g == h["level1_code"] for g, h in zip(gold1, held)]
    conf2 = [h["confidence"] for h in held]
    cov2, thr2 = calibration.coverage_at_precision(conf2, right2, 0.99)
    return {"rows": len(held),
            "level2_accuracy": round(float(np.mean(right2)), 4),
            "level1_accuracy": round(float(np.mean(right1)), 4),
            "level2_ece": round(calibration.expected_calibration_error(conf2, right2), 4),
            "level1_ece": round(calibration.expected_calibration_error(
                [h["level1_confidence"] for h in held], right1), 4),
            "level2_coverage_at_99_precision": round(cov2, 4),
            "level2_threshold_at_99_precision": thr2}


def readings(rows: list[dict[str, Any]], held: list[dict]) -> dict[str, Any]:
    """Figures of every reading of the same held-out rows (READINGS), on all tables and on
    all but the one bureau whose template rotates the 效益 classes (BUREAU)."""
    tax = lexicon.taxonomy()
    out: dict[str, Any] = {"what": READINGS, "bureau_left_out": BUREAU}
    for subset, keep in (("all_tables", [True] * len(rows)),
                         ("without_bureau", [r["group"] != BUREAU for r in rows])):
        sub = [(r, h) for r, h, k in zip(rows, held, keep) if k]
        gold2 = [r["level2_code"] for r, _ in sub]
        gold1 = [r["level1_code"] or tax.level2_parent[r["level2_code"]] for r, _ in sub]
        out[subset] = {
            "per_row": _reading_figures(gold2, gold1, [h for _, h in sub]),
            "per_row_given_level1": _reading_figures(gold2, gold1, [h["within_level1"] for _, h in sub]),
            **{k: _reading_figures(gold2, gold1, [h[k] for _, h in sub])
               for k in ("table", "table_free", "table_shuffled")}}
    return out


# -------------------------------------------------------------------------------- training
def train(rows: list[dict[str, Any]], out_dir: Path, use_library: bool = True,
          cv: dict[str, Any] | None = None) -> TaxonomyModel:
    """Fit on every labelled row (plus the library when asked), save with its card."""
    import platform

    import sklearn
    import jieba
    data = _labelled(rows)
    extra = library_rows() if use_library else []
    tr = data + extra
    started = time.perf_counter()
    est = fit_model(tr, [r["level2_code"] for r in tr], [r["group"] for r in tr],
                    [r["weight"] for r in tr])
    fit_seconds = round(time.perf_counter() - started, 1)
    counts: dict[str, int] = {}
    for r in data:
        counts[r["level2_code"]] = counts.get(r["level2_code"], 0) + 1
    card = {
        "model": "taxonomy classifier: char n-grams + jieba words of the name, char n-grams of the value, parsed-value and cue features, "
                 "logistic regression, temperature calibration on folds grouped by source table",
        "corpus_sha256": data_hash(data),
        "rows": len(data), "tables": len({r["group"] for r in data}),
        "library_rows": len(extra), "library_weight": LIBRARY_WEIGHT if extra else None,
        "class_counts": dict(sorted(counts.items())),
        "metrics_grouped_cv": cv or {},
        "versions": {"python": platform.python_version(), "scikit-learn": sklearn.__version__,
                     "numpy": np.__version__, "jieba": jieba.__version__},
        "trained": __import__("datetime").date.today().isoformat(),
        "seed": 0,
        "fit_seconds": fit_seconds,
        # every row the model was fitted on (the library's too), hashed (pair_hash): an
        # evaluation counts its rows that were training rows
        "training_pairs": training_pairs(tr),
    }
    prior, est.table_prior_ = est.table_prior_, None     # the card holds it, as JSON
    if prior is not None:
        card["table_path"] = {
            "model": "declared level-1 restriction and forward-backward over each project's rows "
                     "with a class-transition prior, an order guard and temperature calibration "
                     "(zhibiao/table_classifier.py)",
            "prior": prior.to_dict(),
            "metrics_grouped_cv": (cv or {}).get("with_library", {}).get("readings", {})}
    model = TaxonomyModel(est, card)
    save_model(model, out_dir)
    return model


# ------------------------------------------------------------------------------ agreement
def _table_agreement(hits: list[tuple[dict, dict, dict]], th: dict[str, float]) -> dict[str, Any]:
    """The table path (given the declared level-1) against the independent reading, and the
    precision of the flags normalize raises from it: "class" (declared level-2 against the
    reading in context) and "class1" (declared level-1 against the row read alone). A flag is
    right when the adjudicator sides with the model, wrong when with the declared class."""
    parents = lexicon.taxonomy().level2_parent
    rows = [(r["level2_code"], h["table"], h, a["level2_code"]) for r, h, a in hits]
    flags: dict[str, Any] = {}
    for key, key1 in (("class_disagree_floor", "level1_disagree_floor"),
                      ("class_disagree_confident", "level1_disagree_confident")):
        two = [(d, t["level2_code"], a) for d, t, _, a in rows
               if t["level2_code"] != d and t["confidence"] >= th[key]]
        one = [(parents.get(d), h["level1_code"], parents.get(a)) for d, _, h, a in rows
               if h["level1_code"] != parents.get(d) and h["level1_confidence"] >= th[key1]]
        for name, pick in ((f"class {key} {th[key]}", two), (f"class1 {key1} {th[key1]}", one)):
            right = sum(a == m for _, m, a in pick)
            wrong = sum(a == d for d, _, a in pick)
            flags[name] = {"rows": len(pick), "reading_sides_with_model": right,
                           "reading_sides_with_declared": wrong,
                           "precision": round(right / len(pick), 4) if pick else None}
    return {"level2_table_vs_adjudicated": round(float(np.mean([t["level2_code"] == a for _, t, _, a in rows])), 4),
            "level2_per_row_vs_adjudicated": round(float(np.mean([h["level2_code"] == a for _, _, h, a in rows])), 4),
            "level2_declared_vs_adjudicated": round(float(np.mean([d == a for d, _, _, a in rows])), 4),
            "level2_table_vs_declared": round(float(np.mean([t["level2_code"] == d for d, t, _, _ in rows])), 4),
            "level1_per_row_vs_adjudicated": round(float(np.mean(
                [h["level1_code"] == parents.get(a) for _, _, h, a in rows])), 4),
            "flags": flags,
            "how": "table path given each row's declared level-1 (so its level-1 is the "
                   "declared one); class1 flags come from the row read alone"}



def _kappa(a: list[str], b: list[str]) -> float | None:
    """Cohen's kappa, or None where it is undefined (one class only): JSON has no NaN."""
    k = float(cohen_kappa_score(a, b))
    return None if np.isnan(k) else round(k, 4)


def agreement(cv: dict[str, Any], adjudicated: list[dict[str, Any]]) -> dict[str, Any]:
    """How often three readers of the same rows agree: the department that filed the row
    (its declared class), an independent adjudicator who saw only name, value and context
    (corpus/gold/adjudicated.jsonl), and the model's held-out prediction from `cv`.

    Declared-label accuracy cannot sensibly exceed the declared-vs-adjudicated agreement:
    that agreement is how noisy the labels are."""
    index: dict[tuple, list] = {}
    for r, h in zip(cv["rows"], cv["held"]):   # a table may list one indicator twice
        index.setdefault((r["source_id"], r["name"], r["value_text"]), []).append((r, h))
    tax = lexicon.taxonomy()
    triples, confidences, hits = [], [], []
    for a in adjudicated:
        same = index.get((a["source_id"], a["name"], a.get("value_text") or ""))
        hit = (same.pop(0) if len(same) > 1 else same[0]) if same else None
        if hit:
            triples.append((hit[0]["level2_code"], hit[1]["level2_code"], a))
            confidences.append(hit[1].get("confidence", 0.0))
            hits.append((hit[0], hit[1], a))
    if not triples:
        return {"rows": 0}

    def rate(pairs) -> float:
        return round(float(np.mean(list(pairs))), 4)

    def parent(code):
        return tax.level2_parent.get(code)

    declared = [d for d, _, _ in triples]
    model = [m for _, m, _ in triples]
    adj = [a["level2_code"] for _, _, a in triples]
    ok = [{a["level2_code"], a.get("alternative")} for _, _, a in triples]
    confusions = Counter((d, a) for d, a in zip(declared, adj) if d != a)
    # the review's "class" flags: the model disagrees with the declared class at a confidence
    # at or above the thresholds of features/review_rules.yaml; whom does the reading side with?
    th = lexicon.review_rules().thresholds
    flags = {}
    for key in ("class_disagree_floor", "class_disagree_confident"):
        pick = [(d, m, a) for d, m, a, c in zip(declared, model, adj, confidences)
                if m != d and c >= th[key]]
        flags[f"{key} {th[key]}"] = {"rows": len(pick),
                                     "reading_sides_with_model": sum(a == m for d, m, a in pick),
                                     "reading_sides_with_declared": sum(a == d for d, m, a in pick)}
    return {
        "rows": len(triples),
        "adjudicated_not_a_class": sum(a == "00" for a in adj),
        "level2": {
            "declared_vs_adjudicated": rate(d == a for d, a in zip(declared, adj)),
            "model_vs_adjudicated": rate(m == a for m, a in zip(model, adj)),
            "model_vs_declared": rate(m == d for m, d in zip(model, declared)),
            "declared_within_adjudicated_alternative": rate(d in s for d, s in zip(declared, ok)),
            "model_within_adjudicated_alternative": rate(m in s for m, s in zip(model, ok)),
            "kappa_declared_adjudicated": _kappa(declared, adj),
            "kappa_model_adjudicated": _kappa(model, adj),
        },
        "level1": {
            "declared_vs_adjudicated": rate(parent(d) == parent(a) for d, a in zip(declared, adj)),
            "model_vs_adjudicated": rate(parent(m) == parent(a) for m, a in zip(model, adj)),
            "model_vs_declared": rate(parent(m) == parent(d) for m, d in zip(model, declared)),
        },
        "class_flags": flags,
        **({"table_path": _table_agreement(hits, th)} if hits and "table" in hits[0][1] else {}),
        "declared_to_adjudicated_top": [{"declared": d, "adjudicated": a, "rows": n}
                                        for (d, a), n in confusions.most_common(10)],
        "how": "model predictions are grouped-CV held-out (the row's table never in training); "
               "the adjudicator did not see declared classes or predictions",
    }
