"""Declared categories (一级/二级指标 cells) read into taxonomy codes.

A declared code is the code of what the table wrote, never inferred from elsewhere: a row with
only a level-2 cell has a null level-1 code. Cells may carry the seed tables' numeric prefix
("13-时效指标"), a weight ("产出指标(50分)") or a bracketed gloss ("时效指标(工期指标)").
Impossible or contradictory cells keep their text; the code is the best reading when one
exists, else null, and a rule-7 flag says what is wrong (REVIEW-RULES.md rule 7; the reasons'
templates are the "7…" entries of features/review_rules.yaml).

>>> declared_codes("1-产出指标", "13-时效指标")[:2]
('1', '13')
>>> declared_codes("成本指标", "经济成本指标")[:2]
('1', '14')
>>> c1, c2, flags = declared_codes("3-满意度指标", "5-服务对象满意度")
>>> (c1, c2, flags[0]["rule"])
('3', '31', '7')
>>> c1, c2, flags = declared_codes("2-质量指标", "11-数量指标")
>>> (c1, c2, len(flags))
(None, '11', 1)
>>> print(flags[0]["reason"])
申报类别有误：一级指标“2-质量指标”中的“质量指标”是二级指标（12，属于产出指标），不是一级指标
>>> declared_codes("实施效果指标", "产出指标")[:2]
('1', None)
"""
from __future__ import annotations

import functools
import re

from .lexicon import Taxonomy, norm_class_name, review_rules, taxonomy
from .records import make_flag

__all__ = ["declared_codes", "split_code_prefix", "category_level", "is_cost_level1"]

# "13-时效指标", "1.产出指标", "2、效益": a numeric code written before the class name
_PREFIX = re.compile(r"^\s*(\d{1,2})\s*[-－—.．、]\s*(\S.*)$")
# a trailing gloss or weight in brackets: "时效指标(工期指标)", "产出指标（50分）"
_GLOSS = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")
# "一、产出指标", "（一）数量指标": an outline number before the name
_OUTLINE = re.compile(r"^\s*[(（]?[一二三四五六七八九十]{1,3}[)）、.．]\s*")


def split_code_prefix(text: str) -> tuple[str | None, str]:
    """("13", "时效指标") from "13-时效指标"; (None, text) when no code is written."""
    m = _PREFIX.match(text)
    return (m.group(1), m.group(2).strip()) if m else (None, text.strip())


def _lookup(tax: Taxonomy, name: str, level: int) -> str | None:
    find = tax.level1_code if level == 1 else tax.level2_code
    for candidate in (name, _OUTLINE.sub("", name), _GLOSS.sub("", name),
                      _GLOSS.sub("", _OUTLINE.sub("", name))):
        if candidate and (code := find(candidate)):
            return code
    return _one_glyph_off(tax, name, level)


def _one_glyph_off(tax: Taxonomy, name: str, level: int) -> str | None:
    """A class label with one character misread (an OCR'd scan: 产岀指标, 质暈指标, 满意虔指标): the
    one class whose name differs from it in one character, other than its 指标 ending."""
    text = norm_class_name(name)
    if len(text) < 4 or not text.endswith("指标") or text in tax.level1_alias or text in tax.level2_alias:
        return None                       # a class of the other level (时效指标) is no misreading
    aliases = tax.level1_alias if level == 1 else tax.level2_alias
    codes = {code for alias, code in aliases.items() if len(alias) == len(text) and alias.endswith("指标")
             and sum(a != b for a, b in zip(alias, text)) == 1}
    return codes.pop() if len(codes) == 1 else None


@functools.lru_cache(maxsize=1 << 14)     # a table's few class cells, read on every row
def category_level(text: str | None) -> int | None:
    """1 or 2 when a cell names a class of that level (level 2 preferred when both), else None.
    Used for single category columns and for aligning page-text rows."""
    if not text or not text.strip():
        return None
    tax = taxonomy()
    number, name = split_code_prefix(text)
    code1 = _lookup(tax, name, 1)
    if code1 and norm_class_name(name) == norm_class_name(tax.level1_names[code1]):
        return 1          # 满意度指标 is also a level-2 alias, but first of all the level-1 name
    # a bare outline number ("1.资金管理情况") does not make a name a category
    coded = bool(number) and bool(re.search(r"(指标|目标)$", name))
    if _lookup(tax, name, 2) or (coded and number in tax.level2_names):
        return 2
    if code1 or (coded and number in tax.level1_names):
        return 1
    return None


