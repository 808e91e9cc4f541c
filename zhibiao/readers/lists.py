"""Page text with no indicator header: lists, indented trees and headerless fragments.

- a list: `【产出指标-数量指标】培训人次：≥500人次`, `产出指标—质量指标—验收合格率：100%`;
- a tree: a class name alone on its line (一级, then 二级 under it, indented or not), the
  indicators under it as `名称：值` lines;
- a fragment of a table without its header row: the columns are inferred from the content
  (class names, then a name, then a value), and the rows cut as stream.py cuts any table.
Each becomes a synthetic header (一级指标 | 二级指标 | 三级指标 | 指标值) and aligned rows, so
TableReader reads them like any table; context lines pass through as they were.

>>> [r.cells for r in list_rows("【产出指标-数量指标】培训人次：≥500人次\\n【产出指标-质量指标】合格率：95%", [], [])]
[['一级指标', '二级指标', '三级指标', '指标值'], ['产出指标', '数量指标', '培训人次', '≥500人次'], ['产出指标', '质量指标', '合格率', '95%']]
"""
from __future__ import annotations

import functools
import re
from typing import Callable

from .. import lexicon
from ..categories import category_level
from .grid import Row
from .labels import OUTLINE, context_label, indicator_prefixed, is_framework_class, is_furniture, synthetic_header
from .tokens import Token


__all__ = ["list_rows", "looks_like_value"]

_BRACKETED = re.compile(r"^\s*[【\[［](?P<cats>[^】\]］]+)[】\]］]\s*(?P<rest>.+)$")
_CAT_SPLIT = re.compile(r"\s*[-—－–/、>＞|｜·•・]+\s*")
# the value follows the last colon: a name may carry its own (指标1:开展…：≤4)
class _NameValue:
    """`名称：值`: the value follows the first colon after which a value starts (≥95%(2022:90%)
    keeps its own colon), else the last colon (a name may carry its own: 指标1:开展…：≤4)."""
    _COLON = re.compile(r"[:：]")

    def match(self, line: str):
        text = line.strip()
        colons = [m.start() for m in self._COLON.finditer(text)]
        colons = [c for c in colons if 0 < c < len(text) - 1 and c <= 81
                  and lexicon.norm_header(text[:c]) not in lexicon.headers().indicator_prefixes]  # 其中：名称：值
        if not colons:
            return None
        cut = next((c for c in colons if _value_start().match(text[c + 1:])), colons[-1])
        name, value = text[:cut].strip(), text[cut + 1:].strip()
        name = _value_label_tail().sub("", name)      # 名称，指标值：8台: the label is no part of the name
        if not name or not value:
            return None
        return {"name": name, "value": value}


@functools.lru_cache(maxsize=1)
def _value_start() -> re.Pattern:
    """How a value starts in a list line: a digit or a word of features/headers.yaml's
    value_starts (a word ending in $ is the whole value: 是, 否)."""
    words = sorted(lexicon.headers().value_starts, key=len, reverse=True)
    alts = [re.escape(w[:-1]) + "$" if w.endswith("$") else re.escape(w) for w in words]
    return re.compile(r"\s*(?:\d|" + "|".join(alts) + ")")


@functools.lru_cache(maxsize=1)
def _value_label_tail() -> re.Pattern:
    """A value column's label written after the name it belongs to (…，指标值 / …; 目标值),
    from the value headers of features/headers.yaml."""
    words = sorted(lexicon.frame_columns()["value"], key=len, reverse=True)
    return re.compile(r"\s*[，,；;]\s*(?:" + "|".join(map(re.escape, words)) + r")\s*$")


_NAME_VALUE = _NameValue()
def looks_like_value(text: str) -> bool:
    """A cell that starts the way a target does (an operator, a digit, 是/否, 达标, 明显…)."""
    return bool(_value_start().match(text))


_BULLET = re.compile(r"^\s*(?:[-*•·●○◆▪]|\d{1,2}[.、)）]|[(（]\d{1,2}[)）])\s*")
_SYMBOL = re.compile(r"^\s*[-*•·●○◆▪]\s*")           # a list's bullet: no part of a name


# rules and ornaments around a heading (━━ 产出指标 · 数量指标 ━━, ◆ 效益指标 ◆): box drawing,
# geometric shapes, stars, symbols and emoji (📌 产出指标, ✅), = ~ #
_ORNAMENTS = "\\s\u2500-\u257f\u25a0-\u25ff\u2600-\u27bf\u2b00-\u2bff\ufe0f\U0001f300-\U0001faff=＝~～#＃"
_ORNAMENT = re.compile(f"^[{_ORNAMENTS}]+|[{_ORNAMENTS}]+$")


