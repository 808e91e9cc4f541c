"""Word segmentation of indicator names: jieba with the domain dictionary of features/.

One jieba Tokenizer for the process, built on first use with features/userdict.txt, so
"验收合格率" and "服务对象满意度" stay whole words. `JiebaTokenizer` wraps it as a scikit-learn
transformer; the spaCy component uses spaCy's own jieba segmenter with the same dictionary.
"""
from __future__ import annotations

import functools
import logging

import jieba
from sklearn.base import BaseEstimator, TransformerMixin

from . import lexicon

jieba.setLogLevel(logging.WARNING)


@functools.lru_cache(maxsize=None)
def tokenizer() -> jieba.Tokenizer:
    tk = jieba.Tokenizer()
    tk.load_userdict(str(lexicon.userdict_path()))
    return tk


def words(text: str) -> list[str]:
    """Content words of a name, in order (punctuation and spaces dropped).

    >>> words("项目验收合格率(%)")
    ['项目', '验收合格率']
    """
    return [w for w in tokenizer().lcut(text or "") if w.strip() and any(ch.isalnum() for ch in w)]


def word_ngrams(text: str) -> list[str]:
    """Words and adjacent word pairs: the analyzer of the classifier's word features."""
    ws = words(text)
    return ws + [f"{a}_{b}" for a, b in zip(ws, ws[1:])]


class JiebaTokenizer(BaseEstimator, TransformerMixin):
    """Texts in, space-joined jieba words out (stateless; for use in a Pipeline)."""

    def fit(self, X, y=None):
        return self

    def transform(self, X):
        return [" ".join(words(x)) for x in X]
