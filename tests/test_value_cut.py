"""A name run together with its value in words (特殊教育资源扩大) is cut where a person would cut
it: corpus/gold/runon-cuts.jsonl, written by hand (a null name means the text is a name alone
and stays whole). Rows marked known_miss are cuts the shipped model does not yet make; they
are expected to fail (strictly: one that starts passing must lose its mark)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from zhibiao.lexicon import LexiconError
from zhibiao.readers import value_cut
from zhibiao.readers.runon import split_line

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "corpus" / "gold" / "runon-cuts.jsonl"


def _cases():
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            marks = [pytest.mark.xfail(strict=True, reason="known miss")] if r.get("known_miss") else []
            yield pytest.param(r, id=r["text"], marks=marks)


@pytest.mark.parametrize("case", list(_cases()))
def test_a_run_together_name_and_value_in_words_is_cut_where_a_person_would(case):
    want = [case["text"]] if case["name"] is None else [case["name"], case["value"]]
    assert split_line(case["text"]) == want, case["why"]


def test_a_figure_outside_a_name_number_is_never_cut_by_the_model():
    assert value_cut.cut("培训人数达到500人") is None
    assert value_cut.cut("指标1：培训人次") is None         # a numbered name alone


def test_a_tampered_weights_file_is_refused(tmp_path, monkeypatch):
    card = json.loads(value_cut.model_path().read_text(encoding="utf-8"))
    card["weights"]["bias"] = card["weights"].get("bias", 0.0) + 5.0
    bad = tmp_path / "value_cut.json"
    bad.write_text(json.dumps(card, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(value_cut, "model_path", lambda: bad)
    value_cut._model.cache_clear()
    value_cut.cut.cache_clear()
    try:
        with pytest.raises(LexiconError, match="sha256"):
            value_cut.cut("设备运行状况良好")
    finally:
        value_cut._model.cache_clear()
        value_cut.cut.cache_clear()


def test_training_on_a_few_pairs_gives_a_card_with_grouped_figures(tmp_path):
    pairs = [("设备运行状况", "良好"), ("群众满意度", None), ("档案管理", "规范"),
             ("资金到位率", None), ("服务质量", "优良"), ("项目验收合格率", None)] * 3
    texts = value_cut.examples(pairs)
    groups = [f"t{k % 5}" for k in range(len(texts))]
    card = value_cut.train(texts, groups, tmp_path / "cut.json", "test")
    assert card["metrics"]["grouped_cv"]["pairs"] == 3
    assert card["metrics"]["grouped_cv"]["names_alone"] == 3
    assert card["weights_sha256"] == value_cut.weights_hash(card["weights"], card["threshold"])
    value_cut._model.cache_clear()
    value_cut.cut.cache_clear()
