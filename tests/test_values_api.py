"""The contract of parse_value and Target (DESIGN.md "Public API")."""
import dataclasses
import random

import pytest

import zhibiao
from conftest import GOLD, load_jsonl

KEYS = ["kind", "op", "value", "upper", "unit", "subject", "text", "confidence"]


def test_to_dict_has_exactly_the_design_keys():
    (t,) = zhibiao.parse_value("≥90%")
    assert list(t.to_dict()) == KEYS
    assert t.to_dict()["text"] == "≥90%"


@pytest.mark.parametrize("bad", [90, None, b"90%", ["90%"], 9.5], ids=["int", "none", "bytes", "list", "float"])
def test_non_str_raises_type_error(bad):
    with pytest.raises(TypeError):
        zhibiao.parse_value(bad)


def test_empty_cell_gives_no_target():
    assert zhibiao.parse_value("") == []
    assert zhibiao.parse_value("  \n ") == []


def test_never_raises_on_random_text():
    """Random strings drawn from the characters of the gold values: a text or a number, never
    an exception, and every confidence a probability."""
    rows = load_jsonl(GOLD / "values.jsonl")
    alphabet = sorted({ch for r in rows for ch in r["value_text"]} | set("()（）【】《》±-~—"))
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30)))
        for t in zhibiao.parse_value(text):
            assert t.kind in {"number", "boolean", "date", "text"}
            assert t.op in {"=", ">=", ">", "<=", "<", "between", "approx"}
            assert 0.0 <= t.confidence <= 1.0


def test_several_targets_carry_subjects():
    got = zhibiao.parse_value("调解协议履行率达97.5%,防化率100%")
    assert [t.subject for t in got] == ["调解协议履行率", "防化率"]


def test_single_target_has_no_subject():
    assert zhibiao.parse_value("满意度不低于80%")[0].subject is None


def test_text_target_keeps_the_first_phrase_as_written():
    (t,) = zhibiao.parse_value("本着节约的原则，控制在预算中。")
    assert (t.kind, t.value) == ("text", "本着节约的原则")


def test_confidence_ranks_clean_cells_above_messy_ones():
    clean = zhibiao.parse_value("≥95%")[0].confidence
    messy = zhibiao.parse_value("通过推进和规范社区矫正工作,使漏管率保持在0,并有效预防和减少犯罪")[0].confidence
    assert clean > messy


def test_fast_path_agrees_with_the_full_grammar():
    """values._simple is a shortcut for plain cells; it must say what the grammar says."""
    from zhibiao import values
    from zhibiao.lexicon import FULLWIDTH

    g = values._grammar()
    texts = [r["value_text"] for name in ("values.jsonl", "values-design.jsonl")
             for r in load_jsonl(GOLD / name)]
    texts += ["≥ 95 %", "大于等于98%", "2.5万平方米", "2023年", "1年", "95%以上。", "=2 个", "80万"]
    checked = 0
    for text in texts:
        norm = text.translate(FULLWIDTH)
        fast = values._simple(norm, text, g)
        if fast is None:
            continue
        slow, _ = values._parse_general(text, norm, g)
        assert [t.key() for t in fast] == [t.key() for t in slow], text
        checked += 1
    assert checked > 200


def test_tampered_confidence_model_is_refused(tmp_path, monkeypatch):
    import json

    from zhibiao import confidence, lexicon

    card = json.loads(confidence.model_path().read_text(encoding="utf-8"))
    card["weights"]["bias"] += 1.0                      # edited without retraining
    bad = tmp_path / "value_confidence.json"
    bad.write_text(json.dumps(card), encoding="utf-8")
    monkeypatch.setattr(confidence, "model_path", lambda: bad)
    confidence.weights.cache_clear()
    try:
        with pytest.raises(lexicon.LexiconError, match="sha256"):
            confidence.weights()
    finally:
        confidence.weights.cache_clear()
        confidence.weight_vector.cache_clear()


def test_plain_cells_score_as_the_full_model_does():
    """confidence.score_plain caches by a few facts; it must equal the full feature path."""
    from zhibiao import confidence, values
    from zhibiao.lexicon import FULLWIDTH

    for text in ["≥90%", "100%", "95%以上", "5次", "不少于1项", "≥ 95 %", "8000件以上", "2.5万平方米"]:
        norm = text.translate(FULLWIDTH)
        fast = values._simple(norm, text, values._grammar())
        assert fast is not None, text
        full = confidence.score(norm, [dataclasses.replace(t) for t in fast], len(norm))
        assert [t.confidence for t in confidence.score_plain(norm, fast)] == [t.confidence for t in full]


