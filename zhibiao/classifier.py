"""The taxonomy classifier: an indicator name (and its value) -> level-1 / level-2 class.

One scikit-learn Pipeline: character n-grams and jieba words of the name, what the value
says (unit family, operator) and the cue words of features/cues.yaml,
into a logistic regression; probabilities calibrated by one temperature fitted on folds
grouped by source table. Level-1 probabilities are the sums of their level-2 classes.

Models are trained by ``train.py`` / ``zhibiao train`` and saved with joblib next to a
model card that records the file's sha256; :func:`load_model` refuses a file that does not
match, because a joblib file is a pickle and can run code.

>>> c = classify("服务对象满意度", value_text="≥90%")
>>> (c.level1_code, c.level2_code, c.level2_name)
('3', '31', '服务对象满意度指标')
>>> classify("培训人次", value_text="≥500人次").level2_code
'11'
"""
from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

import joblib
import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin, clone
from sklearn.feature_extraction import DictVectorizer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.pipeline import FeatureUnion, Pipeline

from . import lexicon, table_classifier, vectorize
from .indicator_features import CueFeatures, Field, ValueFeatures
from .segment import word_ngrams

__all__ = ["Classification", "TaxonomyModel", "classify", "classify_many", "classify_table",
           "load_model",
           "fit_model", "ModelError"]

MODEL_FILE = "taxonomy.joblib"
CARD_FILE = "taxonomy.card.json"
SEED = 0


class ModelError(ValueError):
    """A model file is missing, unreadable, or does not match its recorded hash."""


@dataclass
class Classification:
    """The predicted class of one indicator (DESIGN.md "Public API")."""

    level1_code: str
    level2_code: str
    level1_name: str
    level2_name: str
    confidence: float                 # probability that level2_code is right
    level1_confidence: float = 0.0    # probability that level1_code is right
    alternatives: list[dict[str, Any]] = field(default_factory=list)  # ranked level-2
    # a reading in context (classify_table) also carries the row read alone, and the
    # probability that its project's order was trusted
    per_row: dict[str, Any] | None = None
    order_probability: float | None = None

    def to_dict(self) -> dict[str, Any]:
        out = {"level1_code": self.level1_code, "level2_code": self.level2_code,
               "level1_name": self.level1_name, "level2_name": self.level2_name,
               "confidence": self.confidence, "level1_confidence": self.level1_confidence,
               "alternatives": list(self.alternatives)}
        if self.per_row is not None:
            out["per_row"] = dict(self.per_row)
            out["order_probability"] = self.order_probability
        return out


class _Pipeline(Pipeline):
    """A Pipeline whose fit takes sample_weight, handed to the final model, so that
    CalibratedClassifierCV down-weights library rows in the model too (not only in the
    calibration)."""

    def fit(self, X, y=None, sample_weight=None, **params):
        if sample_weight is not None:
            params[f"{self.steps[-1][0]}__sample_weight"] = sample_weight
        return super().fit(X, y, **params)


def build_pipeline(C: float = 4.0) -> Pipeline:
    features = FeatureUnion([
        ("chars", Pipeline([("f", Field("name")),
                            ("v", TfidfVectorizer(analyzer="char", ngram_range=(1, 3),
                                                  sublinear_tf=True))])),
        ("words", Pipeline([("f", Field("name")),
                            ("v", TfidfVectorizer(analyzer=word_ngrams, sublinear_tf=True))])),
        # the value's own words (按时, 明显改善, 长期): +0.3 points level-2, +1.2 level-1 under
        # grouped CV, and closer to the independent reading of adjudicated.jsonl
        ("value_text", Pipeline([("f", Field("value_text")),
                                 ("v", TfidfVectorizer(analyzer="char", ngram_range=(1, 2),
                                                       sublinear_tf=True))])),
        ("value", Pipeline([("f", ValueFeatures()), ("v", DictVectorizer())])),
        ("cues", Pipeline([("f", CueFeatures()), ("v", DictVectorizer())])),
    ])
    model = LogisticRegression(C=C, max_iter=3000, random_state=SEED)
    return _Pipeline([("features", features), ("model", model)])


