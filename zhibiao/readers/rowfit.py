"""A run-together row read the way its header says it is laid out.

Where a page's run-together header is known (一级指标二级指标三级指标指标值计量单位) and its
lines are one row each, a person reads a line from both ends: the class names the header has
columns for at the start, then, from the end, one cell for each column after the name (the
unit, the value, the 指标性质 …), and the name is what lies between. A figure inside the name
(培智教学软件2套 | 100%, 义务兵家庭优待金每年3月、9月份发放 | 100%) then stays in the name,
where cutting at every figure would make two rows of one.

>>> fit_row("产出指标数量指标培训人次≥500人次", Layout(2, ("value",)))
['产出指标', '数量指标', '培训人次', '≥500人次']
>>> fit_row("场地租赁费≤万元", Layout(2, ("op", "unit")))
['场地租赁费', '≤', '万元']
>>> fit_row("台式电脑4台、笔记本电脑4台2套100%", Layout(2, ("value",)))
['台式电脑4台、笔记本电脑4台2套', '100%']
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .. import lexicon
from .runon import (_DEADLINE_NAME, _ITEM_NUMBER, _body_cell, _echo_value, _tail_words,
                    _text_value_split, _unit_words, _value_at_end, leading_classes, marks_in)

__all__ = ["Layout", "layout_of", "fit_row", "one_row_a_line", "rows_run_on"]

# columns after the name whose cell a person can find at the end of a row without a separator
_PEELABLE = {"value", "period", "actual", "op", "unit", "direction", "weight", "score"}
_VALUED = {"value", "period", "actual", "weight", "score"}
_MARKS = ("weight", "score")


@dataclass(frozen=True)
class Layout:
    classes: int                 # class columns before the name (一级, 二级)
    tail: tuple[str, ...]        # roles of the columns after the name, in order

    @property
    def values(self) -> int:
        """How many figures a row may end with (年度 and 实施期 values, 分值, 得分)."""
        return sum(1 for r in self.tail if r in _VALUED)


def layout_of(words: list[str]) -> Layout | None:
    """The layout of a run-together header's words, or None where a column after the name
    holds free text (指标解释, 偏差原因): such a row cannot be read from its end."""
    roles = [lexicon.headers().column_role.get(lexicon.norm_header(w)) for w in words]
    if "name" not in roles:
        return None
    k = roles.index("name")
    before = [r for r in roles[:k] if r != "index"]
    tail = tuple(roles[k + 1:])
    if any(r not in ("level1", "level2", "category") for r in before) \
            or not tail or any(r not in _PEELABLE for r in _without_reason(tail)):
        return None
    return Layout(len(before), tail)


def _without_reason(tail: tuple[str | None, ...]) -> tuple[str | None, ...]:
    """A 自评表's 偏差原因 column, last after its 分值/得分, is text a row ends with after its
    figures: it can be read from the end. Any other free-text column cannot."""
    return tail[:-1] if len(tail) >= 2 and tail[-1] == "remark" and tail[-2] in _MARKS else tail


def one_row_a_line(lines: list[str]) -> bool:
    """Whether a page's run-together lines are one row each: few of them hold a class name or
    a comparison, percentage or deadline with a name after it past their start (a page cut by
    width runs several rows into a line: 培训人次≥500人次培训天数≥5天)."""
    lines = [line for line in lines if len(line) >= 4]
    return len(lines) >= 2 and sum(1 for line in lines if rows_run_on(line)) <= 0.25 * len(lines)


_STRONG = re.compile(r"[≥≤<>=＜＞≧≦%％]|\d{1,2}\s*月.*前$")


def rows_run_on(text: str) -> bool:
    """A line holding more than one row: past its leading classes, a class name, or a clear
    value (≥500人次, 95%, 6月底前) with a name after it (see one_row_a_line)."""
    _, rest = leading_classes(text.strip(), 2)
    for m in _body_cell().finditer(rest):
        if m.start() == 0:
            continue
        if m.group("cls"):
            return True
        after = rest[m.end():]
        # the next row has a value of its own (or a class): 100%达标, 按8%分红 start no row
        if _STRONG.search(m.group()) and re.match(r"[\u4e00-\u9fff]{2}", after) \
                and marks_in(after) and not _value_end().fullmatch(after):
            return True
    return False


@functools.lru_cache(maxsize=1)
def _ops() -> list[str]:
    words = {*lexicon.operators().prefix_adjacent, *lexicon.headers().runon_operators,
             *lexicon.headers().op_not_joined}
    return sorted(words, key=len, reverse=True)


# a note in brackets after a value: ≥95%(2022年:90%), >=98%(百分比)
_NOTE = r"(?:[(（][^()（）]{1,12}[)）])?"
# a range or a dotted date a value may be: 18—54周岁, 2021.1.1-12.31; a rate per so many: 5人/10万人
_RANGE = r"\d+(?:\.\d+)*\s*[-—–~～至到]\s*\d+(?:\.\d+)*\s*[^\d\s≥≤<>=＜＞/]{0,4}"
_PER = r"[-+]?\d+(?:\.\d+)?\s*[^\d\s≥≤<>=＜＞/]{1,3}/\d+\s*[万千百]?[^\d\s≥≤<>=＜＞/]{1,3}"


@functools.lru_cache(maxsize=1)
def _value_end() -> re.Pattern:
    inner = _value_at_end().pattern[:-1]          # the pattern without its closing $
    return re.compile(f"(?:{_RANGE}|{_PER}|{inner}){_NOTE}$")


def _peel_word(text: str, words: list[str]) -> tuple[str, str]:
    word = next((w for w in words if len(text) > len(w) and text.endswith(w)), "")
    return (text[:-len(word)] if word else text), word


def _restated(text: str) -> tuple[str, str] | None:
    """资助经费到位率资助经费到位率100%达标: a value that starts by restating its name (four
    characters or more) begins where the restating does."""
    for n in range(len(text) // 2, 3, -1):
        if text.startswith(text[:n], n) and len(text) > 2 * n:
            return text[:n], text[n:]
    return None


def _echoed_end(text: str) -> tuple[str, str] | None:
    """保证补助专款专用专款专用, 可持续可持续: a value that repeats the end of its name."""
    for n in range(len(text) // 2, 1, -1):
        if text[-n:] == text[-2 * n:-n]:
            return text[:-n], text[-n:]
    return None


def _peel_value(text: str) -> tuple[str, str]:
    if said := _restated(text):
        return said
    m = _value_end().search(text)
    if m and m.start() >= 2:
        name, value = text[:m.start()], text[m.start():]
        # 维护时间故障发生后 | 一周内: the clause a time limit counts from is the value's
        if clause := _DEADLINE_NAME.match(name):
            return clause.group("name"), clause.group("clause") + value
        return name, value
    if echo := _echo_value(text) or _echoed_end(text):
        return echo
    pieces = _text_value_split(text)
    return (pieces[0], pieces[1]) if len(pieces) == 2 else (text, "")


@functools.lru_cache(maxsize=1)
def _compound_unit() -> re.Pattern:
    """元/学时, 人/次: a unit per another (the second may be any short word)."""
    unit = "|".join(map(re.escape, _unit_words()))
    return re.compile(rf"(?:{unit})/(?:{unit}|[\u4e00-\u9fff]{{1,3}})$")


_AFTER_UNIT = re.compile(r"[\d%％≥≤<>=＜＞≧≦)）]$")
_ONE_HAN = re.compile(r"[\u4e00-\u9fff]")


def _peel(text: str, role: str) -> tuple[str, str]:
    if role == "unit":
        m = _compound_unit().search(text)
        rest, unit = (text[:m.start()], m.group()) if m and m.start() else _peel_word(text, _unit_words())
        # a one-character unit follows a figure, an operator or the value's own unit (12场场):
        # the 期 of 长期, the 年 of 全年 are the value's own
        alone = _ONE_HAN.fullmatch(unit) and not _AFTER_UNIT.search(rest) and not rest.endswith(unit)
        return (text, "") if alone else (rest, unit)
    if role == "op":
        return _peel_word(text, _ops())
    if role == "direction":
        return _peel_word(text, _tail_words("direction"))
    if role in ("weight", "score"):
        m = re.search(r"\d+(?:\.\d+)?分?$", text)
        return (text[:m.start()], m.group()) if m and m.start() >= 2 else (text, "")
    return _peel_value(text)


_REASON = re.compile(r"(?<=[\d%％‰])[^\d%％‰]+$")
_MARKS_RUN = re.compile(r"(?<![\d.])\d+(?:\.\d+)?\d*(?:\.\d+)?$")


def _peel_reason(text: str) -> tuple[str, str]:
    """The 偏差原因 a 自评表 row ends with, after its last figure (108部分偏远村组…)."""
    m = _REASON.search(text)
    return (text[:m.start()], m.group()) if m else (text, "")


def _peel_marks(text: str) -> tuple[str, tuple[str, str]]:
    """A row's 分值 and 得分 run together (1010, 108, 55, 109.5): the one cut where both are
    marks of at most 100, the score no more than the weight, neither with a leading zero."""
    m = _MARKS_RUN.search(text)
    if not m or m.start() < 2:
        return text, ("", "")
    run = m.group()
    for k in range(1, len(run)):
        weight, score = run[:k], run[k:]
        if _mark(weight) is not None and _mark(score) is not None \
                and _mark(score) <= _mark(weight) <= 100:
            return text[:m.start()], (weight, score)
    return text, ("", "")


def _mark(text: str) -> float | None:
    if not re.fullmatch(r"(?:0|[1-9]\d*)(?:\.\d+)?", text):
        return None
    return float(text)


def _kind_between(text: str) -> tuple[str, str] | None:
    """The name and the value either side of a 定性/定量 (a 指标性质 column the header has no
    label for) inside a run-together row: 食品安全整体状况定性高中低."""
    lex = lexicon.headers()
    kinds = sorted(lex.op_not_joined - lex.direction_words, key=len, reverse=True)   # not 正向激励…
    for word in kinds:
        at = text.find(word, 2)
        if 0 < at and at + len(word) < len(text):
            return text[:at], text[at + len(word):]
    return None


def fit_row(text: str, layout: Layout) -> list[str] | None:
    """The cells of one run-together row under its header (see the module's docstring): the
    classes found at the start, the name, then one cell per column after the name, "" where a
    row leaves one empty. None when no name is left between them."""
    classes, rest = leading_classes(_ITEM_NUMBER.sub("", text.strip()), layout.classes)
    if layout.tail == ("value",) and (kind := _kind_between(rest)):
        return classes + list(kind)           # …整体状况定性高中低: 定性 is a column of its own
    tail: list[str] = []
    roles = list(layout.tail)
    while roles:
        role = roles.pop()
        if role == "remark":
            rest, cell = _peel_reason(rest.rstrip())
        elif role == "score" and roles[-1:] == ["weight"]:
            rest, marks = _peel_marks(rest.rstrip())     # 分值 and 得分 run together: 1010
            tail[:0] = list(marks)
            roles.pop()
            continue
        else:
            rest, cell = _peel(rest.rstrip(), role)
        tail.insert(0, cell.strip())
    rest = rest.strip()
    if len(rest) < 2 or not any(tail):
        return None
    while tail and not tail[-1]:
        tail.pop()                # trailing empty cells are no cells at all
    return classes + [rest] + tail
