"""Feature builders of the taxonomy classifier (scikit-learn transformers over row dicts).

A row is ``{"name": ..., "value_text": ...}``. Each transformer keeps its parameters in
``__init__`` and is stateless, so the whole feature union composes in one Pipeline.
"""
from __future__ import annotations

import functools
import re

from sklearn.base import BaseEstimator, TransformerMixin

from . import lexicon
from .values import parse_value


@functools.lru_cache(maxsize=1 << 16)     # each name is read by three feature branches
def clean_name(name: str | None) -> str:
    """An indicator name as the classifier reads it: half-width simplified characters,
    without a leading "指标1：" numbering.

    >>> clean_name("指標1：受益人口")
    '受益人口'
    """
    folded = str(name or "").translate(lexicon.FULLWIDTH)
    return lexicon.name_prefix().sub("", folded, count=1) or folded


class Field(BaseEstimator, TransformerMixin):
    """Select one text field of each row ('' when missing), folded to half-width simplified
    characters (lexicon.FULLWIDTH) so a traditional-script table reads like any other."""

    def __init__(self, key: str = "name"):
        self.key = key

    def fit(self, X, y=None):
        return self

    def transform(self, X):
        if self.key == "name":
            return [clean_name(row.get("name")) for row in X]
        return [str(row.get(self.key) or "").translate(lexicon.FULLWIDTH) for row in X]


class ValueFeatures(BaseEstimator, TransformerMixin):
    """What the target value says about the class: its unit family (% vs 元 vs 天 vs a
    counter), operator, kind. A 满意度 is a %, a cost is money with a ceiling, a 时效 a date
    or a duration. A row's ``targets``, when the caller has parsed its value, are used as they
    are (the parse is the same; a batch parses each value once)."""

    def fit(self, X, y=None):
        return self

    def transform(self, X):
        units = lexicon.units()
        out = []
        seen: dict[str, dict[str, float]] = {}     # the same value text reads the same
        for row in X:
            value = str(row.get("value_text") or "")
            if value in seen:
                out.append(dict(seen[value]))
                continue
            feats: dict[str, float] = {}
            targets = row.get("targets")      # parsed already by the batch (normalize)
            if targets is None:
                targets = parse_value(value) if value.strip() else []
            if not targets:
                feats["value=none"] = 1.0
            for t in targets[:1]:
                feats[f"kind={t.kind}"] = 1.0
                feats[f"op={t.op}"] = 1.0
                family = units.family_of(t.unit) if t.unit else None
                feats[f"family={family or 'none'}"] = 1.0
                if t.unit and "/" in t.unit:
                    feats["unit=per"] = 1.0
                if t.kind == "number" and t.unit == "%" and isinstance(t.value, float):
                    feats["pct=100" if t.value >= 100 else ("pct>=80" if t.value >= 80 else "pct<80")] = 1.0
            seen[value] = feats
            out.append(feats)
        return out


class CueFeatures(BaseEstimator, TransformerMixin):
    """Counts of the level-2 cue words of features/cues.yaml found in the name."""

    def fit(self, X, y=None):
        return self

    def transform(self, X):
        cues = _cue_patterns()
        out = []
        for row in X:
            name = clean_name(row.get("name"))
            # one regular expression a class finds the classes with a cue at all; only those
            # count their words (most names hold the cues of one or two classes)
            feats = {key: float(sum(map(name.__contains__, words)))
                     for key, words, any_of in cues if any_of.search(name)}
            out.append(feats)
        return out


@functools.lru_cache(maxsize=1)
def _cue_patterns() -> list[tuple[str, tuple[str, ...], re.Pattern]]:
    """(feature name, cue words, one pattern of them) of each class with cue words."""
    return [(f"cue={code}", tuple(words), re.compile("|".join(map(re.escape, words))))
            for code, words in lexicon.cues().items() if words]


def keyword_baseline(name: str) -> str:
    """The floor the model is compared with: first class of features/cues.yaml whose word
    is in the name, else 11 (数量)."""
    name = clean_name(name)
    for code, words in lexicon.cues().items():
        if any(w in name for w in words):
            return code
    return "11"
