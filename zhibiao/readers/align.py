"""Put the cells of a page-text row that lost some of its cells back under their columns.

Page text split on runs of spaces (or one cell a line) drops merged category cells on
continuation rows and empty cells anywhere. Which columns a row lacks is decided by content:
every way of keeping the cells in order under a subset of the columns is scored by how well
each cell fits its column (a class name under 一级/二级, an operator under 计算符号, a number
under 目标值, a unit word under 计量单位) less what leaving each other column empty costs
(cheap for merged category columns, dear for the name). Tables have at most a dozen columns,
so trying every subset is fast.

>>> roles = ["level1", "level2", "name", "value"]
>>> align(["服务对象满意率", "≥90%"], roles)
[None, None, '服务对象满意率', '≥90%']
>>> align(["满意度指标", "参训学员满意度", "≥95%"], roles, carried_level1="2")
['满意度指标', None, '参训学员满意度', '≥95%']
"""
from __future__ import annotations

import functools
import itertools
import re

from .. import lexicon
from ..categories import category_level, declared_codes
from .labels import is_framework_class

__all__ = ["align", "fit", "is_op_cell", "is_number_cell", "is_unit_cell"]

_NUMBER = re.compile(r"^[-+]?\d[\d,]*(?:\.\d+)?$")
_HAS_DIGIT = re.compile(r"\d")

# what leaving a column empty costs: merged category cells are missing all the time
SKIP_COST = {"level1": 0.1, "level2": 0.2, "category": 0.2, "name": 6.0, "value": 2.5,
             "period": 2.5, "op": 0.6, "unit": 0.6, "actual": 1.5, "weight": 1.0,
             "score": 1.0, "direction": 0.8, "basis": 0.8, "explanation": 0.8, "remark": 0.5}


@functools.lru_cache(maxsize=1)
def _op_words() -> frozenset[str]:
    ops = lexicon.operators()
    return frozenset({*ops.prefix_adjacent, *ops.prefix_phrase, *lexicon.headers().op_not_joined})


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", text.translate(lexicon.FULLWIDTH))


def is_op_cell(text: str) -> bool:
    t = _norm(text)
    return bool(t) and (t in _op_words() or t in {"≥", "≤", "≧", "≦", "═", "=", "≈"})


def is_number_cell(text: str) -> bool:
    return bool(_NUMBER.match(_norm(text)))


_EXPLAINED = re.compile(r"\([^()]*\)$")


def is_unit_cell(text: str) -> bool:
    t = _norm(text)
    if not t or _HAS_DIGIT.search(t) or is_op_cell(t):
        return False
    units = lexicon.units()
    t = _EXPLAINED.sub("", t) or t                  # 台(套): the bracket explains the unit
    return t in units.by_word or all(_unit_word(p, units) for p in t.split("/") if p)


def _unit_word(text: str, units: lexicon.UnitLexicon) -> bool:
    """A unit word, perhaps after a multiplier (万亩, 百万公里)."""
    if text in units.by_word:
        return True
    return any(text.startswith(m) and text[len(m):] in units.by_word for m in units.multipliers)


def _names_a_class(cell: str, longest: int) -> bool:
    """投入目标, 管理指标, 项目立项: not in the taxonomy, but written like a category or one
    of an evaluation framework's."""
    text = re.sub(r"[(（][^()（）]*[)）]", "", _norm(cell))     # 预算(或投资规模)控制指标
    if is_framework_class(text):
        return True
    return 2 <= len(text) <= longest and text.endswith(lexicon.headers().class_endings)


def _value_word(cell: str) -> bool:
    """A target without a digit: 达标, 是, a qualitative phrase (明显提升, 持续发挥作用), or a
    comparison in words that no name starts with (不高于上年, 不低于去年: a 不… operator of
    features/operators.yaml)."""
    lex = lexicon.headers()
    norm = _norm(cell)
    return norm in lex.value_words or norm in lex.runon_text_values or norm.startswith(_not_ops())


