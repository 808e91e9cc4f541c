"""rjieba (jieba-rs) must give the words jieba gives with the same dictionaries: the classifier
was trained on jieba's words. Compared on every indicator name, project, goal, value and raw
row text of the corpus and the gold sets. The two cut runs of punctuation differently ("--" is
one token or two), which segment.words drops either way; a run of figures and signs ("0-6")
is split back as jieba splits it (segment._as_jieba)."""
import json
from pathlib import Path

import pytest

from zhibiao import segment

CORPUS = Path(__file__).parent.parent / "corpus"
# runs of figures and signs that jieba-rs keeps whole and jieba splits (written by hand)
HARD = ["0-6岁儿童健康管理率", "2020.1.1-2020.12.31", "1-12月", "指标9:0-36月龄中医药规范管理数",
        "PM2.5年均浓度≤35μg/m3", "5G基站建设数", "CO2减排量", "Ⅲ类水体比例", "A-B级景区数"]
BROKEN = ["\ud800满意度"]     # a lone surrogate: no Rust string, jieba cuts it


def _texts():
    out = set(HARD) | set(BROKEN)
    for path in [CORPUS / "indicators.jsonl", *sorted((CORPUS / "gold").glob("*.jsonl"))]:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                out.update(str(row[k]) for k in ("name", "project", "goal", "value_text", "annual_value", "raw")
                           if row.get(k))
    return sorted(out)


def test_rust_cutter_gives_jieba_words():
    pytest.importorskip("rjieba", reason="rjieba not installed (pip install rjieba)")
    jieba_tk = segment.tokenizer()
    texts = _texts()
    assert len(texts) > 3000
    different = [(t, segment.cut(t), jieba_tk.lcut(t)) for t in texts
                 if segment.content(segment.cut(t)) != segment.content(jieba_tk.lcut(t))]
    assert different == []


@pytest.mark.parametrize("text", HARD)
def test_figure_runs_split_as_jieba_splits(text):
    pytest.importorskip("rjieba", reason="rjieba not installed (pip install rjieba)")
    assert segment.words(text) == segment.content(segment.tokenizer().lcut(text))


def _windows():
    """Every 6- and 12-character window of the corpus's names and values (what the value
    grammar asks the tagger about), half-width as the grammar reads them."""
    from zhibiao import lexicon
    out = set()
    for text in _texts():
        t = text.translate(lexicon.FULLWIDTH)
        for i in range(len(t)):
            out.update((t[i:i + 6], t[max(0, i - 4):i + 8]))
    return sorted(w for w in out if w.strip())


def test_rust_tagger_reads_numeral_words_as_jieba_does():
    """Same words, and for Chinese words the same answer to "is it a numeral word"."""
    pytest.importorskip("rjieba", reason="rjieba not installed (pip install rjieba)")
    import re

    from zhibiao import lexicon
    tags = set(lexicon.units().numeral_word_tags)
    han = re.compile(r"[\u4e00-\u9fff]+")

    def reading(pairs):
        return [(w, (t in tags) if han.fullmatch(w) else None) for w, t in pairs]
    jieba_tagger = segment._jieba_tagger()
    windows = _windows() + ["三双鞋", "四川省", "一样好", "五年内", "两千人次"]
    assert len(windows) > 50000
    different = [w for w in windows if reading(segment.tagged(w)) !=
                 reading((p.word, p.flag) for p in jieba_tagger.lcut(w, HMM=False))]
    assert different == []
