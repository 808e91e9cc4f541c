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
from typing import Callable

from .. import lexicon
from . import value_cut

__all__ = ["split_runon_header", "split_line", "split_text", "split_body",
           "values_in", "marks_in", "join_wrapped_runon", "leading_classes", "header_then_rows",
           "header_then_classes", "value_at_start"]


# a deadline in words: 年底前 (this year's end), 一周内, 两个工作日内
_SPAN_IN_WORDS = (r"年(?:底|末)(?:前|之前|以前)?"
                  r"|[一二三四五六七八九十两半]{1,3}个?(?:小时|天|日|周|星期|月|季度|年|工作日)(?:内|以内|之内)")

# "3、产出指标数量指标…": an item's number before its classes is no part of any cell
_ITEM_NUMBER = re.compile(r"^\s*\d{1,2}\s*[、.．]\s*(?=[\u4e00-\u9fff]{2,6}(?:指标|目标))")


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


def rate_prefix(text: str) -> bool:
    """每月, 每季度 (features/headers.yaml runon_value_prefixes), 每 and up to three characters
    (每站, 每亩, 每个基地), or a hedge (value_hedges: 一般, 原则上): the words a value per thing or
    per period, or a hedged one, starts with (每站不超过2万元, 一般不超过10天), no name."""
    text = text.strip()
    lex = lexicon.headers()
    return text in lex.runon_value_prefixes or text in lex.value_hedges \
        or bool(re.fullmatch(r"每[\u4e00-\u9fff]{1,3}", text))


@functools.lru_cache(maxsize=1)
def _value_at_end() -> re.Pattern:
    lex = lexicon.headers()
    ops = sorted({w for w in lexicon.operators().prefix_adjacent} | set(lex.runon_operators),
                 key=len, reverse=True)
    op = "|".join(map(re.escape, ops))
    number = r"[-+]?\d[\d,]*(?:\.\d+)?"
    unit = r"[^\d\s≥≤<>=＜＞]{0,7}?"
    date = r"\d{4}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?(?:底|末)?(?:前|之前|以前|内)?"
    # 11月底之前, 6月30日前: a deadline without its year
    date += r"|\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?(?:(?:底|末|中旬|上旬|下旬)(?:前|之前|以前)?|前|之前|以前)"
    date += "|" + _SPAN_IN_WORDS
    words = "|".join(map(re.escape, sorted(lex.runon_text_values, key=len, reverse=True)))
    # 每月15日前, 每季度末: a deadline that recurs; 由0.52提高到0.55: a change from one figure to
    # another (the words of change are runon_value_verbs)
    every = "|".join(map(re.escape, sorted(lex.runon_value_prefixes, key=len, reverse=True)))
    every += r"|每[\u4e00-\u9fff](?=\s*(?:\d|" + op + "))"     # 每村≥10万元, 每亩300元: a rate per thing
    verbs = "|".join(map(re.escape, sorted(lex.runon_value_verbs, key=len, reverse=True)))
    change = rf"由\s*{number}\s*{unit}(?:{verbs})(?:到|至)\s*"
    # a change against a base other than last year (较建设前提高0.5个等级, 较基期下降)
    compared = "|".join(map(re.escape, lex.runon_compared_with)) or "(?!)"
    change += rf"|(?:{compared})[\u4e00-\u9fff\d]{{1,6}}?(?:{verbs})\s*"
    # a value in words takes no operator before it: 是否存在违规行为否 ends with 否, not 为否
    return re.compile(rf"(?:(?:{every})?(?:(?:{op})\s*|{change})?(?:{date}|{number}\s*{unit}"
                      rf"(?:以上|以下|以内|及以上)?)|(?:{words}))$")


@functools.lru_cache(maxsize=1)
def value_start() -> str:
    """A pattern for how a value cell starts: a comparison of features/headers.yaml's
    runon_operators (≥, 不低于, 较上年下降 …) or a digit."""
    ops = sorted(lexicon.headers().runon_operators, key=len, reverse=True)
    return "(?:" + "|".join(map(re.escape, ops)) + r"|\d)"


def header_then_rows(text: str) -> bool:
    """Whether a text starts with a run-together header and goes on past it (一级指标二级指标
    三级指标指标值产出指标数量指标受益学生人数≥21500人: the header and the first row on one
    line of a document preview)."""
    m = _header_run().match(text)
    return m is not None and split_runon_header(text) is None \
        and split_runon_header(m.group()) is not None and bool(_class_names().match(text, m.end()))


