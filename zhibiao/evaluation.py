"""The figures of an evaluation report: how good the models are on labelled rows.

Two ways to get predictions, one way to score them:

- :func:`apply_model` runs a trained classifier and the value parser as they are over a
  user's labelled file (``zhibiao evaluate``); :func:`training_rows` counts the file's rows
  the model trained on (the card's ``training_pairs``), so the page need not assume none;
- :func:`cross_validated` gives held-out predictions on the corpus (``evaluate.py report``):
  classes from folds grouped by source table, value confidences likewise, so no figure is
  measured on a row its model trained on.

:func:`figures` turns either into one JSON-ready dict. The metrics file and the HTML report
(zhibiao/report.py) are both written from that dict, so they cannot disagree.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from sklearn.metrics import f1_score

from . import calibration, confidence, lexicon, training, value_model
from .indicator_features import keyword_baseline
from .labelled import load_labelled
from .scoring import gold_key
from .values import parse_value

__all__ = ["Scored", "apply_model", "cross_validated", "figures", "evaluate_file", "table_check",
           "precision_coverage", "load_labelled", "training_rows", "shown_card"]

WORST = 25          # rows in each worst-errors table


@dataclass
class Scored:
    """Labelled rows with what the models said about them, aligned by index.

    ``classes[i]`` is a Classification dict (None when row i has no gold level-2 code);
    ``values[i]`` the parsed targets as dicts with their confidence (None when row i has no
    gold targets)."""

    rows: list[dict[str, Any]]
    classes: list[dict[str, Any] | None]
    values: list[list[dict[str, Any]] | None]


def _class_input(row: dict[str, Any]) -> dict[str, Any]:
    return {"name": row["name"], "value_text": row.get("value_text") or ""}


def apply_model(rows: list[dict[str, Any]], model) -> Scored:
    """Predictions of `model` (a TaxonomyModel) and of the value parser for every row that
    has gold to compare with."""
    idx = [i for i, r in enumerate(rows) if r.get("level2_code")]
    classes: list[dict | None] = [None] * len(rows)
    # the file's rows in its order, each table (source) read as a table too, given the
    # level-1 the file declares (training.READINGS)
    labelled = [dict(_class_input(rows[i]), level1_code=rows[i].get("level1_code"),
                     level2_code=rows[i]["level2_code"], group=rows[i].get("source"),
                     source_id=rows[i].get("source"), project=rows[i].get("project")) for i in idx]
    for i, c in zip(idx, training.readings_of(model, labelled)):
        classes[i] = c
    values = [[t.to_dict() for t in parse_value(r["value_text"])] if r.get("targets") is not None
              else None for r in rows]
    return Scored(rows, classes, values)


def cross_validated(class_rows: list[dict[str, Any]], value_rows: list[dict[str, Any]],
                    folds: int = 5) -> Scored:
    """Held-out predictions on the corpus: classes by training.cross_validate (with the
    curated library in every training fold, as the shipped model is trained), value
    confidences by the value model refitted on folds grouped by source."""
    cv = training.cross_validate(class_rows, extra=training.library_rows(), folds=folds)
    labelled = [{"name": r["name"], "value_text": r["value_text"], "level1_code": r["level1_code"],
                 "level2_code": r["level2_code"], "source": r["group"], "targets": None}
                for r in cv["rows"]]
    values = _held_out_value_confidences(value_rows, folds)
    return Scored(labelled + value_rows, list(cv["held"]) + [None] * len(value_rows),
                  [None] * len(labelled) + values)


def _held_out_value_confidences(rows: list[dict[str, Any]], folds: int) -> list[list[dict]]:
    """Parsed targets of each row with the confidence a value model gave them that never saw
    the row's source (value_model.held_out, as value_model.cross_validate uses)."""
    parsed = [[t.to_dict() for t in parse_value(r["value_text"])] for r in rows]
    gold = [{"value_text": r["value_text"], "targets": r["targets"],
             "source_id": r.get("source") or f"row{i}"} for i, r in enumerate(rows)]
    X, y, groups, _ = value_model.examples(gold)
    held = value_model.held_out(X, y, groups, folds)
    # examples() walks rows and their targets in the same order as `parsed`
    k = 0
    for targets in parsed:
        for t in targets:
            t["confidence"] = round(float(held[k]), 4)
            k += 1
    assert k == len(y), "value examples and parsed targets out of step"
    return parsed


