"""Rule 7 (REVIEW-RULES.md): what is wrong with a declared 一级/二级 cell, said in Chinese.
The reasons' templates are the "7…" entries of features/review_rules.yaml; the expected
sentences here are written by hand."""
import pytest

from zhibiao.categories import declared_codes
from zhibiao.lexicon import review_rules

CASES = [
    # (一级 cell, 二级 cell, level-1 code, level-2 code, the reason after 申报类别有误：)
    ("9-产出指标", "11-数量指标", "1", "11",
     "一级指标“9-产出指标”的代码 9 不存在，按名称读为 1（产出指标）"),
    ("9-某某指标", None, None, None,
     "一级指标“9-某某指标”的代码 9 不存在"),
    ("2-质量指标", None, None, None,
     "一级指标“2-质量指标”中的“质量指标”是二级指标（12，属于产出指标），不是一级指标"),
    ("产出指标", "11-产出指标", "1", None,
     "二级指标“11-产出指标”中的“产出指标”是一级指标，不是二级指标 11（数量指标）"),
    ("产出指标", "12-数量指标", "1", None,
     "二级指标“12-数量指标”的代码 12（质量指标）与名称“数量指标”（11）不一致"),
    ("效益指标", "时效指标", "2", "13",
     "二级指标“时效指标”（13）不属于一级指标“效益指标”（2）"),
]


@pytest.mark.parametrize("level1,level2,code1,code2,reason", CASES, ids=[c[4][:12] for c in CASES])
def test_rule7_says_what_is_wrong_in_chinese(level1, level2, code1, code2, reason):
    c1, c2, flags = declared_codes(level1, level2)
    assert (c1, c2) == (code1, code2)
    assert [(f["rule"], f["severity"], f["reason"]) for f in flags] == [("7", "error", "申报类别有误：" + reason)]


def test_several_reasons_make_one_flag():
    c1, c2, flags = declared_codes("9-某某指标", "12-数量指标")
    assert (c1, c2) == (None, None)
    assert [f["reason"] for f in flags] == [
        "申报类别有误：一级指标“9-某某指标”的代码 9 不存在；"
        "二级指标“12-数量指标”的代码 12（质量指标）与名称“数量指标”（11）不一致"]


def test_valid_cells_have_no_flag():
    assert declared_codes("1-产出指标", "13-时效指标") == ("1", "13", [])


def test_rules_7_and_28_are_data_and_errors():
    rules = review_rules().rules
    for key in ("7", "7code", "7coderead", "7level1", "7level2", "7disagree", "7pair", "28"):
        assert rules[key]["severity"] == "error", key


# a class label with one character misread by OCR is the class a person reads; a class of the
# other level, a second misreading or a name is not
MISREAD = [
    ("产岀指标", "质暈指标", "1", "12"),
    ("满意虔指标", "服务对象满意度指标", "3", "31"),
    ("效益指标", "时效指标", "2", "13"),          # 时效指标 is a class itself (then rule 7 says so)
    ("产岀指杯", None, None, None),              # two characters off
]


@pytest.mark.parametrize("level1,level2,code1,code2", MISREAD)
def test_a_class_label_misread_by_one_glyph(level1, level2, code1, code2):
    assert declared_codes(level1, level2)[:2] == (code1, code2)