def value_at_start(text: str) -> bool:
    """Whether a cell is a value and nothing else (≥12公里, 2024年10月31日前, 明显提升)."""
    m = _value_at_end().search(text)
    return bool(m) and m.start() == 0


def header_then_classes(text: str) -> tuple[list[str], list[str]] | None:
    """A run-together header whose line goes on into the first row's class names (…偏差原因
    分析及改进措施产出指标数量指标): its header words and those classes, else None."""
    m = re.search(f"(?:{_class_names().pattern})+$", text)
    if m is None or m.start() == 0:
        return None
    words = split_runon_header(text[:m.start()])
    classes, rest = leading_classes(m.group(), 2)
    return (words, classes) if words and classes and not rest else None


@functools.lru_cache(maxsize=1)
def _header_run() -> re.Pattern:
    """Three or more header words run together, anywhere in a text."""
    words = [w for w in _header_words() if len(w) >= 3]
    return re.compile("(?:" + "|".join(map(re.escape, words)) + "){3,}")


@functools.lru_cache(maxsize=1)
def _context_labels() -> re.Pattern:
    lex = lexicon.headers()
    words = [w for w, key in lex.context_key.items()
             if len(w) >= 4 and key in ("project", "department", "spending_unit", "amount", "goal", "signoff")]
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


@functools.lru_cache(maxsize=1)
def _body_cell() -> re.Pattern:
    """A class name, or a value (operator, number and a known unit; a date) in run-together
    table text: the marks between which the names lie."""
    lex = lexicon.headers()
    ops = sorted({*lexicon.operators().prefix_adjacent, *lex.runon_operators}, key=len, reverse=True)
    op = "|".join(map(re.escape, ops))
    units = sorted({w for w in lexicon.units().by_word if w} | {"%", "％"}, key=len, reverse=True)
    unit = "|".join(map(re.escape, units))
    number = r"[-+]?\d[\d,]*(?:\.\d+)?"
    date = r"\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:底|末)?(?:前|之前|以前|内)?"
    date += r"|\d{1,2}月(?:\d{1,2}日)?(?:(?:底|末|中旬|上旬|下旬)(?:前|之前|以前)?|前|之前|以前)"
    date += "|" + _SPAN_IN_WORDS
    # 元/人·月: a rate per person and month; 1.5万册: a unit after its multiplier; 10320/年
    compound = rf"(?:(?:{unit})(?:/(?:{unit}|[^\d\s/]{{1,4}}?)(?:·[年月日天周次])?)?|/[年月日天周次人户台件个])"
    # 600册（件）: a unit explained by another in brackets; 1/10000: a fraction
    explained = rf"(?:[(（](?:{unit})[)）])?"
    fraction = r"(?:/\d+(?!\s*[年月日]))?"
    value = (rf"(?:(?:{op})\s*)?(?:{date}|{number}{fraction}\s*(?:[万亿千百](?={unit}))?(?:{compound}{explained})?"
             rf"(?:以上|以下|以内|及以上|之内|内(?![部外控设]))?)")
    tax = lexicon.taxonomy()
    names = sorted((n for n in {*tax.level1_alias, *tax.level2_alias} if n.endswith(("指标", "目标"))),
                   key=len, reverse=True)
    # a class with its weight in brackets (满意度指标(10分)) is one cell
    weight = r"(?:[(（]\d{1,3}(?:\.\d{1,2})?分[)）])?"
    return re.compile(rf"(?P<cls>(?:{'|'.join(map(re.escape, names))}){weight})|(?P<val>{value})")


