"""Rows of any format -> Indicator records: header, context, merged cells, split values.

Reads in order, never reorders or drops an indicator row. Rows before the indicator header
and the context rows around it (项目名称, 主管部门, 资金情况, 总体目标, 合计, 审核意见, 盖章) set
department, project, amount and year; they never become indicators. Two table kinds share it:
- one indicator a row (一级/二级/三级指标, 指标值 …), merged category cells filled down
  within their group, split operator/number/unit columns joined into the value text;
- one project a row (the seed layout: 项目名称 | 总计 | … | 绩效目标 | 绩效指标) with the
  project's indicators packed into one cell (see packed.py), amounts checked against 合计.
"""
from __future__ import annotations

import functools
import re
from typing import Iterable, Iterator

from .. import lexicon
from ..categories import category_level, class_pair, declared_codes
from ..records import Indicator, make_flag
from .align import align, is_number_cell, is_op_cell
from .grid import Row
from .labels import HEADING_NUMBER, OUTLINE, is_furniture
from .packed import looks_packed, split_packed
from .runon import leading_classes, split_line, value_at_start

__all__ = ["TableReader", "parse_amount"]

_AMOUNT = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?")
_YEAR = re.compile(r"(20\d{2})\s*年")
_TARGET_CELL = re.compile(r"^\s*(?:[≥≤<>＞＜≧≦=＝]\s*\d|\d+(?:\.\d+)?\s*[%％]\s*$)")   # ≥22%, 95%: no header label
# a year's value column, 指标值 over 2026年 | 2027年 | 2028年 made whole (sub_label)
_YEAR_LABEL = re.compile(r"^(?:19|20)\d\d年度?(指标值|目标值|年度指标值|年度目标值)$")
_INLINE_END = re.compile(r"\s+\S{1,8}[:：]")     # "部门名称：X 单位：万元" -> X
CATEGORY_ROLES = ("level1", "level2", "category")
MAIN_ROLES = ("name", "value", "period", "op", "unit", "project", *CATEGORY_ROLES)


def parse_amount(text: str | None) -> float | None:
    """1,295.82 -> 1295.82; None when the text holds no number."""
    m = _AMOUNT.search(text or "")
    if not m:
        return None
    try:
        return float(m.group().replace(",", ""))
    except ValueError:
        return None


def _norm(text: str) -> str:
    return lexicon.norm_header(text) if text else ""


@functools.lru_cache(maxsize=None)
def _own_op() -> re.Pattern:
    """A value cell that writes its own comparison before a bare number (≥95, ＞=90, 不低于 95):
    the prefix words of features/operators.yaml, matched on the half-width text."""
    ops = lexicon.operators()
    words = sorted({w.translate(lexicon.FULLWIDTH) for w in (*ops.prefix_adjacent, *ops.prefix_phrase)},
                   key=len, reverse=True)
    return re.compile(rf"^\s*({'|'.join(map(re.escape, words))})\s*(\S+)\s*$")


# a unit whose figure is the base of a rate (例/10万, 元/100km, 人/万人): a unit, not a shifted value
_PER_FIGURE = re.compile(r"[^\d/]+/\s*\d+(?:\.\d+)?\s*[^\d\s]*")


_MULTIPLIED = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?\s*[万亿千百]")


def _bare_number(text: str) -> bool:
    """95, 1.2万: a figure a unit column completes (≥1.2万 + 台次 -> ≥1.2万台次)."""
    return is_number_cell(text) or bool(_MULTIPLIED.fullmatch(text.strip()))


# a space between two Chinese characters of a name is no part of it (OCR: 培 训合格率; a cell
# wrapped in the PDF): Chinese is written without spaces; the row's raw text keeps it
_CJK_SPACE = re.compile(r"(?<=[\u3400-\u9fff])[ \u3000\u00a0]+(?=[\u3400-\u9fff])")


def _spaces_out(name: str | None) -> str | None:
    return _CJK_SPACE.sub("", name) if name and (" " in name or "\u3000" in name or "\u00a0" in name) else name


@functools.lru_cache(maxsize=4096)
def column_role(label: str) -> str | None:
    """The role of a header cell (features/headers.yaml columns), "block" for a spanning label
    such as 绩效指标, None for a label the lexicon does not know."""
    key = _norm(label)
    lex = lexicon.headers()
    role = lex.column_role.get(key)
    if role is None and key in lex.block_labels:
        return "block"
    if role is None and (m := _YEAR_LABEL.match(key)) and lex.column_role.get(m.group(1)) == "value":
        return "value"          # 2026年指标值 | 2027年指标值 (a three-year plan): the first is read
    return role


SUB_ROLES = ("value", "period", "actual")


