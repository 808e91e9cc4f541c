"""Training and honest evaluation of the value parser's confidence model.

Each parsed target of a gold value row is a training example: its parse features
(confidence.featurize) and whether it is exactly right (kind, op, value, upper, unit equal to
the gold target at the same position, and the cell gave as many targets as the gold). A
logistic regression maps features to the probability of being right.

The rows are the table cells of corpus/gold/values.jsonl, the design cases and the odd forms
(values-design.jsonl, values-odd.jsonl), whose rows name their form family. A grammar that
reads nearly every gold row right leaves the model little to learn about a wrong parse, so
training also sees *simulated unknown forms*: every row parsed again by a grammar whose
lexicons lack one family of words (大写 numerals, currencies, signs, 余/多, the new operator
words...), labelled against the same gold. Those parses are wrong the way a parse of a form
the grammar never met is wrong: a number that stops before a word it cannot read, a text
target where the cell holds a number.

Calibration is measured on folds grouped by form family (a table's rows form one group, each
odd-form family another): a family is never on both sides, nor are its simulated parses, so
the figures are those of a form the model has not seen. The weights saved for use are fitted
on all rows. How often table cells take each grammar path (counted over the parses of
values.jsonl, no labels used) is stored with the weights: a rare path is a feature.
"""
from __future__ import annotations

import dataclasses
import json
from collections import Counter
from pathlib import Path
from typing import Any, Callable

import numpy as np
from sklearn.model_selection import GroupKFold

from . import calibration, confidence, lexicon
from .lexicon import FULLWIDTH
from .scoring import gold_key, target_key
from .values import grammar_from, parse_unscored

C = 0.1          # inverse strength of the pull toward the prior weights (grouped CV: see the card)
SEED = 0
SIMULATED_WEIGHT = 0.05  # a simulated parse counts a twentieth of a real one (grouped CV: see the card)


# ------------------------------------------------------------------------------ examples
def group_of(row: dict[str, Any]) -> str:
    """The cross-validation group: the form family of a design or odd-form row, else the
    source table."""
    if row.get("family"):
        return "family:" + str(row["family"])
    return "table:" + str(row.get("source_id"))


def _labelled(row: dict[str, Any], targets: list) -> list[int]:
    gold = row["targets"]
    same_len = len(gold) == len(targets)
    return [int(same_len and target_key(t) == gold_key(gold[i])) for i, t in enumerate(targets)]


def parse_paths(rows: list[dict[str, Any]]) -> dict[str, int]:
    """How many cells' targets take each grammar path (confidence.path_of), labels unused."""
    counts: Counter = Counter()
    for row in rows:
        text = row["value_text"]
        targets, _ = parse_unscored(text, text.translate(FULLWIDTH))
        counts.update(confidence.path_of(t) for t in targets)
    return dict(sorted(counts.items()))


def examples(rows: list[dict[str, Any]], paths: dict[str, int] | None = None,
             simulate: bool = False) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[str]]:
    """Feature matrix, labels, group ids and texts, one entry per parsed target (real rows
    first, in row order; with `simulate`, the simulated parses after them — their texts are
    prefixed "simulated:")."""
    X, y, groups, texts, _ = _examples(rows, paths, simulate)
    return X, y, groups, texts


def _examples(rows, paths, simulate):
    X, y, groups, texts, cells = [], [], [], [], []
    for n, row in enumerate(rows):
        text = row["value_text"]
        norm = text.translate(FULLWIDTH)
        targets, covered = parse_unscored(text, norm)
        for feats, ok in zip(confidence.featurize(norm, targets, covered, paths), _labelled(row, targets)):
            X.append(feats)
            y.append(ok)
            groups.append(group_of(row))
            texts.append(text)
            cells.append(n)
    if simulate:
        shipped = {row["value_text"]: [target_key(t) for t in parse_unscored(
            row["value_text"], row["value_text"].translate(FULLWIDTH))[0]] for row in rows}
        for name, lexicons in simulated_grammars().items():
            with grammar_from(*lexicons):
                for row in rows:
                    text = row["value_text"]
                    norm = text.translate(FULLWIDTH)
                    targets, covered = parse_unscored(text, norm)
                    if [target_key(t) for t in targets] == shipped[text]:
                        continue            # the missing words play no part in this cell
                    for feats, ok in zip(confidence.featurize(norm, targets, covered, paths),
                                         _labelled(row, targets)):
                        X.append(feats)
                        y.append(ok)
                        groups.append(group_of(row))
                        texts.append(f"simulated:{name}:{text}")
                        cells.append(-1)
    return np.array(X, dtype=float), np.array(y), np.array(groups), texts, np.array(cells)


