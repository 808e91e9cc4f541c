"""What surrounds an indicator table in page text (features/headers.yaml): context labels
(项目名称, 主管部门, 审核意见 …) and page furniture (第1页 共3页, URLs, print timestamps).
Shared by the page-text readers."""
from __future__ import annotations

import functools
import re

from .. import lexicon

__all__ = ["OUTLINE", "context_label", "indicator_prefixed", "is_framework_class", "is_furniture", "is_issuer", "label_of",
           "running_lines", "signoff_lines", "synthetic_header"]


# 二、项目名称：…: the number of a section heading before a context label. Not OUTLINE: a row
# numbered （2） or 2. is an indicator's (（2）其中：… is a row, not the funding line 其中：)
HEADING_NUMBER = re.compile(r"^\s*[一二三四五六七八九十]{1,3}\s*[、.．]\s*")


def context_label(text: str) -> str | None:
    """What a cell's leading label sets (project, department, amount, signoff …), or None:
    the cell is the label itself, or the label followed by a colon and its value (after a
    heading's number: 二、项目名称：… over a page's second table)."""
    lex = lexicon.headers()
    key = lex.context_key.get(lexicon.norm_header(text)) if text else None
    if key is None:
        m = re.match(r"^\s*([^:：]{1,12})[:：]", HEADING_NUMBER.sub("", text or "", count=1))
        if m:
            key = lex.context_key.get(lexicon.norm_header(m.group(1)))
    return key


def indicator_prefixed(text: str) -> bool:
    """其中：… inside an indicator table is an indicator (features/headers.yaml indicator_prefixes),
    not the funding line 其中：财政拨款 it would be above the table."""
    head = lexicon.norm_header(re.split(r"[:：]", text.strip(), maxsplit=1)[0])
    return head in lexicon.headers().indicator_prefixes


def is_framework_class(text: str) -> bool:
    """决策, 项目立项, 绩效目标: a class of an evaluation framework (features/headers.yaml
    framework_classes), which a 自评表 writes in its class columns; 绩效目标 is no goal's label there."""
    return lexicon.norm_header(text) in lexicon.headers().framework_classes


@functools.lru_cache(maxsize=1)
def _furniture() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in lexicon.headers().page_noise))


def is_furniture(line: str) -> bool:
    """A whole line of page furniture (features/headers.yaml page_noise): no row."""
    return bool(_furniture().fullmatch(line.strip()))


def label_of(key: str, section: str = "context") -> str:
    """The first label features/headers.yaml lists for a context key or a column role (项目名称
    for project, 一级指标 for level1): what a reader writes where the page wrote none."""
    lex = lexicon.headers()
    table = lex.context_key if section == "context" else lex.column_role
    return next(label for label, k in table.items() if k == key)


def synthetic_header() -> list[str]:
    """一级指标 | 二级指标 | 三级指标 | 指标值: the header given to rows read without one."""
    return [label_of(role, "columns") for role in ("level1", "level2", "name", "value")]


_ISSUER = re.compile(r"\S{2,30}(局|委员会|委|政府|办公室|中心|院|所|站|队|处|科|厅|部|会|公司|街道|镇|乡)")
_FULL_DATE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")


def is_issuer(text: str) -> bool:
    """An office's name alone (某某县林业局, 某某中心, 某某局（某某办）): how a page signs what it
    published."""
    from ..categories import category_level
    bare = re.sub(r"[(（][^()（）]{2,30}[)）]$", "", text.strip())     # 某某局（某某办公室）
    return bool(_ISSUER.fullmatch(bare)) and category_level(bare) is None


def signoff_lines(lines: list[str], blank_after: bool = True) -> set[int]:
    """The lines of a signature block: an issuer alone on its line (某某县林业局) over a full
    date alone on the next (2025年2月14日), or both on one line set apart by spaces, with a
    blank line, the page's furniture (分享到… 【打印本页】) or the end after them (page text; a
    PDF's lines have no blank ones: `blank_after` False); an issuer alone right over the page's
    furniture."""
    out: set[int] = set()
    for k in range(len(lines)):
        a = lines[k].strip()
        # (one cell a line with a blank line after each, as a browser copies a page's blocks)
        j = k + 2 if blank_after and k + 2 < len(lines) and not lines[k + 1].strip() else k + 1
        b = lines[j].strip() if j < len(lines) else ""
        if _ISSUER.fullmatch(a) and _FULL_DATE.fullmatch(b) and not (
                blank_after and j + 1 < len(lines) and _text_of_its_own(lines[j + 1])):
            out |= {k, j}
        elif _ISSUER_DATE.fullmatch(a) and not (blank_after and k + 1 < len(lines)
                                                 and _text_of_its_own(lines[k + 1])):
            out.add(k)
        elif b and is_issuer(a) and is_furniture(b):
            out.add(k)          # an issuer with no date over the page's share bar or footer
    return out


def _text_of_its_own(line: str) -> bool:
    """A line after a possible signature block that is neither blank nor the page's furniture."""
    return bool(line.strip()) and not is_furniture(line)


_ISSUER_DATE = re.compile(rf"(?:{_ISSUER.pattern})\s+(?:{_FULL_DATE.pattern})")


# a printed page's running header or footer as a PDF viewer copies it: its text and the page
# number set apart by spaces (蓟岭县交通运输局2025年部门预算      3), either way round
_PAGE_NUMBERED = re.compile(r"^\s*(?:(?P<a>\S.*?\S)(?:\s{2,}|\t)(?:第\s*)?\d{1,3}(?:\s*页)?"
                            r"|(?:第\s*)?\d{1,3}(?:\s*页)?(?:\s{2,}|\t)(?P<b>\S.*?\S))\s*$")


def running_lines(lines: list[str]) -> set[int]:
    """The lines (0-based) of a running header or footer: the same text beside a page number on
    two lines or more. One such line alone could be a row of a table set out with spaces."""
    seen: dict[str, list[int]] = {}
    for k, line in enumerate(lines):
        m = _PAGE_NUMBERED.match(line)
        if m and not re.search(r"\d", (m.group("a") or m.group("b"))[-1:]):
            seen.setdefault(re.sub(r"\s+", "", m.group("a") or m.group("b")), []).append(k)
    return {k for at in seen.values() if len(at) >= 2 for k in at}


# an outline number before a heading or an item: 二、 （一） (2) 1. 1.1
OUTLINE = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．)）]|[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]"
                     r"|\d{1,2}(?:\.\d{1,2})*\s*[、.．]?)\s*")
