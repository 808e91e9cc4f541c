"""Layout text of a table whose cells are centred in tall rows (a Word table printed to PDF,
then laid out as text): a wrapped name stands on lines above and below its row's value.

              居民电子健康档案
              建档人数                 ≥31.5万人
              高血压患者基层规范
                                       ≥65%
    质量指标  管理率

A row is its value's line (the anchor); the name pieces between two anchors are shared out so
that each name stands centred on its anchor, as the table drew it. Only a table that shows
this (its first name starts on a line above its value) is touched: in a table whose names
start on their value's line the pieces that follow go on the row above, as layout.py reads
them. The cells of the lines it changes are handed to layout.py, which reads
them as any row (a joined name is often wider than its column: no text could hold it).
"""
from __future__ import annotations

from typing import Callable

from .labels import is_furniture

__all__ = ["names_on_anchors"]

_MAX_LINES = 400                 # name pieces past this many: the table is left to layout.py
_MAX_ROWS = 300                  # rows past this many: class labels are left to layout.py


def names_on_anchors(body: list[str], cols, roles, column: Callable[[int, int], int],
                     cells: Callable[[str], list[tuple[int, int, str]]],
                     goes_on: Callable[[str, str], bool]) -> dict[int, list[str]]:
    """The cells of the lines of `body` (the lines under a header) that a centred table's
    reading changes, by line: each name joined on its value's line, each class label on the
    first row it spans; nothing unless the table's names stand centred."""
    if "name" not in roles:
        return {}
    name = roles.index("name")
    primary = next((k for k, r in enumerate(roles) if r in ("value", "period")), None)
    if primary is None:
        return {}
    pieces: list[tuple[int, str]] = []           # (line, text) of each name piece
    anchors: list[int] = []
    parsed = []
    last_value: tuple[int, str] | None = None    # the line above's value, when it had one
    for i, line in enumerate(body):
        words = [(s, e, t, column(s, e)) for s, e, t in cells(line)] \
            if line.strip() and not is_furniture(line.strip()) else []
        parsed.append(words)
        text = "".join(t for _, _, t, k in words if k == name)
        # a row's line: its (first) value column holds a value there that does not end the
        # value on the line above (2023年6月30 / 日前, 每学期开学后 / 30日内: no row)
        value = " ".join(t for _, _, t, k in words if k == primary)
        has_value = bool(value) and (bool(text) or not (
            last_value and last_value[0] == i - 1 and goes_on(last_value[1], value)))
        last_value = (i, value) if value else None
        if text:
            pieces.append((i, text))
        if has_value:
            anchors.append(i)
    if len(anchors) < 2 or not pieces:
        return {}
    # the first name starts above its value: no table whose names start on their value's
    # line does that (a value line without a name may be a value's wrapped end)
    if not any(i < anchors[0] for i, _ in pieces):
        return {}
    groups = _share(pieces, anchors)
    if groups is None:
        return {}
    # what each touched line holds after, column by column (None: the column's words dropped)
    put: dict[int, dict[int, str | None]] = {}
    for anchor, group in zip(anchors, groups):
        for g in group:
            put.setdefault(pieces[g][0], {})[name] = None
        if group:
            put.setdefault(anchor, {})[name] = "".join(pieces[g][1] for g in group)
    extents = [(min([anchor] + [pieces[g][0] for g in group]), max([anchor] + [pieces[g][0] for g in group]))
               for anchor, group in zip(anchors, groups)]
    # level-2 labels first: a level-1 run starts where a level-2 run does, over its children only
    level2: dict[int, str] = {}
    for role in ("level2", "category", "level1"):
        if role in roles:
            got = _labels_on_first_rows(parsed, roles.index(role), anchors, extents, put,
                                        level2 if role == "level1" else None)
            if role == "level2":
                level2 = got
    return {line: _cells_of(parsed[line], columns, len(cols)) for line, columns in put.items()}


