"""Classify a table, not a row: the declared level-1 and the order of a project's rows.

A table lists its indicators in the taxonomy's order (产出: 数量 -> 质量 -> 时效 -> 成本, then
效益, then 满意度; 96% of adjacent rows of the corpus follow it). The per-row classifier never
sees that, nor the level-1 class the table declares. Here both are used:

1. each row's calibrated per-row probabilities are restricted to the classes the table
   allows it (the children of its declared level-1; 14 alone under a 成本指标 level-1);
2. each project's rows are decoded in order by forward-backward with a class-transition
   prior learned from the corpus (where each project starts, which class follows which):
   the emission of a row is its probability divided by the class prior (``prior_power``),
   the transitions are raised to ``weight``; both numbers are chosen by grouped CV;
3. a guard: the Bayes factor of "this project is in taxonomy order" against "its rows are
   in no particular order" (the same per-row evidence under the transition prior or under
   none) gives the probability that the order can be trusted, and the answer is that mix of
   the decoded and the per-row reading: a shuffled or sorted table falls back to rows;
4. one temperature on the result (another for level-1), and a slope and intercept on the
   top class's log-odds (:func:`sharpen`), fitted on out-of-fold predictions grouped by
   source table, keep the confidences calibrated.

The prior is a few dozen numbers, kept as JSON in the model card (no pickle).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Iterable, Sequence

import numpy as np

from . import lexicon
from .categories import declared_codes, is_cost_level1

__all__ = ["TablePrior", "learn_transitions", "decode_chain", "decode_chains", "allowed_classes", "chains",
           "declared_scope",
           "fit_table_prior", "WEIGHTS", "PRIOR_POWERS"]

SMOOTHING = 0.5            # add-α on transition counts
ORDER_LOG_ODDS = 0.0       # prior log-odds that a project lists its rows in taxonomy order
ODDS = (2.0, 1.0, 0.0, -1.0, -2.0, -3.0, -4.0, -6.0)  # grid for it (the guard)
SHUFFLE_LOSS = 0.005       # the guard: on shuffled projects, at most this below rows alone
SHUFFLES = 3               # shuffles of each training project the guard is chosen on
# a project is decoded in runs of at most this many rows: real projects list far fewer, and a
# longer run is a table without project boundaries (streaming cuts long projects only here)
MAX_CHAIN = 100
WEIGHTS = (0.0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5)     # grid for the transition weight
PRIOR_POWERS = (0.0, 0.5, 1.0)                        # grid for the class-prior division
_FLOOR = 1e-9


@dataclass
class TablePrior:
    """What the table path learned: transitions between level-2 classes and how much to
    trust them (see the module docstring)."""

    classes: list[str]
    start: list[float]                  # P(class of a project's first row)
    transition: list[list[float]]       # P(next class | class)
    class_prior: list[float]            # P(class) over all rows
    weight: float = 1.0
    prior_power: float = 1.0
    order_log_odds: float = ORDER_LOG_ODDS
    temperature: float = 1.0            # rows whose table declares the level-1
    free_temperature: float = 1.0       # rows without a declared level-1
    parent_temperature: float = 1.0     # their level-1
    # the top class's confidence once more: sigmoid(a * logit + b), given / free (see sharpen)
    top_map: list[float] = field(default_factory=lambda: [1.0, 0.0])
    free_top_map: list[float] = field(default_factory=lambda: [1.0, 0.0])
    chosen_by: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["start"] = [round(x, 6) for x in self.start]
        out["class_prior"] = [round(x, 6) for x in self.class_prior]
        out["transition"] = [[round(x, 6) for x in row] for row in self.transition]
        return out

    @classmethod
    def rows_alone(cls, classes: Sequence[str]) -> "TablePrior":
        """A prior that decodes nothing: each row read alone, restricted to its table's
        declared level-1 (what a model trained before the table path gives)."""
        k = len(classes)
        return cls(list(classes), [1.0 / k] * k, [[1.0 / k] * k] * k, [1.0 / k] * k, weight=0.0)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "TablePrior":
        keys = cls.__dataclass_fields__
        return cls(**{k: v for k, v in d.items() if k in keys})

    def arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        return (np.log(np.clip(self.start, _FLOOR, 1)),
                np.log(np.clip(self.transition, _FLOOR, 1)),
                np.log(np.clip(self.class_prior, _FLOOR, 1)))


# ------------------------------------------------------------------------------ the prior
def learn_transitions(sequences: Iterable[Sequence[str]], classes: Sequence[str],
                      smoothing: float = SMOOTHING) -> TablePrior:
    """Start, transition and class frequencies of labelled projects (each a list of level-2
    codes in table order), smoothed so that no step is impossible."""
    index = {c: i for i, c in enumerate(classes)}
    k = len(classes)
    start = np.full(k, smoothing)
    trans = np.full((k, k), smoothing)
    prior = np.full(k, smoothing)
    for seq in sequences:
        codes = [index[c] for c in seq if c in index]
        if not codes:
            continue
        start[codes[0]] += 1
        for a, b in zip(codes, codes[1:]):
            trans[a, b] += 1
        for c in codes:
            prior[c] += 1
    return TablePrior(list(classes), list(start / start.sum()),
                      (trans / trans.sum(axis=1, keepdims=True)).tolist(), list(prior / prior.sum()))


def allowed_classes(classes: Sequence[str], level1: str | None, level2_only: str | None = None
                    ) -> np.ndarray | None:
    """0/1 mask of the classes a row may take given what its table declares (None: all)."""
    if level2_only:
        mask = np.array([c == level2_only for c in classes], float)
        return mask if mask.any() else None
    if not level1:
        return None
    parents = lexicon.taxonomy().level2_parent
    mask = np.array([parents.get(c) == level1 for c in classes], float)
    return mask if mask.any() else None


def declared_scope(row: dict[str, Any]) -> tuple[str | None, str | None]:
    """(level-1, sole level-2) a row's table allows it: the declared level-1 (its code, or
    read from its text), else the parent of a declared level-2; under a 成本指标 level-1
    (the 2021 scheme) only 14. The declared level-2 itself is never used: the reading in
    context is the model's, to be compared with it."""
    text1 = row.get("declared_level1") or None
    if text1 and is_cost_level1(str(text1)):
        return "1", "14"
    c1 = row.get("declared_level1_code") or (declared_codes(str(text1), None)[0] if text1 else None)
    if c1:
        return str(c1), None
    c2 = row.get("declared_level2_code")
    if not c2 and row.get("declared_level2"):
        c2 = declared_codes(None, str(row["declared_level2"]))[1]
    return (lexicon.taxonomy().level2_parent.get(str(c2)) if c2 else None), None