class TemperatureScaled(BaseEstimator, ClassifierMixin):
    """A classifier whose probabilities are softened or sharpened by one temperature, fitted
    on out-of-fold predictions (folds grouped by source table) of its own training rows.

    One parameter cannot overfit a few hundred rows the way per-class sigmoids can, and it
    leaves the ranking of classes unchanged. With `parents` (class -> parent class) a second
    temperature is fitted for the parents' probabilities (sums over their children), so the
    level-1 confidence is calibrated too. Rows of `calibrate_mask` == False (the curated
    library) are trained on but not calibrated on.
    """

    def __init__(self, estimator=None, folds: int = 3, parents: dict | None = None):
        self.estimator = estimator
        self.folds = folds
        self.parents = parents

    def fit(self, X, y, groups=None, sample_weight=None, calibrate_mask=None):
        X, y = list(X), np.asarray(y)
        groups = np.asarray(groups if groups is not None else np.arange(len(y)))
        mask = np.ones(len(y), bool) if calibrate_mask is None else np.asarray(calibrate_mask)
        self.base_ = clone(self.estimator).fit(X, y, sample_weight=sample_weight)
        self.classes_ = self.base_.classes_
        self.temperature_ = self.parent_temperature_ = 1.0
        self.oof_logp_ = None
        if len(set(groups[mask])) >= 2:
            logp = self._out_of_fold(X, y, groups, sample_weight)
            self.oof_logp_ = logp       # for the table path's fitting; dropped by fit_model
            rows = mask & np.isfinite(logp).all(axis=1)
            target = np.searchsorted(self.classes_, y[rows])
            nll = lambda t: -_log_softmax(logp[rows] / t)[np.arange(rows.sum()), target].mean()
            self.temperature_ = _best_temperature(nll)
            if self.parents:
                member = self._membership()
                up = np.searchsorted(self.parent_classes_, [self.parents[c] for c in y[rows]])
                def nll_up(t):
                    p_up = np.exp(_log_softmax(logp[rows] / t)) @ member
                    return -np.log(np.clip(p_up[np.arange(rows.sum()), up], 1e-12, 1.0)).mean()
                self.parent_temperature_ = _best_temperature(nll_up)
        return self

    def _membership(self) -> np.ndarray:
        """classes x parent-classes 0/1 matrix (and parent_classes_, sorted)."""
        self.parent_classes_ = np.array(sorted({self.parents[c] for c in self.classes_}))
        return np.array([[float(self.parents[c] == up) for up in self.parent_classes_]
                         for c in self.classes_])

    def _out_of_fold(self, X, y, groups, sample_weight) -> np.ndarray:
        logp = np.full((len(y), len(self.classes_)), np.nan)
        splitter = GroupKFold(n_splits=min(self.folds, len(set(groups))))
        for train, test in splitter.split(X, y, groups):
            w = None if sample_weight is None else np.asarray(sample_weight)[train]
            est = clone(self.estimator).fit([X[i] for i in train], y[train], sample_weight=w)
            p = np.full((len(test), len(self.classes_)), 1e-6)
            cols = np.searchsorted(self.classes_, est.classes_)
            p[:, cols] = est.predict_proba([X[i] for i in test])
            logp[test] = np.log(np.clip(p, 1e-9, 1.0))
        return logp

    def _logp(self, X) -> np.ndarray:
        return np.log(np.clip(self.base_.predict_proba(list(X)), 1e-9, 1.0))

    def predict_proba(self, X):
        return np.exp(_log_softmax(self._logp(X) / self.temperature_))

    def parent_proba(self, X) -> tuple[np.ndarray, np.ndarray]:
        """(parent classes, their calibrated probabilities) — level-1 from level-2."""
        return self.proba_and_parents(X)[1:]

    def proba_and_parents(self, X) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Calibrated level-2 probabilities, parent classes and their calibrated
        probabilities, from one pass over the features."""
        logp = self._logp(X)
        member = self._membership()
        return (np.exp(_log_softmax(logp / self.temperature_)), self.parent_classes_,
                np.exp(_log_softmax(logp / self.parent_temperature_)) @ member)

    def predict(self, X):
        return self.classes_[np.argmax(self.predict_proba(X), axis=1)]


def _best_temperature(nll) -> float:
    from scipy.optimize import minimize_scalar     # fitting only: not loaded to classify

    return float(minimize_scalar(nll, bounds=(0.05, 20.0), method="bounded").x)


def _log_softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    return z - np.log(np.exp(z).sum(axis=1, keepdims=True))


def fit_model(rows: Sequence[dict], labels: Sequence[str], groups: Sequence[str],
              weights: Sequence[float] | None = None, folds: int = 3, C: float = 4.0):
    """The pipeline, temperature-calibrated on folds grouped by source table; rows of the
    group "library" (the curated indicator library) train but do not calibrate.

    The table path's prior (transitions, weight, temperatures) is fitted on the same
    out-of-fold predictions and set as ``table_prior_``: rows in table order, a project
    being consecutive rows of one group and ``project``; the declared level-1 is the row's
    ``level1_code`` or its level-2's parent."""
    groups = np.asarray(groups)
    w = None if weights is None else np.asarray(weights, dtype=float)
    parents = dict(lexicon.taxonomy().level2_parent)
    labels = np.asarray(labels)
    est = TemperatureScaled(build_pipeline(C), folds=folds, parents=parents).fit(
        list(rows), labels, groups=groups, sample_weight=w, calibrate_mask=groups != "library")
    logp, est.oof_logp_ = est.oof_logp_, None
    est.table_prior_ = None
    if logp is not None:
        use = np.array([g != "library" for g in groups]) & np.isfinite(logp).all(axis=1)
        idx = np.flatnonzero(use)
        classes = [str(c) for c in est.classes_]
        proba = np.exp(_log_softmax(logp[idx] / est.temperature_))
        masks = [table_classifier.allowed_classes(
            classes, rows[i].get("level1_code") or parents.get(str(labels[i]))) for i in idx]
        keys = [(groups[i], rows[i].get("source_id"), rows[i].get("project")) for i in idx]
        est.table_prior_ = table_classifier.fit_table_prior(
            proba, labels[idx], keys, groups[idx], masks, classes)
    return est


