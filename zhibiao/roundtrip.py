"""How well page text is read back: compose the published tables' rows as page text, read the
text with read_table, count the rows that come back with the right name, value and declared
codes.

Each source (``source_id``) becomes one page; each of its projects a table with its own
header block (项目名称, 主管部门), header row and sign-off line. Categories are merged as real
tables merge them: a level-1 cell is written only on the first row of its group, a level-2
cell only on the first row of its group within the level-1 group. Tables that split the value
get their operator, number and unit columns (the reader must join them back). Header words
vary from source to source, drawn from the variants DESIGN.md lists.

Two families of renderings:

- ``SHAPES``: the three clean shapes of DESIGN.md (pipe, spaces, cells), as they always were.
- ``QUIRKS``: what real pages add ("Layouts seen in the wild"), one named option each, so that
  each is measured alone. A quirk with several forms picks one per source (``VARIANTS``,
  deterministic: a hash of the source id, like the header words):

  ``pipe_padded``     pipe rows; merged cells left out (not blank) on continuation rows, short
                      rows padded at the end with ``| ||||``, bare ``|``/``||``/``|||`` lines
                      between some rows.
  ``cells_blank``     one cell a line, a blank line between cells, no row markers; an empty
                      cell is a line holding one space; merged cells left out.
  ``cells_pipe_end``  one cell a line ending in `` |``, no row-marker lines.
  ``single_space``    one row a line, cells separated by a single space.
  ``one_line``        each table (header and rows) on one line, cells separated by single
                      spaces (empty and merged cells left out) or `` | `` (kept blank).
  ``split_header``    header labels wrapped over lines (``一级\\n指标``) and long category cells
                      too (``可持续影响\\n\\n指标``); or a two-line header (序号 | 绩效指标 | 指标值
                      over 一级指标 | 二级指标 | 三级指标) with a 序号 column numbering the rows.
                      In any of the three shapes.
  ``header_words``    rarer header words (三级指标内容, 指标值及单位, 预算设定指标值, 年初目标值(A));
                      twin value columns 长期目标 | 年度目标 (the period cell the same value or
                      a phrase like 持续提升); or a 绩效自评表 (年度目标值 | 实际完成值 | 分值 | 得分 |
                      偏差原因分析, the last four made up). In any of the three shapes.
  ``numbered_names``  names numbered 指标1：/ 1. /（1）, some rows ``其中：`` instead (a name
                      the published table already numbers, 指标1:… or 其中…, stays as it is).
  ``run_together``    cells joined with no separator (产出指标数量指标培训人次≥500人次), header
                      included; or a fragment of rows with no title, header or context, with
                      its category cells (merged as in the table) or without any.
  ``list_form``       ``【产出指标-数量指标】名称：值`` lines, or an indented tree (level-1 line,
                      level-2 indented, ``名称：值`` indented further).
  ``page_noise``      navigation text before the table; page footer/header lines (第1页 共3页,
                      the URL, a print date, the title again) between rows every few rows.

Expected rows (DESIGN.md): one per published row, in order; ``name`` as written on the page
(with any prefix a quirk added: ``指标1：培训人次``, ``其中：…``), ``value`` = ``value_joined`` or
else ``value_text`` (also for twin columns and 自评表: the 年度 column is the row's value), the
row's declared level-1/level-2 codes. Where a quirk removes the categories from the page by
definition, they cannot be recovered and the expected codes are null: only ``run_together``'s
``fragment_bare`` form (rows with neither header nor category cells).

Scoring (``measure``): read_table's records are compared with the expected rows in order; a
source read back with another number of records than it has rows scores none of its rows
(the benchmark reports in how many sources the count was off).
"""
from __future__ import annotations

import hashlib
import json
import re
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from itertools import groupby
from pathlib import Path
from typing import Any, Callable, Iterable

from .readers import ReadError, read_table

__all__ = ["SHAPES", "QUIRKS", "VARIANTS", "Expected", "Page", "compose", "render",
           "expected_value", "load_published", "measure", "RoundTrip", "failure_summary"]

SHAPES = ("pipe", "spaces", "cells")
QUIRKS = ("pipe_padded", "cells_blank", "cells_pipe_end", "single_space", "one_line",
          "split_header", "header_words", "numbered_names", "run_together", "list_form",
          "page_noise")