# long cells of the shapes that once made the parser slow (n^3.8, n^2) or crash: what they
# read as, written by hand (how long they take is benchmarks/bench_values.py's business)
LONG_CELLS = [
    ("100" + " " * 20_000 + "件/年", [("number", "=", 100.0, "件/年")]),
    ("≥" + " " * 20_000 + "95%", [("number", ">=", 95.0, "%")]),
    ("5月底、" * 5_000, [("date", "=", "05-31", None)] * 5_000),   # no operator word: =
]


@pytest.mark.parametrize("text,want", LONG_CELLS, ids=["spaces_inside", "op_then_spaces", "month_ends"])
def test_long_cells_read_as_their_short_forms(text, want):
    got = [(t.kind, t.op, t.value, t.unit) for t in zhibiao.parse_value(text)]
    assert got == want


@pytest.mark.parametrize("text", ["九" * 309, "九" * 309 + "元", "≥" + "九" * 400 + "万元", "9" * 400 + "元",
                                  "1" + "0" * 400 + "万", "百分之" + "九" * 400, "1.5E+999元"])
def test_a_number_too_large_is_text_with_low_confidence(text):
    (t,) = zhibiao.parse_value(text)
    assert t.kind == "text" and t.confidence < 0.5


@pytest.mark.parametrize("text,meaning", [("#DIV/0!", "除数为零"), ("#N/A", "无可用数值"), (" #ref! ", "引用的单元格无效"),
                                          ("=SUM(B2:B5)", "未计算出数值的公式")])
def test_excel_error_cell_is_one_low_confidence_text_target_and_says_what_it_holds(text, meaning):
    (t,) = zhibiao.parse_value(text)
    assert (t.kind, t.value, t.text) == ("text", text.strip(), text.strip())
    assert t.confidence <= 0.05
    assert zhibiao.values.cell_error(text) == (text.strip(), meaning)


def test_normalize_flags_an_excel_error_cell_by_name():
    import pandas as pd

    out = zhibiao.normalize(pd.DataFrame({"三级指标": ["培训人次"], "指标值": ["#DIV/0!"]}))
    flags = out.loc[0, "flags"]
    assert any(f["rule"] == "cell" and "#DIV/0!" in f["reason"] and "除数为零" in f["reason"] for f in flags)
    assert out.loc[0, "value_confidence"] <= 0.05


def test_issue_12_families_each_have_hand_written_design_cases():
    families = {}
    for row in load_jsonl(GOLD / "values-design.jsonl"):
        if row.get("family"):
            families[row["family"]] = families.get(row["family"], 0) + 1
    expected = {"formal", "cn_alone", "neg", "units", "floor", "mixed", "spaces", "ranges", "half",
                "ops", "sci", "datetime", "excel"}
    assert expected <= set(families)
    assert all(families[f] >= 2 for f in expected), families


def test_never_raises_on_odd_characters():
    """Random strings of the characters issue 12's forms are written with (大写, signs,
    zero-width spaces, Excel marks...): never an exception, never an infinite number."""
    import math

    alphabet = list("0123456789.,%万亿千百十一二两三四五六七八九零〇壹贰叁肆伍陆柒捌玖拾佰仟廿卅半多余几来"
                    "负正-−–—~至到和与之间以上下内不低于超过约元人次天周年月日分角整个美港币#=!/()（）《》 \n"
                    "\u200b≥≤<>比大小过E+e：:；;、")
    rng = random.Random(11)
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 25)))
        for t in zhibiao.parse_value(text):
            assert 0.0 <= t.confidence <= 1.0
            if t.kind == "number":
                assert math.isfinite(t.value) and (t.upper is None or math.isfinite(t.upper)), text


def test_find_targets_spans_point_into_the_text_as_written():
    from zhibiao.values import find_targets

    text = "律师 每月 开展咨询 不少于 8 小时，满意度≥9\u200b0%"
    got = [(t.op, t.value, t.unit, text[a:b]) for t, a, b in find_targets(text)]
    assert got == [(">=", 8.0, "小时", "不少于 8 小时"), (">=", 90.0, "%", "≥9\u200b0%")]