def sub_label(sub: str, parent: str) -> str | None:
    """The label a header's second-row cell makes with the spanning value label over it (实施期
    under 指标值: 实施期指标值; features/headers.yaml sub_label_parents), or None: a label of its
    own, or no such pair.

    >>> sub_label("实施期", "指标值"), sub_label("年度", "指标 值"), sub_label("年度", "三级指标")
    ('实施期指标值', '年度指标值', None)
    """
    if not sub or column_role(sub) is not None or column_role(parent) not in SUB_ROLES:
        return None
    half = "".join(sub.split())
    for stem in ("".join(parent.split()), *lexicon.headers().sub_label_parents):
        if column_role(half + stem) in SUB_ROLES:
            return half + stem
    return None


def finish_roles(roles: list[str | None], project_list: bool = False,
                 labels: list[str] | None = None) -> list[str | None]:
    """Header roles as the table means them: a spanning 绩效指标 is the category column (or,
    with no name column, the name column), a lone 绩效目标 the value column, amounts no column;
    twin halves with the same labels (二级 | 三级 | 指标值 twice, 中期 then 年度, as the
    national templates lay them out) make the first value column the period's."""
    present = set(roles)
    fixed: list[str | None] = []
    for role in roles:
        if not project_list:
            if role == "packed" or role == "block":
                # 序号 | 绩效指标 | 指标值: with no name column it names the indicators
                # 一级指标 | 二级指标 | 绩效指标 | 指标值: the only column left for the names
                role = ("name" if "name" not in present and "category" not in present
                        and (not {"level1", "level2"} & present or role == "packed") else
                        "category" if not {"level1", "level2", "category"} & present else None)
            elif role == "goal" and "project" in present and "value" in present:
                pass                      # each project row's 年度绩效目标 (a merged column)
            elif role == "goal":
                role = "value" if "value" not in present else "remark"
            elif role == "amount" and "project" in present:
                pass                      # each project row's amount (a merged column)
            elif role in ("amount", "money"):
                role = None
        elif role == "block":
            role = "packed"
        fixed.append(role)
    # a value column a year (2026年指标值 | 2027年指标值 | 2028年指标值, a three-year plan): the
    # first year's is the budget year's value, the later ones are kept under their labels
    years = [k for k, (r, t) in enumerate(zip(fixed, labels or [])) if r == "value" and _YEAR_LABEL.match(_norm(t))]
    if len(years) >= 2:
        return [None if k in years[1:] else r for k, r in enumerate(fixed)]
    if not project_list and fixed.count("value") >= 2 and "period" not in fixed:
        fixed[fixed.index("value")] = "period"
    return fixed


_DIGIT = re.compile(r"\d")


def _figure_in_words(text: str):
    """The value grammar's reading of a cell that is one figure written in words and nothing
    else, no comparison of its own (百分之九十五, 十二; not 一年内, 约五千), else None."""
    from ..values import parse_value
    if re.match(r"[-+]?\d", text):
        return None
    targets = parse_value(text)
    t = targets[0] if len(targets) == 1 else None
    return t if t is not None and t.kind == "number" and t.op == "=" and t.text == text.strip() else None


def numbered_class_heading(text: str) -> bool:
    """二、效益指标, （二）效益指标: a level-1 class numbered as a heading of its own (a table's
    merged class label is never numbered)."""
    m = OUTLINE.match(text)
    return bool(m and m.end() < len(text)) and class_heading(text) == 1


def _is_class_name(cell: str) -> bool:
    return category_level(cell) is not None or bool(class_pair(cell))


def _brackets_closed(text: str) -> bool:
    return sum(map(text.count, "(（[【")) == sum(map(text.count, ")）]】"))


def _not_a_class(cell: str) -> bool:
    """Text no table names a group with: a sentence (a comma or a stop in it) or a long run of
    words, and no class of the taxonomy."""
    return category_level(cell) is None and not class_pair(cell) and not cell.endswith(("指标", "目标")) \
        and (bool(re.search(r"[，。；;,]", cell)) or len(cell) > 12)


def class_heading(cell: str) -> int | None:
    """The level of a class written as a heading row of its own where the names go (二、效益指标,
    （一）数量指标): a class name ending in 指标/目标, so an indicator without its value
    (服务对象满意度) stays an indicator."""
    text = OUTLINE.sub("", cell).strip()
    if not re.search(r"(指标|目标)$", text):
        return None
    return category_level(text)


_MARKDOWN_STRONG = re.compile(r"^(\*\*|__)(?P<text>[^*_].*?)\1$")


# a line break with Chinese text on either side is no space (受理后 / 20个工作日内); between
# Latin words or figures it is one
# Chinese text and its punctuation, full-width forms and quotes: no space beside a line break
CHINESE_SIDE = "\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”\""
_CJK_BREAK = re.compile(rf"(?<=[{CHINESE_SIDE}])[ \t]*\n\s*|[ \t]*\n\s*(?=[{CHINESE_SIDE}])")
_BREAK = re.compile(r"[ \t]*\n\s*")
_HTML_BREAK = re.compile(r"<br\s*/?>", re.I)
_FIGURE_LAST = re.compile(r"[\u4e00-\u9fff≥≤＞＜>< ]\d+(?:\.\d+)?$")   # 较上年下降10, 不低于90
_UNIT_WRITTEN = re.compile(r"[^\s\-—－/／无]")                       # not a placeholder (—, /)