def split_text(text: str) -> list[tuple[str, bool]] | None:
    """Cells of a long run-together text holding an indicator header (a document preview):
    context labels and their values, the header words, then class names, names and values.
    None when the text holds no run-together header."""
    m = _header_run().search(text)
    if m is None:
        return None
    cells: list[str] = []
    starts: set[int] = set()          # cells that start a line of their own (labels, header)
    begin = _header_start(text, m.start())
    prefix = text[:begin]
    pos = 0
    for c in _context_labels().finditer(prefix):
        if c.end() >= len(prefix) or prefix[c.end()] == "表":
            continue          # a label that ends the text, or part of a title (…绩效目标表)
        if c.start() > pos and not re.fullmatch(r"\s*\d{1,2}\s*[、.．]\s*", prefix[pos:c.start()]):
            cells.append(prefix[pos:c.start()].strip())
        starts.add(len(cells))
        cells.append(c.group())
        pos = c.end()
    if prefix[pos:].strip():
        cells.append(prefix[pos:].strip())
    starts.add(len(cells))
    end = _header_end(text, m.end())
    head = split_runon_header(text[begin:end]) or [text[begin:end]]
    if len(head) > 3 and lexicon.norm_header(head[0]) in lexicon.headers().block_labels:
        head = head[1:]       # 绩效指标 over 一级指标二级指标…: the block's label, no column
    cells += head
    rows = _numbered_rows(text[end:]) if _role(head[0]) == "index" else None
    if rows is None:
        cells += split_body(text[end:])
    remark = _role(head[-1]) == "remark"
    for number, row in rows or ():
        starts.add(len(cells))    # 序号 1, 2, 3… between the rows: each starts a row
        cells += [number] + (_remark_joined(split_body(row)) if remark else split_body(row))
    return [(c, k in starts) for k, c in enumerate(cells) if c]


def _remark_joined(cells: list[str]) -> list[str]:
    """One row's cells under a header whose last column is 备注: what follows the row's first
    value after its name is the remark, one cell (≥600枚 | 含防雹弹200枚)."""
    for k, c in enumerate(cells):
        if k and value_at_start(c) and not _class_names().fullmatch(cells[k - 1]) and k + 1 < len(cells):
            return cells[:k + 1] + ["".join(cells[k + 1:])]
    return cells


def _header_start(text: str, start: int) -> int:
    """Where a run-together header starts: before the run of longer words, a short one of the
    lexicon's header words too (序号一级指标…)."""
    words = [w for w in _header_words() if _role(w) and len(w) <= 2]
    word = next((w for w in words if text.endswith(w, 0, start)), None)
    return start - len(word) if word else start


def _header_end(text: str, end: int) -> int:
    """Where a run-together header ends: past the run of longer words, its short ones too
    (…指标值备注, …指标值分值): a header word of the lexicon that is no class name."""
    words = [w for w in _header_words() if _role(w)]
    while not _class_names().match(text, end):
        word = next((w for w in words if text.startswith(w, end)), None)
        if word is None:
            break
        end += len(word)
    return end


_ROW_NUMBER_AFTER = re.compile(r"[\u4e00-\u9fff“（(【]")


def _numbered_rows(body: str) -> list[tuple[str, str]] | None:
    """A run-together body under a header that starts with 序号, cut at its row numbers 1, 2,
    3… in turn (…新建标准化固定作业点4个2购置增雨防雹火箭弹…): a row number stands between a
    character that is no figure or sign and Chinese text that is no unit (not the 2 of ≥2期 or
    of 28万元). None unless three rows or more are found."""
    body = body.lstrip()
    if not body.startswith("1") or body[1:2].isdigit():
        return None
    cuts, at, k = [0], 1, 2
    while True:
        # a figure before the number only where nothing else will do (发生率0 | 6 时效指标…)
        found = _row_number_at(body, str(k), at)
        if found is None:
            found = _row_number_at(body, str(k), at, after_figure=True)
        if found is None:
            break
        cuts.append(found)
        at, k = found + len(str(k)), k + 1
    if len(cuts) < 3:
        return None
    cuts.append(len(body))
    return [(str(n + 1), body[cuts[n] + len(str(n + 1)):cuts[n + 1]].strip()) for n in range(len(cuts) - 1)]


def _row_number_at(body: str, number: str, start: int, after_figure: bool = False) -> int | None:
    units = _unit_words()
    signs = r"[.,．≥≤<>=＜＞≧≦~～\-+]" if after_figure else r"[\d.,．≥≤<>=＜＞≧≦~～\-+]"
    at = body.find(number, start + 2)
    while at >= 0:
        before, after = body[at - 1:at], body[at + len(number):]
        if not re.match(signs, before) and _ROW_NUMBER_AFTER.match(after) \
                and not any(after.startswith(u) for u in units if u[:1] == after[:1]) \
                and not after.startswith(("年", "月", "日", "号")):
            return at
        at = body.find(number, at + 1)
    return None


_OPENS = set("(（[【")
_PHRASE_GOES_ON = set(")）]】,，、的")