def _labels_on_first_rows(parsed, column: int, anchors: list[int], extents: list[tuple[int, int]],
                          put: dict[int, dict[int, str | None]], level2: dict[int, str] | None
                          ) -> dict[int, str]:
    """A class column's labels, each centred on the rows it spans, moved to the first of them
    (where a merged cell's text stands in a grid), so the rows below carry it; returns the
    label of each run's first row. `level2` (level-2 labels by first row) makes a level-1 run
    start where a level-2 run does and hold only level-2s whose parent it is."""
    from ..categories import category_level, declared_codes
    from ..lexicon import taxonomy
    labels: list[list] = []                      # [first line, last line, text]
    for i, words in enumerate(parsed):
        text = "".join(t for _, _, t, k in words if k == column)
        if not text:
            continue
        last = labels[-1][2] if labels and i - labels[-1][1] <= 2 else None
        if last is not None and (category_level(last + text) is not None or (
                category_level(last) is None and category_level(text) is None)):
            labels[-1][1], labels[-1][2] = i, last + text     # 满意度指 / 标, 可持续影响 / 指标
        else:
            labels.append([i, i, text])
    if not labels:
        return {}
    fits = None
    if level2:
        parent = taxonomy().level2_parent
        parents = {r: parent.get(declared_codes(None, t)[1] or "") for r, t in level2.items()}
        codes = [declared_codes(t, None)[0] for _, _, t in labels]

        def fits(i: int, first: int, last: int) -> bool:
            if first not in level2 and first != 0:
                return False
            return all(codes[i] is None or p is None or p == codes[i]
                       for r, p in parents.items() if first <= r <= last)
    runs = _label_starts([(a + b) / 2 for a, b, _ in labels], extents, fits)
    if runs is None:
        return {}
    for a, b, _ in labels:
        for line in range(a, b + 1):
            put.setdefault(line, {})[column] = None
    for (_, _, text), first in zip(labels, runs):
        put.setdefault(anchors[first], {})[column] = text
    return {first: text for (_, _, text), first in zip(labels, runs)}


def _share(pieces: list[tuple[int, str]], anchors: list[int]) -> list[list[int]] | None:
    """Pieces (in line order) cut into one run per anchor, each run as centred on its anchor
    as can be (the sum of |mean line - anchor line| is least), a run never reaching past the
    anchors beside its own: dynamic programming from the last anchor back."""
    n, k = len(pieces), len(anchors)
    if n > _MAX_LINES:
        return None
    lines = [p[0] for p in pieces]
    inf = float("inf")
    # cost[j][start]: least cost of sharing pieces[start:] among anchors[j:]; cut: where run j ends
    cost = [[inf] * (n + 1) for _ in range(k + 1)]
    cut = [[0] * (n + 1) for _ in range(k + 1)]
    cost[k][n] = 0.0
    for j in range(k - 1, -1, -1):
        for start in range(n + 1):
            if start < n and j > 0 and lines[start] <= anchors[j - 1]:
                continue                         # would start at or before the anchor before
            ends = [n] if j == k - 1 else range(start, n + 1)
            for end in ends:
                if end > start and j + 1 < k and lines[end - 1] >= anchors[j + 1]:
                    break                        # would reach the next anchor's line
                here = abs(sum(lines[start:end]) / (end - start) - anchors[j]) if end > start else 1.0
                if here + cost[j + 1][end] < cost[j][start]:
                    cost[j][start], cut[j][start] = here + cost[j + 1][end], end
    if cost[0][0] == inf:
        return None
    groups, start = [], 0
    for j in range(k):
        end = cut[j][start]
        groups.append(list(range(start, end)))
        start = end
    return groups


def _label_starts(ys: list[float], extents: list[tuple[int, int]],
                  fits: Callable[[int, int, int], bool] | None = None) -> list[int] | None:
    """The first row of each label's run: runs follow one another to the last row, each label
    standing within its run's lines and as near their middle as can be (least total distance);
    rows before the first run carry a label from the page before (a small cost each)."""
    m, k = len(ys), len(extents)
    if k > _MAX_ROWS or m > k:
        return None
    inf = float("inf")

    def run_cost(i: int, first: int, last: int) -> float:
        lo, hi = extents[first][0], extents[last][1]
        if not lo - 1 <= ys[i] <= hi + 1 or (fits is not None and not fits(i, first, last)):
            return inf
        return abs((lo + hi) / 2 - ys[i])

    # best[i][r]: least cost of labels i.. when label i starts at row r; nxt: where i+1 starts
    best = [[inf] * k for _ in range(m)]
    nxt = [[0] * k for _ in range(m)]
    for r in range(k):
        best[m - 1][r] = run_cost(m - 1, r, k - 1)
    for i in range(m - 2, -1, -1):
        for r in range(k):
            for r2 in range(r + 1, k):
                c = run_cost(i, r, r2 - 1)
                if c == inf and extents[r2 - 1][0] - 1 > ys[i]:
                    break                        # the run has gone past the label
                if c + best[i + 1][r2] < best[i][r]:
                    best[i][r], nxt[i][r] = c + best[i + 1][r2], r2
    first = min(range(k), key=lambda r: 0.5 * r + best[0][r])
    if best[0][first] == inf:
        return None
    out = [first]
    for i in range(m - 1):
        out.append(nxt[i][out[-1]])
    return out


def _cells_of(words, columns: dict[int, str | None], width: int) -> list[str]:
    """A line's cells from its words (start, end, text, column): the words of each column in
    `columns` replaced by its text (none when None)."""
    cells = [""] * width
    for _, _, t, k in words:
        if k not in columns and k < width:
            cells[k] = f"{cells[k]} {t}" if cells[k] else t
    for k, text in columns.items():
        cells[k] = text or ""
    return cells
