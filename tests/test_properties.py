"""Property tests of the public API (issue 17, "make it a habit"): parse_value, classify,
normalize and read_table on generated input never raise what the contract does not allow,
never lose or reorder a row, and keep every row's original text.

Hypothesis runs derandomized (the same examples every run) with a bounded number of examples,
so the suite stays deterministic and fast. The regression files the fuzzers keep
(tests/fixtures/fuzz/<reader>/, see tools/fuzz.py) are read back by the last test: adding a
regression is adding a file. Set ZHIBIAO_SAVE_REGRESSIONS=1 to have a failing read_table
property write its minimal input there too.
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
import math
import os
from pathlib import Path

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, Phase, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import zhibiao  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
FUZZ_DIR = ROOT / "tests" / "fixtures" / "fuzz"

_spec = importlib.util.spec_from_file_location("zhibiao_fuzz_tool", ROOT / "tools" / "fuzz.py")
fuzz_tool = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fuzz_tool)          # write_table: one table in every format


SAVE = bool(os.environ.get("ZHIBIAO_SAVE_REGRESSIONS"))


def fixed(n: int):
    """Deterministic, bounded, no per-example deadline (CI machines vary). A failure is not
    shrunk in the suite (a known failure stays fast); it is when ZHIBIAO_SAVE_REGRESSIONS
    is set, and the minimal example is then kept as a regression file."""
    phases = [Phase.explicit, Phase.reuse, Phase.generate] + ([Phase.shrink] if SAVE else [])
    return settings(max_examples=n, deadline=None, derandomize=True, database=None,
                    phases=phases, print_blob=False,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.function_scoped_fixture])


# Property cases that still fail on a known reader defect (issue 17), as test id -> defect.
# Strict: when the defect is fixed the case turns red until its line is removed here.
KNOWN_FAILING: dict[str, str] = {
}


def cases(test: str, values: list[str]) -> list:
    """The parameters of a property test, known failures marked strict xfail."""
    return [pytest.param(v, id=v, marks=[pytest.mark.xfail(strict=True,
                                                            reason=KNOWN_FAILING[f"{test}[{v}]"])]
                         if f"{test}[{v}]" in KNOWN_FAILING else []) for v in values]


# --------------------------------------------------------------------------- value text
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\ufeff", "\u2060"]
CONTROL = ["\x00", "\x01", "\x07", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\r", "\n", "\t"]
SPACES = [" ", "\u3000", "\xa0", "  "]
OPERATORS = ["≥", "≤", ">", "<", "＞", "＜", ">=", "<=", "＝", "=", "≧", "≦", "±", "~", "～",
             "-", "--", "至", "到", "不低于", "不少于", "不高于", "不超过", "以上", "以下", "以内",
             "约", "左右", "达到", "超过", "低于", "不足", "大于等于", "小于", "之间", "与", "和",
             "从", "多", "余", "几", "来", "半", "前", "之前", "底", "年底前", "负"]
DIGITS = ["0", "1", "2", "5", "9", "10", "95", "100", "3.5", ".", "0.9", "1,000", "12345678",
          "1e308", "1.2E+07", "9" * 40, "０", "９", "①", "1/2", "%", "％", "‰"]
CHINESE_NUMERALS = list("零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟") + ["百分之", "分之"]
UNITS = ["%", "人", "人次", "次", "场", "个", "万元", "亿元", "元", "千元", "天", "日", "周",
         "个工作日", "工作日", "小时", "月", "个月", "年", "平方米", "㎡", "公里", "分", "件", "户",
         "个百分点", "元/人", "/年", "港元", "美元", "吨", "kW", "M", "万", "亿", "元整", "人民币"]
WORDS = ["明显提升", "有效", "是", "否", "有", "无", "优秀", "持续发挥作用", "全年", "当年",
         "2022年12月31日", "2025年底", "6月底", "2023年1月-12月", "#DIV/0!", "#N/A", "=SUM(A1)",
         "（", "）", "(", ")", "，", ",", "；", ";", "、", "：", "\\", "|", "*", "**", "？"]
TOKENS = ZERO_WIDTH + CONTROL + SPACES + OPERATORS + DIGITS + CHINESE_NUMERALS + UNITS + WORDS
value_grammar = st.lists(st.sampled_from(TOKENS), max_size=25).map("".join)
OPS = {"=", ">=", ">", "<=", "<", "between", "approx"}
KINDS = {"number", "boolean", "date", "text"}


def check_targets(targets, text: str) -> None:
    assert isinstance(targets, list)
    for t in targets:
        d = t.to_dict()
        assert d["kind"] in KINDS, d
        assert d["op"] in OPS, d
        assert isinstance(d["confidence"], float) and 0.0 <= d["confidence"] <= 1.0, d
        for key in ("value", "upper"):
            v = d[key]
            if isinstance(v, float):
                assert math.isfinite(v), (key, d)
        if d["kind"] == "number":
            assert isinstance(d["value"], (int, float)) and not isinstance(d["value"], bool), d
        if d["op"] == "between" and d["kind"] == "number":
            assert d["upper"] is not None, d


@fixed(300)
@given(st.text(max_size=80))
def test_parse_value_on_any_text(text):
    check_targets(zhibiao.parse_value(text), text)


@fixed(400)
@given(value_grammar)
def test_parse_value_on_numerals_operators_units(text):
    check_targets(zhibiao.parse_value(text), text)


@fixed(25)
@given(st.lists(st.sampled_from(CHINESE_NUMERALS + ZERO_WIDTH + ["万", "亿", "点"]),
                min_size=100, max_size=600).map("".join))
def test_parse_value_on_long_runs_of_chinese_numerals(text):
    check_targets(zhibiao.parse_value(text), text)


# --------------------------------------------------------------------------- classify
def _taxonomy():
    from zhibiao import lexicon
    t = lexicon.taxonomy()
    return t.level1_names, t.level2_names


NAME_HEADS = ["法律咨询", "法治讲座", "案件办结", "道路养护", "设备采购", "困难群众救助", "绿化",
              "宣传材料发放", "图书购置", "河道清理", "培训", "课题研究", "疫苗接种", "农田灌溉",
              "老年人助餐", "垃圾分类", "监测点位", "信息系统运维", "服务对象", "群众"]
NAME_TAILS = ["人次", "场次", "完成率", "合格率", "覆盖率", "数量", "面积", "及时率", "知晓率",
              "达标率", "户数", "人数", "满意度", "满意率", "成本", "使用年限"]
NAME_MARKS = ["", "", "", "（%）", "(人次)", "2", "（≥**%）"]
names = st.builds(lambda h, t, m: h + t + m, st.sampled_from(NAME_HEADS),
                  st.sampled_from(NAME_TAILS), st.sampled_from(NAME_MARKS))


@fixed(150)
@given(st.one_of(st.text(max_size=60), names), st.one_of(st.none(), st.text(max_size=30),
                                                           value_grammar),
       st.sampled_from([None, "1", "2", "3"]))
def test_classify_on_any_name(name, value_text, level1):
    level1_names, level2_names = _taxonomy()
    c = zhibiao.classify(name, value_text=value_text, level1=level1)
    d = c.to_dict()
    assert d["level1_code"] in level1_names and d["level2_code"] in level2_names, d
    assert d["level2_code"].startswith(d["level1_code"]), d
    assert d["level1_name"] == level1_names[d["level1_code"]], d
    assert d["level2_name"] == level2_names[d["level2_code"]], d
    if level1 is not None:
        assert d["level1_code"] == level1, d
    assert 0.0 <= d["confidence"] <= 1.0, d
    probs = [a["probability"] for a in d["alternatives"]]
    assert d["alternatives"] and all(0.0 <= p <= 1.0 for p in probs), d
    assert probs == sorted(probs, reverse=True) and sum(probs) <= 1.0 + 1e-6, d
    assert all(a["level2_code"] in level2_names for a in d["alternatives"]), d


# --------------------------------------------------------------------------- tables
CATEGORIES = {"产出指标": ["数量指标", "质量指标", "时效指标", "成本指标"],
              "效益指标": ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"],
              "满意度指标": ["服务对象满意度指标"]}
HEADERS = [["一级指标", "二级指标", "三级指标", "指标值"],
           ["一级指标", "二级指标", "三级指标", "年度指标值"],
           ["一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值"],
           ["序号", "一级指标", "二级指标", "三级指标", "指标值"],
           ["一级指标", "二级指标", "指标名称", "目标值", "备注"]]
VALUE_OPS = ["", "≥", "≤", "＞", "不低于", "不少于", "不高于", "约", "<"]
VALUE_UNITS = ["%", "人次", "场", "万元", "个", "天", "户", "", "分", "个工作日"]
QUALITATIVE = ["明显提升", "有效改善", "持续发挥作用", "按时完成", "2024年12月31日前", "达标",
               "逐步提高", "符合规定标准"]
values = st.one_of(
    st.builds(lambda o, n, u: f"{o}{n}{u}", st.sampled_from(VALUE_OPS),
              st.one_of(st.integers(0, 100000).map(str),
                        st.decimals(0, 1000, places=2, allow_nan=False).map(str)),
              st.sampled_from(VALUE_UNITS)),
    st.sampled_from(QUALITATIVE))


@st.composite
def tables(draw):
    """(grid, merges, rows): a 绩效目标表 with optional context and sign-off lines; each
    row of `rows` is (level1, level2, name, value) as the reader must give it back."""
    header = draw(st.sampled_from(HEADERS))
    grid, merges, rows = [], [], []
    if draw(st.booleans()):
        grid += [["项目名称", draw(st.sampled_from(["社区法律服务经费", "农村道路养护项目"]))],
                 ["主管部门", "某区司法局"], ["资金情况（万元）", "50.00"]]
    grid.append(list(header))
    c1 = header.index("一级指标")
    name_col = 2 + c1
    n_groups = draw(st.integers(1, 4))
    used = set()
    for _ in range(n_groups):
        level1 = draw(st.sampled_from(sorted(CATEGORIES)))
        for level2 in draw(st.lists(st.sampled_from(CATEGORIES[level1]), min_size=1, max_size=2,
                                    unique=True)):
            n = draw(st.integers(1, 3))
            first = len(grid)
            for k in range(n):
                name = draw(names.filter(lambda s: s not in used))
                used.add(name)
                value = draw(values)
                row = [""] * len(header)
                if "序号" in header:
                    row[0] = str(len(rows) + 1)
                if k == 0:
                    row[c1], row[c1 + 1] = level1, level2
                row[name_col] = name
                row[name_col + 1] = value
                if len(header) > name_col + 2 and header[name_col + 2] == "年度指标值":
                    row[name_col + 2] = value
                grid.append(row)
                rows.append((level1, level2, name, value))
            if n > 1:
                merges += [(first, c1, first + n - 1, c1), (first, c1 + 1, first + n - 1, c1 + 1)]
    if draw(st.booleans()):
        grid.append(["审核意见", "同意"])
    return grid, merges, rows


# format -> (file extension, writer keyword arguments)
TABLE_FORMATS = {
    "xlsx": ("xlsx", {}), "xls": ("xls", {}), "ods": ("ods", {}),
    "csv-utf8": ("csv", {"encoding": "utf-8"}), "csv-gbk": ("csv", {"encoding": "gbk"}),
    "html": ("html", {}), "docx": ("docx", {}),
    "txt-pipe": ("txt", {"sep": " | "}), "txt-tab": ("txt", {"sep": "\t"}),
    "txt-spaces": ("txt", {"shape": "spaces"}), "txt-cells": ("txt", {"shape": "cells"}),
}


def write_page_text(shape: str, grid: list[list[str]], path: Path) -> None:
    """The page-text shapes DESIGN.md lists besides ` | `/tab lines: cells separated by runs
    of spaces with blank (merged) cells left out, and one cell a line ending in ` |` with
    rows separated by `||`."""
    if shape == "spaces":
        lines = ["    ".join(c for c in row if c) for row in grid]
    else:
        lines = [line for row in grid for line in [*[f"{c} |" for c in row if c], "||"]]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# a table's categories are merged cells where the format has them (a blank below its first
# row elsewhere): both must give every row its group's category
MERGING = {"xlsx", "xls", "docx", "html"}


def save_regression(reader: str, ext: str, data: bytes, expected: list | None = None) -> None:
    """With ZHIBIAO_SAVE_REGRESSIONS set, keep a failing example as a regression file (and
    the rows it must give, for a lost-row failure). One file a test: each failing example
    while shrinking overwrites it, and the last one Hypothesis replays is the minimal one."""
    if SAVE:
        import inspect
        folder = FUZZ_DIR / reader
        folder.mkdir(parents=True, exist_ok=True)
        test = os.environ.get("PYTEST_CURRENT_TEST", inspect.stack()[1].function)
        key = test.split("::")[-1].split(" ")[0]
        path = folder / f"prop-{hashlib.sha1(key.encode()).hexdigest()[:12]}.{ext}"
        path.write_bytes(data)
        if expected is not None:
            path.with_name(path.name + ".expected.json").write_text(
                json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


@pytest.mark.parametrize("fmt", cases("test_read_table_gives_back_every_row_in_order", list(TABLE_FORMATS)))
@fixed(12)
@given(table=tables())
def test_read_table_gives_back_every_row_in_order(tmp_path_factory, fmt, table):
    grid, merges, rows = table
    ext, kwargs = TABLE_FORMATS[fmt]
    path = tmp_path_factory.mktemp(fmt) / f"table.{ext}"
    if "shape" in kwargs:
        write_page_text(kwargs["shape"], grid, path)
    else:
        fuzz_tool.write_table(ext, grid, path, merges=merges if fmt in MERGING else (), **kwargs)
    try:
        records = zhibiao.read_table(path)
        got = [(r.name, r.annual_value) for r in records]
        assert got == [(name, value) for _, _, name, value in rows]
        assert [(r.declared_level1, r.declared_level2) for r in records] == \
            [(l1, l2) for l1, l2, _, _ in rows]
        for r in records:
            assert r.name in r.raw, (r.name, r.raw)
    except BaseException:
        save_regression(ext, ext, path.read_bytes(), [list(r) for r in rows])
        raise


# bytes a reader gets past its format detection with: magic numbers of every format
MAGICS = [b"", b"PK\x03\x04", b"%PDF-1.4\n", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"<table>",
          b"<html><table><tr><td>", "一级指标,二级指标,三级指标,指标值\n".encode(),
          "三级指标 | 指标值\n".encode("gbk"), b"\xef\xbb\xbf", b"\xff\xfe"]
EXTENSIONS = ["xlsx", "xls", "ods", "csv", "docx", "html", "pdf", "txt"]
DAMAGED_FORMATS = ["xlsx", "xls", "ods", "docx", "html", "csv"]


# Hostile input is read in a worker process with an address-space limit and a per-input
# alarm: a reader bug that allocates without bound (one such .xls grew past 20 GB) or hangs
# fails its test instead of taking the machine down.
MEMORY_LIMIT_MB = 2560           # address space; the bound is 2 GB of resident memory
INPUT_SECONDS = 30               # the bound for one input
WORKER = r"""
import json, math, signal, sys, traceback
import zhibiao