# a mark between the two with spaces round it (产出指标 · 数量指标) is one separator, not three
_PAIR_SPLIT = re.compile(r"\s*[-—－–/、>＞|｜·•・]+\s*|\s+")


@functools.lru_cache(maxsize=1 << 14)
def class_pair(text: str | None) -> tuple[str, str] | None:
    """(level 1, level 2) of one cell that names both, as a spanning 绩效指标 column holds them
    when the page lost the cell border between them ("产出指标 数量指标", "成本指标-经济成本指标");
    None for anything else."""
    parts = [p for p in _PAIR_SPLIT.split(text.strip())] if text else []
    if len(parts) != 2 or not all(parts):
        return None
    first, second = parts
    if (category_level(first) == 1 or is_cost_level1(first)) and category_level(second) == 2:
        return first, second
    return None


def _reason(key: str, **fields: str) -> str:
    """A rule-7 reason from its template in features/review_rules.yaml (entries "7…")."""
    return review_rules().rules[key]["reason"].format(**fields)


def _read(tax: Taxonomy, text: str, level: int) -> tuple[str | None, list[str]]:
    """The code a cell declares at its level, and what is wrong with it (reasons)."""
    names = tax.level1_names if level == 1 else tax.level2_names
    label = "一级指标" if level == 1 else "二级指标"
    number, name = split_code_prefix(text)
    by_name = _lookup(tax, name, level)
    by_number = number if number in names else None
    other = None if by_name else _lookup(tax, name, 3 - level)   # a class of the other level
    if number and not by_number:
        if by_name:
            return by_name, [_reason("7coderead", label=label, text=text, number=number,
                                     code=by_name, code_name=names[by_name])]
        return None, [_reason("7code", label=label, text=text, number=number)]
    if other and level == 1:
        parent = tax.level2_parent[other]
        return None, [_reason("7level1", text=text, name=name, code=other,
                              parent_name=tax.level1_names.get(parent, parent))]
    if other and by_number:
        return None, [_reason("7level2", text=text, name=name, number=by_number,
                              number_name=names[by_number])]
    if by_name and by_number and by_name != by_number:
        return None, [_reason("7disagree", label=label, text=text, number=by_number,
                              number_name=names[by_number], name=names[by_name], code=by_name)]
    return by_name or by_number, []


def is_cost_level1(text: str) -> bool:
    """A level-1 cell of the 2021 scheme's 成本指标 (its level-2s are all 14)."""
    return norm_class_name(_GLOSS.sub("", split_code_prefix(text)[1])) in taxonomy().cost_level1


def declared_codes(level1: str | None, level2: str | None
                   ) -> tuple[str | None, str | None, list[dict[str, str]]]:
    """(level-1 code, level-2 code, flags) for the declared category cells."""
    c1, c2, flags = _declared_codes(level1, level2)
    return c1, c2, [dict(f) for f in flags]      # the caller's own flags, never the cache's


@functools.lru_cache(maxsize=1 << 14)     # a table's few class cells, read on every row
def _declared_codes(level1: str | None, level2: str | None
                    ) -> tuple[str | None, str | None, tuple[dict[str, str], ...]]:
    tax = taxonomy()
    reasons: list[str] = []
    c1 = c2 = None
    if level1 and level1.strip():
        c1, why = _read(tax, level1, 1)
        reasons += why
    if level2 and level2.strip():
        c2, why = _read(tax, level2, 2)
        if c2 is None and not why and not c1:
            # a level-1 name in the level-2 column (实施效果指标 | 产出指标): the table's real level 1
            c1 = _lookup(tax, split_code_prefix(level2)[1], 1)
        reasons += why
    # 2021 scheme: 成本指标 at level 1 -> 1/14 whatever its level-2 cell says (DESIGN.md)
    if level1 and is_cost_level1(level1):
        c1 = "1"
        c2 = "14" if c2 is None else c2
    if c1 and c2 and tax.level2_parent.get(c2) != c1:
        reasons.append(_reason("7pair", level2=level2 or "", code2=c2, level1=level1 or "", code1=c1))
    rule = review_rules().rules["7"]
    flags = (make_flag(7, rule["reason"].format(reasons="；".join(reasons)), rule["severity"]),
             ) if reasons else ()
    return c1, c2, flags