def _classes(text: str) -> tuple[str | None, str | None] | None:
    """(level1, level2) when every part of the text names a class, else None."""
    text = _ORNAMENT.sub("", text)
    parts = [p for p in _CAT_SPLIT.split(OUTLINE.sub("", _BULLET.sub("", text.strip()))) if p]
    if not parts or len(parts) > 2:
        return None
    levels = [category_level(p) for p in parts]
    if any(lv is None for lv in levels):
        return None
    if len(parts) == 2:
        return parts[0], parts[1]
    return (parts[0], None) if levels[0] == 1 else (None, parts[0])


def _custom_classes(text: str) -> tuple[str | None, str | None] | None:
    """【管理指标-预算编审管理】: a bracketed path of classes a table names itself (kept as
    written; they have no taxonomy code)."""
    parts = [p for p in _CAT_SPLIT.split(text.strip()) if p]
    if len(parts) == 2 and all(len(p) <= 14 for p in parts) and (
            parts[0].endswith(("指标", "目标")) or category_level(parts[0]) == 1):    # 产出绩效-管网改造
        return parts[0], parts[1]
    return None


def _path_and_item(line: str, spaced_items: bool = True, paren_values: bool = False
                   ) -> tuple[tuple[str | None, str | None] | None, str | None, str | None]:
    """(classes, name, value) of a list line; classes alone for a class line."""
    line = _SYMBOL.sub("", line) if _SYMBOL.match(line) and "【" in line else line    # · 【产出-数量】…
    alone = re.fullmatch(r"\s*[【\[［]([^】\]］]+)[】\]］]\s*[:：]?\s*", line)
    if alone:                     # 【产出指标-数量指标】 on its own line: the items follow
        cats = _classes(alone.group(1))
        return (cats, None, None) if cats else (None, None, None)
    m = _BRACKETED.match(line)
    if m and (cats := _classes(m.group("cats")) or _custom_classes(m.group("cats"))):
        nv = _NAME_VALUE.match(m.group("rest"))
        return (cats, nv["name"], nv["value"]) if nv else (cats, m.group("rest").strip(), None)
    cats = _classes(line.rstrip(":："))
    if cats:
        return cats, None, None
    # 产出指标—数量指标—培训人次：≥500
    parts = [p for p in re.split(r"\s*[—－–]+\s*|\s+-\s+", line.strip()) if p]
    if len(parts) >= 2:
        head = _classes("-".join(parts[:-1]))
        nv = _NAME_VALUE.match(parts[-1])
        if head and nv:
            return head, nv["name"], nv["value"]
    tabbed = [p.strip() for p in line.strip().split("\t") if p.strip()]
    if len(tabbed) == 2 and looks_like_value(tabbed[1]):
        return None, tabbed[0], tabbed[1]          # 指标1：名称<TAB>≥5000人次
    nv = _NAME_VALUE.match(line)
    if nv:
        return None, nv["name"], nv["value"]
    # 名称 — 值: a dash between the name and its value (a converter's list)
    m = re.match(r"^\s*(?P<name>\S.*?\S)\s+[—–]{1,2}\s+(?P<value>\S.*?)\s*$", line)
    if m and looks_like_value(m.group("value")):
        return None, _SYMBOL.sub("", m.group("name")).strip(), m.group("value")
    # 名称——值: the Chinese dash (two em dashes) is a separator even with no space beside it
    m = re.match(r"^\s*(?P<name>[^—\s][^—]*?)\s*——\s*(?P<value>[^—\s][^—]*?)\s*$", line)
    if m and not _classes(m.group("name")):
        return None, _SYMBOL.sub("", m.group("name")).strip(), m.group("value")
    # 名称　值: an indented name and its value set apart by an ideographic space (a word
    # processor's tree), no colon
    m = re.match(r"^[ \u3000]+(?P<name>\S.*?\S)(?:\u3000+| {2,})(?P<value>\S+)\s*$", line)
    if spaced_items and m and looks_like_value(m.group("value")) and not re.search(r"[:：]", line):
        return None, m.group("name"), m.group("value")
    # 名称（值）where the list says so; a value in words only on an indented item line
    if paren_values and (m := _paren_value(line)) and (looks_like_value(m[1]) or line[:1].isspace()):
        return None, _SYMBOL.sub("", m[0]).strip(), m[1]
    return None, None, None