def simulated_grammars() -> dict[str, tuple[lexicon.UnitLexicon, lexicon.OperatorLexicon]]:
    """Lexicons with one family of words taken out each: the grammar as it would be had
    nobody written those words down."""
    units, ops = lexicon.units(), lexicon.operators()
    rep = dataclasses.replace
    formal = set(units.formal_numerals) | set(units.numeral_aliases)
    foreign = {w: u for w, u in units.by_word.items() if u.family == "money" and
               (u.canonical != "元" or not w.endswith(("元", "钱")))}
    new_suffix = {"或者以上", "或更多", "或者更多", "之上", "之下", "或者以下", "不到"}
    new_prefix = {"大于或者等于", "小于或者等于", "不到", "过"}
    volume = {w for w, u in units.by_word.items() if u.family in ("volume", "mass")}
    out: dict[str, Callable[[], tuple]] = {
        "formal": lambda: (rep(units, numerals="".join(c for c in units.numerals if c not in formal),
                               formal_numerals=""), ops),
        "floor": lambda: (rep(units, floor_words=()), ops),
        "currency": lambda: (rep(units, by_word={w: u for w, u in units.by_word.items() if w not in foreign},
                                 currency_before={}), ops),
        "sign": lambda: (rep(units, negative_words=(), minus_signs="", plus_minus_words=()), ops),
        "places": lambda: (rep(units, multipliers={k: v for k, v in units.multipliers.items()
                                                   if k in ("万", "亿")}), ops),
        "ranges": lambda: (rep(units, range_joiners=(), range_closers=(), range_openers=()), ops),
        "operators": lambda: (units, rep(ops, suffix={w: o for w, o in ops.suffix.items() if w not in new_suffix},
                                         prefix_phrase={w: o for w, o in ops.prefix_phrase.items() if w not in new_prefix},
                                         prefix_adjacent={w: o for w, o in ops.prefix_adjacent.items() if w not in new_prefix},
                                         comparative_after={})),
        "fractions": lambda: (rep(units, fraction_infix="\x00\x01", half_unit_families=()), ops),
        "words": lambda: (rep(units, not_numbers=(), numeral_word_tags=()), ops),
        "units": lambda: (rep(units, by_word={w: u for w, u in units.by_word.items() if w not in volume}), ops),
        "excel": lambda: (units, rep(ops, cell_errors={})),
        "multipliers": lambda: (rep(units, multipliers={}), ops),
        "numerals": lambda: (rep(units, numerals="〇", formal_numerals=""), ops),
    }
    return {name: make() for name, make in out.items()}


# ------------------------------------------------------------------------------ fitting
class _Logistic:
    """Logistic regression whose weights are pulled toward the hand-set prior
    (confidence.PRIOR) instead of toward zero: a feature the training rows never show (a
    rule only a held-out family fires) keeps the prior's say, e.g. that characters running on
    from a number into an unread word mean a wrong parse."""

    def __init__(self, prior: np.ndarray, c: float = C):
        self.prior, self.c = prior, c
        self.coef_ = prior[None, :].copy()

    def fit(self, X: np.ndarray, y: np.ndarray, w: np.ndarray | None = None) -> "_Logistic":
        from scipy.optimize import minimize

        w = np.ones(len(y)) if w is None else w
        sign = np.where(y > 0, 1.0, -1.0)

        def loss(beta):
            z = sign * (X @ beta)
            data = np.sum(w * np.logaddexp(0.0, -z))
            grad = -(X.T @ (w * sign * (1.0 - 1.0 / (1.0 + np.exp(-z)))))
            diff = beta - self.prior
            return data + diff @ diff / (2 * self.c), grad + diff / self.c

        res = minimize(loss, self.prior.copy(), jac=True, method="L-BFGS-B", options={"maxiter": 5000})
        self.coef_ = res.x[None, :]
        return self

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        p = 1.0 / (1.0 + np.exp(-np.clip(X @ self.coef_[0], -30, 30)))
        return np.column_stack([1 - p, p])


def _fit(X: np.ndarray, y: np.ndarray, w: np.ndarray | None = None) -> _Logistic:
    prior = np.array([confidence.PRIOR[k] for k in confidence.FEATURES], dtype=float)
    return _Logistic(prior, C).fit(X, y, w)


def _weights_of(texts: list[str]) -> np.ndarray:
    return np.array([SIMULATED_WEIGHT if t.startswith("simulated:") else 1.0 for t in texts])


def held_out(X: np.ndarray, y: np.ndarray, groups: np.ndarray, folds: int = 5,
             weights: np.ndarray | None = None) -> np.ndarray:
    """The confidence of each example from a model fitted without its group (GroupKFold)."""
    held = np.zeros(len(y))
    for train, test in GroupKFold(n_splits=min(folds, len(set(groups)))).split(X, y, groups):
        if len(set(y[train])) < 2:
            held[test] = y[train].mean()
        else:
            w = None if weights is None else weights[train]
            held[test] = _fit(X[train], y[train], w).predict_proba(X[test])[:, 1]
    return held