def split_body(body: str) -> list[str]:
    """Run-together table text cut at class names and values (operator, number, known unit;
    dates): the names lie between them. A bare number inside a name (PM2.5) is no value."""
    cells: list[str] = []
    body = _ITEM_NUMBER.sub("", body)
    pos = 0
    after_value = False
    for c in _body_cell().finditer(body):
        if c.group("val") is not None and not re.search(r"\d", c.group()):
            continue
        if c.group("val") is not None and c.start() == pos and not re.match(r"[≥≤<>=＜＞≧≦]", c.group()) \
                and (not after_value or _name_goes_on(body, c.end())):
            continue        # a row starts with its name: 7岁以下儿童…, ≥75%65岁及以上老年人… is no value
        if c.group("val") is not None and c.start() > pos and not re.search(r"[≥≤<>=%％＜＞﹤﹥≧≦]|[^\d.,]$", c.group()) \
                and c.end() < len(body):
            continue        # a bare number inside a name (PM2.5), not a value
        if c.group("val") is not None and (body[c.start() - 1:c.start()] in _OPENS
                                           or body[c.end():c.end() + 1] in _PHRASE_GOES_ON):
            continue        # 预算执行进度(7月)…, 截至2026年12月底,项目…: inside a name
        if c.start() > pos:
            cells.append(body[pos:c.start()].strip())
        cells.append(c.group().strip())
        after_value = c.group("val") is not None
        pos = c.end()
    if body[pos:].strip():
        cells.append(body[pos:].strip())
    cells = _compared_values(_deadline_clauses([c for c in cells if c]))
    # 化肥使用量较上年下降 before ≥2%: the name ends in words a value may be, its value follows
    return [piece for k, c in enumerate(cells)
            for piece in ([c] if k + 1 < len(cells) and re.search(r"\d", cells[k + 1])
                          and not _class_names().fullmatch(_WEIGHT.sub("", cells[k + 1]))
                          else _text_value_split(c))]


# a time limit's name ends in one of these; the clause after it (受理后, 收到申请之日起) starts the value
_DEADLINE_NAME = re.compile(r"^(?P<name>.*(?:时限|时间|期限|周期|时长|用时))(?P<clause>[\u4e00-\u9fff]{1,8}?(?:后|之日起|起))$")


_CLAUSE = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:后|之日起|起)")


@functools.lru_cache(maxsize=1)
def _comparison_at_end() -> re.Pattern:
    lex = lexicon.headers()
    verbs = "|".join(map(re.escape, sorted(lex.runon_value_verbs, key=len, reverse=True)))
    compared = "|".join(map(re.escape, lex.runon_compared_with)) or "(?!)"
    return re.compile(rf"(?:{compared})[\u4e00-\u9fff]{{1,8}}?(?:{verbs})$")


def _compared_values(cells: list[str]) -> list[str]:
    """经济损失较近三年平均减少 | 15%: a comparison the name ends with starts the bare figure
    after it (较近三年平均减少15%)."""
    out = list(cells)
    for k in range(len(out) - 1):
        m = _comparison_at_end().search(out[k])
        if m and m.start() >= 2 and re.match(r"\d", out[k + 1]):
            out[k], out[k + 1] = out[k][:m.start()], m.group() + out[k + 1]
    return out


def _deadline_clauses(cells: list[str]) -> list[str]:
    """补贴资金审核发放时限受理后 | 20个工作日内: the clause a time limit counts from (受理后)
    belongs to the value after it, not to the name."""
    out = list(cells)
    for k in range(len(out) - 1):
        if not re.match(r"\d", out[k + 1]):
            continue
        m = _DEADLINE_NAME.match(out[k])
        if m:
            out[k], out[k + 1] = m.group("name"), m.group("clause") + out[k + 1]
        elif k and re.search(r"\d", out[k - 1]) and _CLAUSE.fullmatch(out[k]):
            out[k], out[k + 1] = "", out[k] + out[k + 1]      # the twin column's own clause
    return [c for c in out if c]


def _name_goes_on(body: str, end: int) -> bool:
    """After a figure that follows a value, Chinese text that is no class name: the figure
    starts the next row's name (65岁及以上老年人健康管理率)."""
    rest = body[end:end + 1]
    return bool(re.match(r"[\u4e00-\u9fff]", rest)) and not _class_names().match(body, end)