# ----------------------------------------------------------------------------- scoring
def precision_coverage(conf: Sequence[float], correct: Sequence[bool]) -> list[list[float]]:
    """[coverage, precision, threshold] after each distinct confidence, highest first: the
    curve whose 99%-precision point is calibration.coverage_at_precision.

    >>> precision_coverage([0.9, 0.8, 0.8, 0.5], [True, True, False, True])
    [[0.25, 1.0, 0.9], [0.75, 0.6667, 0.8], [1.0, 0.75, 0.5]]
    """
    order = sorted(range(len(conf)), key=lambda i: -conf[i])
    out, right = [], 0
    for k, i in enumerate(order, 1):
        right += bool(correct[i])
        if k == len(order) or conf[order[k]] != conf[i]:     # ties are accepted together
            out.append([round(k / len(order), 4), round(right / k, 4), round(float(conf[i]), 4)])
    return out


def _reliability(conf: Sequence[float], correct: Sequence[bool]) -> list[dict[str, float]]:
    return [{"low": lo, "high": hi, "count": n, "confidence": round(c, 4), "accuracy": round(a, 4)}
            for lo, hi, n, c, a in calibration.reliability(conf, correct)]


def _target_label(t: dict[str, Any]) -> str:
    if t["kind"] == "text":
        return f"text “{t['value']}”"
    value = t["value"]
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    upper = t.get("upper")
    if isinstance(upper, float) and upper.is_integer():
        upper = int(upper)
    body = f"{value}–{upper}" if t["op"] == "between" else f"{t['op']} {value}"
    return f"{body} {t.get('unit') or ''}".strip()


def _class_figures(rows: list[dict], held: list[dict]) -> dict[str, Any]:
    # training.metrics counts tables by "group"; a user's rows may carry no source at all
    m = training.metrics([dict(r, group=r.get("source") or "") for r in rows], held)
    m.pop("folds", None)              # how predictions were made is said once, in "about"
    tax = lexicon.taxonomy()
    gold2 = [r["level2_code"] for r in rows]
    labels = sorted(set(gold2))
    base2 = [keyword_baseline(r["name"]) for r in rows]
    m["baseline_level2_macro_f1"] = round(float(f1_score(gold2, base2, labels=labels,
                                                         average="macro", zero_division=0)), 4)
    right2 = [r["level2_code"] == h["level2_code"] for r, h in zip(rows, held)]
    gold1 = [r["level1_code"] or tax.level2_parent[r["level2_code"]] for r in rows]
    right1 = [g == h["level1_code"] for g, h in zip(gold1, held)]
    conf2 = [h["confidence"] for h in held]
    conf1 = [h["level1_confidence"] for h in held]
    m["reliability"] = _reliability(conf2, right2)
    m["reliability_level1"] = _reliability(conf1, right1)
    m["precision_coverage"] = precision_coverage(conf2, right2)
    m["precision_coverage_level1"] = precision_coverage(conf1, right1)
    m["names"] = {c: tax.level2_names.get(c, "") for c in sorted(set(gold2) | {h["level2_code"] for h in held})}
    return m


