"""How well page text is read back: compose the published tables' rows as page text in the
three shapes DESIGN.md lists, read the text with read_table, count the rows that come back
with the right name, value and declared codes.

Each source (``source_id``) becomes one page; each of its projects a table with its own
header block (项目名称, 主管部门), header row and sign-off line. Categories are merged as real
tables merge them: a level-1 cell is written only on the first row of its group, a level-2
cell only on the first row of its group within the level-1 group. Tables that split the value
get their operator, number and unit columns (the reader must join them back). Header words
vary from source to source, drawn from the variants DESIGN.md lists.
"""
from __future__ import annotations

import hashlib
import json
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from itertools import groupby
from pathlib import Path
from typing import Any, Iterable

from .readers import ReadError, read_table

__all__ = ["SHAPES", "compose", "load_published", "measure", "RoundTrip"]

SHAPES = ("pipe", "spaces", "cells")
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


def load_published(folder: Path) -> list[dict[str, Any]]:
    rows = []
    for path in sorted(folder.glob("*.jsonl")):
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
                 if line.strip()]
    return rows


def _pick(words: list[str], source_id: str, salt: str) -> str:
    h = int(hashlib.sha1(f"{source_id}/{salt}".encode()).hexdigest(), 16)
    return words[h % len(words)]


def expected_value(row: dict[str, Any]) -> str | None:
    return row.get("value_joined") or row.get("value_text")


def _cells(row: dict[str, Any]) -> dict[str, str | None]:
    split = row.get("op_col") is not None or row.get("unit_col") is not None
    return {"level1": row.get("level1"), "level2": row.get("level2"), "name": row.get("name"),
            "op": row.get("op_col") if split else None, "value": row.get("value_text"),
            "unit": row.get("unit_col"), "direction_col": row.get("direction_col"),
            "indicator_attr": row.get("indicator_attr"), "category": row.get("category")}


def _table(rows: list[dict[str, Any]], source_id: str) -> list[list[str]]:
    """Header and body of one project's table, categories merged, '' for an empty cell."""
    grid = [_cells(r) for r in rows]
    cols = [c for c in COLUMNS if c == "name" or any(g[c] is not None for g in grid)]
    header = [_pick(HEADER_WORDS[c], source_id, c) for c in cols]
    body, prev = [], (None, None)
    for g in grid:
        l1, l2 = g["level1"], g["level2"]
        shown = dict(g)
        if l1 is not None and l1 == prev[0]:
            shown["level1"] = None            # merged with the row above
            if l2 is not None and l2 == prev[1]:
                shown["level2"] = None
        elif l1 is None and prev[0] is None and l2 is not None and l2 == prev[1]:
            shown["level2"] = None
        prev = (l1, l2)
        body.append([shown[c] or "" for c in cols])
    return [header, *body]


def _render(blocks: list[list[list[str]]], shape: str) -> str:
    lines: list[str] = []
    for n, block in enumerate(blocks):
        if shape == "pipe":
            lines += [" | ".join(cells) for cells in block]
        elif shape == "spaces":
            lines += ["    ".join(c for c in cells if c) for cells in block]
        else:
            for i, cells in enumerate(block):
                lines += [f"{c} |" for c in cells if c]
                lines.append("||" if (n + i) % 2 else "|")
        lines.append("")
    return "\n".join(lines)


def compose(rows: list[dict[str, Any]], shape: str) -> str:
    """Page text of one source's rows in one shape."""
    source_id = rows[0]["source_id"]
    year = rows[0].get("year")
    title = f"{year}年度项目支出绩效目标表" if year else "项目支出绩效目标表"
    blocks: list[list[list[str]]] = [[[title]]]
    for project, group in groupby(rows, key=lambda r: r.get("project")):
        group = list(group)
        context = [["项目名称", project or "（未注明）"]]
        if group[0].get("department"):
            context.append(["主管部门", group[0]["department"]])
        blocks.append(context)
        blocks.append(_table(group, source_id))
        blocks.append([["审核意见", "同意"], ["（盖章）"]])
    return _render(blocks, shape)


@dataclass
class RoundTrip:
    rows: int = 0
    right: int = 0
    by_shape: dict[str, list[int]] = field(default_factory=dict)
    failures: list[dict[str, Any]] = field(default_factory=list)

    @property
    def share(self) -> float:
        return self.right / self.rows if self.rows else 0.0


def _same(a: str | None, b: str | None) -> bool:
    return " ".join((a or "").split()) == " ".join((b or "").split())


def _key(ind) -> tuple:
    return (ind.name, ind.annual_value, ind.declared_level1_code, ind.declared_level2_code)


def measure(published: Iterable[dict[str, Any]], shapes: Iterable[str] = SHAPES,
            workdir: Path | None = None) -> RoundTrip:
    """Compose, read back and score every source in every shape."""
    rows = list(published)
    result = RoundTrip()
    tmp = Path(workdir or tempfile.mkdtemp(prefix="zhibiao-roundtrip-"))
    sources = [list(g) for _, g in groupby(rows, key=lambda r: r["source_id"])]
    for shape in shapes:
        counts = result.by_shape.setdefault(shape, [0, 0])
        for group in sources:
            path = tmp / f"{group[0]['source_id']}-{shape}.txt"
            path.write_text(compose(group, shape), encoding="utf-8")
            try:
                got = read_table(path)
            except ReadError as exc:
                got = []
                result.failures.append({"shape": shape, "source_id": group[0]["source_id"],
                                        "error": str(exc)})
            for i, want in enumerate(group):
                ind = got[i] if i < len(got) and len(got) == len(group) else None
                ok = ind is not None and _same(ind.name, want["name"]) and _same(
                    ind.annual_value, expected_value(want)) and (
                    ind.declared_level1_code, ind.declared_level2_code) == (
                    want.get("level1_code"), want.get("level2_code"))
                counts[0] += 1
                counts[1] += ok
                result.rows += 1
                result.right += ok
                if not ok:
                    result.failures.append({
                        "shape": shape, "source_id": want["source_id"], "rows_read": len(got),
                        "rows_expected": len(group), "want": (want["name"], expected_value(want),
                                                              want.get("level1_code"),
                                                              want.get("level2_code")),
                        "got": _key(ind) if ind else None})
    return result


def failure_summary(result: RoundTrip) -> Counter:
    return Counter((f["shape"], f["source_id"]) for f in result.failures)
