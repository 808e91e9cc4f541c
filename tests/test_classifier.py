"""The classifier loop on a tiny fixture corpus: train -> save -> hash-checked load -> classify."""
import json

import pytest

import zhibiao
from zhibiao import classifier, training
from zhibiao.cli import main

FIXTURE = [
    # (table, name, value, level-1, level-2): two tables, written by hand
    ("t1", "培训人次", "≥500人次", "1", "11"), ("t1", "发放补贴户数", "120户", "1", "11"),
    ("t1", "验收合格率", "100%", "1", "12"), ("t1", "资金发放准确率", "100%", "1", "12"),
    ("t1", "服务对象满意度", "≥90%", "3", "31"), ("t1", "群众满意率", "≥95%", "3", "31"),
    ("t1", "项目按时完成率", "100%", "1", "13"), ("t1", "完成时间", "2023年12月底前", "1", "13"),
    ("t2", "宣传活动次数", "≥10次", "1", "11"), ("t2", "覆盖村数", "70村", "1", "11"),
    ("t2", "设备检测合格率", "≥98%", "1", "12"), ("t2", "工程质量达标率", "100%", "1", "12"),
    ("t2", "受益群众满意度", "≥85%", "3", "31"), ("t2", "学生满意度", "≥90%", "3", "31"),
    ("t2", "资金拨付及时率", "100%", "1", "13"), ("t2", "办结时限", "15个工作日内", "1", "13"),
]


@pytest.fixture()
def corpus(tmp_path):
    path = tmp_path / "labelled.jsonl"
    path.write_text("".join(json.dumps({"source_id": t, "name": n, "value_text": v,
                                        "level1_code": l1, "level2_code": l2}, ensure_ascii=False) + "\n"
                            for t, n, v, l1, l2 in FIXTURE), encoding="utf-8")
    return path


def test_train_save_load_classify(corpus, tmp_path):
    rows = training.read_rows([corpus])
    model = training.train(rows, tmp_path / "model", use_library=False)
    assert model.card["rows"] == len(FIXTURE) and model.card["tables"] == 2
    loaded = classifier.load_model(tmp_path / "model")
    c = classifier.classify("老年人满意度", value_text="≥90%", model=loaded)
    assert (c.level1_code, c.level2_code) == ("3", "31")
    assert 0.0 < c.confidence <= 1.0 and len(c.alternatives) == 3
    assert c.alternatives[0]["level2_code"] == "31"
    assert abs(sum(a["probability"] for a in loaded.classify_rows(
        [{"name": "x", "value_text": ""}], top=4)[0].alternatives) - 1.0) < 1e-3


def test_training_is_deterministic(corpus, tmp_path):
    rows = training.read_rows([corpus])
    names = ["培训人数", "验收通过率", "满意度", "完成及时率", "采购设备数量"]
    runs = []
    for k in range(2):
        model = training.train(rows, tmp_path / f"m{k}", use_library=False)
        runs.append([c.to_dict() for c in classifier.classify_many(names, model=model)])
    assert runs[0] == runs[1]


def test_tampered_model_is_refused(corpus, tmp_path):
    training.train(training.read_rows([corpus]), tmp_path / "model", use_library=False)
    with (tmp_path / "model" / classifier.MODEL_FILE).open("ab") as fh:
        fh.write(b"\0")
    with pytest.raises(classifier.ModelError, match="sha256"):
        classifier.load_model(tmp_path / "model")


def test_cli_train_and_classify(corpus, tmp_path, capsys):
    out = tmp_path / "cli-model"
    assert main(["train", "--corpus", str(corpus), "-o", str(out), "--no-library"]) == 0
    card = json.loads(capsys.readouterr().out)
    assert card["rows"] == len(FIXTURE)
    assert main(["classify", "项目验收合格率", "--value", "100%", "--model", str(out)]) == 0
    got = json.loads(capsys.readouterr().out)
    assert got["level2_code"] == "12"


def test_shipped_model_loads_and_classifies_batches():
    names = ["服务对象满意度", "培训人次", "项目成本控制"]
    batch = classifier.classify_many(names, ["≥90%", "≥500人次", "≤50万元"])
    one = [classifier.classify(n, v) for n, v in zip(names, ["≥90%", "≥500人次", "≤50万元"])]
    assert [c.to_dict() for c in batch] == [c.to_dict() for c in one]
    assert batch[0].level1_code == "3" and batch[2].level2_code == "14"


def test_classify_rejects_non_str():
    with pytest.raises(TypeError):
        classifier.classify(None)


def test_agreement_counts_three_readers_by_hand():
    """Four rows: declared / model / adjudicated (alternative) typed by hand; a fifth
    adjudicated row with no corpus row is left out."""
    from zhibiao.training import agreement
    rows = [{"source_id": "S1", "name": n, "value_text": v, "level2_code": d}
            for n, v, d in [("a", "1", "11"), ("b", "", "12"), ("c", "90%", "31"), ("d", "", "22")]]
    held = [{"level2_code": m} for m in ("11", "11", "31", "24")]
    adj = [{"source_id": "S1", "name": "a", "value_text": "1", "level2_code": "11", "alternative": None},
           {"source_id": "S1", "name": "b", "value_text": None, "level2_code": "11", "alternative": "12"},
           {"source_id": "S1", "name": "c", "value_text": "90%", "level2_code": "22", "alternative": None},
           {"source_id": "S1", "name": "d", "value_text": "", "level2_code": "24", "alternative": "22"},
           {"source_id": "S9", "name": "x", "value_text": "", "level2_code": "11", "alternative": None}]
    out = agreement({"rows": rows, "held": held}, adj)
    assert out["rows"] == 4
    # declared 11,12,31,22 vs adjudicated 11,11,22,24: 1 of 4; within alternatives a, b, d: 3 of 4
    assert out["level2"]["declared_vs_adjudicated"] == 0.25
    assert out["level2"]["declared_within_adjudicated_alternative"] == 0.75
    # model 11,11,31,24 vs adjudicated: a, b, d = 3 of 4; vs declared: a, c = 2 of 4
    assert out["level2"]["model_vs_adjudicated"] == 0.75
    assert out["level2"]["model_vs_declared"] == 0.5
    # level-1: declared 1,1,3,2 vs adjudicated 1,1,2,2 -> 3 of 4
    assert out["level1"]["declared_vs_adjudicated"] == 0.75


def test_declared_level1_restricts_level2_by_hand():
    """Probabilities fixed in advance: 11 .1, 12 .2, 22 .6, 31 .1. Unrestricted the answer is
    22; within level-1 "1" it is 12 with .2/(.1+.2), the level-1 given, not predicted."""
    from fixed_model import FixedEstimator
    from zhibiao.classifier import TaxonomyModel
    model = TaxonomyModel(FixedEstimator(["11", "12", "22", "31"], {"x": [0.1, 0.2, 0.6, 0.1]}), {})
    free, = model.classify_rows([{"name": "x"}])
    assert (free.level1_code, free.level2_code, free.confidence) == ("2", "22", 0.6)
    held, = model.classify_rows([{"name": "x"}], within=["1"])
    assert (held.level1_code, held.level2_code, held.level1_confidence) == ("1", "12", 1.0)
    assert held.confidence == round(0.2 / 0.3, 4)
    unchanged, = model.classify_rows([{"name": "x"}], within=[None])
    assert unchanged.level2_code == "22"


def test_classify_level1_argument_is_checked():
    with pytest.raises(ValueError, match="level-1"):
        zhibiao.classify("受益人数", "100人", level1="9")
    assert zhibiao.classify("受益人数", "100人", level1="3").level2_code == "31"