def _product(kinds: Iterable[str], shapes: Iterable[str] = SHAPES) -> tuple[str, ...]:
    return tuple(f"{k}/{s}" for k in kinds for s in shapes)


VARIANTS: dict[str, tuple[str, ...]] = {
    **{s: (s,) for s in SHAPES},
    "pipe_padded": ("pipe_padded",),
    "cells_blank": ("cells_blank",),
    "cells_pipe_end": ("cells_pipe_end",),
    "single_space": ("single_space",),
    "one_line": ("spaces", "pipe"),
    "split_header": _product(("split_labels", "two_line")),
    "header_words": _product(("words", "twin", "self_eval")),
    "numbered_names": _product(("label", "dot", "paren")),
    "run_together": ("joined", "joined", "fragment", "fragment_bare"),
    "list_form": ("bracket", "tree"),
    "page_noise": SHAPES,
}

HEADER_WORDS = {
    "level1": ["一级指标", "一级指标名称"],
    "level2": ["二级指标", "二级指标名称"],
    "name": ["三级指标", "指标名称", "三级指标名称", "指标内容"],
    "value": ["指标值", "年度指标值", "目标值", "计划标准", "年度目标值"],
    "op": ["指标值类型", "计算符号", "指标性质"],
    "unit": ["计量单位", "度量单位"],
    "direction_col": ["指标方向"],
    "indicator_attr": ["指标属性"],
    "category": ["项目类别"],
}
COLUMNS = ("level1", "level2", "name", "op", "value", "unit", "direction_col", "indicator_attr",
           "category")
# header_words: the rarer words of real tables, and the columns of twin-value and 自评表 tables
RARE_WORDS = {"name": ["三级指标内容"], "value": ["指标值及单位", "预算设定指标值", "年初目标值(A)"]}
TWIN_COLUMNS = ("level1", "level2", "name", "op", "period", "value", "unit", "direction_col",
                "indicator_attr", "category")
TWIN_WORDS = {"period": ["长期目标"], "value": ["年度目标"]}
PERIOD_PHRASES = ["持续提升", "长期保持", "逐步提高", "稳步提升"]
SELF_EVAL_COLUMNS = ("level1", "level2", "name", "op", "value", "unit", "actual", "weight",
                     "score", "remark", "direction_col", "indicator_attr", "category")
SELF_EVAL_WORDS = {"value": ["年度目标值"], "actual": ["实际完成值"], "weight": ["分值"],
                   "score": ["得分"], "remark": ["偏差原因分析"]}
REMARKS = ["", "", "", "无", "偏差较小"]
# page_noise: what a browser or a site puts around a table (made up, no page's text)
NAVIGATION = [["首页 > 信息公开 > 财政预决算", "当前位置：首页 > 政务公开 > 部门预算"],
              ["【字体：大 中 小】 【打印本页】 【关闭窗口】", "分享到：", "字号：T|T"],
              ["发布时间：{year}-03-15 来源：本站", "浏览次数：1024", "信息来源：财政局"]]


def load_published(folder: Path) -> list[dict[str, Any]]:
    rows = []
    for path in sorted(folder.glob("*.jsonl")):
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
                 if line.strip()]
    return rows


def _hash(source_id: str, salt: str) -> int:
    return int(hashlib.sha1(f"{source_id}/{salt}".encode()).hexdigest(), 16)


def _pick(words: list[Any] | tuple[Any, ...], source_id: str, salt: str) -> Any:
    return words[_hash(source_id, salt) % len(words)]


def expected_value(row: dict[str, Any]) -> str | None:
    return row.get("value_joined") or row.get("value_text")


# --------------------------------------------------------------------------- page model
@dataclass(frozen=True)
class Expected:
    """What read_table should give for one rendered row."""
    name: str | None
    value: str | None
    level1_code: str | None
    level2_code: str | None


@dataclass
class Page:
    text: str
    expected: list[Expected]
    variant: str


@dataclass
class _Block:
    kind: str                                # title | context | table | signoff
    rows: list[list[str | None]]             # in a table body: None = merged cell, '' = empty
    nhead: int = 0                           # header rows at the top of a table
    width: int = 0


def _expect(row: dict[str, Any], codes: bool = True) -> Expected:
    return Expected(row["name"], expected_value(row), row.get("level1_code") if codes else None,
                    row.get("level2_code") if codes else None)


