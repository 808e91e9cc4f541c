"""Page text composed from the published tables' rows in the three shapes, read back:
at least 95% of rows come back with the right name, value and declared codes. The real-page
quirks (zhibiao.roundtrip.QUIRKS) are checked as renderings only: deterministic, and expecting
the published rows; their recovery figures belong to benchmarks/reader_roundtrip.py."""
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


# --------------------------------------------------------------------------- real-page quirks
# Rendering only: what read_table recovers from them is a benchmark figure
# (benchmarks/reader_roundtrip.py), never asserted here.
import re                                                              # noqa: E402
from itertools import groupby                                          # noqa: E402

from zhibiao.roundtrip import QUIRKS, VARIANTS, render                 # noqa: E402

SOURCES = [list(g) for _, g in groupby(ROWS, key=lambda r: r["source_id"])]
N013 = [r for r in ROWS if r["source_id"] == "N013"]   # 产出指标 | 数量指标 | 学生受资助人数 | ≧ | 735 | 人次
NUMBER_PREFIX = re.compile(r"^(指标\d+：|\d+\.|（\d+）|其中：)")
ALREADY_NUMBERED = re.compile(r"^(指标\d+[:：]|\d+[.、．]|[（(]\d+[)）]|其中)")


@pytest.mark.parametrize("quirk", QUIRKS)
def test_quirk_renders_deterministically_with_every_variant_in_use(quirk):
    used = set()
    for rows in SOURCES:
        first, again = render(rows, quirk), render(rows, quirk)
        assert first.text == again.text and first.expected == again.expected
        used.add(first.variant)
    assert used == set(VARIANTS[quirk])


@pytest.mark.parametrize("quirk", QUIRKS)
def test_quirk_expects_the_published_rows(quirk):
    for rows in SOURCES:
        for variant in VARIANTS[quirk]:
            page = render(rows, quirk, variant)
            assert len(page.expected) == len(rows)
            for want, row in zip(page.expected, rows):
                if quirk == "numbered_names":       # a name the table numbers stays as it is
                    m = NUMBER_PREFIX.match(want.name)
                    assert want.name == row["name"] if ALREADY_NUMBERED.match(row["name"]) else (
                        m and want.name[m.end():] == row["name"]), want.name
                else:
                    assert want.name == row["name"]
                assert want.value == (row.get("value_joined") or row.get("value_text"))
                codes = (row.get("level1_code"), row.get("level2_code"))
                if variant == "fragment_bare":        # no category cells on the page
                    codes = (None, None)
                assert (want.level1_code, want.level2_code) == codes
                assert want.name in page.text, (quirk, variant, want.name)
                if row.get("value_text"):
                    assert row["value_text"] in page.text, (quirk, variant, row["value_text"])


def _lines(quirk, variant=None):
    return render(N013, quirk, variant).text.split("\n")


def test_pipe_padded_leaves_merged_cells_out_and_pads():
    lines = _lines("pipe_padded")
    assert any(l.startswith("质量指标 | 营养改善计划覆盖率 | ≧ | 100 | %") for l in lines)
    assert not any(l.startswith(" | ") for l in lines)
    assert any(l.endswith(" | ||||") for l in lines)
    texts = [render(rows, "pipe_padded").text.split("\n") for rows in SOURCES]
    assert {"|", "||", "|||"} <= {l for t in texts for l in t}


def test_cell_quirks():
    blank = _lines("cells_blank")
    assert not any("|" in l for l in blank)
    assert all(not a.strip() or not b.strip() for a, b in zip(blank, blank[1:]))
    assert " " in blank                       # 减轻贫困学生家庭经济负担 has no operator cell
    end = _lines("cells_pipe_end")
    assert not {"|", "||"} & set(end)
    assert [l for l in end if l][1:4] == ["项目名称 |", "义务教育营养改善计划专项资金 |", "主管部门 |"]


def test_space_quirks():
    assert "产出指标 数量指标 学生受资助人数 ≧ 735 人次" in _lines("single_space")
    one = [l for l in _lines("one_line", "spaces") if "学生受资助人数" in l]
    assert len(one) == 1 and one[0].endswith("家长满意度 ≧ 95 %") and "计量单位 产出指标" in one[0]
    pipe = [l for l in _lines("one_line", "pipe") if "学生受资助人数" in l]
    assert len(pipe) == 1 and "| 学生受资助人数 | ≧ | 735 | 人次 |" in pipe[0]


def test_split_header():
    labels = render(N013, "split_header", "split_labels/pipe").text
    assert "一级指标\n名称 | 二级指标\n名称" in labels and "可持续影响\n" in labels
    two = _lines("split_header", "two_line/pipe")
    top = two.index("序号 | 绩效指标 | 指标性质 | 计划标准 | 计量单位")
    assert two[top + 1] == "一级指标名称 | 二级指标名称 | 指标名称"
    assert two[top + 2] == "1 | 产出指标 | 数量指标 | 学生受资助人数 | ≧ | 735 | 人次"
    assert two[top + 10] == "9 |  |  | 家长满意度 | ≧ | 95 | %"


def test_header_words():
    words = _lines("header_words", "words/pipe")
    assert any(w in words[words.index("") + 4] for w in ("指标值及单位", "预算设定指标值", "年初目标值(A)"))
    twin = "\n".join(_lines("header_words", "twin/spaces"))
    assert "长期目标    年度目标" in twin
    self_eval = _lines("header_words", "self_eval/pipe")
    assert self_eval[0] == "2022年度项目支出绩效自评表"
    assert any(l.endswith("年度目标值 | 计量单位 | 实际完成值 | 分值 | 得分 | 偏差原因分析")
               for l in self_eval)


def test_numbered_names_run_together_lists_and_noise():
    assert "1 | 产出指标 | 数量指标 | 学生受资助人数" not in _lines("numbered_names", "dot/pipe")
    assert "产出指标 | 数量指标 | 1.学生受资助人数 | ≧ | 735 | 人次" in _lines("numbered_names", "dot/pipe")
    assert "产出指标数量指标学生受资助人数≧735人次" in _lines("run_together", "joined")
    assert _lines("run_together", "fragment")[0] == "产出指标数量指标学生受资助人数≧735人次"
    assert _lines("run_together", "fragment_bare")[0] == "学生受资助人数≧735人次"
    assert "【产出指标-数量指标】学生受资助人数：≧735人次" in _lines("list_form", "bracket")
    tree = _lines("list_form", "tree")
    at = tree.index("产出指标")
    assert tree[at + 1].strip() == "数量指标" and tree[at + 1] != "数量指标"
    assert tree[at + 2].strip() == "学生受资助人数：≧735人次"
    depth = [len(line) - len(line.lstrip()) for line in tree[at:at + 3]]
    assert depth[0] < depth[1] < depth[2]
    noise = _lines("page_noise", "spaces")
    assert noise.index("2022年度项目支出绩效目标表") > 0            # navigation before the title
    assert any(re.fullmatch(r"第1页 共\d页", l) for l in noise)
    first = noise.index("产出指标    数量指标    学生受资助人数    ≧    735    人次")
    last = noise.index("家长满意度    ≧    95    %")
    assert any(l.startswith("第") and l.endswith("页") for l in noise[first:last])
