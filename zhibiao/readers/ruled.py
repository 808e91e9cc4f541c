"""Tables whose columns a rule of dashes sets out (pandoc's simple and multiline tables, and
the plain-text exports that copy them):

    一级指标   二级指标   三级指标         指标值
    ---------- ---------- ---------------- ------------
    产出指标   数量指标   组织高校毕业生参 ≥380人
                          加就业见习人数

Each run of dashes under the header is a column: a line's text is cut where the next column's
run starts, in display columns (a CJK character takes two). In a multiline table (a full-width
rule above the header, a blank line between rows) a row's lines are joined column by column
as a person reads them; in a simple table each line is a row and a blank line ends the table.
Lines outside the table stay one-cell rows (the project's context, notes).

>>> rows = ruled_rows("三级指标   指标值\\n---------- ------\\n培训人次   ≥500\\n合格率     95%")
>>> [r.cells for r in rows]
[['三级指标', '指标值'], ['培训人次', '≥500'], ['合格率', '95%']]
"""
from __future__ import annotations

import re

from .grid import Row
from .layout import char_width, glue
from .table import column_role

__all__ = ["ruled_rows"]

# two or more runs of dashes (reStructuredText's simple tables: of equals signs)
_RULE = re.compile(r"^[ \t]*(?:-{3,}(?:[ \t]+-{3,})+|={3,}(?:[ \t]+={3,})+)[ \t]*$")


def has_rule(text: str) -> bool:
    """Whether a line of `text` is a rule of dashes setting out columns (pandoc's tables)."""
    return any(_RULE.match(line) for line in text.split("\n"))
_FULL = re.compile(r"^[ \t]*-{10,}[ \t]*$")                     # a multiline table's top and bottom
_RUN = re.compile(r"-{3,}|={3,}")
_RUNS_IN_CELL = re.compile(r" {2,}")


def _starts(rule: str) -> list[int]:
    """Display column where each column starts (the rule is ASCII: index = column)."""
    return [m.start() for m in _RUN.finditer(rule.expandtabs())]


def _cut(line: str, starts: list[int]) -> list[str]:
    """A line's text in each column: a character goes to the last column starting at or
    before its display position."""
    cells = [""] * len(starts)
    col = 0
    for ch in line.expandtabs():
        k = max((i for i, s in enumerate(starts) if s <= col), default=0)
        cells[k] += ch
        col += char_width(ch)
    # (a run of spaces inside a cell stands for markup taken out where it stood, 1200]{…}[批次):
    # the pieces are glued as a wrapped cell's are
    out = []
    for c in cells:
        if c.strip() == "\\":
            c = ""                  # reStructuredText's empty cell, escaped
        pieces = _RUNS_IN_CELL.split(c.strip())
        text = pieces[0]
        for piece in pieces[1:]:
            text = glue(text, piece)
        out.append(text)
    return out


def _joined(lines: list[list[str]]) -> list[str]:
    """One row's lines joined column by column (no space between Chinese text)."""
    out = [""] * len(lines[0])
    for cells in lines:
        # pandoc's markdown ends a cell's line with a backslash where the cell had a line break
        out = [glue(a.removesuffix("\\").rstrip(), b) if b else a for a, b in zip(out, cells)]
    return out


def _header_at(lines: list[str], rule: int) -> tuple[int, bool] | None:
    """(first line of the header above the rule at `rule`, multiline?) when the lines above
    hold a header (a name column and one more role), else None."""
    top = rule
    while top > 0 and lines[top - 1].strip() and not _FULL.match(lines[top - 1]) \
            and not _RULE.match(lines[top - 1]) and rule - top < 3:
        top -= 1
    if top == rule:
        return None
    starts = _starts(lines[rule])
    head = _joined([_cut(x, starts) for x in lines[top:rule]])
    roles = {column_role(c) for c in head if c}
    if not ({"name", "packed"} & roles) or len(roles - {None}) < 2:
        return None
    multiline = top > 0 and bool(_FULL.match(lines[top - 1]))
    return top, multiline


