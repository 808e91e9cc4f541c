"""Where a name ends and a value in words begins, in a cell run together from both.

Text whose cells ran together (a document preview, OCR, ``get_text()`` of a page) gives lines
like ``特殊教育资源扩大`` or ``成本控制不超过预算``: a name, then a value in words. Where no figure
and no listed value word (features/headers.yaml runon_text_values) marks the cut, a person still
sees it: 扩大 and 不超过 start values, 资源 and 控制 end names. This module learns that from the
corpus's own pairs of name and value in words: every place between two characters is scored by
a logistic model over the characters and jieba words on either side; the best place is taken
when its probability clears the threshold that grouped cross-validation set for 95% precision,
else the cell stays whole (the reader flags it).

The weights are plain numbers in ``models/value_cut.json`` (written by ``train.py`` with its
card: data hash, grouped-CV figures, versions) and checked against their recorded sha256 before
use; without the file no cell is cut by this model.

>>> [f for f in features("成本控制不超过预算", 4, words_of("成本控制不超过预算")) if f.startswith(("l2=", "r2="))]
['l2=控制', 'r2=不超']
"""
from __future__ import annotations

import functools
import hashlib
import json
import math
import re
from pathlib import Path
from typing import Any, Iterable, Sequence

__all__ = ["features", "words_of", "best_cut", "cut", "train", "examples", "texts_from", "model_path"]

_DIGIT = re.compile(r"\d")
# a name's own number before it (指标1：, 任务2:, 3., （2）): the only figure a cut text may hold
_NUMBERING = re.compile(r"^(?:\D{0,4}\d{1,2}\s*[:：.．、)）]|[(（]\d{1,2}[)）])\s*")
_SHORTEST_NAME = 2           # a name of one character is no name
_LONGEST_TEXT = 80           # longer run-on text is prose, not a name and a value
_KEEP = 0.05                 # weights nearer zero than this are dropped (a smaller file, the same cuts)


def _bucket(n: int) -> str:
    return str(n) if n <= 4 else "5-8" if n <= 8 else "9-16" if n <= 16 else "17+"


def words_of(text: str) -> list[tuple[int, int, str]]:
    """jieba's words of `text` as (start, end, part of speech)."""
    from ..segment import tagged

    out, at = [], 0
    for w, tag in tagged(text):
        out.append((at, at + len(w), tag))
        at += len(w)
    return out


def features(text: str, i: int, words: list[tuple[int, int, str]]) -> list[str]:
    """What the model sees of a cut of `text` before character `i`: the characters, jieba
    words and their parts of speech on each side (a value starts with a verb or an adverb
    more often than a name does), how long each side is, and whether jieba puts a word
    boundary there."""
    left, right = text[:i], text[i:]
    out = ["bias", "l1=" + left[-1:], "l2=" + left[-2:], "l3=" + left[-3:],
           "r1=" + right[:1], "r2=" + right[:2], "r3=" + right[:3], "x=" + text[i - 1:i + 1],
           "llen=" + _bucket(len(left)), "rlen=" + _bucket(len(right))]
    before = next((w for w in words if w[1] == i), None)
    after = next((w for w in words if w[0] == i), None)
    if before and after:
        lpos, rpos = before[2], after[2]
        out += ["word_boundary", "lw=" + text[before[0]:i], "rw=" + text[i:after[1]],
                "lpos=" + lpos, "rpos=" + rpos, "pos=" + lpos + ">" + rpos]
        if after[1] == len(text):
            out.append("rw_is_all")
    else:
        inside = next((w for w in words if w[0] < i < w[1]), None)
        out += ["inside_word", "in_pos=" + (inside[2] if inside else "")]
    if len(right) <= 4:
        out.append("rall=" + right)
    return out


def _numbering(text: str) -> int:
    m = _NUMBERING.match(text)
    return m.end() if m else 0


def _cuttable(text: str) -> bool:
    """No figure but a name's own number: a figure marks its value by itself."""
    return not _DIGIT.search(text, _numbering(text))