def _paren_value(line: str) -> tuple[str, str] | None:
    """(name, value) of `名称（值）`: the last bracketed group that closes the line, when it
    holds more than a unit (培训合格率（%）is a name)."""
    text = line.strip()
    if not text.endswith(("）", ")")):
        return None
    depth = 0
    for i in range(len(text) - 1, -1, -1):          # the group's opening bracket, nesting kept
        depth += text[i] in "）)"
        depth -= text[i] in "（("
        if depth == 0:
            break
    name, value = text[:i].strip(), text[i + 1:-1].strip()
    if depth or len(name) < 2 or not value or _UNIT_ONLY.fullmatch(value):
        return None
    return name, value


_UNIT_ONLY = re.compile(r"[%％‰]|[^\d\s≥≤<>＜＞≧≦=]{1,3}(?:/[^\d\s]{1,3})?")   # （%）（人次）（元/人）


def _paren_values(text: str) -> bool:
    """Whether the list gives its values in brackets after the names (括号内为指标值): most
    lines closing with a bracketed group hold a target there."""
    closing = [m for line in text.splitlines() if (m := _paren_value(line))]
    targets = sum(1 for _, v in closing if looks_like_value(v))
    return len(closing) >= 3 and targets >= 0.6 * len(closing)


def _list_form(text: str, passthrough: list[Row]) -> list[Row] | None:
    paren = _paren_values(text)
    if sum(1 for line in text.split("\n") if "\t" in line.strip()) >= 2:
        return _list_form_lines(text, passthrough, spaced_items=False, paren_values=paren)
    return _list_form_lines(text, passthrough, spaced_items=True, paren_values=paren)


_LABEL_COLON = re.compile(r"(?:^|(?<=[。；;，,\s]))(?P<cats>[^：:。；;，,\s][^：:。；;，,]{1,23}?)\s*[：:]")


def _class_paragraph(line: str) -> list[str] | None:
    """`产出指标—数量指标：人工造林面积1200亩；森林抚育面积≥3000亩。质量指标：成活率≥85%。`, a
    plan's prose that lists its indicators under class labels: one list line an item
    (`【产出指标-数量指标】人工造林面积：1200亩`), the level 1 carried to a later level 2 alone;
    None when the line is no such paragraph."""
    labels = [(m, cats) for m in _LABEL_COLON.finditer(line) if (cats := _classes(m.group("cats")))]
    if not labels:
        return None
    out: list[str] = []
    l1 = None
    for k, (m, (c1, c2)) in enumerate(labels):
        end = labels[k + 1][0].start() if k + 1 < len(labels) else len(line)
        l1 = c1 or (l1 if c2 else None)
        path = "-".join(c for c in (l1, c2) if c)
        for item in re.split(r"\s*[；;。]\s*", line[m.end():end]):
            item = item.strip(" 。；;，,")
            if item:
                out.append(f"【{path}】{_name_value(item)}")
    if len(out) == 1:
        # one item is enough where the line starts with its classes and the item holds a name
        # (满意度指标：受益群众满意度≥90%); 满意度：≥95% is an indicator named like its class
        item = out[0].split("】", 1)[1]
        alone = not line[:labels[0][0].start()].strip()
        return out if alone and not looks_like_value(item) and re.search(r"[:：]", item) else None
    return out or None


def _name_value(item: str) -> str:
    """名称：值 of an item written with its value run on (人工造林面积1200亩), when it splits."""
    from .runon import split_line
    if re.search(r"[:：]", item):
        return item
    cells = split_line(item)
    return f"{cells[0]}：{cells[1]}" if len(cells) == 2 else item


def _items_apart(line: str) -> list[str]:
    """【效益指标-社会效益指标】A：日益丰富；B：≥95%: two items on one line, set apart by a
    semicolon, each with its own colon; the second is under the same classes. A paragraph of
    class labels and items (_class_paragraph) gives its items."""
    paragraph = _class_paragraph(line)
    if paragraph:
        return paragraph
    parts = [p for p in re.split(r"\s*[；;]\s*", line.rstrip(" ；;")) if p.strip()]
    if len(parts) < 2 or not all(re.search(r"[:：]\s*\S", p) for p in parts):
        return [line]
    m = _BRACKETED.match(parts[0])
    prefix = line[:m.start("rest")] if m else ""
    return [parts[0]] + [prefix + p for p in parts[1:]]