class TaxonomyModel:
    """A fitted classifier with its card; predicts level-2 and derives level-1.

    ``table_prior`` (from the card's ``table_path``, or set by :func:`fit_model`) is what
    :meth:`classify_table` decodes a table's rows with; None for a model trained before it
    existed, which then reads each row alone (restricted to its declared level-1)."""

    def __init__(self, estimator, card: dict[str, Any]):
        self.estimator = estimator
        self.card = card
        self.classes_ = [str(c) for c in estimator.classes_]
        prior = card.get("table_path", {}).get("prior") if card else None
        self.table_prior = (table_classifier.TablePrior.from_dict(prior) if prior
                            else getattr(estimator, "table_prior_", None))

    def predict_proba(self, rows: Sequence[dict]) -> np.ndarray:
        return self.estimator.predict_proba(list(rows))

    def row_probabilities(self, rows: Sequence[dict]) -> tuple[np.ndarray, dict[str, np.ndarray] | None]:
        """Calibrated level-2 probabilities, and each level-1's calibrated probability
        (None for an estimator without parents), from one pass over the features."""
        rows = list(rows)
        if getattr(self.estimator, "parents", None) and hasattr(self.estimator, "parent_temperature_"):
            proba, ups, up_proba = self.estimator.proba_and_parents(rows)
            return proba, {str(u): up_proba[:, i] for i, u in enumerate(ups)}
        return self.predict_proba(rows), None

    def row_vectors(self, rows: Sequence[dict]) -> np.ndarray:
        """row_probabilities as one vector a row (the level-2 probabilities, then each
        level-1's), so that a batch can cache rows and stack them again (split_vectors)."""
        proba, up = self.row_probabilities(rows)
        return np.hstack([proba] + [a[:, None] for a in (up or {}).values()])

    def split_vectors(self, vectors: np.ndarray) -> tuple[np.ndarray, dict[str, np.ndarray] | None]:
        """The (proba, up) of row_probabilities from stacked row_vectors."""
        n2 = len(self.classes_)
        if vectors.shape[1] == n2:
            return vectors, None
        parents = self.estimator.parents     # row_probabilities orders level-1s as sorted
        ups = sorted({str(parents[c]) for c in self.estimator.classes_})
        return vectors[:, :n2], {u: vectors[:, n2 + i] for i, u in enumerate(ups)}

    def masks(self, within: Sequence[str | None]) -> list[np.ndarray | None]:
        """The classes each row may take under its declared level-1 code (None: all)."""
        return [table_classifier.allowed_classes(self.classes_, None if w is None else str(w))
                for w in within]

    def _classifications(self, proba: np.ndarray, l1_p: Sequence[float], top: int
                         ) -> list[Classification]:
        """One Classification a row of probabilities; `l1_p` the level-1 confidence of each
        row. Sorted once for all rows."""
        tax = lexicon.taxonomy()
        classes = self.classes_
        parent = [tax.level2_parent.get(c, c[:1]) for c in classes]
        names2 = [tax.level2_names.get(c, "") for c in classes]
        order = np.argsort(-proba, axis=1, kind="stable")[:, :top]
        # Python lists for the loop: indexing numpy a scalar at a time costs more than the sort
        top_p = np.take_along_axis(np.round(proba, 4), order, axis=1).tolist()
        kept = (np.take_along_axis(proba, order, axis=1) > 0).tolist()
        l1_round = [round(x, 4) for x in np.asarray(l1_p, dtype=float).tolist()]
        out = []
        for k, (idx, ps, keep) in enumerate(zip(order.tolist(), top_p, kept)):
            first = idx[0]
            l1 = parent[first]
            alts = [{"level2_code": classes[i], "level2_name": names2[i], "level1_code": parent[i],
                     "probability": q} for i, q, ok in zip(idx, ps, keep) if ok]
            out.append(Classification(l1, classes[first], tax.level1_names.get(l1, ""), names2[first],
                                      ps[0], l1_round[k], alts))
        return out

    def classify_rows(self, rows: Sequence[dict], top: int = 3,
                      within: Sequence[str | None] | None = None) -> list[Classification]:
        """Level-2 by the highest probability; level-1 is its parent, with the parent's own
        calibrated probability when the model has one (else the sum over its children).

        `within` (one level-1 code or None per row) restricts a row to the children of a
        level-1 the table declares: their probabilities renormalised, the level-1 certain."""
        if not rows:
            return []
        rows = list(rows)
        if within is not None and len(within) != len(rows):
            raise ValueError(f"classify_rows(): {len(rows)} rows but {len(within)} level-1 codes")
        proba, up = self.row_probabilities(rows)
        return self.from_proba(proba, up, None if within is None else self.masks(within), top)

    def from_proba(self, proba: np.ndarray, up: dict[str, np.ndarray] | None,
                   masks: Sequence[np.ndarray | None] | None = None, top: int = 3
                   ) -> list[Classification]:
        """Classifications of rows whose per-row probabilities (row_probabilities) are known."""
        masks = [None] * len(proba) if masks is None else masks
        proba = table_classifier.restrict(proba, masks)
        l1 = self._up(up, proba)
        return self._classifications(
            proba, [1.0 if masks[k] is not None else l1[k] for k in range(len(proba))], top)

    def _up(self, up: dict[str, np.ndarray] | None, proba: np.ndarray) -> list[float]:
        """Each row's probability of the level-1 of its best level-2 class: the calibrated
        one when the model has it, else the sum over that level-1's classes."""
        parents = lexicon.taxonomy().level2_parent
        of = [parents.get(c, c[:1]) for c in self.classes_]
        best = [of[i] for i in proba.argmax(axis=1)]
        if up is not None:
            return [float(up[b][k]) for k, b in enumerate(best)]
        return [float(sum(p for p, u in zip(row, of) if u == b)) for row, b in zip(proba, best)]

    def classify_table(self, rows: Sequence[dict], projects: Sequence[Any],
                       masks: Sequence[np.ndarray | None], top: int = 3,
                       proba: np.ndarray | None = None, up: dict[str, np.ndarray] | None = None,
                       ) -> tuple[list[Classification], np.ndarray]:
        """The reading in context of rows in table order (see zhibiao/table_classifier.py):
        (one Classification a row, the probability that each row's project order held).

        `projects` names each row's project (consecutive equal keys are one project);
        `masks` (table_classifier.allowed_classes) what each row's table declares.
        `proba`/`up` are the rows' per-row probabilities when the caller has them."""
        if not len(rows):
            return [], np.zeros(0)
        if proba is None:
            proba, up = self.row_probabilities(rows)
        # a model from before the table path reads each row alone, restricted
        prior = self.table_prior or table_classifier.TablePrior.rows_alone(self.classes_)
        p, order = table_classifier.decode(proba, projects, masks, prior)
        given = table_classifier.sharpen(table_classifier.calibrate(p, prior.temperature), *prior.top_map)
        free = table_classifier.calibrate(p, prior.free_temperature)
        ups, up_free = table_classifier.parent_probabilities(free, self.classes_, prior.parent_temperature)
        free = table_classifier.sharpen(free, *prior.free_top_map)
        # the row alone, as plain values (no Classification objects: this runs per row)
        parents = lexicon.taxonomy().level2_parent
        best = proba.argmax(axis=1)
        alone2 = [self.classes_[i] for i in best]
        alone1 = [parents.get(c, c[:1]) for c in alone2]
        alone_conf = np.round(proba[np.arange(len(proba)), best], 4)
        alone_up = self._up(up, proba)
        declared = np.array([m is not None for m in masks])
        chosen = np.where(declared[:, None], given, free)
        # level-1: certain where declared, else the calibrated sum over its classes
        chosen_up = [parents.get(self.classes_[i], self.classes_[i][:1]) for i in chosen.argmax(axis=1)]
        l1 = [1.0 if declared[k] else float(up_free[k][ups.index(u)]) for k, u in enumerate(chosen_up)]
        out = self._classifications(chosen, l1, top)
        alone_conf, alone_up = alone_conf.tolist(), np.round(alone_up, 4).tolist()
        order_r = np.round(order, 4).tolist()
        for k, c in enumerate(out):
            c.per_row = {"level1_code": alone1[k], "level2_code": alone2[k],
                         "confidence": alone_conf[k], "level1_confidence": alone_up[k]}
            c.order_probability = order_r[k]
        return out, order


