"""The model card lists its training rows (``training_pairs``: the first 12 hex chars of
sha1 of ``name + "\\t" + value``), so ``zhibiao evaluate`` can say how many of a file's rows
the model trained on instead of assuming none. Small models are trained here in tmp_path on
two hand-written tables (no library, a few seconds); the expected hashes are computed here
with hashlib, the counts worked out by hand."""
from __future__ import annotations

import csv
import hashlib
import json
import re

import pytest

from zhibiao import training
from zhibiao.cli import main

HEADER = ["一级指标", "二级指标", "三级指标", "指标值"]
TABLE_A = [["产出指标", "数量指标", "培训人次", "≥500人次"],
           ["产出指标", "数量指标", "发放宣传册数量", "≥2000份"],
           ["产出指标", "质量指标", "培训合格率", "≥95%"],
           ["产出指标", "时效指标", "完成时间", "2024年12月底前"],
           ["满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"]]
TABLE_B = [["产出指标", "数量指标", "新建道路长度", "≥12公里"],
           ["产出指标", "质量指标", "工程验收合格率", "100%"],
           ["产出指标", "时效指标", "工程完工时间", "2024年10月底前"],
           ["效益指标", "社会效益指标", "群众出行便利程度", "明显改善"],
           ["满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥85%"]]
NEW_ROWS = [["产出指标", "数量指标", "采购设备台数", "10台"],            # never trained on
            ["满意度指标", "服务对象满意度指标", "患者满意度", "≥92%"]]


def _h(name, value):
    return hashlib.sha1(f"{name}\t{value}".encode("utf-8")).hexdigest()[:12]


def _csv(path, rows):
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        w.writerows(rows)
    return path


@pytest.fixture(scope="module")
def model(tmp_path_factory):
    d = tmp_path_factory.mktemp("pairs")
    tables = d / "tables"
    tables.mkdir()
    _csv(tables / "培训项目.csv", TABLE_A)
    _csv(tables / "道路项目.csv", TABLE_B)
    assert main(["train", str(tables), "-o", str(d / "model"), "--no-library"]) == 0
    return d


def test_card_lists_the_training_rows(model):
    card = json.loads((model / "model" / "taxonomy.card.json").read_text(encoding="utf-8"))
    expected = sorted(_h(name, value) for _, _, name, value in TABLE_A + TABLE_B)
    assert card["training_pairs"] == expected                 # ten rows, ten hashes, sorted
    assert _h("培训人次", "≥500人次") in card["training_pairs"]


def test_pairs_are_stripped_sorted_and_unique():
    rows = [{"name": " 培训人次 ", "value_text": "≥500人次\n"}, {"name": "培训人次", "value_text": "≥500人次"},
            {"name": "满意度", "value_text": None}]
    assert training.training_pairs(rows) == sorted([_h("培训人次", "≥500人次"), _h("满意度", "")])


def _evaluate(model, rows, tmp_path, *extra):
    labelled = _csv(tmp_path / "检验.csv", rows)
    html, metrics = tmp_path / "r.html", tmp_path / "m.json"
    assert main(["evaluate", str(labelled), "--model", str(model / "model"),
                 "--report", str(html), "--metrics", str(metrics), *extra]) == 0
    return json.loads(metrics.read_text(encoding="utf-8")), html.read_text(encoding="utf-8")


def test_training_rows_are_counted_and_said(model, tmp_path):
    # three rows of table A (as it was trained: same name and value) and two new rows
    f, html = _evaluate(model, TABLE_A[:3] + NEW_ROWS, tmp_path, "--baseline", str(model / "model"))
    assert f["about"]["class_rows"] == 5
    assert f["about"]["training_rows"] == 3
    assert "参与分类检验的 5 行中有 3 行是本模型的训练行" in html
    assert "不能说明它在新表上的表现" in html
    assert "这些行都不是训练行" not in html and "都不是本模型的训练行" not in html
    # the same model as the baseline: the same three rows
    assert f["baseline_model"]["training_rows"] == 3
    assert "参与分类检验的 5 行中有 3 行是对照模型的训练行" in html
    # the figures keep the number of listed rows, not the hashes
    assert f["model_card"]["training_pairs_count"] == 10 and "training_pairs" not in f["model_card"]
    assert "3 of the 5 rows scored for classes were training rows of the model" in \
        __import__("zhibiao.report", fromlist=["render"]).render(f, lang="en")


def test_a_value_changed_is_not_a_training_row(model, tmp_path):
    # 培训人次 with another value is another row for the classifier: not counted
    f, html = _evaluate(model, [["产出指标", "数量指标", "培训人次", "≥600人次"]] + NEW_ROWS, tmp_path)
    assert f["about"]["training_rows"] == 0
    assert "参与分类检验的 3 行都不是本模型的训练行" in html
    assert re.search(r"所以分类的数字是在本模型没见过的行上测得的", html)