def _figures(conf: list[float], right: list[bool], cells: list[int] | None = None) -> dict[str, Any]:
    cov, thr = calibration.coverage_at_precision(conf, right, 0.99)
    wrong_high = sum(1 for c, r in zip(conf, right) if not r and c >= 0.9)
    per_cell = {}
    if cells is not None and len(cells):
        bad = {k for c, r, k in zip(conf, right, cells) if not r and c >= 0.9}
        per_cell = {"cells": len(set(cells)), "cells_with_a_wrong_target_at_or_above_0.9": len(bad),
                    "cells_with_a_wrong_target_at_or_above_0.9_share": round(len(bad) / len(set(cells)), 4)}
    return {
        "targets": len(right),
        "accuracy": round(float(np.mean(right)), 4) if right else None,
        "mean_confidence": round(float(np.mean(conf)), 4) if conf else None,
        "ece": round(calibration.expected_calibration_error(conf, right), 4),
        "wrong_at_or_above_0.9": wrong_high,
        "wrong_at_or_above_0.9_share": round(wrong_high / len(right), 4) if right else None,
        "coverage_at_99_precision": round(cov, 4),
        "threshold_at_99_precision": None if thr is None else round(float(thr), 4),
        **per_cell,
    }


def cross_validate(rows: list[dict[str, Any]], folds: int = 5,
                   paths: dict[str, int] | None = None) -> dict[str, Any]:
    """Held-out confidences under GroupKFold by form family (tables by source), simulated
    parses in the training folds only, and their calibration on the real rows."""
    paths = parse_paths([r for r in rows if not r.get("family")]) if paths is None else paths
    X, y, groups, texts, cells = _examples(rows, paths, True)
    real = np.array([not t.startswith("simulated:") for t in texts])
    held = held_out(X, y, groups, folds, _weights_of(texts))
    cells = cells[real]
    prior = [confidence.probability(tuple(x), tuple(confidence.PRIOR[k] for k in confidence.FEATURES))
             for x in X[real]]
    conf = [float(c) for c in held[real]]
    right = [bool(v) for v in y[real]]
    odd = np.array([g.startswith("family:") for g in groups[real]])
    out = _figures(conf, right, list(cells))
    out.update({
        "ece_grouped_cv": out["ece"],
        "ece_prior": round(calibration.expected_calibration_error(prior, right), 4),
        "odd_forms": _figures([c for c, o in zip(conf, odd) if o], [r for r, o in zip(right, odd) if o],
                              [k for k, o in zip(cells, odd) if o]),
        "table_cells": _figures([c for c, o in zip(conf, odd) if not o], [r for r, o in zip(right, odd) if not o],
                                [k for k, o in zip(cells, odd) if not o]),
        "by_family": {g: _figures([c for c, gg in zip(conf, groups[real]) if gg == g],
                                  [r for r, gg in zip(right, groups[real]) if gg == g])
                      for g in sorted({g for g in groups[real] if g.startswith("family:")})},
        "simulated_examples": int((~real).sum()),
        "simulated_accuracy": round(float(y[~real].mean()), 4) if (~real).any() else None,
        "folds": f"GroupKFold({folds}) by form family (design and odd-form rows) and by source table "
                 "(table rows); simulated parses of a row in its row's group",
    })
    return out


def train(rows: list[dict[str, Any]], out: Path, data_hash: str) -> dict[str, Any]:
    """Fit on all rows, write models/value_confidence.json with its card; return the card."""
    paths = parse_paths([r for r in rows if not r.get("family")])
    metrics = cross_validate(rows, paths=paths)
    X, y, _, texts = examples(rows, paths, simulate=True)
    model = _fit(X, y, _weights_of(texts))
    weights = {k: round(float(w), 6) for k, w in zip(confidence.FEATURES, model.coef_[0])}
    import sklearn
    card = {
        "model": "value confidence: logistic regression over parse features",
        "features": list(confidence.FEATURES),
        "weights": weights,
        "paths": paths,
        "weights_sha256": confidence.model_hash(weights, paths),
        "trained_on": {"gold_rows": len(rows), "targets": int((np.array([not t.startswith("simulated:")
                                                                          for t in texts])).sum()),
                       "simulated_examples": int(sum(t.startswith("simulated:") for t in texts)),
                       "simulated_weight": SIMULATED_WEIGHT,
                       "families": dict(sorted(Counter(group_of(r) for r in rows
                                                       if r.get("family")).items())),
                       "data_sha256": data_hash},
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

    conf, right, cells = [], [], []
    for n, row in enumerate(rows):
        got, gold = parse_value(row["value_text"]), row["targets"]
        for i, t in enumerate(got):
            conf.append(float(t.confidence))
            right.append(len(got) == len(gold) and target_key(t) == gold_key(gold[i]))
            cells.append(n)
    return _figures(conf, right, cells)