# ------------------------------------------------------------------------- saving, loading
def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def save_model(model: TaxonomyModel, directory: Path) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / MODEL_FILE
    joblib.dump(model.estimator, path, compress=3)
    card = dict(model.card, model_file=MODEL_FILE, model_sha256=_sha256(path))
    (directory / CARD_FILE).write_text(json.dumps(card, ensure_ascii=False, indent=2) + "\n",
                                       encoding="utf-8")
    model.card = card
    return path


def default_model_dir() -> Path:
    return lexicon.model_file(CARD_FILE).parent


def load_model(path: str | Path | None = None) -> TaxonomyModel:
    """Load a model directory (or its card) after checking the file against its recorded hash."""
    directory = Path(path) if path is not None else default_model_dir()
    if directory.is_file():
        directory = directory.parent
    card_path = directory / CARD_FILE
    if not card_path.is_file():
        raise ModelError(f"{directory}: no {CARD_FILE} (train one with `zhibiao train`)")
    card = json.loads(card_path.read_text(encoding="utf-8"))
    model_path = directory / card.get("model_file", MODEL_FILE)
    if not model_path.is_file():
        raise ModelError(f"{model_path}: model file missing")
    if _sha256(model_path) != card.get("model_sha256"):
        raise ModelError(f"{model_path}: sha256 does not match the model card; refusing to load "
                         "(a joblib file can run code)")
    estimator = joblib.load(model_path)
    # inference only from here: the TF-IDF steps count the whole batch at once (same matrix)
    vectorize.compile_union(getattr(estimator, "base_", estimator))
    return TaxonomyModel(estimator, card)


