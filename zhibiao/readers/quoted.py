"""Indicator rows quoted in prose: a reviewer's notes on a table, each row it speaks of quoted
with its value (3. 产出指标-质量指标「电子送达成功率 ≥60%」「12368诉讼服务热线接通率 ≥95%」两项可以).

A quote is a row when it holds a name and a value (a space between them, or a value the
run-together grammar finds at its end). Its classes are the class names written before it on
its line, after the item's number (产出指标-质量指标, 时效指标：, 效益指标里); a quote with none
declares none: a note's line is no merged cell, so nothing carries to the next line.

>>> [r.cells for r in quoted_rows("1. 数量指标「培训人次 ≥500人次」偏低\\n2. 「合格率 ≥95%」可以")[1:]]
[['', '数量指标', '培训人次', '≥500人次'], ['', '', '合格率', '≥95%']]
"""
from __future__ import annotations

import re

from .. import lexicon
from .grid import Row
from .labels import synthetic_header
from .runon import _class_names, split_line

__all__ = ["quoted_rows"]

_QUOTE = re.compile(r"[「“『\"]([^」”』\"\n]{3,60})[」”』\"]")
_DIGIT = re.compile(r"\d")


def quoted_rows(text: str) -> list[Row] | None:
    """The rows a text's quotes hold (see the module docstring) under one header, each marked
    to declare only the classes it writes; None unless two quotes or more are rows."""
    rows = [r for n, line in enumerate(text.replace("\r\n", "\n").split("\n"), 1)
            for r in _line_rows(line, n)]
    if len(rows) < 2:
        return None
    return [Row(synthetic_header(), {"line": rows[0].location["line"]}, raw=""), *rows]


def _line_rows(line: str, n: int) -> list[Row]:
    rows: list[Row] = []
    classes = _classes_before(line, line.find("「") if "「" in line else len(line))
    for m in _QUOTE.finditer(line):
        cells = _name_value(m.group(1).strip())
        if cells is None:
            continue
        own = _classes_before(line, m.start())
        l1, l2 = own if any(own) else classes
        rows.append(Row([l1, l2, *cells], {"line": n}, raw=line.strip(), own_classes=True))
    return rows


def _name_value(quote: str) -> list[str] | None:
    """A quote's name and value (培训人次 ≥500人次; 当事人诉讼成本 有所降低), or None where it
    holds no value."""
    parts = quote.split()
    if len(parts) >= 2 and (_DIGIT.search(parts[-1]) or (len(parts) == 2 and len(parts[1]) <= 8)):
        return [" ".join(parts[:-1]), parts[-1]]
    cells = split_line(quote)
    if len(cells) == 2 and _DIGIT.search(cells[1]):
        return cells
    return None


def _classes_before(line: str, at: int) -> tuple[str, str]:
    """The level-1 and level-2 class names written on the line before position `at` (since
    the quote before it, if any)."""
    start = max(line.rfind("」", 0, at), line.rfind("”", 0, at), 0)
    tax = lexicon.taxonomy()
    l1 = l2 = ""
    for m in _class_names().finditer(line, start, at):
        word = m.group()
        if tax.level1_code(word) and not (l1 or l2):
            l1 = word             # 满意度指标 first: the level-1 class (服务对象满意度指标 after it: level 2)
        elif tax.level2_code(word):
            l2 = word
        elif tax.level1_code(word):
            l1 = word
    return l1, l2