def _list_form_lines(text: str, passthrough: list[Row], spaced_items: bool,
                     paren_values: bool = False) -> list[Row] | None:
    # items set apart on one line become lines of their own, each keeping its line number
    split = [(k, item) for k, line in enumerate(text.replace("\r\n", "\n").split("\n"), 1)
             for item in _items_apart(line)]
    where = [k for k, _ in split]
    lines = [item for _, item in split]
    out: list[Row] = []
    l1 = l2 = None
    items = 0
    whole_items = 0       # items with a value whose classes are named on their line or above
    classed = 0
    l1_indent = 0
    class_indent = 0
    lines = [line.rstrip() for line in lines]
    header_due = True
    consumed: set[int] = set()
    for n, line in enumerate(lines, 1):
        if not line.strip() or n in consumed or is_furniture(line.strip()):
            continue                      # page chrome between items (点击展开, 阅读原文) is no item
        if line.rstrip().endswith(("：", ":")) and n < len(lines) and _indent(lines[n]) > _indent(line) \
                and looks_like_value(lines[n].strip()):
            consumed.add(n + 1)           # 名称： over its value, indented on the next line
            line = line.rstrip() + lines[n].strip()
        labelled = _labelled_value(lines, n)
        if labelled is not None and (l1 is not None or l2 is not None):
            # 指标1：名称 over 目标值：30个: the value stands on the next line under its label
            value, at = labelled
            consumed.add(at)
            if header_due:
                out.append(Row(synthetic_header(), {"line": where[n - 1]}, raw=""))
                header_due = False
            out.append(Row([l1 or "", l2 or "", _SYMBOL.sub("", line).strip(), value], {"line": where[n - 1]},
                           raw=line.strip() + "\n" + lines[at - 1].strip()))
            items += 1
            continue
        if (context_label(line.strip()) is not None and not (indicator_prefixed(line) and (l1 or l2))
                and not (is_framework_class(line) and (l1 or classed))) or (
                (b := _BRACKETED.match(line)) and not (_classes(b.group("cats")) or _custom_classes(b.group("cats")))):
            out.append(Row([line.strip()], {"line": where[n - 1]}, raw=line.strip(), aligned=False))
            header_due = True
            l1 = l2 = None
            continue
        cats, name, value = _path_and_item(line, spaced_items, paren_values)
        if cats is None and name is None and _heads_a_branch(lines, n - 1):
            # a class the table names itself (预期产出指标), known by what is indented under it
            text = line.strip()
            cats = (text, None) if l1 is None or _indent(line) <= l1_indent else (None, text)
        if cats is None and name is None and (l1 is not None or l2 is not None) \
                and _indent(line) > class_indent and not re.search(r"[:：]|\S(?:\t|\u3000| {2,})\S", line) \
                and len(line.strip()) >= 2:
            name = line.strip()       # a name without a value indented under its class (an indicator library)
        if cats is not None:
            class_indent = _indent(line)
            if cats[0] is not None and cats[1] is None and l1 is not None and _indent(line) > l1_indent \
                    and lexicon.taxonomy().level2_code(cats[0]):
                l2 = cats[0]              # 满意度指标 indented under 满意度指标: its level 2
            elif cats[0] is not None:
                l1, l2 = cats[0], cats[1]
                l1_indent = _indent(line)
            else:
                l2 = cats[1]
            classed += 1
        if cats is not None and cats[0] is None and _opens_tree(lines, n - 1):
            l1, l2 = cats[1], None           # 成本指标 over 经济成本指标: the 2021 level 1
            l1_indent = _indent(line)
        plain = name is not None and value is not None and looks_like_value(value) \
            and _run_of_items(lines, n - 1)
        if name is not None and (cats is not None or l1 is not None or l2 is not None or plain):
            if header_due:
                out.append(Row(synthetic_header(), {"line": where[n - 1]}, raw=""))
                header_due = False
            out.append(Row([l1 or "", l2 or "", _SYMBOL.sub("", name).strip(), value or ""],
                           {"line": where[n - 1]}, raw=line.strip()))
            items += 1
            whole_items += bool(value) and ((cats is not None and bool(_BRACKETED.match(line))) or classed > 0)
            continue
        if cats is not None:
            continue
        # a line that is no item, after a blank line under the items (a sign-off, a date) or
        # heading the document's next section (四、资金安排): the list has ended; among the
        # items, such a line is still read as a row of the table
        ended = items > 0 and ((n >= 2 and not lines[n - 2].strip()) or bool(OUTLINE.match(line)))
        out.append(Row([line.strip()], {"line": where[n - 1], "after_table": ended}, raw=line.strip(),
                       aligned=False))
        header_due = True
        l1 = l2 = None
    # one item is a list when its line says all of it (【产出指标-数量指标】名称：值) or it has
    # its value under class lines of its own (产出 / 数量指标 / 名称：值)
    return out if items >= 2 or whole_items == 1 else None


