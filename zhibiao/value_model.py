"""Training and honest evaluation of the value parser's confidence model.

Each parsed target of a gold value row is a training example: its parse features
(confidence.featurize) and whether it is exactly right (kind, op, value, upper, unit equal to
the gold target at the same position, and the cell gave as many targets as the gold). A
logistic regression maps features to the probability of being right. Its calibration is
measured on folds grouped by source table (GroupKFold), so no table is on both sides; the
weights saved for use are then fitted on all rows.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from . import calibration, confidence
from .lexicon import FULLWIDTH
from .scoring import gold_key, target_key
from .values import parse_unscored

C = 1.0          # inverse regularisation strength; small data, keep weights modest
SEED = 0


def examples(rows: list[dict[str, Any]]) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[str]]:
    """Feature matrix, labels, group ids and texts, one entry per parsed target."""
    X, y, groups, texts = [], [], [], []
    for row in rows:
        text = row["value_text"]
        norm = text.translate(FULLWIDTH)
        targets, covered = parse_unscored(text, norm)
        gold = row["targets"]
        same_len = len(gold) == len(targets)
        for i, (t, feats) in enumerate(zip(targets, confidence.featurize(norm, targets, covered))):
            ok = same_len and target_key(t) == gold_key(gold[i])
            X.append(feats)
            y.append(int(ok))
            groups.append(str(row.get("source_id")))
            texts.append(text)
    return np.array(X, dtype=float), np.array(y), np.array(groups), texts


def _fit(X: np.ndarray, y: np.ndarray) -> LogisticRegression:
    model = LogisticRegression(C=C, max_iter=2000, random_state=SEED)
    # the bias is a feature column, so the intercept is not fitted separately
    model.set_params(fit_intercept=False)
    return model.fit(X, y)


def held_out(X: np.ndarray, y: np.ndarray, groups: np.ndarray, folds: int = 5) -> np.ndarray:
    """The confidence of each example from a model fitted without its source (GroupKFold)."""
    held = np.zeros(len(y))
    for train, test in GroupKFold(n_splits=min(folds, len(set(groups)))).split(X, y, groups):
        if len(set(y[train])) < 2:
            held[test] = y[train].mean()
        else:
            held[test] = _fit(X[train], y[train]).predict_proba(X[test])[:, 1]
    return held


def cross_validate(rows: list[dict[str, Any]], folds: int = 5) -> dict[str, Any]:
    """Held-out confidences under GroupKFold by source table, and their calibration."""
    X, y, groups, _ = examples(rows)
    held = held_out(X, y, groups, folds)
    prior = np.array([[confidence.probability(tuple(x), tuple(confidence.PRIOR[k] for k in confidence.FEATURES))]
                      for x in X]).ravel()
    correct = [bool(v) for v in y]
    cov, thr = calibration.coverage_at_precision(list(held), correct, 0.99)
    return {
        "targets": int(len(y)),
        "accuracy": round(float(y.mean()), 4),
        "ece_grouped_cv": round(calibration.expected_calibration_error(list(held), correct), 4),
        "ece_prior": round(calibration.expected_calibration_error(list(prior), correct), 4),
        "coverage_at_99_precision": round(cov, 4),
        "threshold_at_99_precision": None if thr is None else round(float(thr), 4),
        "folds": "GroupKFold by source table",
    }


def train(rows: list[dict[str, Any]], out: Path, data_hash: str) -> dict[str, Any]:
    """Fit on all rows, write models/value_confidence.json with its card; return the card."""
    metrics = cross_validate(rows)
    X, y, _, _ = examples(rows)
    model = _fit(X, y)
    weights = {k: round(float(w), 6) for k, w in zip(confidence.FEATURES, model.coef_[0])}
    body = json.dumps(weights, sort_keys=True).encode()
    import sklearn
    card = {
        "model": "value confidence: logistic regression over parse features",
        "features": list(confidence.FEATURES),
        "weights": weights,
        "weights_sha256": hashlib.sha256(body).hexdigest(),
        "trained_on": {"gold_rows": len(rows), "targets": int(len(y)), "data_sha256": data_hash},
        "metrics": metrics,
        "versions": {"scikit-learn": sklearn.__version__, "numpy": np.__version__},
        "seed": SEED,
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(card, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return card


def shipped_on(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Calibration of the shipped confidences (parse_value as a user calls it) on rows the
    confidence model never trained on (the held-out gold sets): one entry per target, right
    when the whole target matches the gold one at its position."""
    from .values import parse_value

    conf, right = [], []
    for row in rows:
        got, gold = parse_value(row["value_text"]), row["targets"]
        for i, t in enumerate(got):
            conf.append(float(t.confidence))
            right.append(len(got) == len(gold) and target_key(t) == gold_key(gold[i]))
    cov, thr = calibration.coverage_at_precision(conf, right, 0.99)
    return {"targets": len(right), "accuracy": round(float(np.mean(right)), 4) if right else None,
            "ece": round(calibration.expected_calibration_error(conf, right), 4),
            "coverage_at_99_precision": round(cov, 4),
            "threshold_at_99_precision": None if thr is None else round(float(thr), 4)}