class Hang(BaseException):
    pass

def _alarm(signum, frame):
    raise Hang()

signal.signal(signal.SIGALRM, _alarm)
for line in sys.stdin:
    job = json.loads(line)
    signal.alarm(job["seconds"])
    outcome, rows = "ok", None
    try:
        if job["kind"] == "parse_value":
            with open(job["path"], "rb") as fh:
                text = fh.read().decode("utf-8", "replace")
            for t in zhibiao.parse_value(text):
                d = t.to_dict()
                assert 0.0 <= d["confidence"] <= 1.0, d
                assert not any(isinstance(d[k], float) and not math.isfinite(d[k])
                               for k in ("value", "upper")), d
        else:
            rows = [[r.declared_level1, r.declared_level2, r.name, r.annual_value, r.raw]
                    for r in zhibiao.read_table(job["path"])]
    except zhibiao.ReadError as err:
        if err.unexpected:
            outcome = "unexpected ReadError: " + str(err)
    except Hang:
        outcome = "took more than %d s" % job["seconds"]
    except BaseException as exc:
        outcome = "%s: %s (at %s)" % (type(exc).__name__, str(exc)[:300],
                                     traceback.extract_tb(exc.__traceback__)[-1].filename)
    finally:
        signal.alarm(0)
    print(json.dumps({"outcome": outcome, "rows": rows}), flush=True)   # ASCII whatever the text