def unwrapped(cell: str) -> str:
    """A cell's lines as a person reads them on one line (see _unmarked)."""
    cell = cell.replace("\r\n", "\n").replace("\r", "\n")      # a Windows line end kept in a quoted cell
    return _BREAK.sub(" ", _CJK_BREAK.sub("", cell)).strip()


@functools.lru_cache(maxsize=1)
def _annex() -> re.Pattern:
    """附件1：, 附表2 before a title (features/headers.yaml annex_labels)."""
    labels = "|".join(map(re.escape, lexicon.headers().annex_labels)) or "(?!)"
    return re.compile(rf"^\s*(?:{labels})\s*[\d一二三四五六七八九十]*\s*[：:.、]?\s*")


def title_project(text: str) -> str | None:
    """The project a table's title names (features/headers.yaml project_title_endings), or None:
    not such a title, or one naming no project (2025年部门整体支出绩效目标表).

    >>> title_project("附件1：萸陂县2025年森林防灭火能力提升项目绩效目标表")
    '2025年森林防灭火能力提升项目'
    >>> title_project("2025年重点优抚对象抚恤和生活补助资金绩效目标表")
    '2025年重点优抚对象抚恤和生活补助资金'
    >>> title_project("芩塘市医疗保障局2025年部门整体支出绩效目标表") is None
    True
    """
    lex = lexicon.headers()
    title = _annex().sub("", "".join(text.split()))
    ending = next((e for e in lex.project_title_endings if title.endswith(e)), None)
    if ending is None or len(title) > 60:
        return None
    title = title[: -len(ending)]
    if (m := _YEAR.search(title)) and m.start() and title[: m.start()].endswith(lex.owner_endings):
        title = title[m.start():]
    rest = re.sub(r"20\d{2}年度?", "", title)
    for word in lex.generic_title_words:
        rest = rest.replace(word, "")
    return title if rest.strip("（）()") else None


def _unmarked(cell: str) -> str:
    """What a person reads in a cell: a line break inside it (Excel's Alt+Enter, a quoted csv
    field over lines) joins Chinese text without a space and other text with one; a cell a
    Markdown converter set in bold (**产出指标**) is its text."""
    if "<" in cell:
        cell = _HTML_BREAK.sub("\n", cell)      # a converter's literal <br>
    if "\n" in cell or "\r" in cell:
        cell = unwrapped(cell)
    m = _MARKDOWN_STRONG.match(cell)
    return m.group("text").strip() if m else cell


