"""Tables drawn with box lines, as text browsers and converters print them:

    ┌────────┬────────┬──────────┬────────┐      +--------+--------+----------+--------+
    │一级指标│二级指标│三级指标  │指标值  │      | 一级   | 二级   | 三级指标 | 指标值 |
    ├────────┼────────┼──────────┼────────┤      +========+========+==========+========+
    │产出指标│数量指标│培训人次  │≥500人次│      | 产出   | 数量   | 培训人次 | ≥500   |
    │        │        ├──────────┼────────┤      |        |        +----------+--------+
    │        │        │合格率    │≥95%    │      |        |        | 合格率   | 95%    |
    └────────┴────────┴──────────┴────────┘      +--------+--------+----------+--------+

(w3m and lynx dumps, links' ASCII boxes, pandoc grid tables). The box says where every cell
ends: a rule under a column closes that column's cell there, and a cell with no rule under
it goes on (a merged cell, whose text may stand anywhere in its height, or a wrapped one).
Each cell's lines are joined (no space between Chinese text). A table's rows are the cells
of its finest column; a merged cell gives its text to the first row it spans and leaves the
rows below empty, as a spreadsheet's merged cell does (TableReader carries it down).
The text around the boxes is read as any page.
"""
from __future__ import annotations

import re
from typing import Callable

from .. import lexicon
from .grid import Row
from .labels import synthetic_header
from .layout import char_width, glue

__all__ = ["box_rows"]

_SEPARATORS = "│┃|║"
_RULES = "─━═-=~"
_CORNERS = "┌┐└┘├┤┬┴┼┏┓┗┛┣┫┳┻╋╔╗╚╝╠╣╦╩╬+"
_BOX_LINE = re.compile(rf"^\s*[{re.escape(_SEPARATORS + _CORNERS)}]")
_BORDER = re.compile(rf"^\s*[{re.escape(_CORNERS + _SEPARATORS)}][{re.escape(_RULES + _CORNERS + _SEPARATORS)}\s]*$")


def _columns(line: str, wide: bool = True) -> list[tuple[int, str]]:
    """(display column, character) of each character of a line; with `wide` False every
    character is one column (links draws its boxes counting a Chinese character as one)."""
    out, col = [], 0
    for ch in line:
        out.append((col, ch))
        col += char_width(ch) if wide else 1
    return out


def is_border(line: str) -> bool:
    return bool(_BORDER.match(line)) and any(ch in _RULES for ch in line)


def _box_lines(lines: list[str], i: int) -> int:
    """The end of the run of box lines starting at i."""
    j = i
    while j < len(lines) and lines[j].strip() and _BOX_LINE.match(lines[j]):
        j += 1
    return j


def _cells(line: str, wide: bool = True) -> list[tuple[int, int, str]]:
    """(start, end, text) of each span of a box line between two separators or junctions
    (│, ├, ┼, +), in display columns; a span of a rule holds the rule's characters."""
    chars = _columns(line.rstrip(), wide)
    bars = [c for c, ch in chars if ch in _SEPARATORS or ch in _CORNERS]
    out = []
    for a, b in zip(bars, bars[1:]):
        text = "".join(ch for c, ch in chars if a < c < b).strip()
        out.append((a, b, text))
    return out


def _ruled(line: str, a: int, b: int, wide: bool = True) -> bool:
    """Whether a line draws a rule under the cell between display columns a and b."""
    inside = [ch for c, ch in _columns(line, wide) if a < c < b]
    return bool(inside) and sum(ch in _RULES for ch in inside) >= 0.5 * len(inside)


def _is_rule(text: str) -> bool:
    return bool(text) and sum(ch in _RULES for ch in text) >= 0.5 * len(text)


def _table(block: list[str], first_line: int) -> list[Row]:
    """The rows of one box (its lines, border lines included), cut where its columns change
    (a two-column 项目名称 box over a four-column indicator table)."""
    wide = _wide(block)
    lines = [(k, _cells(l, wide)) for k, l in enumerate(block)]
    groups: list[tuple[tuple[int, ...], list]] = []
    for k, cells in lines:
        if not cells or all(_is_rule(t) for _, _, t in cells):
            continue                          # a border: it belongs to the grids on both sides
        bars = tuple(a for a, _, _ in cells) + (cells[-1][1],)
        if groups and groups[-1][0] == bars:
            groups[-1][1].append(k)
        else:
            groups.append((bars, [k]))
    # a header line of spanning labels (绩效指标 over three columns, 年度指标值) over the finer
    # columns of the table: one grid, each spanning label in the first column it spans
    merged: list[tuple[tuple[int, ...], list]] = []
    for bars, members in groups:
        if merged and len(merged[-1][1]) <= 3 and set(merged[-1][0]) < set(bars):
            merged[-1] = (bars, merged[-1][1] + members)
        else:
            merged.append((bars, members))
    rows: list[Row] = []
    for bars, members in merged:
        rows += _grid(block, bars, members[0], members[-1], first_line, wide)
    return rows


