"""Page text composed from the published tables' rows in the three shapes, read back:
at least 95% of rows come back with the right name, value and declared codes."""
import pytest

from conftest import ROOT
from zhibiao.roundtrip import SHAPES, compose, load_published, measure

ROWS = load_published(ROOT / "corpus" / "published")


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    return measure(ROWS, workdir=tmp_path_factory.mktemp("roundtrip"))


def test_round_trip_recovers_95_percent(result):
    assert result.rows == 3 * len(ROWS) > 1500
    assert result.share >= 0.95, result.failures[:10]


@pytest.mark.parametrize("shape", SHAPES)
def test_every_shape_recovers_95_percent(result, shape):
    n, ok = result.by_shape[shape]
    assert ok / n >= 0.95


def test_composed_text_has_the_shapes_merges_and_split_columns():
    rows = [r for r in ROWS if r["source_id"] == "N013"]        # ≧ | 735 | 人次 split columns
    pipe = compose(rows, "pipe").splitlines()
    header = next(l for l in pipe if "三级指标" in l or "指标名称" in l or "指标内容" in l)
    assert header.count(" | ") >= 5
    body = pipe[pipe.index(header) + 1:pipe.index(header) + 3]
    assert body[0].startswith("产出指标 | 数量指标") and body[1].startswith(" | 质量指标 | ")
    cells = compose(rows, "cells").splitlines()
    assert {"|", "||"} <= set(cells) and all(l.endswith("|") for l in cells if l and l[0] != "项")