def _value_figures(rows: list[dict], parsed: list[list[dict]]) -> dict[str, Any]:
    units = lexicon.units()
    exact_rows, conf, correct = 0, [], []
    groups: dict[str, dict[str, list[int]]] = {"kind": {}, "op": {}, "unit_family": {}}
    for row, targets in zip(rows, parsed):
        gold = row["targets"]
        same_len = len(gold) == len(targets)
        hits = [same_len and gold_key(t) == gold_key(g) for t, g in zip(targets, gold)]
        exact_rows += same_len and all(hits)
        for t, ok in zip(targets, hits + [False] * (len(targets) - len(hits))):
            conf.append(float(t["confidence"]))       # one example per parsed target,
            correct.append(bool(ok))                    # as the value model is trained
        for i, g in enumerate(gold):                   # accuracy by what the gold target is
            ok = bool(same_len and hits[i])
            keys = {"kind": g["kind"], "op": g["op"],
                    "unit_family": units.family_of(g.get("unit")) or "none"}
            for what, key in keys.items():
                tally = groups[what].setdefault(key, [0, 0])
                tally[0] += ok
                tally[1] += 1
    cov, thr = calibration.coverage_at_precision(conf, correct, 0.99)
    return {
        "rows": len(rows), "exact_rows": exact_rows,
        "exact_match": round(exact_rows / len(rows), 4),
        "targets": len(conf), "target_accuracy": round(sum(correct) / len(conf), 4) if conf else 0.0,
        "ece": round(calibration.expected_calibration_error(conf, correct), 4),
        "coverage_at_99_precision": round(cov, 4),
        "threshold_at_99_precision": thr,
        "reliability": _reliability(conf, correct),
        "precision_coverage": precision_coverage(conf, correct),
        "by": {what: {k: {"right": r, "targets": n, "accuracy": round(r / n, 4)}
                      for k, (r, n) in sorted(tally.items(), key=lambda kv: -kv[1][1])}
               for what, tally in groups.items()},
    }


def _worst_classes(rows: list[dict], held: list[dict]) -> list[dict[str, Any]]:
    """Wrong level-2 predictions, most confident first: the ones a threshold lets through."""
    tax = lexicon.taxonomy()
    wrong = [(r, h) for r, h in zip(rows, held) if r["level2_code"] != h["level2_code"]]
    wrong.sort(key=lambda rh: -rh[1]["confidence"])
    return [{"name": r["name"], "value_text": r.get("value_text") or "",
             "gold": r["level2_code"], "gold_name": tax.level2_names.get(r["level2_code"], ""),
             "predicted": h["level2_code"], "predicted_name": h["level2_name"],
             "confidence": h["confidence"], "source": r.get("source")} for r, h in wrong[:WORST]]


def _worst_values(rows: list[dict], parsed: list[list[dict]]) -> list[dict[str, Any]]:
    """Cells not parsed exactly, most confident first. A cell is as sure as its least sure
    target, so that is its confidence."""
    out = []
    for r, targets in zip(rows, parsed):
        gold = r["targets"]
        if [gold_key(t) for t in targets] != [gold_key(g) for g in gold]:
            out.append({"value_text": r["value_text"], "name": r["name"],
                        "gold": "; ".join(_target_label(g) for g in gold),
                        "predicted": "; ".join(_target_label(t) for t in targets),
                        "confidence": min((t["confidence"] for t in targets), default=0.0),
                        "source": r.get("source")})
    out.sort(key=lambda e: -e["confidence"])
    return out[:WORST]


def _per_source(scored: Scored) -> list[dict[str, Any]]:
    tally: dict[str, list[int]] = {}
    for row, c, v in zip(scored.rows, scored.classes, scored.values):
        if c is None and v is None:                    # nothing of this row was scored
            continue
        t = tally.setdefault(row.get("source") or "(no source)", [0, 0, 0, 0])
        if c is not None:
            t[0] += 1
            t[1] += c["level2_code"] == row["level2_code"]
        if v is not None:
            t[2] += 1
            t[3] += [gold_key(x) for x in v] == [gold_key(g) for g in row["targets"]]
    out = [{"source": s, "class_rows": a, "level2_accuracy": round(b / a, 4) if a else None,
            "value_rows": c, "value_exact_match": round(d / c, 4) if c else None}
           for s, (a, b, c, d) in tally.items()]
    return sorted(out, key=lambda e: (-(e["class_rows"] + e["value_rows"]), e["source"]))