@functools.lru_cache(maxsize=8)
def _cached_model(path: str | None) -> TaxonomyModel:
    return load_model(path)


def resolve_model(model: TaxonomyModel | str | Path | None) -> TaxonomyModel:
    """A model as given, or loaded (once per path) from a folder, or the shipped one."""
    if isinstance(model, TaxonomyModel):
        return model
    return _cached_model(None if model is None else str(model))


# ------------------------------------------------------------------------------ public API
def classify(name: str, value_text: str | None = None,
             model: TaxonomyModel | str | Path | None = None,
             level1: str | None = None) -> Classification:
    """Level-1 and level-2 class of one indicator, with ranked alternatives.

    `level1` ("1", "2" or "3"), when the table declares the level-1 class, restricts the
    answer to its level-2 classes."""
    if not isinstance(name, str):
        raise TypeError(f"classify() takes a str name, not {type(name).__name__}")
    if level1 is not None and str(level1) not in lexicon.taxonomy().level1_names:
        raise ValueError(f"classify(): unknown level-1 code {level1!r}")
    within = None if level1 is None else [str(level1)]
    return resolve_model(model).classify_rows([{"name": name, "value_text": value_text or ""}],
                                              within=within)[0]


def classify_table(rows: Sequence[dict[str, Any] | Any],
                   model: TaxonomyModel | str | Path | None = None) -> list[Classification]:
    """The classes of a table's rows read as a table (DESIGN.md "Public API"): each row's
    level-2 among the classes its declared level-1 allows, decoded over each project's rows
    in the order given, with the row read alone under ``per_row``.

    A row is a dict (or an Indicator) with ``name``, a value (``value_text``,
    ``annual_value`` or ``value``), optionally ``declared_level1`` / ``declared_level2`` (as
    written) or their ``_code``s, and ``project``. Rows of one project must be consecutive.

    >>> rows = [{"name": "培训人次", "value_text": "≥500人次", "declared_level1": "产出指标"},
    ...         {"name": "培训合格率", "value_text": "≥95%", "declared_level1": "产出指标"},
    ...         {"name": "受训人员满意度", "value_text": "≥90%", "declared_level1": "满意度指标"}]
    >>> [c.level2_code for c in classify_table(rows)]
    ['11', '12', '31']
    """
    rows = [r if isinstance(r, dict) else r.to_dict() for r in rows]
    if not rows:
        return []
    tm = resolve_model(model)
    inputs = [{"name": "" if r.get("name") is None else str(r["name"]),
               "value_text": _value_of(r)} for r in rows]
    masks = [table_classifier.allowed_classes(tm.classes_, *table_classifier.declared_scope(r))
             for r in rows]
    out, _ = tm.classify_table(inputs, [r.get("project") for r in rows], masks)
    return out


def _value_of(row: dict[str, Any]) -> str:
    for key in ("value_text", "annual_value", "value"):
        if row.get(key) not in (None, ""):
            return str(row[key])
    return ""


def classify_many(names: Iterable[str], values: Iterable[str | None] | None = None,
                  model: TaxonomyModel | str | Path | None = None) -> list[Classification]:
    """Batch version of :func:`classify`: one vectorised prediction for all rows."""
    names = list(names)
    vals = list(values) if values is not None else [None] * len(names)
    if len(vals) != len(names):
        raise ValueError("classify_many(): names and values differ in length")
    rows = [{"name": "" if n is None else str(n), "value_text": "" if v is None else str(v)}
            for n, v in zip(names, vals)]
    return resolve_model(model).classify_rows(rows)
