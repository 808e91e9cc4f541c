"""The table path (zhibiao/table_classifier.py): decoding checked against brute force, the
prior counted by hand, the order guard, what a table declares, and normalize's use of it.
Expected values are worked out by hand or by an independent computation in the test."""
import itertools
import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import zhibiao
from zhibiao import evaluation, table_classifier as tc
from zhibiao.classifier import TaxonomyModel, load_model

FIXTURES = Path(__file__).parent / "fixtures"
GOLD = Path(__file__).parent.parent / "corpus" / "gold"
CLASSES = ["11", "12", "13"]


def _jsonl(path):
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def _prior(**kw):
    """A hand-written prior over 11/12/13 that follows the taxonomy order: a class is
    followed by itself or a later class, almost never an earlier one."""
    trans = [[0.6, 0.3, 0.1], [0.01, 0.6, 0.39], [0.005, 0.005, 0.99]]
    return tc.TablePrior(CLASSES, [0.8, 0.15, 0.05], trans, [0.5, 0.3, 0.2], **kw)


def test_learned_transitions_counted_by_hand():
    prior = tc.learn_transitions([["11", "11", "12"], ["11", "13"]], CLASSES, smoothing=0.5)
    # starts: 11 twice -> (2.5, 0.5, 0.5) / 3.5
    assert np.allclose(prior.start, [2.5 / 3.5, 0.5 / 3.5, 0.5 / 3.5])
    # from 11: to 11 once, 12 once, 13 once -> 1.5 each / 4.5; from 12 and 13: nothing seen
    assert np.allclose(prior.transition[0], [1 / 3, 1 / 3, 1 / 3])
    assert np.allclose(prior.transition[1], [1 / 3, 1 / 3, 1 / 3])
    # rows: 11 three times, 12 once, 13 once -> (3.5, 1.5, 1.5) / 6.5
    assert np.allclose(prior.class_prior, [3.5 / 6.5, 1.5 / 6.5, 1.5 / 6.5])


def test_decoding_matches_brute_force():
    """Posterior marginals of a 3-row chain, trusted order (odds +50), against the sum over
    all 27 paths of start x transitions x (probability / class prior)."""
    prior = _prior(order_log_odds=50.0, weight=1.0, prior_power=1.0)
    proba = np.array([[0.7, 0.2, 0.1], [0.3, 0.4, 0.3], [0.1, 0.3, 0.6]])
    got, p_order = tc.decode_chain(proba, prior)
    start, trans, cp = np.array(prior.start), np.array(prior.transition), np.array(prior.class_prior)
    want = np.zeros((3, 3))
    for path in itertools.product(range(3), repeat=3):
        w = start[path[0]] * trans[path[0], path[1]] * trans[path[1], path[2]]
        w *= np.prod([proba[t, c] / cp[c] for t, c in enumerate(path)])
        for t, c in enumerate(path):
            want[t, c] += w
    want /= want.sum(axis=1, keepdims=True)
    assert p_order == pytest.approx(1.0)
    assert np.allclose(got, want, atol=1e-9)


def test_context_settles_a_row_between_two_of_one_class():
    """13, (12 or 13: 0.55/0.45), 13: a 12 after a 13 is out of order, so in context it is 13."""
    proba = np.array([[0.02, 0.03, 0.95], [0.0, 0.55, 0.45], [0.02, 0.03, 0.95]])
    got, p_order = tc.decode_chain(proba, _prior(order_log_odds=0.0))
    assert p_order > 0.5
    assert got[1].argmax() == 2


def test_guard_steps_back_on_rows_out_of_order():
    """Confident rows listed backwards (13, 13, 12, 12, 11, 11) cannot be a table in taxonomy
    order: the guard gives the order almost no weight and the row readings stand."""
    proba = np.array([[0.02, 0.03, 0.95], [0.02, 0.03, 0.95], [0.05, 0.9, 0.05],
                      [0.05, 0.55, 0.40], [0.9, 0.05, 0.05], [0.9, 0.05, 0.05]])
    got, p_order = tc.decode_chain(proba, _prior(order_log_odds=0.0))
    assert p_order < 0.1
    assert list(got.argmax(axis=1)) == list(proba.argmax(axis=1))