def _candidates(text: str) -> range:
    return range(_numbering(text) + _SHORTEST_NAME, len(text))


# --------------------------------------------------------------------------- the model
def model_path() -> Path:
    from ..lexicon import model_file
    return model_file("value_cut.json")


def weights_hash(weights: dict[str, float], threshold: float) -> str:
    body = json.dumps({"weights": weights, "threshold": threshold}, sort_keys=True,
                      ensure_ascii=False).encode()
    return hashlib.sha256(body).hexdigest()


@functools.lru_cache(maxsize=None)
def _model() -> tuple[dict[str, float], float] | None:
    path = model_path()
    if not path.is_file():
        return None
    card = json.loads(path.read_bytes())
    if weights_hash(card["weights"], card["threshold"]) != card.get("weights_sha256"):
        from ..lexicon import LexiconError
        raise LexiconError(f"{path}: weights do not match their recorded sha256; "
                           "retrain with `python train.py`")
    return card["weights"], float(card["threshold"])


def _score(text: str, weights: dict[str, float]) -> tuple[int, float] | None:
    words = words_of(text)
    best = None
    for i in _candidates(text):
        z = sum(weights.get(f, 0.0) for f in features(text, i, words))
        if best is None or z > best[1]:
            best = (i, z)
    if best is None:
        return None
    return best[0], 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, best[1]))))


def best_cut(text: str) -> tuple[int, float] | None:
    """The likeliest place of the cut and its probability (None without a model)."""
    model = _model()
    if model is None or not 3 <= len(text) <= _LONGEST_TEXT:
        return None
    return _score(text, model[0])


@functools.lru_cache(maxsize=4096)
def cut(text: str) -> tuple[str, str] | None:
    """``(name, value)`` when the model is sure enough a value in words ends `text`, else None.

    Only cells with no figure but a name's own number (指标1：) are cut: a figure marks its own
    value."""
    if not _cuttable(text):
        return None
    found = best_cut(text)
    model = _model()
    if found is None or model is None or found[1] < model[1]:
        return None
    i = found[0]
    return text[:i], text[i:]


# ------------------------------------------------------------------------- training
def examples(pairs: Iterable[tuple[str, str | None]]) -> list[tuple[str, int | None]]:
    """(text, place of the cut) of each pair: name + value in words cut at the name's end;
    a name alone (its value has a figure, or there is none) has no cut."""
    out = []
    for name, value in pairs:
        name = re.sub(r"\s+", "", name or "")
        value = re.sub(r"\s+", "", value or "")
        if len(name) < _SHORTEST_NAME:
            continue
        if value and not _DIGIT.search(value) and _cuttable(name):
            text = name + value
            if len(text) <= _LONGEST_TEXT and len(name) >= _numbering(name) + _SHORTEST_NAME:
                out.append((text, len(name)))
        elif 3 <= len(name) <= _LONGEST_TEXT and _cuttable(name):
            out.append((name, None))
    return list(dict.fromkeys(out))


def texts_from(rows: Iterable[dict[str, Any]], gold: Iterable[Path]) -> tuple[list, list[str], str]:
    """The training texts of the corpus rows (grouped by their source table) and of page-text
    gold files (grouped by file), each text once, with the sha256 of the pairs they came from."""
    texts, groups, seen = [], [], set()
    digest = hashlib.sha256()

    def add(name: Any, value: Any, group: str) -> None:
        digest.update(json.dumps([name, value, group], ensure_ascii=False).encode())
        for ex in examples([(name, value)]):
            if ex not in seen:
                seen.add(ex)
                texts.append(ex)
                groups.append(group)

    for r in rows:
        add(r.get("name"), r.get("annual_value"), "corpus:" + str(r.get("group") or r.get("source_id")))
    for path in gold:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                add(r.get("name"), r.get("annual_value"), f"{path.stem}:{r.get('file')}")
    return texts, groups, digest.hexdigest()


