"""Word segmentation of indicator names: jieba with the domain dictionary of features/.

One jieba Tokenizer for the process, built on first use with jieba's dictionary and
features/userdict.txt, so "验收合格率" and "服务对象满意度" stay whole words. Where jieba-next (a
fork of jieba with its inner loops in Rust) is installed, it does the cutting with the same two
dictionaries: the same words about five times faster (tests/test_segment.py compares them on
every name, project and goal of the corpus). The spaCy component uses spaCy's own jieba
segmenter with the same dictionary. jieba is imported on first use (a command that parses
values alone should not wait for it).
"""
from __future__ import annotations

import functools
import logging
import re
from typing import Any

from . import lexicon


@functools.lru_cache(maxsize=None)
def tokenizer(fast: bool = True) -> Any:
    """The process's tokenizer: jieba-next's when installed (unless `fast` is False), else jieba's."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    if fast:
        try:
            import jieba_next
        except ImportError:      # no wheel for this platform: jieba itself
            pass
        else:
            tk = jieba_next.Tokenizer(_jieba_dict())
            tk.load_userdict(str(lexicon.userdict_path()))
            return tk
    tk = jieba.Tokenizer()
    tk.load_userdict(str(lexicon.userdict_path()))
    return tk


def _jieba_dict() -> str:
    """jieba's own dictionary file, which both tokenizers must share."""
    import os

    import jieba
    return os.path.join(os.path.dirname(jieba.__file__), jieba.DEFAULT_DICT_NAME)


def words(text: str) -> list[str]:
    """Content words of a name, in order (punctuation and spaces dropped).

    >>> words("项目验收合格率(%)")
    ['项目', '验收合格率']
    """
    return content(tokenizer().lcut(text or ""))


def content(tokens: list[str]) -> list[str]:
    """The tokens that hold a letter or digit (punctuation and spaces dropped)."""
    # str.isalnum() answers for most words (all letters) without the pattern
    return [w for w in tokens if w.isalnum() or _ALNUM.search(w)]


# a letter or digit: re's \w is str.isalnum() plus "_", so [^\W_] is exactly isalnum()
_ALNUM = re.compile(r"[^\W_]")


def word_ngrams(text: str) -> list[str]:
    """Words and adjacent word pairs: the analyzer of the classifier's word features."""
    ws = words(text)
    return ws + [f"{a}_{b}" for a, b in zip(ws, ws[1:])]