@functools.lru_cache(maxsize=1)
def _text_value_at_end() -> re.Pattern:
    words = sorted(lexicon.headers().runon_text_values, key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, (w for w in words if len(w) >= 4))) + ")$")


def _echo_value(text: str) -> tuple[str, str] | None:
    """制度健全性健全, 体系健全健全: a value in words (features/headers.yaml value_words) that
    repeats the end of its name (with or without 性) is a cell of its own."""
    for word in sorted(lexicon.headers().value_words, key=len, reverse=True):
        if len(word) < 2 or not text.endswith(word):
            continue
        head = text[:-len(word)]
        if len(head) >= 3 and (head.endswith(word) or head.endswith("性")):
            return head, word
    return None


def _text_value_split(cell: str) -> list[str]:
    """夜间出行安全明显改善: a name with a value in words run on after it (明显改善, from the
    lexicon's qualitative values; else where the value-cut model is sure) is two cells."""
    if _class_names().fullmatch(cell):
        return [cell]
    if not re.search(r"\d", cell) and (two := _two_rows_in_words(cell)):
        return two
    if not re.search(r"\d", cell):
        m = _text_value_at_end().search(cell)
        if m and m.start() >= 2:
            return [cell[:m.start()], m.group()]
        if echo := _echo_value(cell):
            return list(echo)
    if learned := value_cut.cut(cell):       # 特殊教育资源扩大: a value in words no list holds
        return list(learned)
    return [cell]


@functools.lru_cache(maxsize=1)
def _text_value_inside() -> re.Pattern:
    words = sorted(lexicon.headers().runon_text_values, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, (w for w in words if len(w) >= 4))))


def _two_rows_in_words(cell: str) -> list[str] | None:
    """欺诈骗保行为发生率较上年下降医保基金运行安全平稳可控: two rows whose values are in words, run
    together. A listed value in words inside the text (较上年下降, four characters or more) ends the
    first row where what follows is itself a name and a value (the value-cut model or a listed
    value at its end finds the cut): [name, value, name, value]."""
    for m in _text_value_inside().finditer(cell):
        rest = cell[m.end():]
        if m.start() < 4 or len(rest) < 6:
            continue
        end = _text_value_at_end().search(rest)
        second = [rest[:end.start()], end.group()] if end and end.start() >= 4 else value_cut.cut(rest)
        if second and len(second[0]) >= 4:       # a name of four characters or more each
            return [cell[:m.start()], m.group(), *second]
    return None


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


_WEIGHT = re.compile(r"[(（]\d{1,3}(?:\.\d{1,2})?分[)）]")
_NUMBERED = re.compile(r"\d{1,2}\s*[:：]")


@functools.lru_cache(maxsize=1)
def _fused_classes() -> dict[str, tuple[str, str]]:
    """Level-2 aliases that are a level-1 class and a level-2 class written together
    (产出数量指标 = 产出 + 数量指标), each with its two parts, read from the taxonomy."""
    tax = lexicon.taxonomy()
    out: dict[str, tuple[str, str]] = {}
    for alias, code in tax.level2_alias.items():
        for head in sorted(tax.level1_alias, key=len, reverse=True):
            tail = alias[len(head):]
            if (alias.startswith(head) and tax.level1_alias[head] == tax.level2_parent[code]
                    and tax.level2_alias.get(tail) == code):
                out[alias] = (head, tail)
                break
    return out


def leading_classes(text: str, most: int) -> tuple[list[str], str]:
    """Up to ``most`` class names of the taxonomy at the start of a text, and the rest. Where
    a row runs its two class cells together as one level-2 alias (产出 + 数量指标 read as
    产出数量指标), both cells are given back when two are wanted."""
    cells: list[str] = []
    rest = text
    pattern = _class_names()
    while (m := pattern.match(rest)) and len(cells) < most:
        cls = m.group() + (w.group() if (w := _WEIGHT.match(rest, m.end())) else "")
        after = rest[len(cls):].lstrip(" -—：:·•・")
        if not m.group().endswith(("指标", "目标")) and len(_value_at_end().sub("", after)) < 3:
            break           # 项目完成时限2025年12月: 项目完成 is a class only before a name
        if m.group().endswith("指标") and _NUMBERED.match(after) \
                and pattern.fullmatch(m.group()[:-2]):
            cls = m.group()[:-2]      # 社会效益指标1:是否…: the row's name is 指标1:是否…
            after = rest[len(cls):]
        fused = _fused_classes().get(m.group()) if not cells and most >= 2 else None
        if fused and not pattern.match(after):
            cells += [fused[0], fused[1] + cls[len(m.group()):]]
        else:
            cells.append(cls)   # 满意度指标(10分): the class and its weight
        rest = after
    return cells, rest


