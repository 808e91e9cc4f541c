"""The classifier's TF-IDF and dict features for a whole batch at once, equal to scikit-learn's.

A fitted ``TfidfVectorizer`` counts n-grams one document at a time in Python, and each n-gram
outside its vocabulary costs a raised KeyError; on distinct names that loop is the largest
cost of a batch. :class:`BatchTfidf` is built from the fitted vectorizer (same vocabulary,
idf, sublinear tf and norm) and gives the same matrix:

* character n-grams: the batch's text becomes one array of code points; an n-gram is the
  integer of its code points (21 bits each, so up to three characters fit in 64 bits and
  n-grams of different lengths never share a key), looked up in the sorted keys of the
  vocabulary with one ``searchsorted`` per n;
* word n-grams (a callable analyzer): every document's tokens in one flat list, looked up
  with one ``dict.get`` each.

:class:`BatchDict` does the same for a fitted DictVectorizer (one ``dict.get`` a feature).

Only the shipped model's shapes are compiled (char analyzer, n <= 3, lowercase, no accent
stripping or stop words; or a callable analyzer); :func:`compile_union` leaves any other
vectorizer as it is. ``tests/test_vectorize.py`` checks equality on the corpus and on
generated text.
"""
from __future__ import annotations

import re
from typing import Any, Callable, Sequence

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.preprocessing import normalize

_BITS = 21                      # a Unicode code point fits in 21 bits
_MAX_CHARS = 3                  # 3 x 21 = 63 bits: a key fits in an unsigned 64-bit integer
_WHITE_SPACES = re.compile(r"\s\s+")     # what scikit-learn's char analyzer folds to one space


class BatchTfidf(BaseEstimator, TransformerMixin):
    """Transform-only TF-IDF equal to a fitted TfidfVectorizer, computed for the batch at once."""

    def __init__(self, vocabulary: dict[str, int], idf: np.ndarray, ngram_range: tuple[int, int],
                 analyzer: str | Callable[[str], list[str]] = "char", sublinear_tf: bool = False,
                 norm: str | None = "l2", lowercase: bool = True):
        self.vocabulary = vocabulary
        self.idf = idf
        self.ngram_range = ngram_range
        self.analyzer = analyzer
        self.sublinear_tf = sublinear_tf
        self.norm = norm
        self.lowercase = lowercase

    @classmethod
    def from_fitted(cls, v: Any) -> "BatchTfidf":
        return cls(v.vocabulary_, np.asarray(v.idf_, dtype=np.float64), tuple(v.ngram_range),
                   v.analyzer, v.sublinear_tf, v.norm, v.lowercase)

    def fit(self, X, y=None):
        return self

    def __sklearn_is_fitted__(self) -> bool:
        return True                      # built from a fitted vectorizer; nothing to learn

    def transform(self, X: Sequence[str]) -> sp.csr_matrix:
        docs = list(X)
        # each distinct text once where a batch repeats them (values do, names mostly not),
        # then a row per doc
        distinct = dict.fromkeys(docs)
        if len(distinct) > 0.8 * len(docs):
            return self._transform(docs)
        index = {d: i for i, d in enumerate(distinct)}
        return self._transform(list(distinct))[[index[d] for d in docs]]

    def _transform(self, docs: list[str]) -> sp.csr_matrix:
        if self.analyzer == "char":
            rows, cols = self._char_hits(docs)
        else:
            rows, cols = self._token_hits(docs)
        counts = sp.csr_matrix((np.ones(len(rows), dtype=np.float64), (rows, cols)),
                               shape=(len(docs), len(self.vocabulary)))
        counts.sum_duplicates()          # canonical: each (row, column) once, columns sorted
        if self.sublinear_tf:
            np.log(counts.data, counts.data)
            counts.data += 1.0
        counts.data *= self.idf[counts.indices]
        return normalize(counts, norm=self.norm, copy=False) if self.norm else counts

    # ------------------------------------------------------------------ character n-grams
    def _keys(self, n: int) -> tuple[np.ndarray, np.ndarray]:
        """Sorted keys of the vocabulary's n-grams and the column of each (built once). One
        table per length, so a NUL (code 0) before a character cannot pass for a shorter n-gram."""
        if getattr(self, "_sorted", None) is None:
            self._sorted = {}
            for k in range(1, self.ngram_range[1] + 1):
                terms = [t for t in self.vocabulary if len(t) == k]
                keys = np.array([_key(t) for t in terms], dtype=np.uint64)
                cols = np.array([self.vocabulary[t] for t in terms], dtype=np.int64)
                order = np.argsort(keys, kind="stable")
                self._sorted[k] = (keys[order], cols[order])
        return self._sorted[n]

    def _char_hits(self, docs: list[str]) -> tuple[np.ndarray, np.ndarray]:
        texts = [_WHITE_SPACES.sub(" ", d.lower() if self.lowercase else d) for d in docs]
        lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
        codes = np.frombuffer("".join(texts).encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.uint64)
        doc_of = np.repeat(np.arange(len(texts)), lengths)
        room = np.repeat(np.cumsum(lengths), lengths) - np.arange(len(codes))   # chars to the doc's end
        rows, cols = [], []
        key = np.zeros(len(codes), dtype=np.uint64)
        for n in range(1, self.ngram_range[1] + 1):
            # key of the n-gram starting at each position: the (n-1)-gram's key shifted, plus one char
            shifted = np.zeros(len(codes), dtype=np.uint64)
            shifted[:len(codes) - n + 1] = codes[n - 1:]
            key = (key << np.uint64(_BITS)) | shifted
            if n < self.ngram_range[0]:
                continue
            keys_sorted, cols_sorted = self._keys(n)
            ok = room >= n
            found = key[ok]
            if not len(keys_sorted):
                continue
            at = np.searchsorted(keys_sorted, found)
            at[at == len(keys_sorted)] = 0
            hit = keys_sorted[at] == found
            rows.append(doc_of[ok][hit])
            cols.append(cols_sorted[at[hit]])
        if not rows:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        return np.concatenate(rows), np.concatenate(cols)

    # ----------------------------------------------------------------------- word n-grams
    def _token_hits(self, docs: list[str]) -> tuple[np.ndarray, np.ndarray]:
        get = self.vocabulary.get
        rows, cols = [], []
        for i, d in enumerate(docs):
            found = [c for c in map(get, self.analyzer(d)) if c is not None]
            rows.extend([i] * len(found))
            cols.extend(found)
        return np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64)