def _cells(row: dict[str, Any]) -> dict[str, str | None]:
    split = row.get("op_col") is not None or row.get("unit_col") is not None
    return {"level1": row.get("level1"), "level2": row.get("level2"), "name": row.get("name"),
            "op": row.get("op_col") if split else None, "value": row.get("value_text"),
            "unit": row.get("unit_col"), "direction_col": row.get("direction_col"),
            "indicator_attr": row.get("indicator_attr"), "category": row.get("category")}


def _grid(rows: list[dict[str, Any]], source_id: str, words: dict[str, list[str]] | None = None,
          columns: tuple[str, ...] = COLUMNS, fill: Callable[[dict, int, dict], None] | None = None,
          force: Iterable[str] = ()) -> tuple[list[str], list[str], list[list[str | None]]]:
    """(columns, header, body) of one project's table; in the body a merged category cell is
    None and an empty cell ''. ``fill`` adds the cells of extra columns to a row's dict."""
    words = {**HEADER_WORDS, **(words or {})}
    grid = []
    for i, r in enumerate(rows):
        g = _cells(r)
        if fill is not None:
            fill(r, i, g)
        grid.append(g)
    force = set(force)
    cols = [c for c in columns
            if c == "name" or c in force or any(g.get(c) is not None for g in grid)]
    header = [_pick(words[c], source_id, c) for c in cols]
    body: list[list[str | None]] = []
    prev: tuple[str | None, str | None] = (None, None)
    for g in grid:
        l1, l2 = g["level1"], g["level2"]
        shown: dict[str, str | None] = {c: g.get(c) or "" for c in cols}
        if l1 is not None and l1 == prev[0]:
            shown["level1"] = None            # merged with the row above
            if l2 is not None and l2 == prev[1]:
                shown["level2"] = None
        elif l1 is None and prev[0] is None and l2 is not None and l2 == prev[1]:
            shown["level2"] = None
        prev = (l1, l2)
        body.append([shown[c] for c in cols])
    return cols, header, body


def _table(rows: list[dict[str, Any]], source_id: str) -> list[list[str]]:
    """Header and body of one project's table, categories merged, '' for an empty cell."""
    _, header, body = _grid(rows, source_id)
    return [header, *[[c or "" for c in cells] for cells in body]]


def _title(rows: list[dict[str, Any]], form: str = "绩效目标表") -> str:
    year = rows[0].get("year")
    return f"{year}年度项目支出{form}" if year else f"项目支出{form}"