def split_line(text: str) -> list[str]:
    """Class names at the start, a value at the end, the name between (see the docstring)."""
    cells, rest = leading_classes(_ITEM_NUMBER.sub("", text.strip()), 2)
    value = None
    m = _value_at_end().search(rest)
    if m and m.start() > 0:
        value = rest[m.start():].strip()
        rest = rest[:m.start()].strip()
    elif echo := _echo_value(rest):
        rest, value = echo
    elif learned := value_cut.cut(rest):
        rest, value = learned
    if rest:
        cells.append(rest)
    if value:
        cells.append(value)
    return cells


def _split_row(text: str) -> list[str]:
    """One run-together row: cut at classes and values; a trailing qualitative value
    (明显提升) split off the name where no value was found."""
    cells = split_body(text)
    if cells and not any(re.search(r"\d", c) for c in cells[-1:]) and len(cells) <= 3:
        return split_line(text)
    # 项目产出产出数量进出口…: classes not written …指标 are not cut by split_body
    k = 0
    while k < len(cells) and k < 2 and _class_names().fullmatch(_WEIGHT.sub("", cells[k])):
        k += 1
    if k < 2 and k < len(cells) - 1:
        heads, rest = leading_classes(cells[k], 2 - k)
        if heads and rest:
            cells = cells[:k] + heads + [rest] + cells[k + 1:]
    # …≥420个接入社会公共视频资源2600路以上: the last row's value has a unit the cut does
    # not know; the end of the line is a value all the same
    last = cells[-1] if len(cells) >= 3 else ""
    m = _value_at_end().search(last)
    head = last[:m.start()] if m else ""
    opened = sum(head.count(c) for c in "(（") > sum(head.count(c) for c in ")）")
    # (a short head is a clause of the value's own: 灾后72小时内 is one value)
    if m and m.start() >= 4 and not opened and not _class_names().fullmatch(last):
        cells[-1:] = [last[:m.start()], last[m.start():]]
    return cells


@functools.lru_cache(maxsize=1)
def _unit_words() -> list[str]:
    lex = lexicon.headers()
    units = {w for w in lexicon.units().by_word if w} | {"%", "％"} | set(lex.value_units)
    return sorted(units, key=len, reverse=True)


def _tail_words(role: str | None) -> list[str]:
    """What the last column of a header holds, where a row may run on into it: units, or the
    direction words (正向, 定性) of a 指标方向/指标属性 column."""
    if role == "unit":
        return _unit_words()
    if role == "direction":
        return sorted(lexicon.headers().op_not_joined, key=len, reverse=True)
    return []


def _peel_unit(text: str, words: list[str] | None = None) -> list[str] | None:
    """Under a header whose last column is the unit (…指标值计量单位), a row's value runs on
    into its unit: …40%% is 40% and %, …否是/否 is 否 and 是/否, …0次 is 0 and 次 (the reader
    joins a value and its unit again). None unless what is left ends with a value."""
    lex = lexicon.headers()
    for unit in words if words is not None else _unit_words():
        if len(text) > len(unit) and text.endswith(unit):
            cells = _split_row(text[:-len(unit)])
            head = cells[-1] if len(cells) >= 2 else ""
            if re.search(r"\d", head) or head in lex.value_words or head in lex.runon_text_values:
                return cells + [unit]
    return None


def _last_role(words: list[str]) -> str | None:
    roles = lexicon.headers().column_role
    return roles.get(lexicon.norm_header(words[-1])) if words else None


def _role(word: str) -> str | None:
    return lexicon.headers().column_role.get(lexicon.norm_header(word))


def _explanation_apart(cell: str) -> list[str]:
    """培训人次反映全年培训人员数量: under a header with a 指标解释 column, a name run together
    with its explanation is two cells, cut where the explanation starts (反映…)."""
    if re.search(r"\d", cell) or _class_names().fullmatch(cell):
        return [cell]
    for start in sorted(lexicon.headers().explanation_starts, key=len, reverse=True):
        at = cell.find(start, 2)
        if at > 0:
            return [cell[:at], cell[at:]]
    return [cell]


