"""Single-space text copied from a PDF viewer: the wrapped pieces of cells joined back.

A viewer copies a table line by line as it is drawn, one space between cells. A cell too
wide for its column goes on in the next drawn line, and that line holds only the pieces
(社会效益指 / 标), or shares the next row's line (1 产出 数量指标 … / 2 指标 开展…: the
second half of 产出指标 beside row 2's cells). A person joins a piece to the cell above it
where the two make a class of the taxonomy or a header word; a lone short piece after a
row that ended with its value is the end of that row's name (…除险加固 6座 / 数量).

>>> join_space_wraps("一级指标 二级指标 三级指标 指标值\\n效益指标 社会效益指 受益人口 ≥2万人\\n标\\n满意度指标 服务对象满 群众满意度 ≥90%\\n意度指标")
'一级指标 二级指标 三级指标 指标值\\n效益指标 社会效益指标 受益人口 ≥2万人\\n满意度指标 服务对象满意度指标 群众满意度 ≥90%'
"""
from __future__ import annotations

import functools
import re

from .. import lexicon
from .labels import is_furniture
from .tokens import line_shape

__all__ = ["join_space_wraps"]

_VALUE = re.compile(r"\d|[≥≤<>=＜＞≧≦%％]")
_INDEX = re.compile(r"\d{1,3}")                   # a row's 序号


@functools.lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Class names of the taxonomy and header words; every start of one; the class names."""
    tax = lexicon.taxonomy()
    classes = {w for w in (*tax.level1_alias, *tax.level2_alias) if len(w) >= 2}
    words = classes | set(lexicon.headers().column_role)
    starts = {w[:n] for w in words for n in range(2, len(w))}
    return frozenset(words), frozenset(starts), frozenset(classes)


def _completes(cell: str, piece: str) -> bool:
    """The piece finishes the cell (or goes on with it) into a class name or header word,
    and is no class of its own."""
    if len(piece) > 5 or _VALUE.search(piece) or _VALUE.search(cell):
        return False
    words, starts, classes = _words()
    joined = lexicon.norm_header(cell + piece)
    return (joined in words or joined in starts) and lexicon.norm_header(piece) not in classes


def _absorbed(above: list[str], line: list[str]) -> tuple[list[str], list[str]] | None:
    """The line above with the leading pieces of this line joined to its cells (left to
    right, in order), and what is left of this line; None when no piece joins."""
    cells = list(above)
    lead = 1 if line and _INDEX.fullmatch(line[0]) else 0      # a row's 序号 stays
    j = 0
    used = lead
    for piece in line[lead:]:
        at = next((i for i in range(j, len(cells)) if _completes(cells[i], piece)), None)
        if at is None:
            break
        cells[at] += piece
        j = at + 1
        used += 1
    if used == lead:
        return None
    return cells, line[:lead] + line[used:]


def _value_tail(above: list[str], line: list[str]) -> list[str] | None:
    """A lone piece of 1–3 characters that finishes the unit the row before ends with
    (≥46.5公 / 里, ≤1519元/ / 亩, ≥1.1万 / 亩): the end of that row's value."""
    if len(line) != 1 or not re.fullmatch(r"[\u4e00-\u9fff]{1,3}", line[0]) or len(above) < 2:
        return None
    last = above[-1]
    m = re.search(r"\d([^\d\s]*)$", last)
    if not m or not _VALUE.search(last):
        return None
    units = lexicon.units()
    tail = m.group(1)
    if tail.endswith("/") or (tail + line[0]) in units.by_word or (
            tail in units.multipliers and line[0] in units.by_word):
        return above[:-1] + [last + line[0]]
    return None


def _name_tail(above: list[str], line: list[str]) -> list[str] | None:
    """A lone piece of 2–4 characters after a row that ends with its value: the end of that
    row's name, the cell before its first value."""
    if len(line) != 1 or not re.fullmatch(r"[\u4e00-\u9fff]{1,4}", line[0]) or len(above) < 2:
        return None
    if lexicon.norm_header(line[0]) in _words()[0]:
        return None
    first_value = next((i for i, c in enumerate(above) if _VALUE.search(c) and i > 0), None)
    if first_value is None or first_value != len(above) - 1 and not all(
            _VALUE.search(c) for c in above[first_value:]):
        return None
    cells = list(above)
    cells[first_value - 1] += line[0]
    return cells


_PIECE = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff（）()]{1,11}")     # not （续表）


def _name_head(above: list[str], line: list[str]) -> list[str] | None:
    """A line that ends with the first part of a name and holds no value (产出指标 数量指标
    配置分类 / 建设垃圾分类) over a line that starts with the rest of it and goes on with
    values (垃圾桶数量 ≥4800个 5120个 8 8): one row, the two pieces one name. Only where what
    comes before the piece is class names or a 序号 (a row read alone ends with its value)."""
    if len(line) < 2 or not above or any(_VALUE.search(c) and not _INDEX.fullmatch(c)
                                         for c in above):
        return None
    head, rest = above[-1], line[0]
    if not (_PIECE.fullmatch(head) and _PIECE.fullmatch(rest)) or not any(_VALUE.search(c) for c in line[1:]):
        return None
    words, starts, classes = _words()
    if any(lexicon.norm_header(x) in words or lexicon.norm_header(x) in starts for x in (head, rest)):
        return None
    if not all(lexicon.norm_header(c) in classes or _INDEX.fullmatch(c) for c in above[:-1]):
        return None
    return above[:-1] + [head + rest] + line[1:]


def join_space_wraps(text: str) -> str:
    """Page text with the pieces of wrapped cells joined to the cells they finish, where most
    lines separate their cells by single spaces (see the module's docstring)."""
    lines = text.split("\n")
    filled = [line for line in lines if line.strip()]
    if len(filled) < 4 or sum(1 for line in filled if line_shape(line) == "single") < 0.4 * len(filled):
        return text
    out: list[str] = []
    for line in lines:
        cells = line.split()
        above = out[-1].split() if out and out[-1].strip() else []
        if cells and above and line_shape(out[-1]) in ("single", "none") and not is_furniture(line):
            if (got := _absorbed(above, cells)) is not None:
                out[-1] = " ".join(got[0])
                if got[1]:
                    out.append(" ".join(got[1]))
                continue
            if (tail := _value_tail(above, cells) or _name_tail(above, cells)
                    or _name_head(above, cells)) is not None:
                out[-1] = " ".join(tail)
                continue
        out.append(line)
    return "\n".join(out)