def restrict(proba: np.ndarray, masks: Sequence[np.ndarray | None]) -> np.ndarray:
    """Each row's probabilities renormalised over the classes its mask allows."""
    if all(m is None for m in masks):
        return proba.copy()
    allowed = np.array([np.ones(proba.shape[1]) if m is None else m for m in masks])
    kept = proba * allowed
    total = kept.sum(axis=1, keepdims=True)
    ok = total[:, 0] > 0
    out = proba.copy()
    out[ok] = kept[ok] / total[ok]
    return out


# ----------------------------------------------------------------------------- decoding
def _forward_backward(emit: np.ndarray, log_start: np.ndarray, log_trans: np.ndarray
                      ) -> tuple[np.ndarray, np.ndarray]:
    """(posterior marginals, log-likelihoods) of C chains of one length n at once, from
    their log emission potentials `emit` of shape (C, n, K).

    Scaled forward-backward in probability space: each step's emissions are divided by
    their largest and each forward vector by its sum (the sums make the likelihood), so
    nothing underflows and a step is one matrix product (C, K) x (K, K) instead of a
    log-sum-exp over (C, K, K): the same marginals to 1e-14, ten times faster."""
    c, n, k = emit.shape
    top = emit.max(axis=2, keepdims=True)        # finite: every row allows some class
    e = np.exp(emit - top)
    trans = np.exp(log_trans)
    alpha = np.empty((c, n, k))
    norm = np.empty((c, n))
    a = np.exp(log_start) * e[:, 0]
    for t in range(n):
        if t:
            a = (alpha[:, t - 1] @ trans) * e[:, t]
        norm[:, t] = a.sum(axis=1)
        alpha[:, t] = a / norm[:, t, None]
    beta = np.ones((c, n, k))
    for t in range(n - 2, -1, -1):
        beta[:, t] = ((e[:, t + 1] * beta[:, t + 1]) @ trans.T) / norm[:, t + 1, None]
    loglik = np.log(norm).sum(axis=1) + top[:, :, 0].sum(axis=1)
    post = alpha * beta
    return post / post.sum(axis=2, keepdims=True), loglik