def _matrix(texts: Sequence[tuple[str, int | None]]):
    rows, labels = [], []
    for text, at in texts:
        words = words_of(text)
        for i in _candidates(text):
            rows.append({f: 1.0 for f in features(text, i, words)})
            labels.append(1 if i == at else 0)
    return rows, labels


def _fit(texts, c: float):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows, labels = _matrix(texts)
    vec = DictVectorizer()
    X = vec.fit_transform(rows)
    # no intercept of its own: "bias" is a feature, so the weights file is one table
    clf = LogisticRegression(C=c, fit_intercept=False, max_iter=2000, random_state=0)
    clf.fit(X, labels)
    return {f: round(float(w), 5) for f, w in zip(vec.feature_names_, clf.coef_[0]) if abs(w) >= _KEEP}


def _decide(texts, weights) -> list[tuple[int | None, int | None, float]]:
    """(true cut, best cut, its probability) of each text."""
    return [(at, *(_score(text, weights) or (None, 0.0))) for text, at in texts]


def _precision_threshold(decided, precision: float) -> float:
    """The lowest threshold at which the cuts made are right `precision` of the time
    (a cut of a name that has no value is wrong)."""
    made = sorted(((p, at == i) for at, i, p in decided), reverse=True)
    best, right = 1.0, 0
    for n, (p, ok) in enumerate(made, 1):
        right += ok
        if right / n >= precision:
            best = p
    return best


def _figures(decided, threshold: float) -> dict[str, Any]:
    with_value = [(at, i, p) for at, i, p in decided if at is not None]
    alone = [(at, i, p) for at, i, p in decided if at is None]
    cut_right = sum(1 for at, i, p in with_value if p >= threshold and i == at)
    cut_wrong = sum(1 for at, i, p in with_value if p >= threshold and i != at)
    names_cut = sum(1 for at, i, p in alone if p >= threshold)
    made = cut_right + cut_wrong + names_cut
    return {"pairs": len(with_value), "names_alone": len(alone),
            "pairs_cut_right": round(cut_right / max(1, len(with_value)), 4),
            "pairs_cut_wrong": round(cut_wrong / max(1, len(with_value)), 4),
            "names_alone_cut": round(names_cut / max(1, len(alone)), 4),
            "precision_of_cuts": round(cut_right / max(1, made), 4),
            "best_place_right": round(sum(1 for at, i, p in with_value if i == at) / max(1, len(with_value)), 4)}


def train(texts: list[tuple[str, int | None]], groups: list[str], out: Path, data_hash: str,
          c: float = 1.0, precision: float = 0.95, folds: int = 5) -> dict[str, Any]:
    """Fit on every text; the threshold and the reported figures come from GroupKFold by
    source table (a text is scored by a model that never saw its table)."""
    import numpy as np
    import sklearn
    from sklearn.model_selection import GroupKFold

    order = np.arange(len(texts))
    held: list[tuple[int | None, int | None, float]] = [None] * len(texts)   # type: ignore[list-item]
    for tr, te in GroupKFold(n_splits=folds).split(order, groups=groups):
        w = _fit([texts[k] for k in tr], c)
        for k, d in zip(te, _decide([texts[k] for k in te], w)):
            held[k] = d
    threshold = _precision_threshold(held, precision)
    weights = _fit(texts, c)
    card = {
        "model": "value cut: logistic regression over the characters and jieba words either side "
                 "of each place in a run-together name and value in words; the best place is cut "
                 "when its probability reaches the threshold",
        "threshold": round(threshold, 6),
        "weights": weights,
        "weights_sha256": weights_hash(weights, round(threshold, 6)),
        "trained_on": {"texts": len(texts), "sources": len(set(groups)), "data_sha256": data_hash},
        "metrics": {"grouped_cv": _figures(held, threshold), "target_precision": precision,
                    "folds": f"GroupKFold({folds}) by source table"},
        "versions": {"scikit-learn": sklearn.__version__, "numpy": np.__version__},
        "seed": 0, "C": c,
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(card, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    _model.cache_clear()
    cut.cache_clear()
    return card
