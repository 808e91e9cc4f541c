"""jieba-next (jieba's inner loops in Rust) must give the words jieba gives with the same
dictionaries: the classifier was trained on jieba's words. Compared on every indicator name,
project, goal and value of the corpus and the gold sets. The two cut runs of punctuation
differently ("--" is one token or two), which segment.words drops either way."""
import json
from pathlib import Path

import pytest

from zhibiao import segment

CORPUS = Path(__file__).parent.parent / "corpus"


def _texts():
    out = set()
    for path in [CORPUS / "indicators.jsonl", *sorted((CORPUS / "gold").glob("*.jsonl"))]:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                out.update(str(row[k]) for k in ("name", "project", "goal", "value_text", "annual_value")
                           if row.get(k))
    return sorted(out)


def test_fast_tokenizer_cuts_as_jieba_does():
    pytest.importorskip("jieba_next", reason="jieba-next not installed (pip install jieba-next==1.0.0rc1)")
    fast, slow = segment.tokenizer(True), segment.tokenizer(False)
    assert type(fast) is not type(slow)
    texts = _texts()
    assert len(texts) > 3000
    different = [(t, fast.lcut(t), slow.lcut(t)) for t in texts
                 if segment.content(fast.lcut(t)) != segment.content(slow.lcut(t))]
    assert different == []
