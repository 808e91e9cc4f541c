"""Cells run together with no separator (document previews, OCR): split what a person could.

A header run together (`一级指标二级指标三级指标指标值`) is split into the longest header words
of features/headers.yaml. Once a text has such a header, each of its run-together lines is
split the same way: class names of the taxonomy at the start (`产出指标数量指标…`), a value at
the end (`…≥500人次`, `…2024年12月底前`, `…明显提高`), the name between. A line that cannot be
split stays one token: TableReader flags it.

>>> split_runon_header("一级指标二级指标三级指标指标值")
['一级指标', '二级指标', '三级指标', '指标值']
>>> split_line("产出指标数量指标培训人次≥500人次")
['产出指标', '数量指标', '培训人次', '≥500人次']
>>> split_line("质量指标培训合格率95%以上")
['质量指标', '培训合格率', '95%以上']
"""
from __future__ import annotations

import functools
import re

from .. import lexicon
from .tokens import Token

__all__ = ["split_runon_header", "split_line", "split_runon"]


@functools.lru_cache(maxsize=1)
def _header_words() -> list[str]:
    lex = lexicon.headers()
    words = {w for w in lex.column_role} | set(lex.block_labels)
    return sorted(words, key=len, reverse=True)


@functools.lru_cache(maxsize=1)
def _class_names() -> re.Pattern:
    tax = lexicon.taxonomy()
    names = set(tax.level1_alias) | set(tax.level2_alias)
    names = sorted((n for n in names if len(n) >= 2), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names)))


@functools.lru_cache(maxsize=1)
def _value_at_end() -> re.Pattern:
    lex = lexicon.headers()
    ops = sorted({w for w in lexicon.operators().prefix_adjacent} | set(lex.runon_operators),
                 key=len, reverse=True)
    op = "|".join(map(re.escape, ops))
    number = r"[-+]?\d[\d,]*(?:\.\d+)?"
    unit = r"[^\d\s≥≤<>=＜＞]{0,7}?"
    date = r"\d{4}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?(?:底|末)?(?:前|之前|以前|内)?"
    words = "|".join(map(re.escape, sorted(lex.runon_text_values, key=len, reverse=True)))
    return re.compile(rf"(?:(?:{op})\s*)?(?:{date}|{number}\s*{unit}(?:以上|以下|以内|及以上)?|{words})$")


def split_runon_header(text: str) -> list[str] | None:
    """The header words of a run-together header, or None when some text is no header word."""
    key = lexicon.norm_header(text) if "(" not in text and "（" not in text else text
    out, i = [], 0
    words = _header_words()
    while i < len(key):
        word = next((w for w in words if key.startswith(w, i)), None)
        if word is None:
            return None
        out.append(word)
        i += len(word)
    return out if len(out) >= 3 else None


def split_line(text: str) -> list[str]:
    """Class names at the start, a value at the end, the name between (see the docstring)."""
    cells: list[str] = []
    rest = text.strip()
    pattern = _class_names()
    while (m := pattern.match(rest)) and len(cells) < 2:
        cells.append(m.group())
        rest = rest[m.end():].lstrip(" -—：:")
    value = None
    m = _value_at_end().search(rest)
    if m and m.start() > 0:
        value = rest[m.start():].strip()
        rest = rest[:m.start()].strip()
    if rest:
        cells.append(rest)
    if value:
        cells.append(value)
    return cells


def split_runon(tokens: list[Token]) -> list[Token]:
    """Tokens with run-together headers split, and, in a text that has one, every
    run-together line split into its cells."""
    runon = False
    out: list[Token] = []
    for t in tokens:
        alone = t.gap not in ("sep", "wsep")
        words = split_runon_header(t.text) if alone and len(t.text) >= 8 else None
        if words:
            runon = True
            out += [Token(w, t.gap if k == 0 else "sep", t.line) for k, w in enumerate(words)]
            continue
        if runon and alone and len(t.text) >= 4:
            cells = split_line(t.text)
            out += [Token(c, t.gap if k == 0 else "sep", t.line) for k, c in enumerate(cells)]
            continue
        out.append(t)
    return out