def test_chains_are_consecutive_runs_of_a_project():
    assert tc.chains(["a", "a", "b", "a"]) == [[0, 1], [2], [3]]


@pytest.mark.parametrize("case", _jsonl(FIXTURES / "declared_scope.jsonl"), ids=lambda c: c["why"])
def test_declared_scope(case):
    assert list(tc.declared_scope(case["row"])) == case["expected"]


def test_a_model_without_a_table_prior_reads_rows_alone():
    """A model card from before the table path: classify_table is each row restricted to its
    declared level-1, the same as classify_rows(within=...)."""
    shipped = load_model()
    old = TaxonomyModel(shipped.estimator, {})
    old.table_prior = None
    rows = [{"name": "培训人次", "value_text": "≥500人次"}, {"name": "完成时间", "value_text": "12月底前"},
            {"name": "群众满意度", "value_text": "≥90%"}]
    within = ["1", "1", "3"]
    table, _ = old.classify_table(rows, ["p"] * 3, old.masks(within))
    alone = old.classify_rows(rows, within=within)
    assert [(c.level2_code, c.confidence) for c in table] == [(c.level2_code, c.confidence) for c in alone]


def test_classify_table_keeps_the_declared_level1_and_the_row_alone():
    rows = [{"name": "培训人次", "value_text": "≥500人次", "declared_level1": "产出指标", "project": "p"},
            {"name": "群众法治意识", "value_text": "明显提升", "declared_level1": "效益指标", "project": "p"},
            {"name": "服务对象满意度", "value_text": "≥90%", "declared_level1": "产出指标", "project": "p"}]
    out = zhibiao.classify_table(rows)
    assert [c.level1_code for c in out] == ["1", "2", "1"]         # declared, always
    assert out[2].level2_code in ("11", "12", "13", "14")
    alone = zhibiao.classify("服务对象满意度", "≥90%")
    assert out[2].per_row["level2_code"] == alone.level2_code == "31"
    assert out[2].to_dict()["per_row"]["level1_code"] == "3"


@pytest.mark.parametrize("case", _jsonl(FIXTURES / "table_flags.jsonl"), ids=lambda c: c["why"])
def test_normalize_flags_a_declared_level1_the_row_contradicts(case):
    frame = pd.DataFrame({"三级指标": ["培训场次", case["name"]], "指标值": ["10场", case["value"]],
                          "一级指标": ["产出指标", case["level1"]]})
    out = zhibiao.normalize(frame)
    row = out.iloc[1]
    rules = [f["rule"] for f in row["flags"]]
    assert ("class1" in rules or "class1h" in rules) == (case["flag"] is not None)
    assert row["level1_code"] == row["declared_level1_code"]       # the reading in context
    assert row["row_level2_code"] == zhibiao.classify(case["name"], case["value"]).level2_code


def test_table_path_beats_rows_alone_on_tables_it_never_trained_on():
    """The page-text gold sets (tables written for the readers' tests; no classifier trained
    on them) fed whole with their declared level-1: the table path must read level-2 at least
    as well as each row restricted to its level-1, and keep every declared level-1."""
    out = evaluation.table_check(sorted(GOLD.glob("pagetext-*.jsonl")))["pooled"]
    assert out["rows"] > 1500
    assert out["level1_table_path"] == 1.0
    assert out["level2_table_path"] >= out["level2_per_row_given_level1"]
    assert out["level2_per_row_given_level1"] > out["level2_per_row_classify"]


def test_class_boundaries_of_the_2021_definitions():
    """corpus/gold/class-boundaries.jsonl: rows written from the class definitions where
    classes meet (时效/成本, 质量/数量, 经济/社会效益, money under 成本 or handed out as 数量),
    each with the class the definition gives. The per-row classifier reads at least 85% of
    them right."""
    rows = _jsonl(GOLD / "class-boundaries.jsonl")
    got = zhibiao.classify_many([r["name"] for r in rows], [r["value_text"] for r in rows])
    right = [c.level2_code == r["level2_code"] for c, r in zip(got, rows)]
    assert len(rows) >= 45 and sum(right) / len(rows) >= 0.85
