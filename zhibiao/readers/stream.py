"""Page text whose grid is lost -> rows under their columns, decided by content.

tokens.py turns page text of any shape into one stream of cell tokens. Here the stream is
cut into what a person reading the page sees:
- context lines (项目名称, 主管部门, 资金, 审核意见, 盖章) stay rows of their own, for
  TableReader; page furniture (第1页 共3页, a URL, a print date) is dropped;
- the indicator header is found among the tokens, its labels joined where the page split them
  over lines (`一级\\n指标`, `可持续影响\\n\\n指标`), a two-line header spliced under its
  spanning label;
- the tokens after a header are cut into rows and each row's tokens put under columns by one
  dynamic programme: every way of cutting and placing is scored by how well each token fits
  its column (align.fit), what leaving a column empty costs, what joining a wrapped token to
  the one before costs, and where the page's own line breaks fall. A whole table on one line,
  one cell a line without row markers, merged cells left out and rows padded with `||||` are
  all the same problem to it.
- a text with no header at all (a fragment, a list `【产出指标-数量指标】名称：值`, an indented
  tree) gets its columns from its content.
Rows come out aligned (cell i under column i) with the text they were read from.

>>> rows = stream_rows("一级指标 二级指标 三级指标 指标值\\n产出指标 数量指标 培训人次 ≥500人次\\n质量指标 合格率 95%")
>>> [r.cells for r in rows][1:]
[['产出指标', '数量指标', '培训人次', '≥500人次'], ['', '质量指标', '合格率', '95%']]
"""
from __future__ import annotations

import functools
import itertools
import re

from .. import lexicon
from ..categories import category_level
from .align import SKIP_COST, fit, is_op_cell, is_unit_cell
from .grid import Row
from .rowfit import Layout, fit_row, one_row_a_line, rows_run_on
from .runon import rate_prefix, split_body, split_line, value_at_start, values_in
from .runon_lines import split_runon
from .table import class_heading, column_role, finish_roles, sub_label
from .labels import (context_label, is_framework_class, is_furniture, label_of, running_lines, signoff_lines,
                     synthetic_header)
from .tokens import Token, tokenize

__all__ = ["stream_rows", "header_roles"]

# what the programme charges (higher is worse), chosen on the round-trip quirks of
# benchmarks/reader_roundtrip.py and the page-text fixtures, not on any one file
JOIN_COST = {"wsep": 0.4, "nl": 0.6, "blank": 2.2, "eol": 2.4}   # a token joined to the cell before
ROW_SPLIT_COST = {"sep": 4.5, "wsep": 3.0, "nl": 0.0, "blank": 0.0, "eol": 0.0, "hard": 0.0}
ROW_ACROSS_COST = {"eol": 1.8, "blank": 2.5, "hard": 50.0}     # a row that goes on past a row boundary
MARKED_SPLIT_COST = 4.0                          # a row cut where the page marks none
DROP_COST = 4.0                                  # a token left out of every row
NEG = float("-inf")


def _norm(text: str) -> str:
    return lexicon.norm_header(text) if text else ""


# ------------------------------------------------------------------------------- headers


def _mergeable(gap: str) -> bool:
    return gap in ("wsep", "nl", "blank")


def _header_words(tokens: list[Token], start: int) -> list[tuple[str, str | None, int, int]]:
    """The run of header words from tokens[start] on: (label, role, first token, end)."""
    if _unknown_label(tokens[start].text) and start + 1 < len(tokens) \
            and tokens[start + 1].gap in ("nl", "blank", "sep", "wsep") \
            and column_role(tokens[start + 1].text) is not None:
        rest = _header_words(tokens, start + 1)      # 项目类别 before 一级指标: a column too
        if _is_header(rest):
            return [(tokens[start].text, None, start, start + 1), *rest]
    words = []
    i = start
    while i < len(tokens):
        best = None
        text = tokens[i].text
        if tokens[i].blank:
            break
        # a label the page split over lines: the longest join that names a column wins,
        # provided the pieces after the first are short (一级 + 指标, 指标性 + 质)
        joined = text
        for m in range(1, 4):
            j = i + m
            if j >= len(tokens) or tokens[j].blank or len(tokens[j].text) > 4 or not (
                    _mergeable(tokens[j].gap) or tokens[j].gap == "eol"):
                break
            joined += tokens[j].text
            if column_role(joined) is not None:
                best = (joined, column_role(joined), i, j + 1)
        if best is None:
            role = column_role(text)
            if role is None and not (words and _unlisted_column(tokens, i)):
                break
            best = (text, role, i, i + 1)
        words.append(best)
        i = best[3]
    # a header line ends with labels the lexicon does not know (项目类别): columns all the same,
    # when they end the line and look like labels, not data
    j = i
    while words and j < len(tokens) and tokens[j].gap in ("sep", "wsep") and j - i < 3 \
            and _looks_like_label(tokens[j].text):
        j += 1
    if j > i and (j == len(tokens) or tokens[j].gap in ("eol", "hard", "blank")):
        words += [(tokens[m].text, None, m, m + 1) for m in range(i, j)]
        i = j
    # 绩效指标, then 一级指标 二级指标… one label a line: the spanning label over them, no column
    # of its own (one would take a piece of a wrapped name, one cell a line). Written down a
    # narrow column a character a line (绩/效/指/标) it is a side label's column: kept
    # (or alone on the line above a whole header: its title, 绩效指标 over | 一级指标 | … |)
    if len(words) >= 4 and words[0][1] in ("block", "packed") and words[0][3] - words[0][2] == 1 \
            and (tokens[words[1][2]].gap in ("nl", "blank") or (
                tokens[words[1][2]].gap == "eol" and (words[0][2] == 0 or tokens[words[0][2]].gap in ("eol", "hard", "blank", "nl")))) \
            and {"level1", "level2"} & {w[1] for w in words[1:]} and "name" in {w[1] for w in words[1:]}:
        words = words[1:]
    # a two-line header: a spanning label (绩效指标) over a line of header words
    if words and i < len(tokens) and tokens[i].gap in ("eol", "hard", "blank") and any(
            w[1] in ("block", "packed") for w in words):
        more = _header_words(tokens, i)
        if more and all(w[1] in ("level1", "level2", "category", "name", "index") for w in more):
            words += more
    return words


