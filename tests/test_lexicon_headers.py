"""Integrity of features/headers.yaml (the words readers recognise headers and context by)."""
import yaml

from zhibiao import lexicon


def test_header_words_have_one_role_each():
    raw = yaml.safe_load((lexicon.features_dir() / "headers.yaml").read_text(encoding="utf-8"))
    for section in ("columns", "context"):
        seen = {}
        for role, words in raw[section].items():
            for word in words:
                key = lexicon.norm_header(word)
                assert seen.setdefault(key, role) == role, f"{word}: {seen[key]} and {role}"


def test_header_variants_of_design_md_are_known():
    roles = lexicon.headers().column_role
    for word, role in [("一级指标", "level1"), ("二级指标", "level2"), ("三级指标", "name"),
                       ("指标值", "value"), ("绩效指标", "packed"), ("指标内容", "name"),
                       ("度量单位", "unit"), ("备注", "remark"), ("年度指标值", "value"),
                       ("实施周期指标值", "period"), ("目标值", "value"), ("计划标准", "value"),
                       ("指标值类型", "op"), ("计算符号", "op"), ("指标性质", "op"),
                       ("计量单位", "unit"), ("指标值（包含数字及文字描述）", "value")]:
        assert roles[lexicon.norm_header(word)] == role, word


def test_context_labels():
    ctx = lexicon.headers().context_key
    for word, key in [("项目名称", "project"), ("主管部门", "department"), ("资金情况", "amount"),
                      ("年度总体目标", "goal"), ("合计", "total"), ("审核意见", "signoff"),
                      ("盖章", "signoff"), ("项目资金（万元）", "amount")]:
        assert ctx[lexicon.norm_header(word)] == key, word