_VALUE_LINE = re.compile(r"^\s*(?:目标值|指标值|年度指标值|年度目标值|预期目标值|年度目标)(?:\s*[:：]\s*|\s+)(?P<value>\S.*?)\s*$")


def _labelled_value(lines: list[str], n: int) -> tuple[str, int] | None:
    """(value, its line number) when line n is an indicator whose value stands on the next line
    after a label (目标值：30个), else None."""
    line = lines[n - 1]
    if _VALUE_LINE.match(line) or _classes(line.rstrip(":：")) is not None:
        return None
    nxt = next((k for k in range(n + 1, len(lines) + 1) if lines[k - 1].strip()), None)
    m = _VALUE_LINE.match(lines[nxt - 1]) if nxt else None
    return (m.group("value"), nxt) if m else None


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \u3000\t"))


def _opens_tree(lines: list[str], i: int) -> bool:
    """A class line with a class line indented deeper under it is a level-1 of a tree."""
    nxt = next((line for line in lines[i + 1:] if line.strip()), None)
    return nxt is not None and _indent(nxt) > _indent(lines[i]) and _classes(nxt) is not None


def _heads_a_branch(lines: list[str], i: int) -> bool:
    """A short line without a colon or digits with deeper-indented lines under it."""
    text = lines[i].strip()
    if not text or len(text) > 20 or re.search(r"[:：\d]", text) or (
            context_label(text) is not None and not is_framework_class(text)):
        return False
    nxt = next((line for line in lines[i + 1:] if line.strip()), None)
    return nxt is not None and _indent(nxt) > _indent(lines[i])


def _run_of_items(lines: list[str], i: int) -> bool:
    """Three or more `名称：值` lines in a row with values that look like targets: a list."""
    def item(line: str) -> bool:
        m = _NAME_VALUE.match(line)
        return bool(m) and context_label(line.strip()) is None and looks_like_value(m["value"])
    lo = i
    while lo > 0 and item(lines[lo - 1]):
        lo -= 1
    hi = i
    while hi + 1 < len(lines) and item(lines[hi + 1]):
        hi += 1
    return hi - lo + 1 >= 3


_CLASS_BRACKET = re.compile(r"^\s*[【\[［]([^】\]］]+)[】\]］]", re.M)


def is_list(text: str) -> bool:
    """Indicators listed under bracketed class paths (【产出指标-数量指标】): a list, whatever
    header-like line the page also has."""
    return sum(1 for m in _CLASS_BRACKET.finditer(text) if _classes(m.group(1)) or _custom_classes(m.group(1))) >= 2


_ITEMS_LABEL = re.compile(r"^\s*(?:绩效指标|年度绩效指标|绩效目标指标)\s*[:：]")


def _context_cells(line: str) -> list[str]:
    """项目名称：X主管部门：Y项目金额：Z (labels run together on one line): label, value, …"""
    from .runon import _context_labels
    cells, pos = [], 0
    text = line.strip()
    for m in _context_labels().finditer(text):
        if m.start() > pos:
            cells.append(text[pos:m.start()].strip(" ：:"))
        cells.append(m.group())
        pos = m.end()
    if text[pos:].strip(" ：:"):
        cells.append(text[pos:].strip(" ：:"))
    return [c for c in cells if c] or [text]


def _numbered_items(text: str) -> list[Row] | None:
    """Indicators written after 绩效指标： as numbered items run together and wrapped anywhere
    (1、产出指标数量指标名称≥150批次2、产出指标…): items cut at the next number in sequence,
    each split into classes, name and value."""
    lines = text.replace("\r\n", "\n").split("\n")
    out: list[Row] = []
    i, found = 0, 0
    while i < len(lines):
        line = lines[i]
        if not _ITEMS_LABEL.match(line):
            if line.strip():
                out.append(Row(_context_cells(line), {"line": i + 1}, raw=line.strip(), aligned=False))
            i += 1
            continue
        start = i
        block = _ITEMS_LABEL.sub("", line).strip()
        i += 1
        while i < len(lines) and lines[i].strip() and context_label(lines[i].strip()) is None:
            block += lines[i].strip()
            i += 1
        block_rows = numbered_block(block, start + 1)
        if block_rows is None:
            out.append(Row([line.strip()], {"line": start + 1}, raw=line.strip(), aligned=False))
            continue
        out += block_rows
        found += len(block_rows) - 1
    return out if found >= 2 else None