def table_check(paths: Sequence[str | Path], model=None) -> dict[str, Any]:
    """What an independent check of the table path does: each labelled table (one `file` or
    `source_id`, projects by `project`) as a DataFrame of 三级指标, 指标值, 一级指标 (the
    declared level-1 written out, no level-2) and 项目名称, through `zhibiao.normalize`;
    level-2 and level-1 compared with the labels, beside `classify()` on each row alone."""
    import numpy as np
    import pandas as pd

    from .classifier import resolve_model
    from .normalize import normalize

    tm = resolve_model(model)
    tax = lexicon.taxonomy()
    out: dict[str, Any] = {}
    pooled = {"rows": 0, "table": 0, "table_l1": 0, "per_row": 0, "given": 0}
    for path in paths:
        rows = [json.loads(x) for x in Path(path).read_text(encoding="utf-8").splitlines() if x.strip()]
        rows = [r for r in rows if r.get("level2_code") in tax.level2_parent]
        level1 = [r.get("level1_code") or tax.level2_parent[r["level2_code"]] for r in rows]
        frame = pd.DataFrame({
            "三级指标": [r["name"] for r in rows],
            "指标值": [r.get("annual_value") or r.get("value_text") or "" for r in rows],
            "一级指标": [tax.level1_names[c] for c in level1],
            "项目名称": [f"{r.get('file') or r.get('source_id')}|{r.get('project') or ''}" for r in rows]})
        got = normalize(frame, model=tm)
        inputs = [{"name": n, "value_text": v} for n, v in zip(frame["三级指标"], frame["指标值"])]
        proba, up = tm.row_probabilities(inputs)
        alone, given = tm.from_proba(proba, up), tm.from_proba(proba, up, tm.masks(level1))
        gold2 = np.array([r["level2_code"] for r in rows])
        right = {"table": float(np.mean(got["level2_code"].to_numpy() == gold2)),
                 "table_l1": float(np.mean(got["level1_code"].to_numpy() == np.array(level1))),
                 "per_row": float(np.mean(np.array([c.level2_code for c in alone]) == gold2)),
                 "given": float(np.mean(np.array([c.level2_code for c in given]) == gold2))}
        out[str(path)] = {"rows": len(rows), "tables": int(frame["项目名称"].nunique()),
                          "level2_table_path": round(right["table"], 4),
                          "level1_table_path": round(right["table_l1"], 4),
                          "level2_per_row_classify": round(right["per_row"], 4),
                          "level2_per_row_given_level1": round(right["given"], 4)}
        pooled["rows"] += len(rows)
        for k in right:
            pooled[k] += right[k] * len(rows)
    n = pooled["rows"] or 1
    out["pooled"] = {"rows": pooled["rows"], "level2_table_path": round(pooled["table"] / n, 4),
                     "level1_table_path": round(pooled["table_l1"] / n, 4),
                     "level2_per_row_classify": round(pooled["per_row"] / n, 4),
                     "level2_per_row_given_level1": round(pooled["given"] / n, 4)}
    return out


def value_card() -> dict[str, Any]:
    """The card of the value parser's confidence model as shipped (weights left out)."""
    path = confidence.model_path()
    if not path.is_file():
        return {}
    card = json.loads(path.read_text(encoding="utf-8"))
    return {k: v for k, v in card.items() if k != "weights"}