def _wide(block: list[str]) -> bool:
    """Whether the box was drawn counting a Chinese character two columns wide (w3m, lynx,
    pandoc) or one (links): the count under which more lines of text put their bars where
    the rules have their junctions."""
    rules = [l for l in block if is_border(l)]
    junctions = {c for l in rules for c, _, _ in _cells(l)} | {b for l in rules for _, b, _ in _cells(l)}
    texts = [l for l in block if not is_border(l)]

    def fits(wide: bool) -> int:
        return sum(all(c in junctions for c, _, _ in _cells(l, wide)) for l in texts)
    return fits(True) >= fits(False)


# a reStructuredText directive pandoc writes for a page's <div class="cell"> inside a grid cell
# (`.. container:: cell`, wrapped over the cell's lines): no text of the cell
_RST_DIRECTIVE = re.compile(r"^\.\.\s*[a-z-]+::\s*[\w.-]*(?![\w.-])", re.A)


def _grid(block: list[str], bars: tuple[int, ...], first: int, last: int, first_line: int,
          wide: bool = True) -> list[Row]:
    spans = list(zip(bars, bars[1:]))
    # each column's cells: [first line, last line, text], closed by a rule under the column
    cells_of: list[list[list]] = [[] for _ in spans]
    open_: list[list | None] = [None] * len(spans)
    for k in range(first, last + 1):
        line = block[k]
        pieces = _on(bars, _cells(line, wide))
        for c, (a, b) in enumerate(spans):
            text = pieces.get(a)
            if text is None or _is_rule(text) or _ruled(line, a, b, wide):
                if text is None and not _ruled(line, a, b, wide):
                    continue                  # a line that does not reach this column
                open_[c] = None               # a rule under the column: its cell ends
                continue
            if open_[c] is None:
                open_[c] = [k, k, ""]
                cells_of[c].append(open_[c])
            cell = open_[c]
            cell[1] = k
            cell[2] = glue(cell[2], text)
    finest = max(range(len(spans)), key=lambda c: len(cells_of[c]))
    rows = []
    given: set[int] = set()
    for top, bottom, _ in cells_of[finest]:
        # each column's cell on the first row it reaches into (a merged one: that row only)
        out = []
        for c in range(len(spans)):
            hit = next((cell for cell in cells_of[c] if cell[0] <= bottom and cell[1] >= top
                        and id(cell) not in given), None)
            if hit is not None:
                given.add(id(hit))
            out.append(_RST_DIRECTIVE.sub("", hit[2]).strip() if hit is not None else "")
        if any(out):
            raw = "\n".join(block[k] for k in range(top, bottom + 1))
            rows.append(Row(out, {"line": first_line + top + 1}, raw=raw, aligned=True))
    return rows


def _on(bars: tuple[int, ...], cells: list[tuple[int, int, str]]) -> dict[int, str]:
    """A line's spans by the start of the grid's column they fall in: a span over several
    columns (a spanning label) gives its text to the first and leaves the others empty."""
    out: dict[int, str] = {}
    for a, b, text in cells:
        inside = [x for x in bars[:-1] if a <= x < b]
        if not inside:
            continue
        out[inside[0]] = text
        for x in inside[1:]:
            out[x] = "" if not _is_rule(text) else text
    return out


def box_rows(text: str, other: Callable[[str], list[Row]]) -> list[Row] | None:
    """The rows of a text holding box-drawn tables (see the module doc), the text around them
    read by `other`; None when it holds none (a box needs border lines and three content lines)."""
    lines = text.split("\n")
    out: list[Row] = []
    found = False
    at = i = 0
    while i < len(lines):
        if not _BOX_LINE.match(lines[i]):
            i += 1
            continue
        j = _box_lines(lines, i)
        block = lines[i:j]
        borders = sum(1 for l in block if is_border(l))
        if borders >= 2 and len(block) - borders >= 2:
            if any(l.strip() for l in lines[at:i]):
                text = _around(lines, at, i, other)
                out += _after(text) if found else text
            out += _table(block, i)
            found, at = True, j
        i = j
    if not found:
        return None
    if any(l.strip() for l in lines[at:]):
        out += _after(_around(lines, at, len(lines), other))
    return out


def _around(lines: list[str], start: int, end: int, other: Callable[[str], list[Row]]) -> list[Row]:
    """The rows of the text between boxes: read by `other` where it holds a table of its own
    (a header), else the page's lines, one a row (a site's menu set out with bars and spaces is
    no headerless table to guess columns for)."""
    chunk = "\n".join(lines[start:end])
    rows = other(chunk)
    roles = lexicon.headers().column_role
    headers = [r for r in rows if sum(1 for c in r.cells if c and roles.get(lexicon.norm_header(c))) >= 2]
    # (the header the reader writes itself for rows it found none over: its labels are not
    # on the page)
    guessed = synthetic_header()
    if not headers or any(r.cells != guessed or all(label in chunk for label in guessed) for r in headers):
        return rows
    return [Row([line.strip()], {"line": start + k + 1}, raw=line.strip(), aligned=False)
            for k, line in enumerate(lines[start:end]) if line.strip()]


def _after(rows: list[Row]) -> list[Row]:
    """Rows of the text after a box: the box's table has ended (TableReader leaves it), so a
    line of the page is no indicator of it; a header of its own starts the next table."""
    if rows:
        rows[0].location["after_table"] = True
    return rows