def decode_chains(proba: np.ndarray, chain_rows: Sequence[Sequence[int]], prior: TablePrior,
                  weight: float | None = None, prior_power: float | None = None,
                  odds: float | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(probabilities in context, probability the order holds) of every row, its chain
    (a list of row indices in table order) decoded as one project.

    `proba` are the rows' calibrated per-row probabilities, already restricted to what the
    table declares. The result is uncalibrated: :func:`calibrate` applies the temperature.
    Chains of one length are decoded together (one array operation a step)."""
    weight = prior.weight if weight is None else weight
    prior_power = prior.prior_power if prior_power is None else prior_power
    odds = prior.order_log_odds if odds is None else odds
    out, order = proba.copy(), np.ones(len(proba))
    if weight == 0.0:
        return out, order
    log_start, log_trans, log_prior = prior.arrays()
    logp = np.where(proba > 0, np.log(np.clip(proba, _FLOOR, 1.0)), -np.inf)
    by_length: dict[int, list[Sequence[int]]] = {}
    for rows in chain_rows:
        if len(rows):
            by_length.setdefault(len(rows), []).append(rows)
    for rows in by_length.values():
        idx = np.asarray(rows)                          # (chains, length)
        lp = logp[idx]
        # the guard: per-row evidence (probability / class prior) under the transition prior
        # against under none; the latter's likelihood is 1, so the log Bayes factor is `ordered`
        _, ordered = _forward_backward(lp - log_prior, log_start, log_trans)
        p_order = 1.0 / (1.0 + np.exp(-np.clip(odds + ordered, -50, 50)))
        post, _ = _forward_backward(lp - prior_power * log_prior, weight * log_start,
                                    weight * log_trans)
        out[idx] = p_order[:, None, None] * post + (1.0 - p_order[:, None, None]) * proba[idx]
        order[idx] = p_order[:, None]
    return out, order


def decode_chain(proba: np.ndarray, prior: TablePrior, weight: float | None = None,
                 prior_power: float | None = None, odds: float | None = None
                 ) -> tuple[np.ndarray, float]:
    """:func:`decode_chains` for the rows of one project, in order."""
    out, order = decode_chains(proba, [list(range(len(proba)))], prior, weight, prior_power, odds)
    return out, float(order[0]) if len(order) else 1.0


def calibrate(p: np.ndarray, temperature: float) -> np.ndarray:
    logp = np.log(np.clip(p, 1e-12, 1.0)) / temperature
    logp = np.where(p > 0, logp, -np.inf)
    logp -= logp.max(axis=1, keepdims=True)
    e = np.exp(logp)
    return e / e.sum(axis=1, keepdims=True)


def sharpen(p: np.ndarray, a: float, b: float) -> np.ndarray:
    """Each row's top probability mapped through sigmoid(a * logit + b), the others scaled to
    the rest. One temperature softens or sharpens all confidences alike; under the table path
    the top of the scale was a little too sure and the middle not sure enough (grouped CV), which
    a slope and an intercept on the top class's log-odds correct. A row certain by declaration
    (one class allowed) stays certain; the ranking never changes."""
    if (a, b) == (1.0, 0.0):
        return p
    out = p.copy()
    rows = np.arange(len(p))
    top = p.argmax(axis=1)
    c = np.clip(p[rows, top], 1e-9, 1 - 1e-9)
    mapped = 1.0 / (1.0 + np.exp(-(a * np.log(c / (1 - c)) + b)))
    rest = 1.0 - p[rows, top]
    second = np.sort(p, axis=1)[:, -2] if p.shape[1] > 1 else np.zeros(len(p))
    # the top stays on top: at least where it would tie with the next class, scaled
    mapped = np.maximum(mapped, second / np.maximum(rest + second, 1e-12) + 1e-6)
    scale = np.where(rest > 1e-12, (1.0 - mapped) / np.maximum(rest, 1e-12), 1.0)
    out *= scale[:, None]
    out[rows, top] = np.where(rest > 1e-12, mapped, p[rows, top])
    return out


def _fit_top_map(p: np.ndarray, target: np.ndarray) -> list[float]:
    from scipy.optimize import minimize

    top = p.argmax(axis=1)
    c = np.clip(p[np.arange(len(p)), top], 1e-9, 1 - 1e-9)
    keep = c < 1 - 1e-6                     # rows certain by declaration say nothing here
    if keep.sum() < 20:
        return [1.0, 0.0]
    z, right = np.log(c[keep] / (1 - c[keep])), (top == target)[keep]

    def nll(ab):
        q = np.clip(1.0 / (1.0 + np.exp(-(ab[0] * z + ab[1]))), 1e-12, 1 - 1e-12)
        return -np.mean(np.where(right, np.log(q), np.log(1 - q)))
    a, b = minimize(nll, [1.0, 0.0], method="Nelder-Mead").x
    return [round(float(a), 6), round(float(b), 6)]


def parent_probabilities(p: np.ndarray, classes: Sequence[str], temperature: float
                         ) -> tuple[list[str], np.ndarray]:
    """Level-1 probabilities: sums over each level-1's classes, then the level-1 temperature."""
    parents = lexicon.taxonomy().level2_parent
    ups = sorted({parents.get(c, c[:1]) for c in classes})
    member = np.array([[float(parents.get(c, c[:1]) == u) for u in ups] for c in classes])
    return ups, calibrate(p @ member, temperature)


def chains(keys: Sequence[Any]) -> list[list[int]]:
    """Row indices grouped into projects: consecutive rows with the same key, in order, at
    most MAX_CHAIN a chain. (A project that comes back later is a new chain: its rows were
    not listed together.)"""
    out: list[list[int]] = []
    last = object()
    for i, key in enumerate(keys):
        if not out or key != last or len(out[-1]) >= MAX_CHAIN:
            out.append([])
            last = key
        out[-1].append(i)
    return out


def decode(proba: np.ndarray, keys: Sequence[Any], masks: Sequence[np.ndarray | None],
           prior: TablePrior, weight: float | None = None, prior_power: float | None = None
           ) -> tuple[np.ndarray, np.ndarray]:
    """(uncalibrated in-context probabilities, per-row probability the order holds) for
    rows in table order; `keys` says which project each row belongs to."""
    return decode_chains(restrict(proba, masks), chains(keys), prior, weight, prior_power)


# ------------------------------------------------------------------------------ fitting
def _nll(p: np.ndarray, target: np.ndarray) -> float:
    return float(-np.log(np.clip(p[np.arange(len(target)), target], 1e-12, 1.0)).mean())


def fit_table_prior(proba: np.ndarray, labels: Sequence[str], keys: Sequence[Any],
                    groups: Sequence[str], masks: Sequence[np.ndarray | None],
                    classes: Sequence[str], folds: int = 3) -> TablePrior:
    """Choose the transition weight and class-prior power, then the temperatures, on
    out-of-fold per-row probabilities of labelled rows in table order.

    The transitions each table is decoded with are learned from the other tables (folds
    grouped by source table), so no table's own order helps decode it. The shipped
    transitions are learned from all rows."""
    labels = np.asarray(labels)
    groups = np.asarray(groups)
    target = np.searchsorted(classes, labels)
    chain_idx = chains(keys)
    unique = sorted(set(groups))
    fold_of = {g: i % folds for i, g in enumerate(unique)}
    priors = {}
    for f in range(min(folds, len(unique))):
        train = [labels[idx].tolist() for idx in chain_idx if fold_of[groups[idx[0]]] != f]
        priors[f] = learn_transitions(train, classes)
    restricted = restrict(proba, masks)

    def run(weight: float, power: float, odds: float = ORDER_LOG_ODDS, use_masks=True,
            order: Sequence[list[int]] = chain_idx) -> np.ndarray:
        base = restricted if use_masks else proba
        out = np.empty_like(base)
        for f, pr in priors.items():
            mine = [idx for idx in order if fold_of[groups[idx[0]]] % len(priors) == f]
            decoded, _ = decode_chains(base, mine, pr, weight, power, odds)
            rows = [i for idx in mine for i in idx]
            out[rows] = decoded[rows]
        return out

    def accuracy(p: np.ndarray) -> float:
        return float((p.argmax(axis=1) == target).mean())

    scores = {}
    for w in WEIGHTS:
        for b in (PRIOR_POWERS if w else (0.0,)):
            p = run(w, b)
            scores[(w, b)] = (accuracy(p), -_nll(p, target))
    (weight, power), (acc, _) = max(scores.items(), key=lambda kv: (kv[1], -kv[0][0]))
    # the guard's odds: the most trusting whose shuffled projects stay within SHUFFLE_LOSS
    # of reading each row alone (shuffles seeded: the same data gives the same prior)
    rng = np.random.RandomState(0)
    shuffles = [[list(rng.permutation(idx)) for idx in chain_idx] for _ in range(SHUFFLES)]
    alone = accuracy(restricted)
    guard = {}
    for odds in ODDS:
        guard[odds] = (accuracy(run(weight, power, odds)),
                       float(np.mean([accuracy(run(weight, power, odds, order=sh)) for sh in shuffles])))
    safe = [o for o in ODDS if guard[o][1] >= alone - SHUFFLE_LOSS] or [min(ODDS)]
    odds = max(safe, key=lambda o: (guard[o][0], -o))
    shipped = learn_transitions([labels[idx].tolist() for idx in chain_idx], classes)
    shipped.weight, shipped.prior_power, shipped.order_log_odds = weight, power, odds
    given = run(weight, power, odds)
    shipped.temperature = _best_temperature(lambda t: _nll(calibrate(given, t), target))
    shipped.top_map = _fit_top_map(calibrate(given, shipped.temperature), target)
    ungiven = run(weight, power, odds, use_masks=False)
    shipped.free_temperature = _best_temperature(lambda t: _nll(calibrate(ungiven, t), target))
    parents = lexicon.taxonomy().level2_parent
    ups, _ = parent_probabilities(ungiven, classes, 1.0)
    up_target = np.searchsorted(ups, [parents[c] for c in labels])
    free = calibrate(ungiven, shipped.free_temperature)
    shipped.free_top_map = _fit_top_map(free, target)
    shipped.parent_temperature = _best_temperature(
        lambda t: _nll(parent_probabilities(free, classes, t)[1], up_target))
    shipped.chosen_by = {"rows": int(len(labels)), "projects": len(chain_idx),
                         "level2_accuracy_given_level1": round(acc, 4),
                         "rows_alone_given_level1": round(alone, 4),
                         "grid_weight_prior_power": {f"{w}/{b}": round(s[0], 4)
                                                     for (w, b), s in scores.items()},
                         "grid_order_odds": {str(o): {"in_order": round(a, 4), "shuffled": round(b, 4)}
                                             for o, (a, b) in guard.items()},
                         "how": "out-of-fold per-row probabilities of the training rows (3 folds "
                                "grouped by source table); each table decoded with transitions "
                                "learned from the other folds' tables"}
    return shipped


def _best_temperature(nll) -> float:
    from scipy.optimize import minimize_scalar     # fitting only: not loaded to classify

    return float(minimize_scalar(nll, bounds=(0.05, 20.0), method="bounded").x)