def numbered_block(block: str, line: int) -> list[Row] | None:
    """A synthetic header and one row an item of a 绩效指标： block (see _numbered_items):
    item k runs to where item k+1's number starts."""
    from .runon import split_line
    block = _ITEMS_LABEL.sub("", block).strip()
    items: list[str] = []
    k, m = 1, re.search(r"(?<!\d)1\s*、", block)
    while m:
        nxt = re.compile(rf"(?<!\d){k + 1}\s*、").search(block, m.end())
        items.append(block[m.end():nxt.start() if nxt else len(block)])
        m, k = nxt, k + 1
    if len(items) < 2:
        return None
    out = [Row(synthetic_header(), {"line": line}, raw="")]
    for n, item in enumerate(items, 1):
        cells = split_line(item)
        classes = [c for c in cells[:2] if category_level(c) is not None]
        rest = cells[len(classes):]
        l1 = next((c for c in classes if category_level(c) == 1), None)
        l2 = next((c for c in classes if c != l1), None)
        out.append(Row([l1 or "", l2 or "", rest[0] if rest else "", rest[1] if len(rest) > 1 else ""],
                       {"line": line, "item": n}, raw=item))
    return out


def list_rows(text: str, tokens: list[Token], rows: list[Row],
              fragment_rows: Callable[[list[Token], list[Row]], list[Row] | None] | None = None
              ) -> list[Row]:
    """Rows of a text that has no indicator header (see the module docstring); the rows as
    they were when no reading fits."""
    listed = _list_form(text, rows)
    if listed is not None:
        return listed
    packed = _numbered_items(text)
    if packed is not None:
        return packed
    from .quoted import quoted_rows
    fragment = fragment_rows(tokens, rows) if fragment_rows else None
    quoted = quoted_rows(text)
    if quoted is not None and (fragment is None or len(quoted) > 2 * _clean_rows(fragment)):
        return quoted             # a reviewer's notes quoting rows「名称 值」, not cut at the quotes
    return fragment or _names_only(text) or rows


def _clean_rows(rows: list[Row]) -> int:
    """How many of a fragment reading's rows have a name and a value and no quotation mark
    (rows cut through a note's quotes are no rows)."""
    return sum(1 for r in rows if len(r.cells) >= 4 and r.cells[2] and r.cells[3]
               and not any(q in c for c in r.cells if c for q in "「」“”『』"))


def _names_only(text: str) -> list[Row] | None:
    """A page that is nothing but indicator names, one a line (an indicator library copied
    without its header, classes or values): a row a name, no value; None unless at least three
    lines, each a short phrase with no sentence in it, most ending as names of measures do
    (features/headers.yaml name_endings). Context lines (项目名称：…) stay rows of their own."""
    lines = [(n, line.strip()) for n, line in enumerate(text.replace("\r\n", "\n").split("\n"), 1)
             if line.strip() and not is_furniture(line.strip())]
    context = [(n, line) for n, line in lines if context_label(line) is not None]
    names = [(n, line) for n, line in lines if context_label(line) is None]
    endings = lexicon.headers().name_endings
    if len(names) < 3 or not all(_name_shaped(line) for _, line in names[1:]) \
            or sum(line.endswith(endings) for _, line in names) < 0.6 * len(names):
        return None
    if not _name_shaped(names[0][1]) or not names[0][1].endswith(endings):
        context.append(names.pop(0))          # the page's title over the names
    out = [Row([line], {"line": n}, raw=line, aligned=False) for n, line in sorted(context)]
    out.append(Row(synthetic_header(), {"line": names[0][0]}, raw=""))
    out += [Row(["", "", line, ""], {"line": n}, raw=line) for n, line in names]
    return out


def _name_shaped(line: str) -> bool:
    return 2 <= len(line) <= 40 and not re.search(r"[。，,；;：:！？!?]|\s{2,}|\t", line) \
        and category_level(line) is None