@functools.lru_cache(maxsize=1)
def _not_ops() -> tuple[str, ...]:
    ops = lexicon.operators()
    return tuple(sorted({w for w in (*ops.prefix_adjacent, *ops.prefix_phrase) if w.startswith("不")},
                        key=len, reverse=True))


def fit(cell: str, role: str | None, carried_level1: str | None) -> float:
    """How well a cell sits under a column of this role (higher is better)."""
    level = category_level(cell)
    if role == "level1":
        if level is None:
            return 1.0 if _names_a_class(cell, 8) else -3.0
        return 3.0 if declared_codes(cell, None)[0] else 1.5
    if role in ("level2", "category"):
        if level is None:
            return 0.8 if _names_a_class(cell, 10) else -3.0
        c1, c2, _ = declared_codes(None, cell)
        if level == 1 and c2 is None:
            return 1.0             # a level-1 class under the level-2 column: possible, unlikely
        parent = lexicon.taxonomy().level2_parent.get(c2 or "")
        if carried_level1 and parent and parent != carried_level1:
            return -1.0            # a level-2 of another level-1 than the group it would join
        return 3.0
    if role == "name":
        if is_op_cell(cell) or is_number_cell(cell) or is_unit_cell(cell):
            return -3.0
        if _value_word(cell) or _norm(cell) in lexicon.headers().value_units:
            return -1.5
        if level is not None:
            return -1.0
        return 0.0 if _names_a_class(cell, 14) else 1.0     # 效果指标: written like a class
    if role in ("value", "period", "actual"):
        if is_op_cell(cell) or is_unit_cell(cell) or _norm(cell) in lexicon.headers().value_units:
            return -2.0
        if _HAS_DIGIT.search(cell) or _value_word(cell):
            return 1.5
        return -0.5 if level is not None else 0.3
    if role == "op":
        return 3.0 if is_op_cell(cell) else -5.0
    if role == "unit":
        return 2.5 if is_unit_cell(cell) or _norm(cell) in lexicon.headers().value_units else (-4.0 if _HAS_DIGIT.search(cell) else -1.0)
    if role in ("weight", "score"):
        return 1.0 if is_number_cell(cell) else -2.0
    if role == "basis":
        return 2.0 if _norm(cell) in lexicon.headers().basis_values else 0.0
    if role == "direction":   # 正向/反向, or the comparison itself where a table files it here
        return 2.0 if _norm(cell) in lexicon.headers().op_not_joined else (1.0 if is_op_cell(cell) else -2.0)
    return 0.0


def align(cells: list[str], roles: list[str | None], carried_level1: str | None = None
          ) -> list[str | None]:
    """The cells spread over the columns (None where a column has no cell), best fit first;
    ties go to leaving the leftmost columns empty, as merged cells do."""
    n, k = len(roles), len(cells)
    if k >= n:
        return list(cells[:n])
    # (a row that names its own level-1 class starts a group of it: 效益指标 | 社会效益指标 after
    # rows of 产出指标)
    own = [declared_codes(c, None)[0] if category_level(c) == 1 else None for c in cells]
    group = [next((o for j, o in enumerate(own) if o and j != i), carried_level1) for i in range(k)]
    fits = [[fit(c, r, group[i]) for r in roles] for i, c in enumerate(cells)]
    best, best_score = None, float("-inf")
    for chosen in itertools.combinations(range(n), k):
        score = sum(fits[j][i] for j, i in enumerate(chosen))
        score -= sum(SKIP_COST.get(roles[i] or "", 0.5) for i in range(n) if i not in chosen)
        score += 0.01 * sum(chosen)          # prefer leaving leading columns empty
        if score > best_score:
            best, best_score = chosen, score
    out: list[str | None] = [None] * n
    for j, i in enumerate(best or ()):
        out[i] = cells[j]
    return out