def _unlisted_column(tokens: list[Token], i: int) -> bool:
    """A header set one cell a line (or a whole table on one line) goes on past a label the
    lexicon lacks (项目类别, 适用范围) when the next cell is a label again or the body's first
    class; a label on the header's own line is taken after the loop."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return tokens[i].gap in ("nl", "blank", "sep") and _unknown_label(tokens[i].text) \
        and nxt is not None and nxt.gap in ("nl", "blank", "sep") \
        and (column_role(nxt.text) is not None or category_level(nxt.text) is not None)


def _unknown_label(text: str) -> bool:
    """项目类别, 适用范围: a column label features/headers.yaml does not list, by how it ends."""
    return column_role(text) is None and _looks_like_label(text) \
        and text.endswith(lexicon.headers().label_endings)


def _looks_like_label(text: str) -> bool:
    return 0 < len(text) <= 8 and not re.search(r"\d|[%％≥≤<>]", text) and category_level(text) is None


def header_roles(labels: list[str]) -> list[str | None]:
    """Column roles as TableReader will read them (table.finish_roles)."""
    return finish_roles([column_role(w) for w in labels], labels=labels)


def _is_project_list(words: list[tuple[str, str | None, int, int]]) -> bool:
    roles = {w[1] for w in words}
    return "project" in roles and bool({"amount", "packed"} & roles)


def _is_header(words: list[tuple[str, str | None, int, int]]) -> bool:
    roles = {w[1] for w in words if w[1] and w[1] != "block"}
    return len(roles) >= 2 and bool({"name", "packed"} & roles) and not _is_project_list(words)


def _stacked_header(first: list[Token], second: list[Token] | None) -> list[str] | None:
    """A header over two lines, column by column: labels the page broke in two (指标 | 计划 over
    名称 | 标准) joined top to bottom; a spanning label over blank cells (年度绩效指标 | | over
    一级指标 | 二级指标 | 三级指标) giving way to the labels under it."""
    if second is None or len(first) < 2:
        return None
    if any(re.search(r"\d", t.text) for t in (*first, *second)) or context_label(first[0].text):
        return None             # a line of amounts or a context line is no part of a header
    if len(second) != len(first):
        return _broken_labels(first, second)
    labels, broken = [], 0
    span = None              # a label spanning the blank cells to its right (长期目标 | | |)
    for a, b in zip(first, second):
        top, low = a.text or (span or ""), b.text
        if a.text:
            span = a.text if column_role(a.text) in ("block", "packed", "period", "value") else None
        if top and low and column_role(top) == "period" and column_role(low) == "value":
            labels.append(top)      # the value column under the 长期目标 half is the period's
            continue
        if top and low and column_role(top + low) and (
                not (column_role(top) and column_role(low)) or max(len(top), len(low)) <= 3):
            labels.append(top + low)
            broken += 1
        elif top and low:      # a sub-header under its label is the more specific of the two
            labels.append(low if column_role(low) else top)
        else:
            labels.append(top or low)
    known = sum(1 for x in labels if column_role(x) not in (None, "block"))
    alone = max(sum(1 for t in line if column_role(t.text) not in (None, "block")) for line in (first, second))
    roles = {column_role(x) for x in labels} - {None, "block"}
    if len(roles) < 2 or not ({"name", "packed"} & roles):
        return None
    fragments = broken >= 2 and all(len(t.text) <= 3 and not re.search(r"\d", t.text) for t in second)
    from_top = all(column_role(b.text) for b in second if b.text) and any(
        lab != b.text and b.text for lab, b in zip(labels, second))
    return labels if known > alone or fragments or (known >= alone and from_top) else None


def _broken_labels(first: list[Token], second: list[Token]) -> list[str] | None:
    """Single-space text drops the blank cells of a header's second line: `序号 一级 二级 三级指标
    年度指标值` over `指标 指标`. Each short piece below ends the next short label above that it
    makes a column label with (一级 + 指标); every piece must find one."""
    if not second or len(second) >= len(first) or any(len(t.text) > 3 for t in second):
        return None
    labels = [t.text for t in first]
    k = 0
    for piece in (t.text for t in second):
        while k < len(labels) and not (len(labels[k]) <= 3 and column_role(labels[k] + piece)):
            k += 1
        if k == len(labels):
            return None
        labels[k] += piece
        k += 1
    roles = {column_role(x) for x in labels} - {None, "block"}
    return labels if len(roles) >= 2 and {"name", "packed"} & roles else None


def _sub_header(groups: list[list[Token]], g: int, end: int, pos: dict[int, int],
                tokens: list[Token]) -> tuple[list[str], int] | None:
    """Period and value labels on the row after a header (one cell a line: over lines)."""
    labels: list[str] = []
    used = 0
    while g + used < len(groups) and len(labels) < 5:
        grp = [t for t in groups[g + used] if not t.blank]
        if not grp or any(column_role(t.text) not in ("period", "value") and not _YEAR_ONLY.fullmatch(t.text)
                          for t in grp):
            break
        labels += [t.text for t in grp]
        used += 1
        if g + used < len(groups) and groups[g + used][0].gap == "hard":
            break
    roles = [column_role(x) for x in labels]
    years = len(labels) >= 2 and all(_YEAR_ONLY.fullmatch(x) for x in labels)
    return (labels, used) if years or (2 <= len(labels) <= 3 and "period" in roles and "value" in roles) \
        else None


# a year over a three-year plan's value column (2026年 | 2027年 | 2028年 under 指标值)
_YEAR_ONLY = re.compile(r"\s*(?:19|20)\d\d\s*年度?\s*")


def _with_sub_header(labels: list[str], sub: tuple[list[str], int]) -> list[str]:
    """The sub-header labels take the place of the header's value column (a year joined to
    that column's label: 2026年指标值)."""
    k = max((i for i, x in enumerate(labels) if column_role(x) in ("value", "period")), default=None)
    if k is None:
        return labels + sub[0]
    parts = [sub_label(x, labels[k]) or x if _YEAR_ONLY.fullmatch(x) else x for x in sub[0]]
    return labels[:k] + parts + labels[k + 1:]


def _splice_two_line(words: list[tuple[str, str | None, int, int]], tokens: list[Token]
                     ) -> list[str]:
    """A two-line header (绩效指标 | 指标值 over 一级指标 | 二级指标 | 三级指标): the second
    line's labels take the place of the spanning label of the first."""
    lines: list[list[tuple[str, str | None, int, int]]] = []
    for w in words:
        if lines and tokens[w[2]].gap not in ("eol", "hard"):
            lines[-1].append(w)
        else:
            lines.append([w])
    if len(lines) == 2:
        top, under = lines
        spans = [k for k, w in enumerate(top) if w[1] in ("block", "packed")]
        if spans and all(w[1] in ("level1", "level2", "category", "name", "index") for w in under):
            k = spans[0]
            return [w[0] for w in top[:k]] + [w[0] for w in under] + [w[0] for w in top[k + 1:]]
        # 实施期目标 | 年度目标 on the row under 预算设定指标值: they are that column, split
        if len(under) >= 2 and {w[1] for w in under} == {"period", "value"} and any(
                w[1] in ("value", "period") for w in top):
            return _with_sub_header([w[0] for w in top], ([w[0] for w in under], 1))
    return _spanning_value_dropped([w[0] for w in words], [w[1] for w in words])


def _spanning_value_dropped(labels: list[str], roles: list[str | None]) -> list[str]:
    """A two-row header read as one run (一级指标 二级指标 三级指标 指标值 实施期指标值
    年度指标值, one cell a line): the value label directly followed by a period label and a
    value label is the one spanning them, no column of its own."""
    for k in range(len(labels) - 2):
        if roles[k] in ("value", "period") and {roles[k + 1], roles[k + 2]} == {"period", "value"}:
            return labels[:k] + labels[k + 1:]
    return labels


# ------------------------------------------------------------------------ line kinds


@functools.lru_cache(maxsize=1)
def _run_labels() -> re.Pattern:
    lex = lexicon.headers()
    words = [w for w, key in lex.context_key.items()
             if key in ("project", "department", "signoff") and len(w) >= 4]
    return re.compile("^(" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + ")(.+)$")


def _split_run_label(text: str) -> list[str] | None:
    """项目名称人才驿站补助资金 (a label run into its value): [label, value]."""
    m = _run_labels().match(text.strip())
    return [m.group(1), m.group(2).strip()] if m else None


def _line_kind(tokens: list[Token], in_body: bool) -> str:
    first = tokens[0].text
    if is_furniture(" ".join(t.text for t in tokens)):
        return "noise"
    key = context_label(first)
    if key is None and len(tokens) == 1 and _split_run_label(first):
        return "context"
    if key is None:
        return "table"
    label = _norm(re.split(r"[:：]", first)[0])
    if in_body and label in lexicon.headers().indicator_prefixes:
        return "table"            # 其中：… inside a table is an indicator
    if in_body and label == _norm(first) and is_framework_class(first):
        return "table"            # 绩效目标 in a 自评表's class column, not the goal's label
    return "context"


# ------------------------------------------------------------------------ the programme
def _fit(text: str, role: str | None, repeated: frozenset[str] = frozenset(), no_unit: bool = False
         ) -> float:
    if role == "value" and no_unit and is_unit_cell(text):
        return 0.5            # 公里 alone in a cell of its own where a template left the figure
                              # blank: the value's cell (after a bare line break, a name's end: 人数)
    if role == "_unnamed":    # a column the header does not name (计划标准 under no label)
        return 2.0 if text in repeated else -2.0
    if role == "index":
        return 2.0 if re.fullmatch(r"[(（]?\d{1,3}[)）.、]?", text) else -3.0
    return fit(text, role, None)


def _skip(role: str | None) -> float:
    if role == "index":
        return 0.3
    return SKIP_COST.get(role or "", 0.5)


def _joinable(role: str | None) -> bool:
    return role in ("name", "value", "period", "actual", "remark", "basis", "explanation",
                    "level1", "level2", "category", None)


def _unit_after_number(before: str, text: str) -> bool:
    if not re.search(r"\d$", lexicon.ocr_digits(before)):     # ≥12OO: OCR's figure
        return False
    bare = text.lstrip("万亿千百十")
    return bool(text) and (is_unit_cell(text) or (bare != text and (not bare or is_unit_cell(bare))))


def _repeated_labels(tokens: list[Token], roles: list[str | None]) -> frozenset[str]:
    """Short words that recur down the rows but fit no column of the header (计划标准, 行业标准
    under a header that forgot their column): the header is narrower than the rows."""
    from collections import Counter
    if "basis" in roles:
        return frozenset()
    basis = lexicon.headers().basis_values
    counts = Counter(t.text for t in tokens if t.text in basis)
    return frozenset(counts) if sum(counts.values()) >= 3 else frozenset()


def segment(tokens: list[Token], roles: list[str | None], line_rows: bool,
            by_marker: bool = False) -> list[list[list[int]]]:
    """Cut the tokens into rows, each a list (one per column) of token indices, then one list
    of the tokens no column took (they stay with their row, never lost).

    States (i, j, c, h): i tokens used, j columns of the current row decided, c: the last
    token went to column j-1 (a wrapped token may join it), h: the row holds a token."""
    n, k = len(tokens), len(roles)
    repeated = _repeated_labels(tokens, roles)
    if repeated and len(tokens) > 0:
        roles = [*roles, "_unnamed"]
        k += 1
    no_unit = "unit" not in roles
    fits = [[_fit(t.text, r, repeated, no_unit and t.gap != "nl") if not t.blank else 0.0 for r in roles]
            for t in tokens]
    skips = [_skip(r) for r in roles]
    best: dict[tuple[int, int, int, int], float] = {(0, 0, 0, 0): 0.0}
    back: dict[tuple[int, int, int, int], tuple[tuple[int, int, int, int], str]] = {}

    def push(state, score, prev, move):
        if score > best.get(state, NEG):
            best[state] = score
            back[state] = (prev, move)

    # within one i, rows that hold a token go first: their end starts a row (h=0) at i
    order = [(j, c, h) for h in (1, 0) for j in range(k + 1) for c in (0, 1)]
    for i in range(n + 1):
        for j, c, h in order:
                    state = (i, j, c, h)
                    score = best.get(state, NEG)
                    if score == NEG:
                        continue
                    if j == k:            # the row is complete: the next one starts at i
                        if i < n and tokens[i].blank:      # padding after a full row
                            push((i + 1, k, 0, h), score - 0.05, state, "drop")
                            continue
                        if h and i < n:
                            cost = ROW_SPLIT_COST.get(tokens[i].gap, 0.0) if line_rows else 0.0
                            if by_marker and tokens[i].gap != "hard":
                                cost = MARKED_SPLIT_COST
                            push((i, 0, 0, 0), score - cost, state, "row")
                        if i == n:
                            continue
                        continue
                    push((i, j + 1, 0, h), score - skips[j], state, "skip")
                    if i == n:
                        continue
                    tok = tokens[i]
                    across = ROW_ACROSS_COST.get(tok.gap, 0.0) if h and line_rows else 0.0
                    if h and tok.gap == "hard":
                        across = ROW_ACROSS_COST["hard"]
                    if tok.blank:         # an empty cell: holds its column, starts no row
                        push((i + 1, j + 1, 0, h), score - across, state, "put")
                        push((i + 1, j, 0, h), score - 0.05, state, "drop")
                        continue
                    push((i + 1, j + 1, 1, 1), score + fits[i][j] - across, state, "put")
                    if c and j and _joinable(roles[j - 1]) and tok.gap in JOIN_COST:
                        cost = JOIN_COST[tok.gap]
                        if roles[j - 1] in ("value", "period", "actual") and _unit_after_number(
                                tokens[i - 1].text, tok.text):
                            cost = -0.5       # 3.3 then 万公里: the number's unit, set apart
                        push((i + 1, j, 1, 1), score - cost - across, state, "join")
                    push((i + 1, j, 0, h), score - DROP_COST, state, "drop")
    end = max(((n, k, c, 1) for c in (0, 1)), key=lambda s: best.get(s, NEG))
    if best.get(end, NEG) == NEG:
        return []
    moves = []
    state = end
    while state in back:
        prev, move = back[state]
        moves.append((prev, move))
        state = prev
    moves.reverse()
    # a row is one index list a column, then one of the tokens no column took (last)
    rows: list[list[list[int]]] = []
    current: list[list[int]] = [[] for _ in range(k + 1)]
    for (i, j, _c, _h), move in moves:
        if move == "put":
            if not tokens[i].blank:
                current[j].append(i)
        elif move == "join":
            current[j - 1].append(i)
        elif move == "drop" and not tokens[i].blank:
            current[k].append(i)
        elif move == "row":
            rows.append(current)
            current = [[] for _ in range(k + 1)]
    rows.append(current)
    return _keep_unread(rows, k)


def _keep_unread(rows: list[list[list[int]]], k: int) -> list[list[list[int]]]:
    """Rows that hold a cell; tokens no row took travel with the row before (or after)."""
    kept: list[list[list[int]]] = []
    orphans: list[int] = []
    for r in rows:
        if any(r[:k]):
            r[k] = orphans + r[k]
            orphans = []
            kept.append(r)
        else:
            (kept[-1][k] if kept else orphans).extend(r[k])
    if orphans and kept:
        kept[-1][k].extend(orphans)
    return kept


def _join(parts: list[Token]) -> str:
    out = ""
    for t in parts:
        if out and (t.gap == "wsep" or (re.search(r"[A-Za-z0-9]$", out) and re.match(r"[A-Za-z0-9]", t.text))):
            out += " "
        out += t.text
    return out


def _raw(tokens: list[Token], idx: list[int], lines: dict[int, str]) -> str:
    first, last = min(idx), max(idx)
    covered = range(tokens[first].line, tokens[last].line + 1)
    whole = (first == 0 or tokens[first - 1].line != tokens[first].line) and (
        last == len(tokens) - 1 or tokens[last + 1].line != tokens[last].line)
    if whole:
        return "\n".join(lines[n] for n in covered if lines.get(n, "").strip())
    return " ".join(tokens[i].text for i in range(first, last + 1))


def _units(tokens: list[Token], by_marker: bool) -> list[list[Token]]:
    """Lines, or where the page marks rows with lines of bare pipes, the tokens between two
    markers: the units a row is most likely to be."""
    if not by_marker:
        return _lines_of(tokens)
    out: list[list[Token]] = []
    for t in tokens:
        if out and t.gap != "hard":
            out[-1].append(t)
        else:
            out.append([t])
    return out


def _full_line(group: list[Token], k: int, piped: bool = False) -> list[str] | None:
    """A line that holds exactly one cell a column (padding stripped): its cells in place,
    as the grid had them, without asking the programme."""
    cells = list(group)
    while cells and cells[-1].blank:
        cells.pop()
    if not cells or cells[0].gap not in ("eol", "hard", "blank") or any(
            t.gap in ("wsep", "nl") for t in cells[1:]):
        return None
    if len(cells) == k:
        return [t.text for t in cells]
    # ` |  | 名称 | 值 | `: two or more blank cells written out before the first filled one
    # place every cell by position, so a short line lacks only its last cells (a blank 备注);
    # one leading blank may stand for several merged cells left out
    lead = next((i for i, t in enumerate(cells) if not t.blank), len(cells))
    if piped and 2 <= lead < len(cells) < k:
        return [t.text for t in cells] + [""] * (k - len(cells))
    return None


def _wrapped_merged(tokens: list[Token]) -> list[Token]:
    """Where the page marks where cells end (a `|`, a blank line), a bare line break is a cell
    wrapped over lines: its pieces are one token (产\n出\n指\n标 -> 产出指标)."""
    crossing = [t for p, t in zip(tokens, tokens[1:]) if t.line != p.line]
    marked = sum(1 for t in crossing if t.gap in ("sep", "blank", "hard"))
    if not crossing or marked < 0.3 * len(crossing) or not any(t.gap == "nl" for t in crossing):
        return tokens
    out: list[Token] = []
    for t in tokens:
        if out and t.gap == "nl" and not t.blank and not out[-1].blank \
                and not _whole_cells(out[-1].text, t.text):
            last = out[-1]
            out[-1] = Token(_join([last, Token(t.text, "nl", t.line)]), last.gap, last.line)
        else:
            out.append(t)
    return out


def _whole_cells(before: str, after: str) -> bool:
    """Two lines that are two cells, not one cell wrapped: a header label or class name is
    whole, and so is the cell before a value (a page whose blank lines fall anywhere, one
    cell a line, marks no wrap with its line breaks)."""
    from .lists import looks_like_value
    if category_level(before + after) or column_role(before + after):
        return False                     # 满意度 / 指标, 服务对象 / 满意度指标: one name broken
    if column_role(before) or column_role(after) or category_level(before) or category_level(after):
        return True
    digit_before, digit_after = bool(_DIGIT.search(before)), bool(_DIGIT.search(after))
    # a name, then its value (每季度结束后20日内); a value, then the next name: a wrap's tail
    # is short (底前, 人次, %) and a name's wrap holds no figure the line before lacked
    return looks_like_value(after) or (digit_after and not digit_before) or (
        looks_like_value(before) and len(after) >= 5 and not digit_after)


_DIGIT = re.compile(r"\d")


def _classes_merged(tokens: list[Token]) -> list[Token]:
    """A class name the page broke over lines or blank lines (数量 / 指标, 经济效 / 益指标, a <br>
    in a tab-separated row) is one token again; the pieces of a merged category cell are no cells of their own."""
    out: list[Token] = []
    for t in tokens:
        # (also across a row's line break: a cell broken by <br>, 产出 / 指标 | 数量 / 指标 | …,
        # ends one line and starts the next)
        if out and t.gap in ("nl", "blank", "eol") and not t.blank and not out[-1].blank:
            last = out[-1]
            joined = last.text + t.text
            # (经济 / 效益指标, 服务对象 / 满意度指标: the rest is a level-1 name of its own, the
            # whole a level-2 one)
            if len(joined) <= 12 and category_level(joined) is not None and (
                    category_level(last.text) is None or len(t.text) <= 2) \
                    and category_level(t.text) is None or (t.text in ("指标", "目标") and category_level(joined)) \
                    or (len(last.text) <= 4 and category_level(last.text) is None
                        and category_level(t.text) == 1 and category_level(joined) == 2):
                out[-1] = Token(joined, last.gap, last.line)
                continue
        out.append(t)
    return out


def _value_pieces_merged(tokens: list[Token], roles: list[str | None]) -> list[Token]:
    """A value a stray space split (≥ 90%, ≥46.5 公里: OCR, single-space text) is one cell,
    written as it was, where the table has no operator or unit column of its own."""
    out: list[Token] = []
    for i, t in enumerate(tokens):
        # (a cell's line of its own after a row's line: the rest of the row's last cell where a
        # <br> broke it, 不少于 / 600人次, 2026年10月 / 底前)
        alone = t.gap == "eol" and (i + 1 == len(tokens) or tokens[i + 1].line != t.line)
        if out and alone and not t.blank and not out[-1].blank and out[-1].line == t.line - 1 \
                and _span_goes_on(out[-1].text, t.text, roles):
            out[-1] = Token(out[-1].text + t.text, out[-1].gap, out[-1].line)
            continue
        if out and t.gap == "wsep" and not t.blank and not out[-1].blank:
            last = out[-1].text
            op_then_number = "op" not in roles and re.fullmatch(r"[≥≤<>=＜＞≧≦]=?", last) and re.match(r"\d", t.text)
            number_then_unit = "unit" not in roles and re.search(r"\d$", last) and _unit_after_number(last, t.text)
            # ≥ 9 0 ％: an OCR'd figure broken digit by digit after its comparison
            broken_figure = re.fullmatch(r"[≥≤<>=＜＞≧≦]=?(?:\s*\d)+", last) and \
                re.fullmatch(r"\d{1,3}(?:\.\d+)?\s*(?:[%％‰]|[^\d\s≥≤<>=＜＞%％]{1,4})?", t.text)
            if op_then_number or number_then_unit or broken_figure:
                out[-1] = Token(last + " " + t.text, out[-1].gap, out[-1].line)
                continue
        if out and t.gap == "nl" and not t.blank and not out[-1].blank and _span_goes_on(out[-1].text, t.text, roles):
            # ≥ / 18 / 万人次, 2025 / 年 / 6 / 月 / 30 / 日前: a Word cell's spans one a line
            # (get_text("\n")) are one value
            out[-1] = Token(out[-1].text + t.text, out[-1].gap, out[-1].line)
            continue
        if out and t.gap == "nl" and not t.blank and not out[-1].blank \
                and t.text in lexicon.headers().value_tails and re.search(r"\d", out[-1].text):
            # 检验结束后20个 / 工作日内: the end of a value on the next line (one cell a line)
            out[-1] = Token(out[-1].text + t.text, out[-1].gap, out[-1].line)
            continue
        out.append(t)
    return out



_DATE_PART = re.compile(r"(?:年|月|日|日前|日内|月底前|月底|年底前|号前)")


def _span_goes_on(last: str, text: str, roles: list[str | None]) -> bool:
    """Whether `text`, on the line after `last`, is the next span of the same value cell: a
    figure after a comparison alone (≥, 不少于, 每周≥), a unit alone after a figure, and the
    pieces of a date (2025 | 年 | 6 | 月 | 30 | 日前); only where the table has no operator or
    unit column of its own."""
    if "op" in roles or "unit" in roles:
        return False
    if re.match(r"\d", text) and (is_op_cell(last) or re.search(r"[≥≤<>=＜＞≧≦]$", last)):
        return True
    if re.search(r"\d$", last) and (_unit_after_number(last, text) or _DATE_PART.fullmatch(text)):
        return True
    if re.search(r"\d\s*[年月]$", last) and _DEADLINE_TAIL.fullmatch(text):
        return True                   # 2026年10月 / 底前
    return bool(re.fullmatch(r"\d{1,2}", text) and re.search(r"\d\s*[年月]$", last))


_DEADLINE_TAIL = re.compile(r"(?:底前|底|前|以前|之前|上旬|中旬|下旬|初)(?:完成)?")


@functools.lru_cache(maxsize=1)
def _name_then_value() -> re.Pattern:
    """A name, then a value that starts with a comparison of features/headers.yaml's
    split_operators, a figure and a short unit, in one cell."""
    ops = "|".join(map(re.escape, sorted(lexicon.headers().split_operators, key=len, reverse=True)))
    return re.compile(r"^(?P<name>.*[\u4e00-\u9fff）)])\s*(?P<value>(?:" + ops + r")"
                      r"\s*\d[\d.,]*\s*[^\s\d]{0,6})$")


def _values_split_off(tokens: list[Token], roles: list[str | None]) -> list[Token]:
    """A cell holding a name and, run on after it, a value that starts with its comparison
    (传染病疫情报告及时率≥95%: OCR, previews) is two cells where the table has a value column."""
    if "value" not in roles:
        return tokens
    # where a column of text follows the value (指标说明: 每个不少于8件器材), a name of two
    # characters before a comparison is that text's own wording, not an indicator
    after = roles[roles.index("value") + 1:]
    shortest = 3 if {"explanation", "remark", "basis"} & set(after) else 2
    out: list[Token] = []
    for t in tokens:
        m = None if t.blank or len(t.text) < 5 else _name_then_value().match(t.text)
        if m and len(m.group("name")) >= shortest and not rate_prefix(m.group("name")):
            out += [Token(m.group("name"), t.gap, t.line), Token(m.group("value"), "sep", t.line)]
        else:
            out.append(t)
    return out


def _forgot_index(body: list[Token], roles: list[str | None]) -> bool:
    """Rows numbered 1, 2, 3 … in a first cell of their own under a header with no 序号 column
    (the page left its label out): the header gets one, so the numbers are no name or class."""
    if "index" in roles:
        return False
    firsts = [g[0].text for g in _lines_of(body) if len(g) >= 2]
    numbers = [int(t) for t in firsts if re.fullmatch(r"\d{1,3}", t)]
    return len(numbers) >= 3 and len(numbers) >= 0.8 * len(firsts) and \
        sum(1 for a, b in itertools.pairwise(numbers) if b == a + 1) >= 0.7 * (len(numbers) - 1)


def _fixed_width_rows(tokens: list[Token], roles: list[str | None]) -> list[Row] | None:
    """A whole table on one line with its empty cells kept (`| 预算绩效 | 预算管理 | … |  |  | …`):
    the cells after the header are rows of the header's width, when every row so cut has a
    name and most have a value where the header puts it."""
    width = len(roles)
    if width < 2 or "name" not in roles or len({t.line for t in tokens}) != 1 \
            or not any(t.blank for t in tokens) or len(tokens) < 2 * width:
        return None
    name = roles.index("name")
    short = -len(tokens) % width          # empty cells at the end of the line are not written
    if short and width - short <= max(name, roles.index("value") if "value" in roles else 0):
        return None
    tokens = tokens + [Token("", "sep", tokens[-1].line, blank=True)] * short
    chunks = [tokens[i:i + width] for i in range(0, len(tokens), width)]
    if any(c[name].blank or re.search(r"^[-+≥≤<>=＜＞]?\d", c[name].text) for c in chunks):
        return None
    if "value" in roles:
        value = roles.index("value")
        if sum(1 for c in chunks if not c[value].blank) < 0.5 * len(chunks):
            return None
    return [Row([t.text for t in c], {"line": c[0].line}, raw=" | ".join(t.text for t in c))
            for c in chunks]


def _body_rows(tokens: list[Token], roles: list[str | None], lines: dict[int, str]) -> list[Row]:
    if (fixed := _fixed_width_rows(tokens, roles)) is not None:
        return fixed
    tokens = _spaced_rows_apart(tokens, roles)
    tokens = _values_split_off(_value_pieces_merged(_classes_merged(tokens), roles), roles)
    lines_of = _lines_of(tokens)
    multi = sum(1 for g in lines_of if len(g) > 1)
    line_rows = multi >= 0.5 * len(lines_of) and len(lines_of) >= 2
    if not line_rows:
        tokens = _wrapped_merged(tokens)
        lines_of = _lines_of(tokens)
        if (ended := _rows_ended_by_words(tokens, roles, lines)) is not None:
            return ended
    by_marker = not line_rows and sum(1 for t in tokens if t.gap == "hard") >= 2
    width = len(roles) + bool(_repeated_labels(tokens, roles))   # a column the header forgot
    rows: list[Row] = []
    pending: list[Token] = []

    def cut() -> None:
        for *cols, unread in segment(pending, roles, line_rows, by_marker):
            idx = [i for col in cols for i in col] + unread
            cells = [_join([pending[i] for i in col]) for col in cols]
            rows.append(Row(cells, {"line": pending[min(idx)].line}, raw=_raw(pending, idx, lines),
                            unread=[pending[i].text for i in unread]))
        pending.clear()

    groups = _units(tokens, by_marker)
    for n, group in enumerate(groups):
        nxt = groups[n + 1][0] if n + 1 < len(groups) else None
        raw_line = lines.get(group[0].line, "")
        piped = "|" in raw_line or "\t" in raw_line   # cells set apart by a mark, not by spaces
        full = _full_line(group, width, piped) if line_rows or by_marker else None
        if full is None and line_rows and len(group) == 1 and "name" in roles \
                and len(group[0].text) >= 8 and raw_line.strip() == group[0].text \
                and nxt is not None and nxt.gap in ("nl", "eol", "hard", "blank") \
                and n and len(groups[n - 1]) > 1 and len(groups[n - 1]) == len(_lines_of(groups[n - 1])[0]) \
                and n + 1 < len(groups) and len(groups[n + 1]) > 1:
            # a run-together row that could not be split, between rows read line by line:
            # its text is the row's name (flagged: no value), never the next row's start
            cut()
            cells = ["" for _ in roles]
            cells[roles.index("name")] = group[0].text
            rows.append(Row(cells, {"line": group[0].line}, raw=raw_line.strip(),
                            notes=[("read.unsplit", "该行文字连在一起，未能拆出指标值，按原文保留为指标名称")]))
            continue
        if full is not None and (nxt is None or nxt.gap in ("eol", "hard", "blank")):
            cut()
            covered = range(group[0].line, group[-1].line + 1)    # a marked row spans lines
            raw = "\n".join(lines[n].rstrip() for n in covered if lines.get(n, "").strip())
            rows.append(Row(full, {"line": group[0].line}, raw=raw))
        else:
            pending.extend(group)
    cut()
    return rows


_NUMBERED_NAME = re.compile(r"\d{1,2}\s*[.、．]\s*[^\d\s]")     # 1.资金管理情况: a name, not 1.x


def _spaced_rows_apart(tokens: list[Token], roles: list[str | None]) -> list[Token]:
    """Under a header whose last column is the value, a line of cells set apart by single
    spaces that holds several rows (a preview cut by width: 新建社区多功能运动场 8个 其中：智能
    健身驿站 3个): a name of four characters or more right after a value starts the next row."""
    if not roles or roles[-1] != "value" or "name" not in roles or "index" in roles \
            or len({t.line for t in tokens}) < 3:
        return tokens             # (序号 1 2 3 would pass for values; a table on one line is read whole)
    out = list(tokens)
    starts = [k for k in range(1, len(out)) if out[k].gap == "wsep" and out[k - 1].line == out[k].line
              and len(out[k].text) >= 4 and value_at_start(out[k - 1].text) and not value_at_start(out[k].text)
              and not out[k - 1].text.isdigit() and not _NUMBERED_NAME.match(out[k - 1].text)]
    for k in starts:
        out[k] = Token(out[k].text, "eol", out[k].line, blank=out[k].blank)
    return out


def _rows_ended_by_words(tokens: list[Token], roles: list[str | None], lines: dict[int, str]
                         ) -> list[Row] | None:
    """One cell a line under a header whose last column holds one of a few words (指标属性:
    定性 / 定量; 指标方向: 正向 / 反向): each such word ends its row, whatever merged cells the
    row left out; the row's cells go to their columns by content (TableReader aligns them).
    None unless the text ends with such a word and no row is wider than the header."""
    if not roles or roles[-1] != "direction" or not tokens:
        return None
    lex = lexicon.headers()
    # 定性 may be the 指标性质 of a row that goes on to its 指标方向 (正向)
    words = lex.direction_words if "op" in roles else lex.op_not_joined
    ends = [i for i, t in enumerate(tokens) if _norm(t.text) in words]
    if len(ends) < 2 or ends[-1] != len(tokens) - 1:
        return None
    rows, start = [], 0
    for end in ends:
        if end + 1 - start > len(roles):
            return None
        idx = list(range(start, end + 1))
        rows.append(Row([tokens[i].text for i in idx], {"line": tokens[start].line},
                        raw=_raw(tokens, idx, lines), aligned=False))
        start = end + 1
    return rows


# ------------------------------------------------------------------------ the whole text
def _lines_of(tokens: list[Token]) -> list[list[Token]]:
    out: list[list[Token]] = []
    for t in tokens:
        if out and out[-1][-1].line == t.line and t.gap in ("sep", "wsep"):
            out[-1].append(t)
        else:
            out.append([t])
    return out


def _context_row(group: list[Token], nxt: list[Token] | None) -> tuple[Row, bool]:
    """A context line as TableReader reads it; a label alone on its line takes the next line
    as its value (one cell a line). Returns the row and whether the next line was used."""
    cells = [t.text for t in group]
    if len(cells) == 1 and context_label(cells[0]) is not None:
        from .lists import _context_cells       # 项目名称：X主管部门：Y: labels run together
        cells = _context_cells(cells[0])
        if len(cells) > 2:
            return Row(cells, {"line": group[0].line}, aligned=False, raw=group[0].text), False
        cells = [group[0].text]
    if len(cells) == 1 and context_label(cells[0]) is None and (run := _split_run_label(cells[0])):
        return Row(run, {"line": group[0].line}, aligned=False, raw=cells[0]), False
    if len(cells) == 1 and nxt is not None and len(nxt) == 1 and context_label(nxt[0].text) is None \
            and not re.search(r"[:：]", cells[0]) and column_role(nxt[0].text) is None:
        return Row(cells + [nxt[0].text], {"line": group[0].line}, aligned=False), True
    return Row(cells, {"line": group[0].line}, aligned=False), False


def _split_at_headers(groups: list[list[Token]], tokens: list[Token], pos: dict[int, int]
                      ) -> list[list[Token]]:
    """A line that runs from a title and context labels into the indicator header (a whole
    table on one line) is cut into lines: one a context label, then the table."""
    out: list[list[Token]] = []
    for group in groups:
        cut = None
        if len(group) > 4 and not group[0].blank and column_role(group[0].text) in (None, "project") \
                and not _is_header(
                _header_words(tokens, pos[id(group[0])])):
            for m in range(1, len(group) - 1):
                if column_role(group[m].text) is not None and _is_header(
                        _header_words(tokens, pos[id(group[m])])):
                    cut = m
                    break
        if cut is None:
            out.append(group)
            continue
        head, table = group[:cut], group[cut:]
        starts = [0] + [k for k, t in enumerate(head) if k and t.text == t.text.strip("：:")
                        and lexicon.headers().context_key.get(_norm(t.text)) is not None]
        for a, b in zip(starts, [*starts[1:], len(head)]):
            out.append(head[a:b])
        out.append(table)
    return out


def numbered_block_rows(text: str, line: int) -> list[Row] | None:
    """绩效指标：1、…2、…: the rows of numbered items run together (lists.numbered_block)."""
    from .lists import _ITEMS_LABEL, numbered_block
    return numbered_block(text, line) if _ITEMS_LABEL.match(text) else None


def _heading_row(group: list[Token], roles: list[str | None], header: Row | None) -> Row | None:
    """A class on a line of its own (一、产出指标, （一）数量指标) inside a table whose header holds
    several cells on its line: a row of that class alone, in its class column, else where the
    names go (TableReader reads it as a group's heading). In one-cell-a-line text a class on
    its line is only a row's first cell."""
    if len(group) != 1 or header is None or len(header.cells) < 2 or "\n" in (header.raw or ""):
        return None
    level = class_heading(group[0].text)
    if level is None:
        return None
    role = f"level{level}" if f"level{level}" in roles else "category" if "category" in roles else "name"
    if role not in roles:
        return None
    cells = [""] * len(roles)
    cells[roles.index(role)] = group[0].text
    return Row(cells, {"line": group[0].line}, raw=group[0].text, aligned=True)


def _marked(line: str) -> bool:
    """A line whose cells a mark sets apart (a pipe, a tab): a table's row in copied text."""
    return "|" in line or "\t" in line


def _page_number(group: list[Token], nxt: list[Token] | None, titles: set[str], tokens: list[Token],
                 pos: dict[int, int], before: list[Token] | None = None) -> bool:
    """A lone page number (8) over the page's title printed again or the header repeated, or
    under the title printed again (a running head with its number): the foot or head of a
    printed page, no cell."""
    if len(group) != 1 or not re.fullmatch(r"\d{1,3}", group[0].text):
        return False
    if before is not None and "".join(t.text for t in before).replace(" ", "") in titles:
        return True
    if nxt is None:
        return False
    return "".join(t.text for t in nxt).replace(" ", "") in titles or _is_header(_header_words(tokens, pos[id(nxt[0])]))


def _chrome_by_furniture(group: list[Token], body: list[Token], src: dict[int, str]) -> bool:
    """A line with no pipe or tab, in a table whose rows all have them, right over or under a line
    of page furniture (第 1 页 共 2 页): the printed page's header or footer, no cell."""
    line = group[0].line
    if _marked(src.get(line, "|")) or not any(
            src.get(n, "").strip() and is_furniture(src.get(n, "")) for n in (line - 1, line + 1)):
        return False
    return _all_marked(body, src)


def _all_marked(body: list[Token], src: dict[int, str]) -> bool:
    """Whether every line the table's rows were read from carries a pipe or a tab."""
    return all(_marked(src.get(n, "")) for n in {t.line for t in body})


def _marked_table_ended(rest: list[list[Token]], body: list[Token], src: dict[int, str]) -> bool:
    """A line with no pipe or tab after a blank line, under a table whose rows all have them, and no
    line of a class (产出指标, 二、效益指标) among the unpiped lines from there on: the table
    has ended (notes, prose, the next title) and those lines are no rows of it. Unpiped lines
    that hold a class go on the table (a group's heading, the same table as a tree)."""
    group = rest[0]
    if group[0].gap != "blank" or _marked(src.get(group[0].line, "|")):
        return False
    if not _all_marked(body, src):
        return False
    for g in rest:
        line = src.get(g[0].line, "")
        if _marked(line):
            break
        if len(g) == 1 and class_heading(g[0].text):
            return False
    return True


def stream_rows(text: str) -> list[Row] | None:
    """Rows of page text whose cells and rows are found by content (see module docstring);
    None for a one-project-a-row list, which TableReader reads from plain lines."""
    tokens = split_runon(tokenize(text))
    src = {n: line for n, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1)}
    groups = _lines_of(tokens)
    pos = {id(t): i for i, t in enumerate(tokens)}
    rows: list[Row] = []
    roles: list[str | None] | None = None
    body: list[Token] = []
    found = False
    titles: set[str] = set()

    header_at: int | None = None      # where the current header's row is in rows

    def flush() -> None:
        nonlocal body, roles
        if body and roles is not None:
            if header_at is not None and _forgot_index(body, roles):
                roles = ["index", *roles]
                head = rows[header_at]
                rows[header_at] = Row([label_of("index", "columns"), *head.cells], head.location,
                                      raw=head.raw)
            rows.extend(_body_rows(body, roles, src))
        body = []

    groups = _split_at_headers(groups, tokens, pos)
    signoff = signoff_lines(list(src.values()))       # 某某局 over 2025年2月14日 under the table
    running = {k + 1 for k in running_lines(list(src.values()))}
    g = 0
    while g < len(groups):
        group = groups[g]
        kind = _line_kind(group, roles is not None)
        line_text = " ".join(t.text for t in group)
        if (roles is not None and line_text.replace(" ", "") in titles) or group[0].line in running \
                or (roles is not None and body and _chrome_by_furniture(group, body, src)
                    and not _header_words(tokens, pos[id(group[0])])) \
                or (roles is not None and _page_number(group, groups[g + 1] if g + 1 < len(groups) else None,
                                                       titles, tokens, pos, groups[g - 1] if g else None)):
            # the page title printed again at the top of a page, a footer by the page's furniture
            # (unless a header starts there: 一级 / 指标 | again), a lone page number
            kind = "noise"
        if kind == "noise":
            if g + 1 < len(groups) and groups[g + 1][0].gap in ("nl", "blank"):
                groups[g + 1][0].gap = "hard" if group[0].gap == "hard" else "sep"   # a cell starts there
            g += 1
            continue
        if len(group) == 1 and column_role(group[0].text) in ("goal", "block", "packed") \
                and g + 1 < len(groups) and len(groups[g + 1]) >= 3 \
                and _is_header(_header_words(tokens, pos[id(groups[g + 1][0])])):
            # 绩效目标 or 绩效指标 alone on the line over a whole header line (a heading of the
            # page kept as text): the table's title, no column of its header
            flush()
            rows.append(Row([group[0].text], {"line": group[0].line}, aligned=False,
                            raw=src.get(group[0].line, "").strip()))
            g += 1
            continue
        stacked = _stacked_header(group, groups[g + 1] if g + 1 < len(groups) else None)
        if stacked is not None:
            flush()
            roles = header_roles(stacked)
            header_at = len(rows)
            rows.append(Row(stacked, {"line": group[0].line},
                            raw="\n".join(src.get(n, "") for n in (group[0].line, groups[g + 1][0].line))))
            found = True
            g += 2
            continue
        if len(group) == 1 and (block := numbered_block_rows(group[0].text, group[0].line)):
            flush()
            rows.extend(block)          # 绩效指标：1、…2、…: numbered items run together
            roles = header_roles(block[0].cells)
            header_at = None
            found = True
            g += 1
            continue
        # a header starting at this line's first token (项目名称 may head a column too)
        start = pos[id(group[0])]
        words = _header_words(tokens, start)
        if _is_project_list(words):
            return None
        if roles is not None and body and not _is_header(words) and (
                group[0].line - 1 in signoff or _marked_table_ended(groups[g:], body, src)
                or (len(group) == 1 and _document_title(group[0].text))):
            flush()
            roles = None                  # notes, prose or the next title under the table
            if not any(t.text for t in group) and g + 1 < len(groups) and len(groups[g + 1]) == 1:
                g += 1                    # an empty line (a lone space) ends it: the line after
                group = groups[g]         # is what stands under the table
            rows.append(Row([" ".join(t.text for t in group)], {"line": group[0].line, "after_table": True},
                            aligned=False, raw=src.get(group[0].line, "").strip()))
            g += 1
            continue
        if kind == "context" and not _is_header(words):
            flush()
            nxt = groups[g + 1] if g + 1 < len(groups) else None
            row, used = _context_row(group, nxt)
            rows.append(row)
            if context_label(row.cells[0]) == "signoff":     # a next project may reuse the header
                roles = None
            g += 2 if used else 1
            continue
        if _is_header(words):
            flush()
            labels = _splice_two_line(words, tokens)
            roles = header_roles(labels)
            header_at = len(rows)
            rows.append(Row(labels, {"line": group[0].line}, raw=_raw(tokens, list(range(start, words[-1][3])), src)))
            found = True
            end = words[-1][3]
            # tokens after the header on the same line(s) belong to the body
            while g < len(groups) and pos[id(groups[g][0])] < end:
                rest = [t for t in groups[g] if pos[id(t)] >= end]
                g += 1
                if rest:
                    body.extend(rest)
            # a sub-header row under the value column (实施期目标 | 年度目标 under 预算设定指标值)
            sub = _sub_header(groups, g, end, pos, tokens)
            if sub is not None and not body:
                labels, g = _with_sub_header(labels, sub), g + sub[1]
                roles = header_roles(labels)
                rows[-1] = Row(labels, rows[-1].location, raw=rows[-1].raw)
            continue
        if roles is None:
            rows.append(Row([t.text for t in group], {"line": group[0].line}, aligned=False,
                            raw=src.get(group[0].line, "").strip()))
            if len(group) == 1 and len(line_text) >= 6:
                titles.add(line_text.replace(" ", ""))   # as a run-together line cut in cells
        elif (heading := _heading_row(group, roles, rows[header_at] if header_at is not None else None)):
            flush()                       # 一、产出指标 on a line of its own between a table's rows
            rows.append(heading)
        else:
            body.extend(group)
        g += 1
    flush()
    if not found:
        from .lists import list_rows
        return list_rows(text, tokens, rows, fragment_rows)
    return rows


FRAGMENT_ROLES: list[str | None] = ["level1", "level2", "name", "value"]
_FRAGMENT_LAYOUT = Layout(2, ("value",))


def fragment_rows(tokens: list[Token], passthrough: list[Row]) -> list[Row] | None:
    """Table fragments without their header row: class cells, a name and a value a row, the
    rows cut by content. A fragment starts after a blank line or a title line (a line of one
    cell with no value), which stays a row of its own; merged classes never carry from one
    fragment into the next. None unless at least two rows come out with a name and a value."""
    groups = _lines_of(tokens)
    blocks: list[tuple[list[Row], list[Token]]] = [([], [])]
    runon: dict[int, tuple[list[str], str]] = {}      # run-together lines: their cells, their text
    # lines run together that are a row each are read from both ends (readers/rowfit.py)
    one_a_line = one_row_a_line([g[0].text for g in groups if len(g) == 1])
    for grp in groups:
        kind = _line_kind(grp, True)
        if kind == "noise" or (len(grp) == 1 and column_role(grp[0].text) is not None):
            continue                  # furniture, or a label such as 绩效指标 over the fragment
        # a title opens a fragment: first on the page or after a blank line
        title = len(grp) == 1 and grp[0].gap in ("blank", "hard") and _is_title(grp[0].text)
        if kind == "context" or title or (grp[0].gap == "blank" and blocks[-1][1]):
            if blocks[-1][1]:
                blocks.append(([], []))
            if kind == "context" or title:
                cells = [t.text for t in grp]
                if title and not any(w in cells[0] for w in lexicon.headers().table_title_words):
                    cells = [label_of("project"), cells[0]]    # a fragment's title names its project
                blocks[-1][0].append(Row(cells, {"line": grp[0].line}, aligned=False,
                                         raw=" ".join(t.text for t in grp)))
                continue
        if len(grp) == 2 and grp[1].gap == "wsep" and re.search(r"\d$", grp[0].text) \
                and grp[1].text in lexicon.units().by_word:
            grp = [Token(f"{grp[0].text} {grp[1].text}", grp[0].gap, grp[0].line)]   # …=2 个
        if len(grp) == 1 and len(grp[0].text) >= 4:     # a run-together row: class, name, value
            # several rows run together on one line (a preview's page): cut at classes and values
            cells = _unit_dropped(grp[0].text) \
                or (fit_row(grp[0].text, _FRAGMENT_LAYOUT) if one_a_line and not rows_run_on(grp[0].text)
                    else None) \
                or (split_body(grp[0].text) if values_in(grp[0].text) >= 2 else None) \
                or split_line(grp[0].text)
            runon[grp[0].line] = (cells, grp[0].text)
            blocks[-1][1].extend(Token(c, grp[0].gap if k == 0 else "sep", grp[0].line)
                                 for k, c in enumerate(cells))
        else:
            blocks[-1][1].extend(grp)
    out: list[Row] = []
    good = values = classed = both = 0
    for context, body in blocks:
        out += context
        if not body:
            continue
        lines = sorted({t.line for t in body})
        if len(lines) >= 2 and all(n in runon and len(runon[n][0]) <= len(FRAGMENT_ROLES) for n in lines):
            rows = [_runon_row(*runon[n], n) for n in lines]     # run together: a line a row
        else:
            # a line's raw text is the line as written, not the last cell cut from it
            raws = {n: runon[n][1] if n in runon else " ".join(t.text for t in body if t.line == n)
                    for n in lines}
            rows = _body_rows(body, FRAGMENT_ROLES, raws)
        named = [r for r in rows if r.cells[2] and r.cells[3]]
        good += len(named)
        values += sum(1 for r in named if re.search(r"\d|是|否", r.cells[3])
                      or r.cells[3] in lexicon.headers().value_words)     # 规范, 充分, 明确
        # rows that start with the taxonomy's class words mark a table even where the values
        # are words or left empty (a fragment of names under 产出指标数量指标)
        classed += sum(1 for r in rows if r.cells[2] and (r.cells[0] or r.cells[1]))
        both += sum(1 for r in rows if r.cells[2] and r.cells[0] and r.cells[1])
        out.append(Row(synthetic_header(), {"line": body[0].line}, raw=""))
        out += rows
    # a row pasted alone (成本控制数≤30万元, the whole text one line) is a fragment of one row
    alone = len(groups) == 1 and good == values == 1
    if (good < 2 or values < 0.5 * good) and classed < 2 and both < 1 and not alone:
        return None
    return out


def _runon_row(cells: list[str], text: str, line: int) -> Row:
    """One run-together line of a fragment, its cells under the fragment's columns by content;
    a line that could not be split is a name kept as written, flagged."""
    from .align import align
    placed = [c or "" for c in align(cells, FRAGMENT_ROLES)]
    notes = [("read.unsplit", "该行文字连在一起，未能拆出指标值，按原文保留为指标名称")] \
        if not placed[3] else []
    return Row(placed, {"line": line}, raw=text, notes=notes)


def _unit_dropped(text: str) -> list[str] | None:
    """A fragment's row run on into a unit or direction column it has no header for: 是否…是是/否
    is 是 (是/否 is no value), 完成率100%% is 100% (the unit the value already ends with),
    …=100%正向 is =100%."""
    from .runon import _peel_unit, _tail_words
    cells = _peel_unit(text, _tail_words("direction"))
    if cells is not None and len(cells) >= 3:
        return cells[:-1]             # …=100%正向: the direction column it has no header for
    cells = _peel_unit(text)
    if cells is None or len(cells) < 3:
        return None
    unit, value = cells[-1], cells[-2]
    if unit in lexicon.headers().value_units or value.endswith(unit):
        return cells[:-1]
    return None


def _document_title(text: str) -> bool:
    """洹溪县民政局2024年部门整体支出绩效自评报告, 表二：某某项目绩效目标表: a year or a table's
    number, and a document's ending (features/headers.yaml document_endings), no value."""
    text = text.strip()
    return 10 <= len(text) <= 60 and bool(re.search(r"\d{4}\s*年|^(?:附)?表\s*[一二三四五六七八九十\d]{1,3}\s*[:：、.]", text)) \
        and text.endswith(lexicon.headers().document_endings) and not re.search(r"[≥≤<>＜＞%％]", text)


def _is_title(text: str) -> bool:
    """One cell on its line that names something: no class, no value (a year in brackets
    or with 年 is part of a title), not a run-together row."""
    bare = re.sub(r"[(（]\d{4}\s*年?度?[)）]|\d{4}\s*年度?", "", text)
    return (2 <= len(bare) <= 40 and not re.search(r"\d|[≥≤<>＜＞=＝%％]", bare)
            and category_level(text) is None and not _run_together_row(bare))


def _run_together_row(text: str) -> bool:
    cells = split_line(text)
    return len(cells) >= 2
