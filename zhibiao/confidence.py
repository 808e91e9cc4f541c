"""Confidence of parsed targets: the probability that a target is exactly right.

A logistic model over what the parse itself shows: how much of the cell it explained, whether
Chinese characters run on from a number into a word the grammar did not read (100马力), whether
an operator and a known unit were written, which grammar rules fired (a sign, a multiplier,
a numeral read inside a word, a rule beyond the table grammar), and how rarely real table
cells take that grammar path. Its weights are fitted by ``train.py`` (zhibiao/value_model.py)
on the gold values, odd forms included, with folds grouped by form family for the reported
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
from typing import Any, Mapping, Sequence

from . import lexicon


FEATURES = (
    "bias", "text", "date", "boolean", "unexplained", "unexplained_chars", "several",
    "op_written", "unit_known", "unit_unknown", "no_unit", "cn_numeral", "long", "between",
    "glued", "run_on", "text_with_digits", "text_with_numerals", "beyond", "rare_path",
    "new_path", "sign", "multiplier", "numeral_word", "long_number", "mixed_units",
    "refused_word", "refused_label", "refused_doubt",
)

# The prior used before train.py has written a model: readable, and only a starting point.
PRIOR = {
    "bias": 4.0, "text": -2.0, "date": -0.5, "boolean": 0.0, "unexplained": -3.0,
    "unexplained_chars": -0.15, "several": -1.0, "op_written": 0.3, "unit_known": 0.3,
    "unit_unknown": -1.0, "no_unit": -0.3, "cn_numeral": -0.7, "long": -1.0, "between": -0.5,
    "glued": -2.0, "run_on": -2.0, "text_with_digits": -1.5, "text_with_numerals": -0.5,
    "beyond": -0.5, "rare_path": -0.5, "new_path": -0.5, "sign": -0.3, "multiplier": -0.3,
    "numeral_word": -0.5, "long_number": -1.0, "mixed_units": -2.0,
    "refused_word": 1.5, "refused_label": 1.0, "refused_doubt": -1.0,
}

# Rules of DESIGN.md "Values beyond the tables" (values.py names them on each target).
BEYOND = frozenset({
    "formal", "cn_alone", "numeral_word", "neg", "plus_minus", "floor", "mixed", "sci",
    "shared_mult", "own_mult", "own_unit", "range_joiner", "half_after", "half_before", "frac",
    "slash", "comparative", "currency_before", "money_parts", "unit_unknown_word", "datetime",
    "cell_error", "number_too_long", "mixed_units", "ocr_digit",
})
SIGN = frozenset({"neg", "plus_minus"})
MULTIPLIER = frozenset({"mult", "mixed", "shared_mult", "own_mult", "floor", "money_parts"})
# rules that describe the surroundings of a target, not the path the grammar took
NOT_PATH = frozenset({"glued", "run_on", "budget"})
RARE = 3            # a path taken by fewer table cells than this is rare

_CONTENT = re.compile(r"[\w%‰㎡]")
_DIGIT = re.compile(r"\d")
_NUMERALS = re.compile(r"[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟廿卅半]")


def path_of(t: Any) -> str:
    """The grammar path of a target: its kind and the rules that read it, as one key."""
    rules = sorted(set(getattr(t, "rules", ()) or ()) - NOT_PATH)
    return t.kind + ":" + "+".join(rules)


_REFUSED_LABEL = frozenset({"refused_label", "refused_identifier"})
_CN_RULES = frozenset({"cn", "formal"})
_REFUSED_DOUBT = frozenset({"refused_lone_one", "refused_unvouched"})
_RULE_FEATURES: dict[tuple, tuple[float, ...]] = {}
_RULE_PATHS: list = [None]


def _rule_features(kind: str, rules: tuple[str, ...], paths: Mapping[str, int]) -> tuple[float, ...]:
    """The features that depend only on a target's kind and rules (cached: few combinations)."""
    if _RULE_PATHS[0] is not paths:
        _RULE_FEATURES.clear()
        _RULE_PATHS[0] = paths
    key = (kind, rules)
    out = _RULE_FEATURES.get(key)
    if out is None:
        r = frozenset(rules)
        seen = paths.get(kind + ":" + "+".join(sorted(r - NOT_PATH)), 0)
        out = (
            float("glued" in r),
            float("run_on" in r),
            float(min(len(r & BEYOND), 3)),
            float(seen < RARE),
            float(seen == 0),
            float(bool(r & SIGN)),
            float(bool(r & MULTIPLIER)),
            float("numeral_word" in r),
            float("mixed_units" in r),
            # a text target: why the grammar refused the numbers the cell holds
            float("refused_word" in r),
            float(bool(r & _REFUSED_LABEL)),
            float(bool(r & _REFUSED_DOUBT)),
            float(kind != "text" and bool(r & _CN_RULES)),      # read from Chinese numerals
            float(kind != "text" and "long_number" in r),
        )
        if len(_RULE_FEATURES) < 65536:
            _RULE_FEATURES[key] = out
    return out