def _projects(rows: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    return [list(g) for _, g in groupby(rows, key=lambda r: r.get("project"))]


def _context(group: list[dict[str, Any]]) -> list[list[str | None]]:
    context: list[list[str | None]] = [["项目名称", group[0].get("project") or "（未注明）"]]
    if group[0].get("department"):
        context.append(["主管部门", group[0]["department"]])
    return context


SIGNOFF: list[list[str | None]] = [["审核意见", "同意"], ["（盖章）"]]


def _model(rows: list[dict[str, Any]], table: Callable[[list[dict[str, Any]]], _Block],
           title: str | None = None) -> list[_Block]:
    """Title, then for each project its context rows, its table and its sign-off."""
    blocks = [_Block("title", [[title or _title(rows)]])]
    for group in _projects(rows):
        blocks.append(_Block("context", _context(group)))
        blocks.append(table(group))
        blocks.append(_Block("signoff", [list(r) for r in SIGNOFF]))
    return blocks


def _plain_table(source_id: str, **kw: Any) -> Callable[[list[dict[str, Any]]], _Block]:
    def make(group: list[dict[str, Any]]) -> _Block:
        _, header, body = _grid(group, source_id, **kw)
        return _Block("table", [header, *body], nhead=1, width=len(header))
    return make


def _row_lines(cells: list[str | None], shape: str, sep: str | None = None) -> list[str]:
    """One row in a base shape. A cell holding line breaks (a wrapped label) wraps: in pipe
    text where it stands, in space-separated text (PDF) as the next lines of the row."""
    if shape == "pipe":
        return (" | ".join(c or "" for c in cells)).split("\n")
    if shape == "spaces":
        parts = [c.split("\n") for c in cells if c]
        depth = max((len(p) for p in parts), default=1)
        joiner = sep if sep is not None else "    "
        return [joiner.join(p[k] for p in parts if k < len(p) and p[k]) for k in range(depth)]
    return "\n".join(f"{c} |" for c in cells if c).split("\n") if any(cells) else []


def _emit(blocks: list[_Block], shape: str, sep: str | None = None,
          after_body_row: Callable[[int], list[str]] | None = None) -> str:
    """The page in a base shape (pipe, spaces, cells); ``after_body_row(k)`` may add lines
    after the k-th table body row of the page (counted from 0)."""
    lines: list[str] = []
    k = 0
    for n, block in enumerate(blocks):
        for i, cells in enumerate(block.rows):
            lines += _row_lines(cells, shape, sep)
            if shape == "cells":
                lines.append("||" if (n + i) % 2 else "|")
            if block.kind == "table" and i >= block.nhead:
                if after_body_row is not None:
                    lines += after_body_row(k)
                k += 1
        lines.append("")
    return "\n".join(lines)


# --------------------------------------------------------------------------- the clean shapes
def _plain(rows: list[dict[str, Any]], source_id: str, variant: str) -> Page:
    text = _emit(_model(rows, _plain_table(source_id)), variant)
    return Page(text, [_expect(r) for r in rows], variant)


# --------------------------------------------------------------------------- the quirks
def _pipe_padded(rows: list[dict[str, Any]], source_id: str, variant: str) -> Page:
    lines: list[str] = []
    k = 0
    for block in _model(rows, _plain_table(source_id)):
        for i, cells in enumerate(block.rows):
            if block.kind != "table" or i < block.nhead:
                lines.append(" | ".join(c or "" for c in cells))
                continue
            shown = [c for c in cells if c is not None]          # merged cells left out
            line = " | ".join(shown)
            if len(shown) < block.width and _hash(source_id, f"pad{k}") % 3:
                line += " | ||||"
            lines.append(line)
            if _hash(source_id, f"bar{k}") % 4 == 0:
                lines.append(_pick(["|", "||", "|||"], source_id, f"bar-kind{k}"))
            k += 1
        lines.append("")
    return Page("\n".join(lines), [_expect(r) for r in rows], variant)


def _cells_blank(rows: list[dict[str, Any]], source_id: str, variant: str) -> Page:
    lines: list[str] = []
    for block in _model(rows, _plain_table(source_id)):
        for cells in block.rows:
            for c in cells:
                if c is not None:                # merged: left out; empty: one space
                    lines += [c or " ", ""]
    return Page("\n".join(lines), [_expect(r) for r in rows], variant)


def _cells_pipe_end(rows: list[dict[str, Any]], source_id: str, variant: str) -> Page:
    lines: list[str] = []
    for block in _model(rows, _plain_table(source_id)):
        for cells in block.rows:
            if block.kind == "title":
                lines += [c or "" for c in cells]
            else:
                lines += _row_lines(cells, "cells")
        lines.append("")
    return Page("\n".join(lines), [_expect(r) for r in rows], variant)


def _single_space(rows: list[dict[str, Any]], source_id: str, variant: str) -> Page:
    text = _emit(_model(rows, _plain_table(source_id)), "spaces", sep=" ")
    return Page(text, [_expect(r) for r in rows], variant)


def _one_line(rows: list[dict[str, Any]], source_id: str, variant: str) -> Page:
    lines: list[str] = []
    for block in _model(rows, _plain_table(source_id)):
        if block.kind == "table":
            cells = [c for r in block.rows for c in r]
            if variant == "pipe":
                lines.append(" | ".join(c or "" for c in cells))
            else:
                lines.append(" ".join(c for c in cells if c))
        else:
            for cells in block.rows:
                lines += _row_lines(cells, variant)
        lines.append("")
    return Page("\n".join(lines), [_expect(r) for r in rows], variant)


def _wrap_label(label: str) -> str:
    """A header label in a narrow column: 一级指标 -> 一级\\n指标, 一级指标名称 -> 一级指标\\n名称,
    计量单位 -> 计量\\n单位, 指标值类型 -> 指标\\n值类型; three characters or fewer stay."""
    if len(label) > 2 and label.endswith("指标"):
        return label[:-2] + "\n指标"
    at = label.find("指标")
    if at > 0 and len(label) > at + 3:
        return label[:at + 2] + "\n" + label[at + 2:]
    if len(label) >= 4:
        return label[:len(label) // 2] + "\n" + label[len(label) // 2:]
    return label


def _split_header(rows: list[dict[str, Any]], source_id: str, variant: str) -> Page:
    kind, shape = variant.split("/")
    k = 0

    def table(group: list[dict[str, Any]]) -> _Block:
        nonlocal k
        cols, header, body = _grid(group, source_id)
        if kind == "split_labels":
            out: list[list[str | None]] = [[_wrap_label(h) for h in header]]
            for cells in body:
                row = list(cells)
                for j, c in enumerate(cols):
                    cell = row[j]
                    if c in ("level1", "level2") and cell and len(cell) >= 5 \
                            and cell.endswith("指标"):
                        gap = "\n\n" if _hash(source_id, f"gap{k}/{c}") % 2 else "\n"
                        row[j] = cell[:-2] + gap + "指标"
                out.append(row)
                k += 1
            return _Block("table", out, nhead=1, width=len(header))
        span = cols.index("name") + 1            # 绩效指标 spans the category and name columns
        top: list[str | None] = ["序号", "绩效指标", *header[span:]]
        second: list[str | None] = list(header[:span])
        numbered = [[str(i), *cells] for i, cells in enumerate(body, 1)]
        return _Block("table", [top, second, *numbered], nhead=2, width=len(header) + 1)

    text = _emit(_model(rows, table), shape)
    return Page(text, [_expect(r) for r in rows], variant)


def _actual(value: str, source_id: str, salt: str) -> str:
    """A made-up 实际完成值: the target's number and what follows it, or a word."""
    if not value:
        return ""
    m = re.search(r"\d", value)
    if m:
        return value[m.start():]
    return _pick(["完成", "达成", value], source_id, salt)


def _header_words(rows: list[dict[str, Any]], source_id: str, variant: str) -> Page:
    kind, shape = variant.split("/")
    title = None
    if kind == "words":
        words = {"name": [*RARE_WORDS["name"], _pick(HEADER_WORDS["name"], source_id, "name")],
                 "value": RARE_WORDS["value"]}
        make = _plain_table(source_id, words=words)
    elif kind == "twin":
        def fill(row: dict, i: int, g: dict) -> None:
            value = g.get("value")
            same = _hash(source_id, f"twin{row['name']}{i}") % 3
            g["period"] = (value if same or not value else
                           _pick(PERIOD_PHRASES, source_id, f"phrase{i}")) if value else None
        make = _plain_table(source_id, words=TWIN_WORDS, columns=TWIN_COLUMNS, fill=fill,
                            force=("period", "value"))
    else:
        def fill(row: dict, i: int, g: dict) -> None:
            weight = _pick(["5", "10", "10", "15", "20"], source_id, f"weight{i}")
            g["actual"] = _actual(g.get("value") or "", source_id, f"actual{i}")
            g["weight"] = weight
            g["score"] = weight if _hash(source_id, f"score{i}") % 4 else str(int(weight) - 1)
            g["remark"] = _pick(REMARKS, source_id, f"remark{i}")
        make = _plain_table(source_id, words=SELF_EVAL_WORDS, columns=SELF_EVAL_COLUMNS,
                            fill=fill, force=("value", "actual", "weight", "score", "remark"))
        title = _title(rows, "绩效自评表")
    text = _emit(_model(rows, make, title), shape)
    return Page(text, [_expect(r) for r in rows], variant)


_NUMBERED = re.compile(r"^\s*(指标\d+[:：]|\d+[.、．]|[（(]\d+[)）]|其中)")


def _number_names(rows: list[dict[str, Any]], source_id: str, style: str
                  ) -> list[dict[str, Any]]:
    """Names numbered within each project; about one row in six (never the first) written
    其中：… instead; a name the table already numbers (指标1:…, 其中…) kept as it is."""
    out = []
    for group in _projects(rows):
        n = 0
        for j, row in enumerate(group):
            name = row["name"]
            if j and _hash(source_id, f"qizhong{name}{j}") % 6 == 0:
                prefix = "其中："
            else:
                n += 1
                prefix = {"label": f"指标{n}：", "dot": f"{n}.", "paren": f"（{n}）"}[style]
            out.append({**row, "name": name if _NUMBERED.match(name) else prefix + name})
    return out


def _numbered_names(rows: list[dict[str, Any]], source_id: str, variant: str) -> Page:
    style, shape = variant.split("/")
    named = _number_names(rows, source_id, style)
    text = _emit(_model(named, _plain_table(source_id)), shape)
    return Page(text, [_expect(r) for r in named], variant)


def _run_together(rows: list[dict[str, Any]], source_id: str, variant: str) -> Page:
    lines: list[str] = []
    if variant == "joined":
        for block in _model(rows, _plain_table(source_id)):
            lines += ["".join(c for c in cells if c) for cells in block.rows]
            lines.append("")
        return Page("\n".join(lines), [_expect(r) for r in rows], variant)
    bare = variant == "fragment_bare"
    for group in _projects(rows):
        cols, _, body = _grid(group, source_id)
        for cells in body:
            lines.append("".join(c for col, c in zip(cols, cells)
                                 if c and not (bare and col in ("level1", "level2"))))
        lines.append("")
    return Page("\n".join(lines), [_expect(r, codes=not bare) for r in rows], variant)


def _list_form(rows: list[dict[str, Any]], source_id: str, variant: str) -> Page:
    lines = [_title(rows), ""]
    indent = _pick(["  ", "    ", "\u3000\u3000", "\t"], source_id, "indent")
    for group in _projects(rows):
        lines += [f"{label}：{value}" for label, value in _context(group)]
        prev: tuple[str | None, str | None] = ("", "")
        for row in group:
            l1, l2 = row.get("level1"), row.get("level2")
            value = expected_value(row)
            item = row["name"] + (f"：{value}" if value else "")
            if variant == "bracket":
                cats = "-".join(c for c in (l1, l2) if c)
                lines.append(f"【{cats}】{item}" if cats else item)
                continue
            if l1 and l1 != prev[0]:
                lines.append(l1)
            if l2 and (l1 != prev[0] or l2 != prev[1]):
                lines.append(indent * (1 if l1 else 0) + l2)
            lines.append(indent * (bool(l1) + bool(l2)) + item)
            prev = (l1, l2)
        lines += ["审核意见：同意", ""]
    return Page("\n".join(lines), [_expect(r) for r in rows], variant)


def _page_noise(rows: list[dict[str, Any]], source_id: str, variant: str) -> Page:
    every = _pick([4, 5, 6, 7], source_id, "every")
    pages = (len(rows) - 1) // every + 1
    title = _title(rows)
    year = rows[0].get("year") or 2023
    url = rows[0].get("url") or "https://www.example.gov.cn/xxgk/index.html"
    day = _hash(source_id, "day") % 28 + 1

    def noise(k: int) -> list[str]:
        if (k + 1) % every or k + 1 >= len(rows):
            return []
        p = (k + 1) // every
        footer = [url, f"第{p}页 共{pages}页"]
        header = [f"{year}/3/{day} 上午10:{p:02d}", title]
        if _hash(source_id, f"order{p}") % 2:
            footer.reverse()
        return footer + header

    nav = [_pick(opts, source_id, f"nav{i}").format(year=year)
           for i, opts in enumerate(NAVIGATION) if _hash(source_id, f"navon{i}") % 3 or i == 0]
    body = _emit(_model(rows, _plain_table(source_id)), variant, after_body_row=noise)
    text = "\n".join([*nav, "", body, url, f"第{pages}页 共{pages}页", ""])
    return Page(text, [_expect(r) for r in rows], variant)


_RENDERERS: dict[str, Callable[[list[dict[str, Any]], str, str], Page]] = {
    **{s: _plain for s in SHAPES},
    "pipe_padded": _pipe_padded, "cells_blank": _cells_blank, "cells_pipe_end": _cells_pipe_end,
    "single_space": _single_space, "one_line": _one_line, "split_header": _split_header,
    "header_words": _header_words, "numbered_names": _numbered_names,
    "run_together": _run_together, "list_form": _list_form, "page_noise": _page_noise,
}


def render(rows: list[dict[str, Any]], shape: str, variant: str | None = None) -> Page:
    """Page text of one source's rows in a clean shape or with a quirk, and the rows read_table
    should give back. ``variant`` forces one of ``VARIANTS[shape]`` (else picked per source)."""
    if shape not in _RENDERERS:
        raise ValueError(f"unknown shape or quirk {shape!r}; known: {', '.join(_RENDERERS)}")
    source_id = rows[0]["source_id"]
    if variant is None:
        variant = _pick(VARIANTS[shape], source_id, f"variant/{shape}")
    elif variant not in VARIANTS[shape]:
        raise ValueError(f"{shape} has no variant {variant!r}; known: {', '.join(VARIANTS[shape])}")
    return _RENDERERS[shape](rows, source_id, variant)


def compose(rows: list[dict[str, Any]], shape: str) -> str:
    """Page text of one source's rows in one shape (or quirk)."""
    return render(rows, shape).text


# --------------------------------------------------------------------------- scoring
@dataclass
class RoundTrip:
    rows: int = 0
    right: int = 0
    by_shape: dict[str, list[int]] = field(default_factory=dict)       # shape -> [rows, right]
    by_variant: dict[str, list[int]] = field(default_factory=dict)     # "shape:variant" -> same
    sources: Counter = field(default_factory=Counter)                  # shape -> sources
    count_off: Counter = field(default_factory=Counter)                # shape -> sources read
    failures: list[dict[str, Any]] = field(default_factory=list)       # with a wrong row count
    # rows right when the rows read are paired with the expected ones in order by name
    # (difflib), so an extra or a missing row costs that row only: the held-out benchmark's rule
    aligned: dict[str, list[int]] = field(default_factory=dict)        # shape -> [rows, right]

    @property
    def share(self) -> float:
        return self.right / self.rows if self.rows else 0.0


def _same(a: str | None, b: str | None) -> bool:
    return " ".join((a or "").split()) == " ".join((b or "").split())


def _right(ind, want) -> bool:
    return _same(ind.name, want.name) and _same(ind.annual_value, want.value) and (
        ind.declared_level1_code, ind.declared_level2_code) == (want.level1_code, want.level2_code)


def _aligned(expected: list, got: list) -> list:
    """For each expected row, the row read in its place (or None): rows paired in order by
    their names with difflib, so one extra or missing row does not shift the rest."""
    from difflib import SequenceMatcher
    a = [" ".join((w.name or "").split()) for w in expected]
    b = [" ".join((g.name or "").split()) for g in got]
    out: list = [None] * len(expected)
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag in ("equal", "replace"):
            for k in range(min(i2 - i1, j2 - j1)):
                out[i1 + k] = got[j1 + k]
    return out


def _key(ind) -> tuple:
    return (ind.name, ind.annual_value, ind.declared_level1_code, ind.declared_level2_code)


def measure(published: Iterable[dict[str, Any]], shapes: Iterable[str] = SHAPES,
            workdir: Path | None = None) -> RoundTrip:
    """Compose, read back and score every source in every shape (clean shapes or quirks).
    A source read back with another number of rows than it has scores none of them."""
    rows = list(published)
    result = RoundTrip()
    tmp = Path(workdir or tempfile.mkdtemp(prefix="zhibiao-roundtrip-"))
    sources = [list(g) for _, g in groupby(rows, key=lambda r: r["source_id"])]
    for shape in shapes:
        counts = result.by_shape.setdefault(shape, [0, 0])
        for group in sources:
            page = render(group, shape)
            vcounts = result.by_variant.setdefault(f"{shape}:{page.variant}", [0, 0])
            path = tmp / f"{group[0]['source_id']}-{shape}.txt"
            path.write_text(page.text, encoding="utf-8")
            try:
                got = read_table(path)
            except ReadError as exc:
                got = []
                result.failures.append({"shape": shape, "variant": page.variant,
                                        "source_id": group[0]["source_id"], "error": str(exc)})
            result.sources[shape] += 1
            result.count_off[shape] += len(got) != len(page.expected)
            paired = _aligned(page.expected, got)
            tally = result.aligned.setdefault(shape, [0, 0])
            tally[0] += len(page.expected)
            tally[1] += sum(1 for want, ind in zip(page.expected, paired) if ind is not None and _right(ind, want))
            for i, want in enumerate(page.expected):
                ind = got[i] if i < len(got) and len(got) == len(page.expected) else None
                ok = ind is not None and _right(ind, want)
                for c in (counts, vcounts):
                    c[0] += 1
                    c[1] += ok
                result.rows += 1
                result.right += ok
                if not ok:
                    result.failures.append({
                        "shape": shape, "variant": page.variant,
                        "source_id": group[0]["source_id"], "rows_read": len(got),
                        "rows_expected": len(page.expected),
                        "want": (want.name, want.value, want.level1_code, want.level2_code),
                        "got": _key(ind) if ind else None})
    return result


def failure_summary(result: RoundTrip) -> Counter:
    return Counter((f["shape"], f["source_id"]) for f in result.failures)