def figures(scored: Scored, about: dict[str, Any], card: dict[str, Any]) -> dict[str, Any]:
    """Everything the report shows, JSON-ready. `about` says which model and which rows;
    `card` is the classifier's model card."""
    ci = [i for i, c in enumerate(scored.classes) if c is not None]
    vi = [i for i, v in enumerate(scored.values) if v is not None]
    c_rows, c_held = [scored.rows[i] for i in ci], [scored.classes[i] for i in ci]
    v_rows, v_parsed = [scored.rows[i] for i in vi], [scored.values[i] for i in vi]
    classes = _class_figures(c_rows, c_held) if ci else None
    values = _value_figures(v_rows, v_parsed) if vi else None
    head_keys = ("level1_accuracy", "level2_accuracy", "level2_macro_f1", "level2_ece", "level1_ece",
                 "level2_coverage_at_99_precision", "level2_threshold_at_99_precision",
                 "level1_coverage_at_99_precision")
    headline: dict[str, Any] = {k: (classes or {}).get(k) for k in head_keys}
    headline.update({
        "value_exact_match": values and values["exact_match"],
        "value_ece": values and values["ece"],
        "value_coverage_at_99_precision": values and values["coverage_at_99_precision"],
        "baseline": classes and {k: classes[f"baseline_{k}"]
                                 for k in ("level1_accuracy", "level2_accuracy", "level2_macro_f1")},
    })
    has_source = any(r.get("source") for r in scored.rows)
    return {
        "about": dict(about, rows=len(scored.rows), class_rows=len(ci), value_rows=len(vi),
                      unscored_rows=len(scored.rows) - len(set(ci) | set(vi))),
        "headline": headline,
        "classes": classes,
        "values": values,
        "worst_errors": {"classes": _worst_classes(c_rows, c_held) if ci else [],
                         "values": _worst_values(v_rows, v_parsed) if vi else []},
        "per_source": _per_source(scored) if has_source else [],
        "model_card": shown_card(card),
        "value_model_card": value_card(),
    }


def shown_card(card: dict[str, Any]) -> dict[str, Any]:
    """The card as the figures keep it: its training_pairs (a hash per training row) as
    their number, ``training_pairs_count``."""
    if "training_pairs" not in (card or {}):
        return card
    out = {k: v for k, v in card.items() if k != "training_pairs"}
    out["training_pairs_count"] = len(card["training_pairs"] or [])
    return out


def training_rows(scored: Scored, card: dict[str, Any]) -> int | None:
    """How many of the rows scored for classes were training rows of the model whose card
    this is (training.pair_hash of name and value text in the card's ``training_pairs``);
    None when the card does not list its training rows (a model trained before it did)."""
    pairs = (card or {}).get("training_pairs")
    if pairs is None:
        return None
    pairs = set(pairs)
    return sum(1 for r, c in zip(scored.rows, scored.classes)
               if c is not None and training.pair_hash(r["name"], r.get("value_text")) in pairs)


UNSCORED_VALUE = {"no_targets_column": "文件没有 targets 列（只统计指标值的解析覆盖率）",
                  "no_targets": "该行 targets 为空"}


def unscored(rows: list[dict[str, Any]], scored: Scored) -> dict[str, Any]:
    """How many rows were not scored, and why: for classes the labelled.UNLABELLED reasons
    (no level-2, a level-2 not in the taxonomy, 待定 in a reviewed workbook), for values
    UNSCORED_VALUE; ``rows`` counts rows scored for neither."""
    from .labelled import UNLABELLED
    cls = {k: 0 for k in UNLABELLED}
    for r, c in zip(rows, scored.classes):
        if c is None:
            why = r.get("unlabelled") or "no_label"
            cls[why] = cls.get(why, 0) + 1
    has_targets = any(r.get("targets") is not None for r in rows)
    no_values = sum(v is None for v in scored.values)
    val = {"no_targets": no_values} if has_targets else {"no_targets_column": no_values}
    neither = sum(c is None and v is None for c, v in zip(scored.classes, scored.values))
    return {"rows": neither, "class_rows": sum(cls.values()), "class": cls,
            "value_rows": no_values, "value": val,
            "what": {**UNLABELLED, **UNSCORED_VALUE}}


