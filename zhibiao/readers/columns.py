"""Page text of a table read column by column (text copied out of some PDFs, a screen
reader's order): each header label on its own line, then that column's cells, one a line,
then the next label with its cells:

    一级指标 / 产出指标 / 效益指标 / 二级指标 / 数量指标 / 质量指标 / 社会效益指标 /
    三级指标 / 培训人次 / 合格率 / 就业率 / 指标值 / ≥500人次 / 95% / ≥80%

A run of at least three such columns, one of names and one of values, is a table of n rows,
n the length of its value column (or of its 序号 column). A name column longer than n holds
wrapped names: its shortest lines are the ends of the line above. A class column shorter than
n held merged cells, each written once: a level-1 label covers the rows whose level-2 belongs
to it (from the taxonomy), so a span is read from the level-2 column, never from the names;
rows before the first level-1 of a page keep the one the page before ended with.
Each run becomes a header row and n aligned rows; the text around it is read as any page.
"""
from __future__ import annotations

from typing import Callable

from ..categories import declared_codes
from .grid import Row
from .labels import is_furniture, label_of
from .table import column_role, finish_roles


__all__ = ["column_major_rows"]

_MIN_COLUMNS = 3
_MIN_ROWS = 2


def _blocks(lines: list[str]) -> list[tuple[int, int]]:
    """(label line, end) of each label followed by at least two cell lines, in order."""
    labels = [i for i, l in enumerate(lines) if l.strip() and column_role(l.strip())]
    out = []
    for k, i in enumerate(labels):
        end = labels[k + 1] if k + 1 < len(labels) else len(lines)
        # a column ends at the page's furniture (第1页 共2页) or at a blank gap before other text
        j = i + 1
        while j < end and not is_furniture(lines[j].strip()) and lines[j].strip():
            j += 1
        # a level-1 column may hold one merged label only (the page's rows all 产出)
        least = 1 if column_role(lines[i].strip()) in ("level1", "category") else _MIN_ROWS
        if j - i - 1 >= least:
            out.append((i, j))
    return out


def _runs(lines: list[str]) -> list[list[tuple[int, int]]]:
    """Runs of adjacent column blocks (nothing but furniture or blanks between them) that hold a
    name column and a value column."""
    runs: list[list[tuple[int, int]]] = []
    for block in _blocks(lines):
        gap = lines[runs[-1][-1][1]:block[0]] if runs else None
        role = column_role(lines[block[0]].strip())
        # a label the run already has starts the next table (the header again on the next page)
        if runs and all(not l.strip() or is_furniture(l.strip()) for l in gap) and \
                role not in {column_role(lines[i].strip()) for i, _ in runs[-1]}:
            runs[-1].append(block)
        else:
            runs.append([block])
    out = []
    for run in runs:
        roles = _roles([lines[i].strip() for i, _ in run])
        if len(run) >= _MIN_COLUMNS and "name" in roles and "value" in roles:
            out.append(run)
    return out


def _roles(labels: list[str]) -> list[str | None]:
    """The columns' roles; a spanning 绩效指标 over a column of cells is its names when no other
    column is (in a grid it would span the class columns too, but here it heads a column)."""
    raw = [column_role(l) for l in labels]
    if "name" not in raw:
        raw = ["name" if r in ("packed", "block") else r for r in raw]
    return finish_roles(raw)


def _fit_names(cells: list[str], n: int) -> list[str]:
    """n names from the lines of a name column: the shortest lines (a wrapped name's end, 率,
    管理率) are joined to the line above, without a space."""
    extra = len(cells) - n
    if extra <= 0:
        return cells + [""] * -extra
    ends = sorted(range(1, len(cells)), key=lambda k: (len(cells[k]), k))[:extra]
    out: list[str] = []
    for k, c in enumerate(cells):
        if k in ends:
            out[-1] += c
        else:
            out.append(c)
    return out


def _level1_by_level2(level1: list[str], level2: list[str], before: str | None) -> list[str]:
    """The level-1 of each row when the level-1 column wrote each merged label once: a row takes
    the next label whose code is its level-2's parent, else keeps the one it has."""
    current, pending, out = before, list(level1), []
    for l2 in level2:
        parent = declared_codes(None, l2)[1] if l2 else None
        parent = parent[:1] if parent else None
        have = declared_codes(current, None)[0] if current else None
        if parent and have != parent:
            k = next((k for k, l1 in enumerate(pending) if declared_codes(l1, None)[0] == parent), None)
            if k is not None:
                current = pending[k]
                del pending[:k + 1]
        out.append(current or "")
    return out


def _table(lines: list[str], run: list[tuple[int, int]], before: str | None) -> tuple[list[Row], str | None]:
    labels = [lines[i].strip() for i, _ in run]
    roles = _roles(labels)
    # a label whose role the run decided (绩效指标 as names) is written as that role's own label
    labels = [label_of(r, "columns") if r and column_role(l) != r else l for l, r in zip(labels, roles)]
    columns = [[l.strip() for l in lines[i + 1:j]] for i, j in run]
    sized = [len(c) for c, r in zip(columns, roles) if r in ("value", "index")]
    n = min(sized) if sized else len(columns[roles.index("value")])
    cells = []
    for col, role in zip(columns, roles):
        if role == "name":
            col = _fit_names(col, n)
        cells.append(col + [""] * (n - len(col)) if len(col) <= n else col[:n])
    if "level1" in roles and "level2" in roles:
        k1, k2 = roles.index("level1"), roles.index("level2")
        if len(columns[k1]) < n and len(columns[k2]) == n:
            cells[k1] = _level1_by_level2(columns[k1], columns[k2], before)
    header = Row(labels, {"line": run[0][0] + 1}, raw="\n".join(labels))
    rows = [header] + [Row([c[r] for c in cells], {"line": run[0][0] + 1}, raw=" | ".join(c[r] for c in cells))
                       for r in range(n)]
    last = cells[roles.index("level1")][-1] if "level1" in roles and n else before
    return rows, last or before


def _text(lines: list[str]) -> bool:
    return any(l.strip() and not is_furniture(l.strip()) for l in lines)


def column_major_rows(text: str, other: Callable[[str], list[Row]]) -> list[Row] | None:
    """The rows of a text holding column-by-column tables (see the module doc), the text around
    them read by `other`; None when the text holds none."""
    lines = text.split("\n")
    runs = _runs(lines)
    if not runs:
        return None
    out: list[Row] = []
    at, before = 0, None
    for run in runs:
        start, end = run[0][0], run[-1][1]
        if _text(lines[at:start]):
            out += other("\n".join(lines[at:start]))
        rows, before = _table(lines, run, before)
        out += rows
        at = end
    if _text(lines[at:]):
        out += other("\n".join(lines[at:]))
    return out
