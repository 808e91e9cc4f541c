"""Confidence of parsed targets: the probability that a target is exactly right.

A logistic model over what the parse itself shows (how much of the cell it explained, whether
an operator and a known unit were written, how many targets one cell gave...). Its weights are
fitted by ``train.py`` on the gold values, with folds grouped by source table for the reported
calibration, and stored as JSON in ``models/value_confidence.json`` (plain numbers: nothing
executable is loaded). Without that file, a hand-set prior with the same features is used.
"""
from __future__ import annotations

import functools
import hashlib
import json
import math
import re
from pathlib import Path
from typing import Any, Sequence

from . import lexicon


FEATURES = (
    "bias", "text", "date", "boolean", "unexplained", "unexplained_chars", "several",
    "op_written", "unit_known", "unit_unknown", "no_unit", "cn_numeral", "long", "between",
)

# The prior used before train.py has written a model: readable, and only a starting point.
PRIOR = {
    "bias": 4.0, "text": -2.0, "date": -0.5, "boolean": 0.0, "unexplained": -3.0,
    "unexplained_chars": -0.15, "several": -1.0, "op_written": 0.3, "unit_known": 0.3,
    "unit_unknown": -1.0, "no_unit": -0.3, "cn_numeral": -0.7, "long": -1.0, "between": -0.5,
}

_CONTENT = re.compile(r"[\w%‰㎡]")
_CN_NUM = re.compile(r"[零〇一二两三四五六七八九十百千]")


def featurize(norm: str, targets: Sequence[Any], covered: int) -> list[tuple[float, ...]]:
    """One feature vector per target, in the order of FEATURES."""
    # a cell read whole by the fast path has nothing left over: skip counting its content
    content = _CONTENT.subn("", norm)[1] if covered < len(norm) else covered
    left = max(0, content - covered)
    share = left / content if content else 0.0
    canon = lexicon.units().family_by_canonical
    several = float(len(targets) > 1)
    long = float(len(norm) > 20)
    rows = []
    for t in targets:
        is_text = t.kind == "text"
        head = (t.unit or "").split("/")[0] or None
        rows.append((
            1.0,
            float(is_text),
            float(t.kind == "date"),
            float(t.kind == "boolean"),
            0.0 if is_text else share,
            (min(content, 40) if is_text else min(left, 40)) / 10,
            several,
            float(t.kind == "number" and t.op != "="),
            float(head is not None and head in canon),
            float(head is not None and head not in canon),
            float(t.kind == "number" and t.unit is None),
            0.0 if is_text else float(_CN_NUM.search(t.text or "") is not None),
            long,
            float(t.op == "between"),
        ))
    return rows


def model_path() -> Path:
    here = Path(__file__).resolve().parent
    for candidate in (here / "models", here.parent / "models"):
        if (candidate / "value_confidence.json").is_file():
            return candidate / "value_confidence.json"
    return here.parent / "models" / "value_confidence.json"


@functools.lru_cache(maxsize=None)
def weight_vector() -> tuple[float, ...]:
    w = weights()
    return tuple(w[k] for k in FEATURES)


@functools.lru_cache(maxsize=None)
def weights() -> dict[str, float]:
    """Fitted weights when train.py has written them (hash-checked), else the prior."""
    path = model_path()
    if not path.is_file():
        return dict(PRIOR)
    raw = path.read_bytes()
    card = json.loads(raw)
    body = json.dumps(card["weights"], sort_keys=True).encode()
    if hashlib.sha256(body).hexdigest() != card.get("weights_sha256"):
        raise lexicon.LexiconError(f"{path}: weights do not match their recorded sha256; "
                                   "retrain with `python train.py`")
    return {k: float(card["weights"].get(k, 0.0)) for k in FEATURES}


def probability(row: tuple[float, ...], w: tuple[float, ...]) -> float:
    z = sum(a * b for a, b in zip(row, w))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@functools.lru_cache(maxsize=4096)
def _cached(row: tuple[float, ...]) -> float:
    """Most cells share a handful of feature vectors; score each once."""
    return round(probability(row, weight_vector()), 4)


_PLAIN: dict[tuple, float] = {}


def score_plain(norm: str, targets: Sequence[Any]) -> Sequence[Any]:
    """score() for a cell the fast path read whole (one number, nothing left over): its
    features then depend only on the operator, the unit, the cell's length and whether a
    Chinese numeral was written, so each combination is scored once."""
    for t in targets:
        key = (t.op, t.unit, len(norm) > 20, _CN_NUM.search(t.text or "") is not None)
        conf = _PLAIN.get(key)
        if conf is None:
            conf = _cached(featurize(norm, [t], len(norm))[0])
            if len(_PLAIN) < 4096:
                _PLAIN[key] = conf
        t.confidence = conf
    return targets


# A cell that holds no value a target could be read from (an Excel error, a number too long
# for any table) is one text target, and never accepted without a look (DESIGN.md).
NO_VALUE_RULES = frozenset({"cell_error", "number_too_long"})
NO_VALUE_CONFIDENCE = 0.05


def score(norm: str, targets: Sequence[Any], covered: int) -> Sequence[Any]:
    """Set each target's confidence in place and return the list."""
    for t, row in zip(targets, featurize(norm, targets, covered)):
        t.confidence = _cached(row)
        if NO_VALUE_RULES.intersection(getattr(t, "rules", ())):
            t.confidence = min(t.confidence, NO_VALUE_CONFIDENCE)
    return targets


def accept_threshold() -> float:
    """The value confidence at which held-out targets were still 99% right (from the card);
    1.01 (accept nothing) when no trained card is present."""
    path = model_path()
    if not path.is_file():
        return 1.01
    metrics = json.loads(path.read_text(encoding="utf-8")).get("metrics", {})
    thr = metrics.get("threshold_at_99_precision")
    return float(thr) if thr is not None else 1.01