def ruled_rows(text: str) -> list[Row] | None:
    """Rows of a text holding a table set out by a rule of dashes, or None when it holds none."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    tables = []
    for i, line in enumerate(lines):
        if _RULE.match(line) and (found := _header_at(lines, i)):
            tables.append((found[0], i, found[1]))
        elif _RULE.match(line) and (end := _headless_end(lines, i)) is not None:
            tables.append((i, i, end))
    if not tables:
        return None
    rows: list[Row] = []
    at = 0
    for top, rule, multiline in tables:
        if top < at:
            continue
        if top == rule:                  # a table without a header row: its rules above and below
            rows += _outside(lines, at, top, after_table=bool(rows))
            rows += _headless(lines, rule, multiline)
            at = multiline + 1
            continue
        rows += _outside(lines, at, top - (1 if multiline else 0), after_table=bool(rows))
        starts = _starts(lines[rule])
        rows.append(Row(_joined([_cut(x, starts) for x in lines[top:rule]]), {"line": top + 1},
                        raw="\n".join(lines[top:rule])))
        body, end = _body(lines, rule + 1, multiline)
        for first, block in body:
            rows.append(Row(_joined([_cut(x, starts) for x in block]), {"line": first + 1},
                            raw="\n".join(block)))
        at = end
    rows += _outside(lines, at, len(lines), after_table=True)
    return rows


def _headless_end(lines: list[str], rule: int) -> int | None:
    """The closing rule of a table pandoc writes without a header row (an html table whose
    labels are ordinary cells): the next rule with the same columns, text between them, and no
    header above the first (one with a header is read by _header_at)."""
    starts = _starts(lines[rule])
    for j in range(rule + 1, min(len(lines), rule + 400)):
        if _RULE.match(lines[j]):
            if _starts(lines[j]) != starts or not any(x.strip() for x in lines[rule + 1:j]):
                return None
            if _header_at(lines, j) is not None:
                return None       # a header between two rules (reStructuredText's =====): read there
            body = [_cut(x, starts) for x in lines[rule + 1:j] if x.strip()]
            roles = {column_role(c) for cells in body for c in cells if c}
            return j if {"name", "packed"} & roles else None     # the table's header is inside
    return None


def _headless(lines: list[str], rule: int, end: int) -> list[Row]:
    """The rows between the two rules of a table without a header row: a line a row, or rows
    set apart by blank lines (a multiline table) joined column by column."""
    starts = _starts(lines[rule])
    inner = lines[rule + 1:end]
    while inner and not inner[-1].strip():          # (a line of spaces above the closing rule)
        inner = inner[:-1]
    blocks: list[tuple[int, list[str]]] = []
    if any(not x.strip() for x in inner):
        block: list[str] = []
        for k, x in enumerate(inner, rule + 1):
            if x.strip():
                if not block:
                    first = k
                block.append(x)
            elif block:
                blocks.append((first, block))
                block = []
        if block:
            blocks.append((first, block))
    else:
        blocks = [(k, [x]) for k, x in enumerate(inner, rule + 1)]
    return [Row(_joined([_cut(x, starts) for x in block]), {"line": first + 1}, raw="\n".join(block))
            for first, block in blocks]


def _body(lines: list[str], start: int, multiline: bool) -> tuple[list[tuple[int, list[str]]], int]:
    """The body's rows ((first line, its lines)) and the line after the table."""
    rows: list[tuple[int, list[str]]] = []
    block: list[str] = []
    first = start
    i = start
    while i < len(lines):
        line = lines[i]
        if _FULL.match(line) or _RULE.match(line):
            i += 1
            break                                  # the table's bottom rule
        if not line.strip():
            if not multiline:
                break                              # a simple table ends at a blank line
            if block:
                rows.append((first, block))
                block = []
        else:
            if not block:
                first = i
            if multiline:
                block.append(line)
            else:
                rows.append((i, [line]))
        i += 1
    if block:
        rows.append((first, block))
    return rows, i


def _outside(lines: list[str], start: int, end: int, after_table: bool) -> list[Row]:
    """The lines around the tables, one cell each; the first after a table says it ended."""
    out = []
    for i in range(start, end):
        text = lines[i].strip()
        if text and not _FULL.match(lines[i]) and not re.fullmatch(r"[=\-~^]{3,}", text):
            out.append(Row([text], {"line": i + 1, "after_table": after_table and not out},
                           raw=text, aligned=False))
    return out