class TableReader:
    """Feed it the rows of one file (all sheets/pages in order); it returns the indicators."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.lex = lexicon.headers()
        self.heading: tuple[int, str] | None = None     # a group's heading over the next table
        self.header_project: object = None               # the project the last header was under
        self.ctx: dict[str, object] = {}
        self.roles: list[str | None] | None = None
        self.header_texts: list[str] = []
        self.header_rows: list[tuple[str, ...]] = []     # the labels of each row of the table's header
        self.header_repeated = False
        self.project_list = False
        self.in_table = False
        self.header_seen = False
        self.prev_was_header = False
        self.carry: dict[str, str | None] = {}
        self.after_total = False      # the row before was a table's total (总分, 合计)
        self.amount_col: int | None = None
        self.out: list[Indicator] = []
        self.sheet: object = None
        self.totals: list[tuple[float, list[tuple[str, float | None, list[Indicator]]]]] = []

    # ------------------------------------------------------------------ row kinds
    def _header_roles(self, cells: list[str]) -> list[str | None] | None:
        if (moved := self._misplaced_sub_labels(cells)) is not None:
            return moved
        # (a sheet's header row ends at its last label: a span's blank cells after it are gone)
        above = self._above(cells)
        if above is not None:
            cells = self._halves_made_whole(cells, above)
        roles = [column_role(cell) for cell in cells]
        known = {r for r in roles if r and r != "block"}
        if len(known) < 2:
            return None
        # a header's second line (实施期指标值 | 年度指标值 under a spanning 指标值) names no
        # indicator column: the line above did
        second_line = above is not None and any(
            role and not a for role, a in zip(roles, above))   # fills a blank under a span
        if not ({"name", "packed"} & known or {"project", "amount"} <= known or second_line):
            return None
        if any(_TARGET_CELL.match(c) for c, r in zip(cells, roles) if r is None):
            return None        # 具体指标 | 龙泉学生满意度 | ≥22% | 计划标准: a row whose words are labels too
        return roles

    def _misplaced_sub_labels(self, cells: list[str]) -> list[str | None] | None:
        """A header's second line that a converter set flush left instead of under its spanning
        指标值 (pandoc's plain text of 指标值 over 实施期指标值 | 年度指标值: the two labels under
        一级指标 | 二级指标): value labels alone, as many as the header's value column and the
        unnamed columns right after it, take those columns in turn. None for any other line."""
        if not self.prev_was_header or self.roles is None or "value" not in self.roles:
            return None
        filled = [c for c in cells if c]
        if len(filled) < 2 or cells[:len(filled)] != filled:
            return None
        roles = [column_role(c) for c in filled]
        if any(r not in ("period", "value") for r in roles) or "value" not in roles:
            return None
        at = self.roles.index("value")
        span = 1
        while at + span < len(self.roles) and self.roles[at + span] is None:
            span += 1
        if span != len(filled) or "period" in self.roles[:at]:
            return None
        width = max(len(cells), len(self.roles))
        return [None] * at + roles + [None] * (width - at - len(roles))

    def _above(self, cells: list[str]) -> list[str] | None:
        """The header line just read, one label a cell of this line (blank past its end), when
        this line may be its second line; else None."""
        if not self.prev_was_header or len(cells) < len(self.header_texts):
            return None
        return self.header_texts + [""] * (len(cells) - len(self.header_texts))

    def _halves_made_whole(self, cells: list[str], labels: list[str]) -> list[str]:
        """A header's second line that writes only the first half of its labels under a spanning
        value label (指标值 over 实施期 | 年度, the span's cells blank after its first): each half
        joined to the label over it; any other line as it is."""
        whole, parent = [], ""
        for cell, above in zip(cells, labels):
            parent = above or parent          # a merged cell's label stands in its first column
            whole.append(sub_label(cell, parent) if cell else None)
        if not any(whole) or any(c and not w and column_role(c) is None for c, w in zip(cells, whole)):
            return cells
        return [w or c for c, w in zip(cells, whole)]

    def _finish_roles(self, roles: list[str | None], labels: list[str]) -> list[str | None]:
        present = set(roles)
        # one project a row, its indicators packed in a cell (or none): not a table whose rows
        # are indicators under a project column merged down (项目名称 | … | 三级指标 | 指标值)
        self.project_list = "project" in present and (
            "packed" in present or ("amount" in present and "name" not in present))
        return finish_roles(roles, self.project_list, labels)

    def _context(self, cells: list[str]) -> dict[str, str] | None:
        """Label -> value pairs when the row is a context row, else None."""
        filled = [c for c in cells if c.strip()]
        if not filled:
            return None
        first = filled[0].strip()
        key = self.lex.context_key.get(_norm(first))
        inline = None
        if key is None:
            # "部门名称：X 单位：万元", or PDF text "项目名称 X": label and value in one cell
            m = re.match(r"^\s*([^:：]{1,12})[:：]\s*(.*)$", HEADING_NUMBER.sub("", first, count=1), re.S)
            if m is None and len(filled) == 1:      # a line of text, not a cell of a grid
                m = re.match(r"^\s*(\S{2,14}?)\s+(\S.*)$", first, re.S)
            if m and (key := self.lex.context_key.get(_norm(m.group(1)))):
                inline = _INLINE_END.split(m.group(2).strip())[0].strip() or None
        if key is None:
            return None
        pairs: dict[str, str] = {}
        pending = key
        if inline is not None:
            pairs[key], pending = inline, None
        for cell in filled[1:]:
            k2 = self.lex.context_key.get(_norm(cell))
            if k2 is not None:
                # 项目资金 | 其他资金 | 0: the number is the sub-amount's, not the project's
                pending = k2 if pending == "amount" and k2 == "other" else (pending or k2)
                continue
            m = re.match(r"^\s*([^:：]{1,12})[:：]\s*(\S.*)$", cell, re.S)
            k3 = self.lex.context_key.get(_norm(m.group(1))) if m else None
            if k3 is not None:            # "… 主管部门：某区民政局": a second label on the line
                pairs.setdefault(k3, _INLINE_END.split(m.group(2).strip())[0].strip())
                pending = None
                continue
            if pending is not None:
                pairs.setdefault(pending, cell.strip())
                pending = None
        pairs.setdefault(key, pairs.get(key, ""))
        return pairs

    def _indicator_shaped(self, row: Row, cells: list[str], pairs: dict[str, str]) -> bool:
        """Inside an indicator table, a grid row whose cells sit under the name and value
        columns is an indicator even when its first cell reads like a label (a level-2
        class 绩效目标, a name 其中：…)."""
        if not self.in_table or self.project_list or not self.roles or not row.aligned:
            return False
        if {"project", "department", "signoff", "total"} & set(pairs):
            return False
        got = {role for role, cell in zip(self.roles, cells) if cell}
        if "name" in got and not {"value", "period"} & set(self.roles):
            # a table of names without a value column (an indicator library): 其中：… is a name
            name = next(cell for role, cell in zip(self.roles, cells) if role == "name")
            return _norm(re.split(r"[:：]", name)[0]) in self.lex.indicator_prefixes
        return "name" in got and bool({"value", "period"} & got)

    def _apply_context(self, pairs: dict[str, str], cells: list[str]) -> None:
        for key, value in pairs.items():
            if key == "project" and value:
                if value != self.ctx.get("project"):
                    self.carry = {}
                self.ctx["project"] = value
                self.ctx.pop("amount", None)
                self.amount_col = None
                self.ctx.pop("goal", None)
            elif key == "department" and value:
                self.ctx["department"] = value
            elif key == "spending_unit" and value:
                self.ctx["spending_unit"] = value
            elif key == "amount":
                numbers = [parse_amount(c) for c in cells if is_number_cell(c.replace(" ", ""))]
                col = self.amount_col
                if col is not None and col < len(cells) and is_number_cell(cells[col].replace(" ", "")):
                    amount = parse_amount(cells[col])   # the 年度资金总额 column of the line above
                else:
                    amount = parse_amount(value) if value else None
                    if amount is None and "other" not in pairs:   # not a 其他资金 line
                        amount = next((x for x in numbers if x), None)
                if amount is not None:
                    self.ctx["amount"] = amount
                    self.amount_col = None
                elif not numbers:     # labels laid out as columns: remember the year's one
                    self.amount_col = next((i for i, c in enumerate(cells)
                                            if _norm(c) in self.lex.annual_amount_labels), None)
            elif key == "goal" and value:
                self.ctx["goal"] = value
            elif key == "signoff":
                self.in_table = False

    # ------------------------------------------------------------------ feeding
    def feed(self, rows: Iterable[Row]) -> list[Indicator]:
        return list(self.stream(rows))

    def stream(self, rows: Iterable[Row]) -> Iterator[Indicator]:
        """The indicators as their rows are read. Rows under a 合计 line wait for the end of
        the file, where rule 28 checks their sum; everything else goes out at once."""
        for row in rows:
            self._row(row)
            if self.out and not self.totals:
                yield from self.out
                self.out = []
        self._check_totals()
        yield from self.out
        self.out = []

    def _row(self, row: Row) -> None:
        sheet = row.location.get("sheet")
        if sheet != self.sheet:
            if self.sheet is not None:      # a sheet's project and department are its own
                self.ctx, self.carry = {}, {}
            self.sheet = sheet
        if row.own_classes:
            self.carry = {}             # a row quoted in a note declares only what it writes
        cells = [_unmarked(c.strip()) if c else "" for c in row.cells]
        if not any(cells):
            return
        if row.location.get("after_table"):
            self.in_table = False        # a reader saw the table end: text of the page, no row
        if not row.aligned and is_furniture(" ".join(c for c in cells if c)):
            return                       # the page around the table (【打印本页】, 附件：, a footer)
        roles = self._header_roles(cells)
        if roles is not None:
            if self.prev_was_header and self.roles is not None and len(roles) >= len(self.roles):
                before = self.roles + [None] * (len(roles) - len(self.roles))
                roles = [new or old for new, old in zip(roles, before)]
            # the header again on the next page (after a page's notes too): merged groups go on
            # (its labels as they stand: the next page's grid may have fewer empty cells, and
            # a two-row header is compared row by row)
            labels = tuple(_norm(c) for c in cells if c)
            repeated = (labels in self.header_rows or (self.prev_was_header and self.header_repeated)) \
                and self.header_project == self.ctx.get("project")
            self.header_rows = (self.header_rows if self.prev_was_header or repeated else []) + [labels]
            self.header_repeated = repeated
            self.header_project = self.ctx.get("project")
            self.roles = self._finish_roles(roles, cells)
            self.header_texts = cells
            self.in_table = self.header_seen = self.prev_was_header = True
            if not repeated:
                self.carry = {}
            if self.heading is not None:     # 一、产出指标 over the table: its rows' level-1
                self.carry = {f"level{self.heading[0]}": self.heading[1]}
                self.heading = None
            return
        self.prev_was_header = False
        first = next(c for c in cells if c)
        if self.in_table and len(first) <= 8 and _norm(first) in self.lex.total_rows \
                and "project" not in (self.roles or []):
            self.after_total = True      # 总分 | 100 | 98.6: a 自评表's total, no indicator
            return
        if self.after_total and all(_bare_number(c) for c in cells if c):
            return                       # the rest of that total row, read apart (98.6)
        self.after_total = False
        pairs = self._context(cells)
        if pairs is not None and self._indicator_shaped(row, cells, pairs):
            pairs = None
        if self.project_list and self.in_table and (pairs is None or "total" in pairs):
            self._project_row(row, cells)
            return
        if pairs is not None:
            self._apply_context(pairs, cells)
            return
        filled = [c for c in cells if c]
        if len(filled) == 1 and (project := title_project(filled[0])) is not None:
            if project != self.ctx.get("project"):     # (a title printed again on each page: no change)
                self._apply_context({"project": project}, cells)
            return
        if self.in_table and len(filled) == 1 and numbered_class_heading(filled[0]) and (
                not row.aligned or "level1" not in self.roles):
            # 二、效益指标 on a line of its own inside the table, or alone in a grid row of a table
            # with no level-1 column (split per class, its header again under each heading)
            self.carry = {"level1": filled[0]}
            return
        if not self.in_table or self.roles is None:
            level = class_heading(cells[0]) if len([c for c in cells if c]) == 1 else None
            self.heading = (level, cells[0]) if level == 1 else None
            if "year" not in self.ctx and (m := _YEAR.search(" ".join(cells))):
                self.ctx["year"] = int(m.group(1))
            return
        self._indicator_row(row, cells)

    # ------------------------------------------------------------------ one indicator a row
    def _spread(self, row: Row, cells: list[str]) -> list[str | None]:
        roles = self.roles or []
        if row.aligned or len(cells) >= len(roles):
            spread: list[str | None] = list(cells[: len(roles)])
            spread += [None] * (len(roles) - len(spread))
            return [c if c else None for c in spread]
        present = [c for c in cells if c]
        carried = declared_codes(self.carry.get("level1"), None)[0]
        return align(present, roles, carried_level1=carried)

    def _indicator_row(self, row: Row, cells: list[str]) -> None:
        roles = self.roles or []
        spread = self._spread(row, cells)
        got: dict[str, str] = {}
        extra: dict[str, str] = {}
        for i, (role, cell) in enumerate(zip(roles, spread)):
            if cell is None:
                continue
            if role in MAIN_ROLES and role not in got:
                got[role] = cell
            elif _norm(cell) != _norm(self._column_label(i)):   # not a merged block label
                extra[self._column_label(i)] = cell
        for i, cell in enumerate(cells[len(roles):], len(roles)):
            if cell and row.aligned:
                extra[self._column_label(i)] = cell
        # the comparison filed under 指标方向 while 指标性质 says 正向/反向
        direction = next((c for r, c in zip(roles, spread) if r == "direction" and c), None)
        if direction and is_op_cell(direction) and _norm(direction) not in self.lex.op_not_joined and (
                "op" not in got or _norm(got["op"]) in self.lex.op_not_joined):
            got["op"] = direction
        if got.get("project") and got["project"] != self.ctx.get("project"):
            self.ctx["project"] = got["project"]      # a merged project cell: its rows follow
            self.carry = {}
            own = {r: c for r, c in zip(roles, spread) if r in ("amount", "goal") and c}
            self.ctx["amount"] = parse_amount(own.get("amount")) if own.get("amount") else None
            self.ctx["goal"] = own.get("goal")
        if set(got) == {"name"} and (level := class_heading(got["name"])):
            got = {f"level{level}": got["name"]}      # 二、效益指标 in the name column: a group's heading
        if got and set(got) <= {"level1", "level2", "category"} and all(map(_not_a_class, got.values())):
            return          # a page's text run into the class columns (a PDF region): no group
        self._classes_out_of_name(got)
        self._classes_apart(got)
        self._name_value_apart(got)
        l1, l2 = self._categories(got)
        has_value = any(k in got for k in ("value", "period"))
        if "name" not in got and not has_value:
            return                    # a category-only row: it set the groups, nothing else
        # 总分 | 100 | 98.6 in the name column of a 自评表, 合计 with no value: no indicator (labels
        # are short; longer names skip the lookups)
        name = got.get("name", "")
        label = _norm(name) if len(name) <= 8 else ""
        if label in self.lex.total_rows or (
                not has_value and self.lex.context_key.get(label) in ("total", "other")):
            return
        ind = Indicator(source=self.source, location=dict(row.location), raw=row.raw,
                        department=self.ctx.get("department"),  # type: ignore[arg-type]
                        spending_unit=self.ctx.get("spending_unit"),  # type: ignore[arg-type]
                        project=self.ctx.get("project"),  # type: ignore[arg-type]
                        project_amount=self.ctx.get("amount"),  # type: ignore[arg-type]
                        year=self.ctx.get("year"),  # type: ignore[arg-type]
                        goal=self.ctx.get("goal"),  # type: ignore[arg-type]
                        declared_level1=l1, declared_level2=l2, name=_spaces_out(got.get("name")),
                        period_value=got.get("period"), unit_column=got.get("unit"), extra=extra)
        ind.declared_level1_code, ind.declared_level2_code, flags = declared_codes(l1, l2)
        ind.flags += flags
        ind.annual_value = self._joined_value(got, ind)
        if ind.name is None:
            ind.add_flag("read.unsplit", "该行有指标值但没有指标名称")
        if len(cells) > len(roles) and not row.aligned:
            ind.add_flag("read.unsplit", f"该行有 {len(cells)} 个单元格，表头只有 {len(roles)} 列")
        if row.unread:
            ind.add_flag("read.unsplit", "未能归入任何一列的文字：" + "、".join(row.unread), "hint")
        for rule, reason in row.notes:
            ind.add_flag(rule, reason)
        self.out.append(ind)

    def _classes_out_of_name(self, got: dict[str, str]) -> None:
        """产出指标数量指标改造小区个数 in the name column of a table with class columns (the
        class cells run into the name, a WPS preview or OCR): the classes go to their columns."""
        roles = set(self.roles or [])
        name = got.get("name")
        if not name or got.get("level1") or got.get("level2") or got.get("category") \
                or not roles & {"level1", "level2", "category"}:
            return
        if not any(end in name[:20] for end in self.lex.class_endings):
            return                # no 指标/目标 near its start: no class run into it
        classes, rest = leading_classes(name, 2)
        if not classes or len(rest) < 2 or not all(c.endswith(self.lex.class_endings) for c in classes):
            return
        if len(classes) == 2:
            got["level1"], got["level2"] = classes
        else:
            got[f"level{category_level(classes[0]) or 2}"] = classes[0]
        got["name"] = rest

    def _name_value_apart(self, got: dict[str, str]) -> None:
        """重点村接待游客人次较上年增长12% in the value cell and no name, or 奖补乡村旅游重点村5个 in
        the name cell and no value in a table with a value column (a PDF whose name overran its
        cell into the next, a preview that ran two cells together): cut apart as run-together
        text is, when the cut is two cells, neither a class name, brackets closed in each."""
        if got.get("period") or "value" not in (self.roles or []):
            return
        in_name = False
        if "name" not in got and got.get("value") and not value_at_start(got["value"]):
            text = got["value"]
        elif got.get("name") and not got.get("value") and _DIGIT.search(got["name"]):
            text, in_name = got["name"], True     # (a name without a figure is never cut: below)
        else:
            return
        cells = split_line(text)
        if len(cells) != 2 or len(cells[0]) < 2 or any(map(_is_class_name, cells)) \
                or not all(map(_brackets_closed, cells)):
            return
        if in_name and not _DIGIT.search(cells[1]):
            return        # a name left without a value (…不合格检出率) keeps its words: a figure cuts
        got["name"], got["value"] = cells

    def _classes_apart(self, got: dict[str, str]) -> None:
        """满意度指标 满意度指标 in the level-2 cell, the level-1 cell empty (OCR squeezed the two
        class cells into one column): the first is the level-1 class, the second the level-2."""
        cell = got.get("level2")
        if not cell or got.get("level1") or "level1" not in (self.roles or []):
            return
        parts = cell.split()
        tax = lexicon.taxonomy()
        if len(parts) == 2 and tax.level1_code(parts[0]) and tax.level2_code(parts[1]):
            got["level1"], got["level2"] = parts

    def _column_label(self, i: int) -> str:
        text = self.header_texts[i] if i < len(self.header_texts) else ""
        return " ".join(text.split()) or f"col{i + 1}"

    def _categories(self, got: dict[str, str]) -> tuple[str | None, str | None]:
        """Declared level-1/level-2 after filling merged cells down within their group."""
        roles = set(self.roles or [])
        if "category" in got:                      # one column holding either level, or both
            cell = got["category"]
            if (pair := class_pair(cell)) is not None:
                got.setdefault("level1", pair[0])
                got.setdefault("level2", pair[1])
            elif category_level(cell) == 1 or ("level2" in roles and "level1" not in roles):
                got.setdefault("level1", cell)
            else:
                got.setdefault("level2", cell)
        if "level1" in got and _not_a_class(got["level1"]) and category_level(self.carry.get("level1")) == 1:
            # a sentence in the level-1 column where the table's level-1s are classes of the
            # taxonomy (the rest of a cell above run into this row): the group goes on
            del got["level1"]
        for role in ("level1", "level2"):           # 满意度指标 服务对象满意度指标 in one cell
            pair = class_pair(got[role]) if role in got and not got.get("level2" if role == "level1" else "level1") else None
            if pair is not None:
                got["level1"], got["level2"] = pair
                break
        if "level1" in got:
            # the same level-1 written again on each row (产出指标 | (blank) | 乳腺癌筛查人数): a blank
            # level-2 cell under it goes on with the level-2 above, as a merged cell would
            same = _norm(got["level1"]) == _norm(self.carry.get("level1") or "")
            level2 = got.get("level2") or (self.carry.get("level2") if same else None)
            self.carry = {"level1": got["level1"], "level2": level2}
        elif "level2" in got:
            self.carry["level2"] = got["level2"]
        return self.carry.get("level1"), self.carry.get("level2")

    def _joined_value(self, got: dict[str, str], ind: Indicator) -> str | None:
        """DESIGN.md: ≥ + 95 + % -> ≥95%; 定性 dropped; a value in words that ends in its figure
        takes the unit too (较上年下降 10 + % -> 较上年下降10%); any other value that is not a
        bare number is kept as written; a unit cell holding digits means shifted columns:
        nothing joined."""
        value = got.get("value")
        op, unit = got.get("op"), got.get("unit")
        # a scanned table's figures as OCR read them (≥12OO beside 件) are figures all the same
        probe = lexicon.ocr_digits(value.translate(lexicon.FULLWIDTH)) if value is not None else None
        own = _own_op().match(probe) if probe is not None and unit else None
        if own and _bare_number(own.group(2)) and not re.search(r"\d", unit):
            return value + unit  # "≥95" beside a "%" column: its own operator, the column's unit
        if probe is not None and unit and _FIGURE_LAST.search(probe) and not re.search(r"\d", unit) \
                and _UNIT_WRITTEN.search(unit) and not re.match(r"^[-+]?\d", probe):
            return value + unit  # "较上年下降10" or "不低于90" beside a "%" column: the figure's unit
        if probe is not None and op and _norm(op) not in self.lex.op_not_joined and \
                (in_words := _figure_in_words(probe)) is not None:
            # ≥ + 百分之九十五: a figure in words takes the operator (and the unit column, where
            # the figure has none of its own: 十二 + 个)
            return op + value + (unit if unit and in_words.unit is None else "")
        if probe is None or not re.match(r"^[-+]?\d", probe):
            return value        # text ("明显提升") or a value with its own operator and unit
        if unit and re.search(r"\d", unit) and not _PER_FIGURE.fullmatch(unit.strip()):
            ind.add_flag("read.columns", f"计量单位列“{unit}”含有数字，指标值按原文保留", "hint")
            return value
        bare = _bare_number(probe)
        if op and _norm(op) not in self.lex.op_not_joined:
            value = op + value
        if unit and bare:         # a unit only after a bare number: "28.8万元" keeps its own
            value = value + unit
        return value

    # ------------------------------------------------------------------ one project a row
    def _project_row(self, row: Row, cells: list[str]) -> None:
        roles = self.roles or []
        got: dict[str, str] = {}
        for role, cell in zip(roles, cells):
            if role and cell and role not in got:
                got[role] = cell
        name = got.get("project") or next((c for c in cells if c), "")
        amount = parse_amount(got.get("amount"))
        key = self.lex.context_key.get(_norm(name))
        if key == "total":
            self.totals.append((amount or 0.0, []))
            return
        if key == "signoff":
            self.in_table = False
            return
        packed = got.get("packed")
        if not packed and not got.get("goal"):
            # a unit row (部门 / 使用单位 subtotal): sets who spends, holds no indicators
            self.ctx["spending_unit"] = name
            return
        project: list[Indicator] = []
        base = dict(source=self.source, department=self.ctx.get("department"),
                    spending_unit=self.ctx.get("spending_unit"), project=name,
                    project_amount=amount, year=self.ctx.get("year"), goal=got.get("goal"))
        items = split_packed(packed) if packed and looks_packed(packed) else []
        for n, item in enumerate(items, 1):
            ind = Indicator(location={**row.location, "item": n}, raw=item.raw,  # type: ignore[arg-type]
                            declared_level1=item.level1, declared_level2=item.level2,
                            name=item.name, period_value=item.period_value,
                            annual_value=item.annual_value, **base)
            ind.declared_level1_code, ind.declared_level2_code, flags = declared_codes(
                item.level1, item.level2)
            ind.flags += flags
            for rule, reason, severity in item.notes:
                ind.add_flag(rule, reason, severity)
            project.append(ind)
        if not items:
            ind = Indicator(location=dict(row.location), raw=packed or row.raw, **base)  # type: ignore[arg-type]
            ind.add_flag("read.unsplit", "项目行的绩效指标单元格无法拆分"
                         if packed else "项目行没有绩效指标")
            project.append(ind)
        self.out += project
        if self.totals:
            self.totals[-1][1].append((name, amount, project))

    def _check_totals(self) -> None:
        """REVIEW-RULES rule 28: a department's project amounts add up to its 合计."""
        for total, projects in self.totals:
            if not projects:
                continue
            s = round(sum(a or 0.0 for _, a, _ in projects), 2)
            if abs(s - total) > 0.005:
                rule = lexicon.review_rules().rules["28"]      # features/review_rules.yaml
                reason = rule["reason"].format(total=s, stated=total)
                for _, _, inds in projects:
                    for ind in inds:
                        ind.flags.append(make_flag(28, reason, rule["severity"]))