def featurize(norm: str, targets: Sequence[Any], covered: int,
              paths: Mapping[str, int] | None = None) -> list[tuple[float, ...]]:
    """One feature vector per target, in the order of FEATURES. `paths` counts how many table
    cells took each grammar path (the shipped model's counts when not given)."""
    if paths is None:
        paths = path_counts()
    # a cell read whole by the fast path has nothing left over: skip counting its content
    content = _CONTENT.subn("", norm)[1] if covered < len(norm) else covered
    left = max(0, content - covered)
    share = left / content if content else 0.0
    canon = lexicon.units().family_by_canonical
    several = float(len(targets) > 1)
    long = float(len(norm) > 20)
    rows = []
    for t in targets:
        kind = t.kind
        is_text = kind == "text"
        unit = t.unit
        head = unit.split("/")[0] or None if unit else None
        known = head is not None and head in canon
        g1, g2, beyond, rare, new, sign, mult, nword, mixed, r_word, r_label, r_doubt, cn, long_number = \
            _rule_features(kind, getattr(t, "rules", ()) or (), paths)
        if is_text:
            digits = float(_DIGIT.search(norm) is not None)
            numerals = float(_NUMERALS.search(norm) is not None)
            unexplained, chars = 0.0, min(content, 40) / 10
        else:
            digits = numerals = 0.0
            unexplained, chars = share, min(left, 40) / 10
        is_number = kind == "number"
        rows.append((
            1.0, float(is_text), float(kind == "date"), float(kind == "boolean"),
            unexplained, chars, several,
            float(is_number and t.op != "="),
            float(known), float(head is not None and not known),
            float(is_number and unit is None),
            cn, long, float(t.op == "between"),
            g1, g2, digits, numerals, beyond, rare, new, sign, mult, nword, long_number, mixed,
            r_word, r_label, r_doubt,
        ))
    return rows


def model_path() -> Path:
    return lexicon.model_file("value_confidence.json")


@functools.lru_cache(maxsize=None)
def weight_vector() -> tuple[float, ...]:
    w = weights()
    return tuple(w[k] for k in FEATURES)


def _card() -> dict[str, Any] | None:
    path = model_path()
    if not path.is_file():
        return None
    card = json.loads(path.read_bytes())
    body = json.dumps({"weights": card["weights"], "paths": card.get("paths", {})},
                      sort_keys=True, ensure_ascii=False).encode()
    if hashlib.sha256(body).hexdigest() != card.get("weights_sha256"):
        raise lexicon.LexiconError(f"{path}: weights do not match their recorded sha256; "
                                   "retrain with `python train.py`")
    return card


def model_hash(weights: Mapping[str, float], paths: Mapping[str, int]) -> str:
    """The sha256 the card records over its weights and path counts (train.py writes it)."""
    body = json.dumps({"weights": dict(weights), "paths": dict(paths)}, sort_keys=True,
                      ensure_ascii=False).encode()
    return hashlib.sha256(body).hexdigest()


@functools.lru_cache(maxsize=None)
def weights() -> dict[str, float]:
    """Fitted weights when train.py has written them (hash-checked), else the prior."""
    card = _card()
    if card is None:
        return dict(PRIOR)
    return {k: float(card["weights"].get(k, 0.0)) for k in FEATURES}


@functools.lru_cache(maxsize=None)
def path_counts() -> dict[str, int]:
    """How many table cells of the development gold took each grammar path (from the card)."""
    card = _card()
    return {} if card is None else {str(k): int(v) for k, v in card.get("paths", {}).items()}


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
    features then depend only on the operator, the unit and the cell's length, so each
    combination is scored once."""
    for t in targets:
        key = (t.op, t.unit, len(norm) > 20)
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


# A figure read from the letters OCR puts for digits (≥9O%: lexicon.ocr_digits): no gold cell
# tells the model how often that reading is right, so it stays below the acceptance threshold
# (0.80 on the shipped card): a reviewer looks at it.
OCR_CONFIDENCE = 0.75


def score(norm: str, targets: Sequence[Any], covered: int) -> Sequence[Any]:
    """Set each target's confidence in place and return the list."""
    for t, row in zip(targets, featurize(norm, targets, covered)):
        t.confidence = _cached(row)
        rules = getattr(t, "rules", ()) or ()
        if NO_VALUE_RULES.intersection(rules):
            t.confidence = min(t.confidence, NO_VALUE_CONFIDENCE)
        elif "ocr_digit" in rules:
            t.confidence = min(t.confidence, OCR_CONFIDENCE)
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