class BatchDict(BaseEstimator, TransformerMixin):
    """Transform-only DictVectorizer equal to a fitted one, for dicts of numbers or strings
    (``{"f": "v"}`` is feature ``f=v`` with value 1): one ``dict.get`` a feature, no per-item
    type dispatch."""

    def __init__(self, vocabulary: dict[str, int], separator: str = "="):
        self.vocabulary = vocabulary
        self.separator = separator

    @classmethod
    def from_fitted(cls, v: Any) -> "BatchDict":
        return cls(v.vocabulary_, v.separator)

    def fit(self, X, y=None):
        return self

    def __sklearn_is_fitted__(self) -> bool:
        return True

    def transform(self, X: Sequence[dict[str, Any]]) -> sp.csr_matrix:
        get, sep = self.vocabulary.get, self.separator
        indptr, indices, values = [0], [], []
        for x in X:
            for f, v in x.items():
                if isinstance(v, str):
                    f, v = f"{f}{sep}{v}", 1.0
                col = get(f)
                if col is not None:
                    indices.append(col)
                    values.append(float(v))
            indptr.append(len(indices))
        out = sp.csr_matrix((np.asarray(values, dtype=np.float64), np.asarray(indices, dtype=np.int32),
                             np.asarray(indptr, dtype=np.int64)), shape=(len(indptr) - 1, len(self.vocabulary)))
        out.sort_indices()
        return out


def _key(term: str) -> int:
    key = 0
    for ch in term:
        key = (key << _BITS) | ord(ch)
    return key


def compilable(v: Any) -> bool:
    """Whether `v` is a fitted TfidfVectorizer of a shape BatchTfidf reproduces exactly, or a
    fitted sparse DictVectorizer of float64."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.feature_extraction.text import TfidfVectorizer

    if type(v) is DictVectorizer:
        return hasattr(v, "vocabulary_") and v.sparse and v.dtype in (np.float64, float)
    if type(v) is not TfidfVectorizer or not hasattr(v, "idf_"):
        return False
    plain = (v.input == "content" and v.preprocessor is None and v.tokenizer is None
             and v.stop_words is None and v.strip_accents is None and v.binary is False
             and v.use_idf and v.norm in ("l2", "l1", None) and v.dtype in (np.float64, float))
    if v.analyzer == "char":
        return plain and v.ngram_range[1] <= _MAX_CHARS
    return plain and callable(v.analyzer)


def compile_union(pipeline: Any) -> int:
    """Swap each compilable TfidfVectorizer inside a fitted Pipeline's feature union for its
    BatchTfidf (in place); returns how many were swapped."""
    swapped = 0
    features = getattr(pipeline, "named_steps", {}).get("features")
    for _, branch in getattr(features, "transformer_list", []):
        for i, (name, step) in enumerate(getattr(branch, "steps", [])):
            if compilable(step):
                batch = BatchDict if hasattr(step, "separator") else BatchTfidf
                branch.steps[i] = (name, batch.from_fitted(step))
                swapped += 1
    return swapped