"""


class GuardedReader:
    """A persistent worker process reading one input at a time under the limits above."""

    def __init__(self) -> None:
        self.proc = None

    def _start(self) -> None:
        import resource
        import subprocess
        import sys

        def limits():
            limit = MEMORY_LIMIT_MB * 1024 * 1024
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

        self.proc = subprocess.Popen([sys.executable, "-c", WORKER], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                     preexec_fn=limits, cwd=ROOT, text=True, encoding="utf-8")

    def read(self, path: Path, kind: str = "read_table") -> dict:
        import json
        import select
        if self.proc is None or self.proc.poll() is not None:
            self._start()
        self.proc.stdin.write(json.dumps({"kind": kind, "path": str(path),
                                          "seconds": INPUT_SECONDS}) + "\n")
        self.proc.stdin.flush()
        # the worker's own alarm answers at INPUT_SECONDS; this catches a hang in C code
        ready, _, _ = select.select([self.proc.stdout], [], [], INPUT_SECONDS + 60)
        line = self.proc.stdout.readline() if ready else ""
        if line:
            return json.loads(line)
        if ready:          # end of output: the worker died on this input
            code = self.proc.wait()
            why = f"the reading process died (exit {code}: memory limit or a signal)"
        else:
            self.proc.kill()
            self.proc.wait()
            why = "the reading process hung (no answer, killed)"
        self.proc = None
        return {"outcome": why, "rows": None}

    def close(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.stdin.close()
            self.proc.wait()


@pytest.fixture(scope="module")
def guarded():
    reader = GuardedReader()
    yield reader
    reader.close()


def check_read(guarded: GuardedReader, path: Path, kind: str = "read_table") -> dict:
    """read_table gives records or raises a ReadError that is not the net's, within the
    limits; parse_value inputs parse."""
    got = guarded.read(path, kind)
    assert got["outcome"] == "ok", f"{path.name}: {got['outcome']}"
    return got


@pytest.mark.parametrize("ext", cases("test_read_table_on_arbitrary_bytes", EXTENSIONS))
@fixed(40)
@given(head=st.sampled_from(MAGICS), body=st.binary(max_size=3000))
def test_read_table_on_arbitrary_bytes(guarded, tmp_path_factory, ext, head, body):
    path = tmp_path_factory.mktemp(ext) / f"input.{ext}"
    path.write_bytes(head + body)
    try:
        check_read(guarded, path)
    except BaseException:
        save_regression(ext, ext, path.read_bytes())
        raise


@pytest.mark.parametrize("fmt", cases("test_read_table_on_damaged_files", DAMAGED_FORMATS))
@fixed(30)
@given(table=tables(), cut=st.floats(0.0, 1.0), patch=st.binary(min_size=1, max_size=16),
       at=st.floats(0.0, 1.0), how=st.sampled_from(["cut", "patch", "both"]))
def test_read_table_on_damaged_files(guarded, tmp_path_factory, fmt, table, cut, patch, at, how):
    """A real file of each format, cut short and/or with a few bytes overwritten."""
    grid, merges, _ = table
    folder = tmp_path_factory.mktemp(fmt)
    fuzz_tool.write_table(fmt, grid, folder / f"ok.{fmt}", merges=merges if fmt in MERGING else ())
    data = bytearray((folder / f"ok.{fmt}").read_bytes())
    if how in ("patch", "both"):
        i = int(at * len(data))
        data[i:i + len(patch)] = patch
    if how in ("cut", "both"):
        data = data[: max(1, int(cut * len(data)))]
    path = folder / f"damaged.{fmt}"
    path.write_bytes(bytes(data))
    try:
        check_read(guarded, path)
    except BaseException:
        save_regression(fmt, fmt, bytes(data))
        raise


# --------------------------------------------------------------------------- normalize
cells = st.one_of(st.none(), st.text(max_size=30), value_grammar, names, values,
                  st.integers(-10**6, 10**6), st.floats(allow_nan=True, allow_infinity=True))


@st.composite
def frames(draw):
    import pandas as pd
    n = draw(st.integers(1, 8))
    cols = {"三级指标": draw(st.lists(st.one_of(names, cells), min_size=n, max_size=n)),
            "指标值": draw(st.lists(st.one_of(values, cells), min_size=n, max_size=n))}
    if draw(st.booleans()):
        cols["一级指标"] = draw(st.lists(st.sampled_from([*CATEGORIES, "", "5-服务对象满意度"]),
                                     min_size=n, max_size=n))
    if draw(st.booleans()):
        cols["备注"] = draw(st.lists(cells, min_size=n, max_size=n))
    index = draw(st.sampled_from([None, "shuffled", "strings"]))
    frame = pd.DataFrame(cols)
    if index == "shuffled":
        frame.index = draw(st.permutations(list(range(n))))
    elif index == "strings":
        frame.index = [f"r{i}" for i in range(n)]
    return frame


@fixed(40)
@given(frames())
def test_normalize_keeps_rows_order_and_text(frame):
    import pandas as pd
    before = frame.copy(deep=True)
    out = zhibiao.normalize(frame)
    assert len(out) == len(frame)
    assert list(out.index) == list(frame.index)
    for col in frame.columns:           # every input column as it was, row for row
        pd.testing.assert_series_equal(out[col], before[col], check_dtype=False)
    pd.testing.assert_frame_equal(frame, before)      # the input is not modified
    for col in ("level1_code", "level2_code", "class_confidence", "op", "number", "upper",
                "unit", "targets", "value_confidence", "flags"):
        assert col in out.columns
    for conf in [*out["class_confidence"], *out["value_confidence"]]:
        assert conf is None or (isinstance(conf, float) and math.isnan(conf)) or 0.0 <= conf <= 1.0


# --------------------------------------------------------------------------- fuzz regressions
# Regression inputs that still fail, with the defect each shows (strict: a fix turns the
# suite red until its line is removed here). Keys are paths under tests/fixtures/fuzz/.
KNOWN_BUGS: dict[str, str] = {
}


def regression_params():
    params = []
    for path in sorted(p for p in FUZZ_DIR.glob("*/*")
                       if p.is_file() and not p.name.endswith(".expected.json")):
        key = f"{path.parent.name}/{path.name}"
        marks = [pytest.mark.xfail(strict=True, reason=KNOWN_BUGS[key])] if key in KNOWN_BUGS else []
        params.append(pytest.param(path, id=key, marks=marks))
    return params


@pytest.mark.parametrize("path", regression_params())
def test_fuzz_regression_files(guarded, path):
    """Every input a fuzzer or a property test once failed on: parse_value inputs
    (parse_value/) parse; files of the readers give records or a ReadError that is not the
    net's, within the memory and time limits. A file `X.expected.json` beside `X` lists the
    rows X must give, in order, as [level1, level2, name, value] (a regression of lost,
    reordered or misread rows); each row's raw text must hold its name."""
    kind = "parse_value" if path.parent.name == "parse_value" else "read_table"
    got = check_read(guarded, path, kind)
    expected = path.with_name(path.name + ".expected.json")
    if expected.exists():
        rows = got["rows"] or []
        assert [r[:4] for r in rows] == json.loads(expected.read_text(encoding="utf-8"))
        for _, _, name, _, raw in rows:
            assert name in raw, (name, raw)
