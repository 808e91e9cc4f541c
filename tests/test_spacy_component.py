import spacy

import zhibiao.spacy_component  # noqa: F401  (the entry point registers it too)


def test_component_finds_targets_in_free_text():
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.add_pipe("zhibiao")
    doc = nlp("法律顾问全覆盖,每个季度至少举办1次法制讲座;律师每月到村开展法律咨询时间不少于8小时。")
    spans = doc.spans["targets"]
    got = [(s._.target.op, s._.target.value, s._.target.unit) for s in spans]
    assert got == [(">=", 1.0, "次"), (">=", 8.0, "小时")]
    assert "8" in spans[1].text
