"""Word segmentation of indicator names: jieba with the domain dictionary of features/.

Names are cut by rjieba (jieba-rs, jieba's algorithm and dictionary in Rust, the whole cut
in one call) with features/userdict.txt added, so "验收合格率" and "服务对象满意度" stay whole
words: the words jieba gives, three to four times faster than jieba-next (which still runs
jieba's Python loop a character at a time). tests/test_segment.py compares the content words
of the two on every text of the corpus and the gold sets. Where rjieba has no wheel, jieba
cuts. :func:`tagged` gives words with parts of speech the same way. The spaCy component
uses spaCy's own jieba segmenter with the same dictionary. Segmenters load on first use (a
command that parses values alone should not wait for them).
"""
from __future__ import annotations

import functools
import logging
import re
from typing import Any

from . import lexicon


@functools.lru_cache(maxsize=None)
def tokenizer() -> Any:
    """jieba's tokenizer with features/userdict.txt (built once a process)."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    tk.load_userdict(str(lexicon.userdict_path()))
    return tk


@functools.lru_cache(maxsize=None)
def _rust_cutter() -> Any:
    """rjieba's segmenter with the user dictionary added (None where rjieba is not installed)."""
    try:
        import rjieba
    except ImportError:
        return None
    cutter = rjieba.Jieba()
    for line in lexicon.userdict_path().read_text(encoding="utf-8").splitlines():
        word, freq, tag = (line.lstrip("\ufeff").split() + [None, None])[:3]
        if word:
            cutter.add_word(word, int(freq) if freq and freq.isdigit() else None, tag)
    return cutter


def cut(text: str) -> list[str]:
    """jieba's words of `text`, punctuation included (rjieba's where installed)."""
    cutter = _rust_cutter()
    if cutter is not None:
        try:
            tokens = cutter.cut(text)
            # only a word of two or more signs and figures, no Han, can need splitting: most
            # names (letters and figures only, or single signs between Han words) hold none
            if text.isalnum() or all(map(str.isalnum, _NOT_HAN_RUNS.findall(text))):
                return tokens
            return [piece for w in tokens for piece in _as_jieba(w)]
        except UnicodeEncodeError:       # a lone surrogate (broken text) is no Rust string
            pass
    return tokenizer().lcut(text)


# jieba-rs keeps a run of figures and signs whole ("0-6", "2020.1.1-12.31") where jieba's
# unknown-word pass splits it with this pattern ("0", "-", "6"): split it the same way
_HAN = re.compile(r"[\u4e00-\u9fd5]")
_FIGURES = re.compile(r"([a-zA-Z0-9]+(?:\.\d+)?%?)")
_NOT_HAN_RUNS = re.compile(r"[^\u4e00-\u9fd5]{2,}")


def _as_jieba(w: str) -> list[str]:
    if len(w) < 2 or w.isalnum() or _HAN.search(w) or _FIGURES.fullmatch(w):
        return [w]
    return [x for x in _FIGURES.split(w) if x]


def tagged(text: str) -> list[tuple[str, str]]:
    """jieba's words of `text` with their parts of speech, dictionary words only (no HMM):
    for the value grammar's look at a numeral inside a word (三双 mq, 四川 ns).

    rjieba's where installed: jieba's part-of-speech tagger reads the whole dictionary twice
    when first used (about 2 s a process). The two give the same words, and for Chinese words
    the same answer to "is it a numeral word" (features/units.yaml numeral_word_tags; checked by
    tests/test_segment.py); a user-dictionary word keeps rjieba's dictionary tag (满意度 ns, not
    the userdict's n), which no numeral word is."""
    cutter = _rust_cutter()
    if cutter is not None:
        try:
            return [(w, t) for w, t in cutter.tag(text, False)]
        except UnicodeEncodeError:       # a lone surrogate: jieba below
            pass
    return [(p.word, p.flag) for p in _jieba_tagger().lcut(text, HMM=False)]


@functools.lru_cache(maxsize=1)
def _jieba_tagger() -> Any:
    import jieba.posseg

    return jieba.posseg.POSTokenizer(tokenizer())


def words(text: str) -> list[str]:
    """Content words of a name, in order (punctuation and spaces dropped).

    >>> words("项目验收合格率(%)")
    ['项目', '验收合格率']
    >>> words("0-6岁儿童健康管理率")
    ['0', '6', '岁', '儿童', '健康', '管理', '率']
    """
    return list(_words(text or ""))


@functools.lru_cache(maxsize=1 << 16)
def _words(text: str) -> tuple[str, ...]:
    # a batch asks twice for most names: the classifier's word features, then the check of a
    # name against its project (rule 14) for the rows the model is unsure of
    return tuple(content(cut(text)))


def content(tokens: list[str]) -> list[str]:
    """The tokens that hold a letter or digit (punctuation and spaces dropped)."""
    # str.isalnum() answers for most words (all letters) without the pattern
    return [w for w in tokens if w.isalnum() or _ALNUM.search(w)]


# a letter or digit: re's \w is str.isalnum() plus "_", so [^\W_] is exactly isalnum()
_ALNUM = re.compile(r"[^\W_]")


def word_ngrams(text: str) -> list[str]:
    """Words and adjacent word pairs: the analyzer of the classifier's word features."""
    ws = _words(text or "")
    return list(ws) + [f"{a}_{b}" for a, b in zip(ws, ws[1:])]