def value_coverage(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Without gold targets: how much of the file's value column the parser reads, and how
    much of it at the auto-accept confidence (every target at or above the value threshold,
    zhibiao.confidence.accept_threshold)."""
    from collections import Counter
    thr = confidence.accept_threshold()
    with_value = [r for r in rows if (r.get("value_text") or "").strip()]
    parsed = [parse_value(r["value_text"]) for r in with_value]
    kinds = Counter(t[0].kind for t in parsed if t)
    quantified = sum(1 for t in parsed if t and any(x.kind != "text" for x in t))
    confident = sum(1 for t in parsed if t and all(x.confidence >= thr for x in t))
    n = len(with_value)
    return {"rows": len(rows), "with_value": n, "empty_value": len(rows) - n,
            "parsed": sum(1 for t in parsed if t),
            "quantified": quantified, "quantified_share": round(quantified / n, 4) if n else None,
            "confident": confident, "confident_share": round(confident / n, 4) if n else None,
            "confidence_threshold": thr, "first_target_kind": dict(kinds.most_common())}


COMPARED = ("level1_accuracy", "level2_accuracy", "level2_macro_f1", "level2_ece", "level1_ece",
            "level2_coverage_at_99_precision", "level1_coverage_at_99_precision",
            "value_exact_match")


def compare(new: Scored, old: Scored, head_new: dict[str, Any], head_old: dict[str, Any],
            where: str, card: dict[str, Any]) -> dict[str, Any]:
    """The baseline model's figures on the same rows beside the model's: its headline, the
    difference (model minus baseline) of each COMPARED figure, and the rows whose level-2 the
    model now gets right (fixed) or wrong (broken)."""
    delta = {k: round(head_new[k] - head_old[k], 4) for k in COMPARED
             if isinstance(head_new.get(k), (int, float)) and isinstance(head_old.get(k), (int, float))}
    tax = lexicon.taxonomy()
    fixed, broken = [], []
    for r, a, b in zip(new.rows, new.classes, old.classes):
        if a is None or b is None:
            continue
        now, before = a["level2_code"] == r["level2_code"], b["level2_code"] == r["level2_code"]
        if now != before:
            (fixed if now else broken).append({
                "name": r["name"], "value_text": r.get("value_text") or "",
                "gold": r["level2_code"], "gold_name": tax.level2_names.get(r["level2_code"], ""),
                "model": a["level2_code"], "baseline": b["level2_code"],
                "source": r.get("source")})
    return {"model": where, "model_sha256": card.get("model_sha256"),
            "training_rows": training_rows(old, card),
            "headline": head_old, "delta": delta,
            "fixed_rows": len(fixed), "broken_rows": len(broken),
            "fixed": fixed[:WORST], "broken": broken[:WORST],
            "how": "the baseline model applied as it is to the same rows; delta = model − baseline; "
                   "fixed: level-2 right now and wrong under the baseline, broken: the reverse"}


def evaluate_file(path: str | Path, model_dir: str | Path | None = None,
                  baseline_dir: str | Path | None = None, baseline: bool = False) -> dict[str, Any]:
    """The figures of the shipped (or given) model applied as is to a user's labelled file
    (a .jsonl, a table, or a workbook from zhibiao normalize that a reviewer corrected: the
    corrections are the truth). With `baseline` (`baseline_dir`, None: the shipped model),
    the baseline model's figures on the same rows go under ``figures["baseline_model"]``."""
    from .classifier import default_model_dir, load_model

    rows = load_labelled(path)
    model = load_model(model_dir)
    where = Path(model_dir) if model_dir is not None else default_model_dir()
    about = {"title": f"zhibiao evaluation: {Path(path).name}",
             "labelled": str(path), "model": str(where),
             "model_sha256": model.card.get("model_sha256"),
             "how": "The model was applied as it is to the rows of this file; training_rows "
                    "counts the rows scored for classes that were training rows of the model "
                    "(None: its card does not list them). Value confidences are those of the "
                    "shipped value parser."}
    scored = apply_model(rows, model)
    about["training_rows"] = training_rows(scored, model.card)
    out = figures(scored, about, model.card)
    out["unscored"] = unscored(rows, scored)
    out["value_coverage"] = value_coverage(rows)
    out["labels"] = {k: sum(1 for r in rows if r.get("label_kind") == k and r.get("level2_code"))
                     for k in ("declared", "accepted", "corrected")}
    if baseline or baseline_dir is not None:
        old_model = load_model(baseline_dir)
        old_where = Path(baseline_dir) if baseline_dir is not None else default_model_dir()
        old = apply_model(rows, old_model)
        out["baseline_model"] = compare(scored, old, out["headline"],
                                        figures(old, {}, old_model.card)["headline"],
                                        str(old_where), old_model.card)
    return out