# ------------------------------------------------------------------ wrapped run-together lines
# 其中：… inside a row is a name's own colon (其中：到户产业补助户数), no separator
_SEPARATED = re.compile(r"[|\t \u3000【】]|(?<!其中)[：:]")


def values_in(text: str) -> int:
    """How many values with a digit (≥75%, 2024年10月31日前) a run-together text holds."""
    return sum(1 for m in _body_cell().finditer(text) if m.group("val") and re.search(r"\d", m.group()))


def marks_in(text: str) -> int:
    """How many class names and values with a digit (数量指标, ≥75%, 2024年10月31日前) a
    run-together text holds: the marks between which its names lie."""
    return sum(1 for m in _body_cell().finditer(text) if m.group("cls") or re.search(r"\d", m.group()))


def _table_line(line: str) -> bool:
    """A line of run-together table text: long, no separators, and at least two class names
    or values in it (a line of one cell a line holds one at most)."""
    text = line.strip()
    return len(text) >= 15 and not _SEPARATED.search(text) and marks_in(text) >= 2


def join_wrapped_runon(text: str, rows_run_on: Callable[[str], bool] | None = None) -> str:
    """A document preview wraps run-together table text wherever its line is full, mid-row and
    mid-word (…产出指标数量指标完成 / 燃煤锅炉淘汰改造台数≥45台…). Two such lines (long, with no
    separators and two class names or values each) are one unless the first ends with a value:
    a row ends with its value, so a line that does not ends inside a row."""
    lines = text.split("\n")
    table = [_table_line(line) for line in lines]
    # a page cut into lines by width holds several rows a line; one row a line (each line
    # ending where its row does, a value in words included) is left as it is
    # (rows_run_on, where given, tells a line of several rows from a 自评表's row of one
    # target, its actual value and marks: two values in a line are not two rows there)
    several = sum(1 for line, t in zip(lines, table) if t and values_in(line) >= 2
                  and (rows_run_on is None or rows_run_on(line)))
    if sum(table) < 2 or several < 0.5 * sum(table):
        return text
    out: list[str] = []
    for k, line in enumerate(lines):
        nxt = line.strip()
        # the last piece of a wrapped row may be short (签约居民满意度≥85%) after a class name
        if out and k and table[k - 1] and (table[k] or (
                nxt and not _SEPARATED.search(nxt) and _ends_with_class(out[-1].strip()))) \
                and _wraps(out[-1].strip(), nxt):
            out[-1] += line.strip()
            continue
        out.append(line)
    return "\n".join(out)


@functools.lru_cache(maxsize=1)
def _known_value_at_end() -> re.Pattern:
    """A value with a known unit (or a date) ending a text: 6个 ends one, 6个开展 does not."""
    return re.compile("(?:" + _body_cell().pattern + r")$")


@functools.lru_cache(maxsize=1)
def _class_at_end() -> re.Pattern:
    return re.compile("(?:" + _class_names().pattern + r")$")


def _ends_with_class(text: str) -> bool:
    return bool(_class_at_end().search(text))


def _ends_with_value(text: str) -> bool:
    at_end = _known_value_at_end().search(text)
    return bool(at_end and at_end.group("val")) or text.endswith(tuple(lexicon.headers().runon_text_values))


# a numbered item opening a line (（2）…, 2.…, 2、…, 指标2：…): a row starts there, whatever the line before
_ITEM_START = re.compile(r"^(?:[(（]\s*\d{1,2}\s*[)）]|\d{1,2}\s*[.、．](?!\d)|[\u4e00-\u9fff]{2}\d{1,2}\s*[:：])")


def _wraps(first: str, nxt: str) -> bool:
    if _ITEM_START.match(nxt):
        return False
    if re.match(r"[≥≤<>=＜＞≧≦]|\d+(?:\.\d+)?\s*[%％]", nxt):
        return True                       # …PM2.5平均浓度 / ≤32微克/立方米…: a value starts no row
    if _ends_with_value(first):
        return False
    # a value run on into the unit column after it (…100%%, …否是/否) ends its row too; any
    # other end (…成本指标经济成本指标 / 单台锅炉…, …数量指标完成 / 燃煤…) is inside a row
    unit = next((u for u in _unit_words() if len(first) > len(u) and first.endswith(u)), None)
    return not (unit and _ends_with_value(first[:-len(unit)]))
